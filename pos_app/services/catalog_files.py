"""Catalog files: reading CSV/XLSX tables row by row, importing a catalog all or nothing, exporting it.

Rows are streamed (csv.reader, openpyxl read-only), so a million-product file is never held as text; the
parsed Products are kept until the checks across rows are done, because nothing may be written before the
whole file is known to be good. Line numbers are row numbers as a spreadsheet shows them (header = 1).
"""
from __future__ import annotations

import csv
import json
import math
import os
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from pos_app.core.barcodes import Nomenclature
from pos_app.core.errors import CatalogError, NotSellable, PosError
from pos_app.core.products import Product
from pos_app.services.catalog_format import COLUMNS, NAME_COLUMNS, REQUIRED, product_from_row, row_from_product
from pos_app.storage import settings_repo

CSV_SUFFIXES = (".csv",)
XLSX_SUFFIXES = (".xlsx", ".xlsm")

Problems = list[tuple[int, str]]


@dataclass(frozen=True)
class ImportResult:
    products: int
    barcodes: int
    portions: int
    combos: int
    delisted: int   # products in the till that the file no longer lists (kept, no longer sold)


@dataclass(frozen=True)
class ExportResult:
    products: int
    barcodes: int
    portions: int
    combos: int


# -- tables ---------------------------------------------------------------------------------------------
def read_table(path: str | os.PathLike, *, columns: Sequence[str], required: Sequence[str] = (),
               one_of: Sequence[str] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {column: text}) for every non-blank row after a checked header; CatalogError on a bad file.

    Header names are case-insensitive; an unknown or repeated name, or a missing required one, is refused
    before any row is read, so a typo never silently drops a column.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        rows = _csv_rows(path)
    elif suffix in XLSX_SUFFIXES:
        rows = _xlsx_rows(path)
    elif suffix == ".xls":
        raise CatalogError(f"{path.name} is an old Excel .xls file; save it as .xlsx or CSV UTF-8 and try again.")
    else:
        raise CatalogError(f"{path.name}: use a .csv or .xlsx file.")
    try:
        header = next(rows, None)
        if header is None:
            raise CatalogError(f"{path.name} is empty: it needs a header row.", problems=[(1, "no header row")])
        names = _check_header(header, columns=columns, required=required, one_of=one_of, path=path)
        for line, cells in enumerate(rows, start=2):
            if not any(cells):
                continue
            yield line, _row_dict(names=names, cells=cells)
    finally:
        rows.close()


def rows_from_cells(header: Sequence[object], rows: Iterable[tuple[int, Sequence[object]]], *,
                    columns: Sequence[str], required: Sequence[str] = (), one_of: Sequence[str] = (),
                    name: str = "the file") -> Iterator[tuple[int, dict[str, str]]]:
    """`read_table` for a file read elsewhere and sent as cell values with their line numbers (HQ gets a
    catalog file's rows from the back-office window): the same header checks and the same cell texts."""
    names = _check_header([cell_text(cell) for cell in header], columns=columns, required=required,
                          one_of=one_of, path=Path(name))
    for line, cells in rows:
        texts = [cell_text(cell) for cell in cells]
        if any(texts):
            yield line, _row_dict(names=names, cells=texts)


def _check_header(cells: list[str], *, columns: Sequence[str], required: Sequence[str], one_of: Sequence[str],
                  path: Path) -> list[str]:
    names = [cell.strip().lower() for cell in cells]
    problems = []
    for name in dict.fromkeys(names):
        if name and name not in columns:
            problems.append(f"unknown column {name!r} (known columns: {', '.join(columns)})")
        elif name and names.count(name) > 1:
            problems.append(f"column {name!r} appears {names.count(name)} times")
    problems += [f"missing required column {name!r}" for name in required if name not in names]
    if one_of and not set(one_of) & set(names):
        problems.append(f"needs a {' or '.join(repr(n) for n in one_of)} column")
    if problems:
        raise CatalogError(f"{path.name}: the header row is not right; nothing was imported.",
                           problems=[(1, reason) for reason in problems])
    return names


