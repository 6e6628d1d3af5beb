"""Scanner benchmark: wedge detection and line framing throughput, and serial latency through a real pty.

    python bench/bench_scanner.py [--codes 2000] [--latency-codes 300]

Prints one JSON object. The pty latency is from `os.write` of a whole code on the master side to the
handler running on the scanner's reader thread: what a cashier waits for after the beep, minus the wire.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import random
import statistics
import sys
import time
import tty
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pos_app.hardware.scanner import ScannerState, SerialScanner  # noqa: E402
from pos_app.hardware.scanner.framing import LineFramer  # noqa: E402
from pos_app.hardware.scanner.wedge import WedgeDetector  # noqa: E402


def sample_codes(count: int, *, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\x1d"
    return [rng.choice(["", "01"]) + "".join(rng.choice(alphabet) for _ in range(rng.randint(8, 40)))
            for _ in range(count)]


def bench_wedge(codes: list[str]) -> dict:
    detector, at, keys, scans = WedgeDetector(), 0, 0, 0
    start = time.perf_counter()
    for code in codes:
        at += 400                                  # silence before each scan
        for char in code + "\r":
            at += 4
            keys += 1
            scans += sum(1 for _ in detector.feed(char, at_ms=at))
        for char in "abc":                         # a person types between scans
            at += 150
            keys += 1
            detector.feed(char, at_ms=at)
    elapsed = time.perf_counter() - start
    assert scans >= len(codes)
    return {"keys": keys, "keys_per_s": round(keys / elapsed), "us_per_key": round(elapsed / keys * 1e6, 2)}


def bench_framer(codes: list[str]) -> dict:
    stream = b"".join(code.encode("ascii") + b"\r\n" for code in codes) * 20
    framer, delivered = LineFramer(), 0
    start = time.perf_counter()
    for offset in range(0, len(stream), 64):       # 64-byte reads, as a USB-serial adapter delivers them
        delivered += len(framer.feed(stream[offset:offset + 64], at_ms=0))
    elapsed = time.perf_counter() - start
    assert delivered == len(codes) * 20
    return {"bytes": len(stream), "mb_per_s": round(len(stream) / elapsed / 1e6, 1),
            "codes_per_s": round(delivered / elapsed)}


def bench_pty_latency(codes: list[str]) -> dict:
    master, slave = os.openpty()
    tty.setraw(slave)
    received, statuses = queue.Queue(), queue.Queue()
    scanner = SerialScanner(os.ttyname(slave), on_status=statuses.put)
    latencies = []
    try:
        scanner.start(lambda code: received.put((code, time.perf_counter())))
        while statuses.get(timeout=5).state is not ScannerState.CONNECTED:
            pass
        for code in codes:
            sent = time.perf_counter()
            os.write(master, code.encode("ascii") + b"\r\n")
            got, at = received.get(timeout=5)
            assert got == code
            latencies.append((at - sent) * 1000)
    finally:
        scanner.stop()
        os.close(master)
        os.close(slave)
    latencies.sort()
    return {"codes": len(latencies), "p50_ms": round(statistics.median(latencies), 3),
            "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 3), "max_ms": round(latencies[-1], 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", type=int, default=2000)
    parser.add_argument("--latency-codes", type=int, default=300)
    args = parser.parse_args()
    codes = sample_codes(args.codes)
    result = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "wedge_detector": bench_wedge(codes),
        "line_framer": bench_framer(codes),
        "serial_pty_latency": bench_pty_latency(codes[:args.latency_codes]),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
