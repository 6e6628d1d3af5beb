"""The catalog's search index: an FTS5 table beside `products`, so a search keystroke never scans the catalog.

`product_search(zh, en, py)` has one row per product, rowid = products.rowid:

- zh: the Chinese name with every CJK character made a token of its own (spaces around it), so a Chinese
  term of any length — 菜, 白菜, 西红柿 — is an FTS phrase of single characters, which is a substring match;
- en: the English name, searched by word prefix ("tom" finds Tomato, "item 43" finds Item 4321);
- py: the pinyin initials (XHS), searched by prefix.

No triggers (SQLite 3.40 here has no contentless_delete and triggers cannot run Python): CatalogRepo keeps
the index in the same transaction as its product writes — index rows are removed while their products rows
still exist (their rowids are looked up by sku) and added after the products rows are inserted. Writes that
change only `active` or `plu` (delisting, a PLU moving) leave the index alone: neither is indexed.

products has a text primary key, so its rowid is implicit; anything that rewrites the table (an Alembic batch
migration of `products`, VACUUM) may renumber rows and must be followed by `rebuild`. Candidates are checked
against the products' own names in Python (`SearchQuery.matches`), so a stale index can lose results but
never show a wrong product.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection

TABLE = "product_search"
# Also in migration 0005, which created the table. Prefix indexes for 1–6 characters: a prefix longer than the
# longest one makes FTS5 merge the doclists of every matching term before the first row — 40–75 ms for "item"
# in the million-product benchmark, 0.1 ms with them — for 25 % more index (122 → 153 MB at a million).
# Seven typed characters are specific enough that the merge is small. columnsize=0: no bm25 ranking here.
CREATE = (f"CREATE VIRTUAL TABLE {TABLE} USING fts5(zh, en, py, "
          "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6', columnsize=0)")

_INSERT = f"INSERT INTO {TABLE} (rowid, zh, en, py) SELECT rowid, ?, ?, ? FROM products WHERE sku = ?"
_CHUNK = 500                      # SQLite's variable limit is 32,766; a chunk stays far below it
_WORD = re.compile(r"[0-9a-z]+")


def is_spaced(char: str) -> bool:
    """Written without spaces between words (CJK ideographs, kana, hangul): each character is a token."""
    return char >= "\u2e80" and char.isalnum()


def _fold(text: str) -> str:
    # NFKC so full-width 'ＡＢ１' and compatibility ideographs index and match as what they look like
    return unicodedata.normalize("NFKC", text)


def zh_text(name_zh: str) -> str:
    """The zh column: '西红柿123' -> ' 西  红  柿 123'."""
    return "".join(f" {c} " if is_spaced(c) else c for c in _fold(name_zh))


def _words(text: str) -> list[str]:
    """ASCII word tokens as unicode61 with remove_diacritics sees them (lower case, accents dropped)."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", _fold(text)) if not unicodedata.combining(c))
    return _WORD.findall(stripped.lower())


# -- the query ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchQuery:
    """A typed term as index tokens: runs of CJK characters (substrings of the Chinese name) and ASCII words
    (prefixes of a word of either name or of the pinyin initials); a product must match all of them."""
    phrases: tuple[str, ...]
    words: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.phrases and not self.words

    def expression(self) -> str:
        """The FTS5 MATCH text. Every token is a quoted string built only from letters and digits, so
        nothing the cashier types ('"', '*', ':', '(', NEAR, '-') is ever read as query syntax."""
        parts = [f'zh : "{" ".join(phrase)}"' for phrase in self.phrases]
        parts += [f'{{zh en py}} : "{word}"*' for word in self.words]
        return " AND ".join(parts)

    def matches(self, *, name_zh: str, name_en: str, pinyin: str) -> bool:
        zh = _fold(name_zh)
        words = _words(name_zh) + _words(name_en) + _words(pinyin)
        return (all(phrase in zh for phrase in self.phrases)
                and all(any(w.startswith(word) for w in words) for word in self.words))


def parse(term: str) -> SearchQuery:
    phrases: list[str] = []
    run: list[str] = []
    rest: list[str] = []
    for char in _fold(term):
        if is_spaced(char):
            run.append(char)
            rest.append(" ")
        else:
            if run:
                phrases.append("".join(run))
                run = []
            rest.append(char)
    if run:
        phrases.append("".join(run))
    return SearchQuery(phrases=tuple(dict.fromkeys(phrases)), words=tuple(dict.fromkeys(_words("".join(rest)))))


def find(connection: Connection, query: SearchQuery, *, limit: int) -> list[tuple[str, bool]]:
    """(sku, active) of up to `limit` products matching `query`, in rowid order."""
    if query.empty or limit <= 0:
        return []
    rows = connection.exec_driver_sql(
        "SELECT sku, active, name_zh, name_en, pinyin FROM products WHERE rowid IN "
        f"(SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?)", (query.expression(), limit))
    return [(sku, bool(active)) for sku, active, name_zh, name_en, pinyin in rows
            if query.matches(name_zh=name_zh, name_en=name_en, pinyin=pinyin)]


# -- keeping it ---------------------------------------------------------------------------------------------
def remove(connection: Connection, skus: list[str]) -> None:
    """Drop the index rows of these products; call before their products rows are deleted."""
    for start in range(0, len(skus), _CHUNK):
        chunk = skus[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        connection.exec_driver_sql(
            f"DELETE FROM {TABLE} WHERE rowid IN (SELECT rowid FROM products WHERE sku IN ({marks}))",
            tuple(chunk))


def add(connection: Connection, rows: list[tuple[str, str, str, str]]) -> None:
    """Index (sku, name_zh, name_en, pinyin) of products rows just inserted."""
    if rows:
        connection.exec_driver_sql(_INSERT, [(zh_text(zh), en, py, sku) for sku, zh, en, py in rows])


def rebuild(connection: Connection) -> int:
    """Index the whole catalog afresh (the migration that made the table; after anything renumbers rows)."""
    connection.exec_driver_sql(f"DELETE FROM {TABLE}")
    cursor = connection.exec_driver_sql("SELECT rowid, name_zh, name_en, pinyin FROM products")
    count = 0
    while batch := cursor.fetchmany(10_000):
        connection.exec_driver_sql(f"INSERT INTO {TABLE} (rowid, zh, en, py) VALUES (?, ?, ?, ?)",
                                   [(rowid, zh_text(zh), en, py) for rowid, zh, en, py in batch])
        count += len(batch)
    return count
