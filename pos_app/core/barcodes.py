"""What a scan means: one entry point, `parse_scan`, from the scanner's text to a product lookup key.

A scan is untrusted keyboard input (scanners are keyboard wedges, cashiers type too), so every path ends in
either a ScannedCode or an InvalidBarcode whose message a cashier can act on — never another exception.
The GS1 arithmetic lives in `gs1`, the store's in-store label layouts in `nomenclature`; both are
re-exported here so callers need only this module.
"""
from __future__ import annotations

from dataclasses import dataclass

from pos_app.core.errors import InvalidBarcode
from pos_app.core.gs1 import (
    GS,
    GTIN_LENGTHS,
    RESCAN,
    amount_payable_minor,
    check_digit,
    is_digits,
    is_valid_gtin,
    looks_like_hri,
    net_weight_grams,
    normalize_gtin,
    parse_element_string,
    parse_hri,
    price_check_digit,
    validate_gtin,
)
from pos_app.core.nomenclature import Nomenclature, NomenclatureRule

__all__ = [
    "MAX_PLAIN_LENGTH", "Nomenclature", "NomenclatureRule", "ScannedCode", "check_digit", "is_valid_gtin",
    "normalize_gtin", "parse_scan", "price_check_digit", "validate_gtin",
]

MAX_PLAIN_LENGTH = 64
# AIM symbology identifiers, sent when a scanner is set to prefix them, that announce GS1 data.
_GS1_SYMBOLOGIES = ("]C1", "]e0", "]d2", "]Q3")
# EAN-13/UPC-A and EAN-8 identifiers: the digits that follow are an ordinary product barcode.
_EAN_SYMBOLOGIES = ("]E0", "]E4")
# A Chinese input method left in full-width mode types '１２３' for a PLU; read it as '123'.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_VALUE_FIELDS = {"weight": "weight_g", "price": "price_minor", "count": "count"}


@dataclass(frozen=True)
class ScannedCode:
    """One interpreted scan. Look the product up by `lookup`; for 'variable' labels fall back to `item_code`
    as a PLU. weight_g / price_minor / count are exact integers carried by the code itself, else None."""

    raw: str
    kind: str  # 'gtin' | 'variable' | 'gs1' | 'plain'
    lookup: str
    item_code: str | None = None
    weight_g: int | None = None
    price_minor: int | None = None
    count: int | None = None
    ais: tuple[tuple[str, str], ...] = ()


def parse_scan(raw: str, *, nomenclature: Nomenclature | None = None) -> ScannedCode:
    """Interpret one scan or typed entry; raises only InvalidBarcode."""
    if not isinstance(raw, str):
        raise InvalidBarcode("The scanner sent something that is not text; scan again.")
    text = raw.strip()  # Python counts GS as whitespace too: a trailing FNC1 carries no data
    if not text:
        raise InvalidBarcode("Empty scan: nothing was read — " + RESCAN)
    body = text.translate(_FULL_WIDTH)
    if body.startswith(_GS1_SYMBOLOGIES):
        return _from_gs1(text, parse_element_string(body[3:]))
    if body.startswith(_EAN_SYMBOLOGIES):
        body = body[3:].strip()
        if not body:
            raise InvalidBarcode("Empty scan: nothing was read — " + RESCAN)
    if GS in body:
        return _from_gs1(text, parse_element_string(body))
    if looks_like_hri(body):
        return _from_gs1(text, parse_hri(body))
    if len(body) > 14:
        found = _long_code(text, body)
        if found is not None:
            return found
    elif is_digits(body):
        return _from_digits(text, body, nomenclature or Nomenclature.default())
    if len(body) > MAX_PLAIN_LENGTH:
        raise InvalidBarcode(f"This code has {len(body)} characters; it is not a product barcode or item code.")
    if not body.isprintable():
        raise InvalidBarcode("The scan contains control characters; check the scanner settings and scan again.")
    return ScannedCode(raw=text, kind="plain", lookup=body)


def _long_code(text: str, body: str) -> ScannedCode | None:
    """A GS1 element string sent without separator or symbology identifier (a GS1-128 or DataBar whose
    fields all have fixed length or end the string), else None for a long SKU; long digit runs are errors."""
    try:
        ais = parse_element_string(body)
    except InvalidBarcode:
        if not is_digits(body):
            return None
        if body.startswith("01"):
            raise  # nothing else a long digit string starting with AI 01 could be, so say what is wrong with it
        raise _length_error(len(body)) from None
    if any(ai == "01" for ai, _ in ais) or body.startswith("01"):
        return _from_gs1(text, ais)
    if is_digits(body):
        raise _length_error(len(body))  # e.g. two EAN-13s read as one: that it parses as AIs is chance
    return None


def _from_digits(text: str, digits: str, nomenclature: Nomenclature) -> ScannedCode:
    length = len(digits)
    if length < min(GTIN_LENGTHS):
        return ScannedCode(raw=text, kind="plain", lookup=digits)  # a PLU typed by the cashier
    if length not in GTIN_LENGTHS:
        raise _length_error(length)
    validate_gtin(digits)
    if length in (12, 13):
        # A US-style UPC-A in-store label ('2…') is the EAN-13 '02…'; one rule table serves both.
        ean13 = digits.rjust(13, "0")
        rule = nomenclature.rule_for(ean13)
        if rule is not None:
            measure = rule.decode(ean13)
            return ScannedCode(raw=text, kind="variable", lookup=measure.lookup, item_code=measure.item_code,
                               **{_VALUE_FIELDS[rule.kind]: measure.value})
    return ScannedCode(raw=text, kind="gtin", lookup=normalize_gtin(digits))


def _length_error(length: int) -> InvalidBarcode:
    return InvalidBarcode(f"Barcode has {length} digits: not an EAN-13, EAN-8 or UPC-A code — " + RESCAN)


def _from_gs1(text: str, ais: tuple[tuple[str, str], ...]) -> ScannedCode:
    gtin = next((value for ai, value in ais if ai == "01"), None)
    if gtin is None:
        raise InvalidBarcode("This GS1 barcode has no product number (AI 01), so the product cannot be "
                             "found; scan the product's own barcode.")
    return ScannedCode(raw=text, kind="gs1", lookup=normalize_gtin(gtin), weight_g=net_weight_grams(ais),
                       price_minor=amount_payable_minor(ais), ais=ais)
