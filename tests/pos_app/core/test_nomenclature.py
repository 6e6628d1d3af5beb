"""In-store label layouts and their JSON form in the till settings."""
from __future__ import annotations

import json

import pytest
from biip.checksums import gs1_price_weight_check_digit, gs1_standard_check_digit
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.errors import InvalidBarcode
from pos_app.core.nomenclature import Nomenclature, NomenclatureRule


def test_default_is_odoo_like() -> None:
    assert Nomenclature.default().rules == (
        NomenclatureRule(prefix="21", kind="weight", item_digits=5, value_digits=5, price_check=False),
        NomenclatureRule(prefix="23", kind="price", item_digits=5, value_digits=5, price_check=False),
    )


def test_default_json_is_readable_and_round_trips() -> None:
    text = Nomenclature.default().to_json()
    assert json.loads(text)["rules"][0] == {
        "prefix": "21", "kind": "weight", "item_digits": 5, "value_digits": 5, "price_check": False}
    assert Nomenclature.from_json(text) == Nomenclature.default()


def test_reference_weight_label_decodes() -> None:
    rule = Nomenclature.default().rule_for("2112345012346")
    assert rule is not None and rule.kind == "weight"
    assert rule.decode("2112345012346") == ("12345", 1234, "2112345000008")


def test_price_rule_with_verifier_from_json() -> None:
    nomenclature = Nomenclature.from_json(
        '{"rules": [{"prefix": "20", "kind": "price", "item_digits": 5, "value_digits": 4, "price_check": true}]}')
    rule = nomenclature.rule_for("2012345928756")
    assert rule == NomenclatureRule(prefix="20", kind="price", value_digits=4, price_check=True)
    body = "2012345" + "9" + "2875"  # '2875' -> verifier 9 (GS1 §7.9.3)
    code = body + str(gs1_standard_check_digit(body))
    assert rule.encode(item_code="12345", value=2875) == code
    base = "201234500000"
    assert rule.decode(code) == ("12345", 2875, base + str(gs1_standard_check_digit(base)))
    assert Nomenclature.from_json(nomenclature.to_json()) == nomenclature


def test_wrong_verifier_is_refused() -> None:
    rule = NomenclatureRule(prefix="20", kind="price", value_digits=4, price_check=True)
    body = "2012345" + "8" + "2875"
    with pytest.raises(InvalidBarcode, match=r"price on this label fails its own check \(expected 9, got 8\)"):
        rule.decode(body + str(gs1_standard_check_digit(body)))


def test_longest_prefix_wins_and_other_codes_have_no_rule() -> None:
    short = NomenclatureRule(prefix="21", kind="weight")
    long = NomenclatureRule(prefix="210", kind="count", item_digits=4)
    nomenclature = Nomenclature(rules=(short, long))
    assert nomenclature.rule_for("2101234000054") is long
    assert nomenclature.rule_for("2112345012346") is short
    assert nomenclature.rule_for("2212345012343") is None
    assert nomenclature.rule_for("211234501234") is None
    assert nomenclature.rule_for("21123450123x6") is None


def test_a_list_of_rules_is_stored_as_a_tuple() -> None:
    nomenclature = Nomenclature(rules=[NomenclatureRule(prefix="21", kind="weight")])  # type: ignore[arg-type]
    assert isinstance(nomenclature.rules, tuple)
    hash(nomenclature)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"prefix": "45", "kind": "weight"}, "02 or 20-29"),
    ({"prefix": "2", "kind": "weight", "item_digits": 6}, "02 or 20-29"),
    ({"prefix": "2a", "kind": "weight"}, "02 or 20-29"),
    ({"prefix": "21", "kind": "volume"}, "kind must be one of weight, price, count"),
    ({"prefix": "21", "kind": "weight", "item_digits": 4}, "= 12 digits, but an EAN-13 has 13"),
    ({"prefix": "21", "kind": "weight", "price_check": True}, r"\+ 1 verifier .* = 14 digits"),
    ({"prefix": "21", "kind": "weight", "item_digits": 6, "value_digits": 3, "price_check": True}, "4- or 5-digit"),
    ({"prefix": "21", "kind": "weight", "item_digits": True}, "item_digits must be a whole number"),
    ({"prefix": "21", "kind": "weight", "value_digits": 0}, "value_digits must be a whole number"),
    ({"prefix": "21", "kind": "weight", "price_check": 1}, "price_check must be true or false"),
])
def test_bad_rules_are_refused_with_the_reason(kwargs: dict, message: str) -> None:
    with pytest.raises(InvalidBarcode, match=message):
        NomenclatureRule(**kwargs)


