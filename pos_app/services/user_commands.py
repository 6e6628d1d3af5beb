"""`freshtill user add|list`: till users for a standalone or demo till (an enrolled till gets them from HQ).

The PIN is never a command-line argument (it would sit in the shell history and the process list): it is
asked for twice at a terminal, or read as one line from standard input (`echo 4321 | freshtill user add …`).
"""
from __future__ import annotations

import getpass
import sys

from pos_app.core.errors import InvalidInput
from pos_app.storage import users_repo
from pos_app.storage.database import TillDatabase


def register(subparsers) -> None:
    parser = subparsers.add_parser("user", help="till users: add one with a PIN, list them")
    commands = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="add (or replace) a user; the PIN is asked for, never given as an argument")
    add.add_argument("--role", choices=users_repo.ROLES, required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--id", dest="user_id", help="sign-in id (default: the role's initial and the next number)")
    add.add_argument("--pin", action="store_true",
                     help="read the PIN (4 to 12 digits): asked twice at a terminal, else one line of stdin")
    add.set_defaults(handler=_add)
    listing = commands.add_parser("list", help="list the till's users (never their PINs)")
    listing.set_defaults(handler=_list)


def _read_pin() -> str:
    if sys.stdin.isatty():
        pin = getpass.getpass("PIN: ")
        if getpass.getpass("PIN again: ") != pin:
            raise InvalidInput("The two PINs differ; nothing was saved.")
        return pin
    return sys.stdin.readline().strip()


def _next_id(db: TillDatabase, *, role: str) -> str:
    with db.reading() as connection:
        taken = {u.user_id for u in users_repo.all_users(connection)}
    number = 1
    while f"{role[0]}{number}" in taken:
        number += 1
    return f"{role[0]}{number}"


def _add(args) -> int:
    if not args.pin:
        raise InvalidInput("Give --pin: the PIN is then asked for (or read from standard input).")
    pin = _read_pin()
    with TillDatabase.open(args.data_dir) as db:
        user_id = args.user_id or _next_id(db, role=args.role)
        with db.transaction() as connection:
            user = users_repo.add_local(connection, user_id=user_id, name=args.name, role=args.role, pin=pin)
    print(f"{user.user_id}\t{user.role}\t{user.name}")
    return 0


def _list(args) -> int:
    with TillDatabase.open(args.data_dir) as db, db.reading() as connection:
        for user in users_repo.all_users(connection):
            print(f"{user.user_id}\t{user.role}\t{'active' if user.active else 'inactive'}\t{user.name}")
    return 0
