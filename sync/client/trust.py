"""Settling which CA to trust for an HQ address, before any secret goes to it — shared by a till's enrollment
and the back-office window's first sign-in.

The CA comes from the chain HQ presents, or — HQ's default presents only its server certificate — from
`GET /api/v1/ca`, read over a connection pinned to that server certificate; either way the fingerprint is
computed here, and the CA must have signed the server certificate. With `expected` (read off HQ's screen)
the CA must match it; without, it is trusted on first use and the caller reports its fingerprint.
"""
from __future__ import annotations

from pydantic import BaseModel

from sync.client import tls
from sync.client.errors import SyncError
from sync.client.transport import Transport, parse
from sync.protocol import CA


def settle_ca(hq_url: str, *, expected: str | None, timeout: float) -> str:
    """The CA PEM to pin ("" for an HQ without a CA of its own), checked before any secret is sent."""
    chain = tls.fetch_chain(hq_url, timeout=timeout)
    ca = tls.chain_ca(chain, expected=expected)
    if ca is not None:
        return ca.pem
    leaf = chain[0]
    transport = Transport(base_url=hq_url, verify=tls.leaf_context(leaf), connect_timeout=timeout,
                          read_timeout=timeout)
    try:
        _status, body = transport.get(CA, params={})
    finally:
        transport.close()
    ca_pem = parse(CaAnswer, body, what="CA answer").ca_pem
    if not ca_pem:
        if expected is not None:
            raise SyncError("HQ has no certificate authority of its own to match --ca-fingerprint: it uses a "
                            "publicly trusted certificate; enroll without the fingerprint.", kind="protocol")
        return ""
    try:
        fingerprint = tls.pem_fingerprint(ca_pem)
    except ValueError:
        raise SyncError("HQ's CA certificate cannot be read.", kind="protocol") from None
    if expected is not None and fingerprint != tls.normalise_fingerprint(expected):
        raise tls.mismatch(tls.normalise_fingerprint(expected))
    if not tls.issued_by(leaf, ca_pem=ca_pem):
        raise SyncError("HQ's server certificate was not signed by the CA it offers: enrollment refused.",
                        kind="protocol")
    return ca_pem


class CaAnswer(BaseModel):
    ca_pem: str = ""
