import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.barcodes import Nomenclature, NomenclatureRule, check_digit, parse_scan
from pos_app.core.errors import InvalidBarcode, InvalidInput
from pos_app.core.pricing import LINEAR, parse_pricing
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.services.catalog_format import (
    COLUMNS, barcode_key, format_money, format_quantity, format_rate, product_from_row, row_from_product,
)
from pos_app.services.pinyin import initials


def row(**fields) -> dict[str, str]:
    base = {"sku": "V001", "name_zh": "西红柿", "unit": "kg", "sold_by": "weight", "price": "12.80"}
    base.update(fields)
    return base


def ean13(body: str) -> str:
    return body + check_digit(body)


# -- reading --------------------------------------------------------------------------------------------
def test_a_full_row():
    product = product_from_row(row(
        name_en="Tomato", category="蔬菜 Vegetables", cost="8.5", tax_rate="9", barcodes="6901234567892",
        plu="4064", supplier="绿源", safety_stock="5", pricing="tiered:0.5=100,*=90", active="yes"))
    assert product == Product(
        sku="V001", name_zh="西红柿", name_en="Tomato", unit=Unit.KG, sold_by=SoldBy.WEIGHT, price=1280,
        cost=850, tax_rate=900, barcodes=("6901234567892",), plu="4064", category="蔬菜 Vegetables",
        supplier="绿源", safety_stock=5000, min_fraction=1, pricing=parse_pricing("tiered:0.5=100,*=90"),
        pinyin="XHS")


def test_defaults():
    weighed = product_from_row(row())
    assert (weighed.min_fraction, weighed.tax_rate, weighed.cost, weighed.active, weighed.pricing) == (
        1, 0, 0, True, LINEAR)
    assert weighed.pinyin == "XHS" and weighed.plu is None and weighed.barcodes == ()
    piece = product_from_row(row(unit="piece", sold_by="piece"))
    assert piece.min_fraction == 1000
    portioned = product_from_row(row(unit="piece", sold_by="portion",
                                     portions="half:半个:Half:0.5|quarter:四分之一:Quarter:0.25:4.99"))
    assert portioned.min_fraction == 250
    assert portioned.portions == (Portion("half", "半个", "Half", 500), Portion("quarter", "四分之一", "Quarter", 250, 499))
    combo = product_from_row(row(unit="piece", sold_by="combo", components="V002=0.25|F001@half"))
    assert combo.min_fraction == 1000
    assert combo.components == (ComboComponent("V002", 250), ComboComponent("F001", portion="half"))


def test_case_and_spaces_are_forgiven_and_aliases_understood():
    product = product_from_row(row(sku="  V001 ", unit="公斤", sold_by="Weight", pinyin="xhs", active="NO",
                                   pricing="Linear"))
    assert (product.sku, product.unit, product.sold_by, product.pinyin, product.active) == (
        "V001", Unit.KG, SoldBy.WEIGHT, "XHS", False)


def test_an_english_only_product_has_no_pinyin():
    product = product_from_row(row(name_zh="", name_en="Tomato"))
    assert product.pinyin == ""


@pytest.mark.parametrize(("fields", "reason"), [
    ({"price": "12.345"}, "price: Amount 12.345 has more than 2 decimals."),
    ({"price": "abc"}, "price: Not a valid amount"),
    ({"price": "-1"}, "price: -1 is negative."),
    ({"price": "1E3"}, "price: Amount 1E3 is in scientific notation"),
    ({"price": ""}, "price: is required."),
    ({"unit": "ton"}, "unit: Unknown unit 'ton'"),
    ({"sold_by": "weighed"}, "sold_by: 'weighed' is not one of piece, weight, portion, combo."),
    ({"sku": ""}, "sku: is required."),
    ({"sku": "A|B"}, "sku: A SKU cannot contain '|'"),
    ({"sku": "X" * 65}, "a SKU has at most 64"),
    ({"name_zh": "", "name_en": ""}, "name_zh: a product needs name_zh or name_en."),
    ({"barcodes": "6901234567891"}, "barcodes: 6901234567891 has a wrong check digit: expected 2, found 1"),
    ({"barcodes": "6.90123E+12"}, "scientific notation; format the barcode column as text"),
    ({"barcodes": "36000291452"}, "has 11 digits"),
    ({"barcodes": "69012345678X"}, "digits only"),
    ({"barcodes": "6901234567892|6901234567892"}, "listed twice"),
    ({"plu": "123456"}, "plu: '123456': a PLU is 1 to 5 digits."),
    ({"tax_rate": "130"}, "tax_rate: Rate 130 must be a percentage between 0 and 100"),
    ({"safety_stock": "1.2345"}, "safety_stock: Safety stock 1.2345 kg is finer than 0.001 kg."),
    ({"safety_stock": "-2"}, "safety_stock: cannot be negative."),
    ({"active": "maybe"}, "active: 'maybe': write yes or no."),
    ({"pricing": "cheap"}, "pricing: Pricing rule"),
    ({"portions": "half:半个:0.5"}, "portions: 'half:半个:0.5': write code:name_zh:name_en:size"),
    ({"portions": "half:半个:Half:0"}, "portion half needs a size above zero"),
    ({"components": "V002"}, "components: 'V002': write sku=quantity or sku@portion"),
    ({"sold_by": "combo", "unit": "piece"}, "A combo needs components."),
    ({"unit": "piece"}, "A product sold by weight needs a unit of kg, g, l or ml."),
    ({"custom_fraction": "yes"}, "Custom fractions are for products sold by portion."),
    ({"components": "V002=1"}, "Only combos have components."),
])
def test_each_bad_field_is_named_with_its_reason(fields, reason):
    with pytest.raises(InvalidInput) as caught:
        product_from_row(row(**fields))
    assert reason in caught.value.message


