"""Pinyin initials of product names: the search key a cashier types (西红柿 -> XHS).

The rule, per character of the name after NFKC normalisation (so full-width 'Ａ１' counts as 'A1'):

- a Chinese character gives the upper-case first letter of its pinyin, in pypinyin's default (most
  common) reading — except for the few characters in `_GROCERY_READINGS`, whose reading in food names
  differs from that default (长豆角 is cháng dòu jiǎo, so CDJ, not ZDJ; 番茄 is FQ, not FJ);
- an ASCII letter or digit is kept, upper-cased, so a brand or pack size stays typeable
  ('Coca-Cola 可口可乐' -> 'COCACOLAKKKL', '农夫山泉 550ml' -> 'NFSQ550ML');
- anything else (spaces, punctuation, other scripts) is dropped.

The result is cut to 64 characters, the width of the products.pinyin column; it is a prefix search key.
Characters are looked up one at a time, not as phrases, and each answer is cached: importing a catalog
of a million names then costs about a microsecond per name instead of pypinyin's ~50 µs phrase search,
and the few phrases where that matters are covered by the grocery readings.
"""
from __future__ import annotations

import unicodedata

from pypinyin import Style, pinyin

MAX_LENGTH = 64

# Characters whose default reading is wrong in grocery names (the dictionary's first reading, the one
# used for a character on its own, is the common one in general text, not in a supermarket).
_GROCERY_READINGS = {
    "长": "C",  # cháng: 长豆角, 长茄子, 长粒香米 (default zhǎng)
    "茄": "Q",  # qié: 茄子, 番茄 (default jiā)
    "调": "T",  # tiáo: 调料, 调味品, 调和油 (default diào)
    "脯": "F",  # fǔ: 果脯, 杏脯, 猪肉脯 (default pú)
    "参": "S",  # shēn: 海参, 人参, 党参 (default cān)
    "蛤": "G",  # gé: 蛤蜊 (default há)
    "重": "C",  # chóng: 重庆小面, 重庆火锅底料 (default zhòng)
    "粘": "N",  # nián: 粘米粉, 粘玉米 (default zhān)
}


class _Initials(dict):
    """Code point -> initial (or None to drop), filled on first use; `str.translate` reads it directly."""

    def __missing__(self, code: int) -> str | None:
        initial = _initial(chr(code))
        self[code] = initial
        return initial


def _initial(char: str) -> str | None:
    if char in _GROCERY_READINGS:
        return _GROCERY_READINGS[char]
    # NFKC may give several characters ('¼' -> '1⁄4', '㎏' -> 'kg'); each is then read on its own
    folded = unicodedata.normalize("NFKC", char)
    return "".join(_folded_initial(c) for c in folded) or None


def _folded_initial(char: str) -> str:
    if char.isascii():
        return char.upper() if char.isalnum() else ""
    if char in _GROCERY_READINGS:
        return _GROCERY_READINGS[char]
    if not _is_han(char):
        return ""
    reading = pinyin(char, style=Style.FIRST_LETTER, errors="ignore")
    letter = reading[0][0][:1].upper() if reading and reading[0] else ""
    return letter if letter.isascii() and letter.isalpha() else ""


def _is_han(char: str) -> bool:
    # pypinyin would otherwise hand back other scripts unchanged (and errors='ignore' does not cover all)
    return unicodedata.name(char, "").startswith("CJK ")


_CACHE = _Initials()


def initials(name_zh: str) -> str:
    """'西红柿' -> 'XHS'; see the module docstring for the rule."""
    if not name_zh:
        return ""
    return name_zh.translate(_CACHE)[:MAX_LENGTH]
