"""Real-shaped events and products for tests and benchmarks (the shape `pos_app.storage.sales_repo` writes).

Amounts are consistent (line amounts sum to the total, one cash tender, one tax line per rate), so the
figures a test or benchmark adds up are the figures a real till would send.
"""
from __future__ import annotations

import uuid as uuidlib
from datetime import datetime, timedelta, timezone

from sync.protocol import ProductWire

SHANGHAI = timezone(timedelta(hours=8))


def now_local() -> str:
    """The present moment as a till in Shanghai stamps it."""
    return datetime.now(SHANGHAI).isoformat(timespec="microseconds")


def product(sku: str, *, price: int = 698, sold_by: str = "weight", unit: str = "kg", barcodes=()) -> ProductWire:
    return ProductWire(sku=sku, name_zh=f"商品{sku}", name_en=f"Product {sku}", unit=unit, sold_by=sold_by,
                       price=price, tax_rate=900, barcodes=list(barcodes), min_fraction=1 if unit == "kg" else 1000)


def sale_payload(lines: list[tuple[str, int, int]], *, created_at: str | None = None, kind: str = "sale",
                 till: str = "till-1", sale_uuid: str | None = None) -> dict:
    """`lines` = [(sku, quantity in thousandths, unit price in fen per base unit)]; refunds negate them."""
    sale_uuid = sale_uuid or str(uuidlib.uuid4())
    created_at = created_at or now_local()
    sign = -1 if kind == "refund" else 1
    body_lines, movements, total = [], [], 0
    for number, (sku, quantity, unit_price) in enumerate(lines, start=1):
        amount = sign * (quantity * unit_price + 500) // 1000
        quantity = sign * quantity
        total += amount
        body_lines.append({
            "line_no": number, "sku": sku, "name_zh": f"商品{sku}", "name_en": f"Product {sku}", "sold_by": "weight",
            "quantity": quantity, "unit": "kg", "count": 1, "portion": None, "unit_price": unit_price,
            "amount": amount, "discount": 0, "discount_reason": "", "net": amount, "tax_rate": 900,
            "weighed": True, "override_by": None, "disposition": None, "origin_line": None,
            "parts": [{"sku": sku, "quantity": quantity, "amount": amount, "tax_rate": 900}]})
        movements.append({"uuid": str(uuidlib.uuid4()), "sku": sku, "kind": kind, "quantity": -quantity,
                          "sale_uuid": sale_uuid, "reason": "", "created_at": created_at})
    tax = (total * 900 + 10_900 // 2) // 10_900 if total >= 0 else -((-total * 900 + 10_900 // 2) // 10_900)
    return {"uuid": sale_uuid, "kind": kind, "created_at": created_at, "cashier": "c1", "till": till,
            "total": total, "discount": 0, "discount_reason": "", "rounding": 0, "change": 0,
            "original_uuid": None, "external_ref": None, "lines": body_lines,
            "tenders": [{"kind": "cash", "amount": total, "tendered": total, "reference": ""}],
            "taxes": [{"rate": 900, "gross": total, "tax": tax}], "movements": movements}


def movements_payload(moves: list[tuple[str, int]], *, kind: str = "goods_in", created_at: str | None = None) -> dict:
    created_at = created_at or now_local()
    return {"movements": [{"uuid": str(uuidlib.uuid4()), "sku": sku, "kind": kind, "quantity": quantity,
                           "sale_uuid": None, "reason": "", "created_at": created_at} for sku, quantity in moves]}


def event(seq: int, payload: dict, *, kind: str | None = None, event_id: str | None = None,
          created_at: str | None = None) -> dict:
    kind = kind or payload.get("kind") or "stock_movements"
    return {"seq": seq, "id": event_id or payload.get("uuid") or str(uuidlib.uuid4()), "kind": kind,
            "created_at": created_at or payload.get("created_at") or now_local(), "payload": payload}


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()
