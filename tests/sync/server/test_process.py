"""`hq serve` as a child process with two workers: killed with SIGKILL mid-life and restarted, it keeps
every acknowledged event and answers again on the same address; its metrics add up across workers."""
from __future__ import annotations

import httpx
import pytest

from sync.protocol import PULL, PUSH
from sync.server import bootstrap, samples
from sync.server.core.config import Settings
from sync.server.runner import ServerProcess


@pytest.mark.slow
def test_a_killed_server_restarts_with_everything_acknowledged(tmp_path):
    with ServerProcess(Settings(data_dir=tmp_path, workers=2, metrics_token="scrape")) as server:
        bootstrap.add_store(server.engine, store_id="S1")
        till = bootstrap.enroll_till(server.engine, store_id="S1")
        headers = {"Authorization": f"Bearer {till['token']}"}
        events = [samples.event(1, samples.movements_payload([("X1", 1500)]))]
        with httpx.Client(base_url=server.url, verify=server.verify, headers=headers, timeout=10) as client:
            assert client.post(PUSH, json={"events": events}).json()["acked_seq"] == 1
        server.kill()
        server.start()
        with httpx.Client(base_url=server.url, verify=server.verify, headers=headers, timeout=10) as client:
            again = client.post(PUSH, json={"events": events}).json()
            assert again["acked_seq"] == 1 and again["duplicates"] == 1
            assert client.get(PULL).json()["stock"] == [{"sku": "X1", "quantity": 1500}]
            metrics = client.get("/metrics", headers={"Authorization": "Bearer scrape"})
        assert metrics.status_code == 200   # counters shared by both workers through the multiprocess directory
        assert 'freshtill_hq_events_total{result="duplicate"} 1.0' in metrics.text
