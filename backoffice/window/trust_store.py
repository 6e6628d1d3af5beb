"""The CAs this back office has pinned, per HQ address, kept between runs in one small JSON file, so trust on
first use happens once, as a till's enrollment pins its CA once. Read and written only on the background helper.

A fingerprint typed at sign-in always wins over the stored CA (HQ's CA was replaced, or the manager wants to
check it again); the CA it settles on replaces the stored one.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


class TrustStore:
    def __init__(self, path: Path | None) -> None:
        self.path = path              # None: remember for this run only (tests, screenshots)
        self._memory: dict[str, str] = {}

    def get(self, url: str) -> str:
        return self._read().get(_key(url), "")

    def put(self, url: str, ca_pem: str) -> None:
        if not ca_pem:
            return
        if self.path is None:
            self._memory[_key(url)] = ca_pem
            return
        pinned = self._read()
        if pinned.get(_key(url)) == ca_pem:
            return
        pinned[_key(url)] = ca_pem
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(pinned, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.path)      # a crash leaves the old file or the new one, never half of one

    def _read(self) -> dict[str, str]:
        if self.path is None:
            return dict(self._memory)
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            log.warning("ignoring the unreadable pinned-CA file %s: %s", self.path, error)
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} \
            if isinstance(data, dict) else {}


def _key(url: str) -> str:
    url = url.strip().rstrip("/")
    return url if "://" in url else f"https://{url}"
