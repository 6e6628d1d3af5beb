"""A lean HTTP/1.1 load generator for the HQ benchmarks: one asyncio task per simulated till, each on its own
keep-alive (TLS) connection, sending its next round as soon as the last is answered (closed loop) or on a
fixed period (open loop per till).

A round is what `Till.next_round` returns: usually one request; a sync that pushes then pulls is two, sent
one after the other on the same connection. Every request is timed on its own.

Written on raw asyncio streams rather than httpx because the generator shares the 2-core machine with the
server: every cycle it spends is taken from the server, so it must be cheap, and its CPU share is reported.
"""
from __future__ import annotations

import asyncio
import os
import random
import resource
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Request = tuple[str, str, bytes]          # method, path with query, body


@dataclass
class Till:
    token: str
    next_round: Callable[[Till], list[Request]]
    on_response: Callable[[Till, str, int, bytes], None] = lambda till, method, status, body: None
    on_error: Callable[[Till, str], None] = lambda till, method: None
    state: dict = field(default_factory=dict)


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    by_method: dict[str, list[float]] = field(default_factory=dict)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    late_rounds: int = 0          # open loop: rounds started over 100 ms after their time (the last ran long)
    rounds: int = 0

    def record(self, *, method: str, status: int, seconds: float) -> None:
        self.latencies.append(seconds)
        self.by_method.setdefault(method, []).append(seconds)
        self.statuses[status] = self.statuses.get(status, 0) + 1

    def summary(self, *, seconds: float, cpu_seconds: float) -> dict:
        bad = sum(n for status, n in self.statuses.items() if status >= 400) + sum(self.errors.values())
        return {**_latency(self.latencies, seconds=seconds),
                "by_method": {method: _latency(values, seconds=seconds) for method, values in self.by_method.items()},
                "statuses": {str(k): v for k, v in sorted(self.statuses.items())}, "errors": dict(self.errors),
                "rounds": self.rounds, "late_rounds": self.late_rounds,
                "error_count": bad,
                "loadgen_cpu_share_of_machine": round(cpu_seconds / seconds / cores(), 3)}


def _latency(values: list[float], *, seconds: float) -> dict:
    ordered = sorted(values)
    count = len(ordered)

    def pick(q: float) -> float:
        return round(ordered[min(count - 1, int(q * count))] * 1000, 2) if count else 0.0
    return {"requests": count, "seconds": round(seconds, 2), "throughput_rps": round(count / seconds, 1),
            "mean_ms": round(sum(ordered) / count * 1000, 2) if count else 0.0,
            "p50_ms": pick(0.50), "p90_ms": pick(0.90), "p99_ms": pick(0.99), "max_ms": pick(1.0)}


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    body = await reader.readexactly(length) if length else b""
    return status, body


async def _run_till(*, till: Till, host: str, port: int, ssl_context: ssl.SSLContext | None, stats: Stats,
                    deadline: float, period: float | None, warmup_until: float) -> None:
    reader = writer = None
    next_at = time.perf_counter() + (random.random() * period if period else 0.0)
    prefix = f" HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {till.token}\r\nContent-Type: application/json\r\n"
    while time.perf_counter() < deadline:
        if period:
            delay = next_at - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            elif delay < -0.1 and next_at >= warmup_until:
                stats.late_rounds += 1
            next_at += period
        if time.perf_counter() >= warmup_until:
            stats.rounds += 1
        for method, path, body in till.next_round(till):
            request = f"{method} {path}{prefix}Content-Length: {len(body)}\r\n\r\n".encode() + body
            started = time.perf_counter()
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port, ssl=ssl_context, limit=2 ** 20)
                writer.write(request)
                status, answer = await _read_response(reader)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ssl.SSLError,
                    ValueError) as error:
                if started >= warmup_until:
                    stats.errors[type(error).__name__] = stats.errors.get(type(error).__name__, 0) + 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                till.on_error(till, method)
                break
            finished = time.perf_counter()
            till.on_response(till, method, status, answer)
            if started >= warmup_until:
                stats.record(method=method, status=status, seconds=finished - started)
    if writer is not None:
        writer.close()


def run(*, tills: list[Till], host: str, port: int, ssl_context: ssl.SSLContext | None, seconds: float,
        period: float | None = None, warmup: float = 2.0) -> dict:
    """Drive every till for `warmup + seconds`; requests started during the warm-up are not counted."""
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass

    async def main() -> dict:
        stats = Stats()
        warmup_until = time.perf_counter() + warmup
        deadline = warmup_until + seconds
        cpu_at_warmup: list[float] = []

        async def mark_warmup() -> None:
            # The warm-up holds the TLS handshakes; the reported share is of the measured window only.
            await asyncio.sleep(max(0.0, warmup_until - time.perf_counter()))
            cpu_at_warmup.append(_cpu_seconds())

        await asyncio.gather(mark_warmup(), *(
            _run_till(till=till, host=host, port=port, ssl_context=ssl_context, stats=stats, deadline=deadline,
                      period=period, warmup_until=warmup_until) for till in tills))
        elapsed = time.perf_counter() - warmup_until
        return stats.summary(seconds=elapsed, cpu_seconds=_cpu_seconds() - cpu_at_warmup[0])

    return asyncio.run(main())
