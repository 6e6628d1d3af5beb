"""ESC/POS bytes back to readable text, for reviewing what a (simulated) printer was sent.

The decoder walks the stream like a printer would: text in the current character set (the selected code
page, or GB18030 while Chinese mode is on), commands with their parameters. It knows the commands our
renderer sends and the common ones of the ESC/POS command set; anything else — an unknown command, a
command cut short, bytes that are not valid text — is shown as hex, and decoding goes on. It never raises
on any input.
"""
from __future__ import annotations

from dataclasses import dataclass

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10

CODE_PAGES = {0: "cp437", 2: "cp850", 3: "cp860", 4: "cp863", 5: "cp865", 16: "cp1252", 17: "cp866",
              18: "cp852", 19: "cp858"}
_ALIGN = {0: "left", 1: "centre", 2: "right", 48: "left", 49: "centre", 50: "right"}
_BARCODES = {0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF", 6: "CODABAR",
             65: "UPC-A", 66: "UPC-E", 67: "EAN13", 68: "EAN8", 69: "CODE39", 70: "ITF", 71: "CODABAR",
             72: "CODE93", 73: "CODE128"}
_QR_EC = {48: "L", 49: "M", 50: "Q", 51: "H"}

# command byte -> (parameter bytes, name); the name is shown only in the detailed view
_ESC = {0x40: (0, "INIT"), 0x45: (1, "BOLD"), 0x47: (1, "DOUBLE-STRIKE"), 0x2D: (1, "UNDERLINE"),
        0x61: (1, "ALIGN"), 0x21: (1, "PRINT MODE"), 0x64: (1, "FEED"), 0x4A: (1, "FEED DOTS"),
        0x65: (1, "REVERSE FEED"), 0x32: (0, "LINE SPACING default"), 0x33: (1, "LINE SPACING"),
        0x4D: (1, "FONT"), 0x74: (1, "CODE PAGE"), 0x52: (1, "CHARSET"), 0x70: (3, "DRAWER"),
        0x7B: (1, "UPSIDE-DOWN"), 0x56: (1, "ROTATE"), 0x20: (1, "CHAR SPACING"), 0x24: (2, "POSITION"),
        0x5C: (2, "RELATIVE POSITION"), 0x72: (1, "COLOUR"), 0x3D: (1, "PERIPHERAL"), 0x69: (0, "CUT full"),
        0x6D: (0, "CUT partial"), 0x25: (1, "USER CHARS"), 0x3F: (1, "CANCEL USER CHAR"),
        0x55: (1, "UNIDIRECTIONAL"), 0x4C: (0, "PAGE MODE"), 0x53: (0, "STANDARD MODE"),
        0x54: (1, "PRINT DIRECTION"), 0x57: (8, "PRINT AREA"), 0x42: (2, "BUZZER"), 0x63: (2, "PANEL"),
        0x0C: (0, "PRINT PAGE")}
_GS = {0x21: (1, "SIZE"), 0x42: (1, "REVERSE"), 0x68: (1, "BARCODE HEIGHT"), 0x77: (1, "BARCODE WIDTH"),
       0x48: (1, "BARCODE TEXT"), 0x66: (1, "BARCODE FONT"), 0x72: (1, "TRANSMIT STATUS"), 0x61: (1, "AUTO STATUS"),
       0x49: (1, "PRINTER ID"), 0x4C: (2, "LEFT MARGIN"), 0x57: (2, "PRINT WIDTH"), 0x50: (2, "MOTION UNITS"),
       0x62: (1, "SMOOTHING"), 0x2F: (1, "PRINT IMAGE"), 0x3A: (0, "MACRO"), 0x5E: (3, "RUN MACRO"),
       0x54: (1, "LINE START"), 0x24: (2, "VERTICAL POSITION"), 0x5C: (2, "RELATIVE VERTICAL POSITION")}
_FS = {0x26: (0, "CHINESE on"), 0x2E: (0, "CHINESE off"), 0x21: (1, "CHINESE PRINT MODE"),
       0x2D: (1, "CHINESE UNDERLINE"), 0x53: (2, "CHINESE SPACING"), 0x57: (1, "CHINESE QUADRUPLE"),
       0x43: (1, "CHINESE CODE SYSTEM"), 0x70: (2, "PRINT NV IMAGE")}
