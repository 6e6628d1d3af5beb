"""Barcode scanners: the `BarcodeSource` protocol, keyboard-wedge detection, serial scanners, a simulator,
and `open_scanner(setting)` to pick one from a device-settings string."""
from pos_app.hardware.scanner.factory import open_scanner
from pos_app.hardware.scanner.serial_scanner import SerialScanner
from pos_app.hardware.scanner.simulated import SimulatedScanner
from pos_app.hardware.scanner.source import BarcodeSource, CodeHandler, ScannerState, ScannerStatus
from pos_app.hardware.scanner.wedge import KeyboardWedge, Scan, Typed, WedgeDetector

__all__ = ["BarcodeSource", "CodeHandler", "KeyboardWedge", "Scan", "ScannerState", "ScannerStatus", "SerialScanner",
           "SimulatedScanner", "Typed", "WedgeDetector", "open_scanner"]
