"""HQ tables of the manager's planning (migration 0003): the nightly forecasts, their runs, the suggested orders
they lead to, and purchase orders from draft to received.

Kept beside models.py (which imports this module, so `metadata` holds every table) to keep both short.
Quantities are BigInteger thousandths of the product's base unit; accuracies are integer ten-thousandths of the
ratio (MASE 0.8123 → 8123), NULL when the backtest had nothing to score; a forecast's days are JSON arrays of
integer thousandths, one per day from `start_day`.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text

from sync.server.models import Big, Key, Moment, Serial, Uid, metadata

RUN_STATUSES = ("running", "finished", "failed")
ORDER_STATUSES = ("draft", "sent", "received")
RATIO_SCALE = 10_000          # accuracies are stored as integer ten-thousandths

forecast_runs = Table(
    "forecast_runs", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("store_id", Key),                              # NULL: every store
    Column("trigger", String(16), nullable=False),        # schedule | command | api
    Column("started_at", Moment, nullable=False),
    Column("heartbeat_at", Moment, nullable=False),       # progress stamps: a run silent for long has died
    Column("finished_at", Moment),
    Column("done", Integer, nullable=False, default=0),   # series (store × product) forecast so far
    Column("total", Integer, nullable=False, default=0),
    Column("status", String(16), nullable=False),         # running | finished | failed
    Column("error", Text, nullable=False, default=""),
    Index("ix_forecast_runs_status", "status"),
)

forecasts = Table(
    "forecasts", metadata,
    Column("store_id", Key, primary_key=True),
    Column("sku", Key, primary_key=True),
    Column("run_id", Big),                                # NULL: recomputed on demand
    Column("category", String(200), nullable=False, default=""),
    Column("demand_class", String(16), nullable=False),   # smooth | erratic | intermittent | lumpy | too_short
    Column("model", String(32), nullable=False),          # the model used
    Column("candidate", String(32), nullable=False),      # the class's best model (== model unless it lost)
    Column("fallback", Boolean, nullable=False),          # the candidate lost to seasonal naive, used instead
    Column("mase", Integer),                              # backtest of the model used, ten-thousandths
    Column("rmsse", Integer),
    Column("wape", Integer),
    Column("baseline_rmsse", Integer),                    # seasonal naive, backtested the same way
    Column("baseline_wape", Integer),
    Column("sigma", Big, nullable=False, default=0),      # daily forecast error, thousandths (safety stock)
    Column("observed_days", Integer, nullable=False, default=0),
    Column("history_start", String(10), nullable=False),  # the series' first day, YYYY-MM-DD
    Column("start_day", String(10), nullable=False),      # the forecast's first day
    Column("daily", Text, nullable=False),                # JSON [thousandths per day]
    Column("low", Text, nullable=False),                  # 80 % interval, JSON like `daily`
    Column("high", Text, nullable=False),
    Column("computed_at", Moment, nullable=False),
)

suggested_orders = Table(
    "suggested_orders", metadata,
    Column("store_id", Key, primary_key=True),
    Column("sku", Key, primary_key=True),
    Column("run_id", Big, nullable=False),
    Column("supplier", String(200), nullable=False, default=""),
    Column("on_hand", Big, nullable=False),
    Column("on_order", Big, nullable=False),
    Column("cycle_demand", Big, nullable=False),          # forecast over lead time + review period
    Column("safety_stock", Big, nullable=False),
    Column("shelf_life_cap", Big),
    Column("order_up_to", Big, nullable=False),
    Column("suggested", Big, nullable=False),
    Column("computed_at", Moment, nullable=False),
)

purchase_orders = Table(
    "purchase_orders", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("store_id", ForeignKey("stores.id"), nullable=False),
    Column("supplier", String(200), nullable=False),
    Column("status", String(16), nullable=False),         # draft | sent | received
    Column("created_by", Key, nullable=False),
    Column("created_at", Moment, nullable=False),
    Column("sent_at", Moment),
    Column("received_at", Moment),
    Column("received_by", Key),
    Column("operation", Uid),                             # the goods-in that received it (its idempotency key)
    Index("ix_purchase_orders_store_status", "store_id", "status"),
)

purchase_order_lines = Table(
    "purchase_order_lines", metadata,
    Column("order_id", ForeignKey("purchase_orders.id", ondelete="CASCADE"), primary_key=True),
    Column("sku", Key, primary_key=True),
    Column("suggested", Big, nullable=False, default=0),  # what the suggestion said when the order was made
    Column("ordered", Big, nullable=False),
    Column("received", Big),                              # what arrived (weighed), once received
)
