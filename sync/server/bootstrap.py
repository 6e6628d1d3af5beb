"""Setting HQ up from code — for `hq init`, tests, benchmarks and the demo.

Each helper opens one write transaction on the given engine; the CLI commands are thin wrappers of these.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from sync.protocol import ProductWire
from sync.server.core import migrate
from sync.server.core.config import Settings
from sync.server.core.db import make_engine, writing
from sync.server.core.tls import TlsFiles, tls_files
from sync.server.crud import catalog, stores, tills, users


@dataclass(frozen=True)
class Prepared:
    engine: Engine
    tls: TlsFiles | None


def prepare(settings: Settings) -> Prepared:
    """Migrate the database and make the TLS files if needed. The caller disposes of the engine."""
    settings.check_transport()
    engine = make_engine(settings.db_url, pool_size=2)
    migrate.upgrade(engine)
    return Prepared(engine=engine, tls=None if settings.dev_http else tls_files(settings))


def add_store(engine: Engine, *, store_id: str, name: str = "", actor: str = "cli") -> dict:
    with writing(engine) as connection:
        return stores.create_store(connection=connection, store_id=store_id, name=name or store_id, actor=actor)


def add_user(engine: Engine, *, user_id: str, role: str, name: str = "", store_id: str | None = None,
             password: str | None = None, pin: str | None = None, actor: str = "cli") -> dict:
    with writing(engine) as connection:
        return users.create_user(connection=connection, user_id=user_id, name=name or user_id, role=role,
                                 store_id=store_id, password=password, pin=pin, actor=actor)


def enrollment_code(engine: Engine, *, store_id: str, ttl_s: int = 24 * 3600, actor: str = "cli") -> str:
    with writing(engine) as connection:
        return tills.create_enrollment_code(connection=connection, store_id=store_id, ttl_s=ttl_s, actor=actor)


def enroll_till(engine: Engine, *, store_id: str, name: str = "") -> dict:
    """Code and enrollment in one step (what `till enroll` does over HTTPS): {till_id, store_id, token, …}."""
    code = enrollment_code(engine, store_id=store_id)
    with writing(engine) as connection:
        return tills.enroll(connection=connection, code=code, till_name=name)


def seed_catalog(engine: Engine, products: list[ProductWire], *, actor: str = "cli") -> int:
    with writing(engine) as connection:
        return catalog.upsert_products(connection=connection, items=products, actor=actor)


def set_price(engine: Engine, *, store_id: str, sku: str, price: int, actor: str = "cli") -> int:
    with writing(engine) as connection:
        return catalog.set_store_price(connection=connection, store_id=store_id, sku=sku, price=price, actor=actor)


def revoke_till(engine: Engine, *, till_id: str, actor: str = "cli") -> None:
    with writing(engine) as connection:
        tills.revoke(connection=connection, till_id=till_id, actor=actor)


def init(settings: Settings, *, store_id: str, store_name: str, admin: str, password: str) -> Prepared:
    prepared = prepare(settings)
    add_store(prepared.engine, store_id=store_id, name=store_name)
    add_user(prepared.engine, user_id=admin, role="admin", password=password)
    return prepared
