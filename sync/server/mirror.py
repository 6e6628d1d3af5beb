"""A worker's in-memory copy of each busy store's change feed, so an incremental pull needs no database.

Every push bumps its store's version, so with many tills in a store most pulls are not "nothing new":
they carry the few stock levels the other tills' sales moved. `feed.pull` reads those in one REPEATABLE
READ transaction of six statements (~6 ms); here a worker keeps, per store it serves, what such a pull
of an unchanged catalog can contain — every stock level, store setting and the latest store price version,
each with the version that last changed it, and every till's acked sequence — all read in one snapshot
together with the versions, and advanced by the worker's refresher with only the rows whose version moved.

`changes` answers from one such snapshot exactly what `feed.pull` would have answered at that moment, or
None when it cannot (the snapshot is older than a version the worker knows, the catalog or a store price
changed, the till is unknown to the snapshot, the cursor is ahead of it or pages a full snapshot): the
caller then reads the database as before. A push the worker commits right after the snapshot's version
moves it on in memory (`with_push`). A snapshot is replaced whole, never changed in place, so a reader
always sees one consistent moment.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, replace

from sqlalchemy import Connection, and_, or_, select

from sync.server import feed
from sync.server.crud import versions
from sync.server.models import stock_levels, store_prices, store_settings, tills

LOG_SLACK = 1000            # stale log entries tolerated before the log is rebuilt from the levels


@dataclass(frozen=True)
class StoreFeed:
    store_id: str
    catalog: int                               # versions as of the snapshot everything below was read in
    store: int
    levels: dict[str, tuple[int, int]]         # sku → (quantity, version that last changed it)
    log: tuple[tuple[int, str], ...]           # (version, sku) in version order: where to start for a cursor
    settings: dict[str, tuple[str, int]]       # key → (JSON text, version)
    price_version: int                         # the newest version of any of the store's own prices
    acked: dict[str, int]                      # till → acked_seq


def advance(connection: Connection, *, old: dict[str, StoreFeed], stores: list[str],
            current: dict[str, int]) -> dict[str, StoreFeed]:
    """New snapshots of `stores` from `connection` (a snapshot transaction that also read `current`), each
    built from its old one plus the rows changed since (all rows for a store seen for the first time)."""
    heads = {store: old[store].store if store in old else -1 for store in stores}

    def since(table):
        return or_(*(and_(table.c.store_id == store, table.c.version > head) for store, head in heads.items()))

    levels: dict[str, list] = {store: [] for store in stores}
    for store, sku, quantity, version in connection.execute(
            select(stock_levels.c.store_id, stock_levels.c.sku, stock_levels.c.quantity, stock_levels.c.version)
            .where(since(stock_levels)).order_by(stock_levels.c.version)):
        levels[store].append((str(sku), quantity, version))
    settings: dict[str, list] = {store: [] for store in stores}
    for store, key, value, version in connection.execute(
            select(store_settings.c.store_id, store_settings.c.key, store_settings.c.value, store_settings.c.version)
            .where(since(store_settings))):
        settings[store].append((str(key), value, version))
    prices: dict[str, int] = {}
    for store, version in connection.execute(select(store_prices.c.store_id, store_prices.c.version)
                                             .where(since(store_prices))):
        prices[store] = max(prices.get(store, -1), version)
    acked: dict[str, dict[str, int]] = {store: {} for store in stores}
    for till_id, store, seq in connection.execute(select(tills.c.id, tills.c.store_id, tills.c.acked_seq)
                                                  .where(tills.c.store_id.in_(stores))):
        acked[store][str(till_id)] = seq
    catalog = current.get(versions.CATALOG, 0)
    made = {}
    for store in stores:
        before = old.get(store)
        made[store] = _next(before, store_id=store, catalog=catalog, store=current[versions.store_scope(store)],
                            levels=levels[store], settings=settings[store], price=prices.get(store, -1),
                            acked=acked[store])
    return made


def _next(before: StoreFeed | None, *, store_id: str, catalog: int, store: int, levels: list, settings: list,
          price: int, acked: dict[str, int]) -> StoreFeed:
    level_map = dict(before.levels) if before else {}
    log = list(before.log) if before else []
    for sku, quantity, version in levels:
        level_map[sku] = (quantity, version)
        log.append((version, sku))
    if len(log) > 2 * len(level_map) + LOG_SLACK:
        # Each sku's latest version is all a cursor needs; older entries only cost memory.
        log = sorted((version, sku) for sku, (_quantity, version) in level_map.items())
    setting_map = dict(before.settings) if before else {}
    setting_map.update((key, (value, version)) for key, value, version in settings)
    return StoreFeed(store_id=store_id, catalog=catalog, store=store, levels=level_map, log=tuple(log),
                     settings=setting_map, price_version=max(price, before.price_version if before else -1),
                     acked=acked)


def with_push(snapshot: StoreFeed, *, version: int, deltas: dict[str, int], acked: dict[str, int]) -> StoreFeed:
    """The snapshot after the pushes of one group committed at `version` = snapshot.store + 1 (the store's
    version row lock orders them, so nothing else of this store changed in between): levels moved by the
    pushes' summed deltas, the tills' acked sequences, nothing else."""
    levels = dict(snapshot.levels)
    log = list(snapshot.log)
    for sku in sorted(deltas):
        levels[sku] = (levels.get(sku, (0, 0))[0] + deltas[sku], version)
        log.append((version, sku))
    return replace(snapshot, store=version, levels=levels, log=tuple(log), acked={**snapshot.acked, **acked})


def with_catalog(snapshot: StoreFeed, catalog: int) -> StoreFeed:
    """The same store data seen from a later snapshot in which only the catalog moved."""
    return snapshot if snapshot.catalog == catalog else replace(snapshot, catalog=catalog)


def changes(snapshot: StoreFeed | None, *, cursor: feed.Cursor | None, till_id: str, known: dict[str, int]
            ) -> dict | None:
    """The incremental pull for `till_id` since `cursor`, from `snapshot`; None when the database must answer.

    `known` are the versions this worker knows (re-read each refresh, plus its own writes): a snapshot older
    than those is not used, so a change this worker has seen is never answered as absent."""
    if snapshot is None or cursor is None or cursor.offset is not None:
        return None
    if cursor.catalog != snapshot.catalog or known.get(versions.CATALOG) != snapshot.catalog:
        return None
    if known.get(versions.store_scope(snapshot.store_id), -1) > snapshot.store:
        return None
    if cursor.store > snapshot.store or snapshot.price_version > cursor.store:
        return None
    acked = snapshot.acked.get(till_id)
    if acked is None:
        return None
    body = feed.empty_response(feed.Cursor(snapshot.catalog, snapshot.store, acked))
    if cursor.store == snapshot.store:
        return body
    start = bisect.bisect_right(snapshot.log, cursor.store, key=lambda entry: entry[0])
    skus = sorted({sku for _version, sku in snapshot.log[start:]})
    body["stock"] = [{"sku": sku, "quantity": snapshot.levels[sku][0]} for sku in skus]
    for key, (value, version) in snapshot.settings.items():
        if version > cursor.store:
            if key == "nomenclature":
                body["nomenclature"] = json.loads(value)
            else:
                body["settings"][key] = value
    return body
