"""`freshtill self-check` from the source tree: it passes on a complete checkout and fails, with one sentence and
exit code 1, when a part a bundle could lack is missing (a translation, the demo store, the font)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app import cli
from pos_app.till import app as till_app
from pos_app.till import context as till_context

pytestmark = pytest.mark.qt
ROOT = Path(__file__).resolve().parents[2]


def test_self_check_passes_and_keeps_its_png_when_asked(tmp_path, capsys):
    assert cli.main(["self-check", "--keep", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "self-check passed" in out
    for check in ("till database", "HQ migrations", "receipt printer data", "translations", "CJK font and main window"):
        assert f"ok  {check}:" in out
    png = tmp_path / "till-window.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "till-demo" / "till.sqlite").is_file()


def test_a_missing_translation_fails_with_one_sentence(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(till_app, "TRANSLATIONS", tmp_path / "nowhere")
    assert cli.main(["self-check"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("freshtill self-check failed: the translation ") and "freshtill_zh_CN.qm" in err
    assert len(err.splitlines()) == 1


def test_a_missing_demo_store_fails_before_touching_anything(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(till_context, "DEMO", tmp_path / "no-demo")
    assert cli.main(["self-check", "--keep", str(tmp_path / "work")]) == 1
    assert "the demo store is missing" in capsys.readouterr().err
    assert not (tmp_path / "work" / "till-demo").exists()


def test_a_missing_font_is_named(tmp_path):
    # In a fresh process: this one's QApplication may already carry the font from an earlier test.
    code = ("import sys; from pathlib import Path; from pos_app import cli; from pos_app.till import app; "
            f"app.FONTS = Path({str(tmp_path / 'no-fonts')!r}); sys.exit(cli.main(['self-check']))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1, done.stdout + done.stderr
    assert "freshtill self-check failed: the CJK font did not load from" in done.stderr


def test_the_temporary_folder_is_removed(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "pos_app.cli", "self-check"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # (python-escpos caches its capabilities in a temporary folder of its own: not ours to remove)
    assert list(tmp_path.glob("freshtill-self-check-*")) == []
    assert "self-check passed" in done.stdout
