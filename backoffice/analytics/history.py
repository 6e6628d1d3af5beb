"""The daily sales history file of `freshtill forecast` (docs/formats.md): CSV in, a checked ledger out.

A shop's sales history is millions of rows (10,000 products × 2 years = 7.3 million), more than a
spreadsheet holds, so this file is CSV only and is checked column by column with pandas rather than row by
row: every bad row is still found and reported with its line number, and a file with any bad row is
refused whole — no forecast from half a file.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np
import pandas as pd

from pos_app.core.errors import PosError

COLUMNS = ("date", "sku", "quantity", "store", "category", "price", "discount", "sold_out")
REQUIRED = ("date", "sku", "quantity")
LISTED = 100   # problems listed one by one; the message counts the rest
_YES = {"yes", "y", "true", "1", "是"}
_NO = {"no", "n", "false", "0", "否", ""}


class HistoryError(PosError):
    """A sales history that cannot be used; `problems` lists (line number, reason)."""
    code = "history"

    def __init__(self, message: str, *, problems: list[tuple[int, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def read_history(path: str | os.PathLike) -> pd.DataFrame:
    """The ledger of the file: date, sku, quantity (thousandths), store, category, price (fen, Int64),
    discount (basis points), sold_out — one row per store, product and day."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise HistoryError(f"{path.name}: a sales history must be a .csv file (UTF-8).")
    names = _header(path)
    table = _table(path, width=len(names))
    table.columns = names
    table = table[(table != "").any(axis=1)]
    line = table.index.to_numpy() + 2
    problems: list[tuple[int, str]] = []

    def bad(mask, reason) -> None:
        mask = np.asarray(mask, dtype=bool)
        problems.extend((int(n), reason if isinstance(reason, str) else reason(i))
                        for i, n in zip(np.nonzero(mask)[0], line[mask]))

    for k, name in enumerate(names):
        if not name:   # a header cell left empty: ignored, unless a value stands under it
            bad(table.iloc[:, k].str.strip() != "", f"a value under column {k + 1}, which has no name")
    text = {name: table[name].str.strip() if name in table else pd.Series("", index=table.index)
            for name in COLUMNS}
    date = pd.to_datetime(text["date"].where(text["date"].str.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")),
                          format="%Y-%m-%d", errors="coerce")
    bad(date.isna(), lambda i: f"date {text['date'].iloc[i]!r} is not a day written YYYY-MM-DD")
    bad(text["sku"] == "", "the sku is empty")
    bad(text["sku"].str.len() > 64, "the sku is longer than 64 characters")
    quantity = _decimal(text["quantity"], places=3, what="quantity", bad=bad, required=True)
    price = _decimal(text["price"], places=2, what="price", bad=bad, required=False)
    discount = _share(text["discount"], bad=bad)
    sold_out = text["sold_out"].str.lower()
    bad(~sold_out.isin(_YES | _NO), lambda i: f"sold_out {text['sold_out'].iloc[i]!r} is not yes or no")

    key = pd.DataFrame({"store": text["store"], "sku": text["sku"], "date": text["date"]})
    repeated = key.duplicated(keep="first").to_numpy()
    if repeated.any():
        first = key.reset_index(drop=True).groupby(list(key.columns), sort=False).ngroup()
        first_line = pd.Series(line).groupby(first.to_numpy()).transform("first").to_numpy()
        bad(repeated, lambda i: f"repeats line {first_line[i]}: one row per store, product and day")
    if problems:
        problems.sort()
        shown = problems[:LISTED]
        more = f" (the first {LISTED} are listed)" if len(problems) > LISTED else ""
        raise HistoryError(f"{path.name}: {len(problems)} problem(s) found{more}; nothing was forecast.",
                           problems=shown)
    if table.empty:
        raise HistoryError(f"{path.name} has no sales rows.")
    return pd.DataFrame({
        "date": date.to_numpy(), "sku": text["sku"].to_numpy(), "quantity": quantity.to_numpy(dtype=np.int64),
        "store": text["store"].to_numpy(), "category": text["category"].to_numpy(),
        "price": price.to_numpy(), "discount": discount.to_numpy(dtype=np.int64),
        "sold_out": sold_out.isin(_YES).to_numpy(),
    })


def _header(path: Path) -> list[str]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), None)
    except OSError as error:
        raise HistoryError(f"Cannot read {path}: {error.strerror or error}.") from None
    except UnicodeDecodeError:
        raise HistoryError(f"{path.name} is not UTF-8 text; in Excel use Save As > 'CSV UTF-8'.",
                           problems=[(1, "not UTF-8 text (is it GBK?)")]) from None
    if not header:
        raise HistoryError(f"{path.name} is empty: it needs a header row.", problems=[(1, "no header row")])
    names = [cell.strip().lower() for cell in header]
    problems = [f"unknown column {name!r} (known columns: {', '.join(COLUMNS)})"
                for name in dict.fromkeys(names) if name and name not in COLUMNS]
    problems += [f"column {name!r} appears {names.count(name)} times"
                 for name in dict.fromkeys(names) if name in COLUMNS and names.count(name) > 1]
    problems += [f"missing required column {name!r}" for name in REQUIRED if name not in names]
    if problems:
        raise HistoryError(f"{path.name}: the header row is not right; nothing was forecast.",
                           problems=[(1, reason) for reason in problems])
    return names


