"""GS1 arithmetic and element strings; `biip` is used only as an independent oracle."""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import biip
import pytest
from biip.checksums import gs1_price_weight_check_digit, gs1_standard_check_digit
from biip.gtin import Gtin, GtinFormat
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.errors import InvalidBarcode
from pos_app.core.gs1 import (
    AI_FORMATS,
    GS,
    amount_payable_minor,
    check_digit,
    is_valid_gtin,
    net_weight_grams,
    normalize_gtin,
    parse_element_string,
    parse_hri,
    price_check_digit,
    validate_gtin,
)

digit_strings = st.text(alphabet="0123456789", min_size=1, max_size=20)


def gtins(lengths: tuple[int, ...] = (8, 12, 13, 14)) -> st.SearchStrategy[str]:
    # Leading zeros are over-weighted because that is where EAN-8/UPC-A/EAN-13 forms collide.
    def build(length: int, zeros: int, rest: str) -> str:
        data = ("0" * zeros + rest)[: length - 1].ljust(length - 1, "0")
        return data + str(gs1_standard_check_digit(data))

    return st.builds(build, st.sampled_from(lengths), st.integers(0, 8),
                     st.text(alphabet="0123456789", min_size=13, max_size=13))


@pytest.mark.parametrize(("data", "expected"), [
    ("400638133393", "1"),   # EAN-13
    ("9638507", "4"),        # EAN-8
    ("03600029145", "2"),    # UPC-A
    ("0950110153000", "3"),  # GTIN-14 data of 09501101530003
])
def test_reference_check_digits(data: str, expected: str) -> None:
    assert check_digit(data) == expected
    assert is_valid_gtin(data + expected)


@pytest.mark.parametrize("bad", ["", "12a4", "１２３", "²3", " 123"])
def test_check_digit_refuses_non_ascii_digits(bad: str) -> None:
    with pytest.raises(InvalidBarcode):
        check_digit(bad)


@given(digit_strings)
def test_check_digit_matches_biip(data: str) -> None:
    assert check_digit(data) == str(gs1_standard_check_digit(data))


@given(st.sampled_from([7, 11, 12, 13]).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)), st.data())
def test_appended_check_digit_validates_and_any_single_substitution_is_caught(data: str, draw: st.DataObject) -> None:
    code = data + check_digit(data)
    assert is_valid_gtin(code)
    position = draw.draw(st.integers(0, len(code) - 1))
    replacement = draw.draw(st.sampled_from([d for d in "0123456789" if d != code[position]]))
    assert not is_valid_gtin(code[:position] + replacement + code[position + 1:])


def test_validate_gtin_returns_the_code() -> None:
    assert validate_gtin("4006381333931") == "4006381333931"


def test_wrong_check_digit_says_expected_and_got() -> None:
    with pytest.raises(InvalidBarcode, match="Check digit is wrong: expected 1, got 3 — rescan"):
        validate_gtin("4006381333933")


@pytest.mark.parametrize("length", [1, 7, 9, 10, 11, 15, 20])
def test_wrong_length_names_the_length(length: int) -> None:
    with pytest.raises(InvalidBarcode, match=f"Barcode has {length} digits"):
        validate_gtin("4" * length)
    assert not is_valid_gtin("4" * length)


@pytest.mark.parametrize("bad", ["", "40063813339A", "４００６３８１３３３９３１", None, 4006381333931])
def test_validate_gtin_refuses_non_digits(bad: object) -> None:
    with pytest.raises(InvalidBarcode):
        validate_gtin(bad)  # type: ignore[arg-type]
    assert not is_valid_gtin(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "normal"), [
    ("036000291452", "0036000291452"),     # UPC-A -> EAN-13 form
    ("4006381333931", "4006381333931"),    # EAN-13 unchanged
    ("96385074", "96385074"),              # EAN-8 unchanged
    ("04006381333931", "4006381333931"),   # GTIN-14, indicator 0
    ("14006381333938", "14006381333938"),  # GTIN-14 of a case: stays 14
    ("00000096385074", "96385074"),        # EAN-8 zero-padded inside AI 01
    ("0000096385074", "96385074"),
    ("2112345000008", "2112345000008"),
])
def test_normalize_gtin(code: str, normal: str) -> None:
    assert normalize_gtin(code) == normal


def test_normalize_gtin_refuses_bad_codes() -> None:
    with pytest.raises(InvalidBarcode, match="expected 2, got 3"):
        normalize_gtin("036000291453")


@given(gtins())
def test_normalize_gtin_agrees_with_biip(code: str) -> None:
    gtin = Gtin.parse(code)
    normal = normalize_gtin(code)
    assert normal.rjust(14, "0") == gtin.as_gtin_14()
    expected_length = {GtinFormat.GTIN_8: 8, GtinFormat.GTIN_12: 13, GtinFormat.GTIN_13: 13,
                       GtinFormat.GTIN_14: 14}[gtin.format]
    assert len(normal) == expected_length
    assert normalize_gtin(normal) == normal


def test_reference_price_check_digits() -> None:
    assert price_check_digit("2875") == "9"
    assert price_check_digit("14685") == "6"


@given(st.sampled_from([4, 5]).flatmap(lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)))
def test_price_check_digit_matches_biip(value: str) -> None:
    assert price_check_digit(value) == str(gs1_price_weight_check_digit(value))


@given(st.sampled_from([4, 5]).flatmap(lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)),
       st.data())
