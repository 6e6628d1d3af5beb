"""Enrollment and pinning over real TLS: the CA is checked before the code is sent (when HQ presents it),
trust on first use says so with the fingerprint, and a pinned till refuses a server another CA signed."""
from __future__ import annotations

import pytest

from pos_app.storage import settings_repo, sync_repo
from sync.client import credentials as stored, tls
from sync.client.enrollment import enroll
from sync.client.errors import SyncError
from sync.client.transport import Transport
from sync.protocol import ENROLL
from tests.sync.client.tls_server import TlsHq, make_ca, pem


def _enroll(db, tmp_path, hq, **options):
    return enroll(db=db, data_dir=tmp_path, hq_url=hq.url, code=options.pop("code", "GOOD-CODE-1"), **options)


@pytest.mark.parametrize("send_chain", [True, False], ids=["chain", "leaf-only"])
def test_a_matching_fingerprint_enrolls_and_pins_the_ca(db, tmp_path, send_chain):
    with TlsHq(tmp_path, send_chain=send_chain) as hq:
        expected = tls.pem_fingerprint(hq.ca_pem).replace(":", "").lower()     # any spelling of it
        result = _enroll(db, tmp_path, hq, ca_fingerprint=expected)
    creds = stored.load(tmp_path)
    assert creds == result.credentials and not result.trusted_on_first_use
    assert (creds.till_id, creds.token, creds.ca_pem) == ("t-9", "device-token", hq.ca_pem)
    with db.reading() as connection:
        assert settings_repo.get(connection, "till_id") == "t-9"
        assert sync_repo.state(connection).cursor == ""


@pytest.mark.parametrize("send_chain", [True, False], ids=["chain", "leaf-only"])
def test_a_wrong_fingerprint_is_refused_before_the_code_is_sent(db, tmp_path, send_chain):
    with TlsHq(tmp_path, send_chain=send_chain) as hq:
        with pytest.raises(SyncError, match="may not be your HQ") as caught:
            _enroll(db, tmp_path, hq, ca_fingerprint="AB" * 32)
    assert caught.value.kind == "protocol"
    assert ENROLL not in [path for path, _body in hq.requests] and stored.load(tmp_path) is None


def test_an_offered_ca_that_did_not_sign_the_server_certificate_is_refused_before_the_code(db, tmp_path):
    other = pem(make_ca("Other")[0])
    with TlsHq(tmp_path, send_chain=False) as hq:
        hq.offered_ca_pem = other
        with pytest.raises(SyncError, match="not signed by the CA"):
            _enroll(db, tmp_path, hq, ca_fingerprint=tls.pem_fingerprint(other))
    assert ENROLL not in [path for path, _body in hq.requests] and stored.load(tmp_path) is None


@pytest.mark.parametrize("send_chain", [True, False], ids=["chain", "leaf-only"])
def test_trust_on_first_use_warns_with_the_fingerprint(db, tmp_path, send_chain):
    warnings = []
    with TlsHq(tmp_path, send_chain=send_chain) as hq:
        result = _enroll(db, tmp_path, hq, warn=warnings.append)
    assert result.trusted_on_first_use
    assert tls.pem_fingerprint(hq.ca_pem) in warnings[0]


def test_a_bad_code_says_so(db, tmp_path):
    with TlsHq(tmp_path) as hq:
        with pytest.raises(SyncError, match="refused the enrollment code") as caught:
            _enroll(db, tmp_path, hq, code="WRONG-CODE")
    assert caught.value.kind == "unauthorised"


def test_a_pinned_till_refuses_a_server_another_ca_signed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with TlsHq(tmp_path / "a") as ours, TlsHq(tmp_path / "b") as impostor:
        transport = Transport(base_url=impostor.url, ca_pem=ours.ca_pem, token="t")
        with pytest.raises(SyncError, match="does not trust") as caught:
            transport.post("/api/v1/push", body={"events": []})
        transport.close()
    assert caught.value.kind == "unreachable" and impostor.requests == []


def test_fingerprints_must_be_sha256():
    with pytest.raises(SyncError, match="64 hex digits"):
        tls.normalise_fingerprint("12:34")


def test_an_hq_without_its_own_ca_is_checked_against_the_system_store(db, tmp_path):
    with TlsHq(tmp_path, send_chain=False) as hq:
        hq.offered_ca_pem = ""
        with pytest.raises(SyncError, match="no certificate authority of its own"):
            _enroll(db, tmp_path, hq, ca_fingerprint=tls.pem_fingerprint(hq.ca_pem))
        with pytest.raises(SyncError, match="does not trust") as caught:
            _enroll(db, tmp_path, hq)              # our test CA is in no system store
    assert caught.value.kind == "unreachable"
    assert ENROLL not in [path for path, _body in hq.requests]
