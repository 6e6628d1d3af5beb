"""Real-time printer status: DLE EOT n (10 04 n) queries and what their answer bytes mean.

Each answer is one byte whose bit 1 and bit 4 are always on and bits 0 and 7 always off (Epson's ESC/POS
reference, followed by Bixolon, Bematech, HPRT, Xprinter). A byte that does not fit that frame is not a
status answer (an echo, automatic status back, noise) and is treated as no answer.
n = 1 printer: bit 3 offline.  n = 2 offline cause: bit 2 cover open, bit 5 stopped at paper end, bit 6
error.  n = 4 roll sensor: bits 2-3 paper near end, bits 5-6 paper end.
A printer that does not answer is not faulty: many USB-to-serial cables and one-way links never answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pos_app.hardware.printer.connection import PrinterConnection

QUERY_PRINTER = b"\x10\x04\x01"
QUERY_OFFLINE_CAUSE = b"\x10\x04\x02"
QUERY_PAPER = b"\x10\x04\x04"
FRAME_MASK, FRAME_BITS = 0x93, 0x12
DEFAULT_STATUS_TIMEOUT = 0.5


class PrinterState(StrEnum):
    ONLINE = "online"
    PAPER_NEAR_END = "paper_near_end"   # prints, but the roll needs changing soon
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"                 # answered, but reports it cannot print (error, feed button held)
    UNREACHABLE = "unreachable"         # no connection at all: off, unplugged, wrong address
    UNKNOWN = "unknown"                 # reached, but the link is one-way or the printer did not answer

    @property
    def can_print(self) -> bool:
        return self not in (PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE,
                            PrinterState.UNREACHABLE)


SENTENCES = {
    PrinterState.ONLINE: "The printer is ready.",
    PrinterState.PAPER_NEAR_END: "The printer's paper roll is nearly used up: change it soon.",
    PrinterState.PAPER_OUT: "The printer is out of paper: load a new roll and close the cover.",
    PrinterState.COVER_OPEN: "The printer's cover is open: close it.",
    PrinterState.OFFLINE: "The printer reports an error: check for a paper jam, then switch it off and on.",
    PrinterState.UNREACHABLE: "The printer cannot be reached.",
    PrinterState.UNKNOWN: "The printer's state is unknown (it does not report status on this connection).",
}


@dataclass(frozen=True)
class PrinterStatus:
    state: PrinterState
    printer: int | None = None        # raw answer bytes, None when not answered
    offline_cause: int | None = None
    paper: int | None = None

    @property
    def sentence(self) -> str:
        return SENTENCES[self.state]


def is_status_byte(value: int) -> bool:
    return value & FRAME_MASK == FRAME_BITS


def decode_status(*, printer: int | None, offline_cause: int | None = None,
                  paper: int | None = None) -> PrinterStatus:
    """The state the three answers describe; the most urgent cause wins (the cashier can fix one thing at a
    time, and paper or the cover is what stops a printer most often)."""
    answers = {"printer": printer, "offline_cause": offline_cause, "paper": paper}
    answers = {key: value if value is not None and is_status_byte(value) else None for key, value in answers.items()}
    printer, offline_cause, paper = answers["printer"], answers["offline_cause"], answers["paper"]
    if printer is None:
        return PrinterStatus(PrinterState.UNKNOWN, **answers)
    if offline_cause is not None and offline_cause & 0x04:
        state = PrinterState.COVER_OPEN
    elif (paper is not None and paper & 0x60) or (offline_cause is not None and offline_cause & 0x20):
        state = PrinterState.PAPER_OUT
    elif printer & 0x08 or (offline_cause is not None and offline_cause & 0x40):
        state = PrinterState.OFFLINE
    elif paper is not None and paper & 0x0C:
        state = PrinterState.PAPER_NEAR_END
    else:
        state = PrinterState.ONLINE
    return PrinterStatus(state, **answers)


def query_status(connection: PrinterConnection, *, timeout: float = DEFAULT_STATUS_TIMEOUT) -> PrinterStatus:
    """Ask the printer over an open connection. UNKNOWN when the link is one-way or nothing answers in time;
    connection failures raise, as they would for a job."""
    if not connection.bidirectional:
        return PrinterStatus(PrinterState.UNKNOWN)
    answers: list[int | None] = []
    for query in (QUERY_PRINTER, QUERY_OFFLINE_CAUSE, QUERY_PAPER):
        connection.write(query)
        answer = connection.read(1, timeout=timeout)
        if not answer or not is_status_byte(answer[0]):
            # Stop at the first silence: a silent printer costs one timeout, and a late answer is never
            # mistaken for the answer to the next question.
            break
        answers.append(answer[0])
    answers += [None] * (3 - len(answers))
    return decode_status(printer=answers[0], offline_cause=answers[1], paper=answers[2])
