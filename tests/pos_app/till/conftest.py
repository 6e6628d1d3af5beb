"""The till window under pytest-qt, offscreen: a real till database, a simulated scale, a file printer."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from pos_app.core.products import Product, SoldBy  # noqa: E402
from pos_app.core.quantity import Unit  # noqa: E402
from pos_app.core.receipt import StoreInfo  # noqa: E402
from pos_app.core.stock import Movement, MovementKind  # noqa: E402
from pos_app.hardware.printer.printer_setting import parse_printer_setting  # noqa: E402
from pos_app.hardware.scale import SimulatedScale  # noqa: E402
from pos_app.services.print_queue import PrintQueue  # noqa: E402
from pos_app.storage import stock_repo, users_repo  # noqa: E402
from pos_app.storage.users_repo import User  # noqa: E402
from tests.conftest import ean13  # noqa: E402

TEA = ean13("690123456790")
BREAD = ean13("690123456791")
EXTRA = [Product(sku="P2", name_zh="绿茶", name_en="Green tea", unit=Unit.PIECE, sold_by=SoldBy.PIECE, price=450,
                 tax_rate=1300, barcodes=(TEA,)),
         Product(sku="P3", name_zh="面包", name_en="Bread", unit=Unit.PIECE, sold_by=SoldBy.PIECE, price=1250,
                 tax_rate=900, barcodes=(BREAD,))]
PINS = {"c01": "1234", "m01": "9999"}


class FakeClock:
    """Milliseconds that advance by `step` on every reading: keys `step` ms apart, whatever the machine does."""

    def __init__(self, step: int = 5) -> None:
        self.now = 1_000_000
        self.step = step

    def __call__(self) -> int:
        self.now += self.step
        return self.now


@pytest.fixture
def till_db(db):
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)   # fast for tests; same check
    with db.transaction() as connection:
        db.catalog.upsert(connection, EXTRA)
        stock_repo.record(connection, [Movement("P2", MovementKind.GOODS_IN, 10_000),
                                       Movement("P3", MovementKind.GOODS_IN, 10_000)])
        users_repo.upsert(connection, [User("c01", "王芳", "cashier", hasher.hash(PINS["c01"])),
                                       User("m01", "张经理", "manager", hasher.hash(PINS["m01"]))])
    return db


def make_window(qtbot, *, db, printer_setting: str, clock=None, language: str = "en", simulated_scale: bool = True,
                **queue_options):
    from pos_app.till.app import create_application
    from pos_app.till.context import compose
    from pos_app.till.main_window import TillMainWidget

    _app, languages = create_application(language=language)
    queue = PrintQueue(db, printer=parse_printer_setting(printer_setting), idle_poll=None, **queue_options)
    scale = SimulatedScale(protocol="toledo8217") if simulated_scale else None
    context = compose(db=db, store=StoreInfo(name="测试店", name_en="Test shop"), printer=queue, scale=scale)
    window = TillMainWidget(context=context, languages=languages, clock=clock or FakeClock())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def close_after():
    windows = []
    yield windows.append
    for window in windows:
        window.shutdown()
        window.context.close()
