"""The sync client's one error: SyncError(kind=...), with a sentence a store manager can act on.

Kinds, so callers can decide without parsing text:
- unreachable: no connection to HQ (network down, HQ stopped, a connection cut mid-request, TLS refused)
- timeout: HQ accepted the connection but did not answer in time
- unauthorised: HQ refused this till's token (revoked, or the till was never enrolled there)
- rejected: HQ refused the request itself as invalid (4xx other than 401/403/409)
- protocol: HQ answered something this till cannot use (bad body, wrong protocol version, a sequence
  HQ has that the till does not)
- server: HQ failed (5xx)
Only `unauthorised`, `rejected` and `protocol` need a person; the others heal by retrying.
"""
from __future__ import annotations

from pos_app.core.errors import PosError

KINDS = ("unreachable", "timeout", "unauthorised", "rejected", "protocol", "server")
TRANSIENT = frozenset({"unreachable", "timeout", "server"})
REVOKED = "This till's access was revoked at HQ: enroll it again."


class SyncError(PosError):
    code = "sync"

    def __init__(self, message: str, *, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown SyncError kind {kind!r}")
        super().__init__(message, code=f"sync_{kind}")
        self.kind = kind

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT
