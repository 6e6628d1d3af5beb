"""The till's side of the sync with HQ, as stored: where push and pull stand, and applying a pulled page.

Push never deletes or rewrites an outbox row: an acknowledged event only gets its `sent_at`, so HQ can ask
for any sequence again (after a restore of its own) and the till can send it. Pull applies one page in one
transaction together with the page's cursor, so a crash leaves either the old catalog and cursor or the new
ones, never a mix.

Stock: HQ's ledger is authoritative. A page carries HQ's level of some products and `acked_seq`, the last
of this till's events counted in those levels; the till's view is that level plus its own movements in
events after `acked_seq` — each sale is counted exactly once, whether HQ has it yet or not.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from pos_app.core.products import Product
from pos_app.storage import outbox, settings_repo, users_repo
from pos_app.storage.catalog_repo import CatalogRepo
from pos_app.storage.users_repo import User

_MOVEMENT_KINDS = ("sale", "refund", "stock_movements")


@dataclass(frozen=True)
class SyncState:
    cursor: str
    protocol: int
    acked_seq: int
    resync: bool
    last_sync_at: str | None
    last_error: str
    last_error_at: str | None
    rejected: int
    pending: int


@dataclass(frozen=True)
class PulledPage:
    """One pull page in the till's own terms (already converted from the wire)."""
    cursor: str
    protocol: int
    full: bool = False
    more: bool = False
    acked_seq: int = 0
    products: list[Product] = field(default_factory=list)
    delisted: list[str] = field(default_factory=list)
    nomenclature: str | None = None           # JSON text, as settings_repo keeps it
    settings: dict[str, Any] = field(default_factory=dict)
    users: list[User] = field(default_factory=list)
    stock: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AppliedPage:
    products: int = 0
    delisted: int = 0
    users: int = 0
    stock: int = 0
    settings: int = 0


# -- state -------------------------------------------------------------------------------------------------
def state(connection: Connection) -> SyncState:
    row = connection.exec_driver_sql(
        "SELECT cursor, protocol, acked_seq, resync, last_sync_at, last_error, last_error_at "
        "FROM sync_state WHERE id = 1").one()
    rejected = connection.exec_driver_sql("SELECT count(*) FROM sync_rejections").scalar_one()
    return SyncState(cursor=row[0], protocol=row[1], acked_seq=row[2], resync=bool(row[3]), last_sync_at=row[4],
                     last_error=row[5], last_error_at=row[6], rejected=rejected,
                     pending=outbox.pending_count(connection))


def record_success(connection: Connection, *, at: str) -> None:
    connection.exec_driver_sql(
        "UPDATE sync_state SET last_sync_at = ?, last_error = '', last_error_at = NULL WHERE id = 1", (at,))


def record_error(connection: Connection, *, message: str, at: str) -> None:
    connection.exec_driver_sql("UPDATE sync_state SET last_error = ?, last_error_at = ? WHERE id = 1",
                               (message[:500], at))


def reset(connection: Connection) -> None:
    """Forget the pull cursor (the next pull is a full resync), e.g. after enrolling with another HQ."""
    connection.exec_driver_sql("UPDATE sync_state SET cursor = '', protocol = 0, resync = 0 WHERE id = 1")
    connection.exec_driver_sql("DELETE FROM sync_resync_seen")


# -- push ----------------------------------------------------------------------------------------------
def first_unsent(connection: Connection) -> int | None:
    return connection.exec_driver_sql("SELECT min(seq) FROM outbox WHERE sent_at IS NULL").scalar()


def last_seq(connection: Connection) -> int:
    return connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM outbox").scalar_one()


def events_from(connection: Connection, *, seq: int, limit: int) -> list[dict]:
    """Outbox events from `seq` on, sent or not (HQ may ask again for events it lost)."""
    rows = connection.exec_driver_sql(
        "SELECT seq, uuid, kind, payload, created_at FROM outbox WHERE seq >= ? ORDER BY seq LIMIT ?",
        (seq, limit)).all()
    return [{"seq": r[0], "uuid": r[1], "kind": r[2], "payload": json.loads(r[3]), "created_at": r[4]}
            for r in rows]


def mark_sent(connection: Connection, *, upto: int, at: str) -> int:
    """HQ holds every event up to `upto`: stamp the unsent ones and remember HQ's acknowledgement."""
    marked = connection.exec_driver_sql(
        "UPDATE outbox SET sent_at = ? WHERE seq <= ? AND sent_at IS NULL", (at, upto)).rowcount
    connection.exec_driver_sql("UPDATE sync_state SET acked_seq = ? WHERE id = 1", (upto,))
    return marked


def record_rejections(connection: Connection, *, rejections: Iterable[tuple[int, str, str]], at: str) -> int:
    """(seq, uuid, reason) of events HQ refused; a re-sent event's second refusal is not counted twice."""
    rows = [(seq, uuid, reason, at) for seq, uuid, reason in rejections]
    if rows:
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_rejections (seq, uuid, reason, rejected_at) VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def rejections(connection: Connection, *, limit: int = 100) -> list[dict]:
    return [dict(zip(("seq", "uuid", "reason", "rejected_at"), r)) for r in connection.exec_driver_sql(
        "SELECT seq, uuid, reason, rejected_at FROM sync_rejections ORDER BY seq DESC LIMIT ?", (limit,))]


