#!/usr/bin/env python3
"""Set up FreshTill in a local .venv and run it: `python3 dev.py demo` or `python3 dev.py test`.

Needs only python3 (with venv) and git. Re-running is cheap: dependencies are reinstalled only when
pyproject.toml changes.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".freshtill-installed"


def ensure_venv() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing FreshTill and its dependencies into .venv …", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demo", "test"):
        print(__doc__.strip())
        return 2
    ensure_venv()
    if argv[0] == "demo":
        return subprocess.run([str(PYTHON), "-m", "pos_app.cli", "demo", *argv[1:]], cwd=ROOT).returncode
    code = subprocess.run([str(PYTHON), "-m", "pytest", *argv[1:]], cwd=ROOT).returncode
    # pytest's 5 means it collected no test: for us that is a failure, never a pass.
    return 1 if code == 5 else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
