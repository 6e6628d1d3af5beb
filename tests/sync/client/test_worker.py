"""The background worker: status transitions, backoff while offline, slow retries when revoked, pokes."""
from __future__ import annotations

import threading

import pytest

from pos_app.storage.sync_repo import SyncState
from sync.client.backoff import Backoff
from sync.client.client import SyncReport
from sync.client.errors import REVOKED, SyncError
from sync.client.pull import PullReport
from sync.client.push import PushReport
from sync.client.worker import OFFLINE, ONLINE, STARTING, UNAUTHORISED, SyncWorker


class ScriptedClient:
    """Answers sync_once from a script: a SyncError to raise, an Exception (a bug) or "ok"."""

    def __init__(self, script=(), *, pending=0):
        self.script = list(script)
        self.pending = pending
        self.calls = 0
        self.called = threading.Event()

    def sync_once(self):
        self.calls += 1
        self.called.set()
        outcome = self.script.pop(0) if self.script else "ok"
        if isinstance(outcome, Exception):
            raise outcome
        self.pending = 0
        return SyncReport(push=PushReport(), pull=PullReport(), pending=0, finished_at=f"t{self.calls}")

    def state(self):
        return SyncState(cursor="", protocol=1, acked_seq=0, resync=False, last_sync_at="t0", last_error="",
                         last_error_at=None, rejected=2, pending=self.pending)


def unreachable():
    return SyncError("HQ at https://hq cannot be reached; nothing was lost, the till will retry.", kind="unreachable")


def worker(client, **options):
    return SyncWorker(client=client, interval=10.0, backoff=Backoff(random=lambda: 1.0), **options)


def test_offline_backs_off_and_a_success_goes_back_to_the_interval():
    sync = worker(ScriptedClient([unreachable(), unreachable(), unreachable(), "ok"]))
    delays = [sync.step() for _ in range(3)]
    assert delays == [1, 2, 4]
    assert sync.status().state == OFFLINE and "cannot be reached" in sync.status().last_error
    assert sync.step() == 10.0
    status = sync.status()
    assert (status.state, status.last_error, status.last_sync_at) == (ONLINE, "", "t4")
    sync._client.script = [unreachable()]
    assert sync.step() == 1                           # the backoff started over


def test_a_revoked_token_stops_fast_retries_and_says_what_to_do():
    sync = worker(ScriptedClient([SyncError(REVOKED, kind="unauthorised")] * 3))
    assert [sync.step() for _ in range(3)] == [300, 300, 300]
    assert (sync.status().state, sync.status().last_error) == (UNAUTHORISED, REVOKED)


def test_a_bug_below_the_worker_never_escapes_it():
    sync = worker(ScriptedClient([RuntimeError("disk on fire")]))
    assert sync.step() == 1
    assert sync.status().state == OFFLINE and "disk on fire" in sync.status().last_error


def test_status_starts_from_what_the_database_recorded_and_counts_pending():
    client = ScriptedClient([unreachable()], pending=5)
    seen = []
    sync = worker(client, on_status=seen.append)
    sync.refresh()
    assert (sync.status().state, sync.status().pending, sync.status().last_sync_at) == (STARTING, 5, "t0")
    sync.step()
    assert sync.status().pending == 5 and sync.status().rejected == 2
    assert seen[-1] == sync.status()


@pytest.mark.parametrize("state, syncs_at_once", [(ONLINE, True), (OFFLINE, False), (UNAUTHORISED, False)])
def test_a_poke_syncs_at_once_only_when_hq_is_reachable(state, syncs_at_once):
    now = [100.0]
    sync = worker(ScriptedClient(), monotonic=lambda: now[0])
    sync._due = 400.0
    sync._publish(state=state)
    sync.poke()
    assert (sync._due == 100.0) is syncs_at_once


def test_the_thread_syncs_at_start_and_when_poked_and_stops():
    client = ScriptedClient()
    sync = SyncWorker(client=client, interval=3600.0)
    sync.start()
    try:
        assert client.called.wait(10)                 # the first sync runs at once
        client.called.clear()
        sync.poke()
        assert client.called.wait(10)                 # a sale's poke syncs without waiting an hour
    finally:
        sync.stop()
    assert client.calls >= 2 and sync.status().state == ONLINE
    assert not sync._thread.is_alive()
