"""HQ test fixtures: one migrated database per backend per session (SQLite file; PostgreSQL in a schema of
its own, dropped at the end), one app per backend, and per test a store of its own with enrolled tills."""
from __future__ import annotations

import secrets
import socket
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg
import pytest
from fastapi.testclient import TestClient

from sync.protocol import PULL, PUSH
from sync.server import bootstrap, samples
from sync.server.runner import served_app
from sync.server.core.config import Settings
from sync.server.core.db import writing
from sync.server.crud import users

PG = "postgresql://postgres@127.0.0.1:5432/test"
ADMIN = "admin"
ADMIN_PASSWORD = "correct horse battery"


def pg_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture(scope="session", autouse=True)
def quick_argon2():
    """Production argon2 costs ~100 ms a hash by design; the tests check behaviour, not cost."""
    from argon2 import PasswordHasher

    from sync.server.core import security
    saved = security._hasher
    security._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    security._hasher = saved


@contextmanager
def backend_settings(kind: str, data_dir):
    """Settings of a fresh database: an SQLite file, or a PostgreSQL schema of its own dropped afterwards."""
    if kind == "sqlite":
        yield Settings(data_dir=data_dir, refresh_s=0.05)
        return
    if not pg_reachable():
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")
    schema = f"hq_test_{secrets.token_hex(6)}"
    with psycopg.connect(PG, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield Settings(data_dir=data_dir, refresh_s=0.05,
                       database_url=f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}")
    finally:
        with psycopg.connect(PG, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session", params=BACKENDS)
def hq_settings(request, tmp_path_factory):
    with backend_settings(request.param, tmp_path_factory.mktemp(f"hq-{request.param}")) as settings:
        yield settings


@pytest.fixture(scope="session")
def hq_engine(hq_settings):
    prepared = bootstrap.prepare(hq_settings)
    bootstrap.add_user(prepared.engine, user_id=ADMIN, role="admin", password=ADMIN_PASSWORD)
    yield prepared.engine
    prepared.engine.dispose()


@pytest.fixture(scope="session")
def client(hq_settings, hq_engine):
    # The application as `hq serve` serves it: the pull and push lanes in front of FastAPI, so every route test
    # also checks that a lane answers exactly as the route would.
    with TestClient(served_app(hq_settings), base_url="https://testserver") as test_client:
        yield test_client


@pytest.fixture(scope="session")
def admin_token(hq_engine):
    with writing(hq_engine) as connection:
        return users.login(connection=connection, user_id=ADMIN, password=ADMIN_PASSWORD, ttl_s=3600)["token"]


@dataclass
class World:
    """A store of its own, two enrolled tills and a few products whose SKUs carry the store's name."""
    client: TestClient
    engine: object
    store: str
    admin: str
    tills: list[dict]
    seqs: dict[str, int] = field(default_factory=dict)

    def sku(self, name: str) -> str:
        return f"{self.store}-{name}"

    def auth(self, token: str) -> dict:
        return {"Authorization": f"Bearer {token}"}

    def push(self, events: list[dict], *, till: int = 0, headers: dict | None = None):
        return self.client.post(PUSH, json={"events": events},
                                headers={**self.auth(self.tills[till]["token"]), **(headers or {})})

    def next_events(self, payloads: list[dict], *, till: int = 0) -> list[dict]:
        """Events with this till's next sequence numbers."""
        till_id = self.tills[till]["till_id"]
        start = self.seqs.get(till_id, 0)
        self.seqs[till_id] = start + len(payloads)
        return [samples.event(start + 1 + i, p) for i, p in enumerate(payloads)]

    def pull(self, since: str = "", *, till: int = 0) -> dict:
        answer = self.client.get(PULL, params={"since": since}, headers=self.auth(self.tills[till]["token"]))
        assert answer.status_code == 200, answer.text
        return answer.json()


@pytest.fixture
def world(client, hq_engine, admin_token) -> World:
    store = f"s{secrets.token_hex(4)}"
    bootstrap.add_store(hq_engine, store_id=store, name=f"Store {store}")
    made = [bootstrap.enroll_till(hq_engine, store_id=store, name=f"till {n}") for n in (1, 2)]
    bootstrap.seed_catalog(hq_engine, [samples.product(f"{store}-V1", barcodes=[f"{store}01"]),
                                       samples.product(f"{store}-V2", price=1200)])
    client.app.state.hq.state.refresh()
    return World(client=client, engine=hq_engine, store=store, admin=admin_token, tills=made)
