"""The same bundle is built for Windows: nothing a till loads may need a POSIX-only module or uvloop there.

Checked statically (this suite runs on Linux): a module-level import of a POSIX-only module in the till's
packages must sit in a `try` that catches ImportError; imports inside functions run only when that function
does, and each such call site is guarded where it runs (e.g. printer transports' SIOCOUTQ).
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from sync.server import runner
from sync.server.core.config import Settings
from tests.installer.build_script import load_build_script

ROOT = Path(__file__).resolve().parents[2]
POSIX_ONLY = {"fcntl", "termios", "tty", "pty", "grp", "pwd", "resource", "posix", "uvloop"}
# Tools that are POSIX-only by purpose, never loaded by the till, back office or HQ:
ALLOWED = {"pos_app/hardware/scale/sim_server.py"}   # pseudo-terminal scale simulator (`devices simulate`)


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return True
        if isinstance(node, ast.Try) and any(
                handler.type is None or "ImportError" in ast.unparse(handler.type) for handler in node.handlers):
            return True
    return False


def unguarded_posix_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module.split(".")[0]]
        else:
            continue
        for name in names:
            if name in POSIX_ONLY and not _guarded(node, parents):
                found.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno} imports {name}")
    return found


def test_no_module_of_the_programs_imports_a_posix_only_module_unguarded():
    files = [p for package in ("pos_app", "sync", "backoffice") for p in sorted((ROOT / package).rglob("*.py"))]
    problems = [line for path in files if path.relative_to(ROOT).as_posix() not in ALLOWED
                for line in unguarded_posix_imports(path)]
    assert problems == []


def test_the_checker_finds_an_unguarded_import(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    module = tmp_path / "m.py"
    module.write_text("import os\nimport fcntl\ntry:\n    import termios\nexcept ImportError:\n    termios = None\n"
                      "def f():\n    import pty\n")
    assert unguarded_posix_imports(module) == ["m.py:2 imports fcntl"]


@pytest.mark.parametrize(("platform", "loop"), [("win32", "asyncio"), ("linux", "uvloop")])
def test_hq_serves_without_uvloop_on_windows(monkeypatch, platform, loop):
    monkeypatch.setattr(sys, "platform", platform)
    assert runner._uvicorn_options(Settings(), None)["loop"] == loop


def test_the_build_names_the_x11_packages_the_bundle_would_lack(monkeypatch):
    import ctypes.util
    build = load_build_script()
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "xcb-icccm" else f"lib{name}.so")
    assert build.missing_x11_packages() == ["libxcb-icccm4"]
    monkeypatch.setattr(sys, "platform", "win32")
    assert build.missing_x11_packages() == []
