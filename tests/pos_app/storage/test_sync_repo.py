"""The till's sync state: acknowledging pushed events, applying pulled pages (catalog, delisting, users,
settings) and the stock view = HQ's snapshot + this till's own unsynced movements."""
from __future__ import annotations

from dataclasses import replace

import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, given, settings, strategies as st

from pos_app.core.basket import Basket
from pos_app.core.errors import SoldOut
from pos_app.core.nomenclature import Nomenclature
from pos_app.core.stock import Movement, MovementKind
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.checkout import SaleService
from pos_app.storage import outbox, settings_repo, stock_repo, sync_repo, users_repo
from pos_app.storage.sync_repo import PulledPage
from pos_app.storage.users_repo import User
from tests.conftest import levels, small_catalog

AT = "2026-11-22T10:00:00.000000+08:00"


def _apply(db, **fields):
    page = PulledPage(cursor=fields.pop("cursor", "c1"), protocol=1, **fields)
    with db.transaction() as connection:
        return sync_repo.apply_page(connection, catalog=db.catalog, page=page)


def _state(db):
    with db.reading() as connection:
        return sync_repo.state(connection)


def _sell_cola(db, count: int):
    service = SaleService(db)
    basket = Basket()
    service.add_product(basket, db.catalog.by_sku("P1"), count=count, override_by="manager")  # may be sold out
    return service.checkout(basket, tenders=[TenderRequest(TenderKind.CARD, reference="r")], cashier="c1")


# -- push side ---------------------------------------------------------------------------------------------
def test_marking_sent_stamps_only_unsent_events_up_to_the_ack(db):
    for count in (1, 2, 3):
        _sell_cola(db, count)
    with db.transaction() as connection:
        assert sync_repo.mark_sent(connection, upto=2, at=AT) == 2          # opening stock + first sale
    with db.transaction() as connection:
        assert sync_repo.mark_sent(connection, upto=3, at="later") == 1      # seq 1–2 keep their first stamp
    with db.reading() as connection:
        stamps = connection.exec_driver_sql("SELECT seq, sent_at FROM outbox ORDER BY seq").all()
        assert outbox.pending_count(connection) == 1
        assert sync_repo.first_unsent(connection) == 4
        # acknowledged events stay in the outbox: HQ may ask for them again
        assert [e["seq"] for e in sync_repo.events_from(connection, seq=1, limit=10)] == [1, 2, 3, 4]
    assert stamps == [(1, AT), (2, AT), (3, "later"), (4, None)]
    assert _state(db).acked_seq == 3


def test_rejections_are_counted_once_even_when_resent(db):
    with db.transaction() as connection:
        sync_repo.record_rejections(connection, rejections=[(1, "u-1", "unknown kind")], at=AT)
    with db.transaction() as connection:
        sync_repo.record_rejections(connection, rejections=[(1, "u-1", "unknown kind")], at=AT)
    assert _state(db).rejected == 1


def test_outcomes_are_recorded_for_the_status_line(db):
    with db.transaction() as connection:
        sync_repo.record_error(connection, message="HQ cannot be reached.", at=AT)
    assert (_state(db).last_error, _state(db).last_sync_at) == ("HQ cannot be reached.", None)
    with db.transaction() as connection:
        sync_repo.record_success(connection, at=AT)
    assert (_state(db).last_error, _state(db).last_sync_at) == ("", AT)


# -- pull: catalog, users, settings ---------------------------------------------------------------------
def test_a_page_upserts_products_and_the_cache_sees_the_new_price(db):
    tomato = db.catalog.by_sku("V1")     # now cached
    new = replace(small_catalog()[0], sku="V9", name_en="Cucumber", plu="1009", barcodes=())
    applied = _apply(db, products=[replace(tomato, price=750), new], cursor="7")
    assert applied.products == 2
    assert db.catalog.by_sku("V1").price == 750
    assert db.catalog.by_plu("1009").sku == "V9"
    assert _state(db).cursor == "7"
    assert levels(db)["V9"] == 0     # a new product starts with a level row, as at import


def test_a_plu_and_a_barcode_can_move_to_another_product(db):
    cola = db.catalog.by_sku("P1")
    tomato = db.catalog.by_sku("V1")
    _apply(db, products=[replace(cola, plu="1001", barcodes=tomato.barcodes)])
    assert db.catalog.by_plu("1001").sku == "P1"
    assert db.catalog.by_barcode(tomato.barcodes[0]).sku == "P1"
    assert db.catalog.by_sku("V1").plu is None


def test_delisted_products_become_inactive_and_keep_their_history(db):
    _sell_cola(db, 1)
    applied = _apply(db, delisted=["P1", "NOPE"])
    assert applied.delisted == 1
    assert db.catalog.by_sku("P1").active is False
    with db.reading() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sale_lines WHERE sku = 'P1'").scalar() == 1


def test_a_full_resync_over_pages_delists_only_at_its_end(db):
    catalog = {p.sku: p for p in small_catalog()}
    _apply(db, full=True, more=True, products=[catalog["V1"]], users=[_user("u1")], cursor="p1")
    assert db.catalog.by_sku("P1").active    # still sellable while the resync is under way
    assert _state(db).resync
    _apply(db, more=False, products=[catalog["M1"], catalog["C1"]], cursor="p2")
    active = {p.sku for p in db.catalog.iter_all() if p.active}
    assert active == {"V1", "M1", "C1"}
    assert not _state(db).resync
    with db.reading() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sync_resync_seen").scalar() == 0


