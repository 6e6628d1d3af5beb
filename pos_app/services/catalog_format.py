"""One catalog row (column -> text, docs/formats.md) to a Product and back.

Reading collects every field's problem in the row, each prefixed by its column, so one pass over a file
tells the manager everything to fix. Writing produces text that reads back to an equal Product: money with
exactly 2 decimals, quantities as exact decimals without trailing zeros, never scientific notation.

Barcodes are stored under the key a scan of them produces (`pos_app.core.barcodes.parse_scan(...).lookup`):
a UPC-A becomes its 13-digit EAN form, a GTIN-14 with indicator 0 its EAN-13, an EAN-8 stays 8 digits, and a
variable-measure label matching the store's nomenclature becomes its base code (value zeroed, check digit
recomputed). So whatever form the file gives, the till's scan finds the product.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TypeVar

from pos_app.core.barcodes import Nomenclature, check_digit, parse_scan
from pos_app.core.errors import InvalidBarcode, InvalidInput, PosError
from pos_app.core.gs1 import is_digits
from pos_app.core.money import CNY, parse_rate
from pos_app.core.pricing import LINEAR, PricingRule, parse_pricing
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import ONE, Unit, parse_quantity, parse_unit
from pos_app.core.quantity import format_quantity as core_format_quantity
from pos_app.services.pinyin import MAX_LENGTH as PINYIN_LENGTH
from pos_app.services.pinyin import initials

COLUMNS = ("sku", "name_zh", "name_en", "category", "unit", "sold_by", "price", "cost", "tax_rate", "barcodes",
           "plu", "supplier", "safety_stock", "min_fraction", "custom_fraction", "pricing", "portions",
           "components", "pinyin", "active")
REQUIRED = ("sku", "unit", "sold_by", "price")
NAME_COLUMNS = ("name_zh", "name_en")  # at least one of them, per row
MAX_SKU = 64
MAX_PORTION_CODE = 32
# Separators of the `portions` and `components` mini-syntax; a SKU or portion code holding one could not
# be written back unambiguously.
_RESERVED = "|=@:"
_YES = frozenset({"yes", "y", "true", "1", "是"})
_NO = frozenset({"no", "n", "false", "0", "否"})
_GTIN_LENGTHS = (8, 12, 13, 14)

T = TypeVar("T")


# -- reading --------------------------------------------------------------------------------------------
def product_from_row(row: Mapping[str, str], *, nomenclature: Nomenclature | None = None) -> Product:
    """A validated Product from one row; raises InvalidInput naming every bad field ('price: …; unit: …')."""
    fields = _Fields(row)
    unit = fields.get("unit", parse=parse_unit, default=None, required=True)
    sold_by = fields.get("sold_by", parse=_sold_by, default=None, required=True)
    some_unit = unit or Unit.PIECE  # only names the unit in messages when the unit itself is bad

    def quantity(what: str) -> Callable[[str], int]:
        return lambda text: _quantity(text, unit=some_unit, what=what)

    name_zh = fields.get("name_zh", parse=str, default="")
    name_en = fields.get("name_en", parse=str, default="")
    if not (name_zh or name_en):
        fields.fail("name_zh", reason="a product needs name_zh or name_en.")
    portions = fields.get("portions", parse=lambda text: _portions(text, unit=some_unit), default=())
    values = dict(
        sku=fields.get("sku", parse=_sku, default="", required=True),
        name_zh=name_zh, name_en=name_en,
        pinyin=fields.get("pinyin", parse=_pinyin, default="") or initials(name_zh),
        price=fields.get("price", parse=_money, default=0, required=True),
        cost=fields.get("cost", parse=_money, default=0),
        tax_rate=fields.get("tax_rate", parse=_rate, default=0),
        category=fields.get("category", parse=str, default=""),
        supplier=fields.get("supplier", parse=str, default=""),
        barcodes=fields.get("barcodes", parse=lambda text: _barcodes(text, nomenclature=nomenclature), default=()),
        plu=fields.get("plu", parse=_plu, default=None),
        safety_stock=fields.get("safety_stock", parse=quantity("safety stock"), default=0),
        allow_custom=fields.get("custom_fraction", parse=_yes_no, default=False),
        pricing=fields.get("pricing", parse=_pricing, default=LINEAR),
        portions=portions,
        components=fields.get("components", parse=_components, default=()),
        active=fields.get("active", parse=_yes_no, default=True))
    min_fraction = fields.get("min_fraction", parse=quantity("min_fraction"), default=None)
    if values["safety_stock"] < 0:
        fields.fail("safety_stock", reason="cannot be negative.")
    fields.raise_problems()
    if min_fraction is None:
        min_fraction = _default_fraction(sold_by=sold_by, portions=portions)
    product = Product(unit=unit, sold_by=sold_by, min_fraction=min_fraction, **values)
    product.validate()
    return product


def _default_fraction(*, sold_by: SoldBy, portions: tuple[Portion, ...]) -> int:
    if sold_by is SoldBy.WEIGHT:
        return 1
    if sold_by is SoldBy.PORTION and portions:
        return min(p.size for p in portions)
    return ONE


class _Fields:
    """Parses a row's columns one by one, remembering each column's problem instead of stopping at the first."""

    def __init__(self, row: Mapping[str, str]) -> None:
        self.row = row
        self.problems_by_column: dict[str, str] = {}

    def get(self, column: str, *, parse: Callable[[str], T], default: T, required: bool = False) -> T:
        text = (self.row.get(column) or "").strip()
        if not text:
            if required:
                self.fail(column, reason="is required.")
            return default
        try:
            return parse(text)
        except PosError as error:
            self.fail(column, reason=error.message)
            return default

    def fail(self, column: str, *, reason: str) -> None:
        self.problems_by_column.setdefault(column, reason)

    def raise_problems(self) -> None:
        if self.problems_by_column:
            raise InvalidInput("; ".join(f"{column}: {reason.rstrip('.')}"
                                         for column, reason in self.problems_by_column.items()) + ".")


def _sku(text: str) -> str:
    if len(text) > MAX_SKU:
        raise InvalidInput(f"{text[:20]}… is {len(text)} characters long; a SKU has at most {MAX_SKU}.")
    _refuse_reserved(text, what="A SKU")
    return text


def _refuse_reserved(text: str, *, what: str) -> None:
    bad = sorted({c for c in text if c in _RESERVED or not c.isprintable()})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        raise InvalidInput(f"{what} cannot contain {shown} ({text!r}); they separate values in this file.")


def _sold_by(text: str) -> SoldBy:
    try:
        return SoldBy(text.lower())
    except ValueError:
        raise InvalidInput(f"{text!r} is not one of piece, weight, portion, combo.") from None


def _plain_number(text: str, *, what: str) -> str:
    # Decimal() would read '1E+3'; the format promises plain decimals, and an exponent in a file usually
    # means a spreadsheet shortened a long number, so it is refused rather than trusted.
    if "e" in text.lower():
        raise InvalidInput(f"{what} {text} is in scientific notation; write it as a plain decimal number.")
    return text


# The plain forms nearly every cell uses ('12.80', '0.25', '9'), read with integer arithmetic: a million-row
# import spends its time here. Anything else goes to the core parsers, which give the same result and the
# error messages; the test suite checks the two agree.
_PLAIN_MONEY = re.compile(r"([0-9]{1,15})(?:\.([0-9]{1,2}))?")
_PLAIN_QUANTITY = re.compile(r"([0-9]{1,15})(?:\.([0-9]{1,3}))?")


def _money(text: str) -> int:
    plain = _PLAIN_MONEY.fullmatch(text)
    if plain is not None:
        return int(plain[1]) * 100 + int((plain[2] or "").ljust(2, "0"))
    amount = CNY.parse(_plain_number(text, what="Amount"))
    if amount < 0:
        raise InvalidInput(f"{text} is negative.")
    return amount


def _rate(text: str) -> int:
    if text.isascii() and text.isdigit() and int(text) <= 100:
        return int(text) * 100
    return parse_rate(_plain_number(text, what="Tax rate"))


def _quantity(text: str, *, unit: Unit, what: str) -> int:
    plain = _PLAIN_QUANTITY.fullmatch(text)
    if plain is not None:
        return int(plain[1]) * 1000 + int((plain[2] or "").ljust(3, "0"))
    return parse_quantity(_plain_number(text, what=what.capitalize()), unit=unit, what=what)


def _yes_no(text: str) -> bool:
    key = text.lower()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise InvalidInput(f"{text!r}: write yes or no.")


def _pricing(text: str) -> PricingRule:
    return parse_pricing(text.lower())


def _plu(text: str) -> str:
    if not is_digits(text) or len(text) > 5:
        raise InvalidInput(f"{text!r}: a PLU is 1 to 5 digits.")
    return text


def _pinyin(text: str) -> str:
    key = text.upper()
    if not (key.isascii() and key.isalnum()):
        raise InvalidInput(f"{text!r}: search initials are letters and digits only, e.g. XHS.")
    if len(key) > PINYIN_LENGTH:
        raise InvalidInput(f"search initials have at most {PINYIN_LENGTH} characters.")
    return key


def barcode_key(code: str, *, nomenclature: Nomenclature | None = None) -> str:
    """The key a catalog barcode is stored under: what a scan of it looks up (see the module docstring)."""
    text = code.strip()
    if is_digits(text) and len(text) in _GTIN_LENGTHS:
        try:
            scanned = parse_scan(text, nomenclature=nomenclature)
        except InvalidBarcode:
            pass  # explained below, in words about a catalog rather than a scan
        else:
            return scanned.lookup
    if "e" in text.lower() and not is_digits(text):
        raise InvalidBarcode(f"{text} looks like a number a spreadsheet turned into scientific notation; "
                             "format the barcode column as text and type the digits again.")
    if not is_digits(text):
        raise InvalidBarcode(f"{text!r} is not a barcode: an EAN-13, EAN-8 or UPC-A has digits only.")
    if len(text) not in _GTIN_LENGTHS:
        hint = " (did a spreadsheet drop its leading zeros?)" if len(text) in (7, 11) else ""
        raise InvalidBarcode(f"{text} has {len(text)} digits; an EAN-13 has 13, an EAN-8 8, a UPC-A 12{hint}.")
    expected = check_digit(text[:-1])
    if expected != text[-1]:
        raise InvalidBarcode(f"{text} has a wrong check digit: expected {expected}, found {text[-1]}; "
                             "check the number.")
    parse_scan(text, nomenclature=nomenclature)  # the scan's own reason (e.g. a label failing its price check)
    raise InvalidBarcode(f"{text} is not a product barcode.")


def _barcodes(text: str, *, nomenclature: Nomenclature | None) -> tuple[str, ...]:
    keys: list[str] = []
    problems = []
    for part in text.split("|"):
        if not part.strip():
            continue
        try:
            key = barcode_key(part, nomenclature=nomenclature)
        except InvalidBarcode as error:
            problems.append(error.message)
            continue
        if key in keys:
            problems.append(f"{part.strip()} is listed twice for this product.")
        else:
            keys.append(key)
    if problems:
        raise InvalidBarcode(" ".join(problems))
    return tuple(keys)


def _portions(text: str, *, unit: Unit) -> tuple[Portion, ...]:
    portions = []
    for part in text.split("|"):
        if not part.strip():
            continue
        pieces = [piece.strip() for piece in part.split(":")]
        if len(pieces) not in (4, 5):
            raise InvalidInput(f"{part.strip()!r}: write code:name_zh:name_en:size or code:name_zh:name_en:size:price.")
        code, name_zh, name_en, size_text = pieces[:4]
        if not code or len(code) > MAX_PORTION_CODE or any(c.isspace() for c in code):
            raise InvalidInput(f"{part.strip()!r}: the portion code must be 1 to {MAX_PORTION_CODE} characters "
                               "without spaces, e.g. half.")
        _refuse_reserved(code, what="A portion code")
        size = _quantity(size_text, unit=unit, what=f"portion {code} size")
        if size <= 0:
            raise InvalidInput(f"portion {code} needs a size above zero.")
        price = _money(pieces[4]) if len(pieces) == 5 and pieces[4] else None
        portions.append(Portion(code=code, name_zh=name_zh, name_en=name_en, size=size, price=price))
    return tuple(portions)


def _components(text: str) -> tuple[ComboComponent, ...]:
    components = []
    for part in text.split("|"):
        part = part.strip()
        if not part:
            continue
        if "@" in part:
            sku, _, portion = (s.strip() for s in part.partition("@"))
            if not sku or not portion:
                raise InvalidInput(f"{part!r}: write sku@portion, e.g. V010@half.")
            components.append(ComboComponent(sku=sku, portion=portion))
        elif "=" in part:
            sku, _, quantity = (s.strip() for s in part.partition("="))
            if not sku:
                raise InvalidInput(f"{part!r}: write sku=quantity, e.g. V001=0.25.")
            milli = _quantity(quantity, unit=Unit.PIECE, what=f"quantity of {sku}")
            if milli <= 0:
                raise InvalidInput(f"{part!r}: the quantity must be more than zero.")
            components.append(ComboComponent(sku=sku, quantity=milli))
        else:
            raise InvalidInput(f"{part!r}: write sku=quantity or sku@portion, e.g. V001=0.25|V010@half.")
    return tuple(components)


# -- writing --------------------------------------------------------------------------------------------
def row_from_product(product: Product) -> dict[str, str]:
    """The row that `product_from_row` reads back as an equal Product."""
    _refuse_reserved(product.sku, what="A SKU")
    return {
        "sku": product.sku, "name_zh": product.name_zh, "name_en": product.name_en,
        "category": product.category, "unit": product.unit.value, "sold_by": product.sold_by.value,
        "price": format_money(product.price), "cost": format_money(product.cost),
        "tax_rate": format_rate(product.tax_rate), "barcodes": "|".join(product.barcodes),
        "plu": product.plu or "", "supplier": product.supplier,
        "safety_stock": format_quantity(product.safety_stock), "min_fraction": format_quantity(product.min_fraction),
        "custom_fraction": "yes" if product.allow_custom else "no", "pricing": product.pricing.to_text(),
        "portions": "|".join(_portion_text(p) for p in product.portions),
        "components": "|".join(_component_text(c) for c in product.components),
        "pinyin": product.pinyin, "active": "yes" if product.active else "no",
    }


def _portion_text(portion: Portion) -> str:
    for text in (portion.code, portion.name_zh, portion.name_en):
        if "|" in text or ":" in text:
            raise InvalidInput(f"Portion {portion.code!r}: {text!r} contains | or :, which this file format "
                               "uses as separators.")
    fields = [portion.code, portion.name_zh, portion.name_en, format_quantity(portion.size)]
    if portion.price is not None:
        fields.append(format_money(portion.price))
    return ":".join(fields)


def _component_text(component: ComboComponent) -> str:
    if component.portion:
        return f"{component.sku}@{component.portion}"
    return f"{component.sku}={format_quantity(component.quantity)}"


def format_money(minor: int) -> str:
    """1280 -> '12.80'."""
    return CNY.format(minor)


def format_quantity(milli: int) -> str:
    """Thousandths as the shortest exact decimal: 250 -> '0.25', 2000 -> '2', -1500 -> '-1.5'."""
    return _strip_zeros(core_format_quantity(milli))


def format_rate(basis_points: int) -> str:
    """900 -> '9', 950 -> '9.5' (percent, as the file's tax_rate column reads it)."""
    sign = "-" if basis_points < 0 else ""
    whole, hundredths = divmod(abs(basis_points), 100)
    return _strip_zeros(f"{sign}{whole}.{hundredths:02d}")


def _strip_zeros(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text
