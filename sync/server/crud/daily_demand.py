"""Daily demand per store and product, as backoffice.analytics takes it: one row per store, product and day
with a sale — and per day a product was sold out without selling — with the day's sold-out flag.

Columns (backoffice/analytics/demand.py reads them by name): `date`, `store`, `sku`, `category`, `quantity`
(thousandths of the base unit, refunds of that day deducted), `amount` (fen, net of discounts) and `gross`
(before discounts), `price` (the regular price per base unit, fen: gross ÷ quantity; None when nothing was
sold), `discount` (basis points of the regular price taken off), `sold_out` and `min_level`.

Sold out: a movement of the day left the product's level below its smallest sellable quantity (a sale that
emptied the shelf, a count that found it empty), or the day had no movement and began below it. A day that
opens empty and gets its delivery before selling is not flagged: fresh goods are often sold out every
evening and delivered every morning, and HQ does not know the opening hours. Levels are rebuilt backwards
from HQ's current level: the level after a movement is the current level minus every movement made after
it (in till-time order) — one window function in SQL, on both backends. A product that stayed sold out for
days gets a row for each of them, quantity 0 — that is what lets the forecasts treat those days as missing
rather than as no demand. A product whose stock was never received at HQ runs
negative (`min_level` < 0) and so is flagged on every day: its flags say nothing about demand.

The work of one call grows with the movements from `first` to now; the route pages by days.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import Connection, select, text

from pos_app.core.money import div_round
from sync.server.crud.sold import day_after, range_params, sold_sql
from sync.server.models import products, stock_levels

_LATER = "9999-12-31"       # the bucket of every movement after the range


def daily(*, connection: Connection, store_id: str | None, first: date, last: date, sku: str | None = None
          ) -> list[dict]:
    """Rows ordered by date, store and SKU. Call inside one snapshot: levels and movements must agree."""
    params = {**range_params(start=first.isoformat(), end=day_after(last), store_id=store_id), "later": _LATER,
              "last": last.isoformat()}
    if sku is not None:
        params["sku"] = sku
    store = store_id is not None
    sold = _sold(connection, params=params, store=store, sku=sku is not None)
    moved = _moves(connection, params=params, store=store, sku=sku is not None)
    current = _levels(connection, store_id=store_id, sku=sku)
    info = _products(connection, {key[1] for key in (*sold, *current)})
    rows = []
    calendar = [(last - timedelta(days=k)).isoformat() for k in range((last - first).days + 1)]   # newest first
    for key in sorted(set(current) | set(sold)):
        product = info.get(key[1])
        days = sold.get(key, {})
        if product is None or product["sold_by"] == "combo":
            rows.extend(_row(day, *key, product["category"] if product else "", figures, sold_out=False,
                             min_level=None) for day, figures in days.items())
            continue
        rows.extend(_series(key, days, moved.get(key, {}), current=current.get(key, 0), product=product,
                            calendar=calendar, tracked=key in current))
    rows.sort(key=lambda row: (row["date"], row["store"], row["sku"]))
    return rows


def _sold(connection: Connection, *, params: dict, store: bool, sku: bool) -> dict:
    query = (f"SELECT x.store_id, substr(x.created_at, 1, 10) AS day, x.sku, SUM(x.quantity) AS quantity, "
             f"SUM(x.amount) AS amount, SUM(x.gross) AS gross FROM ({sold_sql(connection, store=store)}) x "
             f"{'WHERE x.sku = :sku ' if sku else ''}GROUP BY x.store_id, substr(x.created_at, 1, 10), x.sku")
    found: dict = defaultdict(dict)      # (store, sku) → {day: (quantity, amount, gross)}
    # .all(): one fetch of every row (psycopg's fetchall), not a driver call per row — the nightly job reads years.
    for store_id, day, sku, quantity, amount, gross in connection.execute(text(query), params).all():
        found[(store_id, sku)][day] = (int(quantity), int(amount), int(gross))
    return found


def _moves(connection: Connection, *, params: dict, store: bool, sku: bool) -> dict:
    """(store, sku) → {day or _LATER: (sum moved that day, the largest sum of movements made after one of that
    day's movements)} for every movement from the first day on."""
    where = " AND ".join(["till_time >= :start", *(["store_id = :store"] if store else []),
                          *(["sku = :sku"] if sku else [])])
    query = (
        "SELECT store_id, sku, CASE WHEN substr(till_time, 1, 10) > :last THEN :later "
        "ELSE substr(till_time, 1, 10) END AS day, SUM(quantity) AS moved, MAX(later) AS later FROM ("
        "SELECT store_id, sku, till_time, quantity, COALESCE(SUM(quantity) OVER (PARTITION BY store_id, sku "
        "ORDER BY till_time DESC, uuid DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS later "
        f"FROM stock_movements WHERE {where}) m GROUP BY store_id, sku, day")
    found: dict = defaultdict(dict)
    for store_id, sku, day, quantity, later in connection.execute(text(query), params).all():
        found[(store_id, sku)][day] = (int(quantity), int(later))
    return found


def _levels(connection: Connection, *, store_id: str | None, sku: str | None) -> dict:
    query = select(stock_levels.c.store_id, stock_levels.c.sku, stock_levels.c.quantity)
    if store_id is not None:
        query = query.where(stock_levels.c.store_id == store_id)
    if sku is not None:
        query = query.where(stock_levels.c.sku == sku)
    return {(s, k): q for s, k, q in connection.execute(query)}


def _products(connection: Connection, skus: set[str]) -> dict:
    ordered, found = sorted(skus), {}
    for start in range(0, len(ordered), 500):
        for row in connection.execute(select(products.c.sku, products.c.category, products.c.min_fraction,
                                             products.c.sold_by, products.c.active)
                                      .where(products.c.sku.in_(ordered[start:start + 500]))).mappings():
            found[row["sku"]] = dict(row)
    return found


def _series(key, sold: dict, moves: dict, *, current: int, product: dict, calendar: list[str],
            tracked: bool) -> list[dict]:
    """Walk the days backwards (`calendar`: the range's days as text, newest first), each day's closing level
    known from the movements after it. `sold` and `moves` are this product's, by day."""
    store_id, sku = key
    floor = product["min_fraction"]
    closing = current - moves.get(_LATER, (0, 0))[0]
    flag_empty = tracked and product["active"]
    rows = []
    for text_day in calendar:
        moved, later = moves.get(text_day, (0, None))
        opening = closing - moved
        lowest = current - later if later is not None else opening
        sales = sold.get(text_day)
        out = lowest < floor
        if sales is not None or (out and flag_empty):
            rows.append(_row(text_day, store_id, sku, product["category"], sales or (0, 0, 0), sold_out=out,
                             min_level=lowest))
        closing = opening
    return rows


def _row(day: str, store_id: str, sku: str, category: str, figures: tuple[int, int, int], *, sold_out: bool,
         min_level: int | None) -> dict:
    quantity, amount, gross = figures
    return {"date": day, "store": store_id, "sku": sku, "category": category, "quantity": quantity,
            "amount": amount, "gross": gross, "price": div_round(gross * 1000, quantity) if quantity > 0 else None,
            "discount": div_round((gross - amount) * 10_000, gross) if gross > 0 else 0,
            "sold_out": sold_out, "min_level": min_level}
