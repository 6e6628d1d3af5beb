"""Scale benchmark: parser throughput per protocol, and wire-to-sale latency through a real pseudo-terminal.

    python bench/bench_scale.py [--reads 200] [--frames 20000]

Prints one JSON object to stdout.
- parsers: frames per second of each pure parser, on one buffer of `--frames` frames and fed in 64-byte
  chunks (as a port delivers them).
- pty: for each protocol, `--reads` reads by `SerialScale` from the pty simulator in this process.
  `read_ms` is the whole `read()` call (request, reply, parse; for continuous output it includes waiting for
  the next frame, sent every 50 ms). `wire_to_sale_ms` runs from the moment the simulator starts writing
  the reply (or frame) to the moment `sale_grams(reading)` has the weight. A pty has no baud rate:
  `serial_9600_ms` is the time the same frame takes on a 9600-baud line (10 bits a character), which a real
  scale adds.
- bounds: how long a read takes when nothing answers (bound 500 ms), and when the pty has just gone away.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable  # noqa: E402
from pos_app.hardware.scale import ScaleState, open_scale, sale_grams  # noqa: E402
from pos_app.hardware.scale import cas, sics, toledo8217  # noqa: E402
from pos_app.hardware.scale.reading import ScaleReading, ScaleStatus  # noqa: E402
from pos_app.hardware.scale.sim_server import PtyScaleServer  # noqa: E402

PROTOCOLS = ["toledo8217", "sics", "cas", "cas-ecr"]
_ENCODE = {"toledo8217": (toledo8217.encode, toledo8217.parse), "sics": (sics.encode, sics.parse),
           "cas": (cas.encode, cas.parse), "cas-ecr": (cas.encode_ecr, cas.parse_ecr)}


def percentiles(values_s: list[float]) -> dict:
    ordered = sorted(values_s)

    def at(p: float) -> float:
        return round(ordered[max(0, math.ceil(p * len(ordered)) - 1)] * 1000, 3)
    return {"p50": at(0.50), "p99": at(0.99), "max": round(ordered[-1] * 1000, 3), "n": len(ordered)}


def parser_throughput(frames: int) -> dict:
    results = {}
    for name in PROTOCOLS:
        encode, parse = _ENCODE[name]
        wire = b"".join(encode(ScaleReading(ScaleStatus.OK, 1000 + i % 50_000)) for i in range(frames))
        whole = chunked = math.inf
        for _ in range(3):
            start = time.perf_counter()
            found, _ = parse(wire)
            whole = min(whole, time.perf_counter() - start)
            assert len(found) == frames
            start = time.perf_counter()
            count, rest = 0, b""
            for at in range(0, len(wire), 64):
                found, rest = parse(rest + wire[at:at + 64])
                count += len(found)
            chunked = min(chunked, time.perf_counter() - start)
            assert count == frames
        results[name] = {"frames": frames, "frame_bytes": len(wire) // frames,
                         "frames_per_s_whole": round(frames / whole), "frames_per_s_chunked64": round(frames / chunked)}
    return results


def pty_latency(reads: int) -> dict:
    results = {}
    for name in PROTOCOLS:
        server = PtyScaleServer(protocol=name, state=ScaleState(grams=1234)).start()
        scale = open_scale(port=server.port, protocol=name)
        try:
            scale.read()  # open the port
            read_s, wire_s = [], []
            for i in range(reads):
                server.state.put(1000 + i)
                server.sync()
                start = time.perf_counter()
                grams = sale_grams(scale.read())
                done = time.perf_counter()
                assert grams == 1000 + i, (name, grams, i)
                read_s.append(done - start)
                wire_s.append(done - server.last_write)
            encode = _ENCODE[name][0]
            frame_bytes = len(encode(ScaleReading(ScaleStatus.OK, 1234)))
            results[name] = {"read_ms": percentiles(read_s), "wire_to_sale_ms": percentiles(wire_s),
                             "frame_bytes": frame_bytes, "serial_9600_ms": round(frame_bytes * 10 / 9600 * 1000, 2)}
        finally:
            scale.close()
            server.stop()
    return results


def bounds(samples: int) -> dict:
    silent = []
    master, slave = os.openpty()
    scale = open_scale(port=os.ttyname(slave), protocol="toledo8217")
    try:
        for _ in range(samples):
            start = time.perf_counter()
            try:
                scale.read()
            except DeviceTimeout:
                silent.append(time.perf_counter() - start)
    finally:
        scale.close()
        os.close(master)
        os.close(slave)
    lost = []
    for _ in range(samples):
        server = PtyScaleServer(protocol="sics", state=ScaleState(grams=5)).start()
        scale = open_scale(port=server.port, protocol="sics")
        scale.read()
        server.stop()
        start = time.perf_counter()
        try:
            scale.read()
        except DeviceUnavailable:
            lost.append(time.perf_counter() - start)
        scale.close()
    return {"no_answer_read_ms": percentiles(silent), "lost_port_read_ms": percentiles(lost)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=200)
    parser.add_argument("--frames", type=int, default=20_000)
    parser.add_argument("--bound-samples", type=int, default=10)
    args = parser.parse_args()
    report = {
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpus": os.cpu_count(), "load_avg_1m_at_start": round(os.getloadavg()[0], 2)},
        "parsers": parser_throughput(args.frames),
        "pty": pty_latency(args.reads),
        "bounds": bounds(args.bound_samples),
    }
    report["machine"]["load_avg_1m_at_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
