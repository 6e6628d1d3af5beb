"""Reading and writing the catalog: products with their barcodes, portions and combo components.

Lookups are on the scan path, so they use one indexed query each and a small cache of assembled
products; any catalog write clears the cache.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from sqlalchemy import Connection, delete, insert, text

from pos_app.core.pricing import parse_pricing
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.storage import search_index
from pos_app.storage.models import BarcodeRow, ComboComponentRow, PortionRow, ProductRow

_COLUMNS = ("sku", "name_zh", "name_en", "pinyin", "unit", "sold_by", "price", "cost", "tax_rate", "category",
            "supplier", "plu", "safety_stock", "min_fraction", "allow_custom", "pricing", "active")
_SELECT = "SELECT " + ", ".join(_COLUMNS) + " FROM products"
_PORTION_COLUMNS = "code, name_zh, name_en, size, price"   # Portion's field order
_COMPONENT_COLUMNS = "sku, quantity, portion"              # ComboComponent's field order
_SELECT_BY_BARCODE = ("SELECT " + ", ".join(f"p.{c}" for c in _COLUMNS)
                      + " FROM barcodes b JOIN products p ON p.sku = b.sku WHERE b.code = ?")


class CatalogRepo:
    def __init__(self, engine) -> None:
        self._engine = engine
        self._cache: dict[str, Product] = {}

    # -- reading --------------------------------------------------------------------------------------
    def by_sku(self, sku: str) -> Product | None:
        cached = self._cache.get(sku)
        if cached is not None:
            return cached
        return self._one(_SELECT + " WHERE sku = ?", sku)

    def by_barcode(self, code: str) -> Product | None:
        return self._one(_SELECT_BY_BARCODE, code)

    def by_plu(self, plu: str) -> Product | None:
        return self._one(_SELECT + " WHERE plu = ?", plu)

    def _one(self, sql: str, key: str) -> Product | None:
        # The product row comes with the key lookup and is assembled on the same connection: a scan of an
        # uncached product is one connection checkout and three statements (see docs/performance.md).
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(sql, (key,)).first()
            if row is None:
                return None
            cached = self._cache.get(row[0])
            return cached if cached is not None else self._assemble(connection, row)

    def search(self, term: str, *, limit: int = 20) -> list[Product]:
        """Exact PLU or SKU, else every word of the term: a Chinese run is a substring of the Chinese name,
        an ASCII word a prefix of a word of either name or of the pinyin initials (search_index.py).
        Exact matches first, then active before delisted, then by sku.

        Ranked in Python over at most ten times `limit` index candidates: a one-character term can match
        a tenth of a million-product catalog, and sorting all of that on every keystroke is what made the
        old LIKE search slow. The cashier narrows the term long before ten screens of results matter."""
        term = term.strip()
        if not term or limit <= 0:
            return []
        query = search_index.parse(term)
        with self._engine.connect() as connection:
            exact = {sku: bool(active) for sku, active in connection.exec_driver_sql(
                "SELECT sku, active FROM products WHERE plu = ? UNION SELECT sku, active FROM products WHERE sku = ?",
                (term, term))}
            found = dict(search_index.find(connection, query, limit=10 * limit))
        found.update(exact)
        return self.by_skus(sorted(found, key=lambda sku: (sku not in exact, not found[sku], sku))[:limit])

    def produce_keys(self, *, limit: int) -> list[Product]:
        """The active products sold by weight with a PLU, shortest PLU first, then by PLU: the till's produce
        keys. Chosen in SQLite: reading a million-product catalog into Python to keep sixteen took seconds."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT sku FROM products WHERE active AND sold_by = ? AND plu IS NOT NULL AND plu != '' "
                "ORDER BY length(plu), plu LIMIT ?", (SoldBy.WEIGHT.value, limit)).all()
        return self.by_skus([sku for (sku,) in rows])

    def by_skus(self, skus: list[str]) -> list[Product]:
        """The products of `skus` in that order (unknown ones left out): cached ones from the cache, the rest
        read in four queries per 500 — three statements per product made a 30-result search cost ~8 ms."""
        found = {sku: product for sku in skus if (product := self._cache.get(sku)) is not None}
        missing = [sku for sku in dict.fromkeys(skus) if sku not in found]
        if missing:
            with self._engine.connect() as connection:
                for chunk in _chunks(missing, 500):
                    rows = connection.exec_driver_sql(
                        _SELECT + f" WHERE sku IN ({','.join('?' * len(chunk))})", tuple(chunk)).all()
                    barcodes, portions, components = _children(connection, chunk)
                    for row in rows:
                        sku = row[0]
                        found[sku] = self._remember(_build(
                            row, barcodes=barcodes.get(sku, ()), portions=portions.get(sku, ()),
                            components=components.get(sku, ())))
        return [found[sku] for sku in skus if sku in found]

    def iter_all(self) -> Iterator[Product]:
        """Every product, by sku, read in four queries from one snapshot (export and the stock report
        read the whole catalog; per-product lookups cost three statements each)."""
        with self._engine.connect() as connection:
            barcodes, portions, components = _children(connection, None)
            for row in connection.exec_driver_sql(_SELECT + " ORDER BY sku"):
                sku = row[0]
                yield _build(row, barcodes=barcodes.get(sku, ()), portions=portions.get(sku, ()),
                             components=components.get(sku, ()))

    def count(self) -> int:
        with self._engine.connect() as connection:
            return connection.exec_driver_sql("SELECT count(*) FROM products").scalar_one()

    def _assemble(self, connection: Connection, row) -> Product:
        sku = row[0]
        barcodes = [code for (code,) in connection.exec_driver_sql(
            "SELECT code FROM barcodes WHERE sku = ? ORDER BY rowid", (sku,))]
        portions = [Portion(*r) for r in connection.exec_driver_sql(
            "SELECT " + _PORTION_COLUMNS + " FROM portions WHERE sku = ? ORDER BY position", (sku,))]
        components = []
        if row[_COLUMNS.index("sold_by")] == SoldBy.COMBO.value:
            components = [ComboComponent(*r) for r in connection.exec_driver_sql(
                "SELECT " + _COMPONENT_COLUMNS + " FROM combo_components WHERE combo_sku = ? ORDER BY position",
                (sku,))]
        return self._remember(_build(row, barcodes=barcodes, portions=portions, components=components))

    def _remember(self, product: Product) -> Product:
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[product.sku] = product
        return product

    # -- writing --------------------------------------------------------------------------------------
    def replace_all(self, connection: Connection, products: Iterable[Product]) -> int:
        """Make the catalog exactly `products`, inside the caller's transaction (all or nothing)."""
        products = list(products)
        for table in (ComboComponentRow, PortionRow, BarcodeRow):
            connection.execute(delete(table))
        keep = {p.sku for p in products}
        existing = {sku for (sku,) in connection.exec_driver_sql("SELECT sku FROM products")}
        # Products that left the catalog are delisted, not deleted: sales and stock still refer to them.
        # Chunked: SQLite caps the variables of one statement (32,766 in its default build).
        for chunk in _chunks(sorted(existing - keep), 500):
            connection.execute(ProductRow.__table__.update().where(ProductRow.sku.in_(chunk)).values(active=False))
        replaced = sorted(keep & existing)
        search_index.remove(connection, replaced)      # while their products rows still give the rowids
        for chunk in _chunks(replaced, 500):
            connection.execute(delete(ProductRow).where(ProductRow.sku.in_(chunk)))
        self.upsert(connection, products, replace_children=False)
        return len(products)

    def upsert(self, connection: Connection, products: list[Product], *, replace_children: bool = True) -> None:
        self._cache.clear()
        if replace_children:
            skus = [p.sku for p in products]
            search_index.remove(connection, skus)      # while their products rows still give the rowids
            for chunk in _chunks(skus, 500):
                connection.execute(delete(BarcodeRow).where(BarcodeRow.sku.in_(chunk)))
                connection.execute(delete(PortionRow).where(PortionRow.sku.in_(chunk)))
                connection.execute(delete(ComboComponentRow).where(ComboComponentRow.combo_sku.in_(chunk)))
                connection.execute(delete(ProductRow).where(ProductRow.sku.in_(chunk)))
        if not products:
            return
        connection.execute(insert(ProductRow), [_product_row(p) for p in products])
        search_index.add(connection, [(p.sku, p.name_zh, p.name_en, p.pinyin) for p in products])
        barcodes = [{"code": code, "sku": p.sku} for p in products for code in p.barcodes]
        if barcodes:
            connection.execute(insert(BarcodeRow), barcodes)
        portions = [{"sku": p.sku, "code": o.code, "position": i, "name_zh": o.name_zh, "name_en": o.name_en,
                     "size": o.size, "price": o.price} for p in products for i, o in enumerate(p.portions)]
        if portions:
            connection.execute(insert(PortionRow), portions)
        components = [{"combo_sku": p.sku, "position": i, "sku": c.sku, "quantity": c.quantity,
                       "portion": c.portion} for p in products for i, c in enumerate(p.components)]
        if components:
            connection.execute(insert(ComboComponentRow), components)
        stocked = [{"sku": p.sku} for p in products if not p.is_combo]
        if stocked:   # combos only (a pull that changed just a combo's price): an empty list is no parameters
            connection.execute(text("INSERT OR IGNORE INTO stock_levels (sku, quantity) VALUES (:sku, 0)"), stocked)

    def clear_cache(self) -> None:
        self._cache.clear()


