"""Administration › Sync problems: the events a store's tills sent that HQ refused (with the reason and the
payload exactly as sent) and the exceptions HQ noted while applying the rest (a sale of a product it does not
know, …) — each newest first, older pages on demand."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from backoffice.window import hq_office
from backoffice.window.formatting import when
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import Retranslated, fill, section, table
from pos_app.till.background import Background

PAGE = 50


def pretty(payload: str | None) -> str:
    """The payload as indented JSON; as sent when it is not JSON (that may be why it was refused)."""
    if not payload:
        return ""
    try:
        return json.dumps(json.loads(payload), ensure_ascii=False, indent=2)
    except ValueError:
        return payload


class SyncProblemsPanel(Retranslated, QWidget):
    def __init__(self, *, background: Background, page: int = PAGE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self.page = page
        self.client: HqClient | None = None
        self.store_id: str | None = None
        self.rejected: list[dict] = []
        self.exceptions: list[dict] = []
        self._rejected_next: str | None = None
        self._exceptions_more = False
        self.loaded: set[str] = set()          # "rejected", "exceptions": answered since the last refresh
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.rejected_title, self.exceptions_title = QLabel(), QLabel()
        self.older_rejected, self.older_exceptions = QPushButton(), QPushButton()
        self.rejected_table, self.exceptions_table = table(5), table(5)
        self.payload = QPlainTextEdit()
        self.payload.setReadOnly(True)
        self.payload_title = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.state, 1)
        events = QSplitter(Qt.Orientation.Horizontal)
        events.addWidget(self.rejected_table)
        events.addWidget(section(title=self.payload_title, body=self.payload))
        events.setStretchFactor(0, 3)
        events.setStretchFactor(1, 2)
        upper = section(title=self.rejected_title, button=self.older_rejected, body=events)
        lower = section(title=self.exceptions_title, button=self.older_exceptions, body=self.exceptions_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.older_rejected.clicked.connect(lambda: self._load_rejected(before=self._rejected_next or ""))
        self.older_exceptions.clicked.connect(
            lambda: self._load_exceptions(before=self.exceptions[-1]["id"] if self.exceptions else None))
        self.rejected_table.itemSelectionChanged.connect(self._show_payload)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self._titles()
        self.older_rejected.setText(self.tr("Older events"))
        self.older_exceptions.setText(self.tr("Older exceptions"))
        self.payload_title.setText(self.tr("The event as the till sent it"))
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Received at"), self.tr("Till"), self.tr("Number"),
                                                       self.tr("Kind"), self.tr("Reason")])
        self.exceptions_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Till"), self.tr("Kind"),
                                                         self.tr("Product"), self.tr("Detail")])
        if self.store_id is None and self.client is not None:
            self.state.setText(self.tr("Choose one store to see its sync problems."))

    def use(self, *, client: HqClient | None, store_id: str | None) -> None:
        self.client, self.store_id = client, store_id
        self.rejected, self.exceptions = [], []
        self.loaded = set()
        self._show()
        self.state.setText("")
        self.refresh()

    def refresh(self) -> None:
        if self.client is None:
            return
        if self.store_id is None:
            self.state.setText(self.tr("Choose one store to see its sync problems."))
            return
        self.rejected, self.exceptions = [], []
        self.loaded = set()
        self._load_rejected(before="")
        self._load_exceptions(before=None)

    def _load_rejected(self, *, before: str) -> None:
        client, store_id = self.client, self.store_id
        if client is None or store_id is None:
            return
        self.older_rejected.setEnabled(False)

        def done(page: dict) -> None:
            if (client, store_id) == (self.client, self.store_id):
                self.rejected += page["events"]
                self.loaded.add("rejected")
                self._rejected_next = page["next"]
                self._show()

        self.background.run(lambda: hq_office.rejected_events(client, store_id=store_id, before=before,
                                                              limit=self.page),
                            on_success=done, on_failure=lambda error: self.state.setText(sentence(error)))

    def _load_exceptions(self, *, before: int | None) -> None:
        client, store_id = self.client, self.store_id
        if client is None or store_id is None:
            return
        self.older_exceptions.setEnabled(False)

        def done(rows: list[dict]) -> None:
            if (client, store_id) == (self.client, self.store_id):
                self.exceptions += rows
                self.loaded.add("exceptions")
                self._exceptions_more = len(rows) == self.page    # a full page: there may be older ones
                self._show()

        self.background.run(lambda: hq_office.exceptions(client, store_id=store_id, before=before,
                                                         limit=self.page),
                            on_success=done, on_failure=lambda error: self.state.setText(sentence(error)))

    def _show(self) -> None:
        fill(self.rejected_table, [(when(e["received_at"]), e["till_id"], str(e["seq"]), e["kind"],
                                    e["reason"] or "") for e in self.rejected])
        kinds = self.kind_names()
        fill(self.exceptions_table, [(when(x["created_at"]), x["till_id"] or "", kinds.get(x["kind"], x["kind"]),
                                      x["sku"] or "", x["detail"]) for x in self.exceptions])
        self.older_rejected.setEnabled(bool(self._rejected_next))
        self.older_exceptions.setEnabled(self._exceptions_more)
        self._titles()
        self._show_payload()

    def _titles(self) -> None:
        """Each list's title, or that it is empty once HQ has said so."""
        self.rejected_title.setText(self.tr("HQ refused no event from this store's tills.")
                                    if "rejected" in self.loaded and not self.rejected
                                    else self.tr("Events HQ refused, newest first"))
        self.exceptions_title.setText(self.tr("No exceptions were noted for this store.")
                                      if "exceptions" in self.loaded and not self.exceptions
                                      else self.tr("Exceptions noted while applying sales, newest first"))

    def kind_names(self) -> dict[str, str]:
        return {"oversell": self.tr("Sold below zero"), "unknown_product": self.tr("Unknown product"),
                "closed_day": self.tr("Sale on a closed day"), "clock_skew": self.tr("Till clock off"),
                "sequence_reused": self.tr("Event number reused"),
                "duplicate_movement": self.tr("Movement sent twice")}

    def _show_payload(self) -> None:
        row = self.rejected_table.currentRow()
        chosen = self.rejected[row] if 0 <= row < len(self.rejected) and self.rejected_table.selectedItems() else None
        self.payload.setPlainText(pretty(chosen["payload"]) if chosen else "")
