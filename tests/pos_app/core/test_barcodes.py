"""parse_scan: from scanner text to a lookup key; `biip` is used only as an independent oracle."""
from __future__ import annotations

import ast
import sys
from decimal import Decimal
from pathlib import Path

import biip
import pytest
from biip.checksums import gs1_standard_check_digit
from hypothesis import given
from hypothesis import strategies as st

import pos_app.core.barcodes as barcodes
import pos_app.core.gs1 as gs1
import pos_app.core.nomenclature as nomenclature_module
from pos_app.core.barcodes import Nomenclature, NomenclatureRule, ScannedCode, parse_scan
from pos_app.core.errors import InvalidBarcode

GS = "\x1d"
CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def with_check(data: str) -> str:
    return data + str(gs1_standard_check_digit(data))


def test_reference_variable_weight_label() -> None:
    assert parse_scan("2112345012346") == ScannedCode(
        raw="2112345012346", kind="variable", lookup="2112345000008", item_code="12345", weight_g=1234)


def test_variable_price_label() -> None:
    code = with_check("23" + "00042" + "01999")
    scan = parse_scan(code)
    assert (scan.kind, scan.item_code, scan.price_minor, scan.weight_g) == ("variable", "00042", 1999, None)
    assert scan.lookup == with_check("2300042" + "00000")


def test_count_rule_from_custom_nomenclature() -> None:
    rules = Nomenclature(rules=(NomenclatureRule(prefix="25", kind="count", item_digits=7, value_digits=3),))
    scan = parse_scan(with_check("25" + "1234567" + "012"), nomenclature=rules)
    assert (scan.kind, scan.item_code, scan.count) == ("variable", "1234567", 12)


def test_custom_price_rule_with_verifier_from_json() -> None:
    rules = Nomenclature.from_json(
        '{"rules": [{"prefix": "20", "kind": "price", "item_digits": 5, "value_digits": 4, "price_check": true}]}')
    scan = parse_scan(with_check("2012345" + "9" + "2875"), nomenclature=rules)
    assert (scan.kind, scan.item_code, scan.price_minor) == ("variable", "12345", 2875)
    assert scan.lookup == with_check("2012345" + "0" + "0000")
    with pytest.raises(InvalidBarcode, match="expected 9, got 8"):
        parse_scan(with_check("2012345" + "8" + "2875"), nomenclature=rules)
    # Under the default rules the same label is just an in-store code without a layout.
    assert parse_scan(with_check("2012345" + "9" + "2875")).kind == "gtin"


def test_upc_a_in_store_label_uses_the_02_rule() -> None:
    rules = Nomenclature(rules=(NomenclatureRule(prefix="02", kind="price", value_digits=4, price_check=True),))
    upc = with_check("2" + "12345" + "9" + "2875")  # 12 digits: US-style random-weight UPC-A
    scan = parse_scan(upc, nomenclature=rules)
    assert (scan.raw, scan.kind, scan.item_code, scan.price_minor) == (upc, "variable", "12345", 2875)
    assert scan.lookup == with_check("0212345" + "00000")


def test_in_store_prefix_without_a_rule_is_a_plain_gtin() -> None:
    code = with_check("22" + "1234567890")
    assert parse_scan(code) == ScannedCode(raw=code, kind="gtin", lookup=code)


@pytest.mark.parametrize(("raw", "lookup"), [
    ("4006381333931", "4006381333931"),
    ("96385074", "96385074"),
    ("036000291452", "0036000291452"),
    ("04006381333931", "4006381333931"),
    ("14006381333938", "14006381333938"),
    ("  4006381333931\r\n", "4006381333931"),
    ("]E04006381333931", "4006381333931"),
    ("]E496385074", "96385074"),
    ("４００６３８１３３３９３１", "4006381333931"),
])
def test_gtins_are_looked_up_in_normal_form(raw: str, lookup: str) -> None:
    scan = parse_scan(raw)
    assert (scan.kind, scan.lookup, scan.raw) == ("gtin", lookup, raw.strip())


@pytest.mark.parametrize(("raw", "expected", "got"), [
    ("4006381333933", "1", "3"), ("96385075", "4", "5"), ("036000291450", "2", "0"), ("2112345012345", "6", "5"),
])
def test_wrong_check_digit_says_expected_and_got(raw: str, expected: str, got: str) -> None:
    with pytest.raises(InvalidBarcode, match=f"Check digit is wrong: expected {expected}, got {got} — rescan"):
        parse_scan(raw)


@pytest.mark.parametrize("length", [9, 10, 11, 15, 16, 20, 30])
def test_digit_runs_of_the_wrong_length_are_refused(length: int) -> None:
    with pytest.raises(InvalidBarcode, match=f"Barcode has {length} digits: not an EAN-13, EAN-8 or UPC-A code"):
        parse_scan("9" * length)


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "\t", GS, "]E0"])
def test_empty_scans_are_refused(raw: str) -> None:
    with pytest.raises(InvalidBarcode, match="Empty scan"):
        parse_scan(raw)


