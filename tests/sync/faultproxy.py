"""A fault-injecting TCP proxy for the sync tests: it sits between a till and HQ and breaks the network in
the ways real shops see — latency, a blackhole, a reset after the request reached HQ but before the reply,
a truncated reply, refused connections.

It works at the TCP level, so TLS passes through untouched and the client sees exactly what a broken network
would give it (a TLS error on a truncated record, a reset, a timeout). One exchange = the client's bytes up to
the moment the server starts answering, then the server's reply; faults are chosen per exchange, from a
seeded random generator, so a failing run can be replayed.
"""
from __future__ import annotations

import asyncio
import random
import socket
import struct
import threading
from dataclasses import dataclass, field
from enum import Enum


class Fault(str, Enum):
    NONE = "none"
    LATENCY = "latency"            # every chunk delayed by `latency_s`
    BLACKHOLE = "blackhole"        # the request is swallowed; nothing ever comes back
    RESET_AFTER_REQUEST = "reset"  # HQ got and processed the request; the client gets a RST instead of a reply
    TRUNCATE = "truncate"          # the reply is cut after `truncate_at` bytes and the connection closed
    REFUSE = "refuse"              # the connection is closed as soon as it is accepted


@dataclass
class Plan:
    """Probabilities of each fault per exchange (the rest pass cleanly)."""
    weights: dict[Fault, float] = field(default_factory=dict)
    latency_s: float = 0.2
    truncate_at: int = 40
    seed: int = 0

    def draw(self, rng: random.Random) -> Fault:
        roll = rng.random()
        for fault, weight in self.weights.items():
            if roll < weight:
                return fault
            roll -= weight
        return Fault.NONE


class FaultProxy:
    """`with FaultProxy(upstream_port=...) as proxy:` then point the client at `proxy.port`."""

    def __init__(self, *, upstream_port: int, upstream_host: str = "127.0.0.1", plan: Plan | None = None) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.plan = plan or Plan()
        self.rng = random.Random(self.plan.seed)
        self.counts: dict[Fault, int] = {fault: 0 for fault in Fault}
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._writers: set[asyncio.StreamWriter] = set()

    # The test thread changes the plan between phases (heal the network, break it again).
    def set_plan(self, plan: Plan) -> None:
        self.plan = plan
        self.rng = random.Random(plan.seed)

    def heal(self) -> None:
        self.set_plan(Plan())

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        self._ready.wait(5)
        return self

    def __exit__(self, *exc) -> None:
        self._loop.call_soon_threadsafe(self._shutdown)
        self._thread.join(5)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    def _shutdown(self) -> None:
        self._server.close()
        for writer in list(self._writers):
            _reset(writer)
        self._loop.stop()

    def drop_all(self) -> None:
        """Reset every open connection now (HQ restarting as seen from the till)."""
        self._loop.call_soon_threadsafe(lambda: [_reset(w) for w in list(self._writers)])

    async def _serve(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        if self.plan.draw(self.rng) is Fault.REFUSE:
            self.counts[Fault.REFUSE] += 1
            _reset(client_writer)
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            _reset(client_writer)
            return
        self._writers.update((client_writer, upstream_writer))
        state = {"fault": Fault.NONE, "replied": 0, "requesting": False}

        async def client_to_upstream() -> None:
            while data := await client_reader.read(65536):
                if not state["requesting"]:
                    # A new exchange begins with the client's first bytes after a reply (or at connect).
                    state.update(requesting=True, replied=0, fault=self.plan.draw(self.rng))
                    self.counts[state["fault"]] += 1
                if state["fault"] is Fault.BLACKHOLE:
                    continue
                if state["fault"] is Fault.LATENCY:
                    await asyncio.sleep(self.plan.latency_s)
                upstream_writer.write(data)
                await upstream_writer.drain()
            upstream_writer.close()

        async def upstream_to_client() -> None:
            while data := await upstream_reader.read(65536):
                state["requesting"] = False
                fault = state["fault"]
                if fault is Fault.RESET_AFTER_REQUEST:
                    _reset(client_writer)
                    return
                if fault is Fault.TRUNCATE:
                    keep = max(0, self.plan.truncate_at - state["replied"])
                    client_writer.write(data[:keep])
                    await client_writer.drain()
                    client_writer.close()
                    return
                if fault is Fault.LATENCY:
                    await asyncio.sleep(self.plan.latency_s)
                state["replied"] += len(data)
                client_writer.write(data)
                await client_writer.drain()
            client_writer.close()

        try:
            await asyncio.gather(client_to_upstream(), upstream_to_client())
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            for writer in (client_writer, upstream_writer):
                self._writers.discard(writer)
                if not writer.is_closing():
                    writer.close()


def _reset(writer: asyncio.StreamWriter) -> None:
    # SO_LINGER with a zero timeout makes close() send RST instead of FIN: the peer sees "connection reset".
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.transport.abort()
