"""Screenshots of the Sales analysis, Catalog and Administration views, taken by screenshots.py's run (signed
in as the demo admin with the demo store chosen): backoffice_sales, backoffice_catalog, backoffice_suppliers,
backoffice_catalog_import (a file with bad rows: the import report), backoffice_users, backoffice_tills (an
enrollment code issued) and backoffice_sync_problems, each `_<language>.png`."""
from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from backoffice.window.main_window import BackOfficeMainWidget

BAD_ROWS = [("V001", "番茄", "Tomato", "kg", "weight", "6.985"), ("N100", "新品", "", "kg", "sold by weight", "3.50"),
            ("N101", "", "", "piece", "piece", "2")]


def render_office(window: BackOfficeMainWidget, language: str, *, out: Path, idle: Callable[[], None],
                  grab: Callable[[QWidget, Path], None], day: date) -> None:
    sales = window.sales
    window.tabs.setCurrentWidget(sales)
    sales.set_range(day - timedelta(days=7), day)
    idle()
    grab(window, out / f"backoffice_sales_{language}.png")
    catalog = window.catalog
    window.tabs.setCurrentWidget(catalog)
    idle()
    catalog.select_sku("V001")
    for _ in range(2):          # the product panel's scroll area takes its new size a round later
        QApplication.processEvents()
    grab(window, out / f"backoffice_catalog_{language}.png")
    catalog.sections.setCurrentWidget(catalog.suppliers)
    if catalog.suppliers.rows:
        catalog.suppliers.select(catalog.suppliers.rows[0]["id"])
    grab(window, out / f"backoffice_suppliers_{language}.png")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalog.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["sku", "name_zh", "name_en", "unit", "sold_by", "price"])
            writer.writerows(BAD_ROWS)
        catalog.import_file(str(path))
        idle()
    grab(window, out / f"backoffice_catalog_import_{language}.png")
    catalog.sections.setCurrentIndex(0)
    admin = window.admin
    window.tabs.setCurrentWidget(admin)
    idle()
    admin.sections.setCurrentWidget(admin.users)
    admin.users.select(admin.users.rows[0]["id"] if admin.users.rows else "")
    grab(window, out / f"backoffice_users_{language}.png")
    admin.sections.setCurrentWidget(admin.tills)
    admin.tills.issue_code()
    idle()
    grab(window, out / f"backoffice_tills_{language}.png")
    admin.sections.setCurrentWidget(admin.problems)
    idle()
    grab(window, out / f"backoffice_sync_problems_{language}.png")
    window.tabs.setCurrentIndex(0)
