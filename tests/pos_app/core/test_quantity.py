from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.errors import InvalidInput
from pos_app.core.quantity import (ONE, SCALE, Unit, convert, format_quantity, grams_to_quantity,
                                   parse_quantity, parse_unit)

MILLI = st.integers(min_value=-10**15, max_value=10**15)


def test_scale_is_thousandths():
    assert SCALE == ONE == 1000


@pytest.mark.parametrize("text, unit, expected", [
    ("1.234", Unit.KG, 1234), ("0.5", Unit.PIECE, 500), ("2", Unit.PIECE, 2000), ("0.001", Unit.KG, 1),
    (" 3.250 ", Unit.L, 3250), ("-0.2", Unit.KG, -200), ("1.2300", Unit.KG, 1230), (3, Unit.PIECE, 3000),
    (Decimal("0.75"), Unit.KG, 750), ("1e-3", Unit.KG, 1), ("0", Unit.KG, 0),
])
def test_parse_quantity(text, unit, expected):
    result = parse_quantity(text, unit=unit)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize("text", [
    "1.2345", "0.0001", "1.0000000000000000000000000001", "12345678901234567890123456789.0001",
])
def test_parse_quantity_refuses_finer_than_a_thousandth(text):
    with pytest.raises(InvalidInput, match="finer than 0.001|Not a valid"):
        parse_quantity(text, unit=Unit.KG)


@pytest.mark.parametrize("text", ["", "abc", "NaN", "Infinity", "-inf", "1,5", "1.2.3", "½", "1e999999", "kg"])
def test_parse_quantity_refuses_garbage(text):
    with pytest.raises(InvalidInput):
        parse_quantity(text, unit=Unit.KG)


def test_parse_quantity_error_names_what_and_unit():
    with pytest.raises(InvalidInput) as caught:
        parse_quantity("1.2345", unit=Unit.KG, what="weight")
    assert "Weight" in caught.value.message and "kg" in caught.value.message


@given(st.text(max_size=10))
def test_parse_quantity_of_any_text_is_int_or_invalid_input(text):
    try:
        result = parse_quantity(text)
    except InvalidInput:
        return
    assert type(result) is int


@pytest.mark.parametrize("milli, places, expected", [
    (1234, 3, "1.234"), (5, 3, "0.005"), (2000, 3, "2.000"), (2000, 0, "2"), (2500, 0, "2.500"),
    (-250, 3, "-0.250"), (-3000, 0, "-3"), (0, 0, "0"), (0, 3, "0.000"),
])
def test_format_quantity(milli, places, expected):
    assert format_quantity(milli, places=places) == expected


@given(MILLI, st.sampled_from([0, 3]), st.sampled_from(list(Unit)))
def test_format_parse_round_trip(milli, places, unit):
    assert parse_quantity(format_quantity(milli, places=places), unit=unit) == milli


@given(st.decimals(places=3, min_value=-10**9, max_value=10**9, allow_nan=False, allow_infinity=False))
def test_parse_of_three_place_decimals_is_exact(value):
    assert parse_quantity(str(value)) == int(value * 1000)
    assert Decimal(format_quantity(parse_quantity(str(value)))) == value


# -- units ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, unit", [
    ("kg", Unit.KG), ("KG", Unit.KG), (" g ", Unit.G), ("pcs", Unit.PIECE), ("pc", Unit.PIECE),
    ("piece", Unit.PIECE), ("件", Unit.PIECE), ("个", Unit.PIECE), ("公斤", Unit.KG), ("千克", Unit.KG),
    ("克", Unit.G), ("升", Unit.L), ("毫升", Unit.ML), ("ml", Unit.ML), ("L", Unit.L),
])
def test_parse_unit(text, unit):
    assert parse_unit(text) is unit


@pytest.mark.parametrize("text", ["", "lb", "jin", "斤", "kgs"])
def test_parse_unit_refuses_unknown(text):
    with pytest.raises(InvalidInput):
        parse_unit(text)


def test_unit_dimensions_and_labels():
    assert {u: u.dimension for u in Unit} == {Unit.PIECE: "count", Unit.KG: "mass", Unit.G: "mass",
                                              Unit.L: "volume", Unit.ML: "volume"}
    assert Unit.KG.label_zh == "千克" and Unit.PIECE.label_zh == "件"


# -- convert ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("milli, src, dst, expected", [
    (1234, Unit.KG, Unit.G, 1_234_000),    # 1.234 kg = 1234 g = 1 234 000 thousandths of a gram
    (1_234_000, Unit.G, Unit.KG, 1234),
    (500, Unit.L, Unit.ML, 500_000),
    (250_000, Unit.ML, Unit.L, 250),
    (1500, Unit.PIECE, Unit.PIECE, 1500),
    (1234, Unit.KG, Unit.KG, 1234),
    (-2000, Unit.G, Unit.KG, -2),
])
def test_convert_exact(milli, src, dst, expected):
    assert convert(milli, from_unit=src, to_unit=dst) == expected


@pytest.mark.parametrize("milli, src, dst", [
    (1, Unit.G, Unit.KG), (1500, Unit.G, Unit.KG), (999, Unit.ML, Unit.L), (-1, Unit.G, Unit.KG),
])
def test_convert_refuses_non_exact(milli, src, dst):
    with pytest.raises(InvalidInput):
        convert(milli, from_unit=src, to_unit=dst)


@pytest.mark.parametrize("src, dst", [(Unit.KG, Unit.L), (Unit.PIECE, Unit.G), (Unit.ML, Unit.KG)])
def test_convert_refuses_other_dimensions(src, dst):
    with pytest.raises(InvalidInput):
        convert(1000, from_unit=src, to_unit=dst)


@given(MILLI)
def test_kg_to_g_and_back_is_exact(milli):
    grams = convert(milli, from_unit=Unit.KG, to_unit=Unit.G)
    assert type(grams) is int
    assert grams == milli * 1000
    assert convert(grams, from_unit=Unit.G, to_unit=Unit.KG) == milli


@given(MILLI)
def test_g_to_kg_is_exact_or_refused(milli):
    try:
        kg = convert(milli, from_unit=Unit.G, to_unit=Unit.KG)
    except InvalidInput:
        assert milli % 1000 != 0
        return
    assert type(kg) is int
    assert kg * 1000 == milli


@pytest.mark.parametrize("grams, unit, expected", [(1234, Unit.KG, 1234), (1, Unit.KG, 1), (250, Unit.G, 250_000)])
def test_grams_to_quantity(grams, unit, expected):
    assert grams_to_quantity(grams, unit=unit) == expected


def test_grams_to_quantity_refuses_non_mass_units():
    with pytest.raises(InvalidInput):
        grams_to_quantity(500, unit=Unit.L)
    with pytest.raises(InvalidInput):
        grams_to_quantity(500, unit=Unit.PIECE)
