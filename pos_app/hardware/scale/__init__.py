"""Scales: the `ScaleReader` protocol, one `SerialScale` adapter for every protocol, and simulators.

    scale = open_scale(port="/dev/ttyUSB0", protocol="toledo8217")
    reading = scale.read()          # at most 500 ms; call it from a worker thread
    grams = sale_grams(reading)     # only a stable weight above zero, else one sentence for the cashier
"""
from pos_app.hardware.scale.reading import ScaleReader, ScaleReading, ScaleReply, ScaleStatus, as_json, sale_grams
from pos_app.hardware.scale.registry import PROTOCOLS, open_scale, protocol_named
from pos_app.hardware.scale.simulator import ScaleState, SimulatedScale

__all__ = ["PROTOCOLS", "ScaleReader", "ScaleReading", "ScaleReply", "ScaleState", "ScaleStatus", "SimulatedScale",
           "as_json", "open_scale", "protocol_named", "sale_grams"]
