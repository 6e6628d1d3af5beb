"""A real uvicorn server over real TLS: the generated CA verifies, plain HTTP is refused, and a till
enrolls, pushes and pulls end to end; health, metrics, size limits and garbage input."""
from __future__ import annotations

import ssl

import httpx
import pytest

from sync.protocol import CA, ENROLL, HEALTH, METRICS, PULL, PUSH
from sync.server import bootstrap, samples
from sync.server.core.config import Settings
from sync.server.core.errors import HqError
from sync.server.core.tls import fingerprint
from sync.server.runner import ServerThread


@pytest.fixture(scope="module")
def server(hq_settings, hq_engine):
    with ServerThread(hq_settings.with_(metrics_token="scrape-me", max_body=256 * 1024)) as running:
        yield running


def test_https_with_the_generated_ca_end_to_end(server):
    store = "tls-store"
    bootstrap.add_store(server.engine, store_id=store)
    bootstrap.seed_catalog(server.engine, [samples.product("tls-V1")])
    code = bootstrap.enrollment_code(server.engine, store_id=store)
    assert server.url.startswith("https://")
    with httpx.Client(base_url=server.url, verify=server.verify, timeout=10) as client:
        assert client.get(HEALTH).json()["status"] == "ok"
        ca_pem = client.get(CA).json()["ca_pem"]
        enrolled = client.post(ENROLL, json={"code": code, "till_name": "front"}).json()
        assert fingerprint(enrolled["ca_pem"]) == fingerprint(ca_pem)
    pinned = ssl.create_default_context(cadata=enrolled["ca_pem"])
    headers = {"Authorization": f"Bearer {enrolled['token']}"}
    with httpx.Client(base_url=server.url, verify=pinned, headers=headers, timeout=10) as till:
        events = [samples.event(1, samples.movements_payload([("tls-V1", 3000)])),
                  samples.event(2, samples.sale_payload([("tls-V1", 1000, 698)]))]
        pushed = till.post(PUSH, json={"events": events}, headers={"X-FreshTill-Sent-At": samples.now_iso()})
        assert pushed.status_code == 200 and pushed.json()["acked_seq"] == 2
        body = till.get(PULL).json()
        assert body["full"] is True and body["stock"] == [{"sku": "tls-V1", "quantity": 2000}]
        assert body["acked_seq"] == 2


def test_an_unpinned_client_and_plain_http_are_refused(server):
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url + HEALTH, verify=True, timeout=5)          # the system store does not know our CA
    with pytest.raises(httpx.HTTPError):
        httpx.get(server.url.replace("https://", "http://") + HEALTH, timeout=5)


def test_plain_http_needs_the_dev_flag_and_loopback(tmp_path):
    with pytest.raises(HqError, match="loopback"):
        Settings(data_dir=tmp_path, dev_http=True, host="0.0.0.0").check_transport()
    with ServerThread(Settings(data_dir=tmp_path, dev_http=True)) as dev:
        assert dev.url.startswith("http://")
        assert httpx.get(dev.url + HEALTH, timeout=5).status_code == 200


def test_metrics_need_the_token_and_show_requests_and_till_lag(server):
    till = bootstrap.enroll_till(server.engine, store_id="tls-store")
    with httpx.Client(base_url=server.url, verify=server.verify, timeout=10) as client:
        client.get(PULL, headers={"Authorization": f"Bearer {till['token']}"})
        assert client.get(METRICS).status_code == 401
        assert client.get(METRICS, headers={"Authorization": "Bearer wrong"}).status_code == 401
        text = client.get(METRICS, headers={"Authorization": "Bearer scrape-me"}).text
    assert 'freshtill_hq_requests_total{method="GET",route="/api/v1/pull",status="200"}' in text
    assert f'freshtill_hq_till_acked_seq{{store="tls-store",till="{till["till_id"]}"}} 0.0' in text
    assert "freshtill_hq_request_seconds_bucket" in text


def test_too_large_bodies_answer_413_with_or_without_a_length(server):
    till = bootstrap.enroll_till(server.engine, store_id="tls-store")
    headers = {"Authorization": f"Bearer {till['token']}", "Content-Type": "application/json"}
    big = b'{"events": [' + b" " * (300 * 1024) + b"]}"
    with httpx.Client(base_url=server.url, verify=server.verify, timeout=10) as client:
        assert client.post(PUSH, content=big, headers=headers).status_code == 413
        chunks = (big[i:i + 65536] for i in range(0, len(big), 65536))   # no Content-Length: chunked
        streamed = client.post(PUSH, content=chunks, headers=headers)
        assert streamed.status_code == 413 and streamed.json()["error"] == "too_large"


@pytest.mark.parametrize("body, status", [
    (b"{not json", 400), (b"\xff\xfe", 400), (b"[]", 422), (b'{"events": 5}', 422),
    (b'{"events": [{"seq": 1.5, "id": "x", "kind": "sale", "created_at": "x", "payload": {}}]}', 422),
    (b'{"events": [], "protocol": 1, "extra": 1}', 422),
])
def test_garbage_is_a_4xx(world, body, status):
    answer = world.client.post(PUSH, content=body, headers={**world.auth(world.tills[0]["token"]),
                                                            "Content-Type": "application/json"})
    assert answer.status_code == status, answer.text
    assert answer.json()["error"] in ("bad_json", "bad_batch")


def test_a_naive_sent_at_header_is_refused(world):
    answer = world.push([], headers={"X-FreshTill-Sent-At": "2026-11-22T09:00:00"})
    assert answer.status_code == 422
