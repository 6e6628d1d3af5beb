"""Tables the back office writes for a manager's spreadsheet: CSV (UTF-8 with a byte order mark, so Excel
shows Chinese) or XLSX (openpyxl). Numbers are Decimal, never float: a CSV cell is the exact decimal text,
an XLSX cell a number Excel shows with exactly those digits; text cells stay text (codes keep leading zeros).

Written to a temporary file beside the target and renamed, so a failure never leaves half a file. Blocking
disk work: the views call `write_table` from their background helper only.
"""
from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from pos_app.core.errors import InvalidInput

SUFFIXES = (".csv", ".xlsx")
Cell = str | int | Decimal | None


def write_table(path: str | os.PathLike, *, columns: Sequence[str], rows: Iterable[Sequence[Cell]],
                sheet: str = "sheet") -> int:
    """Write `rows` under the header `columns`; the number of rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidInput(f"{path.name}: export to a .csv or .xlsx file.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    except OSError as error:
        raise InvalidInput(f"Cannot write {path}: {error.strerror or error}.") from None
    os.close(handle)
    count = 0
    try:
        if suffix == ".csv":
            with open(temporary, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(["" if cell is None else str(cell) for cell in row])
                    count += 1
        else:
            import openpyxl

            book = openpyxl.Workbook(write_only=True)
            table = book.create_sheet(sheet[:31])
            table.append(list(columns))
            for row in rows:
                table.append(list(row))
                count += 1
            book.save(temporary)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InvalidInput(f"Cannot write {path}: {error.strerror or error}.") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
