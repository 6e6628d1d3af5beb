"""CatalogRepo.produce_keys chooses in SQL exactly what the till used to pick from the whole catalog."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pos_app.core.products import Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.storage.database import TillDatabase

PLUS = st.one_of(st.none(), st.just(""), st.text(alphabet="0123456789", min_size=1, max_size=5),
                 st.text(alphabet="0123456789", min_size=1, max_size=5))
ROWS = st.lists(st.tuples(PLUS, st.sampled_from([SoldBy.WEIGHT, SoldBy.PIECE]), st.booleans()), max_size=40)


def python_choice(products: list[Product], limit: int) -> list[str]:
    """The selection the sale screen made over iter_all before produce_keys."""
    chosen = sorted((p for p in products if p.active and p.sold_by is SoldBy.WEIGHT and p.plu),
                    key=lambda p: (len(p.plu), p.plu))
    return [p.sku for p in chosen[:limit]]


@settings(max_examples=60, deadline=None)
@given(rows=ROWS, limit=st.integers(min_value=0, max_value=20))
@example(rows=[("10", SoldBy.WEIGHT, True), ("9", SoldBy.WEIGHT, True), ("1", SoldBy.WEIGHT, False),
               ("2", SoldBy.PIECE, True), ("", SoldBy.WEIGHT, True), (None, SoldBy.WEIGHT, True),
               ("09", SoldBy.WEIGHT, True)], limit=3)
def test_produce_keys_equal_the_python_selection(tmp_path_factory, rows, limit):
    seen: set[str] = set()
    products = []
    for n, (plu, sold_by, active) in enumerate(rows):
        if plu and plu in seen:          # a PLU names one product
            plu = None
        seen.add(plu or "")
        weighed = sold_by is SoldBy.WEIGHT
        products.append(Product(sku=f"S{n:03d}", name_zh=f"品{n}", name_en=f"Item {n}",
                                unit=Unit.KG if weighed else Unit.PIECE, sold_by=sold_by, price=100, tax_rate=900,
                                plu=plu, active=active, min_fraction=1 if weighed else 1000))
    db = TillDatabase.open(tmp_path_factory.mktemp("till"))
    try:
        with db.transaction() as connection:
            db.catalog.upsert(connection, products)
        stored = list(db.catalog.iter_all())
        assert [p.sku for p in db.catalog.produce_keys(limit=limit)] == python_choice(stored, limit)
    finally:
        db.close()