@pytest.mark.parametrize(("text", "message"), [
    ("{", "not valid JSON"),
    ('{"rules": [{"prefix": "21", "kind": "weight", "item_digits": 5.0}]}', "not a whole number"),
    ('{"rules": [{"prefix": "21", "kind": "weight", "value_digits": NaN}]}', "not valid JSON"),
    ("[]", 'must look like {"rules"'),
    ('{"rules": {}}', 'must look like {"rules"'),
    ('{"rules": [], "extra": 1}', 'must look like {"rules"'),
    ('{"rules": ["21"]}', "rule 1 must be an object"),
    ('{"rules": [{"prefix": "21", "kind": "weight", "pricecheck": true}]}', r"unknown keys: \['pricecheck'\]"),
    ('{"rules": [{"prefix": "21"}]}', "needs prefix and kind"),
    ('{"rules": [{"prefix": "21", "kind": "weight"}, {"prefix": "21", "kind": "price"}]}', "two rules"),
    ('{"rules": [{"prefix": 21, "kind": "weight"}]}', "02 or 20-29"),
    ("[" * 100_000, "not valid JSON"),
])
def test_bad_settings_json_is_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(InvalidBarcode, match=message):
        Nomenclature.from_json(text)


def test_empty_rules_are_allowed() -> None:
    assert Nomenclature.from_json('{"rules": []}').rule_for("2112345012346") is None


@st.composite
def rules(draw: st.DrawFn) -> NomenclatureRule:
    prefix = draw(st.sampled_from(["02", *(f"2{k}" for k in range(10))])) + draw(
        st.text(alphabet="0123456789", max_size=2))
    price_check = draw(st.booleans())
    value_digits = draw(st.sampled_from([4, 5])) if price_check else draw(st.integers(1, 12 - len(prefix) - 1))
    item_digits = 12 - len(prefix) - value_digits - int(price_check)
    return NomenclatureRule(prefix=prefix, kind=draw(st.sampled_from(["weight", "price", "count"])),
                            item_digits=item_digits, value_digits=value_digits, price_check=price_check)


@given(st.lists(rules(), max_size=4, unique_by=lambda rule: rule.prefix))
def test_any_valid_nomenclature_round_trips_through_json(rule_list: list[NomenclatureRule]) -> None:
    nomenclature = Nomenclature(rules=tuple(rule_list))
    assert Nomenclature.from_json(nomenclature.to_json()) == nomenclature


@given(rules(), st.data())
def test_encode_then_decode_returns_item_and_value(rule: NomenclatureRule, data: st.DataObject) -> None:
    item = data.draw(st.text(alphabet="0123456789", min_size=rule.item_digits, max_size=rule.item_digits))
    value = data.draw(st.integers(0, 10 ** rule.value_digits - 1))
    code = rule.encode(item_code=item, value=value)
    assert len(code) == 13 and code.startswith(rule.prefix + item)
    assert code[-1] == str(gs1_standard_check_digit(code[:-1]))
    if rule.price_check:
        field = str(value).rjust(rule.value_digits, "0")
        assert code[len(rule.prefix) + rule.item_digits] == str(gs1_price_weight_check_digit(field))
    item_code, decoded, lookup = rule.decode(code)
    assert (item_code, decoded) == (item, value)
    assert lookup[:len(rule.prefix) + rule.item_digits] == rule.prefix + item
    assert set(lookup[len(rule.prefix) + rule.item_digits:-1]) == {"0"}
    assert lookup[-1] == str(gs1_standard_check_digit(lookup[:-1]))


@pytest.mark.parametrize(("item", "value"), [("1234", 5), ("123456", 5), ("12a45", 5), ("12345", -1),
                                             ("12345", 100_000), ("12345", True)])
def test_encode_refuses_what_does_not_fit(item: str, value: int) -> None:
    with pytest.raises(InvalidBarcode):
        NomenclatureRule(prefix="21", kind="weight").encode(item_code=item, value=value)