def _table(path: Path, *, width: int) -> pd.DataFrame:
    try:
        table = pd.read_csv(path, dtype=str, header=None, skiprows=1, names=range(width), na_filter=False,
                            skip_blank_lines=False, encoding="utf-8-sig", index_col=False)
    except UnicodeDecodeError:
        raise HistoryError(f"{path.name} is not UTF-8 text; in Excel use Save As > 'CSV UTF-8'.") from None
    except pd.errors.EmptyDataError:
        return pd.DataFrame({k: pd.Series(dtype=str) for k in range(width)})
    except pd.errors.ParserError as error:
        # pandas stops at the first row with too many values; one csv pass lists them all (rare path only).
        problems = _field_counts(path, width=width)
        if problems:
            raise HistoryError(f"{path.name} has rows with more values than columns; nothing was forecast.",
                               problems=problems[:LISTED]) from None
        raise HistoryError(f"{path.name} is not a valid CSV file ({error}).") from None
    return table.fillna("").astype(str)


def _field_counts(path: Path, *, width: int) -> list[tuple[int, str]]:
    problems = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        for row in reader:
            if len(row) > width:
                problems.append((reader.line_num, f"{len(row)} values for {width} columns"))
    return problems


def _decimal(text: pd.Series, *, places: int, what: str, bad, required: bool) -> pd.Series:
    """Plain decimals as exact integers of 10^-places (no float on the way): '1.25' → 1250 at 3 places."""
    parts = text.str.extract(rf"^([0-9]{{1,12}})(?:\.([0-9]{{1,{places}}}))?$")
    empty = text == ""
    wrong = parts[0].isna() & ~(empty & (not required))
    negative = text.str.startswith("-")
    finer = text.str.fullmatch(rf"[0-9]+\.[0-9]{{{places + 1},}}")
    bad(wrong & negative, f"{what} cannot be negative")
    bad(wrong & finer, f"{what} has more than {places} decimals")
    bad(wrong & ~negative & ~finer & empty, f"{what} is empty")
    bad(wrong & ~negative & ~finer & ~empty,
        lambda i: f"{what} {text.iloc[i]!r} is not a plain decimal number (like 1.25)")
    whole = pd.to_numeric(parts[0].fillna("0")).astype(np.int64)
    fraction = pd.to_numeric(parts[1].fillna("").str.ljust(places, "0").replace("", "0")).astype(np.int64)
    value = pd.array(whole.to_numpy() * 10 ** places + fraction.to_numpy(), dtype="Int64")
    value[(empty | wrong).to_numpy()] = pd.NA
    return pd.Series(value, index=text.index)


def _share(text: pd.Series, *, bad) -> pd.Series:
    """A discount share from 0 up to (not including) 1, as basis points: '0.25' → 2500."""
    parts = text.str.extract(r"^0?(?:\.([0-9]{1,4}))?$")
    ok = text.str.fullmatch(r"0|0?\.[0-9]{1,4}|0\.") | (text == "")
    bad(~ok, lambda i: f"discount {text.iloc[i]!r} is not a share from 0 to 0.9999 (0.25 = 25 % off)")
    digits = parts[0].fillna("").str.ljust(4, "0").where(ok, "0").replace("", "0")
    return pd.to_numeric(digits).astype(np.int64)
