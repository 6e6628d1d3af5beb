"""GS1 General Specifications: check digits, GTIN forms and element strings (Application Identifiers).

Everything here is exact integer/string work. The element-string parser knows a deliberately small AI table:
the AIs a supermarket till meets on fresh and packaged food. An AI outside the table is refused by name,
because guessing its length would silently misread every field after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pos_app.core.errors import InvalidBarcode

GS = "\x1d"  # FNC1 as transmitted by scanners: ends a variable-length field that is not last
GTIN_LENGTHS = (8, 12, 13, 14)
RESCAN = "rescan or type the number under the barcode."

_DIGITS = frozenset("0123456789")
# GS1 AI encodable character set 82; a space or a Chinese character in a lot number means a misread.
_CSET82 = frozenset("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")


def is_digits(text: str) -> bool:
    """True for a non-empty string of ASCII 0-9 only (str.isdigit also accepts '²' and full-width digits)."""
    return isinstance(text, str) and bool(text) and all(c in _DIGITS for c in text)


def check_digit(data: str) -> str:
    """GS1 mod-10 check digit of the data digits (weights 3,1,3,1… from the rightmost data digit)."""
    if not is_digits(data):
        raise InvalidBarcode(f"Cannot compute a check digit for {data!r}: it must be digits only.")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(data)))
    return str((10 - total % 10) % 10)


def validate_gtin(code: str) -> str:
    """Return `code` if it is an 8/12/13/14-digit GTIN with a correct check digit; else say why."""
    if not isinstance(code, str) or not code:
        raise InvalidBarcode("No barcode number was given — " + RESCAN)
    if not is_digits(code):
        raise InvalidBarcode(f"A product barcode has digits only; {code[:20]!r} has other characters — " + RESCAN)
    if len(code) not in GTIN_LENGTHS:
        raise InvalidBarcode(
            f"Barcode has {len(code)} digits; a product barcode has 8 (EAN-8), 12 (UPC-A), "
            "13 (EAN-13) or 14 (GTIN-14) digits."
        )
    expected = check_digit(code[:-1])
    if expected != code[-1]:
        raise InvalidBarcode(f"Check digit is wrong: expected {expected}, got {code[-1]} — " + RESCAN)
    return code


def is_valid_gtin(code: str) -> bool:
    try:
        validate_gtin(code)
    except InvalidBarcode:
        return False
    return True


def normalize_gtin(code: str) -> str:
    """The one key a product is stored and looked up by, whichever form the barcode arrived in.

    UPC-A becomes its 13-digit EAN form; a GTIN-14 with indicator 0 becomes 13 digits. An EAN-8 that
    arrives zero-padded to 12/13/14 digits (GS1 reserves that zero range for GTIN-8s, e.g. inside AI 01 of
    a DataBar) becomes the 8 digits printed under its EAN-8 barcode, so both scans find the same product.
    """
    validate_gtin(code)
    if len(code) > 8 and len(code.lstrip("0")) <= 8:
        return code[-8:]
    if len(code) == 12:
        return "0" + code
    if len(code) == 14 and code[0] == "0":
        return code[1:]
    return code


# GS1 General Specifications §7.9.2 digit-weight tables, indexed by the digit.
_TWO_MINUS = (0, 2, 4, 6, 8, 9, 1, 3, 5, 7)
_THREE = (0, 3, 6, 9, 2, 5, 8, 1, 4, 7)
_FIVE_PLUS = (0, 5, 1, 6, 2, 7, 3, 8, 4, 9)
_FIVE_MINUS = (0, 5, 9, 4, 8, 3, 7, 2, 6, 1)


def price_check_digit(value: str) -> str:
    """Verifier digit that in-store labels put before a 4- or 5-digit price/weight field (§7.9.3)."""
    if not is_digits(value) or len(value) not in (4, 5):
        raise InvalidBarcode(f"A price/weight check digit needs a 4- or 5-digit field, not {str(value)[:20]!r}.")
    d = [int(c) for c in value]
    if len(d) == 4:
        total = _TWO_MINUS[d[0]] + _TWO_MINUS[d[1]] + _THREE[d[2]] + _FIVE_MINUS[d[3]]
        return str(total * 3 % 10)
    total = _FIVE_PLUS[d[0]] + _TWO_MINUS[d[1]] + _FIVE_MINUS[d[2]] + _FIVE_PLUS[d[3]] + _TWO_MINUS[d[4]]
    return str(_FIVE_MINUS.index((10 - total % 10) % 10))


@dataclass(frozen=True)
class AiFormat:
    numeric: bool
    min_len: int
    max_len: int

    @property
    def fixed(self) -> bool:
        return self.min_len == self.max_len


def _build_ai_table() -> dict[str, AiFormat]:
    def n(low: int, high: int | None = None) -> AiFormat:
        return AiFormat(True, low, low if high is None else high)

    def x(high: int) -> AiFormat:
        return AiFormat(False, 1, high)

    table = {"00": n(18), "01": n(14), "02": n(14), "03": n(14), "20": n(2), "30": n(1, 8), "37": n(1, 8),
             "10": x(20), "21": x(20), "22": x(20), "240": x(30), "241": x(30), "242": n(1, 6), "243": x(20),
             "250": x(30), "251": x(30), "254": x(20), "400": x(30), "401": x(30), "402": n(17), "403": x(30),
             "420": x(20), "422": n(3), "424": n(3), "426": n(3), "7003": n(10), "8200": x(70), "90": x(30)}
    table.update({ai: n(6) for ai in ("11", "12", "13", "15", "16", "17")})
    table.update({str(ai): n(13) for ai in range(410, 418)})
    measures = [*range(310, 317), *range(320, 330), *range(330, 338), *range(340, 350),
                *range(350, 358), *range(360, 370)]
    table.update({f"{head}{dec}": n(6) for head in measures for dec in range(6)})
    for dec in range(10):
        table[f"390{dec}"] = table[f"392{dec}"] = n(1, 15)
        table[f"391{dec}"] = table[f"393{dec}"] = n(4, 18)  # ISO 4217 numeric currency + amount
    table.update({f"394{dec}": n(4) for dec in range(4)})
    table.update({f"395{dec}": n(6) for dec in range(6)})
    table.update({f"9{k}": x(90) for k in range(1, 10)})
    return table


AI_FORMATS: dict[str, AiFormat] = _build_ai_table()

# GS1 fixes the AI's own length by its first two digits; used only to name an AI we do not know.
_AI_LENGTH_BY_HEAD = {**{h: 3 for h in ("23", "24", "25", *(f"4{k}" for k in range(10)))},
                      **{h: 4 for h in ("31", "32", "33", "34", "35", "36", "39", "70", "71", "72", "80", "81", "82")}}
# AIs whose value ends in a GS1 mod-10 check digit: product, container and location numbers.
_MOD10_AIS = frozenset({"00", "01", "02", "03", "402", *(str(ai) for ai in range(410, 418))})
_HRI_AI = re.compile(r"\((\d{2,4})\)")


def _match_ai(text: str, pos: int) -> str:
    # The AI table is prefix-free (as GS1 designs it), so the first length that hits is the AI.
    for size in (2, 3, 4):
        if text[pos:pos + size] in AI_FORMATS:
            return text[pos:pos + size]
    head = text[pos:pos + 2]
    if not is_digits(head):
        raise InvalidBarcode(f"This GS1 barcode is damaged near {text[pos:pos + 6]!r} — " + RESCAN)
    unknown = text[pos:pos + _AI_LENGTH_BY_HEAD.get(head, 2)]
    raise InvalidBarcode(f"This GS1 barcode has a field (AI {unknown}) the till does not understand; "
                         "type the product number instead.")


def _check_value(ai: str, value: str) -> None:
    fmt = AI_FORMATS[ai]
    if not fmt.min_len <= len(value) <= fmt.max_len:
        needs = str(fmt.max_len) if fmt.fixed else f"{fmt.min_len} to {fmt.max_len}"
        raise InvalidBarcode(f"GS1 field (AI {ai}) has {len(value)} characters but needs {needs} — " + RESCAN)
    if fmt.numeric and not is_digits(value):
        raise InvalidBarcode(f"GS1 field (AI {ai}) must be digits only — " + RESCAN)
    if not fmt.numeric and not all(c in _CSET82 for c in value):
        raise InvalidBarcode(f"GS1 field (AI {ai}) contains characters a GS1 barcode cannot hold — " + RESCAN)
    if ai in _MOD10_AIS:
        expected = check_digit(value[:-1])
        if expected != value[-1]:
            raise InvalidBarcode(f"The number in GS1 field (AI {ai}) has a wrong check digit: "
                                 f"expected {expected}, got {value[-1]} — " + RESCAN)


def _finish(pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    if not pairs:
        raise InvalidBarcode("This GS1 barcode carries no data — " + RESCAN)
    seen: dict[str, str] = {}
    for ai, value in pairs:
        _check_value(ai, value)
        if seen.setdefault(ai, value) != value:
            raise InvalidBarcode(f"This GS1 barcode gives two different values for AI {ai} — " + RESCAN)
    return tuple(pairs)


def parse_element_string(text: str) -> tuple[tuple[str, str], ...]:
    """Split a scanned GS1 element string (fields separated by GS where needed) into (AI, value) pairs."""
    pairs: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        if text[pos] == GS:  # leading/doubled FNC1s and a GS after a fixed-length field carry no data
            pos += 1
            continue
        ai = _match_ai(text, pos)
        fmt = AI_FORMATS[ai]
        start = pos + len(ai)
        if fmt.fixed:
            end = min(start + fmt.max_len, len(text))
        else:
            end = text.find(GS, start)
            end = len(text) if end < 0 else end
        pairs.append((ai, text[start:end]))
        pos = end
    return _finish(pairs)


def looks_like_hri(text: str) -> bool:
    return _HRI_AI.match(text) is not None


def parse_hri(text: str) -> tuple[tuple[str, str], ...]:
    """Parse the human-readable form printed under GS1 barcodes: (01)09501101530003(3103)001234."""
    matches = list(_HRI_AI.finditer(text))
    if not matches or matches[0].start() != 0:
        raise InvalidBarcode("Type a GS1 code as (AI)value pairs, e.g. (01)09501101530003(3103)001234.")
    pairs: list[tuple[str, str]] = []
    for index, match in enumerate(matches):
        ai = match.group(1)
        if ai not in AI_FORMATS:
            raise InvalidBarcode(f"This GS1 code has a field (AI {ai}) the till does not understand; "
                                 "type the product number instead.")
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        pairs.append((ai, text[match.end():end].strip()))
    return _finish(pairs)


def _decimal_text(digits: str, decimals: int) -> str:
    digits = digits.rjust(decimals + 1, "0")
    whole = digits[:len(digits) - decimals].lstrip("0") or "0"
    return whole if decimals == 0 else f"{whole}.{digits[-decimals:]}"


def _rescale(*, digits: str, decimals: int, target: int, what: str, shown_in: str, unit: str) -> int:
    """Exact conversion of an implied-decimal GS1 value to integer units with `target` decimals."""
    if decimals <= target:
        return int(digits) * 10 ** (target - decimals)
    whole, rest = divmod(int(digits), 10 ** (decimals - target))
    if rest:
        shown = _decimal_text(digits, decimals)
        raise InvalidBarcode(f"{what} {shown} {shown_in} is not a whole number of {unit}; "
                             f"type the {what.lower()} instead.")
    return whole


def _single(pairs: tuple[tuple[str, str], ...], *, head: str, what: str) -> tuple[str, str] | None:
    found = [(ai, value) for ai, value in pairs if ai[:3] == head]
    if len(found) > 1:
        raise InvalidBarcode(f"This GS1 barcode gives more than one {what} — " + RESCAN)
    return found[0] if found else None


def net_weight_grams(pairs: tuple[tuple[str, str], ...]) -> int | None:
    """Grams from AI 310n (net kg with n decimals), or None when the code carries no net weight."""
    found = _single(pairs, head="310", what="net weight")
    if found is None:
        return None
    ai, value = found
    return _rescale(digits=value, decimals=int(ai[3]), target=3, what="Net weight",
                    shown_in="kg", unit="grams")


def amount_payable_minor(pairs: tuple[tuple[str, str], ...]) -> int | None:
    """Minor units (fen) from AI 392n, assuming a currency exponent of 2; None when absent."""
    found = _single(pairs, head="392", what="price")
    if found is None:
        return None
    ai, value = found
    return _rescale(digits=value, decimals=int(ai[3]), target=2, what="Price",
                    shown_in="yuan", unit="fen")
