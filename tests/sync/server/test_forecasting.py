"""HQ's forecasting job on its own ledger: the panel comes from the pushed sales, every product gets a stored
forecast with its model and backtest, runs are claimed one at a time and record progress, and the scheduler
runs once a night (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from sync.server.core.db import reading, writing
from sync.server.core.errors import Conflict, NotFound
from sync.server.crud import forecasts as stored
from sync.server.forecasting import recompute, run_job, store_panel
from sync.server.scheduler import NightlyScheduler, due
from tests.sync.server.forecast_data import DAYS, FIRST, LAST, apples, history


def test_the_panel_is_hqs_daily_demand(world):
    skus = history(world)
    panel = store_panel(world.engine, store_id=world.store, last=LAST)
    row = list(panel.keys["sku"]).index(skus["apple"])
    assert len(panel.dates) == DAYS and panel.dates[0].date() == FIRST
    assert [int(v) for v in panel.sold[row]] == [apples(FIRST + timedelta(days=d)) for d in range(DAYS)]
    assert not panel.censored[row].any()
    assert store_panel(world.engine, store_id=world.store, last=FIRST - timedelta(days=1)) is None


def test_a_run_stores_a_forecast_per_product_and_its_progress(world):
    skus = history(world)
    run = run_job(world.engine, store_id=world.store, processes=1, last=LAST)
    assert run["status"] == "finished" and run["done"] == run["total"] == 2 and run["finished_at"] is not None
    with reading(world.engine) as connection:
        apple = stored.one(connection=connection, store_id=world.store, sku=skus["apple"])
        listed = stored.listing(connection=connection, store_id=world.store)
    assert [f["sku"] for f in listed] == [skus["apple"], skus["bread"]]
    assert apple["run_id"] == run["id"] and apple["start_day"] == (LAST + timedelta(days=1)).isoformat()
    assert len(apple["daily"]) == len(apple["low"]) == len(apple["high"]) == 28
    assert all(isinstance(v, int) for v in apple["daily"] + apple["low"] + apple["high"])
    assert all(lo <= f <= hi for lo, f, hi in zip(apple["low"], apple["daily"], apple["high"]))
    # The weekly rhythm is learnt: a weekend day is forecast well above a weekday.
    by_day = {LAST + timedelta(days=1 + k): v for k, v in enumerate(apple["daily"])}
    weekend = [v for d, v in by_day.items() if d.weekday() >= 5]
    weekday = [v for d, v in by_day.items() if d.weekday() < 5]
    assert min(weekend) > max(weekday)
    assert apple["model"] and apple["demand_class"] and apple["history_start"] == FIRST.isoformat()
    assert apple["baseline_rmsse"] is None or isinstance(apple["baseline_rmsse"], int)


def test_one_run_at_a_time_and_a_dead_run_is_taken_over(world):
    with writing(world.engine) as connection:
        first = stored.claim_run(connection=connection, store_id=world.store, trigger="command")
    with pytest.raises(Conflict):
        run_job(world.engine, store_id=world.store, processes=1)
    with writing(world.engine) as connection:       # its process died: no progress for longer than STALE_S
        stored.progress(connection=connection, run_id=first, done=0, total=0)
        connection.execute(stored.forecast_runs.update().where(stored.forecast_runs.c.id == first).values(
            heartbeat_at=datetime.now(timezone.utc) - timedelta(seconds=stored.STALE_S + 1)))
    with writing(world.engine) as connection:
        second = stored.claim_run(connection=connection, store_id=world.store, trigger="command")
        stored.finish_run(connection=connection, run_id=second)
    with reading(world.engine) as connection:
        rows = {r.id: r for r in connection.execute(stored.forecast_runs.select().where(
            stored.forecast_runs.c.id.in_([first, second])))}
    assert rows[first].status == "failed" and "stopped" in rows[first].error and rows[second].status == "finished"


def test_recompute_one_product_answers_its_new_forecast(world):
    skus = history(world)
    made = recompute(world.engine, store_id=world.store, sku=skus["bread"], last=LAST)
    assert made["sku"] == skus["bread"] and made["run_id"] is None and len(made["daily"]) == 28
    assert sum(made["daily"][:7]) == pytest.approx(28_000, rel=0.1)      # 4 a day
    with pytest.raises(NotFound):
        recompute(world.engine, store_id=world.store, sku=world.sku("V1"), last=LAST)


def test_the_schedule_is_due_once_a_night():
    tz = timezone(timedelta(hours=8))
    at_ = lambda h, d=6: datetime(2026, 12, d, h, 30, tzinfo=tz)  # noqa: E731
    assert not due(moment=at_(1), hour=2, last_started=None)
    assert due(moment=at_(2), hour=2, last_started=None)
    assert due(moment=at_(9), hour=2, last_started=at_(2, d=5))       # last night's run, tonight's not yet
    assert not due(moment=at_(3), hour=2, last_started=at_(2))
    assert not due(moment=at_(23), hour=2, last_started=at_(2))


def test_a_scheduler_that_finds_a_run_going_leaves_it_alone(world):
    """What a second worker's scheduler sees when the first claimed tonight's run: it does nothing."""
    ran = []
    tomorrow = lambda: datetime.now().astimezone() + timedelta(days=1)  # noqa: E731 - nothing started then yet
    with writing(world.engine) as connection:
        going = stored.claim_run(connection=connection, store_id=world.store, trigger="schedule")
    try:
        other = NightlyScheduler(world.engine, hour=0, clock=tomorrow, job=lambda: ran.append(
            run_job(world.engine, store_id=world.store, processes=1, trigger="schedule")))
        assert other.check() is False and ran == []
    finally:
        with writing(world.engine) as connection:
            stored.finish_run(connection=connection, run_id=going)
    assert other.check() is True and ran[0]["status"] == "finished"


def test_a_served_hq_schedules_the_job_only_when_an_hour_is_set(hq_settings, hq_engine):
    import threading

    from fastapi.testclient import TestClient

    from sync.server.app import create_app

    def nightly_threads() -> int:
        return sum(1 for thread in threading.enumerate() if thread.name == "hq-nightly" and thread.is_alive())

    before = nightly_threads()
    with TestClient(create_app(hq_settings)):
        assert nightly_threads() == before                    # the tests' default: off
    with TestClient(create_app(hq_settings.with_(nightly_hour=3))):
        assert nightly_threads() == before + 1
    assert nightly_threads() == before                        # stopped with the app


def test_closed_days_ahead_are_forecast_zero(world):
    from sync.server.crud.stores import close_day
    skus = history(world)
    shut_before, shut_ahead = FIRST + timedelta(days=10), LAST + timedelta(days=3)
    with writing(world.engine) as connection:
        for day in (shut_before, shut_ahead):
            close_day(connection=connection, store_id=world.store, day=day.isoformat(), actor="test")
    panel = store_panel(world.engine, store_id=world.store, last=LAST)
    row = list(panel.keys["sku"]).index(skus["bread"])
    column = (shut_before - FIRST).days
    assert not panel.censored[row, column]          # a day closed at HQ but with sales recorded was open after all
    run_job(world.engine, store_id=world.store, processes=1, last=LAST)
    with reading(world.engine) as connection:
        bread = stored.one(connection=connection, store_id=world.store, sku=skus["bread"])
    assert (bread["daily"][2], bread["low"][2], bread["high"][2]) == (0, 0, 0)
    assert bread["daily"][1] > 0 and bread["daily"][3] > 0
