"""Administration: users and roles, tills and their enrollment codes, and sync's refused events and
exceptions — three panels under one tab, each loading on the window's background helper."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from backoffice.window.hq_client import HqClient
from backoffice.window.sync_problems_panel import SyncProblemsPanel
from backoffice.window.tills_panel import TillsPanel
from backoffice.window.users_panel import UsersPanel
from backoffice.window.widgets import Retranslated
from pos_app.till.background import Background


class AdminScreen(Retranslated, QWidget):
    def __init__(self, *, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.users = UsersPanel(background=background)
        self.tills = TillsPanel(background=background)
        self.problems = SyncProblemsPanel(background=background)
        self.sections = QTabWidget()
        for panel in (self.users, self.tills, self.problems):
            self.sections.addTab(panel, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)
        self.retranslate()

    def retranslate(self) -> None:
        for panel, text in ((self.users, self.tr("Users")), (self.tills, self.tr("Tills")),
                            (self.problems, self.tr("Sync problems"))):
            self.sections.setTabText(self.sections.indexOf(panel), text)

    def use(self, *, client: HqClient | None, store_id: str | None, admin: bool = False,
            stores: list[dict] | None = None) -> None:
        self.users.use(client=client, store_id=store_id, admin=admin, stores=stores or [])
        self.tills.use(client=client, store_id=store_id, admin=admin)
        self.problems.use(client=client, store_id=store_id)
