"""Barcode nomenclature: how this store's scales print weight and price into in-store EAN-13 labels.

The layout of restricted-circulation EAN-13s (prefixes 02, 20-29) is set per country or retailer, so it is
store-wide configuration synced from HQ (stored as JSON in the till's settings table), not code.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import NamedTuple

from pos_app.core.errors import InvalidBarcode
from pos_app.core.gs1 import check_digit, is_digits, price_check_digit

KINDS = ("weight", "price", "count")
# A rule outside the restricted-circulation range would misread manufacturers' barcodes as weights.
IN_STORE_PREFIXES = ("02", *(f"2{k}" for k in range(10)))


class VariableMeasure(NamedTuple):
    item_code: str
    value: int   # grams, fen or pieces according to the rule's kind
    lookup: str  # the label with its value (and verifier) zeroed and the check digit recomputed


def _problem(prefix: object, message: str) -> InvalidBarcode:
    return InvalidBarcode(f"Barcode rule for prefix {prefix!r}: {message}")


@dataclass(frozen=True)
class NomenclatureRule:
    prefix: str
    kind: str
    item_digits: int = 5
    value_digits: int = 5
    price_check: bool = False

    def __post_init__(self) -> None:
        p = self.prefix
        if not is_digits(p) or len(p) < 2 or p[:2] not in IN_STORE_PREFIXES:
            raise _problem(p, "the prefix must be digits starting with 02 or 20-29 (in-store codes).")
        if self.kind not in KINDS:
            raise _problem(p, f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}.")
        for name in ("item_digits", "value_digits"):
            number = getattr(self, name)
            if type(number) is not int or number < 1:
                raise _problem(p, f"{name} must be a whole number of at least 1, not {number!r}.")
        if type(self.price_check) is not bool:
            raise _problem(p, f"price_check must be true or false, not {self.price_check!r}.")
        if self.price_check and self.value_digits not in (4, 5):
            raise _problem(p, "a price/weight check digit only exists for 4- or 5-digit values.")
        total = len(p) + self.item_digits + int(self.price_check) + self.value_digits + 1
        if total != 13:
            verifier = " + 1 verifier" if self.price_check else ""
            raise _problem(p, f"{len(p)} prefix + {self.item_digits} item{verifier} + {self.value_digits} value "
                              f"+ 1 check digit = {total} digits, but an EAN-13 has 13.")

    @property
    def _value_start(self) -> int:
        return len(self.prefix) + self.item_digits + int(self.price_check)

    def matches(self, code: str) -> bool:
        return is_digits(code) and len(code) == 13 and code.startswith(self.prefix)

    def decode(self, code: str) -> VariableMeasure:
        """Split a matching 13-digit label whose own check digit is already verified."""
        item_end = len(self.prefix) + self.item_digits
        start = self._value_start
        digits = code[start:start + self.value_digits]
        if self.price_check:
            expected = price_check_digit(digits)
            if code[item_end] != expected:
                raise InvalidBarcode(f"The {self.kind} on this label fails its own check "
                                     f"(expected {expected}, got {code[item_end]}); the label may be damaged — "
                                     "rescan it or print a new label at the scale.")
        base = code[:item_end] + "0" * (13 - 1 - item_end)
        return VariableMeasure(code[len(self.prefix):item_end], int(digits), base + check_digit(base))

    def encode(self, *, item_code: str, value: int) -> str:
        """The label a scale would print; used for labels made at the till and for tests."""
        if not is_digits(item_code) or len(item_code) != self.item_digits:
            raise InvalidBarcode(f"Item code must be {self.item_digits} digits, not {item_code!r}.")
        if type(value) is not int or not 0 <= value < 10 ** self.value_digits:
            raise InvalidBarcode(f"{self.kind.capitalize()} {value!r} does not fit "
                                 f"in {self.value_digits} digits.")
        digits = str(value).rjust(self.value_digits, "0")
        verifier = price_check_digit(digits) if self.price_check else ""
        body = self.prefix + item_code + verifier + digits
        return body + check_digit(body)


_RULE_KEYS = frozenset(f.name for f in fields(NomenclatureRule))


def _no_float(text: str) -> object:
    raise ValueError(f"{text} is not a whole number")


@dataclass(frozen=True)
class Nomenclature:
    rules: tuple[NomenclatureRule, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.rules, (tuple, list)):
            raise InvalidBarcode("Barcode rules must be a list of rules.")
        rules = tuple(self.rules)
        object.__setattr__(self, "rules", rules)  # accept a list, but stay hashable and immutable
        prefixes: set[str] = set()
        for rule in rules:
            if not isinstance(rule, NomenclatureRule):
                raise InvalidBarcode(f"Barcode rules must be NomenclatureRule objects, not {rule!r}.")
            if rule.prefix in prefixes:
                raise _problem(rule.prefix, "two rules use this prefix; keep one.")
            prefixes.add(rule.prefix)

    @classmethod
    def default(cls) -> Nomenclature:
        """Odoo-like: 21 + item + grams, 23 + item + fen (5 digits each, no verifier)."""
        return _DEFAULT

    def rule_for(self, code: str) -> NomenclatureRule | None:
        """The rule for a 13-digit code; with overlapping prefixes ('21', '210') the longest wins."""
        best: NomenclatureRule | None = None
        for rule in self.rules:
            if rule.matches(code) and (best is None or len(rule.prefix) > len(best.prefix)):
                best = rule
        return best

    def to_json(self) -> str:
        return json.dumps({"rules": [asdict(rule) for rule in self.rules]})

    @classmethod
    def from_json(cls, text: str) -> Nomenclature:
        if not isinstance(text, (str, bytes, bytearray)):
            raise InvalidBarcode("Barcode settings must be JSON text.")
        try:
            data = json.loads(text, parse_float=_no_float, parse_constant=_no_float)
        except (ValueError, RecursionError) as exc:
            raise InvalidBarcode(f"Barcode settings are not valid JSON: {exc}.") from None
        if not isinstance(data, dict) or set(data) != {"rules"} or not isinstance(data["rules"], list):
            raise InvalidBarcode('Barcode settings must look like {"rules": [...]}.')
        rules = []
        for number, item in enumerate(data["rules"], start=1):
            if not isinstance(item, dict):
                raise InvalidBarcode(f"Barcode rule {number} must be an object with prefix and kind.")
            unknown = sorted(set(item) - _RULE_KEYS)
            if unknown or not {"prefix", "kind"} <= set(item):
                raise InvalidBarcode(f"Barcode rule {number} needs prefix and kind and may also have "
                                     f"item_digits, value_digits, price_check; unknown keys: {unknown}.")
            rules.append(NomenclatureRule(**item))
        return cls(rules=tuple(rules))


_DEFAULT = Nomenclature(rules=(NomenclatureRule(prefix="21", kind="weight"),
                               NomenclatureRule(prefix="23", kind="price")))
