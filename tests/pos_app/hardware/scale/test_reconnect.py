"""The adapter recovers by itself: the next read after the scale is back works, with nothing restarted."""
from __future__ import annotations

import os
import threading

import pytest

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable
from pos_app.hardware.scale import ScaleState, open_scale
from pos_app.hardware.scale.reading import ScaleReading, ScaleStatus
from pos_app.hardware.scale.serial_scale import SerialScale
from pos_app.hardware.scale.sim_server import PtyScaleServer, TcpScaleServer
from pos_app.hardware.scale.simulator import Responder, SimLink

OK = ScaleStatus.OK


@pytest.mark.parametrize("protocol", ["toledo8217", "sics", "cas", "cas-ecr"])
def test_tcp_scale_unplugged_and_plugged_back(protocol):
    state = ScaleState(grams=1234)
    server = TcpScaleServer(protocol=protocol, state=state, interval=0.01).start()
    scale = open_scale(port=server.port, protocol=protocol)
    try:
        assert scale.read() == ScaleReading(OK, 1234)
        server.stop()  # the serial-to-Ethernet converter goes away
        with pytest.raises(DeviceUnavailable, match="^Lost the connection to the scale on socket://127.0.0.1:"):
            scale.read()
        assert scale.status is ScaleStatus.DISCONNECTED
        with pytest.raises(DeviceUnavailable, match=r"^Cannot open the scale port socket://127\.0\.0\.1:\d+ "
                                                    r"\(Connection refused\)"):
            scale.read()
        state.put(2000)
        server = TcpScaleServer(protocol=protocol, state=state, interval=0.01, tcp_port=server.tcp_port).start()
        assert scale.read() == ScaleReading(OK, 2000) and scale.status is OK
    finally:
        scale.close()
        server.stop()


def test_pty_behind_a_stable_name_replugged(tmp_path):
    # A USB serial adapter comes back under a new /dev/ttyUSBn; /dev/serial/by-id/… keeps pointing at it.
    link = tmp_path / "scale"
    state = ScaleState(grams=1234)
    server = PtyScaleServer(protocol="toledo8217", state=state).start()
    link.symlink_to(server.port)
    scale = open_scale(port=str(link), protocol="toledo8217")
    try:
        assert scale.read().grams == 1234
        server.stop()
        with pytest.raises(DeviceUnavailable):
            scale.read()
        server = PtyScaleServer(protocol="toledo8217", state=state).start()
        replacement = tmp_path / "scale.new"
        replacement.symlink_to(server.port)
        os.replace(replacement, link)
        assert scale.read().grams == 1234 and scale.status is OK
    finally:
        scale.close()
        server.stop()


def test_a_slow_open_is_bounded_and_picked_up_by_the_next_read():
    release = threading.Event()
    responder = Responder(protocol="sics", state=ScaleState(grams=750))

    def slow_opener():  # a socket:// or rfc2217:// connect that hangs for a while
        release.wait(10)
        return SimLink(responder)

    scale = SerialScale(port="socket://10.0.0.9:4001", protocol=responder.protocol, opener=slow_opener)
    with pytest.raises(DeviceTimeout, match=r"^Opening the scale port socket://10\.0\.0\.9:4001 takes longer than "
                                            r"50 ms: check the network or the serial converter; the till keeps "
                                            r"trying\.$"):
        scale.read(timeout_ms=50)
    release.set()
    assert scale.read().grams == 750


def test_close_then_read_opens_again():
    server = PtyScaleServer(protocol="sics", state=ScaleState(grams=5)).start()
    scale = open_scale(port=server.port, protocol="sics")
    try:
        assert scale.read().grams == 5
        scale.close()
        assert scale.status is ScaleStatus.DISCONNECTED
        assert scale.read().grams == 5
    finally:
        scale.close()
        server.stop()


def test_timeouts_above_the_bound_are_capped():
    responder = Responder(protocol="sics", state=ScaleState())
    responder.feed = lambda data: b""  # a scale that never answers
    scale = SerialScale(port="sim://", protocol=responder.protocol, opener=lambda: SimLink(responder))
    with pytest.raises(DeviceTimeout, match="within 500 ms"):
        scale.read(timeout_ms=60_000)
