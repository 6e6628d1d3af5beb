#!/usr/bin/env python3
"""Build the FreshTill bundle: `python3 installer/build.py` on Linux, `py installer\\build.py` on Windows.

Uses the project's .venv (made by `python3 dev.py test` or `dev.py demo`), installs the `installer` extra
(PyInstaller) into it, runs installer/freshtill.spec, then times a cold `freshtill self-check` from the new
bundle in a clean environment (no PYTHONPATH, another working folder, offscreen Qt), and the headless demo.
Prints one JSON object: the bundle's folder, its program, size in bytes and MiB, both commands' wall times
(first and second run) and exit codes, and the load average.
`--no-check` skips the self-check; `--clean` removes PyInstaller's cache first.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "freshtill"
PROGRAM = BUNDLE / ("freshtill.exe" if os.name == "nt" else "freshtill")


# What Qt's X11 plugin loads and the PySide6 wheel does not ship: present on the build machine, PyInstaller
# copies them into the bundle; missing, the till window needs them installed on every till instead.
X11_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1",
                 "xcb-image": "libxcb-image0", "xcb-render-util": "libxcb-render-util0",
                 "xkbcommon-x11": "libxkbcommon-x11-0"}


def missing_x11_packages() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    import ctypes.util
    return [package for library, package in X11_LIBRARIES.items() if ctypes.util.find_library(library) is None]


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def clean_environment() -> dict[str, str]:
    """What a store's machine has: no Python variables, no virtualenv, Qt offscreen (no display needed)."""
    dropped = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "FRESHTILL_DATA_DIR")
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(VENV)))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_bundle(*args: str, timeout: float = 300) -> tuple[int, float, str]:
    """Run the bundled program from a throw-away folder; (exit code, wall seconds, combined output)."""
    with tempfile.TemporaryDirectory(prefix="freshtill-bundle-") as folder:
        env = {**clean_environment(), "FRESHTILL_DATA_DIR": str(Path(folder) / "data")}
        started = time.perf_counter()
        done = subprocess.run([str(PROGRAM), *args], cwd=folder, env=env, capture_output=True, text=True,
                              timeout=timeout)
        return done.returncode, time.perf_counter() - started, done.stdout + done.stderr


def build(*, clean: bool) -> None:
    if not PYTHON.exists():
        sys.exit(f"No project .venv at {VENV}: run `python3 dev.py test` once first.")
    if missing := missing_x11_packages():
        print(f"WARNING: the bundle will lack X11 libraries Qt's window needs; install them first "
              f"(apt-get install {' '.join(missing)}) or on every till.", file=sys.stderr)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[installer]"], check=True)
    command = [str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST), "--workpath", str(WORK),
               "--log-level", "WARN", str(ROOT / "installer" / "freshtill.spec")]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-check", action="store_true", help="do not run the bundle's self-check")
    parser.add_argument("--no-build", action="store_true", help="only measure the bundle already in dist/")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.no_build:
        build(clean=args.clean)
    size = folder_size(BUNDLE)
    report = {"bundle": str(BUNDLE), "program": str(PROGRAM), "size_bytes": size,
              "size_mib": round(size / 2**20, 1), "build_seconds": round(time.perf_counter() - started, 1)}
    if not args.no_check:
        # Each timed twice: the first run reads the bundle from disk (a till's first start after boot), the
        # second from the page cache.
        for name, words in (("self_check", ("self-check",)), ("demo_headless", ("demo", "--headless", "--json"))):
            runs = [run_bundle(*words) for _ in range(2)]
            report[f"{name}_exit"] = max(code for code, _s, _o in runs)
            report[f"{name}_seconds"] = [round(seconds, 2) for _c, seconds, _o in runs]
            for code, _seconds, output in runs:
                if code != 0:
                    print(output, file=sys.stderr)
    if hasattr(os, "getloadavg"):
        report["load_average"] = [round(load, 2) for load in os.getloadavg()]
    print(json.dumps(report, indent=1))
    return max(report.get("self_check_exit", 0), report.get("demo_headless_exit", 0))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
