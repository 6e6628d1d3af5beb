"""Administration › Tills: every till with when HQ last heard from it and how far its sales have arrived,
revoking one (its token stops working at once), and issuing a one-time enrollment code for a new till of
the chosen store — shown large with its expiry and HQ's CA fingerprint, to copy or read out at the till."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from backoffice.window import hq_office
from backoffice.window.formatting import when
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import HqRows, Retranslated, fill, table
from pos_app.till.background import Background


def in_lines(fingerprint: str, *, groups: int = 16) -> str:
    """A SHA-256 fingerprint (32 hex pairs) in lines of `groups` pairs: it has no space to wrap at."""
    pairs = fingerprint.split(":")
    return "\n".join(":".join(pairs[start:start + groups]) for start in range(0, len(pairs), groups))


class TillsPanel(HqRows, Retranslated, QWidget):
    def __init__(self, *, background: Background, now=datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self.now = now
        self.client: HqClient | None = None
        self.store_id: str | None = None
        self.admin = False
        self.rows: list[dict] = []
        self.code: dict | None = None
        self.expires_at: datetime | None = None
        self.table = table(7)
        self.table.itemSelectionChanged.connect(self._selection)
        self.refresh_button, self.revoke_button = QPushButton(), QPushButton()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.enroll_box = QFrame()
        self.enroll_box.setObjectName("panel")
        self.enroll_title = QLabel()
        self.enroll_title.setWordWrap(True)
        self.issue_button, self.copy_button = QPushButton(), QPushButton()
        self.code_label = QLabel("—")
        self.code_label.setObjectName("enrollmentCode")
        self.code_label.setStyleSheet("font-size: 34px; font-weight: bold; letter-spacing: 2px;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_note = QLabel()
        self.code_note.setWordWrap(True)
        self.code_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.enroll_box)
        box.addWidget(self.enroll_title)
        box.addWidget(self.issue_button)
        box.addWidget(self.code_label)
        box.addWidget(self.code_note)
        box.addWidget(self.copy_button)
        box.addStretch(1)
        self.lay_out(buttons=[self.refresh_button, self.revoke_button], side=self.enroll_box, side_stretch=2)
        self.enroll_box.setMaximumWidth(520)
        self.refresh_button.clicked.connect(self.refresh)
        self.revoke_button.clicked.connect(lambda: self.revoke())
        self.issue_button.clicked.connect(self.issue_code)
        self.copy_button.clicked.connect(self.copy_code)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.revoke_button.setText(self.tr("Revoke till…"))
        self.issue_button.setText(self.tr("Issue an enrollment code"))
        self.copy_button.setText(self.tr("Copy code and fingerprint"))
        self.table.setHorizontalHeaderLabels([self.tr("Till"), self.tr("Till name"), self.tr("Store"),
                                              self.tr("Last seen"),
                                              self.tr("Last sales received"), self.tr("Events received"),
                                              self.tr("Status")])
        self._show()
        self._show_code()

    def use(self, *, client: HqClient | None, store_id: str | None, admin: bool) -> None:
        self.client, self.store_id, self.admin = client, store_id, admin
        self.rows, self.code, self.expires_at = [], None, None
        self._show()
        self._show_code()
        self.refresh()

    def load_rows(self, client: HqClient, store_id: str | None) -> list[dict]:
        return hq_office.tills(client, store_id=store_id)

    def revoke(self, *, confirm: bool = True) -> None:
        till, client = self.selected(), self.client
        if till is None or client is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Revoke till"),
                self.tr("Revoke till %1? It can no longer send sales or receive changes until it is enrolled "
                        "again.").replace("%1", till["id"])) != QMessageBox.StandardButton.Yes:
            return

        def done(_none) -> None:
            self.state.setText(self.tr("Till %1 is revoked.").replace("%1", till["id"]))
            self.refresh()

        self.background.run(lambda: hq_office.revoke_till(client, till_id=till["id"]), on_success=done,
                            on_failure=lambda error: self.state.setText(sentence(error)))

    def issue_code(self) -> None:
        client, store_id = self.client, self.store_id
        if client is None or store_id is None:
            return

        def done(code: dict) -> None:
            self.code = code
            self.expires_at = self.now() + timedelta(seconds=code["expires_in_s"])
            self._show_code()

        self.background.run(lambda: hq_office.enrollment_code(client, store_id=store_id), on_success=done,
                            on_failure=lambda error: self.code_note.setText(sentence(error)))

    def copy_code(self) -> None:
        if self.code is not None:
            QGuiApplication.clipboard().setText(f"{self.code['code']}\n{self.code['ca_fingerprint']}")
            self.state.setText(self.tr("The code and the fingerprint are on the clipboard."))

    def _selection(self) -> None:
        till = self.selected()
        self.revoke_button.setEnabled(self.admin and till is not None and not till["revoked_at"])

    def _show(self) -> None:
        fill(self.table, [(t["id"], t["name"], t["store_id"], when(t["last_seen"]), when(t["last_push"]),
                           str(t["acked_seq"]),
                           self.tr("Revoked %1").replace("%1", when(t["revoked_at"])) if t["revoked_at"]
                           else self.tr("Enrolled")) for t in self.rows])
        self._selection()

    def _show_code(self) -> None:
        can = self.admin and self.store_id is not None
        self.issue_button.setEnabled(can and self.client is not None)
        self.copy_button.setEnabled(self.code is not None)
        if self.store_id is None:
            self.enroll_title.setText(self.tr("Choose one store to enroll a new till for it."))
        elif not self.admin:
            self.enroll_title.setText(self.tr("Only an administrator may enroll tills."))
        else:
            self.enroll_title.setText(self.tr("A new till of store %1: issue a code and type it at the till with "
                                              "HQ's address and fingerprint.").replace("%1", self.store_id))
        if self.code is None or self.expires_at is None:
            self.code_label.setText("—")
            self.code_note.setText("")
            return
        self.code_label.setText(self.code["code"])
        self.code_note.setText(self.tr("Valid once, until %1 (%n minute(s)). CA fingerprint: %2", "",
                                       self.code["expires_in_s"] // 60)
                               .replace("%1", self.expires_at.strftime("%Y-%m-%d %H:%M"))
                               .replace("%2", "\n" + in_lines(self.code["ca_fingerprint"])))
