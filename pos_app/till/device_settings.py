"""The till's device-local settings: `<data dir>/till-settings.json`, written by the setup wizard.

What belongs to this machine and not to the store (DESIGN.md's first tier): how it was set up (enrolled
with HQ or standalone), its own name, the scale's port and protocol, the printer's setting string, the
window's language, and the device steps left for later. Store-wide settings (the receipt header, the
store's name on receipts) live in the till database, where HQ's pulls update them; the wizard writes both.

The file's existence is what "set up" means: `freshtill till` shows the wizard while `load()` is None. It is
replaced atomically (temporary file, fsync, rename, fsync of the folder), so a power cut during the wizard's
save leaves either no settings (the wizard shows again) or the whole new file, never half of one.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from pos_app.core.errors import PosError

FILE_NAME = "till-settings.json"
MODES = ("hq", "standalone")
DEVICE_STEPS = ("scale", "printer", "scanner")
LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class DeviceSettings:
    mode: str = "standalone"            # "hq": enrolled (credentials in sync.json); "standalone": one shop
    till_name: str = ""
    language: str = "zh_CN"
    hq_url: str = ""
    scale_port: str = ""                # empty: no scale (or its step was skipped)
    scale_protocol: str = "toledo8217"
    printer: str = ""                   # a printer setting string; empty: no printer
    skipped: tuple[str, ...] = field(default_factory=tuple)   # device steps to do later from settings

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise PosError(f"The till's mode is {self.mode!r}; it must be one of {', '.join(MODES)}.")
        if self.language not in LANGUAGES:
            raise PosError(f"The till's language is {self.language!r}; it must be one of {', '.join(LANGUAGES)}.")
        unknown = set(self.skipped) - set(DEVICE_STEPS)
        if unknown:
            raise PosError(f"Unknown device steps {sorted(unknown)}: the steps are {', '.join(DEVICE_STEPS)}.")

    def skipping(self, step: str, skipped: bool) -> DeviceSettings:
        """These settings with `step` marked as left for later (or done)."""
        rest = tuple(s for s in self.skipped if s != step)
        return replace(self, skipped=(*rest, step) if skipped else rest)


def path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def load(data_dir: Path) -> DeviceSettings | None:
    """The settings, or None when the till was never set up. A damaged file is a PosError naming it."""
    file = path(data_dir)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise PosError(f"{file} cannot be read ({exc}): delete it and run the setup again.") from None
    if not isinstance(data, dict):
        raise PosError(f"{file} is not the till's settings: delete it and run the setup again.")
    known = {f.name for f in fields(DeviceSettings)}
    # a newer version's extra keys are kept out rather than refused: downgrading must still start the till
    chosen = {k: v for k, v in data.items() if k in known}
    skipped = chosen.pop("skipped", [])
    wrong = sorted(k for k, v in chosen.items() if not isinstance(v, str))
    if not isinstance(skipped, list) or not all(isinstance(step, str) for step in skipped):
        wrong.append("skipped")
    if wrong:
        raise PosError(f"{file} has settings of the wrong kind ({', '.join(wrong)}): delete it and run the setup "
                       "again.")
    try:
        return DeviceSettings(**chosen, skipped=tuple(skipped))
    except PosError as error:
        raise PosError(f"{file}: {error} Delete it and run the setup again.") from None


def save(data_dir: Path, settings: DeviceSettings) -> Path:
    file = path(data_dir)
    data = json.dumps({**asdict(settings), "skipped": list(settings.skipped)}, ensure_ascii=False, indent=2)
    temporary = file.with_name(file.name + ".tmp")
    with open(temporary, "wb") as stream:
        stream.write(data.encode("utf-8"))
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, file)
    if hasattr(os, "O_DIRECTORY"):      # the rename itself must survive a power cut (POSIX; Windows has no dir fd)
        directory = os.open(file.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    return file
