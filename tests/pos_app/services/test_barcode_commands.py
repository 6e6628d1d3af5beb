"""`freshtill devices barcode parse` through the real entry point, on a real till database."""
import json

import pytest

from pos_app.cli import main
from pos_app.core.nomenclature import Nomenclature, NomenclatureRule
from pos_app.core.stock import Movement, MovementKind
from pos_app.storage import settings_repo, stock_repo
from tests.conftest import COLA, OPENING, TOMATO_LABEL_BASE, ean13

GS = "\x1d"


def parse(db_folder, code, *extra):
    return main(["--data-dir", str(db_folder), "devices", "barcode", "parse", code, *extra])


def parse_json(db_folder, code, capsys):
    status = parse(db_folder, code, "--json")
    return status, json.loads(capsys.readouterr().out)


@pytest.fixture
def folder(db):
    return db.path.parent


def test_an_ean13_in_the_catalog_is_rung_up(folder, capsys):
    status, report = parse_json(folder, COLA, capsys)
    assert status == 0
    assert (report["kind"], report["gtin"], report["outcome"]) == ("gtin", COLA, "add")
    assert report["check_digit"] == {"digit": COLA[-1], "valid": True}
    assert report["product"]["sku"] == "P1"
    assert report["line"] == {"quantity": "1.000", "unit": "piece", "count": 1, "portion": None, "amount": "3.00",
                              "weighed": False, "price_embedded": False}
    assert parse(folder, COLA) == 0
    text = capsys.readouterr().out
    assert "Kind:         EAN-13 product barcode" in text
    assert "Till adds:    1 piece for ¥3.00" in text


def test_a_variable_weight_label_is_weighed_by_the_code(folder, capsys):
    label = Nomenclature.default().rule_for("2100000000000").encode(item_code="01001", value=1234)
    assert label == "2101001012349"
    status, report = parse_json(folder, label, capsys)
    assert status == 0
    assert report["kind"] == "variable" and report["item_code"] == "01001"
    assert report["weight_kg"] == "1.234" and report["lookup"] == TOMATO_LABEL_BASE
    assert report["rule"]["prefix"] == "21" and report["nomenclature"] == "default"
    assert report["product"]["sku"] == "V1"
    # 1.234 kg × ¥6.98 = ¥8.61332, rounded once to ¥8.61
    assert report["line"]["quantity"] == "1.234" and report["line"]["amount"] == "8.61"
    assert report["line"]["weighed"] is True
    parse(folder, label)
    text = capsys.readouterr().out
    assert "Weight:       1.234 kg (from the code)" in text
    assert "Till adds:    1.234 kg for ¥8.61, weighed" in text


def test_the_stores_own_barcode_rules_from_the_till_database_are_used(db, folder, capsys):
    rule = NomenclatureRule(prefix="22", kind="weight", item_digits=4, value_digits=5, price_check=True)
    with db.transaction() as connection:
        settings_repo.put(connection, "nomenclature", Nomenclature(rules=(rule,)).to_json())
    label = rule.encode(item_code="1001", value=500)
    status, report = parse_json(folder, label, capsys)
    assert status == 0
    assert report["nomenclature"] == "store" and report["verifier_digit_valid"] is True
    assert (report["product"]["sku"], report["line"]["quantity"], report["line"]["amount"]) == ("V1", "0.500", "3.49")
    # With the store's rules, a default-style '21' label is just an unknown EAN-13.
    status, report = parse_json(folder, "2101001012349", capsys)
    assert (status, report["kind"], report["refusal"]["error"]) == (1, "gtin", "unknown_product")


def test_a_gs1_string_with_group_separators_is_split_into_its_fields(folder, capsys):
    code = "01" + "0" + TOMATO_LABEL_BASE + "10LOT42" + GS + "3103001234"
    status, report = parse_json(folder, code, capsys)
    assert status == 0
    assert report["kind"] == "gs1" and report["gtin"] == TOMATO_LABEL_BASE
    assert report["ais"] == [{"ai": "01", "value": "0" + TOMATO_LABEL_BASE}, {"ai": "10", "value": "LOT42"},
                             {"ai": "3103", "value": "001234"}]
    assert report["weight_kg"] == "1.234" and report["line"]["amount"] == "8.61"
    # Typed on a command line, the separator is written <GS>.
    assert parse_json(folder, code.replace(GS, "<GS>"), capsys)[1] == report
    parse(folder, code)
    assert "AI (10):      LOT42" in capsys.readouterr().out


def test_a_bad_check_digit_is_one_sentence_and_exit_2(folder, capsys):
    wrong = COLA[:-1] + str((int(COLA[-1]) + 1) % 10)
    assert parse(folder, wrong, "--json") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f"freshtill: Check digit is wrong: expected {COLA[-1]}, got {wrong[-1]} — "
                            "rescan or type the number under the barcode.\n")


def test_an_unknown_product_is_refused_with_the_reason(folder, capsys):
    unknown = ean13("690000000000")
    status, report = parse_json(folder, unknown, capsys)
    assert status == 1
    assert report["outcome"] == "refuse" and report["product"] is None and report["line"] is None
    assert report["refusal"]["error"] == "unknown_product"
    assert parse(folder, unknown) == 1
    assert f"Till refuses: No product for code '{unknown}'" in capsys.readouterr().out


def test_a_sold_out_product_is_refused_the_way_the_till_would(db, folder, capsys):
    with db.transaction() as connection:
        stock_repo.record(connection, [Movement("P1", MovementKind.WASTE, -OPENING["P1"])])
    status, report = parse_json(folder, COLA, capsys)
    assert status == 1
    assert report["product"]["sku"] == "P1"
    assert report["refusal"]["error"] == "sold_out" and "sold out" in report["refusal"]["reason"]


def test_a_weighed_product_typed_by_plu_needs_the_scale(folder, capsys):
    status, report = parse_json(folder, "1001", capsys)
    assert status == 1
    assert report["kind"] == "plain" and report["check_digit"] is None
    assert report["product"]["sku"] == "V1" and report["refusal"]["error"] == "not_sellable"


def test_without_a_till_database_the_code_is_still_explained(tmp_path, capsys):
    empty = tmp_path / "no-till-here"
    status, report = parse_json(empty, "2101001012349", capsys)
    assert status == 0
    assert report["outcome"] == "no_catalog" and report["catalog"] is None and report["product"] is None
    assert report["weight_kg"] == "1.234" and report["item_code"] == "01001"
    assert parse(empty, COLA) == 0
    text = capsys.readouterr().out
    assert "Catalog:      none found" in text and "no product looked up" in text
    assert not empty.exists()  # explaining a code creates nothing


@pytest.mark.parametrize("code, message", [
    ("", "Empty scan"),
    ("69012345678", "11 digits"),
    ("01" + "0" + COLA + "99" + GS + "17", "AI 99"),  # a field the till does not know
])
def test_codes_the_till_cannot_read_exit_2(tmp_path, capsys, code, message):
    assert parse(tmp_path, code) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.err.count("\n") == 1 and captured.out == ""
