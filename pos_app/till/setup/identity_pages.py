"""The wizard's pages about the till itself: language, store and till name, head office (enroll with a
one-time code, or run standalone), and the receipt header.

Enrollment goes through the sync client's own `enroll` (the CA is settled before the code is sent) on the
wizard's background helper; its failure is one sentence by SyncError kind, in the language on screen.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from pos_app.till.app import MIN_TOUCH, Languages
from pos_app.till.device_settings import DeviceSettings
from pos_app.till.messages import describe
from pos_app.till.setup.setup_page import SetupPage, StoreValues, field_row

HEADER_LINES = 4          # a 58 mm receipt's header stays short: name, address, phone, one more
LANGUAGE_NAMES = (("zh_CN", "中文"), ("en", "English"))


def _choice_buttons(page: SetupPage, values: tuple[str, ...]) -> tuple[QButtonGroup, dict[str, QPushButton]]:
    group = QButtonGroup(page)
    group.setExclusive(True)
    buttons: dict[str, QPushButton] = {}
    row = QHBoxLayout()
    for value in values:
        button = QPushButton()
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # as the PIN screen's names: a focus ring would look chosen
        button.setMinimumHeight(MIN_TOUCH * 2)
        group.addButton(button)
        buttons[value] = button
        row.addWidget(button)
    page.body.addLayout(row)
    return group, buttons


class LanguagePage(SetupPage):
    name = "language"

    def __init__(self, *, worker, languages: Languages, parent=None) -> None:
        super().__init__(worker=worker, parent=parent)
        self.languages = languages
        self.group, self.buttons = _choice_buttons(self, tuple(code for code, _ in LANGUAGE_NAMES))
        for code, text in LANGUAGE_NAMES:
            self.buttons[code].setText(text)     # each language named in itself: readable whatever is showing
            self.buttons[code].clicked.connect(lambda _checked=False, c=code: self.choose(c))
        self.buttons[languages.current].setChecked(True)
        self.retranslate()

    def choose(self, language: str) -> None:
        self.buttons[language].setChecked(True)
        self.languages.use(language)      # every page, the buttons and the titles switch at once

    def prefill(self, settings: DeviceSettings, store: StoreValues) -> None:
        self.buttons[self.languages.current].setChecked(True)

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        return replace(settings, language=self.languages.current)

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Welcome to FreshTill"))
        self.hint.setText(self.tr("This sets up the till in a few steps. Choose the language of the till's screens "
                                  "and receipts; it can be changed later."))


class StorePage(SetupPage):
    name = "store"

    def __init__(self, *, worker, parent=None) -> None:
        super().__init__(worker=worker, parent=parent)
        self.store_label, self.store_en_label, self.till_label = QLabel(), QLabel(), QLabel()
        self.store_name, self.store_name_en, self.till_name = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.store_name, self.store_name_en, self.till_name):
            field.setMaxLength(60)
            field.textChanged.connect(self.completeChanged)
        self.focus_widget = self.store_name
        self.body.addLayout(field_row(self.store_label, self.store_name))
        self.body.addLayout(field_row(self.store_en_label, self.store_name_en))
        self.body.addLayout(field_row(self.till_label, self.till_name))
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.store_name.text().strip() and self.till_name.text().strip())

    def prefill(self, settings: DeviceSettings, store: StoreValues) -> None:
        self.store_name.setText(str(store.get("store_name") or ""))
        self.store_name_en.setText(str(store.get("store_name_en") or ""))
        self.till_name.setText(settings.till_name)

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        store["store_name"] = self.store_name.text().strip()
        store["store_name_en"] = self.store_name_en.text().strip()
        return replace(settings, till_name=self.till_name.text().strip())

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Store and till"))
        self.hint.setText(self.tr("The store's name is printed on every receipt. The till's name tells this till "
                                  "apart at head office, such as \"Till 1\"."))
        self.store_label.setText(self.tr("Store name"))
        self.store_en_label.setText(self.tr("English name"))
        self.till_label.setText(self.tr("Till name"))
        self.store_name_en.setPlaceholderText(self.tr("optional"))


@dataclass(frozen=True)
class Enrolled:
    """What enrolling gave: the sync client's credentials, and the first pull (catalog, users) or why not."""
    credentials: object
    trusted_on_first_use: bool
    products: int = 0
    users: int = 0
    pull_error: str = ""