def test_users_and_pins_are_checked_offline(db):
    _apply(db, users=[_user("u1", pin="2468"), _user("u2", pin="1357", active=False)])
    with db.reading() as connection:
        assert users_repo.check_pin(connection, user_id="u1", pin="2468").role == "cashier"
        assert users_repo.check_pin(connection, user_id="u1", pin="0000") is None
        assert users_repo.check_pin(connection, user_id="u2", pin="1357") is None     # inactive
        assert users_repo.check_pin(connection, user_id="nobody", pin="2468") is None
    _apply(db, full=True, users=[_user("u2", pin="1357")])
    with db.reading() as connection:
        assert users_repo.check_pin(connection, user_id="u1", pin="2468") is None      # gone from HQ
        assert users_repo.check_pin(connection, user_id="u2", pin="1357").user_id == "u2"


def test_settings_and_nomenclature_land_in_the_settings_table(db):
    rules = Nomenclature.default().to_json()
    _apply(db, settings={"cash_rounding": 10, "store_name": "Market 2"}, nomenclature=rules)
    with db.reading() as connection:
        assert settings_repo.get(connection, "cash_rounding") == 10
        assert settings_repo.get(connection, "store_name") == "Market 2"
        assert settings_repo.get(connection, "nomenclature") == rules
    assert SaleService(db).cash_step == 10


def test_a_failed_page_leaves_the_old_catalog_and_cursor(db):
    bad = replace(db.catalog.by_sku("P1"), price=1, plu="1001")
    with pytest.raises(Exception):
        with db.transaction() as connection:
            sync_repo.apply_page(connection, catalog=db.catalog, page=PulledPage(
                cursor="9", protocol=1, products=[bad, replace(bad, sku="P2")]))   # the same PLU twice
    assert db.catalog.by_sku("P1").price == 300
    assert _state(db).cursor == ""


# -- pull: stock ---------------------------------------------------------------------------------------
def test_hq_stock_reaches_the_sold_out_check(db):
    _apply(db, stock={"P1": 0}, acked_seq=1)      # HQ has the opening stock and says it is all gone
    service = SaleService(db)
    with pytest.raises(SoldOut):
        service.add_product(Basket(), db.catalog.by_sku("P1"), count=1)


_EVENT = st.one_of(
    st.tuples(st.just("sale"), st.integers(1, 4)),
    st.tuples(st.just("moves"), st.lists(st.tuples(st.sampled_from(["V1", "P1", "M1"]), st.integers(-5000, 5000)),
                                         min_size=1, max_size=3)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.lists(_EVENT, max_size=5), after=st.lists(_EVENT, max_size=5), later=st.lists(_EVENT, max_size=3),
       others=st.dictionaries(st.sampled_from(["V1", "P1", "M1"]), st.integers(-20_000, 20_000)))
def test_the_stock_view_is_hq_snapshot_plus_own_unsynced_movements(db, before, after, later, others):
    """HQ has this till's events up to the snapshot point (`before`) and other tills' movements (`others`);
    the till also made `after` (not at HQ yet) and `later` (after the pull). Every level must equal the
    independent sum of all of them: nothing counted twice, nothing missed."""
    with db.transaction() as connection:
        connection.exec_driver_sql("DELETE FROM outbox")
        connection.exec_driver_sql("UPDATE stock_levels SET quantity = 0")
    at_hq = _run(db, before)
    with db.reading() as connection:
        acked = sync_repo.last_seq(connection)
    hq = {sku: at_hq.get(sku, 0) + others.get(sku, 0) for sku in ("V1", "P1", "M1")}
    unsynced = _run(db, after)
    _apply(db, stock=hq, acked_seq=acked)
    after_pull = _run(db, later)
    expected = {sku: hq[sku] + unsynced.get(sku, 0) + after_pull.get(sku, 0) for sku in hq}
    assert {sku: levels(db)[sku] for sku in hq} == expected


def _run(db, events) -> dict[str, int]:
    """Commit `events` through the real sale and stock paths; returns their movements summed per SKU."""
    totals: dict[str, int] = {}
    for kind, detail in events:
        if kind == "sale":
            _sell_cola(db, detail)
            totals["P1"] = totals.get("P1", 0) - detail * 1000
        else:
            with db.transaction() as connection:
                stock_repo.record(connection, [Movement(sku, MovementKind.COUNT, q) for sku, q in detail])
            for sku, quantity in detail:
                totals[sku] = totals.get(sku, 0) + quantity
    return totals


def test_a_full_resync_sets_levels_hq_does_not_mention_to_own_unsynced_movements(db):
    _sell_cola(db, 2)                                   # seq 2, not at HQ
    _apply(db, full=True, stock={"V1": 4_000}, acked_seq=1)
    assert {sku: q for sku, q in levels(db).items()} == {"V1": 4_000, "P1": -2_000, "M1": 0}


_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def _user(user_id: str, *, pin: str = "1234", active: bool = True) -> User:
    return User(user_id=user_id, name=user_id.upper(), role="cashier", pin_hash=_HASHER.hash(pin), active=active)
