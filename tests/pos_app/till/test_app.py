"""The shipped CJK font and the translations: Chinese renders and every visible string is translated."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics

from pos_app.till.app import FONT_FAMILY, TRANSLATIONS, create_application

pytestmark = pytest.mark.qt


def test_the_shipped_font_draws_chinese(qapp):
    create_application(language="zh_CN")
    metrics = QFontMetrics(QFont(FONT_FAMILY, 12))
    assert QFont(FONT_FAMILY).family() == FONT_FAMILY
    assert all(metrics.inFontUcs4(ord(char)) for char in "西红柿牛腩收款找零￥")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_string_has_a_finished_translation(language):
    root = ET.parse(TRANSLATIONS / f"freshtill_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 50
    for message in messages:
        translation = message.find("translation")
        texts = [translation.text] + [form.text for form in translation.findall("numerusform")]
        assert translation.get("type") is None, message.findtext("source")
        assert any(texts), message.findtext("source")


def test_switching_language_retranslates_the_window(qapp):
    _app, languages = create_application(language="zh_CN")
    assert QCoreApplication.translate("SaleScreen", "Pay") == "收款"
    languages.use("en")
    assert QCoreApplication.translate("SaleScreen", "Pay") == "Pay"
    languages.use("zh_CN")
