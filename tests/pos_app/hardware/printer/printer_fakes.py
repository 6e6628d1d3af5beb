"""Printers made of real sockets and pseudo-terminals, for the transport and print-queue tests.

Each answers DLE EOT n the way an Epson TM does in the state it is set to, keeps every other byte it
receives, and lets a test wait (on a condition, not a sleep) until a number of bytes has arrived.
"""
from __future__ import annotations

import os
import select
import socket
import struct
import termios
import threading
import tty

from pos_app.hardware.printer.printer_status import PrinterState
from pos_app.hardware.printer.simulated_printer import ANSWERS

QUERY = b"\x10\x04"


class _Recorder:
    def __init__(self, state: PrinterState, *, answer_status: bool) -> None:
        self.state = state
        self.answer_status = answer_status
        self.received = bytearray()
        self.queries: list[int] = []
        self._pending = bytearray()
        self._changed = threading.Condition()

    def feed(self, data: bytes) -> bytes:
        """Take bytes off the wire; returns the status answers to send back."""
        replies = bytearray()
        with self._changed:
            self._pending += data
            while self._pending:
                at = self._pending.find(QUERY)
                if at < 0:
                    keep = 1 if self._pending.endswith(b"\x10") else 0
                    self.received += self._pending[:len(self._pending) - keep]
                    del self._pending[:len(self._pending) - keep]
                    break
                if at + 2 >= len(self._pending):
                    self.received += self._pending[:at]
                    del self._pending[:at]
                    break
                self.received += self._pending[:at]
                n = self._pending[at + 2]
                del self._pending[:at + 3]
                self.queries.append(n)
                if self.answer_status and self.state in ANSWERS and n in (1, 2, 4):
                    replies.append(ANSWERS[self.state][{1: 0, 2: 1, 4: 2}[n]])
            self._changed.notify_all()
        return bytes(replies)

    def wait_for(self, count: int, *, timeout: float = 10.0) -> bytes:
        with self._changed:
            self._changed.wait_for(lambda: len(self.received) >= count, timeout)
            return bytes(self.received)


class FakeNetworkPrinter(_Recorder):
    """A raw-TCP printer on loopback. It reads until the client half-closes, then closes its side, as
    JetDirect-style printers do. `port` re-opens on a port a test used for a fault (the printer is back)."""

    def __init__(self, *, state: PrinterState = PrinterState.ONLINE, answer_status: bool = True,
                 port: int = 0, close_on_eof: bool = True) -> None:
        super().__init__(state, answer_status=answer_status)
        self.close_on_eof = close_on_eof
        self.connections = 0
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", port))
        self._server.listen(8)
        self.port = self._server.getsockname()[1]
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            self.connections += 1
            self._open.append(connection)
            threading.Thread(target=self._talk, args=(connection,), daemon=True).start()

    def _talk(self, connection: socket.socket) -> None:
        try:
            while True:
                data = connection.recv(65536)
                if not data:
                    break
                replies = self.feed(data)
                if replies:
                    connection.sendall(replies)
            if self.close_on_eof:
                connection.close()
        except OSError:
            pass

    def close(self) -> None:
        _close_listener(self._server)
        for connection in self._open:
            try:
                connection.close()
            except OSError:
                pass


class BlackholePrinter:
    """A port that never completes a connection: a listener with a backlog of 0 that never accepts, whose
    one queue slot is taken by a filler connection, so Linux drops every further SYN. Deterministic on
    loopback, unlike an unroutable address (which a sandbox's network may well answer)."""

    def __init__(self) -> None:
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(0)
        self.port = self._server.getsockname()[1]
        self._fillers = []
        for _ in range(2):  # the kernel allows backlog + 1 queued connections
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", self.port))
            self._fillers.append(filler)
        select.select([], self._fillers, [], 1.0)

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def close(self) -> None:
        for filler in self._fillers:
            filler.close()
        self._server.close()


class DroppingPrinter(_Recorder):
    """A printer that answers status but resets every connection once it has read `read` bytes of the job
    (or at the job's end, if shorter): switched off mid-job, a cable pulled. Its receive buffer is kept
    small, so a job larger than the kernels can buffer is still being sent when the reset comes."""

    def __init__(self, *, read: int = 64, state: PrinterState = PrinterState.ONLINE) -> None:
        super().__init__(state, answer_status=True)
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(4)
        self.port = self._server.getsockname()[1]
        self.read = read
        self.resets = 0
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            start = len(self.received)
            try:
                while len(self.received) - start < self.read:
                    data = connection.recv(min(4096, self.read - (len(self.received) - start)) or 1)
                    if not data:
                        break
                    replies = self.feed(data)
                    if replies:
                        connection.sendall(replies)
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                connection.close()
                self.resets += 1
            except OSError:
                pass

    def close(self) -> None:
        _close_listener(self._server)


def _close_listener(server: socket.socket) -> None:
    # shutdown() wakes a thread blocked in accept(); close() alone would leave the port bound until it returns.
    try:
        server.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    server.close()


def free_port() -> int:
    """A loopback port with nothing listening (connection refused), for a printer that is off."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


class PtyPrinter(_Recorder):
    """A serial printer at the far end of a pseudo-terminal. Until `power_on()` nobody reads the line, so
    writes block once the terminal's buffer is full and status queries get no answer."""

    def __init__(self, *, state: PrinterState = PrinterState.ONLINE, answer_status: bool = True) -> None:
        super().__init__(state, answer_status=answer_status)
        self.master, self._slave = os.openpty()
        tty.setraw(self.master)
        self.path = os.ttyname(self._slave)
        self._stop_r, self._stop_w = os.pipe()
        self._thread: threading.Thread | None = None

    def url(self, *, baudrate: int = 3_000_000) -> str:
        # A fast line, so the bound's allowance for bytes on the wire stays small in tests.
        return f"serial://{self.path}?baudrate={baudrate}"

    def power_on(self) -> None:
        """The printer is switched on: its input buffer starts empty (whatever was sent while it was off is
        gone, as with a real printer), and from now on it reads and answers."""
        termios.tcflush(self.master, termios.TCIFLUSH)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            readable, _, _ = select.select([self.master, self._stop_r], [], [])
            if self._stop_r in readable:
                return
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            replies = self.feed(data)
            if replies:
                os.write(self.master, replies)

    def close(self) -> None:
        os.write(self._stop_w, b"x")
        if self._thread is not None:
            self._thread.join(5)
        for fd in (self.master, self._slave, self._stop_r, self._stop_w):
            os.close(fd)
