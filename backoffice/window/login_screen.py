"""Signing in to HQ: address, user, password, and — the first time — the CA fingerprint shown at HQ.

The CA check, the login and the store list all run on the background helper; the UI only disables the button
and shows one sentence when something fails, so a dead HQ never freezes the window.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from backoffice.window.hq_client import TIMEOUT, HqClient, Session, Trust, settle_trust
from backoffice.window.messages import sentence
from backoffice.window.trust_store import TrustStore
from backoffice.window.widgets import Retranslated, show_banner
from pos_app.till.background import Background


@dataclass(frozen=True)
class SignedIn:
    client: HqClient
    session: Session
    stores: list[dict]

    @property
    def trust(self) -> Trust:
        return self.client.trust


def sign_in(*, url: str, user: str, password: str, fingerprint: str, trust_store: TrustStore,
            timeout: float = TIMEOUT) -> SignedIn:
    """The blocking sign-in the background helper runs: trust (the CA pinned before, unless a fingerprint is
    typed), login, the stores this user may see; the CA is remembered once the sign-in worked."""
    known = "" if fingerprint.strip() else trust_store.get(url)
    trust = settle_trust(url, fingerprint=fingerprint, known_ca_pem=known, timeout=timeout)
    client = HqClient(trust, timeout=timeout)
    try:
        session = client.login(user=user, password=password)
        signed = SignedIn(client=client, session=session, stores=client.stores())
    except BaseException:
        client.close()
        raise
    trust_store.put(url, trust.ca_pem)
    return signed


class LoginScreen(Retranslated, QWidget):
    signed_in = Signal(object)        # SignedIn

    def __init__(self, *, background: Background, hq_url: str = "", trust_store: TrustStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.background = background
        self.title = QLabel()
        self.title.setObjectName("total")
        self.address = QLineEdit(hq_url)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.sign_in_button = QPushButton()
        self.sign_in_button.setProperty("role", "primary")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.address, self.user, self.password, self.fingerprint)):
            form.addRow(label, field)
        box = QWidget()
        box.setMinimumWidth(640)      # the same form in both languages (Chinese labels are shorter)
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addLayout(form)
        inner.addWidget(self.hint)
        inner.addWidget(self.sign_in_button)
        inner.addWidget(self.banner)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.sign_in_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.timeout = TIMEOUT
        self.trust_store = trust_store or TrustStore(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("FreshTill back office"))
        for label, text in zip(self.labels, (self.tr("HQ address"), self.tr("User"), self.tr("Password"),
                                             self.tr("CA fingerprint"))):
            label.setText(text)
        self.address.setPlaceholderText("https://hq.example:8443")
        self.fingerprint.setPlaceholderText(self.tr("first sign-in only: SHA-256 shown at HQ (optional)"))
        self.hint.setText(self.tr("Without the fingerprint, HQ's certificate is trusted on first use and its "
                                  "fingerprint is shown for you to compare."))
        self.sign_in_button.setText(self.tr("Sign in"))

    def submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        self.sign_in_button.setEnabled(False)
        self.show_message(self.tr("Connecting to HQ…"), kind="info")
        args = dict(url=self.address.text(), user=self.user.text(), password=self.password.text(),
                    fingerprint=self.fingerprint.text(), trust_store=self.trust_store, timeout=self.timeout)
        self.background.run(lambda: sign_in(**args), on_success=self._done, on_failure=self._failed)

    def _done(self, result: SignedIn) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.banner.hide()
        self.signed_in.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.show_message(sentence(error), kind="error")

    def show_message(self, text: str, *, kind: str) -> None:
        show_banner(self.banner, text, kind=kind)
