"""`freshtill devices barcode parse CODE [--json]`: what the till would do with a scanned code.

The code is read by `parse_scan` with the store's nomenclature. When the data folder holds a till database,
the code then goes through the sale service's own path — `SaleService.resolve` and `add_resolved` on an
empty basket that is never committed — so the answer is the till's, including the sold-out check; with no
database the code is only explained. Exit status: 0 the till would ring it up (or there is no catalog to
look in), 1 the till would refuse it, 2 it is not a valid code (one sentence on stderr).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from pos_app.core.barcodes import ScannedCode, parse_scan
from pos_app.core.basket import Basket, Line
from pos_app.core.errors import PosError
from pos_app.core.gs1 import GS
from pos_app.core.money import CNY, Currency
from pos_app.core.nomenclature import Nomenclature
from pos_app.core.products import Product
from pos_app.core.quantity import format_quantity
from pos_app.services.checkout import SaleService
from pos_app.storage import settings_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.db import DB_NAME, data_dir

_GS_TEXT = re.compile("<gs>", re.IGNORECASE)
_GTIN_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}
_VALUE_UNITS = {"weight": "weight in grams", "price": "price in minor units", "count": "count"}


def register(devices) -> None:
    parser = devices.add_parser("barcode", help="explain scanned codes the way the till reads them")
    actions = parser.add_subparsers(dest="barcode_command", metavar="ACTION", required=True)
    parse = actions.add_parser(
        "parse", help="what the till would do with a code: kind, number, weight or price, product",
        epilog="Exit status: 0 the till would ring it up (or no catalog was found), 1 it would refuse it, "
               "2 the code is not valid.")
    parse.add_argument("code", help="the code as scanned; write the GS1 group separator (FNC1) as <GS>")
    parse.add_argument("--json", action="store_true", help="print JSON (exact decimal strings)")
    parse.set_defaults(handler=_parse)


def _parse(args) -> int:
    code = _GS_TEXT.sub(GS, args.code)
    path = (Path(args.data_dir) if args.data_dir else data_dir()) / DB_NAME
    if path.is_file():
        with TillDatabase(path) as db:
            report = explain(code, service=SaleService(db), currency=_currency(db), catalog=path)
    else:
        report = explain(code, service=None, currency=CNY, catalog=None)
        report["catalog_missing"] = str(path)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else render(report))
    return 1 if report["outcome"] == "refuse" else 0


def _currency(db: TillDatabase) -> Currency:
    with db.reading() as connection:
        setting = settings_repo.get(connection, "currency") or {}
    return Currency(code=setting.get("code", CNY.code), exponent=int(setting.get("exponent", CNY.exponent)),
                    symbol=setting.get("symbol", CNY.symbol))


def explain(code: str, *, service: SaleService | None, currency: Currency, catalog: Path | None) -> dict:
    """The code's meaning and, given a sale service, what it would add or why it would refuse.
    Raises InvalidBarcode for a code the till cannot read."""
    nomenclature = service.nomenclature if service is not None else Nomenclature.default()
    scan = parse_scan(code, nomenclature=nomenclature)
    report = _describe(scan, nomenclature=nomenclature, currency=currency)
    report.update(currency={"code": currency.code, "symbol": currency.symbol},
                  nomenclature="default" if nomenclature == Nomenclature.default() else "store",
                  catalog=str(catalog) if catalog else None, outcome="no_catalog", product=None, line=None,
                  refusal=None)
    if service is None:
        return report
    try:
        found = service.resolve(code)
        report["product"] = _product(found.product, currency=currency)
        line = service.add_resolved(Basket(), found)
    except PosError as error:
        report.update(outcome="refuse", refusal={"error": error.code, "reason": str(error)})
        return report
    report.update(outcome="add", line=_line(line, currency=currency))
    return report


def _describe(scan: ScannedCode, *, nomenclature: Nomenclature, currency: Currency) -> dict:
    digits = _digits(scan.raw)
    rule = nomenclature.rule_for(scan.lookup) if scan.kind == "variable" else None
    if scan.kind == "gtin":
        what = f"{_GTIN_NAMES.get(len(digits), 'GTIN')} product barcode"
    elif scan.kind == "variable":
        what = (f"in-store {rule.kind} label (EAN-13 prefix {rule.prefix}: {rule.item_digits}-digit item code, "
                f"{rule.value_digits}-digit {_VALUE_UNITS[rule.kind]}"
                f"{', with verifier digit' if rule.price_check else ''})")
    elif scan.kind == "gs1":
        what = "GS1 element string"
    else:
        what = "PLU, SKU or item code (no check digit)"
    check = None
    if scan.kind in ("gtin", "variable"):
        check = digits[-1]
    elif scan.kind == "gs1":
        check = dict(scan.ais)["01"][-1]
    return {
        "code": scan.raw, "kind": scan.kind, "description": what, "lookup": scan.lookup,
        "gtin": scan.lookup if scan.kind in ("gtin", "gs1") else None,
        "check_digit": {"digit": check, "valid": True} if check is not None else None,
        "verifier_digit_valid": True if rule is not None and rule.price_check else None,
        "item_code": scan.item_code,
        "weight_kg": format_quantity(scan.weight_g) if scan.weight_g is not None else None,
        "price": currency.format(scan.price_minor) if scan.price_minor is not None else None,
        "count": scan.count,
        "ais": [{"ai": ai, "value": value} for ai, value in scan.ais],
        "rule": None if rule is None else {"prefix": rule.prefix, "kind": rule.kind, "item_digits": rule.item_digits,
                                           "value_digits": rule.value_digits, "price_check": rule.price_check},
    }


def _digits(raw: str) -> str:
    body = raw[3:] if raw.startswith("]") else raw  # an AIM symbology identifier is not part of the number
    return "".join(str(int(char)) for char in body if char.isdecimal())


def _product(product: Product, *, currency: Currency) -> dict:
    return {"sku": product.sku, "name_zh": product.name_zh, "name_en": product.name_en,
            "unit": product.unit.value, "sold_by": product.sold_by.value, "plu": product.plu,
            "unit_price": currency.format(product.price), "active": product.active}


def _line(line: Line, *, currency: Currency) -> dict:
    return {"quantity": format_quantity(line.quantity), "unit": line.product.unit.value, "count": line.count,
            "portion": line.portion.code if line.portion else None, "amount": currency.format(line.amount),
            "weighed": line.weighed, "price_embedded": line.price_embedded}


def render(report: dict) -> str:
    """The report as aligned 'Label: value' lines."""
    money = report["currency"]["symbol"]
    rows = [("Code", report["code"].replace(GS, "<GS>")), ("Kind", report["description"])]
    if report["check_digit"]:
        rows.append(("Check digit", f"{report['check_digit']['digit']}, correct"
                                    + (" (and the value's verifier digit)" if report["verifier_digit_valid"] else "")))
    if report["gtin"]:
        rows.append(("GTIN", report["gtin"]))
    if report["item_code"]:
        rows.append(("Item code", report["item_code"]))
    for ai in report["ais"]:
        rows.append((f"AI ({ai['ai']})", ai["value"]))
    if report["weight_kg"] is not None:
        rows.append(("Weight", f"{report['weight_kg']} kg (from the code)"))
    if report["price"] is not None:
        rows.append(("Price", f"{money}{report['price']} (from the code)"))
    if report["count"] is not None:
        rows.append(("Count", str(report["count"])))
    also = f", then item code {report['item_code']} as a PLU" if report["item_code"] else ""
    rows.append(("Looks up", report["lookup"] + also))
    nomenclature = f"{report['nomenclature']} barcode rules"
    if report["catalog"] is None:
        rows.append(("Catalog", f"none found ({report['catalog_missing']} does not exist); read with the "
                                f"{nomenclature}, no product looked up"))
    else:
        rows.append(("Catalog", f"{report['catalog']} ({nomenclature})"))
    product = report["product"]
    if product:
        rows.append(("Product", f"{product['sku']} {product['name_zh']} {product['name_en']}, "
                                f"{money}{product['unit_price']} per {product['unit']}".replace("  ", " ")))
    if report["outcome"] == "add":
        line = report["line"]
        quantity = line["quantity"].removesuffix(".000") if line["unit"] == "piece" else line["quantity"]
        what = f"{line['count']} × {line['portion']}" if line["portion"] else f"{quantity} {line['unit']}"
        how = ", weighed" if line["weighed"] else ", price from the label" if line["price_embedded"] else ""
        rows.append(("Till adds", f"{what} for {money}{line['amount']}{how}"))
    elif report["outcome"] == "refuse":
        rows.append(("Till refuses", report["refusal"]["reason"].replace(GS, "<GS>")))
    return "\n".join(f"{label + ':':<14}{value}" for label, value in rows)
