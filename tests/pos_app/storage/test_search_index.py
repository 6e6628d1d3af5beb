"""Catalog search through the FTS5 index (search_index.py): the same products as a naive scan of the names,
an index that follows every catalog write, and no typed character ever read as FTS syntax."""
from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pos_app.core.products import Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.storage import search_index, sync_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.sync_repo import PulledPage

HAN = "白菜西红柿土豆大小青"
ZH_NAMES = st.text(alphabet=HAN + "ab1 -·", min_size=1, max_size=8)
EN_NAMES = st.lists(st.text(alphabet="abcxyz12", min_size=1, max_size=5), max_size=3).map(" ".join)
PINYIN = st.text(alphabet="BCXHSTD12", max_size=4)
ENTRIES = st.lists(st.tuples(ZH_NAMES, EN_NAMES, PINYIN, st.booleans()), min_size=1, max_size=25)


def _product(n: int, zh: str, en: str, py: str, active: bool = True, **fields) -> Product:
    return Product(sku=f"S{n:03d}", name_zh=zh, name_en=en, pinyin=py, unit=Unit.PIECE, sold_by=SoldBy.PIECE,
                   price=100, active=active, **fields)


def _catalog(entries) -> list[Product]:
    return [_product(n, zh, en, py, active, plu=str(100 + n) if n % 3 == 0 else None)
            for n, (zh, en, py, active) in enumerate(entries)]


def naive(products: list[Product], term: str) -> list[str]:
    """The definition, by brute force: every space-separated part of the term is a substring of the Chinese
    name (Chinese parts) or a prefix of some word of the names or initials (ASCII parts); or the whole term
    is the PLU or SKU. Ordered exact first, then active, then sku."""
    def part_matches(part: str, p: Product) -> bool:
        if all(c in HAN for c in part):
            return part in p.name_zh
        words = re.findall(r"[0-9a-z]+", f"{p.name_zh} {p.name_en} {p.pinyin}".lower())
        return any(w.startswith(part.lower()) for w in words)

    term = term.strip()
    exact = {p.sku for p in products if term in (p.sku, p.plu)}
    found = [p for p in products if p.sku in exact or all(part_matches(x, p) for x in term.split())]
    return [p.sku for p in sorted(found, key=lambda p: (p.sku not in exact, not p.active, p.sku))]


@pytest.fixture(scope="module")
def till(tmp_path_factory):
    database = TillDatabase.open(tmp_path_factory.mktemp("search"))
    yield database
    database.close()


def _load(db, products) -> None:
    with db.transaction() as connection:      # each example starts from exactly `products`
        connection.exec_driver_sql("DELETE FROM product_search")
        connection.exec_driver_sql("DELETE FROM stock_levels")
        connection.exec_driver_sql("DELETE FROM products")
        db.catalog.upsert(connection, products)


@st.composite
def catalog_and_term(draw):
    products = _catalog(draw(ENTRIES))
    parts = []
    for _ in range(draw(st.integers(min_value=1, max_value=2))):
        p = draw(st.sampled_from(products))
        kind = draw(st.sampled_from(["zh", "en", "py", "random_zh", "random_ascii"]))
        if kind == "zh":
            runs = re.findall(f"[{HAN}]+", p.name_zh) or ["白"]
            run = draw(st.sampled_from(runs))
            start = draw(st.integers(min_value=0, max_value=len(run) - 1))
            parts.append(run[start:draw(st.integers(min_value=start + 1, max_value=len(run)))])
        elif kind in ("en", "py"):
            words = re.findall(r"[0-9a-z]+", (p.name_en if kind == "en" else p.pinyin).lower()) or ["x"]
            word = draw(st.sampled_from(words))
            prefix = word[:draw(st.integers(min_value=1, max_value=len(word)))]
            parts.append(prefix.upper() if draw(st.booleans()) else prefix)
        elif kind == "random_zh":
            parts.append(draw(st.text(alphabet=HAN, min_size=1, max_size=3)))
        else:
            parts.append(draw(st.text(alphabet="abcxyz12BCXHS", min_size=1, max_size=3)))
    return products, " ".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=catalog_and_term())
@example(case=([_product(0, "大白菜", "Chinese cabbage", "DBC"), _product(1, "白-菜", "", "BC"),
                _product(2, "小白 菜", "", "XBC")], "白菜"))
@example(case=([_product(0, "菜", "", ""), _product(1, "青菜", "Greens", "QC", active=False),
                _product(2, "菜心", "", "CX")], "菜"))
@example(case=([_product(0, "西红柿", "Tomato", "XHS", plu="12"), _product(1, "土豆12", "", "TD")], "12"))
def test_search_finds_exactly_what_a_scan_of_the_names_finds(till, case):
    products, term = case
    _load(till, products)
    assert [p.sku for p in till.catalog.search(term, limit=100)] == naive(products, term)


def test_exact_plu_comes_first_and_active_before_delisted(db):
    extra = [_product(7, "番茄", "Tomato cherry", "FQ", active=False), _product(8, "番茄", "Tomato plum", "FQ"),
             _product(9, "番茄", "Tomato", "FQ", plu="77")]
    with db.transaction() as connection:
        db.catalog.upsert(connection, extra)
    assert [p.sku for p in db.catalog.search("Tomato")] == ["S008", "S009", "V1", "S007"]
    assert [p.sku for p in db.catalog.search("77")][:1] == ["S009"]
    assert [p.sku for p in db.catalog.search("S007")] == ["S007"]
    assert len(db.catalog.search("Tomato", limit=2)) == 2


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(term=st.text(max_size=12) | st.lists(st.sampled_from(
    ['"', "*", ":", "(", ")", "NEAR", "NEAR(", "-", "^", "+", "{", "}", "AND", "OR", "NOT", "zh", "en:", "'",
     "\\", "%", "_", "西", "红", "柿", "tom", "\x00", "Ｔｏｍ", "　"]), max_size=6).map("".join))
