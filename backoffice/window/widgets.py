"""What every back-office screen shares: texts set again on a language switch, the one-line banner, and
read-only tables of figures."""
from __future__ import annotations


from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from backoffice.window.messages import sentence


class Retranslated:
    """Mixin (before the Qt class): calls `self.retranslate()` on every LanguageChange Qt sends."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class HqScreen(Retranslated, QWidget):
    """A tab of the window: HQ's work runs on `background`; `use(client=…, store_id=…)` (each screen's own)
    sets which HQ session and store (None: every store) it shows."""

    def __init__(self, *, background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.background = background
        self.client = None
        self.store_id: str | None = None


def show_banner(label: QLabel, text: str, *, kind: str) -> None:
    """`kind` "error" or "info": the style sheet's QLabel#banner[kind=…] colours."""
    label.setText(text)
    label.setProperty("kind", kind)
    label.style().unpolish(label)
    label.style().polish(label)
    label.show()


class StateLabel(QLabel):
    """A view's state line ("Loading…", a problem) that takes no room while it has nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))


class HqRows:
    """Mixin of a panel listing rows HQ gives for the chosen store (None: every store) in `self.table`, each
    with an "id": loaded on the background helper (`load_rows` blocks), ignored when the manager has moved on
    meanwhile, one selected at a time. The panel has `background`, `client`, `store_id`, `state`, `rows`
    and `_show()`."""

    def load_rows(self, client, store_id: str | None) -> list[dict]:
        raise NotImplementedError

    def lay_out(self, *, buttons: list[QWidget], side: QWidget, side_stretch: int) -> None:
        """The buttons in a row over the state line and the table; `side` (a form, a panel) at the right."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(row)
        left.addWidget(self.state)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(side, side_stretch)

    def refresh(self) -> None:
        if self.client is None:
            return
        client, store_id = self.client, self.store_id

        def done(rows: list[dict]) -> None:
            if (client, store_id) == (self.client, self.store_id):
                self.rows = rows
                self._show()

        self.background.run(lambda: self.load_rows(client, store_id), on_success=done,
                            on_failure=lambda error: self.state.setText(sentence(error)))

    def selected(self) -> dict | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def select(self, key: str) -> None:
        for row, item in enumerate(self.rows):
            if item["id"] == key:
                self.table.selectRow(row)


def section(*, title: QLabel, body: QWidget, button: QWidget | None = None) -> QWidget:
    """A titled block: the title (with a button such as "Older …" at its right) above the body."""
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QHBoxLayout()
    heading.addWidget(title, 1)
    if button is not None:
        heading.addWidget(button)
    layout.addLayout(heading)
    layout.addWidget(body)
    return block


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def table(columns: int) -> QTableWidget:
    view = QTableWidget(0, columns)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def table_view(model: QAbstractItemModel) -> QTableView:
    """A view of `model`: whole rows, one at a time, columns as wide as their contents."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fill(view: QTableWidget, rows: list[tuple[str, ...]], *, right_from: int | None = None) -> None:
    """Replace the rows; columns from `right_from` on (if given) are figures, aligned right."""
    view.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if right_from is not None and column >= right_from:
                item.setTextAlignment(RIGHT)
            view.setItem(row, column, item)
