"""Moving HQ's catalog file between a manager's disk and HQ. The window only reads and writes cells: HQ reads
them with the till's own catalog reader (POST /products/import), so a file means the same at HQ, at the till
and here, and the window needs none of the parsing rules.

Reading keeps every cell as the spreadsheet holds it — CSV text, XLSX numbers as the float openpyxl gives,
which travels in JSON exactly (shortest repr) and which HQ turns into the decimal Excel shows. Dates and
times become ISO text, as the till's reader writes them. Blocking disk work: background helper only.
"""
from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from itertools import islice
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from pos_app.core.errors import InvalidInput

CHUNK = 500          # rows per check request: a few hundred ms of HQ's reading, so the bar moves steadily

Cell = str | int | float | bool | None
Row = dict          # {"line": spreadsheet row number, "cells": [Cell]}


class CellReader:
    """A file's rows read a batch at a time — each batch one call on the background helper, so the progress
    bar follows the reading too (an XLSX of 20,000 rows takes seconds). `expected` is how many rows the file
    declares (XLSX: its recorded dimension; CSV: its line ends), an estimate for the bar only, or None."""

    def __init__(self, path: str | os.PathLike) -> None:
        path = Path(path)
        suffix = path.suffix.lower()
        self.expected: int | None = None
        self.done = False
        if suffix == ".csv":
            ends = _line_ends(path)
            self.expected = None if ends is None else max(ends - 1, 0)     # the header's line is not a row
            self._lines = _csv(path)
        elif suffix in (".xlsx", ".xlsm"):
            self._lines = _xlsx(path, reader=self)
        else:
            raise InvalidInput(f"{path.name}: import a .csv or .xlsx file.")
        first = next(self._lines, None)
        if first is None:
            raise InvalidInput(f"{path.name} is empty: it needs a header row.")
        self.header: list[Cell] = first[1]

    def read(self, count: int = 2000) -> list[Row]:
        """The next non-blank rows among the next `count` lines; `done` once the file has no more."""
        rows, seen = [], 0
        for line, cells in islice(self._lines, count):
            seen += 1
            if any(cell not in (None, "") for cell in cells):
                rows.append({"line": line, "cells": cells})
        self.done = seen < count
        return rows


def read_cells(path: str | os.PathLike) -> tuple[list[Cell], list[Row]]:
    """The header row and every other non-blank row with its line number (header = 1), all held in memory
    (the window sends the whole file again to apply it)."""
    reader, rows = CellReader(path), []
    while not reader.done:
        rows += reader.read()
    return reader.header, rows


def _line_ends(path: Path) -> int | None:
    try:
        with path.open("rb") as handle:
            return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return None         # reading it will say why


def chunks(rows: list[Row], *, size: int | None = None) -> list[list[Row]]:
    size = size or CHUNK
    return [rows[start:start + size] for start in range(0, len(rows), size)]


def _csv(path: Path) -> Iterator[tuple[int, list[Cell]]]:
    line = 0
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte order mark that must not become part of 'sku'
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for line, cells in enumerate(csv.reader(handle), start=1):
                yield line, cells
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} line {line + 1} is not UTF-8 text; in Excel use Save As > "
                           "'CSV UTF-8'.") from None
    except csv.Error as error:
        raise InvalidInput(f"{path.name} line {line + 1} is not valid CSV: {error}.") from None
    except OSError as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror or error}.") from None


def _xlsx(path: Path, *, reader: CellReader) -> Iterator[tuple[int, list[Cell]]]:
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)   # a formula's last value
    except OSError as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror or error}.") from None
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InvalidInput(f"{path.name} is not an Excel .xlsx workbook ({error}).") from None
    try:
        sheet = book.worksheets[0]
        reader.expected = max(sheet.max_row - 1, 0) if sheet.max_row else None    # as the file declares it
        sheet.reset_dimensions()          # but read what is really there: some writers record a wrong size
        for line, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield line, [_json_cell(value) for value in cells]
    finally:
        book.close()


def _json_cell(value: object) -> Cell:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
