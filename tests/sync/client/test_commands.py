"""`freshtill sync`, `freshtill sync status` and the stored enrollment (sync.json, owner-only)."""
from __future__ import annotations

import json
import socket
import stat

from pos_app.cli import main
from pos_app.storage.database import TillDatabase
from sync.client import credentials as stored
from sync.client.credentials import Credentials


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]   # closed again when the block ends: connections are refused


def enrolled(folder, url):
    creds = Credentials(hq_url=url, till_id="t-7", store_id="s-1", store_name="Market", token="secret-token")
    stored.save(folder, creds)
    return creds


def test_credentials_are_owner_only_and_round_trip(tmp_path):
    creds = enrolled(tmp_path, "https://hq.example:8443")
    assert stat.S_IMODE(stored.path(tmp_path).stat().st_mode) == 0o600
    assert stored.load(tmp_path) == creds
    assert stored.load(tmp_path / "elsewhere") is None


def test_sync_before_enrolling_says_how_to_enroll(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "sync"]) == 2
    assert "freshtill till enroll" in capsys.readouterr().err


def test_sync_with_hq_down_is_one_sentence_and_exit_2_with_nothing_lost(tmp_path, capsys):
    TillDatabase.open(tmp_path).close()
    enrolled(tmp_path, f"http://127.0.0.1:{closed_port()}")
    assert main(["--data-dir", str(tmp_path), "sync"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("freshtill: HQ at http://127.0.0.1:") and "nothing was lost" in error
    assert len(error.splitlines()) == 1
    assert main(["--data-dir", str(tmp_path), "sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["enrolled"] and status["till_id"] == "t-7"
    assert status["last_error"] == error.removeprefix("freshtill: ") and status["last_sync_at"] is None


def test_plain_http_to_another_machine_is_refused(tmp_path, capsys):
    TillDatabase.open(tmp_path).close()
    enrolled(tmp_path, "http://192.0.2.10:8000")
    assert main(["--data-dir", str(tmp_path), "sync"]) == 2
    assert "Plain HTTP is allowed only" in capsys.readouterr().err


def test_status_of_an_unenrolled_till(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "Not enrolled" in out and "Pending events: 0" in out