def _children(connection: Connection, skus: list[str] | None) -> tuple[dict, dict, dict]:
    """Barcodes, portions and combo components by sku, of `skus` or (None) of the whole catalog."""
    params = () if skus is None else tuple(skus)
    where = "" if skus is None else " WHERE {} IN (" + ",".join("?" * len(params)) + ")"
    barcodes: dict[str, list[str]] = defaultdict(list)
    for sku, code in connection.exec_driver_sql(
            "SELECT sku, code FROM barcodes" + where.format("sku") + " ORDER BY sku, rowid", params):
        barcodes[sku].append(code)
    portions: dict[str, list[Portion]] = defaultdict(list)
    for sku, *fields in connection.exec_driver_sql(
            "SELECT sku, " + _PORTION_COLUMNS + " FROM portions" + where.format("sku") + " ORDER BY sku, position",
            params):
        portions[sku].append(Portion(*fields))
    components: dict[str, list[ComboComponent]] = defaultdict(list)
    for combo, *fields in connection.exec_driver_sql(
            "SELECT combo_sku, " + _COMPONENT_COLUMNS + " FROM combo_components" + where.format("combo_sku")
            + " ORDER BY combo_sku, position", params):
        components[combo].append(ComboComponent(*fields))
    return barcodes, portions, components