def test_every_bad_field_of_a_row_is_reported_at_once():
    with pytest.raises(InvalidInput) as caught:
        product_from_row(row(price="1.234", unit="ton", barcodes="6901234567891"))
    message = caught.value.message
    assert message.startswith("unit: ") and "price: " in message and "barcodes: " in message


# -- barcodes -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "key"), [
    ("6901234567892", "6901234567892"),
    ("036000291452", "0036000291452"),     # UPC-A: stored in its EAN-13 form
    ("00036000291452", "0036000291452"),   # GTIN-14 with indicator 0
    ("96385074", "96385074"),              # EAN-8
    ("2100001000004", "2100001000004"),    # variable-measure base code
    ("2100001012342", "2100001000004"),    # a whole scale label: stored as its base code
])
def test_barcodes_are_stored_under_the_key_a_scan_looks_up(code, key):
    assert barcode_key(code) == key
    assert parse_scan(code).lookup == key


def test_barcode_keys_follow_the_store_nomenclature():
    store = Nomenclature(rules=(NomenclatureRule(prefix="22", kind="weight"),))
    label = ean13("220000500123")
    assert barcode_key(label, nomenclature=store) == ean13("220000500000")
    assert barcode_key(label) == label  # with the default rules 22 is not a scale prefix


def test_a_bad_variable_label_is_refused():
    store = Nomenclature(rules=(NomenclatureRule(prefix="28", kind="price", item_digits=4, value_digits=5,
                                                 price_check=True),))
    body = "28" + "1234" + "9" + "01234"  # wrong price verifier digit
    with pytest.raises(InvalidBarcode):
        barcode_key(body + check_digit(body), nomenclature=store)


# -- writing --------------------------------------------------------------------------------------------
def test_exact_text_out():
    assert format_money(1280) == "12.80" and format_money(5) == "0.05" and format_money(-100) == "-1.00"
    assert format_quantity(250) == "0.25" and format_quantity(2000) == "2" and format_quantity(1) == "0.001"
    assert format_quantity(-1500) == "-1.5" and format_quantity(0) == "0"
    assert format_rate(900) == "9" and format_rate(950) == "9.5" and format_rate(1) == "0.01"


def test_row_from_product_writes_every_column():
    product = product_from_row(row(barcodes="036000291452", safety_stock="2.5", tax_rate="9.5"))
    out = row_from_product(product)
    assert set(out) == set(COLUMNS)
    assert out["price"] == "12.80" and out["barcodes"] == "0036000291452" and out["safety_stock"] == "2.5"
    assert out["tax_rate"] == "9.5" and out["min_fraction"] == "0.001" and out["active"] == "yes"


def test_a_portion_name_holding_a_separator_cannot_be_exported():
    product = product_from_row(row(unit="piece", sold_by="portion", portions="half:半个:Half:0.5"))
    bad = Product(**{**product.__dict__, "portions": (Portion("half", "半:个", "Half", 500),)})
    with pytest.raises(InvalidInput):
        row_from_product(bad)


# -- round trip -----------------------------------------------------------------------------------------
_PLAIN = st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn"))
_TEXT = st.text(_PLAIN, max_size=30).map(str.strip)
_CODE_CHARS = string.ascii_letters + string.digits + "-_./西瓜"
SKUS = st.text(st.sampled_from(_CODE_CHARS + " "), min_size=1, max_size=64).map(str.strip).filter(bool)
QUANTITIES = st.integers(min_value=1, max_value=10**9)
MONEY = st.integers(min_value=0, max_value=10**9)
RULES = st.sampled_from([LINEAR, parse_pricing("tiered:0.5=100,*=90"), parse_pricing("tiered:1=100,2.5=85.5,*=70")])


