"""What every back-office screen shares: texts set again on a language switch, and the one-line banner."""
from __future__ import annotations


from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


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
