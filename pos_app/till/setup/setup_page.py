"""What every page of the setup wizard shares: a heading and a hint, a result banner (green when a test
passed, red with one sentence when it did not), the live language switch, and for device steps a
"Skip for now" button — a skipped step is saved as such and can be done later (`freshtill till setup --step`).

Pages read what they need in `prefill(settings, store)` and give back what was chosen in `collect(...)`;
`settings` is the device-local DeviceSettings, `store` the store-wide values kept in the till database.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from pos_app.till.app import MIN_TOUCH
from pos_app.till.background import Background
from pos_app.till.device_settings import DeviceSettings

StoreValues = dict[str, object]   # store_name, store_name_en, receipt_header (list of lines)


class SetupPage(QWizardPage):
    name = ""
    skippable = False   # a device step: it has "Skip for now"

    def __init__(self, *, worker: Background, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.skipped_by_hand = False
        self.focus_widget = None         # what the finger or the scanner lands in when the page shows
        self.progress = QLabel()         # "Step 3 of 7", set by the wizard
        self.heading = QLabel()
        self.heading.setObjectName("due")
        self.heading.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("banner")
        self.result.setWordWrap(True)
        self.result.setContentsMargins(12, 8, 12, 8)
        self.result.hide()
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.body)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.skip_button: QPushButton | None = None
        if self.skippable:
            self.skip_button = self.action_button(self.skip)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.skip_button)
            layout.addLayout(row)

    # -- what the wizard calls ------------------------------------------------------------------------------
    def prefill(self, settings: DeviceSettings, store: StoreValues) -> None:
        """Show the values saved before (a step redone from settings starts from them)."""

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        """The settings with this page's choices; store-wide values go into `store`."""
        return settings

    @property
    def skipped(self) -> bool:
        return self.skipped_by_hand

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.focus_widget is not None:   # after QWizard has given the focus to a button of its choice
            QTimer.singleShot(0, self.focus_widget.setFocus)

    def retranslate(self) -> None:
        if self.skip_button is not None:
            self.skip_button.setText(self.tr("Skip for now"))

    # -- shared behaviour --------------------------------------------------------------------------------
    def action_button(self, action: Callable[[], None]) -> QPushButton:
        """A page's own button (Test, Enroll): never the wizard's default, so Enter stays with the fields."""
        button = QPushButton()
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    def check(self, button: QPushButton, *, waiting: str, work: Callable[[], object],
              on_success: Callable[[object], None], on_failure: Callable[[BaseException], None]) -> None:
        """Run `work` (a device test, an enrollment) on the wizard's helper; `button` is disabled meanwhile."""
        self.skipped_by_hand = False
        button.setEnabled(False)
        self.show_result(waiting, ok=True)

        def succeeded(result: object) -> None:
            button.setEnabled(True)
            on_success(result)

        def failed(error: BaseException) -> None:
            button.setEnabled(True)
            on_failure(error)
        self.worker.run(work, on_success=succeeded, on_failure=failed)

    def skip(self) -> None:
        self.skipped_by_hand = True
        self.show_result(self.tr("Skipped: this step can be done later from the till's settings."), ok=True)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            if self.isFinalPage() or wizard.nextId() == -1:
                wizard.accept()
            else:
                wizard.next()

    def show_result(self, text: str, *, ok: bool) -> None:
        self.result.setProperty("kind", "info" if ok else "error")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(text)
        self.result.show()

    def clear_result(self) -> None:
        self.result.clear()
        self.result.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def touch_combo(items: list[tuple[str, str]]) -> QComboBox:
    """A drop-down a finger can open: (shown text, value) items, 44 px high."""
    combo = QComboBox()
    combo.setMinimumHeight(MIN_TOUCH)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def field_row(label: QLabel, widget, *, stretch: int = 1) -> QHBoxLayout:
    row = QHBoxLayout()
    label.setMinimumWidth(180)
    label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    row.addWidget(label)
    row.addWidget(widget, stretch)
    return row
