"""`freshtill till` reaches its PIN screen without importing what only later steps need (docs/performance.md:
cold start). Checked in a fresh interpreter, by module names — a regression shows as a name, not a time."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.qt

# What the PIN screen does not need, and why it would cost: python-escpos (Pillow, qrcode, its capabilities
# file: ~0.3 s) renders the first receipt; pypinyin (~0.3 s) reads catalog files; the sync client (httpx,
# pydantic: ~0.3 s) talks to HQ; argon2 checks the first PIN; the rest belongs to the back office or HQ.
DEFERRED = ("escpos", "PIL", "qrcode", "pypinyin", "httpx", "pydantic", "argon2", "pandas", "openpyxl", "fastapi",
            "alembic")

START = """
import json, sys
from pos_app.cli import build_parser
build_parser(["till"])
from pos_app.till.commands import run
from pos_app.till.app import create_application
from pos_app.till.context import open_store
from pos_app.till.main_window import TillMainWidget
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_the_till_start_path_imports_none_of_the_deferred_packages():
    out = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, check=True).stdout
    loaded = set(json.loads(out))
    assert "PySide6" in loaded and "sqlalchemy" in loaded          # the probe sees real imports
    assert sorted(loaded & set(DEFERRED)) == []


def test_the_receipt_renderer_warms_up_on_demand():
    code = ("import sys; from pos_app.hardware.printer import escpos_render as r; before = 'escpos' in sys.modules; "
            "r.warm_up(); print(before, 'escpos' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