@st.composite
def gtin_keys(draw) -> str:
    kind = draw(st.sampled_from(["ean13", "ean8", "upca", "label"]))
    if kind == "ean13":
        body = draw(st.sampled_from("13456789")) + draw(st.text("0123456789", min_size=11, max_size=11))
    elif kind == "ean8":
        body = draw(st.text("0123456789", min_size=7, max_size=7))
    elif kind == "upca":
        body = "0" + draw(st.text("0123456789", min_size=11, max_size=11))
    else:
        body = "21" + draw(st.text("0123456789", min_size=5, max_size=5)) + draw(st.text("0123456789", min_size=5,
                                                                                        max_size=5))
    return barcode_key(body + check_digit(body))


@st.composite
def portion_lists(draw, min_fraction: int) -> tuple[Portion, ...]:
    codes = draw(st.lists(st.text(st.sampled_from(string.ascii_lowercase + string.digits + "-_"), min_size=1,
                                  max_size=32), max_size=3, unique=True))
    names = _TEXT.filter(lambda t: ":" not in t and "|" not in t)
    return tuple(Portion(code=code, name_zh=draw(names), name_en=draw(names),
                         size=draw(st.integers(min_value=min_fraction, max_value=10**6)),
                         price=draw(st.none() | MONEY)) for code in codes)


@st.composite
def valid_products(draw) -> Product:
    sold_by = draw(st.sampled_from(list(SoldBy)))
    units = [Unit.KG, Unit.G, Unit.L, Unit.ML] if sold_by is SoldBy.WEIGHT else list(Unit)
    min_fraction = draw(st.integers(min_value=1, max_value=5000))
    portions = draw(portion_lists(min_fraction)) if sold_by is SoldBy.PORTION else ()
    components = ()
    if sold_by is SoldBy.COMBO:
        components = tuple(draw(st.lists(
            st.builds(ComboComponent, sku=SKUS, quantity=QUANTITIES)
            | st.builds(ComboComponent, sku=SKUS, portion=st.text(string.ascii_lowercase, min_size=1, max_size=8)),
            min_size=1, max_size=4)))
    name_zh = draw(_TEXT | st.text(st.sampled_from("西红柿长豆角番茄可口乐 Cola550ml"), max_size=12).map(str.strip))
    name_en = draw(_TEXT)
    if not (name_zh or name_en):
        name_en = "Item"
    pinyin = draw(st.just(initials(name_zh))
                  | st.text(st.sampled_from(string.ascii_uppercase + string.digits), min_size=1, max_size=64))
    plu = draw(st.none() | st.text("0123456789", min_size=1, max_size=5))
    return Product(
        sku=draw(SKUS), name_zh=name_zh, name_en=name_en, unit=draw(st.sampled_from(units)), sold_by=sold_by,
        price=draw(MONEY), cost=draw(MONEY), tax_rate=draw(st.integers(min_value=0, max_value=10_000)),
        barcodes=tuple(draw(st.lists(gtin_keys(), max_size=3, unique=True))), plu=plu, category=draw(_TEXT),
        supplier=draw(_TEXT), safety_stock=draw(st.integers(min_value=0, max_value=10**9)),
        min_fraction=min_fraction, allow_custom=sold_by is SoldBy.PORTION and draw(st.booleans()),
        pricing=draw(RULES), portions=portions, components=components, pinyin=pinyin, active=draw(st.booleans()))


@settings(max_examples=300)
@given(valid_products())
def test_row_round_trip_gives_an_equal_product(product):
    product.validate()
    text_row = row_from_product(product)
    assert all(isinstance(value, str) for value in text_row.values())
    assert product_from_row(text_row) == product


@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=0, max_value=3),
       st.integers(min_value=0, max_value=999))
def test_the_fast_paths_for_plain_numbers_agree_with_the_core_parsers(whole, places, fraction):
    from pos_app.core.money import CNY, parse_rate
    from pos_app.core.quantity import parse_quantity
    from pos_app.services.catalog_format import _money, _quantity, _rate

    digits = str(fraction).rjust(3, "0")[:places]
    text = f"{whole}.{digits}" if places else str(whole)
    if places <= 2:
        assert _money(text) == CNY.parse(text)
    assert _quantity(text, unit=Unit.KG, what="quantity") == parse_quantity(text, unit=Unit.KG)
    if whole <= 100 and not places:
        assert _rate(text) == parse_rate(text)


def test_an_explicit_min_fraction_of_zero_is_refused_not_replaced_by_the_default():
    with pytest.raises(InvalidInput, match="smallest sellable fraction must be more than zero"):
        product_from_row(row(min_fraction="0"))