_DLE = {0x04: (1, "STATUS"), 0x05: (1, "REAL-TIME REQUEST")}
_SHOWN = {"DRAWER", "CUT full", "CUT partial", "STATUS", "TRANSMIT STATUS", "REAL-TIME REQUEST", "PRINT NV IMAGE",
          "PRINT IMAGE", "AUTO STATUS", "BUZZER"}


@dataclass(frozen=True)
class Token:
    kind: str          # "text", "command" or "unknown"
    text: str          # the text, the command's description, or the bytes as hex
    raw: bytes
    shown: bool = True  # commands: part of the plain view (cut, drawer, QR …) rather than styling


def decode(data: bytes) -> list[Token]:
    return _Decoder(bytes(data)).run()


def to_text(data: bytes, *, commands: bool = False) -> str:
    """The stream as text: [QR: …], [CUT …], [DRAWER …] and unknown bytes (<1b 99>) inline; with
    `commands`, every styling command too ([BOLD on], [ALIGN centre] …)."""
    out = []
    for token in decode(data):
        if token.kind == "text":
            out.append(token.text)
        elif token.kind == "unknown":
            out.append(f"<{token.text}>")
        elif token.text.startswith("FEED ") and token.raw[:2] == b"\x1bd":
            out.append((f"[{token.text}]" if commands else "") + "\n" * token.raw[2])
        elif token.shown:
            # cut, drawer, QR …: a line of their own, so they read as events between the printed rows
            start = "\n" if out and not out[-1].endswith("\n") else ""
            out.append(f"{start}[{token.text}]\n")
        elif commands:
            out.append(f"[{token.text}]")
    return "".join(out)


