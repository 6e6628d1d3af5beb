"""The window's HTTPS client against a real HQ: the CA pinned (by fingerprint, or on first use and reported),
a manager's session, errors as one sentence of a known kind, idempotent stock operations."""
from __future__ import annotations

import socket
import uuid

import pytest

from backoffice.window.hq_client import HqClient, HqProblem, settle_trust
from tests.backoffice.window.conftest import ADMIN, MANAGER, PASSWORD, STORE


def connect(world, *, user=MANAGER, fingerprint=None) -> HqClient:
    client = HqClient(settle_trust(world.url, fingerprint=world.fingerprint if fingerprint is None else fingerprint))
    client.login(user=user, password=PASSWORD)
    return client


def test_the_ca_is_pinned_by_fingerprint_or_trusted_on_first_use_and_reported(world):
    pinned = settle_trust(world.url, fingerprint=world.fingerprint.lower().replace(":", ""))
    assert (pinned.fingerprint, pinned.first_use) == (world.fingerprint, False)
    first = settle_trust(world.url)
    assert (first.fingerprint, first.first_use, first.ca_pem.strip()) == (world.fingerprint, True,
                                                                         world.ca_pem.strip())


def test_a_wrong_fingerprint_is_refused_before_any_password_is_sent(world):
    with pytest.raises(HqProblem) as caught:
        settle_trust(world.url, fingerprint="AB" * 32)
    assert caught.value.kind == "untrusted" and "may not be your HQ" in str(caught.value)


def test_a_ca_that_is_not_hqs_fails_as_untrusted(world, tmp_path):
    from sync.server.core.config import Settings
    from sync.server.core.tls import tls_files
    other = tls_files(Settings(data_dir=tmp_path)).ca.read_text()
    client = HqClient(settle_trust(world.url, known_ca_pem=other))
    with pytest.raises(HqProblem) as caught:
        client.login(user=MANAGER, password=PASSWORD)
    assert caught.value.kind == "untrusted"
    client.close()


def test_wrong_password_and_bad_addresses_are_one_clear_sentence(world):
    client = HqClient(settle_trust(world.url, fingerprint=world.fingerprint))
    with pytest.raises(HqProblem) as caught:
        client.login(user=MANAGER, password="not the password")
    assert caught.value.kind == "login" and str(caught.value) == "HQ did not accept this user name and password."
    assert client.session is None
    client.close()
    for address in ("ftp://hq", "http://192.0.2.1:8080", "https://"):
        with pytest.raises(HqProblem) as caught:
            settle_trust(address)
        assert caught.value.kind == "address", address


def test_hq_unreachable_is_a_sentence_not_a_traceback():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]        # closed again: nothing listens there
    with pytest.raises(HqProblem) as caught:
        settle_trust(f"https://127.0.0.1:{port}", timeout=2)
    assert caught.value.kind == "unreachable" and f"127.0.0.1:{port}" in str(caught.value)


def test_a_store_manager_sees_one_store_and_an_admin_all(world):
    manager, admin = connect(world), connect(world, user=ADMIN)
    try:
        assert manager.session.store_id == STORE and not manager.session.every_store
        assert [s["id"] for s in manager.stores()] == [STORE]
        assert admin.session.every_store and {s["id"] for s in admin.stores()} >= {STORE, "s2"}
        with pytest.raises(HqProblem) as caught:
            manager.dashboard(store_id=None, day=world.day)
        assert caught.value.kind == "forbidden"
        every = admin.dashboard(store_id=None, day=world.day)
        assert every["today"]["revenue"] == sum(sale.total for sale in world.sales)
    finally:
        manager.close()
        admin.close()


def test_a_stock_operation_sent_twice_counts_once(world):
    client = connect(world)
    try:
        before = {p["sku"]: p["level"] for p in client.stock(store_id=STORE, page_size=2)}   # paged: 2 a page
        assert set(before) >= {"V1", "P1", "M1"}
        operation = str(uuid.uuid4())
        lines = [{"sku": "V1", "quantity": 1_001, "reason": "delivery"}]
        first = client.stock_operation(store_id=STORE, kind="goods_in", lines=lines, operation=operation)
        again = client.stock_operation(store_id=STORE, kind="goods_in", lines=lines, operation=operation)
        assert (first["repeated"], again["repeated"]) == (False, True)
        assert first["movements"][0]["level"] == again["movements"][0]["level"] == before["V1"] + 1_001
        with pytest.raises(HqProblem) as caught:
            client.stock_operation(store_id=STORE, kind="goods_in", operation=operation,
                                   lines=[{"sku": "V1", "quantity": 5, "reason": ""}])
        assert caught.value.kind == "conflict"
        with pytest.raises(HqProblem) as caught:
            client.stock_operation(store_id=STORE, kind="waste", lines=[{"sku": "NOPE", "quantity": 5, "reason": ""}])
        assert caught.value.kind == "rejected" and "NOPE" in str(caught.value)
    finally:
        client.close()
