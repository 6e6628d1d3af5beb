"""End to end through real pseudo-terminals: the pty simulator on one side, `SerialScale` on the other."""
from __future__ import annotations

import os
import threading

import pytest

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable, HardwareError, ProtocolError
from pos_app.hardware.scale import ScaleState, open_scale, sale_grams
from pos_app.hardware.scale.reading import ScaleReading, ScaleStatus
from pos_app.hardware.scale.sim_server import PtyScaleServer

OK, MOVING, OVER, UNDER = ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.OVER, ScaleStatus.UNDER
PROTOCOLS = ["toledo8217", "sics", "cas", "cas-ecr"]
REMOTE_COMMANDS = ["toledo8217", "sics"]  # CAS scales zero and tare on their own keys only


class Rig:
    """A simulator serving a pty and the adapter reading it; `set` changes the platter and waits until the
    wire shows it (only continuous output needs the wait)."""

    def __init__(self, protocol: str, grams: int = 0) -> None:
        self.server = PtyScaleServer(protocol=protocol, state=ScaleState(grams=grams), interval=0.01).start()
        self.scale = open_scale(port=self.server.port, protocol=protocol)
        self.state = self.server.state

    def set(self, action, *args) -> None:
        action(*args)
        self.server.sync()

    def close(self) -> None:
        self.scale.close()
        self.server.stop()


@pytest.fixture
def rig():
    rigs = []

    def make(protocol: str, grams: int = 0) -> Rig:
        rigs.append(Rig(protocol, grams))
        return rigs[-1]
    yield make
    for made in rigs:
        made.close()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_an_item_already_on_the_scale_is_read_and_the_same_weight_twice_is_two_readings(rig, protocol):
    r = rig(protocol, grams=1234)
    first, second = r.scale.read(), r.scale.read()
    assert first == second == ScaleReading(OK, 1234)
    assert sale_grams(first) == sale_grams(second) == 1234
    assert r.scale.status is OK


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_states_moving_over_under(rig, protocol):
    r = rig(protocol, grams=800)
    r.set(r.state.set_moving)
    moving = r.scale.read()
    assert moving.status is MOVING and not moving.stable and r.scale.status is MOVING
    with pytest.raises(HardwareError, match="still moving"):
        sale_grams(moving)
    r.set(r.state.set_over)
    assert r.scale.read().overload and r.scale.status is OVER
    r.set(r.state.set_under)
    under = r.scale.read()
    assert under.underload and not under.sellable
    r.set(r.state.put, 0)
    empty = r.scale.read()
    assert empty == ScaleReading(OK, 0) and not empty.sellable


@pytest.mark.parametrize("protocol", REMOTE_COMMANDS)
def test_zero_tare_and_clear_tare_from_the_till(rig, protocol):
    r = rig(protocol, grams=20)
    r.scale.zero()
    assert r.scale.read() == ScaleReading(OK, 0)
    r.state.put(520)  # a bowl
    r.scale.tare()
    r.state.put(1754)
    assert r.scale.read() == ScaleReading(OK, 1234, net=True)
    r.scale.clear_tare()
    assert r.scale.read() == ScaleReading(OK, 1734)  # 1754 g less the 20 g zeroed away


@pytest.mark.parametrize("protocol", REMOTE_COMMANDS)
def test_commands_refused_while_moving(rig, protocol):
    r = rig(protocol, grams=300)
    r.state.set_moving()
    with pytest.raises(HardwareError) as refused:
        r.scale.tare()
    assert refused.value.code == "scale_refused" and str(refused.value).startswith("The scale did not tare: ")


@pytest.mark.parametrize("protocol", ["cas", "cas-ecr"])
def test_cas_has_no_remote_commands_and_tares_on_its_keys(rig, protocol):
    r = rig(protocol, grams=520)
    with pytest.raises(HardwareError, match=r"cannot tare from the till: press TARE on the scale\.$"):
        r.scale.tare()
    r.set(r.state.tare)  # the cashier presses TARE on the scale
    r.set(r.state.put, 1754)
    # Continuous output says NT; the ECR block has no net flag (documented), but the weight is net.
    assert r.scale.read() == ScaleReading(OK, 1234, net=protocol == "cas")


def test_no_answer_raises_within_the_bound_with_what_to_check():
    master, slave = os.openpty()  # a port with nothing answering on it
    try:
        scale = open_scale(port=os.ttyname(slave), protocol="toledo8217")
        with pytest.raises(DeviceTimeout) as silent:
            scale.read()
        assert str(silent.value) == (f"No answer from the scale on {os.ttyname(slave)} within 500 ms: check that it "
                                     "is switched on, the cable, and that the protocol is toledo8217.")
        assert scale.status is ScaleStatus.NO_ANSWER
        assert os.read(master, 16) == b"W"  # it did ask
        scale.close()
    finally:
        os.close(master)
        os.close(slave)


def test_a_scale_speaking_another_protocol_is_named_as_such(rig):
    r = rig("cas", grams=1234)  # streams CAS lines; the adapter below expects Toledo frames
    wrong = open_scale(port=r.server.port, protocol="toledo8217")
    with pytest.raises(ProtocolError, match=r"answers, but not in the toledo8217 protocol: check the protocol and "
                                            r"the serial settings \(9600 baud, 7 data bits, even parity, 1 stop bit\)"):
        wrong.read(timeout_ms=200)
    assert wrong.status is ScaleStatus.ERROR
    wrong.close()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_lost_port_is_reported_and_does_not_hang(rig, protocol):
    r = rig(protocol, grams=1234)
    assert r.scale.read().grams == 1234
    r.server.stop()  # the scale's cable is pulled: the pty is gone
    with pytest.raises(DeviceUnavailable, match=r"^Lost the connection to the scale on /dev/pts/\d+: check its "
                                                r"cable and power; the till reconnects by itself when it is back\.$"):
        r.scale.read()
    assert r.scale.status is ScaleStatus.DISCONNECTED
    with pytest.raises(DeviceUnavailable, match=r"^Cannot open the scale port /dev/pts/\d+ \(No such file or "
                                                r"directory\): check that the scale is plugged in"):
        r.scale.read()


def test_a_worker_thread_and_another_thread_share_the_adapter(rig):
    r = rig("sics", grams=1234)
    seen: list[int | None] = []

    def worker():
        for _ in range(20):
            seen.append(r.scale.read().grams)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [1234] * 60
