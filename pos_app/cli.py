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

# The top-level word each module adds (a module may extend a word another made: `till`). Only the modules of
# the word being run are imported, so `freshtill till` starts without loading the HQ server or the catalog
# file readers; help and unknown words import them all.
COMMANDS: dict[str, tuple[str, ...]] = {
    "catalog": ("pos_app.services.catalog_commands",),
    "stock": ("pos_app.services.stock_commands",),
    "replay": ("pos_app.services.sale_commands",),
    "devices": ("pos_app.services.device_commands",),
    "demo": ("pos_app.demo",),
    "till": ("pos_app.services.sync_commands", "pos_app.till.commands"),
    "sync": ("pos_app.services.sync_commands",),
    "user": ("pos_app.services.user_commands",),
    "hq": ("sync.server.commands",),
    "backoffice": ("backoffice.window.commands",),
    "forecast": ("backoffice.analytics.commands",),
    "self-check": ("pos_app.till.self_check",),
}
COMMAND_MODULES = tuple(dict.fromkeys(module for modules in COMMANDS.values() for module in modules))


def _command_word(argv: list[str]) -> str | None:
    """The first word that is not an option (or the value of --data-dir)."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="freshtill", description="FreshTill point of sale and back office.")
    parser.add_argument("--data-dir", help="folder of the till database (default: $FRESHTILL_DATA_DIR or the "
                                           "platform's user data folder)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    word = _command_word(sys.argv[1:] if argv is None else argv)
    for name in COMMANDS.get(word, COMMAND_MODULES):
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(argv)
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
