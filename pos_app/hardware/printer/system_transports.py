"""Printer transports that lean on optional pieces of the system: USB through pyusb/libusb, and CUPS queues
through the `lp` command (raw, so CUPS passes the ESC/POS bytes through untouched).

Neither is a dependency of FreshTill: a missing piece is one HardwareError saying what to install, and
most tills do not need them (a USB receipt printer is also file:///dev/usb/lp0 through the kernel's
driver). For CUPS, "printed" means CUPS accepted the job into its spool; CUPS then retries on its own.
"""
from __future__ import annotations

import subprocess

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable, HardwareError
from pos_app.hardware.printer.connection import Deadline, seconds_text

MISSING_BACKEND = "missing_backend"


def _usb_modules():
    try:
        import usb.core
        import usb.util
    except ImportError:
        raise HardwareError("USB printers need the pyusb package and libusb: `pip install pyusb` and install "
                            "libusb-1.0, or print through the system driver with file:///dev/usb/lp0.",
                            code=MISSING_BACKEND) from None
    return usb.core, usb.util


class UsbConnection:
    """Bulk transfers to the printer's OUT endpoint and status from its IN endpoint, each with the time left
    as its USB timeout."""

    bidirectional = True

    def __init__(self, device, *, url: str, out_ep: int, in_ep: int, deadline: Deadline) -> None:
        self.url = url
        self._device = device
        self._out_ep = out_ep
        self._in_ep = in_ep
        self._deadline = deadline

    @classmethod
    def open(cls, *, vendor: int, product: int, out_ep: int, in_ep: int, url: str,
             timeout: float) -> UsbConnection:
        core, _util = _usb_modules()
        deadline = Deadline(timeout)
        try:
            device = core.find(idVendor=vendor, idProduct=product)
        except core.NoBackendError:
            raise HardwareError("pyusb found no libusb on this computer: install libusb-1.0 (on Windows, the "
                                "WinUSB driver through Zadig), or print through the system driver.",
                                code=MISSING_BACKEND) from None
        if device is None:
            raise DeviceUnavailable(f"No USB printer {vendor:04x}:{product:04x} is connected: check its cable and "
                                    f"that it is switched on.")
        try:
            if device.is_kernel_driver_active(0):
                device.detach_kernel_driver(0)
        except (NotImplementedError, core.USBError):
            pass  # not on Linux, or the kernel driver is already detached
        try:
            device.set_configuration()
        except core.USBError as error:
            raise DeviceUnavailable(f"The USB printer {url} cannot be claimed ({error}): check no other program or "
                                    f"driver is using it.") from None
        return cls(device, url=url, out_ep=out_ep, in_ep=in_ep, deadline=deadline)

    def write(self, data: bytes) -> None:
        core, _util = _usb_modules()
        remaining = self._deadline.remaining()
        try:
            if remaining <= 0:
                raise core.USBTimeoutError("no time left")
            self._device.write(self._out_ep, data, timeout=max(1, int(remaining * 1000)))
        except core.USBTimeoutError:
            raise DeviceTimeout(f"The USB printer {self.url} did not take the job within "
                                f"{seconds_text(self._deadline.seconds)}: check it is switched on and has "
                                f"paper.") from None
        except core.USBError as error:
            raise DeviceUnavailable(f"The USB printer {self.url} stopped responding ({error}): check its cable and "
                                    f"that it is switched on.") from None

    def read(self, size: int, *, timeout: float) -> bytes:
        core, _util = _usb_modules()
        wait = min(timeout, self._deadline.remaining())
        if wait <= 0:
            return b""
        try:
            return bytes(self._device.read(self._in_ep, size, timeout=max(1, int(wait * 1000))))
        except core.USBTimeoutError:
            return b""
        except core.USBError as error:
            raise DeviceUnavailable(f"The USB printer {self.url} stopped responding ({error}): check its cable and "
                                    f"that it is switched on.") from None

    def finish(self) -> None:
        pass  # a completed bulk write is the device's acknowledgement

    def close(self) -> None:
        try:
            _core, util = _usb_modules()
            util.dispose_resources(self._device)
        except Exception:  # noqa: BLE001 - releasing an unplugged device must not become a second failure
            pass


class CupsConnection:
    """Collects the job and hands it to `lp -d QUEUE -o raw` on finish, within the deadline."""

    bidirectional = False

    def __init__(self, *, queue: str, url: str, deadline: Deadline) -> None:
        self.url = url
        self._queue = queue
        self._deadline = deadline
        self._job = bytearray()

    @classmethod
    def open(cls, *, queue: str, url: str, timeout: float) -> CupsConnection:
        return cls(queue=queue, url=url, deadline=Deadline(timeout))

    def write(self, data: bytes) -> None:
        self._job += data

    def read(self, size: int, *, timeout: float) -> bytes:
        return b""

    def finish(self) -> None:
        if not self._job:
            return
        try:
            result = subprocess.run(["lp", "-d", self._queue, "-o", "raw"], input=bytes(self._job),
                                    capture_output=True, timeout=max(self._deadline.remaining(), 0.001))
        except FileNotFoundError:
            raise HardwareError("Printing to a CUPS queue needs the `lp` command: install the CUPS client "
                                "(for example `apt install cups-client`).", code=MISSING_BACKEND) from None
        except subprocess.TimeoutExpired:
            raise DeviceTimeout(f"CUPS did not accept the job for {self.url} within "
                                f"{seconds_text(self._deadline.seconds)}: check the CUPS service is running.") from None
        if result.returncode != 0:
            reason = (result.stderr.decode(errors="replace").strip().splitlines() or ["no reason given"])[0]
            raise DeviceUnavailable(f"CUPS refused the job for {self.url} ({reason}): check the queue name with "
                                    f"`lpstat -p`.")
        self._job = bytearray()

    def close(self) -> None:
        self._job = bytearray()