class HeadOfficePage(SetupPage):
    """HQ or standalone. `enroll(hq_url=, code=, ca_fingerprint=, till_name=)` runs on the worker thread and
    returns an Enrolled."""
    name = "hq"
    store_named = Signal(str)   # HQ's name for the store, once enrolled: it is the one on receipts and reports

    def __init__(self, *, worker, enroll: Callable[..., object], till_name: Callable[[], str],
                 parent=None) -> None:
        super().__init__(worker=worker, parent=parent)
        self._enroll = enroll
        self._till_name = till_name
        self.enrollment = None       # the Enrollment once HQ accepted the code
        self.group, self.modes = _choice_buttons(self, ("hq", "standalone"))
        for mode, button in self.modes.items():
            button.clicked.connect(lambda _checked=False, m=mode: self.choose(m))
        self.url_label, self.code_label, self.fingerprint_label = QLabel(), QLabel(), QLabel()
        self.url, self.code, self.fingerprint = QLineEdit(), QLineEdit(), QLineEdit()
        self.enroll_button = self.action_button(self.start_enrolling)
        self.code.returnPressed.connect(self.start_enrolling)
        self.hq_rows = [field_row(self.url_label, self.url), field_row(self.code_label, self.code),
                        field_row(self.fingerprint_label, self.fingerprint)]
        for row in self.hq_rows:
            self.body.addLayout(row)
        self.body.addWidget(self.enroll_button)
        self.mode: str | None = None
        self._show_hq_fields(False)
        self.retranslate()

    def choose(self, mode: str) -> None:
        self.mode = mode
        self.modes[mode].setChecked(True)
        self._show_hq_fields(mode == "hq")
        self.clear_result()
        self.completeChanged.emit()

    def _show_hq_fields(self, visible: bool) -> None:
        for row in self.hq_rows:
            for index in range(row.count()):
                row.itemAt(index).widget().setVisible(visible)
        self.enroll_button.setVisible(visible)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.mode == "standalone" or (self.mode == "hq" and self.enrollment is not None)

    def start_enrolling(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url:
            self.show_result(self.tr("Enter head office's address, such as https://hq.example.com:8443."), ok=False)
            return
        if not code:
            self.show_result(self.tr("Enter the one-time enrollment code head office gave you."), ok=False)
            return
        fingerprint = self.fingerprint.text().strip() or None
        till_name = self._till_name()
        self.check(self.enroll_button, waiting=self.tr("Enrolling with head office…"),
                   work=lambda: self._enroll(hq_url=url, code=code, ca_fingerprint=fingerprint, till_name=till_name),
                   on_success=self.enrolled, on_failure=self.failed)

    def enrolled(self, enrollment: Enrolled) -> None:
        self.enrollment = enrollment
        c = enrollment.credentials
        text = self.tr("Enrolled as till %1 of %2.").replace("%1", c.till_id).replace("%2", c.store_name)
        if enrollment.pull_error:
            text += " " + self.tr("The catalog and the cashiers will come with the first sync once the till starts.")
        else:
            text += " " + self.tr("From head office: %1 products, %2 cashiers and managers.") \
                .replace("%1", str(enrollment.products)).replace("%2", str(enrollment.users))
        if enrollment.trusted_on_first_use:
            text += " " + self.tr("Compare head office's certificate fingerprint with the one shown at head office: "
                                  "%1").replace("%1", c.ca_fingerprint)
        self.show_result(text, ok=True)
        self.completeChanged.emit()
        if c.store_name:
            self.store_named.emit(c.store_name)

    def failed(self, error: BaseException) -> None:
        self.show_result(self.sentence(error), ok=False)

    def sentence(self, error: BaseException) -> str:
        kind = getattr(error, "kind", None)
        if kind == "unauthorised":
            return self.tr("Head office refused the enrollment code: it is wrong, used or expired. Ask head office "
                           "for a new one.")
        if kind == "rejected":
            return self.tr("Head office refused this enrollment: check the code (6 to 64 characters).")
        if kind in ("unreachable", "timeout"):
            return self.tr("Head office cannot be reached at %1: check the address and the network, then try "
                           "again.").replace("%1", self.url.text().strip())
        if kind == "protocol":      # a fingerprint that does not match is one too: say the safe thing first
            return self.tr("This may not be your head office, or it runs another version: check the address and "
                           "the certificate fingerprint shown at head office.")
        if kind == "server":
            return self.tr("Head office had a problem answering: try again in a minute.")
        return describe(error)

    def prefill(self, settings: DeviceSettings, store: StoreValues) -> None:
        self.url.setText(settings.hq_url)

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        if self.mode == "hq" and self.enrollment is not None:
            c = self.enrollment.credentials
            store["store_name"] = c.store_name or store.get("store_name", "")
            return replace(settings, mode="hq", hq_url=c.hq_url)
        return replace(settings, mode="standalone", hq_url="")

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Head office"))
        self.hint.setText(self.tr("Connect the till to head office with the one-time code shown there, or run it "
                                  "on its own in a single shop."))
        self.modes["hq"].setText(self.tr("Connect to head office"))
        self.modes["standalone"].setText(self.tr("Standalone shop (no head office)"))
        self.url_label.setText(self.tr("Head office address"))
        self.code_label.setText(self.tr("Enrollment code"))
        self.fingerprint_label.setText(self.tr("Certificate fingerprint"))
        self.url.setPlaceholderText("https://hq.example.com:8443")
        self.fingerprint.setPlaceholderText(self.tr("optional: as shown at head office"))
        self.enroll_button.setText(self.tr("Enroll"))


class ReceiptPage(SetupPage):
    name = "receipt"

    def __init__(self, *, worker, parent=None) -> None:
        super().__init__(worker=worker, parent=parent)
        self.lines = QPlainTextEdit()
        self.lines.setMinimumHeight(MIN_TOUCH * 3)
        self.focus_widget = self.lines
        self.body.addWidget(self.lines)
        self.retranslate()

    def header(self) -> list[str]:
        lines = [line.strip() for line in self.lines.toPlainText().splitlines()]
        return [line for line in lines if line][:HEADER_LINES]

    def prefill(self, settings: DeviceSettings, store: StoreValues) -> None:
        self.lines.setPlainText("\n".join(str(line) for line in store.get("receipt_header") or ()))

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        store["receipt_header"] = self.header()
        return settings

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Receipt header"))
        self.hint.setText(self.tr("Up to 4 lines printed under the store's name on every receipt: address, phone, "
                                  "opening hours."))
        self.lines.setPlaceholderText(self.tr("88 Riverside Road\nTel 021-5555 0188"))
