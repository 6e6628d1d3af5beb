"""Pulling changes from HQ: pages since the stored cursor, each applied in one till transaction.

Everything a page carries is converted to the till's own types first, so a product the till cannot read
stops the pull before anything is written (the till keeps selling from the catalog it has, and the error
says which product).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from pos_app.core.errors import PosError
from pos_app.core.products import Product
from pos_app.core.nomenclature import Nomenclature
from pos_app.storage import sync_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.users_repo import User
from sync.client.errors import SyncError
from sync.products import wire_to_product
from sync.client.transport import Transport, parse
from sync.protocol import PROTOCOL_VERSION, PULL, ProductWire, PullResponse

MAX_PAGES = 10_000   # a guard against a server that always says `more`, far above any real catalog


@dataclass(frozen=True)
class PullReport:
    pages: int = 0
    full: bool = False
    products: int = 0
    delisted: int = 0
    users: int = 0
    stock: int = 0
    settings: int = 0
    cursor: str = ""


def pull_changes(*, db: TillDatabase, transport: Transport) -> PullReport:
    report = PullReport()
    for _ in range(MAX_PAGES):
        with db.reading() as connection:
            stored = sync_repo.state(connection)
        # A cursor from another protocol version means nothing to HQ now: start over with a full resync.
        since = stored.cursor if stored.protocol == PROTOCOL_VERSION else ""
        _status, body = transport.get(PULL, params={"since": since})
        response = parse(PullResponse, body, what="pull answer")
        if response.protocol != PROTOCOL_VERSION:
            raise SyncError(f"HQ speaks sync protocol {response.protocol} and this till {PROTOCOL_VERSION}: update "
                            "the till (or HQ) so both match.", kind="protocol")
        page = to_page(response)
        with db.transaction() as connection:
            applied = sync_repo.apply_page(connection, catalog=db.catalog, page=page)
        # Again after the commit: another thread may have cached an old product while the page was applied.
        db.catalog.clear_cache()
        report = PullReport(
            pages=report.pages + 1, full=report.full or response.full,
            products=report.products + applied.products, delisted=report.delisted + applied.delisted,
            users=report.users + applied.users, stock=report.stock + applied.stock,
            settings=report.settings + applied.settings, cursor=response.cursor)
        if not response.more:
            return report
        if response.cursor == since:
            raise SyncError("HQ said more changes were waiting but did not move the cursor.", kind="protocol")
    raise SyncError(f"HQ sent more than {MAX_PAGES} pages in one pull.", kind="protocol")


def to_page(response: PullResponse) -> sync_repo.PulledPage:
    """A wire page in the till's types; anything unreadable is a protocol error naming what it was."""
    products = [to_product(wire) for wire in response.products]
    nomenclature = None
    if response.nomenclature is not None:
        nomenclature = json.dumps(response.nomenclature, ensure_ascii=False)
        try:
            Nomenclature.from_json(nomenclature)
        except PosError as exc:
            raise SyncError(f"HQ's barcode rules cannot be used: {exc}", kind="protocol") from None
    users = [User(user_id=u.user_id, name=u.name, role=u.role, pin_hash=u.pin_hash, active=u.active)
             for u in response.users]
    return sync_repo.PulledPage(
        cursor=response.cursor, protocol=response.protocol, full=response.full, more=response.more,
        acked_seq=response.acked_seq, products=products, delisted=list(response.delisted),
        nomenclature=nomenclature, settings={key: setting_value(text) for key, text in response.settings.items()},
        users=users, stock={s.sku: s.quantity for s in response.stock})


def to_product(wire: ProductWire) -> Product:
    try:
        return wire_to_product(wire)
    except (PosError, ValueError) as exc:
        raise SyncError(f"HQ sent product {wire.sku} in a form this till cannot use: {exc}", kind="protocol") from None


def setting_value(text: str):
    """Settings travel as JSON text (so numbers and objects keep their type); a bare word is a string."""
    try:
        return json.loads(text)
    except ValueError:
        return text
