"""The catalog: every product (searchable, a page at a time) with its barcodes, portions, pricing rule, combo
parts, prices per store and supply terms; suppliers with their lead times; and HQ's catalog file in and out.

Import reads the file on the background helper a batch of rows at a time, sends the rows to HQ in chunks to be
checked (the progress bar counts rows read, then rows HQ has checked), lists every bad row with its line, and
only when none is bad sends the whole file to be applied in one transaction — nothing is half-applied. Export pages the catalog from HQ, then
writes the file. Catalog changes reach the tills at their next sync.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from backoffice.window import catalog_transfer, hq_office
from backoffice.window.catalog_product_panel import ProductPanel
from backoffice.window.catalog_table_model import CatalogTableModel
from backoffice.window.hq_client import HqClient
from backoffice.window.suppliers_panel import SuppliersPanel
from backoffice.window.messages import sentence
from backoffice.window.table_file import write_table
from backoffice.window.widgets import HqScreen, fill, table, table_view
from pos_app.till.background import Background


class CatalogScreen(HqScreen):
    def __init__(self, *, background: Background, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(background=background, parent=parent)
        self.problems: list[dict] = []
        self.busy = False
        self.model = CatalogTableModel(language=language, parent=self)
        self.table = table_view(self.model)
        self.panel = ProductPanel(background=background)
        self.panel.language = language
        self.search = QLineEdit()
        self.previous_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        self.page_label = QLabel()
        self.refresh_button, self.import_button, self.export_button = QPushButton(), QPushButton(), QPushButton()
        self.progress = QProgressBar()
        self.progress.hide()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.suppliers = SuppliersPanel(background=background)
        self.problem_table = table(2)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for widget in (self.previous_button, self.page_label, self.next_button, self.refresh_button,
                       self.import_button, self.export_button):
            top.addWidget(widget)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.panel)
        scroller.setMinimumWidth(400)
        split.addWidget(scroller)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.sections = QTabWidget()
        self.sections.addTab(split, "")
        self.sections.addTab(self.suppliers, "")
        self.sections.addTab(self.problem_table, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.note)
        self.search.textChanged.connect(self._filter)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._selected(current.row()))
        self.panel.saved.connect(lambda: self.refresh())
        self.suppliers.saved.connect(lambda: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: SKU, PLU, barcode, name, pinyin, category or supplier"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.note.setText(self.tr("Changes to products and prices reach the tills at their next sync; supply "
                                  "terms stay at HQ for replenishment."))
        for index, text in enumerate((self.tr("Products"), self.tr("Suppliers"), self.tr("Import report"))):
            self.sections.setTabText(index, text)
        self.problem_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)
        self._page_label()

    def set_language(self, language: str) -> None:
        self.model.language = self.panel.language = language
        self.model.set_filter(self.model.text_filter, keep_page=True)
        self.panel.show_product(self.panel.product)

    def use(self, *, client: HqClient | None, store_id: str | None) -> None:
        self.client, self.store_id = client, store_id
        self.model.set_catalog([], [])
        self.panel.use(client=client, store_id=store_id)
        self.suppliers.use(client=client)
        self.refresh()

    def refresh(self, *, announce: bool = True) -> None:
        """Load the catalog again; `announce` False keeps the state line (an import's result)."""
        client, store_id = self.client, self.store_id
        if client is None:
            return
        if announce:
            self.state.setText(self.tr("Loading…"))

        def load() -> tuple[list[dict], list[dict], list[dict]]:
            return (hq_office.products(client, store_id=store_id), hq_office.supply_terms(client),
                    hq_office.suppliers(client))

        def done(loaded: tuple[list[dict], list[dict], list[dict]]) -> None:
            if (client, store_id) != (self.client, self.store_id):
                return
            products, terms, suppliers = loaded
            sku = self.panel.product["sku"] if self.panel.product else ""
            self.model.set_catalog(products, terms)
            if announce:
                self.state.setText(self.tr("%n product(s)", "", len(products)))
            self.suppliers.show_rows(suppliers)
            self.select_sku(sku)

        self.background.run(load, on_success=done, on_failure=lambda error: self.state.setText(sentence(error)))

    def select_sku(self, sku: str) -> None:
        row = self.model.row_of(sku) if sku else None
        self._page_label()
        if row is None:
            self._selected(-1)
            return
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._selected(row)

    # -- file in and out ---------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _kind = QFileDialog.getOpenFileName(self, self.tr("Import a catalog file"), "",
                                                  self.tr("Catalog files (*.xlsx *.csv)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Read `path` a batch at a time, have HQ check it in chunks, then apply it whole (all on the helper).
        The bar counts rows read, then rows HQ checked, then the apply: every step is real work done."""
        client = self.client
        if client is None or self.busy:
            return
        self._start(self.tr("Reading %1…").replace("%1", path))
        self.problems = []
        fill(self.problem_table, [])
        rows: list[dict] = []

        def opened(reader: catalog_transfer.CellReader) -> None:
            if reader.expected:
                self.progress.setRange(0, 2 * reader.expected + 1)
            read_more(reader)

        def read_more(reader: catalog_transfer.CellReader) -> None:
            def batch(more: list[dict]) -> None:
                rows.extend(more)
                if self.progress.maximum():
                    self.progress.setValue(min(len(rows), self.progress.maximum() // 2))
                if reader.done:
                    self._read(client, header=reader.header, rows=rows, path=path)
                else:
                    read_more(reader)

            self.background.run(reader.read, on_success=batch, on_failure=self._failed)

        self.background.run(lambda: catalog_transfer.CellReader(path), on_success=opened, on_failure=self._failed)

    def _read(self, client: HqClient, *, header: list, rows: list[dict], path: str) -> None:
        if not rows:
            self.progress.hide()
            self._finish(self.tr("%1 has no rows under its header; nothing was changed.").replace("%1", path))
            return
        self.progress.setRange(0, 2 * len(rows) + 1)        # now the real count: read, checked, applied
        self.progress.setValue(len(rows))
        self._check(client, header=header, rows=rows, parts=catalog_transfer.chunks(rows), index=0)

    def _check(self, client: HqClient, *, header: list, rows: list[dict], parts: list[list[dict]], index: int) -> None:
        if index == len(parts):
            self._apply(client, header=header, rows=rows, apply=not self.problems)
            return
        part = parts[index]
        self.state.setText(self.tr("HQ is checking rows %1 to %2 of %3…").replace("%1", str(part[0]["line"]))
                           .replace("%2", str(part[-1]["line"])).replace("%3", str(len(rows))))

        def checked(answer: dict) -> None:
            self._add_problems(answer["problems"])
            self.progress.setValue(self.progress.value() + len(part))
            self._check(client, header=header, rows=rows, parts=parts, index=index + 1)

        self.background.run(lambda: hq_office.import_catalog(client, header=header, rows=part, apply=False),
                            on_success=checked, on_failure=self._failed)

    def _apply(self, client: HqClient, *, header: list, rows: list[dict], apply: bool) -> None:
        """The whole file once more: applied when every chunk was good, else checked whole, so that the report
        also has what only the whole file shows (a SKU on lines in different chunks)."""
        self.state.setText(self.tr("HQ is applying the file…") if apply else self.tr("HQ is checking the whole file…"))

        def answered(answer: dict) -> None:
            self.problems = []
            self._add_problems(answer["problems"])
            self.progress.setValue(self.progress.maximum())
            if not answer["applied"]:
                self._finish(self.tr("%n row(s) cannot be imported; nothing was changed. See the import report.",
                                     "", len({p["line"] for p in self.problems})))
                self.sections.setCurrentWidget(self.problem_table)
                return
            self._finish(self.tr("Imported %n product(s); the tills get them at their next sync.", "",
                                 answer["products"]))
            self.refresh(announce=False)

        self.background.run(lambda: hq_office.import_catalog(client, header=header, rows=rows, apply=apply),
                            on_success=answered, on_failure=self._failed)

    def choose_export(self) -> None:
        path, _kind = QFileDialog.getSaveFileName(self, self.tr("Export the catalog"), "catalog.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Every product at its default price with its supply terms, as HQ's catalog file (imports unchanged)."""
        client = self.client
        if client is None or self.busy:
            return
        self._start(self.tr("Reading the catalog from HQ…"))
        self.progress.setRange(0, max(len(self.model.rows), 1) + 1)
        self.progress.setValue(0)
        pages: list[list[str]] = []

        def page_done(page: dict) -> None:
            pages.extend(page["rows"])
            self.progress.setValue(min(len(pages), self.progress.maximum() - 1))
            if page["next"] is not None:
                fetch(page["next"])
                return
            self.state.setText(self.tr("Writing %1…").replace("%1", path))
            self.background.run(lambda: write_table(path, columns=page["columns"], rows=pages, sheet="catalog"),
                                on_success=written, on_failure=self._failed)

        def written(count: int) -> None:
            self.progress.setValue(self.progress.maximum())
            self._finish(self.tr("Exported %n product(s) to %1.", "", count).replace("%1", path))

        def fetch(after: str) -> None:
            self.background.run(lambda: hq_office.export_catalog(client, after=after, store_id=None),
                                on_success=page_done, on_failure=self._failed)

        fetch("")

    def _start(self, text: str) -> None:
        self.busy = True
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.state.setText(text)

    def _finish(self, text: str) -> None:
        self.busy = False
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.state.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self._finish(sentence(error))

    def _add_problems(self, problems: list[dict]) -> None:
        self.problems += problems
        fill(self.problem_table, [(str(p["line"]), p["reason"]) for p in self.problems], right_from=None)

    # -- browsing ----------------------------------------------------------------------------------------
    def _filter(self) -> None:
        self.model.set_filter(self.search.text())
        self._page_label()
        self._selected(-1)

    def _turn(self, step: int) -> None:
        self.model.go(self.model.page + step)
        self._page_label()
        self._selected(-1)

    def _page_label(self) -> None:
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.model.page + 1))
                                .replace("%2", str(self.model.pages())))
        self.previous_button.setEnabled(self.model.page > 0)
        self.next_button.setEnabled(self.model.page + 1 < self.model.pages())

    def _selected(self, row: int) -> None:
        self.panel.show_product(self.model.product(row))
