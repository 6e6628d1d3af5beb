"""The simulated scale: typed commands, the responder's exact bytes, and the in-process twin."""
import threading

import pytest

from pos_app.hardware.errors import DeviceUnavailable, HardwareError, SettingError
from pos_app.hardware.scale import ScaleReader, ScaleState, SimulatedScale, cas
from pos_app.hardware.scale.reading import ScaleReading, ScaleStatus
from pos_app.hardware.scale.simulator import Responder, parse_weight

OK, MOVING, OVER, UNDER = ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.OVER, ScaleStatus.UNDER
PROTOCOLS = ["toledo8217", "sics", "cas", "cas-ecr"]


def test_typed_commands():
    state = ScaleState()
    assert state.apply("1.234") == "Scale: ok 1.234 kg"
    assert state.apply("moving") == "Scale: moving 1.234 kg"
    assert state.apply("still") == "Scale: ok 1.234 kg"
    assert state.apply("over") == "Scale: over"
    assert state.apply("under") == "Scale: under"
    assert state.apply("0") == "Scale: ok 0.000 kg"
    assert state.apply("250g") == "Scale: ok 0.250 kg"
    assert state.apply("tare") == "Scale: ok 0.000 kg net"
    assert state.apply("1.250") == "Scale: ok 1.000 kg net"
    assert state.apply("clear") == "Scale: ok 1.250 kg"
    assert state.apply("0.010") == "Scale: ok 0.010 kg"
    assert state.apply("zero") == "Scale: ok 0.000 kg"
    assert state.apply("0") == "Scale: under -0.010 kg"
    assert state.apply("31") == "Scale: over"  # beyond the 30 kg capacity
    assert state.apply("banana").startswith("Not a weight or a command: 'banana'. Commands: type a weight")
    assert state.apply("1.0001") .startswith("1.0001 is finer than a gram.")


def test_zero_and_tare_are_refused_while_moving():
    state = ScaleState(grams=500)
    state.set_moving()
    assert state.zero() is False and state.tare() is None
    assert state.apply("zero").startswith("Zero refused")


def test_parse_weight():
    assert [parse_weight(t) for t in ("1.234", "1.234kg", "250g", "-0.010", "0")] == [1234, 1234, 250, -10, 0]
    with pytest.raises(SettingError):
        parse_weight("1.5g")


def test_toledo_responder_bytes():
    state = ScaleState(grams=1234)
    responder = Responder(protocol="toledo8217", state=state)
    assert responder.feed(b"W") == b"\x0201.234\r"
    assert responder.feed(b"W" + bytes([ord("W") | 0x80])) == b"\x0201.234\r" * 2  # a parity bit is ignored
    assert responder.feed(b"T") == b"\x02?`\r"  # status with the net bit: @ | 0x20
    assert responder.feed(b"W") == b"\x0200.000N\r"
    assert responder.feed(b"C") == b"\x02?@\r"
    state.set_moving()
    assert responder.feed(b"W") == b"\x02?A\r"
    assert responder.feed(b"Z") == b"\x02?A\r"  # refused: still moving
    assert responder.feed(b"x") == b""


def test_sics_responder_bytes():
    state = ScaleState(grams=1234)
    responder = Responder(protocol="sics", state=state)
    assert responder.feed(b"S") == b""  # no line end yet
    assert responder.feed(b"I\r\n") == b"S S      1.234 kg\r\n"
    assert responder.feed(b"T\r\nSI\r\nTAC\r\n") == b"T S      1.234 kg\r\nS S      0.000 kg\r\nTAC A\r\n"
    assert responder.feed(b"Z\r\n@\r\nXYZ\r\n") == b'Z A\r\nI4 A "FRESHTILL-SIM"\r\nES\r\n'
    state.set_moving()
    assert responder.feed(b"Z\r\nT\r\nSI\r\nS\r\n") == b"Z I\r\nT I\r\nS D      0.000 kg\r\nS I\r\n"


def test_cas_responders():
    state = ScaleState(grams=1234)
    assert Responder(protocol="cas", state=state).frame() == b"ST,GS,+  1.234kg\r\n"
    ecr = Responder(protocol="cas-ecr", state=state)
    assert ecr.feed(cas.ENQ) == cas.ACK
    assert ecr.feed(cas.DC2) == cas.encode_ecr(ScaleReading(OK, 1234))
    assert Responder(protocol="cas", state=state).feed(b"anything") == b""


def test_unknown_protocol():
    with pytest.raises(SettingError, match="Unknown scale protocol 'nci'"):
        Responder(protocol="nci", state=ScaleState())


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_twin_reads_through_the_real_adapter(protocol):
    scale = SimulatedScale(protocol=protocol, state=ScaleState(grams=1234))
    assert isinstance(scale, ScaleReader)
    assert scale.read() == ScaleReading(OK, 1234) and scale.status is OK
    assert scale.read() == ScaleReading(OK, 1234)  # the same weight twice: two readings
    scale.state.set_moving()
    assert scale.read().status is MOVING and scale.status is MOVING
    scale.state.set_over()
    assert scale.read().overload
    scale.state.set_under()
    assert scale.read().underload


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_twin_unplugged_and_back(protocol):
    scale = SimulatedScale(protocol=protocol, state=ScaleState(grams=500))
    assert scale.read().grams == 500
    scale.unplug()
    with pytest.raises(DeviceUnavailable, match=r"^Lost the connection to the scale on sim://"):
        scale.read()
    assert scale.status is ScaleStatus.DISCONNECTED
    with pytest.raises(DeviceUnavailable, match=r"^Cannot open the scale port sim://"):
        scale.read()
    scale.plug_in()
    assert scale.read() == ScaleReading(OK, 500) and scale.status is OK


def test_twin_sics_net_follows_its_own_tare():
    scale = SimulatedScale(protocol="sics", state=ScaleState(grams=300))
    scale.tare()
    scale.state.put(1534)
    assert scale.read() == ScaleReading(OK, 1234, net=True)
    scale.clear_tare()
    assert scale.read() == ScaleReading(OK, 1534)


@pytest.mark.parametrize("protocol", ["toledo8217", "sics"])
def test_twin_commands_refused_while_moving(protocol):
    scale = SimulatedScale(protocol=protocol, state=ScaleState(grams=300))
    scale.state.set_moving()
    with pytest.raises(HardwareError) as refused:
        scale.zero()
    assert refused.value.code == "scale_refused" and str(refused.value).startswith("The scale did not zero: ")


def test_twin_shared_by_threads():
    scale = SimulatedScale(protocol="sics", state=ScaleState(grams=1234))
    results = []

    def worker():
        for _ in range(50):
            results.append(scale.read().grams)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [1234] * 200
