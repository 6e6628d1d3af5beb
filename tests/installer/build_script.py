"""installer/build.py loaded as a module under its own name (a PyPI package is called `build` too)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "build.py"


def load_build_script():
    loaded = sys.modules.get("freshtill_build_script")
    if loaded is None:
        spec = importlib.util.spec_from_file_location("freshtill_build_script", SCRIPT)
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = loaded
        spec.loader.exec_module(loaded)
    return loaded
