"""Prometheus metrics: requests, latency, ingest counts, and per-till lag.

With several workers, uvicorn's processes share counters through prometheus-client's multiprocess mode
(PROMETHEUS_MULTIPROC_DIR, set by `hq serve`). Per-till figures are read from the database at scrape time,
so they are the same whichever worker answers: acked sequence, seconds since the last push with new events
and since the till was last seen. (Events still waiting in a till's outbox are unknown to HQ by nature;
the till reports those itself.)
"""
from __future__ import annotations

import os
from datetime import timezone

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import Engine, select

from sync.server.core.db import reading
from sync.server.core.security import now
from sync.server.models import tills

REQUESTS = Counter("freshtill_hq_requests", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram("freshtill_hq_request_seconds", "Time to answer a request", ["route"],
                    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
EVENTS = Counter("freshtill_hq_events", "Pushed events by outcome", ["result"])
LINES = Counter("freshtill_hq_sale_lines", "Sale lines ingested")
PULLS = Counter("freshtill_hq_pulls", "Pulls by how they were answered", ["path"])
CONTENT_TYPE = CONTENT_TYPE_LATEST


class TillLag:
    """A collector that reads every live till's sync state when scraped."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self):
        acked = GaugeMetricFamily("freshtill_hq_till_acked_seq", "Last sequence HQ acknowledged", labels=["store", "till"])
        push = GaugeMetricFamily("freshtill_hq_till_seconds_since_push", "Seconds since the last push with new events",
                                 labels=["store", "till"])
        seen = GaugeMetricFamily("freshtill_hq_till_seconds_since_seen", "Seconds since the till last pushed or pulled",
                                 labels=["store", "till"])
        moment = now()
        with reading(self.engine) as connection:
            rows = connection.execute(select(tills.c.id, tills.c.store_id, tills.c.acked_seq, tills.c.last_push,
                                             tills.c.last_seen).where(tills.c.revoked_at.is_(None))).all()
        for till_id, store_id, seq, last_push, last_seen in rows:
            labels = [store_id, till_id]
            acked.add_metric(labels, seq)
            for family, moment_of in ((push, last_push), (seen, last_seen)):
                if moment_of is not None:
                    aware = moment_of if moment_of.tzinfo else moment_of.replace(tzinfo=timezone.utc)
                    family.add_metric(labels, (moment - aware).total_seconds())
        yield from (acked, push, seen)


def render(engine: Engine) -> bytes:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess
        shared = CollectorRegistry()
        multiprocess.MultiProcessCollector(shared)
        text = generate_latest(shared)
    else:
        from prometheus_client import REGISTRY
        text = generate_latest(REGISTRY)
    lag = CollectorRegistry(auto_describe=False)
    lag.register(TillLag(engine))
    return text + generate_latest(lag)
