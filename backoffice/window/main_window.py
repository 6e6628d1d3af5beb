"""The back-office window: sign in, then a store selector over the dashboard and stock tabs.

All HQ calls go through one Background helper ("hq"): the UI thread never waits on the network, and calls
to HQ run one at a time in the order the manager made them.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTabWidget,
                               QVBoxLayout, QWidget)

from backoffice.window.admin_screen import AdminScreen
from backoffice.window.catalog_screen import CatalogScreen
from backoffice.window.dashboard_screen import DashboardScreen
from backoffice.window.forecast_screen import ForecastScreen
from backoffice.window.login_screen import LoginScreen, SignedIn
from backoffice.window.replenishment_screen import ReplenishmentScreen
from backoffice.window.sales_screen import SalesScreen
from backoffice.window.stock_screen import StockScreen
from backoffice.window.trust_store import TrustStore
from pos_app.till.app import Languages
from backoffice.window.widgets import Retranslated
from pos_app.till.background import Background

ALL_STORES = "\x00all"      # the selector's data for "every store" (no store id can hold a NUL)


class BackOfficeMainWidget(Retranslated, QWidget):
    def __init__(self, *, languages: Languages, hq_url: str = "", today: date | None = None,
                 trust_store: TrustStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.languages = languages
        self.background = Background("hq", self)
        self.signed: SignedIn | None = None
        self.login = LoginScreen(background=self.background, hq_url=hq_url, trust_store=trust_store)
        self.dashboard = DashboardScreen(background=self.background, today=today)
        self.stock = StockScreen(background=self.background, language=languages.current)
        self.sales = SalesScreen(background=self.background, today=today, language=languages.current)
        self.catalog = CatalogScreen(background=self.background, language=languages.current)
        self.admin = AdminScreen(background=self.background)
        self.replenishment = ReplenishmentScreen(background=self.background, language=languages.current)
        self.forecasts = ForecastScreen(background=self.background, language=languages.current)
        self.store = QComboBox()
        self.store.setMinimumWidth(240)
        self.who = QLabel()
        self.trust_note = QLabel()
        self.trust_note.setObjectName("fingerprint")
        self.trust_note.setWordWrap(True)
        self.language_button = QPushButton()
        self.sign_out_button = QPushButton()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.stock, "")
        self.tabs.addTab(self.sales, "")
        self.tabs.addTab(self.catalog, "")
        self.tabs.addTab(self.admin, "")
        self.tabs.insertTab(self.tabs.indexOf(self.stock) + 1, self.replenishment, "")
        self.tabs.insertTab(self.tabs.indexOf(self.replenishment) + 1, self.forecasts, "")
        self.store_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.store_label)
        bar.addWidget(self.store)
        bar.addStretch(1)
        bar.addWidget(self.who)
        bar.addWidget(self.language_button)
        bar.addWidget(self.sign_out_button)
        workspace = QWidget()
        inner = QVBoxLayout(workspace)
        inner.addLayout(bar)
        inner.addWidget(self.trust_note)
        inner.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.login)
        self.pages.addWidget(workspace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.login.signed_in.connect(self.enter)
        self.store.currentIndexChanged.connect(self._store_chosen)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.language_button.clicked.connect(self._switch_language)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("FreshTill back office"))
        self.tabs.setTabText(0, self.tr("Dashboard"))
        self.tabs.setTabText(1, self.tr("Stock"))
        self.tabs.setTabText(self.tabs.indexOf(self.sales), self.tr("Sales analysis"))
        self.tabs.setTabText(self.tabs.indexOf(self.catalog), self.tr("Catalog"))
        self.tabs.setTabText(self.tabs.indexOf(self.admin), self.tr("Administration"))
        self.tabs.setTabText(self.tabs.indexOf(self.replenishment), self.tr("Replenishment"))
        self.tabs.setTabText(self.tabs.indexOf(self.forecasts), self.tr("Forecasts"))
        self.store_label.setText(self.tr("Store"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.language_button.setText("English" if self.languages.current == "zh_CN" else "中文")
        index = self.store.findData(ALL_STORES)
        if index >= 0:
            self.store.setItemText(index, self.tr("All stores"))
        if self.signed is not None:
            session = self.signed.session
            roles = {"admin": self.tr("administrator"), "manager": self.tr("manager")}
            self.who.setText(f"{session.user_id} ({roles.get(session.role, session.role)})")
            self._trust_note()
        self.stock.model.language = self.languages.current
        self.stock.model.set_filter(flag=self.stock.model.flag_filter, text=self.stock.model.text_filter)
        self.sales.language = self.languages.current
        self.sales.retranslate()           # product names in the new language
        self.catalog.set_language(self.languages.current)
        self.replenishment.model.language = self.forecasts.language = self.languages.current
        self.replenishment.model.layoutChanged.emit()
        self.forecasts.retranslate()

    def enter(self, signed: SignedIn) -> None:
        """Signed in: fill the store selector (every store first for those who may see them all; the store
        itself when there is only one)."""
        self.signed = signed
        self.store.blockSignals(True)
        self.store.clear()
        if signed.session.every_store:
            self.store.addItem(self.tr("All stores"), ALL_STORES)
        for store in signed.stores:
            self.store.addItem(f"{store['name']} ({store['id']})" if store["name"] != store["id"] else store["id"],
                               store["id"])
        if len(signed.stores) == 1:
            # One store (a single shop, the demo): start on it, so stock and replenishment show at once.
            self.store.setCurrentIndex(self.store.count() - 1)
        self.store.blockSignals(False)
        self.retranslate()
        self.pages.setCurrentIndex(1)
        self._store_chosen()

    def _trust_note(self) -> None:
        trust = self.signed.trust if self.signed else None
        if trust is not None and trust.first_use:
            self.trust_note.setText(self.tr("HQ's certificate authority was trusted on first use: SHA-256 %1. "
                                            "Compare it with the fingerprint shown at HQ.").replace("%1", trust.fingerprint))
            self.trust_note.show()
        else:
            self.trust_note.hide()

    def selected_store(self) -> str | None:
        data = self.store.currentData()
        return None if data in (None, ALL_STORES) else data

    def _store_chosen(self) -> None:
        client = self.signed.client if self.signed else None
        store = self.selected_store()
        self.dashboard.use(client=client, store_id=store)
        self.stock.use(client=client, store_id=store)
        self.sales.use(client=client, store_id=store)
        self.replenishment.use(client=client, store_id=store)
        self.forecasts.use(client=client, store_id=store)
        self.catalog.use(client=client, store_id=store)
        self.admin.use(client=client, store_id=store, admin=bool(self.signed and self.signed.session.role == "admin"),
                       stores=self.signed.stores if self.signed else [])

    def sign_out(self) -> None:
        signed, self.signed = self.signed, None
        self.dashboard.use(client=None, store_id=None)
        self.stock.use(client=None, store_id=None)
        self.sales.use(client=None, store_id=None)
        self.replenishment.use(client=None, store_id=None)
        self.forecasts.use(client=None, store_id=None)
        self.catalog.use(client=None, store_id=None)
        self.admin.use(client=None, store_id=None)
        self.store.clear()
        self.pages.setCurrentIndex(0)
        if signed is not None:
            def leave() -> None:
                signed.client.logout()
                signed.client.close()
            self.background.run(leave)

    def _switch_language(self) -> None:
        self.languages.use("en" if self.languages.current == "zh_CN" else "zh_CN")

    def shutdown(self) -> None:
        self.background.close()              # let a call in flight finish before its connection closes
        if self.signed is not None:
            self.signed.client.close()