def _row_dict(*, names: list[str], cells: list[str]) -> dict[str, str]:
    row = dict(zip(names, cells))
    stray = [cell for name, cell in zip(names, cells) if not name and cell]
    if len(cells) > len(names) and any(cells[len(names):]):
        stray.append("…")
    row.pop("", None)
    if stray:
        row[""] = "a value stands in a column without a header name"
    return row


def _csv_rows(path: Path) -> Iterator[list[str]]:
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte order mark, which must not become part of 'sku'
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            line = 0
            try:
                for line, cells in enumerate(reader, start=1):
                    yield [cell.strip() for cell in cells]
            except UnicodeDecodeError:
                raise CatalogError(f"{path.name} is not UTF-8 text; in Excel use Save As > 'CSV UTF-8'.",
                                   problems=[(line + 1, "not UTF-8 text (is it GBK?)")]) from None
            except csv.Error as error:
                raise CatalogError(f"{path.name} is not a valid CSV file.",
                                   problems=[(line + 1, f"CSV: {error}")]) from None
    except OSError as error:
        raise CatalogError(f"Cannot read {path}: {error.strerror or error}.") from None


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    import openpyxl  # imported here: CSV-only runs and the till's start-up do not pay for it

    try:
        # data_only: a formula cell gives the value Excel last calculated, not its '=A1*2' text
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise CatalogError(f"Cannot read {path}: {error.strerror or error}.") from None
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise CatalogError(f"{path.name} is not an Excel .xlsx workbook ({error}).") from None
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some writers record a wrong sheet size; read what is really there
        for cells in sheet.iter_rows(values_only=True):
            yield [cell_text(value) for value in cells]
    finally:
        book.close()


def cell_text(value: object) -> str:
    """A spreadsheet cell as the exact text a person typed, for the same parsers as CSV text.

    Excel keeps numbers as binary floats; repr() of a float is the shortest decimal that reads back as
    that same float — the number Excel shows (12.8), never the binary expansion (12.800000000000000710…).
    Decimal(repr(x)) then writes it without an exponent. A float that really has extra digits (a formula's
    0.30000000000000004) keeps them, so the money and quantity parsers refuse it instead of rounding.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return _plain_decimal(Decimal(repr(value)))
    if isinstance(value, Decimal):
        return _plain_decimal(value) if value.is_finite() else str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value).strip()


def _plain_decimal(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def write_table(path: str | os.PathLike, *, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> None:
    """Write a CSV (UTF-8 with BOM, so Excel shows Chinese correctly) or XLSX (every cell as text, so codes
    keep their leading zeros). Written to a temporary file and renamed: a failure leaves no half file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise CatalogError(f"{path.name}: export to a .csv or .xlsx file.")
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    os.close(handle)
    try:
        if suffix in CSV_SUFFIXES:
            with open(temporary, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(columns)
                writer.writerows([row.get(c, "") for c in columns] for row in rows)
        else:
            _write_xlsx(temporary, columns=columns, rows=rows)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_xlsx(path: str, *, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("catalog")
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row.get(c, "") for c in columns])
    book.save(path)


# -- catalog --------------------------------------------------------------------------------------------
def store_nomenclature(connection) -> Nomenclature:
    """The store's in-store label rules from settings (None = the default rules)."""
    value = settings_repo.get(connection, "nomenclature")
    if value is None:
        return Nomenclature.default()
    return Nomenclature.from_json(value if isinstance(value, str) else json.dumps(value))


