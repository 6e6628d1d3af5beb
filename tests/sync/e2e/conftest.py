"""End-to-end fixtures for the issue-5 proofs: a real HQ (`hq serve` as a child process, HTTPS with its
generated CA, on SQLite or on a PostgreSQL schema of its own), the fault proxy in front of it, and tills
that each have their own real till database, enrolled over HTTPS with the CA fingerprint.

The tills' side of every comparison is read straight from the till databases with SQL written here, not
through the code under test, so a bug in the client's bookkeeping cannot hide itself.
"""
from __future__ import annotations

import json
import secrets
import signal
import socket
import threading
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from pos_app.core.stock import Movement, MovementKind
from pos_app.services.checkout import SaleService
from pos_app.storage import stock_repo
from pos_app.storage.database import TillDatabase
from sync.client.client import SyncClient
from sync.client.enrollment import enroll
from sync.products import product_to_wire
from sync.server import bootstrap, models
from sync.server.core import security
from sync.server.core.config import Settings
from sync.server.core.db import snapshot
from sync.server.core.errors import HqError
from sync.server.core.tls import fingerprint
from sync.server.runner import ServerProcess
from tests.conftest import small_catalog
from tests.sync.faultproxy import FaultProxy

PG = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
# Enough that no till ever hits the sold-out check: these tests are about counting, not about running out.
OPENING = {"V1": 50_000_000, "P1": 50_000_000, "M1": 50_000_000}


def pg_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
        return True
    except OSError:
        return False


