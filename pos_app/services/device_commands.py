"""`freshtill devices …`: diagnostics and simulators for scales, scanners, printers and the drawer.

Each device kind's commands live in their own module with `register(devices_subparsers)`; this module only
groups them under `devices`.
"""
from __future__ import annotations

import argparse
import importlib

DEVICE_COMMAND_MODULES: tuple[str, ...] = (
    "pos_app.services.barcode_commands",
    "pos_app.services.receipt_commands",
    "pos_app.services.printer_commands",
    "pos_app.services.scale_commands",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("devices", help="test, diagnose and simulate scales, scanners and printers")
    devices = parser.add_subparsers(dest="device_command", metavar="DEVICE_COMMAND")
    parser.set_defaults(handler=lambda args: (parser.print_help(), 2)[1])
    for name in DEVICE_COMMAND_MODULES:
        importlib.import_module(name).register(devices)
