"""A small stand-in for HQ's push and pull routes behind httpx.MockTransport, with HQ's documented rules
(uuid idempotency, contiguous per-till sequence, 409 on a gap, per-event rejection) and switchable faults.

Used until — and beside — the tests against the real server: it makes fault timing exact (a reply lost
after HQ applied the batch) without sockets or sleeps.
"""
from __future__ import annotations

import json

import httpx

from sync.protocol import PAYLOADS, PROTOCOL_VERSION, PULL, PUSH, PullResponse

SERVER_TIME = "2026-11-22T10:00:00+08:00"


class HqDouble:
    def __init__(self) -> None:
        self.events: dict[str, dict] = {}       # uuid -> event, what HQ durably holds
        self.acked = 0
        self.faults: list[str] = []             # consumed one per request: connect | lost_reply | 500 | 401 | timeout
        self.pages: list[dict] = []             # pull answers to give, in order (PullResponse fields)
        self.requests: list[httpx.Request] = []
        self.forget_after: int | None = None    # simulate HQ restored from a backup: it lost events after this seq

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        fault = self.faults.pop(0) if self.faults else None
        if fault == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        if fault == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if fault == "500":
            return httpx.Response(500, json={"detail": "boom"})
        if fault == "401":
            return httpx.Response(401, json={"detail": "revoked"})
        if request.headers.get("authorization") != "Bearer tok":
            return httpx.Response(401, json={"detail": "no token"})
        if request.url.path == PUSH:
            response = self.push(json.loads(request.content))
        elif request.url.path == PULL:
            response = self.pull(request.url.params.get("since"))
        else:
            response = httpx.Response(404)
        if fault == "lost_reply":     # HQ applied the batch, the till never heard back
            raise httpx.ReadError("connection reset by peer", request=request)
        return response

    def push(self, body: dict) -> httpx.Response:
        if self.forget_after is not None:
            self.events = {k: e for k, e in self.events.items() if e["seq"] <= self.forget_after}
            self.acked, self.forget_after = min(self.acked, self.forget_after), None
        events = body["events"]
        if events and events[0]["seq"] > self.acked + 1:
            return httpx.Response(409, json={"error": "sequence_gap", "expected_seq": self.acked + 1})
        applied = duplicates = 0
        rejected = []
        for event in events:
            if event["id"] in self.events or event["seq"] <= self.acked:
                duplicates += 1
                continue
            model = PAYLOADS.get(event["kind"])
            try:
                if model is None:
                    raise ValueError(f"unknown kind {event['kind']}")
                model.model_validate(event["payload"])
            except ValueError as exc:
                rejected.append({"seq": event["seq"], "id": event["id"], "reason": str(exc)[:80]})
            else:
                applied += 1
                self.events[event["id"]] = event
            self.acked = event["seq"]
        return httpx.Response(200, json={"acked_seq": self.acked, "applied": applied, "duplicates": duplicates,
                                         "rejected": rejected, "server_time": SERVER_TIME})

    def pull(self, since: str | None) -> httpx.Response:
        if not self.pages:
            return httpx.Response(200, json={"protocol": PROTOCOL_VERSION, "cursor": since or "0", "full": False,
                                             "server_time": SERVER_TIME})
        page = {"protocol": PROTOCOL_VERSION, "full": False, "server_time": SERVER_TIME, **self.pages.pop(0)}
        PullResponse.model_validate(page)     # the double must speak the real protocol
        return httpx.Response(200, json=page)

    def stock_movements(self) -> dict[str, int]:
        """HQ's view of this till's movements: the sum over the events it holds."""
        totals: dict[str, int] = {}
        for event in self.events.values():
            for movement in event["payload"].get("movements", []):
                totals[movement["sku"]] = totals.get(movement["sku"], 0) + movement["quantity"]
        return totals
