"""The basket table on the sale screen: the model's rows, the new line selected and in view, cheap to repaint.

Every scan repaints the whole viewport (QTableView lays its items out again after any inserted row), so
what one repaint costs is what the cashier waits for on each scan. Two things made it dear and are done
differently here (figures in docs/performance.md, till window):

- cells are drawn by `PlainTextDelegate` from the texts the model formatted once per line, laid out once
  (QStaticText), instead of the style-sheet delegate asking the Python model for eight roles of every cell
  and shaping its text again on every paint;
- the quantity, unit price and amount columns are sized here from those texts (font metrics of the widest
  one), instead of ResizeToContents, which measured every cell through the model again on every change.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText
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
        # Laid-out texts: QPainter.drawText shapes its text again on every call, and a basket's few dozen
        # texts are the same from one scan's repaint to the next (half the cost of a repaint).
        self._laid_out: dict[tuple[str, int], QStaticText] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, SELECTED)
        painter.setPen(SELECTED_TEXT if selected else TEXT)
        text = self._model.text(index.row(), index.column())
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        name = index.column() == NAME
        key = (text, rect.width() if name else -1)      # a name is elided to its column's width
        laid_out = self._laid_out.get(key)
        if laid_out is None:
            if len(self._laid_out) > 2_000:
                self._laid_out.clear()
            if name:
                text = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            laid_out = self._laid_out[key] = QStaticText(text)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
        size = laid_out.size()
        x = rect.left() if name else rect.right() + 1 - size.width()
        painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - size.height()) / 2), laid_out)


class BasketTableWidget(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.basket_model = BasketTableModel(self)
        self._widths: dict[tuple[str, bool], int] = {}
        self._metrics: tuple[QFontMetrics, QFontMetrics] | None = None     # body, bold header
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
        model, header = self.basket_model, self.horizontalHeader()
        for column in FITTED:
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max([self._width(title, header=True)]
                        + [self._width(model.text(row, column)) for row in range(model.rowCount())])
            width += 2 * PADDING + 8   # the header section's own padding and a hair of air
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _width(self, text: str, *, header: bool = False) -> int:
        # measured once per text: on every scan the same few dozen texts are measured again
        key = (text, header)
        width = self._widths.get(key)
        if width is None:
            if self._metrics is None:
                bold = QFont(self.horizontalHeader().font())
                bold.setBold(True)
                self._metrics = (QFontMetrics(self.font()), QFontMetrics(bold))
            if len(self._widths) > 2_000:
                self._widths.clear()
            width = self._widths[key] = self._metrics[header].horizontalAdvance(text)
        return width

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._metrics = None
            self._widths.clear()
        super().changeEvent(event)
