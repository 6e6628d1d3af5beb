"""The PyInstaller bundle, built and run as a store's machine would: no Python on the path, no PYTHONPATH,
another working folder, Qt offscreen. A build takes minutes, so this runs only when asked:

    FRESHTILL_BUILD_BUNDLE=1 .venv/bin/python -m pytest -q tests/installer/test_bundle.py

FRESHTILL_BUILD_BUNDLE=reuse runs the checks on the bundle already in dist/freshtill without building.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.build_script import load_build_script

ROOT = Path(__file__).resolve().parents[2]
MODE = os.environ.get("FRESHTILL_BUILD_BUNDLE", "")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(MODE not in ("1", "reuse"),
                                 reason="builds the bundle (minutes): set FRESHTILL_BUILD_BUNDLE=1 (or =reuse)")]


@pytest.fixture(scope="module")
def bundle():
    build = load_build_script()
    if MODE == "1":
        build.build(clean=False)
    assert build.PROGRAM.is_file(), f"no bundle at {build.PROGRAM}"
    return build


def test_the_bundle_carries_what_the_code_looks_for(bundle):
    internal = bundle.BUNDLE / "_internal"
    for part in ("migrations/till/env.py", "migrations/hq/env.py", "resources/demo/catalog.csv",
                 "resources/fonts/NotoSansSC-Regular-subset.otf", "resources/translations/freshtill_zh_CN.qm",
                 "resources/translations/backoffice_en.qm", "escpos/capabilities.json"):
        assert (internal / part).is_file(), part
    assert list((internal / "migrations" / "till" / "versions").glob("*.py"))
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqjpeg.so"):
        if sys.platform.startswith("linux"):
            assert (plugins / plugin).is_file(), plugin
    assert not list(internal.rglob("tests/installer"))   # our tests stay out
    dangling = [str(p) for p in bundle.BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_self_check_passes_from_the_bundle_on_a_clean_environment(bundle):
    code, _seconds, output = bundle.run_bundle("self-check")
    assert code == 0, output
    assert "self-check passed" in output
    assert str(ROOT) not in output.replace(str(bundle.BUNDLE), "<bundle>")   # nothing read from the checkout


def test_the_headless_demo_runs_from_the_bundle(bundle):
    """A whole day rung on the till and synced to the embedded HQ: uvicorn, uvloop, httptools, argon2, TLS."""
    code, _seconds, output = bundle.run_bundle("demo", "--headless", "--json")
    assert code == 0, output
    summary = json.loads(output[output.index("{"):output.rindex("}") + 1])
    assert summary


def test_a_bad_command_is_one_sentence_from_the_bundle(bundle):
    code, _seconds, output = bundle.run_bundle("till", "--language", "fr")
    assert code == 2 and "invalid choice" in output


def test_spawned_processes_start_from_the_bundle(bundle):
    """The nightly forecasting pool and uvicorn's workers start by spawn, which re-runs the frozen program
    (installer/entry.py calls freeze_support)."""
    code, _seconds, output = bundle.run_bundle(
        "-c", "import multiprocessing as m\nwith m.get_context('spawn').Pool(2) as pool: print(pool.map(abs, [-3, -4]))")
    assert code == 0, output
    assert "[3, 4]" in output


def test_hq_serves_https_with_two_workers_and_passes_the_compose_healthcheck(bundle, tmp_path):
    import signal
    import ssl
    import time

    import httpx
    import yaml

    from sync.server.runner import free_port
    port = free_port()
    env = {**bundle.clean_environment(), "FRESHTILL_DATA_DIR": str(tmp_path / "data")}
    server = subprocess.Popen([str(bundle.PROGRAM), "hq", "serve", "--workers", "2", "--port", str(port)],
                              cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              start_new_session=True)
    ca = tmp_path / "data" / "hq" / "tls" / "ca.pem"
    trust = None
    try:
        deadline = time.monotonic() + 120
        while True:
            try:   # the CA file may be half-written while HQ starts: read it again until it loads
                trust = trust or ssl.create_default_context(cafile=str(ca))
                if httpx.get(f"https://127.0.0.1:{port}/healthz", verify=trust, timeout=2).status_code == 200:
                    break
            except (httpx.HTTPError, ssl.SSLError, OSError):
                pass
            assert server.poll() is None, server.stdout.read().decode()
            assert time.monotonic() < deadline, "HQ did not answer /healthz"
            time.sleep(0.2)
        assert httpx.get(f"https://127.0.0.1:{port}/metrics", verify=trust, timeout=5).status_code == 401
        compose = yaml.safe_load((ROOT / "installer" / "hq" / "compose.yaml").read_text())
        check = compose["services"]["hq"]["healthcheck"]["test"][3].replace(":8443/", f":{port}/")
        code, _seconds, output = bundle.run_bundle("-c", check)
        assert code == 0, output
    finally:
        os.killpg(server.pid, signal.SIGTERM)   # the server and its workers: a group of our own making
        server.wait(timeout=30)
