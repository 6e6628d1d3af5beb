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
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from pos_app.core.errors import InvalidInput

CHUNK = 500          # rows per check request: a few hundred ms of HQ's reading, so the bar moves steadily

Cell = str | int | float | bool | None
Row = dict          # {"line": spreadsheet row number, "cells": [Cell]}


def read_cells(path: str | os.PathLike) -> tuple[list[Cell], list[Row]]:
    """The header row and every other non-blank row with its line number (header = 1), all held in memory
    (the window sends the whole file again to apply it)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        lines = _csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        lines = _xlsx(path)
    else:
        raise InvalidInput(f"{path.name}: import a .csv or .xlsx file.")
    header: list[Cell] | None = None
    rows: list[Row] = []
    for line, cells in lines:
        if header is None:
            header = cells
        elif any(cell not in (None, "") for cell in cells):
            rows.append({"line": line, "cells": cells})
    if header is None:
        raise InvalidInput(f"{path.name} is empty: it needs a header row.")
    return header, rows


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


def _xlsx(path: Path) -> Iterator[tuple[int, list[Cell]]]:
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
        sheet.reset_dimensions()
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
