"""Serving a simulated scale on a real port: a pseudo-terminal (`PtyScaleServer`) or a TCP socket
(`TcpScaleServer`, for `socket://127.0.0.1:PORT` settings and for unplug/replug tests on a fixed address).

A server runs one background thread that answers requests through a `Responder` and, for continuous
protocols, writes a frame every `interval` seconds. `port` is the setting string a till would use.
`stop()` closes the port, which the adapter on the other side sees as a lost connection.
"""
from __future__ import annotations

import os
import select
import socket
import threading
import time

from pos_app.hardware.errors import HardwareError
from pos_app.hardware.scale.simulator import Responder, ScaleState

FRAME_INTERVAL_S = 0.05  # continuous output: 20 frames a second, like a CAS indicator at 9600 baud


class ScaleServer:
    port: str

    def __init__(self, *, protocol: str, state: ScaleState | None = None,
                 interval: float = FRAME_INTERVAL_S) -> None:
        self.state = state or ScaleState()
        self.responder = Responder(protocol=protocol, state=self.state)
        self.interval = interval
        self.last_write = 0.0     # time.perf_counter() just before the last reply or frame was written
        self.requests = 0         # request chunks received, for diagnostics
        self._written = threading.Condition()
        self._written_version = -1
        self._wake_r, self._wake_w = os.pipe()
        self._running = False
        self._thread = threading.Thread(target=self._serve, name=f"scale-sim-{protocol}", daemon=True)

    def start(self) -> ScaleServer:
        self._open()
        self._running = True
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._running:
            self._running = False
            os.write(self._wake_w, b"x")
            self._thread.join(timeout=5)
        self._close()
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._wake_r = self._wake_w = -1

    def __enter__(self) -> ScaleServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def sync(self, *, timeout: float = 2.0) -> None:
        """Continuous output: return once a frame showing the present state has been written."""
        if not self.responder.continuous:
            return
        wanted = self.state.version
        with self._written:
            if not self._written.wait_for(lambda: self._written_version >= wanted, timeout=timeout):
                raise HardwareError("The simulated scale wrote no frame in time.")

    def _serve(self) -> None:
        next_frame = time.monotonic()
        while self._running:
            wait = None
            if self.responder.continuous:
                wait = max(0.0, next_frame - time.monotonic())
            try:
                readable, _, _ = select.select([self._wake_r, *self._sources()], [], [], wait)
            except (OSError, ValueError):
                return
            for fd in readable:
                if fd != self._wake_r:
                    self._readable(fd)
            if self.responder.continuous and time.monotonic() >= next_frame:
                version = self.state.version
                self._send(self.responder.frame())
                with self._written:
                    self._written_version = version
                    self._written.notify_all()
                next_frame += self.interval
                if next_frame < time.monotonic():  # fell behind (a busy machine): do not burst
                    next_frame = time.monotonic() + self.interval

    def _answer(self, data: bytes) -> None:
        self.requests += 1
        reply = self.responder.feed(data)
        if reply:
            self._send(reply)

    # Transport: implemented by the pty and TCP servers.
    def _open(self) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError

    def _sources(self) -> list:
        raise NotImplementedError

    def _readable(self, fd: object) -> None:
        raise NotImplementedError

    def _send(self, data: bytes) -> None:
        raise NotImplementedError


class PtyScaleServer(ScaleServer):
    """A pseudo-terminal: `port` is the slave's path (/dev/pts/N), which the adapter opens like a serial port.

    The server keeps the slave open itself, so the adapter may close and reopen it. A pty has no baud rate,
    word size or parity: Linux ignores or refuses 7E1, so the adapter opens a pty 8N1 when it must.
    """

    def _open(self) -> None:
        import tty     # POSIX only: imported here so this module (its TCP simulator) also loads on Windows

        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        os.set_blocking(self._master, False)
        self.port = os.ttyname(self._slave)

    def _close(self) -> None:
        for fd in (getattr(self, "_master", -1), getattr(self, "_slave", -1)):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._master = self._slave = -1

    def _sources(self) -> list:
        return [self._master]

    def _readable(self, fd: object) -> None:
        try:
            data = os.read(self._master, 4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            return
        if data:
            self._answer(data)

    def _send(self, data: bytes) -> None:
        # Stamped before writing, so a reader that has the bytes always sees this write's time.
        self.last_write = time.perf_counter()
        try:
            while data:
                data = data[os.write(self._master, data):]
        except (BlockingIOError, OSError):
            pass  # nobody reads the port and its buffer is full: a scale's output is lost too


class TcpScaleServer(ScaleServer):
    """A TCP listener on 127.0.0.1: `port` is `socket://127.0.0.1:N`. One client at a time (the newest)."""

    def __init__(self, *, protocol: str, state: ScaleState | None = None, interval: float = FRAME_INTERVAL_S,
                 host: str = "127.0.0.1", tcp_port: int = 0) -> None:
        super().__init__(protocol=protocol, state=state, interval=interval)
        self._address = (host, tcp_port)
        self._client: socket.socket | None = None

    def _open(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(self._address)
        self._listener.listen(4)
        host, tcp_port = self._listener.getsockname()[:2]
        self.tcp_port = tcp_port
        self.port = f"socket://{host}:{tcp_port}"

    def _close(self) -> None:
        for sock in (self._client, getattr(self, "_listener", None)):
            if sock is not None:
                sock.close()
        self._client = None

    def _sources(self) -> list:
        return [self._listener] + ([self._client] if self._client is not None else [])

    def _readable(self, fd: object) -> None:
        if fd is self._listener:
            client, _ = self._listener.accept()
            client.setblocking(False)
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._client is not None:
                self._client.close()
            self._client = client
            return
        try:
            data = self._client.recv(4096) if self._client is not None else b""
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if data:
            self._answer(data)
        elif self._client is not None:
            self._client.close()
            self._client = None

    def _send(self, data: bytes) -> None:
        if self._client is None:
            return
        self.last_write = time.perf_counter()
        try:
            self._client.sendall(data)
        except OSError:
            pass
