"""The fault proxy itself breaks the network the way it claims to, so the sync tests built on it mean what
they say: a reset really comes after the server got the request, a blackhole really never reaches it."""
from __future__ import annotations

import socket
import socketserver
import threading

import pytest

from tests.sync.faultproxy import Fault, FaultProxy, Plan


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        stream = self.request.makefile("rb")
        try:
            for line in stream:
                self.server.received.append(line)
                self.request.sendall(b"reply to " + line * 20)
        except ConnectionResetError:
            pass  # the proxy's RST faults reach this server too; that is the point, not an error


@pytest.fixture
def upstream():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    server.received = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def _exchange(port: int, line: bytes, *, timeout: float = 2.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(line)
        chunks = []
        try:
            while data := sock.recv(65536):
                chunks.append(data)
                if sum(map(len, chunks)) >= len(b"reply to ") + 20 * len(line):
                    break
        except TimeoutError:
            chunks.append(b"<timeout>")
        return b"".join(chunks)


def _plan(fault: Fault) -> Plan:
    return Plan(weights={fault: 1.0}, latency_s=0.01, truncate_at=12)


def test_clean_exchange_passes(upstream):
    with FaultProxy(upstream_port=upstream.server_address[1]) as proxy:
        assert _exchange(proxy.port, b"sale 1\n") == b"reply to " + b"sale 1\n" * 20
    assert upstream.received == [b"sale 1\n"]


def test_reset_after_request_reaches_server_but_not_client(upstream):
    with FaultProxy(upstream_port=upstream.server_address[1], plan=_plan(Fault.RESET_AFTER_REQUEST)) as proxy:
        with pytest.raises(ConnectionResetError):
            _exchange(proxy.port, b"sale 2\n")
    assert upstream.received == [b"sale 2\n"]


def test_truncated_reply_is_cut(upstream):
    with FaultProxy(upstream_port=upstream.server_address[1], plan=_plan(Fault.TRUNCATE)) as proxy:
        assert _exchange(proxy.port, b"sale 3\n") == b"reply to sal"
    assert upstream.received == [b"sale 3\n"]


def test_blackhole_never_reaches_server(upstream):
    with FaultProxy(upstream_port=upstream.server_address[1], plan=_plan(Fault.BLACKHOLE)) as proxy:
        assert _exchange(proxy.port, b"sale 4\n", timeout=0.3) == b"<timeout>"
    assert upstream.received == []


def test_refused_connection_is_reset(upstream):
    with FaultProxy(upstream_port=upstream.server_address[1], plan=_plan(Fault.REFUSE)) as proxy:
        try:
            answer = _exchange(proxy.port, b"sale 5\n")
        except (ConnectionResetError, BrokenPipeError):
            answer = b""
        assert answer == b""
    assert upstream.received == []


def test_latency_still_delivers_and_heal_restores(upstream):
    with FaultProxy(upstream_port=upstream.server_address[1], plan=_plan(Fault.LATENCY)) as proxy:
        assert _exchange(proxy.port, b"a\n").startswith(b"reply to a")
        proxy.set_plan(_plan(Fault.BLACKHOLE))
        assert _exchange(proxy.port, b"b\n", timeout=0.3) == b"<timeout>"
        proxy.heal()
        assert _exchange(proxy.port, b"c\n").startswith(b"reply to c")
        assert proxy.counts[Fault.LATENCY] == 1 and proxy.counts[Fault.BLACKHOLE] == 1
    assert upstream.received == [b"a\n", b"c\n"]
