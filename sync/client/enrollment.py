"""Enrolling a till with HQ: one-time code in, device token and pinned CA out.

The CA is settled BEFORE the code is sent, so a code never goes to a server the till has not decided to
trust. The CA comes from the chain HQ presents, or — HQ's default presents only its server certificate —
from `GET /api/v1/ca`, read over a connection pinned to that server certificate; either way the till
computes the fingerprint itself, and the CA must have signed the server certificate. With `ca_fingerprint`
(read off HQ's screen by the admin) the CA must match it; without, it is trusted on first use and its
fingerprint reported so the admin can compare. The enrollment request then runs over a connection
verified against that CA. An HQ with an operator's certificate and no CA of its own is verified against
the system's trust store instead.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from pos_app.storage import settings_repo, sync_repo
from pos_app.storage.clock import to_iso
from pos_app.storage.database import TillDatabase
from sync.client import credentials as stored, tls
from sync.client.credentials import Credentials
from sync.client.errors import SyncError
from sync.client.transport import Transport, parse
from sync.client.trust import settle_ca
from sync.protocol import ENROLL, EnrollRequest, EnrollResponse


@dataclass(frozen=True)
class Enrollment:
    credentials: Credentials
    trusted_on_first_use: bool


def enroll(*, db: TillDatabase, data_dir: Path, hq_url: str, code: str, till_name: str = "",
           ca_fingerprint: str | None = None, timeout: float = 10.0,
           warn: Callable[[str], None] = lambda _text: None,
           http_transport: httpx.BaseTransport | None = None) -> Enrollment:
    hq_url = hq_url.rstrip("/")
    try:
        request = EnrollRequest(code=code, till_name=till_name)
    except ValueError:
        raise SyncError("An enrollment code is 6 to 64 characters: check the code HQ gave you.",
                        kind="rejected") from None
    ca_pem = ""
    verify = None
    if urlsplit(hq_url).scheme == "https":
        ca_pem = settle_ca(hq_url, expected=ca_fingerprint, timeout=timeout)
        verify = tls.context(ca_pem) if ca_pem else tls.system_context()
    reply = _post(hq_url=hq_url, request=request, verify=verify, timeout=timeout, http_transport=http_transport)
    fingerprint = tls.pem_fingerprint(ca_pem) if ca_pem else ""
    first_use = bool(ca_pem) and ca_fingerprint is None
    if first_use:
        warn("Trusting HQ's certificate authority on first use:\n"
             f"  SHA-256 fingerprint {fingerprint}\n"
             "  Compare it with the fingerprint shown at HQ; if they differ, this is not your HQ: revoke the till "
             "there and enroll again with --ca-fingerprint.")
    credentials = Credentials(hq_url=hq_url, till_id=reply.till_id, store_id=reply.store_id,
                              store_name=reply.store_name, token=reply.token, ca_pem=ca_pem,
                              ca_fingerprint=fingerprint, enrolled_at=to_iso(datetime.now().astimezone()))
    stored.save(data_dir, credentials)
    with db.transaction() as connection:
        # Sales name the till as HQ knows it; the next pull is a full resync of this store.
        settings_repo.put(connection, "till_id", reply.till_id)
        settings_repo.put(connection, "store_name", reply.store_name)
        sync_repo.reset(connection)
    return Enrollment(credentials=credentials, trusted_on_first_use=first_use)


def _post(*, hq_url: str, request: EnrollRequest, verify, timeout: float,
          http_transport: httpx.BaseTransport | None) -> EnrollResponse:
    transport = Transport(base_url=hq_url, verify=verify, connect_timeout=timeout, read_timeout=timeout,
                          http_transport=http_transport)
    try:
        _status, body = transport.post(ENROLL, body=request)
    except SyncError as error:
        if error.kind == "unauthorised":
            raise SyncError("HQ refused the enrollment code: it is wrong, used or expired. Ask HQ for a new one.",
                            kind="unauthorised") from None
        raise
    finally:
        transport.close()
    return parse(EnrollResponse, body, what="enrollment answer")