def _build(row, *, barcodes, portions, components) -> Product:
    data = dict(zip(_COLUMNS, row))
    return Product(
        sku=data["sku"], name_zh=data["name_zh"], name_en=data["name_en"], unit=Unit(data["unit"]),
        sold_by=SoldBy(data["sold_by"]), price=data["price"], tax_rate=data["tax_rate"], barcodes=tuple(barcodes),
        plu=data["plu"], category=data["category"], supplier=data["supplier"], cost=data["cost"],
        safety_stock=data["safety_stock"], min_fraction=data["min_fraction"],
        allow_custom=bool(data["allow_custom"]), pricing=_pricing(data["pricing"]), portions=tuple(portions),
        components=tuple(components), pinyin=data["pinyin"], active=bool(data["active"]))


@lru_cache(maxsize=256)
def _pricing(text_value: str):
    return parse_pricing(text_value)


def _product_row(p: Product) -> dict:
    return {"sku": p.sku, "name_zh": p.name_zh, "name_en": p.name_en, "pinyin": p.pinyin, "unit": p.unit.value,
            "sold_by": p.sold_by.value, "price": p.price, "cost": p.cost, "tax_rate": p.tax_rate,
            "category": p.category, "supplier": p.supplier, "plu": p.plu or None, "safety_stock": p.safety_stock,
            "min_fraction": p.min_fraction, "allow_custom": p.allow_custom, "pricing": p.pricing.to_text(),
            "active": p.active}


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]

