"""What the till window is given: its services and devices, composed once and passed in by constructor.

`TillContext` is the window's whole view of the world (no global application object). `open_demo` builds
the demo store (the demo catalog and opening stock, a cashier and a manager, a simulated Toledo scale and
a printer writing to a file) the way pos_app/demo.py does, without the embedded HQ: sync shows "offline".
`open_store` opens a real till's data folder with the printer and scale settings strings given.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pos_app.core.receipt import StoreInfo
from pos_app.hardware.printer.printer_setting import parse_printer_setting
from pos_app.hardware.scale import ScaleReader, SimulatedScale, open_scale
from pos_app.services.audit import AuditLog
from pos_app.services.authorisation import Authoriser
from pos_app.services.checkout import SaleService
from pos_app.services.held_baskets import HeldBaskets
from pos_app.services.overrides import Overrides
from pos_app.services.print_queue import PrintQueue
from pos_app.services.shifts import Shifts
from pos_app.storage import settings_repo, users_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.users_repo import User
from pos_app.till.sale_session import SaleSession

if TYPE_CHECKING:
    from sync.client.worker import SyncStatus

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
DEMO_STORE = StoreInfo(name="鲜到家 · 河畔店", name_en="FreshTill Riverside Market",
                       lines=("河畔路 88 号  88 Riverside Road", "电话 Tel 021-5555 0188"))
IDLE_LOCK_SECONDS = 300
DEMO_USERS = (("c01", "王芳", "cashier", "1234"), ("c02", "李强", "cashier", "2345"),
              ("m01", "张经理", "manager", "9999"))


class Cashiers:
    """Who may sign in, and the PIN check through the Authoriser (argon2 takes tens of ms and wrong PINs are
    counted in the database, so called on the writer thread)."""

    def __init__(self, db: TillDatabase, *, authoriser: Authoriser | None = None) -> None:
        self.db = db
        self.authoriser = authoriser or Authoriser(db)

    def all(self) -> list[User]:
        with self.db.reading() as connection:
            return [u for u in users_repo.all_users(connection) if u.active]

    def check(self, *, user_id: str, pin: str) -> User:
        """The user; AuthorisationRefused on a wrong PIN, UserLocked after too many."""
        return self.authoriser.login(user_id=user_id, pin=pin)


@dataclass
class TillContext:
    db: TillDatabase
    session: SaleSession
    cashiers: Cashiers
    store: StoreInfo
    shifts: Shifts
    held: HeldBaskets
    printer: PrintQueue | None = None
    scale: ScaleReader | None = None
    sync_status: Callable[[], SyncStatus] | None = None   # None: no sync set up, the window shows offline
    simulated_scale: SimulatedScale | None = None         # the demo's, for its on-screen weight control
    idle_lock_seconds: int = IDLE_LOCK_SECONDS                # store setting `idle_lock_seconds`; 0: never
    closers: list[Callable[[], object]] = field(default_factory=list)

    def close(self) -> None:
        for closer in reversed(self.closers):
            closer()
        self.closers.clear()


def compose(*, db: TillDatabase, store: StoreInfo, printer: PrintQueue | None, scale: ScaleReader | None,
            width_mm: int = 58) -> TillContext:
    service, authoriser = SaleService(db), Authoriser(db)
    overrides = Overrides(sales=service, authoriser=authoriser, audit=AuditLog(db))
    held = HeldBaskets(db)
    session = SaleSession(service=service, printer=printer, store=store, width_mm=width_mm, overrides=overrides,
                          held=held)
    context = TillContext(db=db, session=session, cashiers=Cashiers(db, authoriser=authoriser), store=store,
                          shifts=Shifts(db), held=held, printer=printer, scale=scale,
                          simulated_scale=scale if isinstance(scale, SimulatedScale) else None)
    with db.reading() as connection:
        idle = settings_repo.get(connection, "idle_lock_seconds")
    context.idle_lock_seconds = IDLE_LOCK_SECONDS if idle is None else max(int(idle), 0)
    context.closers.append(db.close)
    if scale is not None:
        context.closers.append(scale.close)
    if printer is not None:
        printer.start()
        context.closers.append(lambda: printer.stop(wait=3.0))
    return context


def seed_demo(folder: Path) -> TillDatabase:
    """A fresh demo till database: catalog, opening stock, store header and the demo users."""
    # the catalog file readers bring pypinyin (~0.3 s): a real till's start never needs them
    from pos_app.services.catalog_files import import_catalog
    from pos_app.services.stock_files import count_stock
    shutil.rmtree(folder, ignore_errors=True)
    db = TillDatabase.open(folder)
    import_catalog(db, DEMO / "catalog.csv")
    count_stock(db, DEMO / "stock.csv")
    with db.transaction() as connection:
        settings_repo.put(connection, "store_name", DEMO_STORE.name)
        settings_repo.put(connection, "store_name_en", DEMO_STORE.name_en)
        settings_repo.put(connection, "receipt_header", list(DEMO_STORE.lines))
        users_repo.upsert(connection, [User(user_id=uid, name=name, role=role, pin_hash=users_repo.hash_pin(pin))
                                       for uid, name, role, pin in DEMO_USERS])
    return db


def open_demo(folder: Path, *, printer_setting: str | None = None) -> TillContext:
    db = seed_demo(folder)
    queue = PrintQueue(db, printer=parse_printer_setting(printer_setting or f"file://{folder / 'receipts.bin'}"),
                       idle_poll=None)
    scale = SimulatedScale(protocol="toledo8217")
    return compose(db=db, store=DEMO_STORE, printer=queue, scale=scale)


def open_store(folder: Path, *, printer_setting: str | None, scale_port: str | None,
               scale_protocol: str = "toledo8217", db: TillDatabase | None = None) -> TillContext:
    """`db`: the database already opened (and migrated) by the start-up, else it is opened here."""
    db = db or TillDatabase.open(folder)
    with db.reading() as connection:
        store = StoreInfo(name=settings_repo.get(connection, "store_name") or "",
                          name_en=settings_repo.get(connection, "store_name_en") or "",
                          lines=tuple(settings_repo.get(connection, "receipt_header") or ()))
    queue = PrintQueue(db, printer=parse_printer_setting(printer_setting)) if printer_setting else None
    scale = open_scale(port=scale_port, protocol=scale_protocol) if scale_port else None
    return compose(db=db, store=store, printer=queue, scale=scale)
