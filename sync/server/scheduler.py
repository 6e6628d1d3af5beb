"""The nightly forecasting job, scheduled inside the served HQ: every worker process has a scheduler thread that
looks once a minute whether tonight's run is due (the hour of day set by `FRESHTILL_HQ_NIGHTLY_HOUR`, HQ's local
time; no run started since that hour today); the first worker to claim the run does it, the others are refused
by the run claim (crud/forecasts.claim_run) and look again the next night. Off unless the hour is set
(`hq serve` sets 2 by default), so tests and benchmarks never start one by surprise.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine

from sync.server.core.db import reading
from sync.server.core.errors import Conflict
from sync.server.crud import forecasts as stored

log = logging.getLogger("freshtill.hq.forecasting")


def due(*, moment: datetime, hour: int, last_started: datetime | None) -> bool:
    """At or past `hour` today (`moment`'s own time zone), with no run started since then."""
    mark = moment.replace(hour=hour, minute=0, second=0, microsecond=0)
    return moment >= mark and (last_started is None or last_started < mark)


class NightlyScheduler:
    def __init__(self, engine: Engine, *, hour: int, job: Callable[[], object], poll_s: float = 60.0,
                 clock: Callable[[], datetime] = lambda: datetime.now().astimezone()) -> None:
        if not 0 <= hour <= 23:
            raise ValueError(f"the nightly hour must be 0-23, not {hour}")
        self.engine, self.hour, self.job, self.poll_s, self.clock = engine, hour, job, poll_s, clock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="hq-nightly", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stops looking; a run in progress goes on in its daemon thread until the process ends (a run cut off
        is marked failed by the next claim, once its heartbeat is stale)."""
        self._stop.set()
        self._thread.join(timeout=1.0)

    def check(self) -> bool:
        """Run the job if it is due; True when this scheduler ran it."""
        with reading(self.engine) as connection:
            last = stored.last_started(connection=connection)
        if not due(moment=self.clock(), hour=self.hour, last_started=last):
            return False
        try:
            self.job()
        except Conflict:
            return False             # another worker claimed tonight's run first
        return True

    def _loop(self) -> None:
        while not self._stop.wait(self.poll_s):
            try:
                self.check()
            except Exception:
                log.exception("the nightly forecasting job failed; it is tried again the next night")