@contextmanager
def backend_settings(kind: str, data_dir: Path):
    """An SQLite file in `data_dir`, or a PostgreSQL schema made for this run and dropped afterwards, so
    concurrent test sessions on the shared server never meet."""
    if kind == "sqlite":
        yield Settings(data_dir=data_dir)
        return
    if not pg_reachable():
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")
    schema = f"e2e_{secrets.token_hex(6)}"
    with psycopg.connect(PG, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield Settings(data_dir=data_dir, database_url=f"postgresql+psycopg://postgres@127.0.0.1:5432/test"
                                                      f"?options=-csearch_path%3D{schema}")
    finally:
        with psycopg.connect(PG, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@contextmanager
def cheap_hashes():
    """Users made with a cheap argon2 cost: HQ verifies with the cost stored in the hash, so fuzzed logins
    and fresh sessions stay fast in the server too (production cost is ~100 ms a hash by design)."""
    from argon2 import PasswordHasher
    saved = security._hasher
    security._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    try:
        yield
    finally:
        security._hasher = saved


class Hq:
    """The HQ child process plus what the tests read from its database (the HQ side of each comparison)."""

    def __init__(self, server: ServerProcess, *, kind: str) -> None:
        self.server = server
        self.kind = kind
        self.url = server.url
        self.engine = server.engine
        self.verify = server.verify
        self.ca_path = str(Path(server.settings.data_dir) / "tls" / "ca.pem")
        self.ca_pem = Path(self.ca_path).read_text()
        self.fingerprint = fingerprint(self.ca_pem)
        self._connection = None

    @property
    def port(self) -> int:
        return self.server.settings.port

    def start(self) -> None:
        try:
            self.server.start()
        except HqError as error:   # say why: the server's own log
            log = Path(self.server.log_path).read_text(errors="replace")[-3000:]
            raise HqError(f"{error}\n--- {self.server.log_path} ---\n{log}") from None

    def restart(self, *, kill: bool = False) -> None:
        """Stop HQ (SIGTERM, or SIGKILL in the middle of whatever it is doing) and start it on the same port."""
        if kill:
            self.server.kill()
        else:
            self.server.stop()
        self.start()

    def new_store(self) -> str:
        store = f"s{secrets.token_hex(4)}"
        bootstrap.add_store(self.engine, store_id=store, name=f"Store {store}")
        return store

    @contextmanager
    def consistent(self):
        """Every read inside sees one snapshot of HQ: a request HQ is still applying (its till gave up
        waiting, or was killed) commits either wholly before it or wholly after."""
        with snapshot(self.engine) as connection:
            self._connection = connection
            try:
                yield self
            finally:
                self._connection = None

    def _rows(self, query) -> list:
        if self._connection is not None:
            return self._connection.execute(query).all()
        with self.engine.connect() as connection:
            return connection.execute(query).all()

    def sales(self, store: str) -> list[tuple[str, str, str, int]]:
        """(uuid, till, kind, total) of every sale and refund HQ holds for `store`, duplicates included."""
        s = models.sales.c
        return [(str(u).lower(), t, k, total) for u, t, k, total in
                self._rows(select(s.uuid, s.till_id, s.kind, s.total).where(s.store_id == store))]

    def events(self, store: str) -> list[tuple[str, str, int, str]]:
        e = models.events.c
        return [(str(i).lower(), t, seq, status) for i, t, seq, status in
                self._rows(select(e.id, e.till_id, e.seq, e.status).where(e.store_id == store))]

    def movement_sums(self, store: str) -> dict[str, int]:
        m = models.stock_movements.c
        return {sku: int(q) for sku, q in self._rows(
            select(m.sku, func.sum(m.quantity)).where(m.store_id == store).group_by(m.sku))}

    def movement_count(self, store: str) -> tuple[int, int]:
        m = models.stock_movements.c
        return self._rows(select(func.count(), func.count(m.uuid.distinct())).where(m.store_id == store))[0]

    def levels(self, store: str) -> dict[str, int]:
        s = models.stock_levels.c
        return {sku: int(q) for sku, q in self._rows(select(s.sku, s.quantity).where(s.store_id == store))}

    def part_sums(self, store: str) -> dict[str, tuple[int, int]]:
        """Per product: (quantity, amount) over every sale line's parts — the combo's components included.
        A line whose only part is the line itself is stored with NULL parts (docs/sync.md)."""
        lines, sales = models.sale_lines.c, models.sales.c
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for parts, *line in self._rows(
                select(lines.parts, lines.sku, lines.quantity, lines.net, lines.tax_rate).join_from(
                    models.sale_lines, models.sales, lines.sale_uuid == sales.uuid).where(sales.store_id == store)):
            for sku, quantity, amount, _rate in json.loads(parts) if parts is not None else [line]:
                totals[sku][0] += quantity
                totals[sku][1] += amount
        return {sku: (q, a) for sku, (q, a) in totals.items()}

    def tender_sums(self, store: str) -> dict[str, int]:
        t, s = models.sale_tenders.c, models.sales.c
        return {kind: int(a) for kind, a in self._rows(
            select(t.kind, func.sum(t.amount)).join_from(models.sale_tenders, models.sales, t.sale_uuid == s.uuid)
            .where(s.store_id == store).group_by(t.kind))}

    def acked(self, till_id: str) -> int:
        return self._rows(select(models.tills.c.acked_seq).where(models.tills.c.id == till_id))[0][0]

    def exceptions(self, store: str) -> list[tuple[str, str]]:
        x = models.exceptions.c
        return [tuple(r) for r in self._rows(select(x.kind, x.detail).where(x.store_id == store))]


@contextmanager
def sigterm_tears_down():
    """A CI timeout or a `kill` ends pytest with SIGTERM, which skips fixture teardown and would leave HQ
    running with no parent (and its PostgreSQL schema behind): make it a KeyboardInterrupt, which pytest
    stops on after tearing its fixtures down."""
    mine = (threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)

    def interrupt(*_args):
        raise KeyboardInterrupt("SIGTERM")
    if mine:
        signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        if mine:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.fixture(scope="module", params=BACKENDS)
def hq(request, tmp_path_factory):
    """One HQ child process per backend per test module (stores keep the tests of a module apart)."""
    with sigterm_tears_down(), backend_settings(request.param, tmp_path_factory.mktemp(f"hq-{request.param}")) \
            as settings:
        server = ServerProcess(settings)
        bootstrap.seed_catalog(server.engine, [product_to_wire(p) for p in small_catalog()])
        running = Hq(server, kind=request.param)
        running.start()
        try:
            yield running
        finally:
            server.stop()
            server.engine.dispose()


@pytest.fixture(scope="module")
def proxy(hq):
    """The fault proxy in front of HQ; it outlives HQ's restarts because HQ comes back on the same port."""
    with FaultProxy(upstream_port=hq.port) as running:
        yield running


class Clock:
    """A till's clock for new sales: real time plus an offset a test can jump."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now().astimezone() + self.offset


class Till:
    """One till: its folder and database, the real SaleService and a SyncClient pointed at `url` (the proxy).

    `reopen()` is a crash: database and client objects are dropped and made again from the folder.
    """

    def __init__(self, *, folder: Path, till_id: str, store: str, token: str, ca_pem: str, url: str,
                 connect_timeout: float = 1.0, read_timeout: float = 3.0, batch_size: int | None = None) -> None:
        self.folder, self.till_id, self.store = folder, till_id, store
        self.clock = Clock()
        self._client_options = {"base_url": url, "token": token, "ca_pem": ca_pem, "connect_timeout": connect_timeout,
                                "read_timeout": read_timeout, "clock": self.clock}
        if batch_size is not None:
            self._client_options["batch_size"] = batch_size
        self._open()

    def _open(self) -> None:
        self.db = TillDatabase.open(self.folder)
        self.client = SyncClient(db=self.db, **self._client_options)
        self.service = SaleService(self.db, clock=self.clock)

    def close(self) -> None:
        self.client.close()
        self.db.close()

    def reopen(self) -> None:
        self.close()
        self._open()

    def stock_in(self, moves: dict[str, int], *, kind: MovementKind = MovementKind.GOODS_IN) -> None:
        with self.db.transaction() as connection:
            stock_repo.record(connection, [Movement(sku, kind, quantity) for sku, quantity in moves.items()])

    # -- the till's side of each comparison, read with this module's own SQL ----------------------------
    def _rows(self, sql: str, params: tuple = ()) -> list:
        with self.db.reading() as connection:
            return connection.exec_driver_sql(sql, params).all()

    def sales(self) -> dict[str, tuple[str, int]]:
        return {u: (k, t) for u, k, t in self._rows("SELECT uuid, kind, total FROM sales")}

    def ledger(self) -> dict[str, int]:
        return dict(self._rows("SELECT sku, sum(quantity) FROM stock_movements GROUP BY sku"))

    def part_sums(self) -> dict[str, tuple[int, int]]:
        return {sku: (q, a) for sku, q, a in self._rows(
            "SELECT sku, sum(quantity), sum(amount) FROM sale_parts GROUP BY sku")}

    def tender_sums(self) -> dict[str, int]:
        return dict(self._rows("SELECT kind, sum(amount) FROM payments GROUP BY kind"))

    def levels(self) -> dict[str, int]:
        return dict(self._rows("SELECT sku, quantity FROM stock_levels"))

    def outbox(self) -> list[tuple[int, str, str, dict, str | None]]:
        """(seq, uuid, kind, payload, sent_at) in sequence order."""
        return [(seq, u, k, json.loads(p), sent) for seq, u, k, p, sent in
                self._rows("SELECT seq, uuid, kind, payload, sent_at FROM outbox ORDER BY seq")]

    def last_seq(self) -> int:
        return self._rows("SELECT coalesce(max(seq), 0) FROM outbox")[0][0]

    def acked_seq(self) -> int:
        return self._rows("SELECT acked_seq FROM sync_state WHERE id = 1")[0][0]

    def cursor(self) -> str:
        return self._rows("SELECT cursor FROM sync_state WHERE id = 1")[0][0]

    def unstamped(self) -> int:
        return self._rows("SELECT count(*) FROM outbox WHERE sent_at IS NULL")[0][0]

    def price(self, sku: str) -> int:
        return self._rows("SELECT price FROM products WHERE sku = ?", (sku,))[0][0]


def enroll_till(hq: Hq, *, store: str, folder: Path, url: str | None = None, **options) -> Till:
    """Enroll over HTTPS straight to HQ with the CA fingerprint (as an installer would), then talk through
    `url` (the fault proxy) from then on."""
    with TillDatabase.open(folder) as db:
        code = bootstrap.enrollment_code(hq.engine, store_id=store)
        made = enroll(db=db, data_dir=folder, hq_url=hq.url, code=code, ca_fingerprint=hq.fingerprint).credentials
    return Till(folder=folder, till_id=made.till_id, store=store, token=made.token, ca_pem=made.ca_pem,
                url=url or hq.url, **options)


def proxy_url(proxy: FaultProxy) -> str:
    return f"https://127.0.0.1:{proxy.port}"


# -- comparing both sides ----------------------------------------------------------------------------------
def assert_converged(hq: Hq, store: str, tills: list[Till]) -> None:
    """Everything the tills made is at HQ exactly once, and HQ's money and stock equal the tills' exactly."""
    at_hq = hq.sales(store)
    uuids = [u for u, *_ in at_hq]
    made = {u: (till.till_id, kind, total) for till in tills for u, (kind, total) in till.sales().items()}
    assert len(uuids) == len(set(uuids)), "a sale is at HQ twice"
    assert set(uuids) == set(made), (f"{len(set(made) - set(uuids))} sales missing at HQ, "
                                     f"{len(set(uuids) - set(made))} at HQ that no till made")
    assert {u: (t, k, total) for u, t, k, total in at_hq} == made
    events = hq.events(store)
    # "exception" events are kept and counted (a skewed clock, say); none may be rejected: the real till
    # makes only valid events.
    assert {status for *_, status in events} <= {"applied", "exception"}
    for till in tills:
        seqs = sorted(seq for _, t, seq, _ in events if t == till.till_id)
        assert seqs == list(range(1, till.last_seq() + 1))
        assert hq.acked(till.till_id) == till.acked_seq() == till.last_seq()
        assert till.unstamped() == 0
    assert sum(total for *_, total in at_hq) == sum(total for _, _, total in made.values())
    ledger: Counter = Counter()
    parts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tenders: Counter = Counter()
    for till in tills:
        ledger.update(till.ledger())
        tenders.update(till.tender_sums())
        for sku, (quantity, amount) in till.part_sums().items():
            parts[sku][0] += quantity
            parts[sku][1] += amount
    assert hq.movement_sums(store) == dict(ledger)
    count, distinct = hq.movement_count(store)
    assert count == distinct == sum(len(till_movements(till)) for till in tills)
    assert hq.levels(store) == dict(ledger)
    assert hq.part_sums(store) == {sku: tuple(v) for sku, v in parts.items()}
    assert hq.tender_sums(store) == dict(tenders)


def pull_until_level(hq: Hq, tills: list[Till], *, within: float = 5.0) -> None:
    """Pull until every till's stock view is HQ's level. With several workers, one that did not take the last
    push answers "nothing new" from memory until its next refresh (~100 ms, docs/sync.md), so a view may be
    one refresh late — never wrong for longer: after `within` seconds the difference is a failure."""
    deadline = time.monotonic() + within
    for till in tills:
        while True:
            till.client.pull_once()
            expected = hq.levels(till.store)
            if till.levels() == expected:
                break
            assert time.monotonic() < deadline, (
                f"till {till.till_id}: stock view {till.levels()} never reached HQ's {expected} (cursor "
                f"{till.cursor()!r}, acked {till.acked_seq()} of {till.last_seq()}, HQ acked {hq.acked(till.till_id)})")
            time.sleep(0.05)


def till_movements(till: Till) -> list[tuple[int, str, int]]:
    """(seq, sku, quantity) of every stock movement in the till's outbox events."""
    return [(seq, m["sku"], m["quantity"]) for seq, _u, _k, payload, _s in till.outbox()
            for m in payload.get("movements", ())]