@pytest.mark.parametrize(("raw", "lookup"), [
    ("1", "1"), ("4011", "4011"), ("0000123", "0000123"), ("APPLE-FUJI-1", "APPLE-FUJI-1"),
    ("红富士苹果", "红富士苹果"), ("１２３", "123"), ("SKU 42", "SKU 42"), ("01-APPLE-RED-LARGE", "01-APPLE-RED-LARGE"),
    ("x" * 64, "x" * 64),
])
def test_plu_and_sku_are_plain(raw: str, lookup: str) -> None:
    assert parse_scan(raw) == ScannedCode(raw=raw, kind="plain", lookup=lookup)


@pytest.mark.parametrize(("raw", "message"), [
    ("x" * 65, "65 characters"),
    ("AB\x00CD", "control characters"),
    ("AB\x1bCD", "control characters"),
])
def test_unprintable_or_long_text_is_refused(raw: str, message: str) -> None:
    with pytest.raises(InvalidBarcode, match=message):
        parse_scan(raw)


@pytest.mark.parametrize("raw", [
    "]C1010950110153000331030012341012AB" + GS,
    "]e0010950110153000331030012341012AB",
    "]d2010950110153000310" + "12AB" + GS + "3103001234",
    "]Q33103001234" + "0109501101530003" + "1012AB",
    "0109501101530003" + "3103001234" + "1012AB",
    "10" + "12AB" + GS + "0109501101530003" + "3103001234",
    "(01)09501101530003(3103)001234(10)12AB",
])
def test_gs1_element_strings(raw: str) -> None:
    scan = parse_scan(raw)
    assert (scan.kind, scan.lookup, scan.weight_g, scan.price_minor) == ("gs1", "9501101530003", 1234, None)
    assert dict(scan.ais) == {"01": "09501101530003", "3103": "001234", "10": "12AB"}


def test_reference_gs1_weight_without_separators() -> None:
    scan = parse_scan("0109501101530003" + "3103001234")
    assert (scan.kind, scan.weight_g, scan.ais) == ("gs1", 1234, (("01", "09501101530003"), ("3103", "001234")))


def test_gs1_price() -> None:
    scan = parse_scan("]C1" + "0109501101530003" + "3922" + "1234")
    assert (scan.price_minor, scan.weight_g) == (1234, None)


@pytest.mark.parametrize(("raw", "message"), [
    ("]C1" + "00" + with_check("1" * 17), "no product number"),
    ("]C1" + "0109501101530004", "AI 01.*expected 3, got 4"),
    ("0109501101530004" + "3103001234", "AI 01.*expected 3, got 4"),
    ("00" + with_check("1" * 17), "Barcode has 20 digits"),
    ("4006381333931" * 2, "Barcode has 26 digits"),
    ("]C1" + "0109501101530003" + "7240X", "AI 7240"),
    ("(01)09501101530003(3104)012345", "not a whole number of grams"),
    ("]C1" + "0109501101530003" + "3923" + "12345", "not a whole number of fen"),
    ("]C1", "no data"),
    ("0109501101530003" + GS + "xx", "damaged"),
])
def test_bad_gs1_codes_are_refused_with_the_reason(raw: str, message: str) -> None:
    with pytest.raises(InvalidBarcode, match=message):
        parse_scan(raw)


def test_non_text_input_is_refused() -> None:
    with pytest.raises(InvalidBarcode):
        parse_scan(b"4006381333931")  # type: ignore[arg-type]


@given(item=st.text(alphabet="0123456789", min_size=5, max_size=5), grams=st.integers(0, 99_999))
def test_default_weight_labels_round_trip(item: str, grams: int) -> None:
    code = with_check("21" + item + str(grams).rjust(5, "0"))
    scan = parse_scan(code)
    assert (scan.kind, scan.item_code, scan.weight_g, scan.price_minor) == ("variable", item, grams, None)
    assert scan.lookup[:7] == "21" + item and scan.lookup[7:12] == "00000"
    assert scan.lookup[-1] == str(gs1_standard_check_digit(scan.lookup[:-1]))
    assert parse_scan(scan.lookup).weight_g == 0