@example(term='"tom')
@example(term='zh : "西 红" OR NEAR(a b)')
@example(term="tom*")
@example(term="-tom")
def test_fts_syntax_in_the_term_never_raises(db, term):
    found = db.catalog.search(term)
    assert all(isinstance(p, Product) for p in found)


def test_full_width_and_accents_match_what_they_look_like(db):
    with db.transaction() as connection:
        db.catalog.upsert(connection, [_product(1, "ＡＢ牌白菜", "Crème fraîche", "ABPBC")])
    assert [p.sku for p in db.catalog.search("creme")] == ["S001"]
    assert [p.sku for p in db.catalog.search("Ｃｒｅ")] == ["S001"]
    assert [p.sku for p in db.catalog.search("ab牌")] == ["S001"]


# -- the index follows every catalog write ------------------------------------------------------------------
def index_problems(db) -> list[str]:
    """The index compared with what it should hold for the products table as it is."""
    with db.reading() as connection:
        want = {rowid: (search_index.zh_text(zh), en, py) for rowid, zh, en, py in connection.exec_driver_sql(
            "SELECT rowid, name_zh, name_en, pinyin FROM products")}
        have = {rowid: (zh, en, py) for rowid, zh, en, py in connection.exec_driver_sql(
            "SELECT rowid, zh, en, py FROM product_search")}
    with db.transaction() as connection:     # FTS5's own check: the index agrees with its stored text
        connection.exec_driver_sql("INSERT INTO product_search (product_search, rank) VALUES ('integrity-check', 0)")
    missing = [f"missing {r}" for r in want.keys() - have.keys()]
    stale = [f"stale {r}" for r in have.keys() - want.keys()]
    wrong = [f"wrong {r}" for r in want.keys() & have.keys() if want[r] != have[r]]
    return missing + stale + wrong


def _names(db) -> dict[str, str]:
    return {p.sku: p.name_zh for p in db.catalog.iter_all()}


OPERATIONS = st.lists(st.tuples(st.sampled_from(["upsert", "replace_all", "pull", "delist", "resync"]),
                                st.lists(st.tuples(st.integers(min_value=0, max_value=12), ZH_NAMES, EN_NAMES,
                                                   PINYIN), max_size=8)), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(operations=OPERATIONS)
def test_the_index_follows_upsert_replace_all_delist_and_sync_pulls(tmp_path_factory, operations):
    db = TillDatabase.open(tmp_path_factory.mktemp("till"))
    try:
        for cursor, (operation, rows) in enumerate(operations):
            products = list({n: _product(n, zh, en, py) for n, zh, en, py in rows}.values())
            with db.transaction() as connection:
                if operation == "upsert":
                    db.catalog.upsert(connection, products)
                elif operation == "replace_all":
                    db.catalog.replace_all(connection, products)
                else:
                    page = PulledPage(cursor=str(cursor), protocol=1, products=products if operation != "delist"
                                      else [], delisted=[p.sku for p in products] if operation == "delist" else [],
                                      full=operation == "resync")
                    sync_repo.apply_page(connection, catalog=db.catalog, page=page)
            assert index_problems(db) == []
            for sku, name_zh in _names(db).items():
                for run in re.findall(f"[{HAN}]+", name_zh):
                    assert sku in [p.sku for p in db.catalog.search(run, limit=100)]
    finally:
        db.close()


def test_a_pull_that_renames_a_product_moves_it_in_the_index(db):
    tomato = db.catalog.by_sku("V1")
    with db.transaction() as connection:
        sync_repo.apply_page(connection, catalog=db.catalog, page=PulledPage(
            cursor="c1", protocol=1, products=[replace(tomato, name_zh="番茄", name_en="Love apple", pinyin="FQ")]))
    assert db.catalog.search("西红柿") == []
    assert [p.sku for p in db.catalog.search("番茄")] == ["V1"]
    assert [p.sku for p in db.catalog.search("love app")] == ["V1"]
    assert [p.sku for p in db.catalog.search("fq")] == ["V1"]
    assert index_problems(db) == []


def test_the_migration_indexes_the_products_already_there(db):
    """A database from before the index (0004) gets its catalog indexed when it is opened."""
    path = db.path
    db.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DROP TABLE product_search")
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    connection.close()
    reopened = TillDatabase(path)
    try:
        assert reopened.backup is not None
        assert index_problems(reopened) == []
        assert [p.sku for p in reopened.catalog.search("红柿")] == ["V1"]
        assert [p.sku for p in reopened.catalog.search("beef bri")] == ["M1"]
    finally:
        reopened.close()


def test_rebuild_repairs_an_index_whose_rowids_moved(db):
    with db.transaction() as connection:
        connection.exec_driver_sql("UPDATE product_search SET rowid = rowid + 1000")
    assert db.catalog.search("西红柿") == []          # stale: loses results, never shows a wrong product
    with db.transaction() as connection:
        assert search_index.rebuild(connection) == 4
    assert [p.sku for p in db.catalog.search("西红柿")] == ["V1"]
    assert index_problems(db) == []


def test_parse_keeps_only_letters_digits_and_cjk():
    query = search_index.parse('白菜 "tom*" NEAR(x) 土豆-12')
    assert query.phrases == ("白菜", "土豆")
    assert query.words == ("tom", "near", "x", "12")
    assert query.expression() == ('zh : "白 菜" AND zh : "土 豆" AND {zh en py} : "tom"* AND '
                                  '{zh en py} : "near"* AND {zh en py} : "x"* AND {zh en py} : "12"*')
    assert search_index.parse("*:-()").empty
