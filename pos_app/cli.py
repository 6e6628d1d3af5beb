"""`freshtill <subcommand>`: each package registers its own subcommands here.

A command module has `register(subparsers)` and gives every parser it adds a `handler(args) -> int` via
`set_defaults(handler=...)`. Errors a user can act on are PosErrors: printed as one sentence, exit code 2.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from pos_app.core.errors import PosError

COMMAND_MODULES = (
    "pos_app.services.catalog_commands",
    "pos_app.services.stock_commands",
    "pos_app.services.sale_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="freshtill", description="FreshTill point of sale and back office.")
    parser.add_argument("--data-dir", help="folder of the till database (default: $FRESHTILL_DATA_DIR or the "
                                           "platform's user data folder)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except PosError as error:
        print(f"freshtill: {error}", file=sys.stderr)
        # A rejected file lists every bad row, one `line N: reason` each; nothing was changed.
        for line, reason in getattr(error, "problems", ()):
            print(f"line {line}: {reason}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours; silence the flush at exit too.
        sys.stdout = open(os.devnull, "w")
        return 0


if __name__ == "__main__":
    sys.exit(main())
