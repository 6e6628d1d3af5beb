"""The QApplication of the till: the shipped CJK font, the high-contrast look, and the language switch.

Chinese must render on a machine with no CJK font installed, so the Noto Sans SC subset in
resources/fonts is registered at start and made the application font. Touch targets are at least 44 px
(MIN_TOUCH). Every visible string goes through tr(); `Languages.use()` swaps the QTranslator and Qt sends
every widget a LanguageChange event, on which each one sets its texts again (`retranslate`).
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("zh_CN", "en")
MIN_TOUCH = 44
FONT_FAMILY = "Noto Sans CJK SC"

STYLE = f"""
* {{ font-family: "{FONT_FAMILY}"; font-size: 16px; color: #101010; }}
QMainWindow, QDialog, QWidget#screen {{ background: #f4f4f2; }}
QPushButton {{ min-height: {MIN_TOUCH}px; min-width: {MIN_TOUCH}px; padding: 4px 10px; border: 2px solid #1a1a1a;
              border-radius: 6px; background: #ffffff; font-weight: bold; }}
QPushButton:focus {{ border: 3px solid #0050c8; }}
QPushButton:pressed {{ background: #d0d0d0; }}
QPushButton:disabled {{ color: #8a8a8a; border-color: #9a9a9a; }}
QPushButton[role="primary"] {{ background: #0b6b2f; color: #ffffff; border-color: #063d1b; }}
QPushButton[role="danger"] {{ background: #a4161a; color: #ffffff; border-color: #5c0a0c; }}
QPushButton[role="quick"] {{ background: #fffbe6; font-size: 15px; padding: 2px; }}
QPushButton[role="quick"][stock="sold_out"] {{ background: #e6e6e6; color: #7a7a7a; }}
QPushButton[role="quick"][stock="low"] {{ background: #ffe2b8; }}
QLineEdit {{ min-height: {MIN_TOUCH}px; border: 2px solid #1a1a1a; border-radius: 6px; padding: 0 8px;
             background: #ffffff; font-size: 20px; }}
QLineEdit:focus {{ border: 3px solid #0050c8; }}
QTableView, QListWidget {{ background: #ffffff; border: 2px solid #1a1a1a; font-size: 18px;
                           selection-background-color: #0050c8; selection-color: #ffffff; }}
QHeaderView::section {{ background: #1a1a1a; color: #ffffff; padding: 6px; font-weight: bold; border: 0; }}
QLabel#total {{ font-size: 44px; font-weight: bold; color: #000000; }}
QLabel#totalCaption {{ font-size: 18px; font-weight: bold; }}
QLabel#weight {{ font-size: 36px; font-weight: bold; font-family: "{FONT_FAMILY}"; }}
QLabel#weightState[state="ok"] {{ background: #0b6b2f; color: #ffffff; padding: 4px; font-weight: bold; }}
QLabel#weightState[state="moving"] {{ background: #b35c00; color: #ffffff; padding: 4px; font-weight: bold; }}
QLabel#weightState[state="error"] {{ background: #a4161a; color: #ffffff; padding: 4px; font-weight: bold; }}
QLabel#banner[kind="error"] {{ background: #a4161a; color: #ffffff; padding: 8px; font-size: 18px; font-weight: bold; }}
QLabel#banner[kind="info"] {{ background: #0b3d91; color: #ffffff; padding: 8px; font-size: 18px; font-weight: bold; }}
QLabel#change {{ font-size: 40px; font-weight: bold; color: #0b6b2f; }}
QLabel#due {{ font-size: 32px; font-weight: bold; }}
QFrame#panel {{ background: #ffffff; border: 2px solid #1a1a1a; border-radius: 6px; }}
QFrame#demoScale {{ background: #fffbe6; border: 2px dashed #8a6d00; border-radius: 6px; }}
QSpinBox {{ min-height: {MIN_TOUCH}px; font-size: 18px; }}
QStatusBar {{ background: #1a1a1a; }}
QStatusBar QLabel {{ color: #ffffff; padding: 2px 10px; font-size: 15px; }}
QSlider {{ min-height: {MIN_TOUCH}px; }}
QSlider::handle:horizontal {{ width: {MIN_TOUCH}px; background: #0050c8; border-radius: 6px; margin: -12px 0; }}
QSlider::groove:horizontal {{ height: 12px; background: #1a1a1a; }}
"""


def load_fonts() -> str:
    """Register the shipped fonts; returns the family in use (the system default if none could load)."""
    families: set[str] = set()
    for path in sorted(FONTS.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families else QApplication.font().family()


class Languages:
    """The current language and its QTranslator; `use("en")` switches every window at once."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.current = "zh_CN"

    def use(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"The till speaks {' or '.join(LANGUAGES)}, not {language!r}.")
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self._app)
        if translator.load(str(TRANSLATIONS / f"freshtill_{language}.qm")):
            self._app.installTranslator(translator)
            self._translator = translator
        elif language != "en":   # English is the source text: no file needed
            log.warning("no translation file for %s", language)
        self.current = language   # installing or removing a translator posts LanguageChange to every widget

    @property
    def receipt_language(self) -> str:
        return "zh" if self.current == "zh_CN" else "en"


def create_application(argv: list[str] | None = None, *, language: str = "zh_CN") -> tuple[QApplication, Languages]:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("FreshTill")
    family = load_fonts()
    font = QFont(family, 12)
    app.setFont(font)
    app.setStyleSheet(STYLE.replace(FONT_FAMILY, family))
    languages = Languages(app)
    languages.use(language)
    return app, languages
