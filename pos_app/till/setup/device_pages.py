"""The wizard's device steps: the scale (port and protocol, with a live reading), the receipt printer (its
setting string, with a test page) and the scanner (scan into a box; the till's own wedge detector and code
parser say what they made of it). Each test runs on the wizard's background helper; each step can be
skipped and done later.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from pos_app.core.barcodes import ScannedCode
from pos_app.core.errors import PosError
from pos_app.core.money import CNY
from pos_app.core.quantity import format_quantity
from pos_app.hardware.errors import HardwareError
from pos_app.hardware.scale import PROTOCOLS, ScaleReading, ScaleStatus, sale_grams
from pos_app.hardware.scanner.wedge import TERMINATORS
from pos_app.till.device_settings import DeviceSettings
from pos_app.till.messages import describe
from pos_app.till.setup import device_checks
from pos_app.till.setup.setup_page import SetupPage, StoreValues, field_row, touch_combo
from pos_app.till.wedge_filter import WedgeKeyFilter, monotonic_ms

LIVE_MS = 500      # one reading each half second while the scale page shows, like a scale's own display
PROTOCOL_NAMES = {"toledo8217": "Mettler Toledo 8217", "sics": "Mettler Toledo MT-SICS",
                  "cas": "CAS (continuous)", "cas-ecr": "CAS ECR"}
# a port that cannot be opened or says nothing is the scale's own sentence, as at a sale
_SCALE_CODES = {"device_unavailable": "scale_disconnected", "device_timeout": "scale_no_answer"}


class ScalePage(SetupPage):
    name = "scale"
    skippable = True

    def __init__(self, *, worker, read: Callable[..., ScaleReading] = device_checks.read_scale,
                 parent=None) -> None:
        super().__init__(worker=worker, parent=parent)
        self._read = read
        self.reading: ScaleReading | None = None
        self.port_label, self.protocol_label = QLabel(), QLabel()
        self.port = QLineEdit()
        self.protocol = touch_combo([(PROTOCOL_NAMES.get(name, name), name) for name in PROTOCOLS])
        self.test_button = self.action_button(self.test)
        self.focus_widget = self.port
        self.body.addLayout(field_row(self.port_label, self.port))
        self.body.addLayout(field_row(self.protocol_label, self.protocol))
        self.body.addWidget(self.test_button)
        # After a test answers, the reading follows the scale while the page shows (put a weight on, see it):
        # one read at a time on the helper, each through the real adapter, stopped by an edit or a failure.
        self.live = QTimer(self)
        self.live.setInterval(LIVE_MS)
        self.live.timeout.connect(self.tick)
        self._asking = False
        self.port.textChanged.connect(self.live.stop)
        self.protocol.currentIndexChanged.connect(self.live.stop)
        self.retranslate()

    @property
    def skipped(self) -> bool:
        return self.skipped_by_hand or not self.port.text().strip()

    def tick(self) -> None:
        if not self.isVisible():           # the wizard moved on (or closed): no reading nobody sees
            self.live.stop()
            return
        if self._asking:
            return
        self._asking = True
        port, protocol = self.port.text().strip(), self.protocol.currentData()
        self.worker.run(lambda: self._read(port=port, protocol=protocol), on_success=self._live_answer,
                        on_failure=self._live_failed)

    def _live_answer(self, reading: ScaleReading) -> None:
        self._asking = False
        if self.live.isActive():
            self.answered(reading)

    def _live_failed(self, error: BaseException) -> None:
        self._asking = False
        if self.live.isActive():
            self.failed(error)

    def test(self) -> None:
        port, protocol = self.port.text().strip(), self.protocol.currentData()
        if not port:
            self.show_result(self.tr("Enter the scale's port first, such as /dev/ttyUSB0 or COM3."), ok=False)
            return
        self.check(self.test_button, waiting=self.tr("Reading the scale…"),
                   work=lambda: self._read(port=port, protocol=protocol), on_success=self.answered,
                   on_failure=self.failed)

    def answered(self, reading: ScaleReading) -> None:
        self.reading = reading
        if not self.live.isActive():
            self.live.start()
        if reading.grams is not None and reading.status in (ScaleStatus.OK, ScaleStatus.MOVING):
            text = self.tr("The scale answered: %1 kg, steady.") if reading.stable else \
                self.tr("The scale answered: %1 kg, still moving.")
            self.show_result(text.replace("%1", format_quantity(reading.grams)), ok=True)
            return
        try:
            sale_grams(reading)
        except HardwareError as error:
            self.show_result(describe(error), ok=False)

    def failed(self, error: BaseException) -> None:
        self.live.stop()                   # a port that cannot be opened is not retried behind the cashier's back
        code = getattr(error, "code", "")
        if code == "setting_error":
            self.show_result(self.tr("This scale setting cannot be used: %1").replace("%1", str(error)), ok=False)
        elif code in _SCALE_CODES:
            self.show_result(describe(HardwareError(str(error), code=_SCALE_CODES[code])), ok=False)
        else:
            self.show_result(describe(error), ok=False)

    def prefill(self, settings: DeviceSettings, store: StoreValues) -> None:
        self.port.setText(settings.scale_port)
        index = self.protocol.findData(settings.scale_protocol)
        self.protocol.setCurrentIndex(max(index, 0))

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        if self.skipped:
            return replace(settings, scale_port="").skipping("scale", True)
        return replace(settings, scale_port=self.port.text().strip(),
                       scale_protocol=self.protocol.currentData()).skipping("scale", False)

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Scale"))
        self.hint.setText(self.tr("The port the scale is connected to and the protocol set on the scale. Put "
                                  "something on it and test: the weight read must match the scale's display, and "
                                  "follows it while this page shows."))
        self.port_label.setText(self.tr("Port"))
        self.protocol_label.setText(self.tr("Protocol"))
        self.port.setPlaceholderText(self.tr("/dev/ttyUSB0, COM3 or socket://host:port"))
        self.test_button.setText(self.tr("Test reading"))


class PrinterPage(SetupPage):
    name = "printer"
    skippable = True

    def __init__(self, *, worker, print_test: Callable[[str], object], parent=None) -> None:
        super().__init__(worker=worker, parent=parent)
        self._print_test = print_test
        self.setting_label = QLabel()
        self.setting = QLineEdit()
        self.test_button = self.action_button(self.test)
        self.focus_widget = self.setting
        self.body.addLayout(field_row(self.setting_label, self.setting))
        self.body.addWidget(self.test_button)
        self.retranslate()

    @property
    def skipped(self) -> bool:
        return self.skipped_by_hand or not self.setting.text().strip()

    def test(self) -> None:
        setting = self.setting.text().strip()
        if not setting:
            self.show_result(self.tr("Enter the printer's setting first, such as tcp://192.168.1.50:9100."),
                             ok=False)
            return
        self.check(self.test_button, waiting=self.tr("Printing a test page…"), work=lambda: self._print_test(setting),
                   on_success=self.answered, on_failure=self.failed)

    def answered(self, attempt) -> None:
        if attempt.printed:
            self.show_result(self.tr("The test page was sent: check that it printed, with its line of Chinese "
                                     "readable."), ok=True)
        else:
            self.show_result(self.tr("Not printed: %1").replace("%1", attempt.error), ok=False)

    def failed(self, error: BaseException) -> None:
        if getattr(error, "code", "") == "setting_error":
            self.show_result(self.tr("This printer setting cannot be used: %1").replace("%1", str(error)), ok=False)
        else:
            self.show_result(describe(error), ok=False)

    def prefill(self, settings: DeviceSettings, store: StoreValues) -> None:
        self.setting.setText(settings.printer)

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        if self.skipped:
            return replace(settings, printer="").skipping("printer", True)
        return replace(settings, printer=self.setting.text().strip()).skipping("printer", False)

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Receipt printer"))
        self.hint.setText(self.tr("How the till reaches the printer: tcp://192.168.1.50:9100 (network), "
                                  "serial:///dev/ttyUSB0?baudrate=19200, usb://0x04b8:0x0202, cups://Queue."))
        self.setting_label.setText(self.tr("Printer"))
        self.setting.setPlaceholderText("tcp://192.168.1.50:9100")
        self.test_button.setText(self.tr("Print a test page"))


class ScannerPage(SetupPage):
    name = "scanner"
    skippable = True

    def __init__(self, *, worker, rules: Callable[[], object], clock: Callable[[], int] = monotonic_ms,
                 parent=None) -> None:
        super().__init__(worker=worker, parent=parent)
        self.rules = None
        self.scanned: ScannedCode | None = None
        self.box = QLineEdit()
        self.focus_widget = self.box
        self.body.addWidget(self.box)
        self.wedge = WedgeKeyFilter(active=lambda: True, clock=clock, parent=self)   # on the box alone
        self.wedge.scanned.connect(self.scan)
        self.wedge.typed.connect(self.typed)
        self.box.installEventFilter(self.wedge)
        self.worker.run(rules, on_success=lambda found: setattr(self, "rules", found))
        self.retranslate()

    @property
    def skipped(self) -> bool:
        return self.skipped_by_hand or self.scanned is None

    def scan(self, code: str) -> None:
        self.box.setText(code)
        try:
            scanned = device_checks.parse_code(code, rules=self.rules)
        except PosError as error:
            self.show_result(describe(error), ok=False)
            return
        self.scanned = scanned
        self.skipped_by_hand = False
        self.show_result(self.reading(scanned), ok=True)

    def typed(self, text: str) -> None:
        if any(end in text for end in TERMINATORS):
            self.show_result(self.tr("That was typed, not scanned: a scanner sends a whole code within "
                                     "milliseconds and ends it with Enter. Set the scanner to add Enter."), ok=False)
        self.box.insert("".join(c for c in text if c not in TERMINATORS))

    def reading(self, scanned: ScannedCode) -> str:
        if scanned.kind == "variable":
            text = self.tr("Scanned an in-store label: item %1").replace("%1", scanned.item_code or "")
            if scanned.weight_g is not None:
                text += self.tr(", weight %1 kg").replace("%1", format_quantity(scanned.weight_g))
            if scanned.price_minor is not None:
                text += self.tr(", price ¥%1").replace("%1", CNY.format(scanned.price_minor))
            return text + "."
        sentences = {"gtin": self.tr("Scanned a product barcode: %1."),
                     "gs1": self.tr("Scanned a GS1 code for product %1."),
                     "plain": self.tr("Scanned the item code %1.")}
        return sentences[scanned.kind].replace("%1", scanned.lookup)

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        return settings.skipping("scanner", self.skipped)

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Barcode scanner"))
        self.hint.setText(self.tr("Tap the box, then scan any product's barcode. The till shows how it reads the "
                                  "code."))
        self.box.setPlaceholderText(self.tr("Scan here"))