class _Decoder:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.tokens: list[Token] = []
        self.chinese = False
        self.codec = "cp437"
        self.qr_data: bytes | None = None

    def run(self) -> list[Token]:
        data = self.data
        while self.pos < len(data):
            byte = data[self.pos]
            if byte in (ESC, GS, FS, DLE) and self.pos + 1 < len(data):
                self._command(byte)
            elif byte in (ESC, GS, FS, DLE):
                self._unknown(1)
            elif byte in (0x0A, 0x09):
                self._text(chr(byte), 1)
            elif byte == 0x0D:
                self._emit("command", "CR", 1, shown=False)
            elif byte < 0x20 or byte == 0x7F:
                self._unknown(1)
            elif byte < 0x80:
                self._text(chr(byte), 1)
            elif self.chinese:
                self._chinese()
            else:
                self._code_page_char(byte)
        return self.tokens

    # -- text ---------------------------------------------------------------------------------------
    def _text(self, text: str, length: int) -> None:
        raw = self.data[self.pos:self.pos + length]
        self.pos += length
        if self.tokens and self.tokens[-1].kind == "text":
            last = self.tokens[-1]
            self.tokens[-1] = Token("text", last.text + text, last.raw + raw)
        else:
            self.tokens.append(Token("text", text, raw))

    def _chinese(self) -> None:
        """One GB18030 character: two bytes (lead 81–FE, trail 40–7E/80–FE) or four (81–FE 30–39 81–FE 30–39)."""
        data, at = self.data, self.pos
        lead = data[at]
        second = data[at + 1] if at + 1 < len(data) else -1
        length = 0
        if 0x81 <= lead <= 0xFE and (0x40 <= second <= 0x7E or 0x80 <= second <= 0xFE):
            length = 2
        elif 0x81 <= lead <= 0xFE and 0x30 <= second <= 0x39 and at + 3 < len(data) \
                and 0x81 <= data[at + 2] <= 0xFE and 0x30 <= data[at + 3] <= 0x39:
            length = 4
        try:
            text = data[at:at + length].decode("gb18030") if length else ""
        except UnicodeDecodeError:
            text = ""
        if text:
            self._text(text, length)
        else:
            self._unknown(1)

    def _code_page_char(self, byte: int) -> None:
        try:
            text = bytes([byte]).decode(self.codec) if self.codec else ""
        except UnicodeDecodeError:   # a hole in the code page (cp1252 has five)
            text = ""
        if text:
            self._text(text, 1)
        else:
            self._unknown(1)

    # -- commands -----------------------------------------------------------------------------------
    def _emit(self, kind: str, text: str, length: int, *, shown: bool = True) -> None:
        self.tokens.append(Token(kind, text, self.data[self.pos:self.pos + length], shown))
        self.pos += length

    def _unknown(self, length: int) -> None:
        length = max(1, min(length, len(self.data) - self.pos))
        self._emit("unknown", " ".join(f"{b:02x}" for b in self.data[self.pos:self.pos + length]), length)

    def _has(self, length: int) -> bool:
        return self.pos + length <= len(self.data)

    def _command(self, prefix: int) -> None:
        code = self.data[self.pos + 1]
        if prefix == GS and code == 0x28:
            return self._gs_paren()
        if prefix == GS and code == 0x56:
            return self._cut()
        if prefix == GS and code == 0x6B:
            return self._barcode()
        if prefix == GS and code in (0x76, 0x38, 0x2A):
            return self._image(code)
        if prefix == ESC and code in (0x44, 0x2A, 0x28):
            return self._esc_variable(code)
        if prefix == DLE and code == 0x14:
            return self._realtime_pulse()
        table = {ESC: _ESC, GS: _GS, FS: _FS, DLE: _DLE}[prefix]
        if code not in table:
            return self._unknown(2)
        count, name = table[code]
        if not self._has(2 + count):
            return self._unknown(len(self.data) - self.pos)
        params = self.data[self.pos + 2:self.pos + 2 + count]
        self._emit("command", self._describe(name, params), 2 + count, shown=name in _SHOWN)

    def _describe(self, name: str, params: bytes) -> str:
        if name == "CHINESE on":
            self.chinese = True
        elif name == "CHINESE off":
            self.chinese = False
        elif name == "INIT":
            self.chinese, self.codec = False, "cp437"
        elif name == "CODE PAGE":
            self.codec = CODE_PAGES.get(params[0], "")
            return f"CODE PAGE {params[0]} {self.codec or 'unknown: bytes shown as hex'}"
        if name in ("BOLD", "DOUBLE-STRIKE", "UPSIDE-DOWN", "REVERSE"):
            return f"{name} {'on' if params[0] & 1 else 'off'}"
        if name == "ALIGN":
            return f"ALIGN {_ALIGN.get(params[0], params[0])}"
        if name == "SIZE":
            return f"SIZE {(params[0] >> 4) + 1}x{(params[0] & 0x0F) + 1}"
        if name == "DRAWER":
            pin = {0: 2, 48: 2, 1: 5, 49: 5}.get(params[0], f"? ({params[0]})")
            return f"DRAWER pin {pin}, {params[1] * 2} ms on, {params[2] * 2} ms off"
        if name == "STATUS" and params:
            kinds = {1: "printer", 2: "offline", 3: "error", 4: "paper"}
            return f"STATUS {kinds.get(params[0], params[0])}"
        return " ".join([name, *(str(b) for b in params)])

    def _cut(self) -> None:
        if not self._has(3):
            return self._unknown(len(self.data) - self.pos)
        mode = self.data[self.pos + 2]
        kind = "full" if mode in (0, 48, 65, 97, 103) else "partial" if mode in (1, 49, 66, 98, 104) else ""
        if not kind:
            return self._unknown(3)
        if mode in (0, 1, 48, 49):
            return self._emit("command", f"CUT {kind}", 3)
        if not self._has(4):
            return self._unknown(len(self.data) - self.pos)
        self._emit("command", f"CUT {kind} after feed {self.data[self.pos + 3]}", 4)

    def _barcode(self) -> None:
        data, at = self.data, self.pos
        if not self._has(3):
            return self._unknown(len(data) - at)
        kind = data[at + 2]
        if kind <= 6:
            end = data.find(b"\x00", at + 3)
            if end < 0:
                return self._unknown(len(data) - at)
            content, length = data[at + 3:end], end + 1 - at
        elif 65 <= kind <= 79 and self._has(4) and self._has(4 + data[at + 3]):
            content, length = data[at + 4:at + 4 + data[at + 3]], 4 + data[at + 3]
        else:
            return self._unknown(min(3, len(data) - at))
        name = _BARCODES.get(kind, f"type {kind}")
        self._emit("command", f"BARCODE {name}: {content.decode('ascii', errors='replace')}", length)

    def _gs_paren(self) -> None:
        """GS ( X pL pH …: the functions with a two-byte length; GS ( k is the 2D codes (QR: cn = 49)."""
        data, at = self.data, self.pos
        if not self._has(5):
            return self._unknown(len(data) - at)
        length = data[at + 3] + 256 * data[at + 4]
        if not self._has(5 + length):
            return self._unknown(len(data) - at)
        function = chr(data[at + 2]) if 0x20 <= data[at + 2] < 0x7F else f"{data[at + 2]:02x}"
        body = data[at + 5:at + 5 + length]
        if function != "k" or len(body) < 2 or body[0] != 49:
            return self._emit("command", f"GS ( {function} ({length} bytes)", 5 + length, shown=False)
        fn, args = body[1], body[2:]
        if fn == 80 and args[:1] == b"0":
            self.qr_data = args[1:]
            return self._emit("command", f"QR store {len(args) - 1} bytes", 5 + length, shown=False)
        if fn == 81:
            if self.qr_data is None:
                return self._emit("command", "QR: (nothing stored)", 5 + length)
            return self._emit("command", f"QR: {self.qr_data.decode('utf-8', errors='replace')}", 5 + length)
        described = {65: lambda: f"QR model {args[0] - 48 if args else '?'}",
                     67: lambda: f"QR module {args[0] if args else '?'} dots",
                     69: lambda: f"QR error level {_QR_EC.get(args[0], '?') if args else '?'}"}
        text = described[fn]() if fn in described else f"QR function {fn}"
        self._emit("command", text, 5 + length, shown=False)

    def _image(self, code: int) -> None:
        data, at = self.data, self.pos
        if code == 0x76:     # GS v 0 m xL xH yL yH: raster, x bytes wide, y dots high
            if not self._has(8) or data[at + 2] not in (0, 48):
                return self._unknown(min(3, len(data) - at))
            width, height = data[at + 4] + 256 * data[at + 5], data[at + 6] + 256 * data[at + 7]
            length, text = 8 + width * height, f"IMAGE {width * 8}x{height} dots"
        elif code == 0x38:   # GS 8 L p1 p2 p3 p4: graphics with a four-byte length
            if not self._has(7) or data[at + 2] != 0x4C:
                return self._unknown(min(3, len(data) - at))
            length = 7 + int.from_bytes(data[at + 3:at + 7], "little")
            text = "GRAPHICS"
        else:                # GS * x y: define a downloaded image of x × y × 8 bytes
            if not self._has(4):
                return self._unknown(len(data) - at)
            length, text = 4 + data[at + 2] * data[at + 3] * 8, "DEFINE IMAGE"
        if not self._has(length):
            return self._unknown(len(data) - at)
        self._emit("command", text, length)

    def _esc_variable(self, code: int) -> None:
        data, at = self.data, self.pos
        if code == 0x44:     # ESC D n1 … NUL: tab stops
            end = data.find(b"\x00", at + 2, at + 35)
            if end < 0:
                return self._unknown(2)
            return self._emit("command", "TAB STOPS", end + 1 - at, shown=False)
        if code == 0x28:     # ESC ( X pL pH …
            if not self._has(5) or not self._has(5 + data[at + 3] + 256 * data[at + 4]):
                return self._unknown(len(data) - at)
            return self._emit("command", "ESC ( function", 5 + data[at + 3] + 256 * data[at + 4], shown=False)
        if not self._has(5):  # ESC * m nL nH: bit image, one byte per column (m 0, 1) or three
            return self._unknown(len(data) - at)
        columns = data[at + 3] + 256 * data[at + 4]
        length = 5 + columns * (1 if data[at + 2] in (0, 1) else 3)
        if not self._has(length):
            return self._unknown(len(data) - at)
        self._emit("command", f"BIT IMAGE {columns} columns", length)

    def _realtime_pulse(self) -> None:
        """DLE DC4 fn …: fn 1 drawer pulse (m t), 2 power off, 7 buzzer, 8 clear buffers."""
        if not self._has(3):
            return self._unknown(len(self.data) - self.pos)
        fn = self.data[self.pos + 2]
        lengths = {1: 5, 2: 5, 3: 5, 4: 5, 7: 4, 8: 10}
        if fn not in lengths or not self._has(lengths[fn]):
            return self._unknown(min(3, len(self.data) - self.pos))
        if fn == 1:
            pin = {0: 2, 1: 5}.get(self.data[self.pos + 3], "?")
            return self._emit("command", f"DRAWER pin {pin} now, {self.data[self.pos + 4] * 100} ms", 5)
        self._emit("command", f"REAL-TIME function {fn}", lengths[fn])