@st.composite
def gs1_messages(draw: st.DrawFn, *, corrupt_gtin: bool = False) -> tuple[str, str, int, str | None]:
    gtin = with_check(draw(st.text(alphabet="0123456789", min_size=13, max_size=13)))
    sent_gtin = gtin
    if corrupt_gtin:
        sent_gtin = gtin[:-1] + draw(st.sampled_from([d for d in "0123456789" if d != gtin[-1]]))
    decimals = draw(st.integers(0, 5))
    # Values finer than a gram are refused by design; the oracle comparison uses only sellable ones.
    step = 10 ** max(decimals - 3, 0)
    value = str(draw(st.integers(0, 999_999 // step)) * step).rjust(6, "0")
    lot = draw(st.none() | st.text(alphabet=CSET82, min_size=1, max_size=20))
    fields = [("01", sent_gtin, False), (f"310{decimals}", value, False)]
    if lot is not None:
        fields.append(("10", lot, True))
    fields = draw(st.permutations(fields))
    # Without an identifier, a string that fails to parse may be someone's SKU, so corruption needs one.
    prefixes = ["]C1", "]e0", "]d2", "]Q3"] + ([] if corrupt_gtin else [""])
    text = draw(st.sampled_from(prefixes))
    for index, (ai, data, variable) in enumerate(fields):
        last = index == len(fields) - 1
        text += ai + data + (GS if variable and (not last or draw(st.booleans())) else "")
    grams = int(value) * 10 ** 3 // 10 ** decimals
    return text, gtin, grams, lot


@given(gs1_messages())
def test_gs1_element_strings_agree_with_biip(message: tuple[str, str, int, str | None]) -> None:
    text, gtin, grams, lot = message
    scan = parse_scan(text)
    oracle = biip.parse(text).gs1_message
    assert oracle is not None
    assert list(scan.ais) == [(es.ai.ai, es.value) for es in oracle.element_strings]
    weight = next(es.decimal for es in oracle.element_strings if es.ai.ai.startswith("310"))
    assert Decimal(scan.weight_g) == weight * 1000 == grams
    assert scan.kind == "gs1" and len(scan.lookup) in (8, 13, 14)
    assert scan.lookup.rjust(14, "0") == gtin
    assert dict(scan.ais).get("10") == lot


@given(gs1_messages(corrupt_gtin=True))
def test_corrupted_gtin_in_gs1_is_caught_like_biip(message: tuple[str, str, int, str | None]) -> None:
    text = message[0]
    oracle = biip.parse(text).gs1_message
    assert oracle is not None
    assert any(es.gtin_error for es in oracle.element_strings if es.ai.ai == "01")
    with pytest.raises(InvalidBarcode, match="AI 01"):
        parse_scan(text)


SCANNER_NOISE = st.text(
    alphabet=st.sampled_from(["0", "1", "2", "3", "9", "]", "C", "e", "d", "Q", "E", "(", ")", GS, "\r", "\n",
                              " ", "A", "x", "-", "\x00", "１", "é", "\ud800", "🍎"]), max_size=60)


@given(st.one_of(st.text(), SCANNER_NOISE, st.text(alphabet="0123456789", max_size=40)),
       st.sampled_from([None, Nomenclature.default(), Nomenclature(rules=(
           NomenclatureRule(prefix="02", kind="count", value_digits=4, price_check=True),
           NomenclatureRule(prefix="20", kind="price", value_digits=4, price_check=True)))]))
def test_any_text_gives_a_scanned_code_or_invalid_barcode(raw: str, rules: Nomenclature | None) -> None:
    try:
        scan = parse_scan(raw, nomenclature=rules)
    except InvalidBarcode as exc:
        assert str(exc) and exc.code == "invalid_barcode"
        return
    assert scan.kind in {"gtin", "variable", "gs1", "plain"}
    assert scan.raw == raw.strip() and scan.lookup
    if scan.kind in {"gtin", "variable", "gs1"}:
        assert gs1.is_valid_gtin(scan.lookup)


@given(st.text(alphabet="0123456789", min_size=1, max_size=7))
def test_short_digit_runs_are_plu_codes(plu: str) -> None:
    assert parse_scan(plu) == ScannedCode(raw=plu, kind="plain", lookup=plu)


def test_parsing_a_huge_scan_stays_an_invalid_barcode() -> None:
    for raw in ("9" * 100_000, "01" + "9" * 100_000, "A" * 100_000, "]C1" + "9" * 100_000):
        with pytest.raises(InvalidBarcode):
            parse_scan(raw)


@pytest.mark.parametrize("module", [barcodes, gs1, nomenclature_module])
def test_barcode_modules_use_only_the_standard_library_and_no_float(module: object) -> None:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            roots = [(node.module or "").split(".")[0]]
            if node.module and node.module.startswith("pos_app."):
                assert node.module.startswith("pos_app.core."), node.module
                continue
        else:
            assert not (isinstance(node, ast.Constant) and isinstance(node.value, float)), node.lineno
            assert not (isinstance(node, ast.Name) and node.id == "float"), node.lineno
            assert not isinstance(node, ast.Div), node.lineno  # '/' yields floats; exact code uses divmod
            continue
        for root in roots:
            assert root in sys.stdlib_module_names or root == "__future__", root
