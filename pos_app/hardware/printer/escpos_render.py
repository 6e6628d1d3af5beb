"""A core Receipt as ESC/POS bytes for 58 mm and 80 mm roll printers.

python-escpos (its `Dummy` printer) generates the commands: styles, native QR (GS ( k), feed and cut.
Text bytes are written by this module, because python-escpos sends CJK as GB18030 without switching the
printer's Chinese mode on, and its code-page guessing could change bytes between receipts.

Character sets, decided once:
- Chinese receipts switch Chinese mode on (FS &) and send every row as GB18030; ASCII stays one byte and one
  column, every other character is a two-byte (or four-byte) code printed double width — so columns are
  counted as 1 for ASCII and 2 for anything else. "¥" (U+00A5) is not in the GB2312/GBK fonts most printers
  carry, so it is printed as the full-width "￥" (A3 A4).
- English receipts switch Chinese mode off (FS .: many printers sold in China power up with it on) and select
  code page PC437 (ESC t 0), which holds "¥" at 0x9D. PC437 has no "×", printed as "x"; any other character it
  lacks prints as "?". One character is one column.
Control characters inside names are printed as spaces, so no catalog text can inject a printer command.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from pos_app.core.money import CNY
from pos_app.core.receipt import AmountRow, Receipt
from pos_app.hardware.errors import SettingError
from pos_app.hardware.printer.drawer import kick_command

COLUMNS = {58: 32, 80: 48}             # Font A (12 × 24 dots) on 384- and 576-dot print heads
QR_MODULE_DOTS = {58: 5, 80: 6}
PROFILE = "default"                    # pinned: python-escpos chooses some commands by profile
CHINESE_ON = b"\x1c\x26"               # FS &
CHINESE_OFF = b"\x1c\x2e"              # FS .
CODE_PAGE_PC437 = 0

_SUBSTITUTES = {"zh": str.maketrans({"¥": "￥"}), "en": str.maketrans({"×": "x"})}
_AS_SPACE = {"Cc", "Zl", "Zp"}           # controls and line breaks
_AS_QUESTION = {"Cf", "Cs", "Co", "Cn"}  # invisible formatting, surrogates, private and unassigned


@dataclass(frozen=True)
class ReceiptJob:
    """What the print queue sends: the receipt's bytes and whether the cash drawer opens with it."""
    data: bytes
    kick_drawer: bool
    drawer_pin: int = 2

    @property
    def payload(self) -> bytes:
        # The pulse goes first, so the drawer opens while the receipt is still printing.
        return kick_command(pin=self.drawer_pin) + self.data if self.kick_drawer else self.data


def paper_columns(width_mm: int) -> int:
    try:
        return COLUMNS[width_mm]
    except (KeyError, TypeError):
        raise SettingError(f"Receipt paper must be 58 or 80 mm wide, not {width_mm!r}.") from None


def printable(text: str, *, language: str) -> str:
    """`text` as the printer will show it in `language`'s character set (see the module notes)."""
    shown = text.translate(_SUBSTITUTES[language])
    if not shown.isprintable():   # str.isprintable is False for every category below (and for non-ASCII spaces)
        shown = "".join(" " if category in _AS_SPACE else "?" if category in _AS_QUESTION else char
                        for char, category in ((char, unicodedata.category(char)) for char in shown))
    if language == "en" and not shown.isascii():
        shown = shown.encode("cp437", errors="replace").decode("cp437")
    return shown


def display_width(text: str, *, language: str) -> int:
    """Columns `text` (already printable) takes in Font A."""
    if language == "en":
        return len(text)
    return 2 * len(text) - len(text.encode("ascii", errors="ignore"))


def wrap(text: str, *, columns: int, language: str) -> list[str]:
    """Rows of at most `columns`: break at the last space that fits, else between characters (CJK has none)."""
    if display_width(text, language=language) <= columns:
        return [text.rstrip()]
    rows: list[str] = []
    row: list[str] = []
    used = 0
    for char in text:
        width = display_width(char, language=language)
        if used + width > columns and row:
            if char == " ":
                rows.append("".join(row))
                row, used = [], 0
                continue
            joined = "".join(row)
            cut = joined.rfind(" ")
            if cut > 0 and joined[:cut].strip():
                rows.append("".join(row[:cut]))
                row = row[cut + 1:]
            else:
                rows.append("".join(row))
                row = []
            used = display_width("".join(row), language=language)
        row.append(char)
        used += width
    if row or not rows:
        rows.append("".join(row))
    return [r.rstrip() for r in rows]


def render_escpos(receipt: Receipt, *, width_mm: int = 80) -> bytes:
    page = _Page(language=receipt.language, width_mm=width_mm)
    page.start()
    page.title(receipt.store_name)
    page.centred(receipt.header)
    for banner in receipt.banners:
        page.banner(banner)
    page.rule()
    for label, value in receipt.info:
        page.pair(label, value)
    page.rule()
    for line in receipt.lines:
        for row in page.wrap(line.name):
            page.row(row)
        page.pair("  " + line.detail, CNY.format(line.amount))
        if line.discount:
            page.pair("  " + line.discount.label, CNY.format(line.discount.amount))
    page.rule()
    for row in ((receipt.subtotal,) if receipt.subtotal else ()) + receipt.discounts:
        page.amount(row)
    page.total(receipt.total)
    for row in receipt.adjustments + receipt.tenders + ((receipt.change,) if receipt.change else ()):
        page.amount(row)
    if receipt.taxes:
        page.rule()
        for row in receipt.taxes:
            page.amount(row)
    page.rule()
    page.centred(receipt.footer)
    page.qr(receipt.qr_data)
    page.finish()
    return page.output


