"""`freshtill devices scale read|zero|tare|clear-tare` and `freshtill devices simulate scale`.

`scale read --port P --protocol NAME [--json]` weighs once (at most 500 ms) and prints the reading; exit
status 0 when the till would sell the weight (stable, above zero), 1 when it would not (moving, over, under,
empty), 2 when the scale could not be read (one sentence saying what to check).
`simulate scale --protocol NAME` serves a simulated scale on a pseudo-terminal (or `--tcp PORT`), prints the
port to use, and takes weights and states typed on stdin or from `--script FILE` until Ctrl-C.
"""
from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

from pos_app.core.decimals import parse_decimal
from pos_app.core.errors import InvalidInput
from pos_app.hardware.errors import SettingError
from pos_app.hardware.scale import PROTOCOLS, ScaleReading, ScaleState, ScaleStatus, as_json, open_scale
from pos_app.hardware.scale.reading import MAX_WAIT_MS
from pos_app.hardware.scale.simulator import COMMANDS_HELP, parse_weight

_NAMES = ", ".join(PROTOCOLS)
_DONE = {"zero": "The scale is zeroed.", "tare": "The tare is set.", "clear_tare": "The tare is cleared."}


def register(devices) -> None:
    scale = devices.add_parser("scale", help="read a scale once, zero or tare it (diagnostics)")
    actions = scale.add_subparsers(dest="scale_command", metavar="ACTION", required=True)
    read = actions.add_parser("read", help="weigh once and print the reading",
                              epilog="Exit status: 0 a weight the till would sell, 1 a weight it would not "
                                     "(moving, over, under, empty), 2 the scale could not be read.")
    _port_arguments(read)
    read.add_argument("--json", action="store_true", help="print JSON (exact decimal strings)")
    read.add_argument("--timeout-ms", type=int, default=MAX_WAIT_MS, help="wait at most this long (max 500)")
    read.set_defaults(handler=_read)
    for name, summary in (("zero", "zero the scale"), ("tare", "take the weight on the scale as tare"),
                          ("clear-tare", "clear the tare")):
        action = actions.add_parser(name, help=summary)
        _port_arguments(action)
        action.set_defaults(handler=_command_handler(name.replace("-", "_")))

    simulate = _simulate_kinds(devices).add_parser(
        "scale", help="serve a simulated scale on a pseudo-terminal until Ctrl-C",
        description=f"Commands on stdin or in the script, one a line: {COMMANDS_HELP}; in a script also "
                    "`sleep SECONDS`.")
    simulate.add_argument("--protocol", required=True, help=f"one of {_NAMES}")
    simulate.add_argument("--weight", help="weight on the platter at start, in kg (e.g. 1.234)")
    simulate.add_argument("--script", type=Path, help="run the commands of this file first")
    simulate.add_argument("--tcp", type=int, metavar="PORT", help="serve on socket://127.0.0.1:PORT instead of a pty")
    simulate.set_defaults(handler=_simulate)


def _simulate_kinds(devices) -> argparse._SubParsersAction:
    """`devices simulate KIND`: shared with the other device kinds, whichever registers first creates it."""
    parser = devices.choices.get("simulate")
    if parser is None:
        parser = devices.add_parser("simulate", help="simulated devices for testing and training")
        parser.add_subparsers(dest="simulate_kind", metavar="KIND", required=True)
    return next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))


def _port_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", required=True,
                        help="serial device or URL: /dev/ttyUSB0, COM3, socket://host:port, rfc2217://host:port")
    parser.add_argument("--protocol", required=True, help=f"one of {_NAMES}")
    parser.add_argument("--baud", help="baud rate (default: the protocol's)")
    parser.add_argument("--bytesize", help="data bits, 5-8 (default: the protocol's)")
    parser.add_argument("--parity", help="none, even, odd, mark or space (default: the protocol's)")
    parser.add_argument("--stopbits", help="1, 1.5 or 2 (default: the protocol's)")


def _open(args):
    return open_scale(port=args.port, protocol=args.protocol, baudrate=args.baud, bytesize=args.bytesize,
                      parity=args.parity, stopbits=args.stopbits)


def _read(args) -> int:
    scale = _open(args)
    try:
        reading = scale.read(timeout_ms=args.timeout_ms)
    finally:
        scale.close()
    if args.json:
        print(json.dumps({"port": args.port, "protocol": scale.protocol, **as_json(reading)}, ensure_ascii=False))
    else:
        print(render(reading))
    return 0 if reading.sellable else 1


def render(reading: ScaleReading) -> str:
    weight = "" if reading.kg is None else f"{reading.kg} {reading.unit}"
    kind = "net" if reading.net else "gross"
    if reading.status is ScaleStatus.OK:
        return f"{weight} stable {kind}" + ("" if reading.sellable else " (nothing to sell)")
    if reading.status is ScaleStatus.ERROR:
        return f"error: {reading.detail}"
    label = {ScaleStatus.MOVING: "moving", ScaleStatus.OVER: "over capacity",
             ScaleStatus.UNDER: "under zero"}.get(reading.status, reading.status.value)
    return f"{label} {weight}".rstrip() + f" {kind}"


def _command_handler(name: str):
    def handle(args) -> int:
        scale = _open(args)
        try:
            getattr(scale, name)()
        finally:
            scale.close()
        print(_DONE[name])
        return 0
    return handle


def _simulate(args) -> int:
    from pos_app.hardware.scale.sim_server import PtyScaleServer, TcpScaleServer  # POSIX only: ptys

    script = _read_script(args.script) if args.script else []
    state = ScaleState(grams=parse_weight(args.weight) if args.weight else 0)
    protocol = args.protocol.strip().lower()
    server = (TcpScaleServer(protocol=protocol, state=state, tcp_port=args.tcp) if args.tcp is not None
              else PtyScaleServer(protocol=protocol, state=state))
    try:
        server.start()
    except OSError as error:
        raise SettingError(f"Cannot serve the simulated scale: {error.strerror or error}.") from None
    try:
        print(f"Simulated {server.responder.protocol.title} scale on {server.port}", flush=True)
        print(f"Read it with: freshtill devices scale read --port {server.port} --protocol {protocol}", flush=True)
        print(f"Type: {COMMANDS_HELP}. Ctrl-C stops.", flush=True)
        for line in script:
            if not _run(line, state=state):
                return 0
        for line in sys.stdin:
            if not _run(line, state=state):
                return 0
        forever = threading.Event()  # stdin closed: keep serving until Ctrl-C
        while not forever.wait(1.0):
            pass
    except KeyboardInterrupt:
        print("Simulator stopped.", flush=True)
    finally:
        server.stop()
    return 0


def _run(line: str, *, state: ScaleState) -> bool:
    """One console or script line; False to stop serving."""
    words = line.split("#", 1)[0].split()
    if not words:
        return True
    if words[0].lower() in ("exit", "quit"):
        return False
    if words[0].lower() in ("sleep", "wait") and len(words) == 2:
        try:
            seconds = parse_decimal(words[1], what="number of seconds")
        except InvalidInput as error:
            print(error, flush=True)
            return True
        time.sleep(max(0, min(float(seconds), 3600)))  # a script's pause, not a quantity
        return True
    print(state.apply(" ".join(words)), flush=True)
    return True


def _read_script(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise SettingError(f"Cannot read the simulator script {path}: {reason}.") from None