# -- pull ----------------------------------------------------------------------------------------------
def unsynced_movements(connection: Connection, *, after_seq: int) -> dict[str, int]:
    """Per SKU, the sum of this till's own stock movements in outbox events after `after_seq`."""
    marks = ",".join("?" * len(_MOVEMENT_KINDS))
    return dict(connection.exec_driver_sql(
        "SELECT json_extract(m.value, '$.sku'), sum(json_extract(m.value, '$.quantity')) "
        "FROM outbox o, json_each(o.payload, '$.movements') m "
        f"WHERE o.seq > ? AND o.kind IN ({marks}) GROUP BY 1", (after_seq, *_MOVEMENT_KINDS)).all())


def apply_page(connection: Connection, *, catalog: CatalogRepo, page: PulledPage) -> AppliedPage:
    """Apply one pulled page and store its cursor, inside the caller's (write) transaction.

    The caller clears the catalog's cache after the commit: a reader on another thread may have cached a
    product between the upsert and the commit.
    """
    resync = page.full or state_resync(connection)
    if page.full and not state_resync(connection):
        connection.exec_driver_sql("DELETE FROM sync_resync_seen")
    if page.products:
        _free_keys(connection, products=page.products)
        catalog.upsert(connection, page.products)
    delisted = _delist(connection, page.delisted)
    if page.nomenclature is not None:
        settings_repo.put(connection, "nomenclature", page.nomenclature)
    for key, value in page.settings.items():
        settings_repo.put(connection, key, value)
    users_repo.upsert(connection, page.users)
    own = unsynced_movements(connection, after_seq=page.acked_seq) if page.stock or (resync and not page.more) else {}
    _set_levels(connection, {sku: quantity + own.get(sku, 0) for sku, quantity in page.stock.items()})
    if resync:
        _remember(connection, kind="product", keys=[p.sku for p in page.products])
        _remember(connection, kind="user", keys=[u.user_id for u in page.users])
        _remember(connection, kind="stock", keys=list(page.stock))
        if not page.more:
            delisted += _finish_resync(connection, own=own)
    connection.exec_driver_sql("UPDATE sync_state SET cursor = ?, protocol = ?, resync = ? WHERE id = 1",
                               (page.cursor, page.protocol, resync and page.more))
    catalog.clear_cache()
    return AppliedPage(products=len(page.products), delisted=delisted, users=len(page.users),
                       stock=len(page.stock), settings=len(page.settings) + (page.nomenclature is not None))


def state_resync(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql("SELECT resync FROM sync_state WHERE id = 1").scalar_one())


def _free_keys(connection: Connection, *, products: list[Product]) -> None:
    # A PLU or barcode may have moved to a product in this page from one that is not in it (or not yet,
    # in a paged resync): its old holder gives it up, so the unique keys never collide. The page's own
    # products are rewritten whole by the upsert that follows.
    for chunk in _chunks([p.plu for p in products if p.plu], 900):
        connection.exec_driver_sql(f"UPDATE products SET plu = NULL WHERE plu IN ({_marks(chunk)})", tuple(chunk))
    for chunk in _chunks([code for p in products for code in p.barcodes], 900):
        connection.exec_driver_sql(f"DELETE FROM barcodes WHERE code IN ({_marks(chunk)})", tuple(chunk))


def _delist(connection: Connection, skus: list[str]) -> int:
    count = 0
    for chunk in _chunks(skus, 900):
        count += connection.exec_driver_sql(
            f"UPDATE products SET active = 0 WHERE active AND sku IN ({_marks(chunk)})", tuple(chunk)).rowcount
    return count


def _set_levels(connection: Connection, levels: dict[str, int]) -> None:
    if levels:
        connection.exec_driver_sql(
            "INSERT INTO stock_levels (sku, quantity) VALUES (?, ?) "
            "ON CONFLICT(sku) DO UPDATE SET quantity = excluded.quantity", list(levels.items()))


def _remember(connection: Connection, *, kind: str, keys: list[str]) -> None:
    if keys:
        connection.exec_driver_sql("INSERT OR IGNORE INTO sync_resync_seen (kind, key) VALUES (?, ?)",
                                   [(kind, key) for key in keys])


def _finish_resync(connection: Connection, *, own: dict[str, int]) -> int:
    """End of a full resync: what HQ did not send is no longer sold here, and stock HQ has no level for is
    zero at HQ — the till's view of it is only its own unsynced movements."""
    delisted = connection.exec_driver_sql(
        "UPDATE products SET active = 0 WHERE active AND sku NOT IN "
        "(SELECT key FROM sync_resync_seen WHERE kind = 'product')").rowcount
    seen_users = {key for (key,) in connection.exec_driver_sql(
        "SELECT key FROM sync_resync_seen WHERE kind = 'user'")}
    users_repo.deactivate_except(connection, keep=seen_users)
    missing = [sku for (sku,) in connection.exec_driver_sql(
        "SELECT sku FROM stock_levels WHERE sku NOT IN (SELECT key FROM sync_resync_seen WHERE kind = 'stock')")]
    _set_levels(connection, {sku: own.get(sku, 0) for sku in missing})
    connection.exec_driver_sql("DELETE FROM sync_resync_seen")
    return delisted


def _marks(items: list) -> str:
    return ",".join("?" * len(items))


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]
