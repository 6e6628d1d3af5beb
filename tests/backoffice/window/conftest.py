"""The back-office window against a real HQ: uvicorn in this process over HTTPS with its generated CA (SQLite),
a store with a manager and an admin, and a real till — its own till database, enrolled over HTTPS with the CA
fingerprint — that sells by weight and by the piece and pushes its sales with the real SyncClient.

What the window shows is compared with what the till recorded (its Sale objects), never with what HQ's code
computed, so a bug in HQ's sums or in the window's formatting cannot hide itself.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from pos_app.core.basket import Basket  # noqa: E402
from pos_app.core.stock import Movement, MovementKind  # noqa: E402
from pos_app.core.tenders import TenderKind, TenderRequest  # noqa: E402
from pos_app.services.checkout import SaleService  # noqa: E402
from pos_app.storage import stock_repo  # noqa: E402
from pos_app.storage.database import TillDatabase  # noqa: E402
from sync.client.client import SyncClient  # noqa: E402
from sync.client.enrollment import enroll  # noqa: E402
from sync.products import product_to_wire  # noqa: E402
from sync.server import bootstrap  # noqa: E402
from sync.server.core.config import Settings  # noqa: E402
from sync.server.core.tls import fingerprint  # noqa: E402
from sync.server.runner import ServerThread  # noqa: E402
from tests.conftest import small_catalog  # noqa: E402

STORE = "s1"
MANAGER, ADMIN, PASSWORD = "m1", "boss", "correct horse battery"
OPENING = {"V1": 10_000, "P1": 24_000, "M1": 3_000}


@dataclass
class World:
    hq: ServerThread
    url: str
    fingerprint: str
    ca_pem: str
    db: TillDatabase
    client: SyncClient
    sales: list = field(default_factory=list)

    @property
    def day(self) -> str:
        return self.sales[0].created_at.date().isoformat()

    def sell(self, lines: list[tuple[str, int]]) -> None:
        """[(sku, quantity in thousandths)], paid by card (exact: no cash rounding), then pushed to HQ."""
        service = SaleService(self.db)
        basket = Basket()
        for sku, quantity in lines:
            service.add_product(basket, self.db.catalog.by_sku(sku), quantity=quantity, weighed=True)
        self.sales.append(service.checkout(basket, tenders=[TenderRequest(TenderKind.CARD, reference="r")],
                                           cashier="c1"))
        self.client.push_once()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hq")
    with ServerThread(Settings(data_dir=folder, refresh_s=0.02)) as hq:
        bootstrap.add_store(hq.engine, store_id=STORE, name="Riverside Market")
        bootstrap.add_store(hq.engine, store_id="s2", name="Hilltop")
        bootstrap.seed_catalog(hq.engine, [product_to_wire(p) for p in small_catalog()])
        bootstrap.add_user(hq.engine, user_id=MANAGER, role="manager", store_id=STORE, password=PASSWORD)
        bootstrap.add_user(hq.engine, user_id=ADMIN, role="admin", password=PASSWORD)
        bootstrap.add_user(hq.engine, user_id="c1", role="cashier", store_id=STORE, pin="2468")
        ca_pem = (Path(folder) / "tls" / "ca.pem").read_text()
        till_folder = tmp_path_factory.mktemp("till")
        db = TillDatabase.open(till_folder)
        code = bootstrap.enrollment_code(hq.engine, store_id=STORE)
        enrolled = enroll(db=db, data_dir=till_folder, hq_url=hq.url, code=code, ca_fingerprint=fingerprint(ca_pem))
        client = SyncClient.from_credentials(db=db, credentials=enrolled.credentials)
        client.pull_once()
        with db.transaction() as connection:
            stock_repo.record(connection, [Movement(sku, MovementKind.GOODS_IN, q) for sku, q in OPENING.items()])
        world = World(hq=hq, url=hq.url, fingerprint=fingerprint(ca_pem), ca_pem=ca_pem, db=db, client=client)
        world.sell([("V1", 1_234), ("P1", 2_000)])
        world.sell([("V1", 567)])
        world.sell([("M1", 250), ("P1", 1_000)])
        try:
            yield world
        finally:
            client.close()
            db.close()


@pytest.fixture
def open_window(qtbot):
    """`open_window(world=…, language=…)` → a shown BackOfficeMainWidget, shut down after the test."""
    from backoffice.window.app import create_application
    from backoffice.window.main_window import BackOfficeMainWidget

    made = []

    def make(*, world: World | None = None, language: str = "en", url: str | None = None, trust_store=None):
        _app, languages = create_application(language=language)
        today = world.sales[0].created_at.date() if world and world.sales else None
        window = BackOfficeMainWidget(languages=languages, today=today, trust_store=trust_store,
                                      hq_url=url if url is not None else (world.url if world else ""))
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1280, 800)
        window.show()
        return window

    yield make
    for window in made:
        window.shutdown()


def idle(qtbot, window, *, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: window.background.pending == 0, timeout=timeout)


def open_view(open_window, qtbot, world, view: str, **kwargs):
    """A window signed in as the store's manager (pinned CA), showing the tab of `view` (an attribute name)."""
    window = open_window(world=world, **kwargs)
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    window.tabs.setCurrentWidget(getattr(window, view))
    idle(qtbot, window)
    return window


def sign_in(qtbot, window, *, user: str = MANAGER, password: str = PASSWORD, fingerprint: str = "") -> None:
    window.login.user.setText(user)
    window.login.password.setText(password)
    window.login.fingerprint.setText(fingerprint)
    window.login.submit()
    idle(qtbot, window)
