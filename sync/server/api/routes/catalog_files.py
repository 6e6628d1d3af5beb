"""HQ's catalog file (sync/server/catalog_file.py) over HTTPS, for the back-office window, which may not run
the till's file reader itself: it reads a CSV/XLSX file's cells and sends them here.

`POST /products/import` with `apply: false` checks a chunk of rows (the window sends the file in chunks, so
its progress bar is real) and answers every bad row's line; with `apply: true` it gets the whole file, checks
it again (a checked chunk proves nothing about the next request) and writes products and supply terms in one
transaction, or nothing when any row is bad. `GET /products/export` pages the catalog as file rows.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from pos_app.core.errors import CatalogError
from pos_app.services.catalog_files import rows_from_cells
from pos_app.services.catalog_format import NAME_COLUMNS, REQUIRED
from sync.protocol import API
from sync.server.api.context import report, write
from sync.server.api.deps import MANAGERS, role
from sync.server.api.schemas import Body
from sync.server.catalog_file import FILE_COLUMNS, export_page, read_rows
from sync.server.crud import catalog, supply
from sync.server.state import Principal

router = APIRouter(tags=["back office"])
Cell = Annotated[StrictStr, Field(max_length=2000)] | StrictInt | StrictFloat | StrictBool | None


class FileRow(Body):
    line: Annotated[StrictInt, Field(ge=2, le=10**7)]       # as a spreadsheet numbers it (header = 1)
    cells: Annotated[list[Cell], Field(max_length=100)]


class FileRows(Body):
    header: Annotated[list[Cell], Field(min_length=1, max_length=100)]
    rows: Annotated[list[FileRow], Field(max_length=100_000)]
    apply: StrictBool = False


class LineProblem(Body):
    line: int
    reason: str


class ImportAnswer(Body):
    problems: list[LineProblem]      # every bad row; when any, nothing was written
    products: int
    terms: int                       # products whose supply terms the file sets
    applied: bool


class ExportPage(Body):
    columns: list[str]
    rows: list[list[str]]
    next: str | None                 # pass as `after` for the next page


@router.post(f"{API}/products/import", response_model=ImportAnswer,
             summary="Check a catalog file's rows, or apply the whole file all or nothing")
async def import_rows(body: FileRows, request: Request, who: Principal = Depends(role(*MANAGERS))) -> ImportAnswer:
    def read() -> tuple[list, list, list[tuple[int, str]]]:
        try:
            return read_rows(rows_from_cells(body.header, ((row.line, row.cells) for row in body.rows),
                                             columns=FILE_COLUMNS, required=REQUIRED, one_of=NAME_COLUMNS))
        except CatalogError as error:          # the header: no row can be read against it
            return [], [], error.problems or [(1, error.message)]

    # Read before the write transaction: the parsing (pinyin, barcodes) must not hold the writer's lock.
    items, terms, problems = await run_in_threadpool(read)
    applied = body.apply and not problems and bool(items)
    if applied:
        def apply(connection) -> None:
            catalog.upsert_products(connection=connection, items=items, actor=who.user_id)
            if terms:
                supply.upsert_terms(connection=connection, items=terms, actor=who.user_id)

        await write(request, apply)
    return ImportAnswer(problems=[LineProblem(line=line, reason=reason) for line, reason in problems],
                        products=len(items), terms=len(terms), applied=applied)


@router.get(f"{API}/products/export", response_model=ExportPage, dependencies=[Depends(role(*MANAGERS))],
            summary="The catalog as HQ's catalog file rows, with supply terms")
async def export_rows(request: Request, after: str = Query("", max_length=64), limit: int = Query(1000, ge=1, le=5000),
                      store_id: str | None = Query(None, max_length=64, description="this store's prices")
                      ) -> ExportPage:
    rows, after = await report(request, lambda c: export_page(c, after=after, limit=limit, store_id=store_id))
    return ExportPage(columns=list(FILE_COLUMNS), rows=[[row.get(c, "") for c in FILE_COLUMNS] for row in rows],
                      next=after)