def import_catalog(db, path: str | os.PathLike) -> ImportResult:
    """Replace the till's catalog with the file's, all or nothing.

    Every bad row is collected with its line number; if there is any, CatalogError(problems=[(line,
    reason), ...]) is raised and nothing is written. Products the file no longer lists are delisted.
    """
    path = Path(path)
    with db.reading() as connection:
        nomenclature = store_nomenclature(connection)
    check = _CatalogCheck()
    products: list[Product] = []
    problems: Problems = []
    for line, row in read_table(path, columns=COLUMNS, required=REQUIRED, one_of=NAME_COLUMNS):
        if "" in row:
            problems.append((line, row.pop("")))
        try:
            product = product_from_row(row, nomenclature=nomenclature)
        except PosError as error:
            problems.append((line, error.message))
            check.add_bad(line=line, sku=(row.get("sku") or "").strip())
            continue
        problems.extend((line, reason) for reason in check.add(line=line, product=product))
        products.append(product)
    problems.extend(check.finish())
    if not products and not problems:
        problems.append((2, "the file lists no products; importing it would delist the whole catalog"))
    if problems:
        problems.sort(key=lambda problem: problem[0])
        raise CatalogError(f"{path.name}: {len(problems)} problem(s) found; nothing was imported.",
                           problems=problems)
    with db.transaction() as connection:
        listed = {p.sku for p in products}
        delisted = sum(1 for (sku,) in connection.exec_driver_sql("SELECT sku FROM products WHERE active")
                       if sku not in listed)
        db.catalog.replace_all(connection, products)
    db.catalog.clear_cache()  # a reader may have cached a product between the write and the commit
    return ImportResult(products=len(products), **_counts(products), delisted=delisted)


def export_catalog(db, path: str | os.PathLike) -> ExportResult:
    """Write every product (delisted ones too, with active=no) to .csv or .xlsx; importing it back is a no-op."""
    products = list(db.catalog.iter_all())
    write_table(path, columns=COLUMNS, rows=(row_from_product(p) for p in products))
    return ExportResult(products=len(products), **_counts(products))


def _counts(products: list[Product]) -> dict[str, int]:
    return {"barcodes": sum(len(p.barcodes) for p in products),
            "portions": sum(len(p.portions) for p in products),
            "combos": sum(1 for p in products if p.is_combo)}


class _CatalogCheck:
    """The rules that need the whole file: unique sku/barcode/PLU, combos built from this file's products."""

    def __init__(self) -> None:
        self.sku_lines: dict[str, int] = {}
        self.barcode_lines: dict[str, int] = {}
        self.plu_lines: dict[str, int] = {}
        self.products: dict[str, Product] = {}
        self.bad_skus: set[str] = set()
        self.combos: list[tuple[int, Product]] = []

    def add_bad(self, *, line: int, sku: str) -> None:
        """A row that did not parse still claims its SKU, so a duplicate of it is reported too."""
        if sku:
            self.bad_skus.add(sku)
            self.sku_lines.setdefault(sku, line)

    def add(self, *, line: int, product: Product) -> list[str]:
        reasons = []
        first = self.sku_lines.setdefault(product.sku, line)
        if first != line:
            reasons.append(f"sku {product.sku} is already used on line {first}")
        else:
            self.products[product.sku] = product
        for code in product.barcodes:
            first = self.barcode_lines.setdefault(code, line)
            if first != line:
                reasons.append(f"barcode {code} is already used on line {first}")
        if product.plu:
            first = self.plu_lines.setdefault(product.plu, line)
            if first != line:
                reasons.append(f"PLU {product.plu} is already used on line {first}")
        if product.is_combo:
            self.combos.append((line, product))
        return reasons

    def finish(self) -> Problems:
        problems = []
        for line, combo in self.combos:
            for component in combo.components:
                reason = self._component_problem(component)
                if reason:
                    problems.append((line, f"components: {reason}"))
        return problems

    def _component_problem(self, component) -> str | None:
        product = self.products.get(component.sku)
        if product is None:
            if component.sku in self.bad_skus:
                return None  # that product's own line already says what is wrong with it
            return f"{component.sku} is not a product in this file"
        if product.is_combo:
            return f"{component.sku} is itself a combo; a combo is made of ordinary products"
        if component.portion:
            try:
                product.portion(component.portion)
            except NotSellable as error:
                return error.message
            return None
        try:
            product.check_quantity(component.quantity)
        except NotSellable as error:
            return error.message
        return None