def render_lines(lines: list[str], *, language: str = "zh", width_mm: int = 80) -> bytes:
    """Plain rows of text (a shift report) in `language`'s character set — Chinese mode and GB18030 for zh,
    as for receipts — each wrapped to the paper, then fed and cut."""
    page = _Page(language=language, width_mm=width_mm)
    page.start()
    for line in lines:
        for row in page.wrap(line):
            page.row(row)
    page.finish()
    return page.output


def warm_up() -> None:
    """Import python-escpos now. It costs ~0.3 s (Pillow, qrcode and its printer-capabilities file), which
    the till must not pay before its PIN screen shows nor on the first sale's receipt: the window calls this
    on a spare thread once the cashier is signed in, and rendering imports it on first use otherwise."""
    from escpos.printer import Dummy
    Dummy(profile=PROFILE)


def render_job(receipt: Receipt, *, width_mm: int = 80, drawer_pin: int = 2) -> ReceiptJob:
    return ReceiptJob(data=render_escpos(receipt, width_mm=width_mm), kick_drawer=receipt.kicks_drawer,
                      drawer_pin=drawer_pin)


class _Page:
    """One receipt being laid out: rows of text in the receipt's character set, commands from python-escpos."""

    def __init__(self, *, language: str, width_mm: int) -> None:
        self.columns = paper_columns(width_mm)
        if language not in _SUBSTITUTES:
            raise SettingError(f"Receipts print in zh or en, not {language!r}.")
        self.width_mm = width_mm
        self.language = language
        self.encoding = "gb18030" if language == "zh" else "cp437"
        from escpos.printer import Dummy   # see warm_up
        self.printer = Dummy(profile=PROFILE)

    @property
    def output(self) -> bytes:
        return self.printer.output

    def _raw(self, data: bytes) -> None:
        self.printer._raw(data)   # python-escpos's one extension point: bytes straight to the device

    def start(self) -> None:
        self.printer.hw("INIT")
        if self.language == "zh":
            self._raw(CHINESE_ON)
        else:
            self._raw(CHINESE_OFF + b"\x1b\x74" + bytes([CODE_PAGE_PC437]))

    def finish(self) -> None:
        self.printer.print_and_feed(2)
        if self.language == "zh":
            self._raw(CHINESE_OFF)   # leave the printer as other programs expect it
        self.printer.cut(feed=False)   # GS V 66 0: feed to the cutter, then cut

    def width(self, text: str) -> int:
        return display_width(text, language=self.language)

    def wrap(self, text: str, *, columns: int | None = None) -> list[str]:
        return wrap(printable(text, language=self.language), columns=columns or self.columns,
                    language=self.language)

    def row(self, text: str) -> None:
        """One row of text that is already printable and fits."""
        self._raw(text.encode(self.encoding, errors="replace") + b"\n")

    def rule(self) -> None:
        self.row("-" * self.columns)

    def pair(self, left: str, right: str) -> None:
        """`left` and `right` on one row, right-aligned; when they do not fit, `right` ends the last row."""
        right = printable(right, language=self.language)
        rows = self.wrap(left) if left.strip() else [""]
        room = self.columns - self.width(rows[-1]) - 1
        if self.width(right) <= room:
            rows[-1] += " " * (room + 1 - self.width(right)) + right
        elif self.width(right) <= self.columns:
            rows.append(" " * (self.columns - self.width(right)) + right)
        else:
            rows += self.wrap(right)
        for row in rows:
            self.row(row)

    def amount(self, row: AmountRow) -> None:
        self.pair(row.label, CNY.format(row.amount))

    def centred(self, lines: tuple[str, ...]) -> None:
        if not lines:
            return
        self.printer.set(align="center")
        for line in lines:
            for row in self.wrap(line):
                self.row(row)
        self.printer.set(align="left")

    def title(self, text: str) -> None:
        """The store name: double width and height when it fits half the columns, else bold."""
        self.printer.set(align="center", bold=True)
        shown = printable(text, language=self.language)
        if 2 * self.width(shown) <= self.columns:
            self.printer.set(custom_size=True, width=2, height=2)
            self.row(shown)
            self.printer.set(custom_size=True, width=1, height=1)
        else:
            for row in self.wrap(text):
                self.row(row)
        self.printer.set(align="left", bold=False)

    def banner(self, text: str) -> None:
        """REFUND / REPRINT: bold, double width and height, centred, wrapped to half the columns."""
        self.printer.set(align="center", bold=True, custom_size=True, width=2, height=2)
        for row in self.wrap(text, columns=self.columns // 2):
            self.row(row)
        self.printer.set(align="left", bold=False, custom_size=True, width=1, height=1)

    def total(self, row: AmountRow) -> None:
        """Bold and double height; double height keeps the column count."""
        self.printer.set(bold=True, custom_size=True, width=1, height=2)
        self.pair(row.label, CNY.format(row.amount, symbol=True))
        self.printer.set(bold=False, custom_size=True, width=1, height=1)

    def qr(self, data: str) -> None:
        from escpos.constants import QR_ECLEVEL_M, QR_MODEL_2
        self.printer.set(align="center")
        self.printer.qr(data, native=True, size=QR_MODULE_DOTS[self.width_mm], ec=QR_ECLEVEL_M,
                        model=QR_MODEL_2)
        self._raw(b"\n")
        self.printer.set(align="left")
