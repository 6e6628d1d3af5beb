"""What every back-office screen shares: texts set again on a language switch, the one-line banner, and
read-only tables of figures."""
from __future__ import annotations


from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem


class Retranslated:
    """Mixin (before the Qt class): calls `self.retranslate()` on every LanguageChange Qt sends."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


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


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def table(columns: int) -> QTableWidget:
    view = QTableWidget(0, columns)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
