"""`freshtill till enroll`, `freshtill sync [--json]` and `freshtill sync status [--json]`.

`sync` exits 0 when everything moved, 2 with one sentence when HQ cannot be used (nothing is lost: the
events stay in the outbox for the next attempt).
"""
from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from pos_app.core.errors import PosError
from pos_app.storage import sync_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.db import data_dir
from sync.client import credentials as stored

if TYPE_CHECKING:
    from sync.client.client import SyncReport

# The sync client (httpx, the wire models) is imported by the commands that use it: `freshtill till` builds
# this parser too, and ~0.3 s of imports it never uses would delay the PIN screen.


def register(subparsers) -> None:
    till = subparsers.add_parser("till", help="open the till window; `till enroll`: enroll this till with HQ")
    till.set_defaults(handler=lambda args: (till.print_help(), 2)[1])
    actions = till.add_subparsers(dest="till_command", metavar="ACTION")
    enrolling = actions.add_parser("enroll", help="enroll this till with HQ using a one-time code")
    enrolling.add_argument("--hq", required=True, metavar="URL", help="HQ's address, e.g. https://hq.local:8443")
    enrolling.add_argument("--code", required=True, help="the one-time enrollment code issued at HQ")
    enrolling.add_argument("--ca-fingerprint", metavar="SHA256",
                           help="SHA-256 fingerprint of HQ's CA as shown at HQ (otherwise trusted on first use)")
    enrolling.add_argument("--name", default="", help="a name for this till at HQ")
    enrolling.set_defaults(handler=_enroll)

    sync = subparsers.add_parser("sync", help="send pending sales to HQ and fetch catalog, users and stock now")
    sync.add_argument("--json", action="store_true", help="print what moved as JSON")
    sync.set_defaults(handler=_sync)
    sync_actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=False)
    status = sync_actions.add_parser("status", help="pending events, last sync time and last error")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(handler=_status)


def _enroll(args) -> int:
    from sync.client.enrollment import enroll
    directory = data_dir(args.data_dir)
    with TillDatabase.open(directory) as db:
        result = enroll(db=db, data_dir=directory, hq_url=args.hq, code=args.code, till_name=args.name,
                        ca_fingerprint=args.ca_fingerprint, warn=lambda text: print(f"WARNING: {text}", file=sys.stderr))
    c = result.credentials
    print(f"Enrolled as till {c.till_id} of {c.store_name} ({c.store_id}) at {c.hq_url}.")
    if c.ca_fingerprint:
        print(f"Pinned HQ CA {c.ca_fingerprint}.")
    print("Run `freshtill sync` to fetch the catalog.")
    return 0


def _sync(args) -> int:
    from sync.client.client import SyncClient
    directory = data_dir(args.data_dir)
    credentials = _credentials(directory)
    with TillDatabase.open(directory) as db, SyncClient.from_credentials(db=db, credentials=credentials) as client:
        report = client.sync_once()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(render(report))
    return 0


def _status(args) -> int:
    directory = data_dir(args.data_dir)
    credentials = stored.load(directory)
    with TillDatabase.open(directory) as db, db.reading() as connection:
        state = sync_repo.state(connection)
    data = {"enrolled": credentials is not None, "hq_url": credentials.hq_url if credentials else None,
            "till_id": credentials.till_id if credentials else None, "pending": state.pending,
            "acked_seq": state.acked_seq, "rejected": state.rejected, "last_sync_at": state.last_sync_at,
            "last_error": state.last_error or None}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if credentials is None:
        print("Not enrolled with HQ (freshtill till enroll --hq URL --code CODE).")
    else:
        print(f"Till {credentials.till_id} of {credentials.store_name}, HQ {credentials.hq_url}.")
    print(f"Pending events: {state.pending} (HQ has everything up to number {state.acked_seq}).")
    print(f"Last sync: {state.last_sync_at or 'never'}.")
    if state.rejected:
        print(f"Events HQ rejected: {state.rejected} (see the back office's exceptions).")
    if state.last_error:
        print(f"Last error ({state.last_error_at}): {state.last_error}")
    return 0


def render(report: SyncReport) -> str:
    push, pull = report.push, report.pull
    lines = [f"Pushed {push.sent} events in {push.batches} batches: {push.applied} new at HQ, "
             f"{push.duplicates} already there, {push.rejected} rejected; HQ holds everything up to "
             f"number {push.acked_seq}.",
             f"Pulled{' (full resync)' if pull.full else ''}: {pull.products} products, {pull.delisted} delisted, "
             f"{pull.users} users, {pull.stock} stock levels, {pull.settings} settings.",
             f"Pending: {report.pending}. Last sync: {report.finished_at}."]
    return "\n".join(lines)


def _credentials(directory):
    credentials = stored.load(directory)
    if credentials is None:
        raise PosError("This till is not enrolled with HQ: run `freshtill till enroll --hq URL --code CODE` first.")
    return credentials
