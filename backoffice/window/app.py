"""The back office's QApplication: the till's (shipped CJK font, style, language switch) plus the back office's
own translations, resources/translations/backoffice_<language>.qm, switched together with the till's."""
from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from pos_app.till.app import TRANSLATIONS, Languages, create_application as create_till_application

log = logging.getLogger(__name__)

# A desk window: denser tables than the till's touch screen, and the flag colours of the stock view.
STYLE = """
QTableView { font-size: 15px; }
QTabBar::tab { min-height: 36px; padding: 4px 18px; font-size: 16px; }
QTabBar::tab:selected { background: #ffffff; font-weight: bold; }
QLabel#figure { font-size: 28px; font-weight: bold; }
QLabel#figureCaption { font-size: 14px; color: #404040; }
QLabel#fingerprint { font-family: monospace; font-size: 12px; }
QComboBox { min-height: 36px; font-size: 16px; }
"""


class BackOfficeLanguages(Languages):
    """The till's Languages plus a second translator for the back office's own strings."""

    def __init__(self, app) -> None:
        self._own: QTranslator | None = None
        super().__init__(app)

    def use(self, language: str) -> None:
        if self._own is not None:
            self._app.removeTranslator(self._own)
            self._own = None
        super().use(language)
        QLocale.setDefault(QLocale(language))     # weekday and date names in the window's language
        translator = QTranslator(self._app)
        if translator.load(str(TRANSLATIONS / f"backoffice_{language}.qm")):
            self._app.installTranslator(translator)
            self._own = translator
        elif language != "en":
            log.warning("no back-office translation file for %s", language)

    def release(self) -> None:
        """Uninstall both translators (a new window's Languages takes over)."""
        for translator in (self._own, self._translator):
            if translator is not None:
                self._app.removeTranslator(translator)
        self._own = self._translator = None


def create_application(argv: list[str] | None = None, *, language: str = "zh_CN") -> tuple[QApplication, Languages]:
    global _current
    app, till_languages = create_till_application(argv, language=language)
    if till_languages._translator is not None:   # drop the till's translator: ours installs both
        app.removeTranslator(till_languages._translator)
    if _current is not None:
        _current.release()                       # and an earlier window's (tests make many in one process)
    languages = _current = BackOfficeLanguages(app)
    languages.use(language)
    app.setStyleSheet(app.styleSheet() + STYLE)
    return app, languages


_current: BackOfficeLanguages | None = None
