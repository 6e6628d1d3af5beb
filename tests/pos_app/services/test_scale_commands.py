"""`freshtill devices scale …` and `freshtill devices simulate scale` through the real entry point."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app import cli
from pos_app.hardware.scale import ScaleState
from pos_app.hardware.scale.sim_server import PtyScaleServer

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def simulator():
    servers = []

    def serve(protocol: str, grams: int = 0) -> PtyScaleServer:
        servers.append(PtyScaleServer(protocol=protocol, state=ScaleState(grams=grams), interval=0.01).start())
        return servers[-1]
    yield serve
    for server in servers:
        server.stop()


@pytest.mark.parametrize("protocol", ["toledo8217", "sics", "cas", "cas-ecr"])
def test_read_json(simulator, capsys, protocol):
    server = simulator(protocol, grams=1234)
    assert cli.main(["devices", "scale", "read", "--port", server.port, "--protocol", protocol, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "port": server.port, "protocol": protocol, "grams": 1234, "kg": "1.234", "stable": True, "status": "ok",
        "moving": False, "overload": False, "underload": False, "net": False, "unit": "kg", "sellable": True,
        "detail": ""}


def test_read_text_and_exit_status(simulator, capsys):
    server = simulator("toledo8217", grams=1234)
    args = ["devices", "scale", "read", "--port", server.port, "--protocol", "toledo8217"]
    assert cli.main(args) == 0
    assert capsys.readouterr().out == "1.234 kg stable gross\n"
    server.state.set_moving()
    assert cli.main(args) == 1
    assert capsys.readouterr().out == "moving gross\n"
    server.state.set_over()
    assert cli.main(args + ["--json"]) == 1
    reading = json.loads(capsys.readouterr().out)
    assert (reading["status"], reading["overload"], reading["grams"], reading["kg"]) == ("over", True, None, None)


def test_zero_and_tare_commands(simulator, capsys):
    server = simulator("sics", grams=300)
    port = ["--port", server.port, "--protocol", "sics"]
    assert cli.main(["devices", "scale", "tare", *port]) == 0
    assert capsys.readouterr().out == "The tare is set.\n"
    server.state.put(1534)
    assert cli.main(["devices", "scale", "read", *port]) == 0
    assert capsys.readouterr().out == "1.234 kg stable gross\n"  # a new process: it did not send the tare
    assert cli.main(["devices", "scale", "clear-tare", *port]) == 0
    assert cli.main(["devices", "scale", "zero", *port]) == 0
    assert capsys.readouterr().out == "The tare is cleared.\nThe scale is zeroed.\n"


def test_failures_are_one_sentence_with_what_to_check(capsys):
    master, slave = os.openpty()
    try:
        port = os.ttyname(slave)
        assert cli.main(["devices", "scale", "read", "--port", port, "--protocol", "toledo8217"]) == 2
        assert capsys.readouterr().err == (f"freshtill: No answer from the scale on {port} within 500 ms: check "
                                           "that it is switched on, the cable, and that the protocol is toledo8217.\n")
    finally:
        os.close(master)
        os.close(slave)
    assert cli.main(["devices", "scale", "read", "--port", "/dev/ttyNOPE", "--protocol", "sics"]) == 2
    assert capsys.readouterr().err == ("freshtill: Cannot open the scale port /dev/ttyNOPE (No such file or "
                                       "directory): check that the scale is plugged in and switched on, and the "
                                       "port name.\n")
    assert cli.main(["devices", "scale", "read", "--port", "/dev/ttyS0", "--protocol", "dibal"]) == 2
    assert capsys.readouterr().err == ("freshtill: Unknown scale protocol 'dibal': use one of toledo8217, sics, "
                                       "cas, cas-ecr.\n")
    assert cli.main(["devices", "scale", "read", "--port", "/dev/ttyS0", "--protocol", "sics", "--baud", "x"]) == 2
    assert "Not a valid baud rate 'x'" in capsys.readouterr().err
    assert cli.main(["devices", "scale", "zero", "--port", "/dev/ttyS0", "--protocol", "cas"]) == 2
    assert capsys.readouterr().err == ("freshtill: A CAS continuous output scale cannot zero from the till: press "
                                       "ZERO on the scale.\n")


def _simulate(*args: str, stdin=subprocess.PIPE) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "pos_app.cli", "devices", "simulate", "scale", *args],
                               cwd=ROOT, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = process.stdout.readline()
    match = re.fullmatch(r"Simulated .+ scale on (/dev/pts/\d+)\n", first)
    assert match, first + process.stderr.read()
    assert process.stdout.readline() == f"Read it with: freshtill devices scale read --port {match[1]} --protocol " \
                                        f"{args[1]}\n"
    assert process.stdout.readline().startswith("Type: type a weight in kg")
    return process, match[1]


def _stop(process: subprocess.Popen) -> str:
    process.send_signal(signal.SIGINT)  # Ctrl-C
    out, _ = process.communicate(timeout=10)
    assert process.returncode == 0
    return out


def test_simulator_process_takes_typed_weights_until_ctrl_c(capsys):
    process, port = _simulate("--protocol", "toledo8217", "--weight", "1.234")
    try:
        read = ["devices", "scale", "read", "--port", port, "--protocol", "toledo8217", "--json"]
        assert cli.main(read) == 0
        assert json.loads(capsys.readouterr().out)["grams"] == 1234
        for typed, shown in (("moving", "Scale: moving 1.234 kg"), ("0.500", "Scale: ok 0.500 kg"),
                             ("0.500", "Scale: ok 0.500 kg")):
            process.stdin.write(typed + "\n")
            process.stdin.flush()
            assert process.stdout.readline() == shown + "\n"
            assert cli.main(read) == (1 if typed == "moving" else 0)
            assert json.loads(capsys.readouterr().out)["status"] == ("moving" if typed == "moving" else "ok")
    finally:
        out = _stop(process)
    assert out == "Simulator stopped.\n"


def test_simulator_script_then_serves_until_ctrl_c(tmp_path, capsys):
    script = tmp_path / "weights.txt"
    script.write_text("# a bag of apples\n2.5\nsleep 0\nover\n0.75kg\n", encoding="utf-8")
    process, port = _simulate("--protocol", "sics", "--script", str(script), stdin=subprocess.DEVNULL)
    try:
        assert [process.stdout.readline() for _ in range(3)] == [
            "Scale: ok 2.500 kg\n", "Scale: over\n", "Scale: ok 0.750 kg\n"]
        assert cli.main(["devices", "scale", "read", "--port", port, "--protocol", "sics"]) == 0
        assert capsys.readouterr().out == "0.750 kg stable gross\n"
    finally:
        _stop(process)


def test_simulator_refuses_a_missing_script(tmp_path, capsys):
    assert cli.main(["devices", "simulate", "scale", "--protocol", "sics", "--script", str(tmp_path / "no")]) == 2
    assert capsys.readouterr().err == f"freshtill: Cannot read the simulator script {tmp_path / 'no'}: No such " \
                                      "file or directory.\n"
