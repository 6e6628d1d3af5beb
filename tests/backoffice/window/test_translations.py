"""Every visible string of the back-office window has its Chinese, and the shipped .qm says it."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"


def sources(ts: Path) -> set[str]:
    return {m.findtext("source") for m in ET.parse(ts).iter("message")}


def test_every_tr_string_of_the_window_is_translated(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "backoffice.ts"
    subprocess.run([str(lupdate), *map(str, sorted((ROOT / "backoffice" / "window").rglob("*.py"))), "-ts",
                    str(fresh)], check=True, capture_output=True, cwd=ROOT)
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import backoffice_strings
    finally:
        sys.path.remove(str(TRANSLATIONS))
    in_code = sources(fresh)
    assert in_code and in_code - set(backoffice_strings.ZH) == set()
    shipped = ET.parse(TRANSLATIONS / "backoffice_zh_CN.ts")
    assert in_code <= sources(TRANSLATIONS / "backoffice_zh_CN.ts"), "run resources/translations/update.py"
    assert not [m for m in shipped.iter("translation") if m.get("type") == "unfinished"]
