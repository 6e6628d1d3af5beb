"""What enrollment gave this till, kept in `<data dir>/sync.json` beside the till database.

The device token is a secret, so the file is created with mode 0600 (owner read/write only) and replaced
atomically (write a temporary file, fsync, rename): a crash leaves the old credentials or the new ones.
It is kept out of the till database so that a database copied off for support carries no token. Progress
(cursor, acknowledged sequence) is in the database instead, in the same transactions as the data it
describes.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from pos_app.core.errors import PosError

FILE_NAME = "sync.json"


@dataclass(frozen=True)
class Credentials:
    hq_url: str
    till_id: str
    store_id: str
    store_name: str
    token: str
    ca_pem: str = ""             # the pinned CA; empty only for plain HTTP to a loopback development HQ
    ca_fingerprint: str = ""
    enrolled_at: str = ""


def path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def load(data_dir: Path) -> Credentials | None:
    file = path(data_dir)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise PosError(f"{file} cannot be read ({exc}): enroll the till again.") from None
    try:
        return Credentials(**data)
    except TypeError:
        raise PosError(f"{file} is not a till enrollment: enroll the till again.") from None


def save(data_dir: Path, credentials: Credentials) -> Path:
    file = path(data_dir)
    temporary = file.with_name(file.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):      # an older temporary file keeps its mode through O_CREAT
            os.fchmod(descriptor, 0o600)
        data = json.dumps(asdict(credentials), indent=2).encode("utf-8")
        while data:
            data = data[os.write(descriptor, data):]
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, file)
    directory = os.open(file.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return file
