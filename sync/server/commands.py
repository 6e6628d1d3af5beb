"""`freshtill hq …`: run and administer the HQ server from the command line.

Secrets (passwords, PINs) are never flags: they are asked for at the terminal, or read one per line from
standard input when it is not a terminal (for scripts). `hq catalog import` reuses the till's catalog file
reader (pos_app.services.catalog_files), so HQ and tills accept exactly the same files; HQ's file may also carry
the supply columns (sync/server/catalog_file.py), and `hq catalog export` writes them.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from sync.protocol import ProductWire
from sync.server import bootstrap
from sync.server.core.config import PREFIX, Settings
from sync.server.core.db import reading, writing
from sync.server.core.errors import HqError
from sync.server.core.tls import ca_pem, fingerprint


NIGHTLY_HOUR = 2     # a served HQ's default hour for the forecasting job, when no setting says otherwise


def register(subparsers) -> None:
    parser = subparsers.add_parser("hq", help="run and administer the HQ server")
    actions = parser.add_subparsers(dest="hq_command", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database URL (default: SQLite hq.sqlite in the HQ data folder)")
    common.add_argument("--data-dir", dest="hq_data_dir", type=Path,
                        help="HQ data folder: database, TLS files (default: <till data folder>/hq)")

    serve = actions.add_parser("serve", parents=[common], help="serve HTTPS (migrates the database first)")
    serve.add_argument("--replica-db", help="read-only database URL for report reads")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1; 0.0.0.0 for the network)")
    serve.add_argument("--port", type=int, help="port (default 8443)")
    serve.add_argument("--workers", type=int, help="worker processes (default: 1 on SQLite, CPU count otherwise)")
    serve.add_argument("--tls-cert", type=Path, help="certificate (default: a generated local CA's)")
    serve.add_argument("--tls-key", type=Path, help="the certificate's key")
    serve.add_argument("--tls-ca", type=Path, help="the CA tills should pin")
    serve.add_argument("--dev-http", action="store_true", help="plain HTTP, for development on loopback only")
    serve.add_argument("--nightly-hour", type=int, help=f"hour of day (0-23, HQ's local time) of the forecasting "
                                                        f"job (default {NIGHTLY_HOUR}; -1: not scheduled)")
    serve.set_defaults(handler=_serve)

    nightly = actions.add_parser("nightly", parents=[common], help="forecast every product now (one run at a time)")
    nightly.add_argument("--store", help="one store only (default: every store)")
    nightly.add_argument("--processes", type=int, default=2, help="worker processes fitting the models (default 2)")
    nightly.add_argument("--through", help="the last day of history, YYYY-MM-DD (default: each store's yesterday)")
    nightly.set_defaults(handler=_nightly)

    init = actions.add_parser("init", parents=[common], help="migrate, create the first store and admin")
    init.add_argument("--store", required=True)
    init.add_argument("--store-name", default="")
    init.add_argument("--admin", default="admin", help="the admin's user name (password asked for)")
    init.set_defaults(handler=_init)

    store = actions.add_parser("store", help="stores").add_subparsers(dest="store_command", required=True)
    add = store.add_parser("add", parents=[common], help="add a store")
    add.add_argument("store_id")
    add.add_argument("--name", default="")
    add.set_defaults(handler=_store_add)

    code = actions.add_parser("enroll-code", parents=[common], help="a one-time code for a new till")
    code.add_argument("--store", required=True)
    code.add_argument("--hours", type=int, default=24, help="how long the code is valid (default 24)")
    code.set_defaults(handler=_enroll_code)

    ca = actions.add_parser("ca-fingerprint", parents=[common], help="SHA-256 of the CA tills pin")
    ca.set_defaults(handler=_ca_fingerprint)

    user = actions.add_parser("user", help="users").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", parents=[common], help="add a cashier, manager or admin")
    add.add_argument("user_id")
    add.add_argument("--role", required=True, choices=("cashier", "manager", "admin"))
    add.add_argument("--name", default="")
    add.add_argument("--store", help="tie the user to one store (default: every store)")
    add.add_argument("--pin", action="store_true", help="ask for a till PIN")
    add.add_argument("--password", action="store_true", help="ask for a back-office password")
    add.set_defaults(handler=_user_add)

    till = actions.add_parser("till", help="tills").add_subparsers(dest="till_command", required=True)
    listing = till.add_parser("list", parents=[common], help="tills with their sync state")
    listing.add_argument("--store")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_till_list)
    revoke = till.add_parser("revoke", parents=[common], help="stop a till's token working")
    revoke.add_argument("till_id")
    revoke.set_defaults(handler=_till_revoke)

    catalog = actions.add_parser("catalog", help="catalog").add_subparsers(dest="catalog_command", required=True)
    load = catalog.add_parser("import", parents=[common], help="add or replace products from a CSV/XLSX file")
    load.add_argument("file", type=Path)
    load.add_argument("--store", help="the file's prices become this store's prices")
    load.set_defaults(handler=_catalog_import)
    dump = catalog.add_parser("export", parents=[common], help="write every product, with its supply terms, to a "
                                                               "CSV/XLSX file")
    dump.add_argument("file", type=Path)
    dump.add_argument("--store", help="write this store's prices instead of the default ones")
    dump.set_defaults(handler=_catalog_export)

    price = actions.add_parser("price", help="store prices").add_subparsers(dest="price_command", required=True)
    setting = price.add_parser("set", parents=[common], help="set one product's price at one store")
    setting.add_argument("--store", required=True)
    setting.add_argument("--sku", required=True)
    setting.add_argument("--price", required=True, help="in yuan, e.g. 12.80")
    setting.set_defaults(handler=_price_set)


def settings_from(args) -> Settings:
    data_dir = getattr(args, "hq_data_dir", None)
    if data_dir is None and getattr(args, "data_dir", None):
        data_dir = Path(args.data_dir) / "hq"
    return Settings.from_env(
        data_dir=data_dir, database_url=getattr(args, "db", None), replica_url=getattr(args, "replica_db", None),
        host=getattr(args, "host", None), port=getattr(args, "port", None), workers=getattr(args, "workers", None),
        tls_cert=getattr(args, "tls_cert", None), tls_key=getattr(args, "tls_key", None),
        tls_ca=getattr(args, "tls_ca", None), dev_http=True if getattr(args, "dev_http", False) else None,
        nightly_hour=getattr(args, "nightly_hour", None))


def _engine(args):
    return bootstrap.prepare(settings_from(args)).engine


def _secret(prompt: str, *, confirm: bool = True) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\n")
        if not line:
            raise HqError(f"{prompt} was expected on standard input.")
        return line
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} again: ") != first:
        raise HqError("The two entries differ; nothing was changed.")
    return first


def _serve(args) -> int:
    from sync.server.runner import serve
    settings = settings_from(args)
    if args.nightly_hour is None and not os.environ.get(f"{PREFIX}NIGHTLY_HOUR"):
        settings = settings.with_(nightly_hour=NIGHTLY_HOUR)     # a served HQ forecasts every night by default
    if not -1 <= settings.nightly_hour <= 23:
        raise HqError(f"The nightly hour is 0-23 (or -1: not scheduled), not {settings.nightly_hour}.")
    settings.check_transport()
    print(f"FreshTill HQ on {settings.scheme}://{settings.host}:{settings.port} "
          f"({settings.effective_workers} worker(s), database {settings.db_url.split('@')[-1]})", flush=True)
    serve(settings)
    return 0


def _nightly(args) -> int:
    import logging
    from datetime import date

    from sync.server.forecasting import run_job
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        through = date.fromisoformat(args.through) if args.through else None
    except ValueError:
        raise HqError(f"--through {args.through!r} is not a day; write it as YYYY-MM-DD.") from None
    if args.processes < 1:
        raise HqError("--processes must be at least 1.")
    run = run_job(_engine(args), store_id=args.store, trigger="command", processes=args.processes, last=through)
    print(f"Forecast run {run['id']} {run['status']}: {run['done']}/{run['total']} products.")
    return 0


def _init(args) -> int:
    settings = settings_from(args)
    password = _secret(f"Password for {args.admin}")
    prepared = bootstrap.init(settings, store_id=args.store, store_name=args.store_name or args.store,
                              admin=args.admin, password=password)
    prepared.engine.dispose()
    print(f"HQ ready in {settings.data_dir}: store {args.store}, admin {args.admin}.")
    if prepared.tls is not None and prepared.tls.ca is not None:
        print(f"CA fingerprint (SHA-256): {fingerprint(prepared.tls.ca.read_text())}")
    return 0


def _store_add(args) -> int:
    store = bootstrap.add_store(_engine(args), store_id=args.store_id, name=args.name)
    print(f"Store {store['id']} added.")
    return 0


def _enroll_code(args) -> int:
    settings = settings_from(args)
    code = bootstrap.enrollment_code(_engine(args), store_id=args.store, ttl_s=args.hours * 3600)
    pem = "" if settings.dev_http else ca_pem(settings)
    print(f"Enrollment code for store {args.store} (one use, {args.hours} h): {code}")
    if pem:
        print(f"CA fingerprint: {fingerprint(pem)}")
        print(f"On the till: freshtill till enroll --hq https://HOST:{settings.port} --code {code} "
              f"--ca-fingerprint {fingerprint(pem)}")
    return 0


def _ca_fingerprint(args) -> int:
    pem = ca_pem(settings_from(args))
    if not pem:
        raise HqError("HQ serves an operator's certificate without --tls-ca; there is no CA to pin.")
    print(fingerprint(pem))
    return 0


def _user_add(args) -> int:
    password = _secret(f"Password for {args.user_id}") if args.password else None
    pin = _secret(f"PIN for {args.user_id}") if args.pin else None
    user = bootstrap.add_user(_engine(args), user_id=args.user_id, role=args.role, name=args.name,
                              store_id=args.store, password=password, pin=pin)
    print(f"User {user['id']} ({user['role']}) added.")
    return 0


def _till_list(args) -> int:
    from sync.server.crud import tills
    with reading(_engine(args)) as connection:
        rows = tills.list_tills(connection=connection, store_id=args.store)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        state = "revoked" if row["revoked_at"] else f"acked {row['acked_seq']}, last push {row['last_push'] or '-'}"
        print(f"{row['id']}\t{row['store_id']}\t{row['name']}\t{state}")
    return 0


def _till_revoke(args) -> int:
    bootstrap.revoke_till(_engine(args), till_id=args.till_id)
    print(f"Till {args.till_id} revoked; its token stops working within a second.")
    return 0


def _catalog_import(args) -> int:
    from pos_app.core.errors import CatalogError
    from pos_app.services.catalog_files import read_table
    from pos_app.services.catalog_format import NAME_COLUMNS, REQUIRED
    from sync.server.catalog_file import FILE_COLUMNS, read_rows
    from sync.server.crud import catalog, supply

    items, terms, problems = read_rows(read_table(args.file, columns=FILE_COLUMNS, required=REQUIRED,
                                                  one_of=NAME_COLUMNS))
    if problems:
        raise CatalogError(f"{args.file.name}: {len(problems)} problem(s) found; nothing was imported.",
                           problems=problems)
    engine = _engine(args)
    prices = {item.sku: item.price for item in items}
    if args.store:
        items = _keep_default_prices(engine, items)
    with writing(engine) as connection:       # products and their supply terms together, or neither
        catalog.upsert_products(connection=connection, items=items, actor="cli")
        if terms:
            supply.upsert_terms(connection=connection, items=terms, actor="cli")
    if args.store:
        for sku, price in prices.items():
            bootstrap.set_price(engine, store_id=args.store, sku=sku, price=price)
    print(f"Imported {len(items)} products" + (f" with store {args.store}'s prices." if args.store else "."))
    return 0


def _catalog_export(args) -> int:
    from pos_app.services.catalog_files import write_table
    from sync.server.catalog_file import FILE_COLUMNS, export_page

    rows, after = [], ""
    with reading(_engine(args)) as connection:
        while after is not None:
            page, after = export_page(connection, after=after, limit=5000, store_id=args.store)
            rows += page
    write_table(args.file, columns=FILE_COLUMNS, rows=rows)
    print(f"Exported {len(rows)} products to {args.file}.")
    return 0


def _keep_default_prices(engine, items: list[ProductWire]) -> list[ProductWire]:
    """Importing one store's prices must not change the default price other stores see."""
    from sqlalchemy import select

    from sync.server.models import products
    with reading(engine) as connection:
        known = dict(connection.execute(select(products.c.sku, products.c.price)).all())
    return [item.model_copy(update={"price": known[item.sku]}) if item.sku in known else item for item in items]


def _price_set(args) -> int:
    from pos_app.core.money import CNY
    price = CNY.parse(args.price)
    version = bootstrap.set_price(_engine(args), store_id=args.store, sku=args.sku, price=price)
    print(f"{args.sku} at store {args.store}: {CNY.format(price)} (version {version}).")
    return 0
