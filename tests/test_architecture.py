"""The dependency rules of docs/architecture.md, enforced by import-linter contracts in pyproject.toml."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_core_has_no_float_arithmetic():
    offenders = [f"{path.name}:{number}" for path in (ROOT / "pos_app" / "core").glob("*.py")
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\bfloat\(", line) and not line.lstrip().startswith("#")]
    assert offenders == []
