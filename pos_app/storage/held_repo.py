"""Baskets on hold: stored whole — each line with its product as it was priced — so a recalled basket has
exactly the lines, prices and totals it was held with, even if the catalog changed in between."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from pos_app.core.basket import Basket, Discount, Line
from pos_app.core.combos import ComboPart
from pos_app.core.errors import InvalidInput
from pos_app.core.pricing import PricingRule, Tier
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.storage.clock import to_iso

FORMAT = 1


@dataclass(frozen=True)
class HeldBasket:
    id: str
    till: str
    cashier: str
    held_at: datetime
    label: str
    total: int
    line_count: int


# -- the basket as JSON ------------------------------------------------------------------------------------

def _portion(p: Portion | None) -> dict | None:
    return None if p is None else {"code": p.code, "name_zh": p.name_zh, "name_en": p.name_en, "size": p.size,
                                   "price": p.price}


def _product(p: Product) -> dict:
    return {"sku": p.sku, "name_zh": p.name_zh, "name_en": p.name_en, "unit": p.unit.value,
            "sold_by": p.sold_by.value, "price": p.price, "tax_rate": p.tax_rate, "barcodes": list(p.barcodes),
            "plu": p.plu, "category": p.category, "supplier": p.supplier, "cost": p.cost,
            "safety_stock": p.safety_stock, "min_fraction": p.min_fraction, "allow_custom": p.allow_custom,
            "pricing": [[t.upto, t.rate_bp] for t in p.pricing.tiers],
            "portions": [_portion(x) for x in p.portions],
            "components": [{"sku": c.sku, "quantity": c.quantity, "portion": c.portion} for c in p.components],
            "pinyin": p.pinyin, "active": p.active}


def _discount(d: Discount | None) -> dict | None:
    return None if d is None else {"reason": d.reason, "percent_bp": d.percent_bp, "amount": d.amount}


def _line(line: Line) -> dict:
    return {"line_no": line.line_no, "product": _product(line.product), "quantity": line.quantity,
            "amount": line.amount, "portion": _portion(line.portion), "count": line.count, "weighed": line.weighed,
            "price_embedded": line.price_embedded, "discount": _discount(line.discount),
            "combo_parts": [{"product": _product(c.product), "quantity": c.quantity, "list_price": c.list_price}
                            for c in line.combo_parts],
            "override_by": line.override_by}


def basket_to_json(basket: Basket) -> str:
    return json.dumps({"format": FORMAT, "lines": [_line(x) for x in basket.lines],
                       "voided": [_line(x) for x in basket.voided], "discount": _discount(basket.discount),
                       "next_no": basket._next_no}, ensure_ascii=False, sort_keys=True)


def _load_portion(d: dict | None) -> Portion | None:
    return None if d is None else Portion(**d)


def _load_product(d: dict) -> Product:
    return Product(**{**d, "unit": Unit(d["unit"]), "sold_by": SoldBy(d["sold_by"]),
                      "barcodes": tuple(d["barcodes"]),
                      "pricing": PricingRule(tiers=tuple(Tier(upto=u, rate_bp=r) for u, r in d["pricing"])),
                      "portions": tuple(_load_portion(x) for x in d["portions"]),
                      "components": tuple(ComboComponent(**c) for c in d["components"])})


def _load_discount(d: dict | None) -> Discount | None:
    return None if d is None else Discount(**d)


def _load_line(d: dict) -> Line:
    return Line(**{**d, "product": _load_product(d["product"]), "portion": _load_portion(d["portion"]),
                   "discount": _load_discount(d["discount"]),
                   "combo_parts": tuple(ComboPart(product=_load_product(c["product"]), quantity=c["quantity"],
                                                  list_price=c["list_price"]) for c in d["combo_parts"])})


def basket_from_json(text: str) -> Basket:
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise InvalidInput("This held basket was saved by another version of FreshTill and cannot be recalled.")
    return Basket(lines=[_load_line(x) for x in data["lines"]], voided=[_load_line(x) for x in data["voided"]],
                  discount=_load_discount(data["discount"]), _next_no=data["next_no"])


# -- rows --------------------------------------------------------------------------------------------------

def insert(connection: Connection, *, held_id: str, till: str, cashier: str, at: datetime, label: str,
           basket: Basket) -> None:
    connection.exec_driver_sql(
        "INSERT INTO held_baskets (id, till, cashier, held_at, label, total, line_count, basket) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (held_id, till, cashier, to_iso(at), label, basket.total, len(basket.lines), basket_to_json(basket)))


def listing(connection: Connection, *, till: str) -> list[HeldBasket]:
    """This till's held baskets, oldest first."""
    return [HeldBasket(id=r[0], till=r[1], cashier=r[2], held_at=datetime.fromisoformat(r[3]), label=r[4],
                       total=r[5], line_count=r[6]) for r in connection.exec_driver_sql(
        "SELECT id, till, cashier, held_at, label, total, line_count FROM held_baskets WHERE till = ? "
        "ORDER BY held_at, id", (till,))]


def take(connection: Connection, held_id: str) -> Basket | None:
    """Remove a held basket and return it, inside the caller's write transaction (recalled once only)."""
    row = connection.exec_driver_sql("SELECT basket FROM held_baskets WHERE id = ?", (held_id,)).first()
    if row is None:
        return None
    basket = basket_from_json(row[0])
    connection.exec_driver_sql("DELETE FROM held_baskets WHERE id = ?", (held_id,))
    return basket
