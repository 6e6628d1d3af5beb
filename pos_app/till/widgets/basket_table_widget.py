"""The basket table on the sale screen: the model's rows, the new line selected and in view, cheap to repaint.

Every scan repaints the whole viewport (QTableView lays its items out again after any inserted row), so
what one repaint costs is what the cashier waits for on each scan. Two things made it dear and are done
differently here (figures in docs/performance.md, till window):

- cells are drawn by `PlainTextDelegate` from the texts the model formatted once per line, instead of the
  style-sheet delegate asking the Python model for eight roles of every cell on every paint;
- the quantity, unit price and amount columns are sized here from those texts (font metrics of the widest
  one), instead of ResizeToContents, which measured every cell through the model again on every change.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableView)

from pos_app.till.models.basket_table_model import NAME, BasketTableModel
from pos_app.till.sale_session import BasketView

TEXT = QColor("#101010")           # the colours of the application style sheet (app.STYLE)
SELECTED = QColor("#0050c8")
SELECTED_TEXT = QColor("#ffffff")
PADDING = 8                        # each side of a cell's text
FITTED = (1, 2, 3)                 # the columns sized to their widest text; the name takes the rest


class PlainTextDelegate(QStyledItemDelegate):
    def __init__(self, model: BasketTableModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, SELECTED)
        painter.setPen(SELECTED_TEXT if selected else TEXT)
        text = self._model.text(index.row(), index.column())
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        if index.column() == NAME:
            text = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        else:
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


class BasketTableWidget(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.basket_model = BasketTableModel(self)
        self.setModel(self.basket_model)
        self.setItemDelegate(PlainTextDelegate(self.basket_model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setDefaultSectionSize(44)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in FITTED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.basket_model.modelReset.connect(self.fit_columns)
        self.basket_model.rowsInserted.connect(self.fit_columns)
        self.basket_model.rowsRemoved.connect(self.fit_columns)
        self.basket_model.dataChanged.connect(self.fit_columns)
        self.basket_model.headerDataChanged.connect(self.fit_columns)

    def show_basket(self, view: BasketView) -> None:
        self.basket_model.show(view)
        row = self.basket_model.row_of(view.added)
        if row is not None:
            self.selectRow(row)
            self.scrollTo(self.basket_model.index(row, 0))

    def fit_columns(self, *_args) -> None:
        """Widen (or narrow) the fitted columns to their widest text, header included."""
        body = QFontMetrics(self.font())
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)
        head = QFontMetrics(bold)
        model = self.basket_model
        for column in FITTED:
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max([head.horizontalAdvance(title)]
                        + [body.horizontalAdvance(model.text(row, column)) for row in range(model.rowCount())])
            width += 2 * PADDING + 8   # the header section's own padding and a hair of air
            if self.horizontalHeader().sectionSize(column) != width:
                self.horizontalHeader().resizeSection(column, width)
