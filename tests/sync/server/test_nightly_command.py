"""`freshtill hq nightly` on a real HQ database (SQLite and PostgreSQL): it forecasts a store's products and
says how many; bad arguments are one sentence and exit 2, and a run already going is refused."""
from __future__ import annotations

from pos_app.cli import main
from sync.server.core.db import reading, writing
from sync.server.crud import forecasts
from tests.sync.server.forecast_data import LAST, history


def test_hq_nightly_forecasts_a_store_now(world, hq_settings, capsys):
    skus = history(world)
    database = ["--db", hq_settings.db_url, "--data-dir", str(hq_settings.data_dir)]
    assert main(["hq", "nightly", *database, "--store", world.store, "--through", LAST.isoformat(),
                 "--processes", "1"]) == 0
    out = capsys.readouterr().out
    assert "finished: 2/2 products." in out
    with reading(world.engine) as connection:
        assert {f["sku"] for f in forecasts.listing(connection=connection, store_id=world.store)} == {
            skus["apple"], skus["bread"]}
    assert main(["hq", "nightly", *database, "--through", "yesterday"]) == 2
    assert main(["hq", "nightly", *database, "--store", "nowhere"]) == 2
    with writing(world.engine) as connection:
        going = forecasts.claim_run(connection=connection, store_id=None, trigger="schedule")
    try:
        assert main(["hq", "nightly", *database, "--store", world.store]) == 2
        assert "already running" in capsys.readouterr().err
    finally:
        with writing(world.engine) as connection:
            forecasts.finish_run(connection=connection, run_id=going)


def test_hq_serve_refuses_a_nightly_hour_out_of_the_day(tmp_path):
    assert main(["hq", "serve", "--data-dir", str(tmp_path), "--nightly-hour", "24", "--dev-http"]) == 2