def test_price_check_digit_catches_any_single_substitution(value: str, draw: st.DataObject) -> None:
    position = draw.draw(st.integers(0, len(value) - 1))
    replacement = draw.draw(st.sampled_from([d for d in "0123456789" if d != value[position]]))
    assert price_check_digit(value[:position] + replacement + value[position + 1:]) != price_check_digit(value)


@pytest.mark.parametrize("bad", ["", "123", "123456", "12a4"])
def test_price_check_digit_needs_four_or_five_digits(bad: str) -> None:
    with pytest.raises(InvalidBarcode, match="4- or 5-digit"):
        price_check_digit(bad)


def _biip_format(fmt: str) -> tuple[bool, int, int]:
    parts = fmt.split("+")[1:]  # drop the AI itself
    numeric = all(part.startswith("N") for part in parts)
    low = high = 0
    for part in parts:
        size = int(re.sub(r"\D", "", part))
        high += size
        low += 1 if ".." in part else size
    return numeric, low, high


def test_ai_table_agrees_with_biip() -> None:
    source = Path(biip.__file__).parent / "gs1_application_identifiers" / "_application_identifiers.json"
    formats = {entry["ai"]: entry["format"] for entry in json.loads(source.read_text())}
    for ai, fmt in AI_FORMATS.items():
        assert ai in formats, ai
        numeric, low, high = _biip_format(formats[ai])
        assert (fmt.numeric, fmt.max_len) == (numeric, high), ai
        assert fmt.min_len == max(low, 1), ai


def test_ai_table_is_prefix_free() -> None:
    for ai in AI_FORMATS:
        assert not any(other != ai and other.startswith(ai) for other in AI_FORMATS), ai


def test_element_string_with_separator_after_variable_field() -> None:
    text = "0109501101530003" + "10LOT-7" + GS + "3103001234" + "17250131"
    assert parse_element_string(text) == (
        ("01", "09501101530003"), ("10", "LOT-7"), ("3103", "001234"), ("17", "250131"))


def test_element_string_ignores_leading_and_doubled_separators() -> None:
    assert parse_element_string(GS + "0109501101530003" + GS + GS + "10A") == (
        ("01", "09501101530003"), ("10", "A"))


@pytest.mark.parametrize(("text", "message"), [
    ("0109501101530004", r"AI 01\).*expected 3, got 4"),
    ("01095011015300", r"AI 01\) has 12 characters but needs 14"),
    ("0109501101530003" + "7240ABC", r"AI 7240"),
    ("0109501101530003" + "89x", r"AI 89"),
    ("0109501101530003" + "10" + "A" * 21, r"AI 10\) has 21 characters but needs 1 to 20"),
    ("0109501101530003" + "10A B", r"AI 10\) contains characters"),
    ("0109501101530003" + "10" + GS + "3103001234", r"AI 10\) has 0 characters"),
    ("01095011015300033103001x34", r"AI 3103\) must be digits"),
    ("0109501101530003" + "10A" + GS + "10B", r"two different values for AI 10"),
    ("0109501101530003" + "xx", r"damaged"),
    (GS, r"no data"),
])
def test_bad_element_strings_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(InvalidBarcode, match=message):
        parse_element_string(text)


def test_human_readable_form() -> None:
    assert parse_hri("(01)09501101530003(3103)001234(10) AB12") == (
        ("01", "09501101530003"), ("3103", "001234"), ("10", "AB12"))
    with pytest.raises(InvalidBarcode, match="AI 7240"):
        parse_hri("(01)09501101530003(7240)x")
    with pytest.raises(InvalidBarcode, match="expected 3, got 4"):
        parse_hri("(01)09501101530004")


@pytest.mark.parametrize(("ai", "value", "grams"), [
    ("3103", "001234", 1234), ("3100", "000002", 2000), ("3101", "000015", 1500), ("3102", "000123", 1230),
    ("3104", "012340", 1234), ("3105", "123000", 1230),
])
def test_net_weight_in_grams(ai: str, value: str, grams: int) -> None:
    assert net_weight_grams((("01", "09501101530003"), (ai, value))) == grams


def test_net_weight_that_is_not_whole_grams_is_refused() -> None:
    with pytest.raises(InvalidBarcode, match="Net weight 1.2345 kg is not a whole number of grams"):
        net_weight_grams((("3104", "012345"),))


def test_two_net_weights_are_refused() -> None:
    with pytest.raises(InvalidBarcode, match="more than one net weight"):
        net_weight_grams((("3103", "001234"), ("3102", "000123")))


@pytest.mark.parametrize(("ai", "value", "fen"), [
    ("3922", "1234", 1234), ("3920", "12", 1200), ("3921", "5", 50), ("3923", "12340", 1234),
    ("3929", "1000000000", 100),
])
def test_price_in_fen(ai: str, value: str, fen: int) -> None:
    assert amount_payable_minor(((ai, value),)) == fen


def test_price_that_is_not_whole_fen_is_refused() -> None:
    with pytest.raises(InvalidBarcode, match="Price 12.345 yuan is not a whole number of fen"):
        amount_payable_minor((("3923", "12345"),))


def test_no_weight_or_price_is_none() -> None:
    assert net_weight_grams((("01", "09501101530003"),)) is None
    assert amount_payable_minor((("01", "09501101530003"),)) is None


def test_biip_reads_our_reference_element_string_the_same_way() -> None:
    text = "0109501101530003" + "3103001234"
    result = biip.parse(text)
    assert result.gs1_message is not None
    ours = parse_element_string(text)
    assert [(es.ai.ai, es.value) for es in result.gs1_message.element_strings] == list(ours)
    assert Decimal(net_weight_grams(ours)) / 1000 == result.gs1_message.element_strings[1].decimal
