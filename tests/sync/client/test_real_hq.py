"""The client against the real HQ server (in-process uvicorn over HTTPS with its generated CA, SQLite):
enrollment with the CA fingerprint, a full pull, sales pushed exactly once through a crash between HQ's
reply and the till's stamp, two tills of one store converging on stock, a price change, a revoked token."""
from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import func, select

from pos_app.cli import main
from pos_app.core.stock import Movement, MovementKind
from pos_app.storage import stock_repo, users_repo
from pos_app.storage.database import TillDatabase
from sync.client import credentials, push as push_module
from sync.client.client import SyncClient
from sync.client.enrollment import enroll
from sync.client.errors import REVOKED, SyncError
from sync.products import product_to_wire
from tests.conftest import OPENING, levels, small_catalog
from tests.sync.client.test_push import pending, sell

server = pytest.importorskip("sync.server.runner")
from sync.server import bootstrap, models  # noqa: E402
from sync.server.core.config import Settings  # noqa: E402
from sync.server.core.tls import fingerprint  # noqa: E402


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hq")
    with server.ServerThread(Settings(data_dir=folder, refresh_s=0.02)) as running:
        bootstrap.add_store(running.engine, store_id="s1", name="Riverside Market")
        bootstrap.seed_catalog(running.engine, [product_to_wire(p) for p in small_catalog()])
        bootstrap.add_user(running.engine, user_id="c1", role="cashier", store_id="s1", pin="2468")
        running.fingerprint = fingerprint((folder / "tls" / "ca.pem").read_text())
        yield running


def new_till(hq, folder) -> tuple[TillDatabase, SyncClient]:
    db = TillDatabase.open(folder)
    code = bootstrap.enrollment_code(hq.engine, store_id="s1")
    enrolled = enroll(db=db, data_dir=folder, hq_url=hq.url, code=code, ca_fingerprint=hq.fingerprint)
    return db, SyncClient.from_credentials(db=db, credentials=enrolled.credentials, batch_size=4)


@pytest.fixture
def till(hq, tmp_path):
    db, client = new_till(hq, tmp_path / "till")
    client.pull_once()
    with db.transaction() as connection:
        stock_repo.record(connection, [Movement(sku, MovementKind.GOODS_IN, q) for sku, q in OPENING.items()])
    yield db, client
    client.close()
    db.close()


def hq_count(hq, table, **where) -> int:
    query = select(func.count()).select_from(table)
    for column, value in where.items():
        query = query.where(table.c[column] == value)
    with hq.engine.connect() as connection:
        return connection.execute(query).scalar_one()


def test_enrolling_and_pulling_brings_the_whole_catalog_and_the_users(till):
    db, client = till
    assert {p.sku for p in db.catalog.iter_all() if p.active} == {"V1", "P1", "M1", "C1"}
    assert db.catalog.by_sku("M1").portions == small_catalog()[2].portions
    with db.reading() as connection:
        assert users_repo.check_pin(connection, user_id="c1", pin="2468").role == "cashier"


def test_a_crash_between_hqs_reply_and_the_stamp_sends_again_and_hq_counts_once(till, hq, monkeypatch):
    db, client = till
    sell(db, 6)                                       # 7 events with the opening stock: 2 batches of 4
    real = push_module.sync_repo.mark_sent

    def crash(*_args, **_kwargs):
        raise KeyboardInterrupt("killed after HQ answered, before the stamp")
    monkeypatch.setattr(push_module.sync_repo, "mark_sent", crash)
    with pytest.raises(KeyboardInterrupt):
        client.push_once()
    monkeypatch.setattr(push_module.sync_repo, "mark_sent", real)
    assert pending(db) == 7
    report = client.push_once()
    assert (report.duplicates, report.applied, pending(db)) == (4, 3, 0)
    with db.reading() as connection:
        uuids = [u for (u,) in connection.exec_driver_sql("SELECT uuid FROM sales")]
    assert all(hq_count(hq, models.sales, uuid=u) == 1 for u in uuids) and len(uuids) == 6


def test_two_tills_of_one_store_converge_on_stock(hq, tmp_path):
    first, second = new_till(hq, tmp_path / "a"), new_till(hq, tmp_path / "b")
    try:
        for db, client in (first, second):
            client.sync_once()
        with first[0].transaction() as connection:
            stock_repo.record(connection, [Movement("P1", MovementKind.GOODS_IN, 10_000)])
        sell(first[0], 3)
        sell(second[0], 2)                             # the second till has no stock of its own yet
        for db, client in (first, second, first):      # the first pulls again to see the second's sales
            client.sync_once()
        with hq.engine.connect() as connection:
            at_hq = connection.execute(select(models.stock_levels.c.quantity).where(
                models.stock_levels.c.store_id == "s1", models.stock_levels.c.sku == "P1")).scalar_one()
        assert levels(first[0])["P1"] == levels(second[0])["P1"] == at_hq
    finally:
        for db, client in (first, second):
            client.close()
            db.close()


def test_a_price_change_at_hq_reaches_the_till_and_its_cache(till, hq):
    db, client = till
    assert db.catalog.by_sku("P1").price == 300      # cached now
    bootstrap.set_price(hq.engine, store_id="s1", sku="P1", price=350)
    report = client.sync_once()
    assert report.pull.products >= 1 and db.catalog.by_sku("P1").price == 350


def test_a_revoked_till_is_told_to_enroll_again(hq, tmp_path):
    db, client = new_till(hq, tmp_path / "r")
    try:
        bootstrap.revoke_till(hq.engine, till_id=credentials.load(tmp_path / "r").till_id)
        deadline = time.monotonic() + 10
        with pytest.raises(SyncError) as caught:
            while time.monotonic() < deadline:        # HQ's workers see a revocation within their refresh interval
                client.pull_once()
        assert (caught.value.kind, str(caught.value)) == ("unauthorised", REVOKED)
    finally:
        client.close()
        db.close()



def test_the_commands_enroll_and_sync_against_hq(hq, tmp_path, capsys):
    folder = str(tmp_path / "cli")
    code = bootstrap.enrollment_code(hq.engine, store_id="s1")
    assert main(["--data-dir", folder, "till", "enroll", "--hq", hq.url, "--code", code,
                 "--ca-fingerprint", hq.fingerprint]) == 0
    assert "Enrolled as till" in capsys.readouterr().out
    assert main(["--data-dir", folder, "sync", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pulled"]["full"] and report["pulled"]["products"] == 4 and report["pending"] == 0
    assert main(["--data-dir", folder, "sync", "status"]) == 0
    assert "Pending events: 0" in capsys.readouterr().out
