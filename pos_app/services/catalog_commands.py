"""`freshtill catalog import FILE` and `freshtill catalog export FILE`."""
from __future__ import annotations

from pathlib import Path

from pos_app.services.catalog_files import export_catalog, import_catalog
from pos_app.storage.database import TillDatabase


def register(subparsers) -> None:
    parser = subparsers.add_parser("catalog", help="import or export the product catalog (CSV or XLSX)")
    actions = parser.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    importing = actions.add_parser("import", help="replace the catalog with a file's, all or nothing")
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=_import)
    exporting = actions.add_parser("export", help="write the catalog to a .csv or .xlsx file")
    exporting.add_argument("file", type=Path)
    exporting.set_defaults(handler=_export)


def _import(args) -> int:
    with TillDatabase.open(args.data_dir) as db:
        result = import_catalog(db, args.file)
    print(f"Imported {result.products} products ({result.barcodes} barcodes, {result.portions} portions, "
          f"{result.combos} combos); {result.delisted} delisted.")
    return 0


def _export(args) -> int:
    with TillDatabase.open(args.data_dir) as db:
        result = export_catalog(db, args.file)
    print(f"Exported {result.products} products ({result.barcodes} barcodes, {result.portions} portions, "
          f"{result.combos} combos) to {args.file}.")
    return 0

