"""The HQ database: SQLAlchemy Core tables for PostgreSQL and SQLite.

Money is integer fen and quantities integer thousandths (BigInteger: a store's yearly revenue in fen
overflows 32 bits). Times the till stamped stay the till's ISO text with its offset (its business day is the
first ten characters); times HQ stamps are timezone-aware timestamps.

Change versions: `versions` holds one counter per scope — "catalog" (products, barcodes, portions, combos,
users), "store:<id>" (that store's prices, settings and stock), "auth" (revocations). A write transaction
bumps its scope's counter with UPDATE … RETURNING, which row-locks it until commit, and stamps every row it
changes with the new value; so versions of one scope commit in order and a pull `WHERE version > cursor`
read in one snapshot never skips a change.
"""
from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text, UniqueConstraint, text)
from sqlalchemy.dialects import postgresql

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

Uid = String(36).with_variant(postgresql.UUID(as_uuid=False), "postgresql")
Serial = BigInteger().with_variant(Integer, "sqlite")   # SQLite autoincrements only INTEGER PRIMARY KEY
Key = String(64)
Moment = DateTime(timezone=True)
TillTime = String(40)
Big = BigInteger


def _version() -> Column:
    return Column("version", Big, nullable=False, default=0, index=True)


versions = Table(
    "versions", metadata,
    Column("scope", String(80), primary_key=True),
    Column("v", Big, nullable=False, default=0),
)

stores = Table(
    "stores", metadata,
    Column("id", Key, primary_key=True),
    Column("name", String(200), nullable=False, default=""),
    Column("created_at", Moment, nullable=False),
)

closed_days = Table(
    "closed_days", metadata,
    Column("store_id", ForeignKey("stores.id"), primary_key=True),
    Column("day", String(10), primary_key=True),   # YYYY-MM-DD in the store's local time
    Column("closed_at", Moment, nullable=False),
    Column("closed_by", Key, nullable=False, default=""),
)

tills = Table(
    "tills", metadata,
    Column("id", Key, primary_key=True),
    Column("store_id", ForeignKey("stores.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False, default=""),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", Moment, nullable=False),
    Column("revoked_at", Moment),
    Column("acked_seq", Big, nullable=False, default=0),
    Column("last_seen", Moment),                  # HQ time of the last push or pull
    Column("last_push", Moment),                  # HQ time of the last push with new events
    Column("last_event_at", TillTime),            # till time of the newest event received
    Column("clock_skew_ms", Big),                 # HQ time − the till's send time, at the last push
)

enrollment_codes = Table(
    "enrollment_codes", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("store_id", ForeignKey("stores.id"), nullable=False),
    Column("created_at", Moment, nullable=False),
    Column("expires_at", Moment, nullable=False),
    Column("used_at", Moment),
    Column("till_id", Key),
    Column("created_by", Key, nullable=False, default=""),
)

users = Table(
    "users", metadata,
    Column("id", Key, primary_key=True),
    Column("name", String(200), nullable=False, default=""),
    Column("role", String(16), nullable=False),          # cashier | manager | admin
    Column("store_id", ForeignKey("stores.id")),          # NULL: every store
    Column("password_hash", String(200)),                 # back office login
    Column("pin_hash", String(200)),                      # till login, checked offline by the till
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", Moment, nullable=False),
    _version(),                                           # catalog scope
)

sessions = Table(
    "sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", ForeignKey("users.id"), nullable=False),
    Column("created_at", Moment, nullable=False),
    Column("expires_at", Moment, nullable=False),
    Column("revoked_at", Moment),
)

products = Table(
    "products", metadata,
    Column("sku", Key, primary_key=True),
    Column("name_zh", String(200), nullable=False, default=""),
    Column("name_en", String(200), nullable=False, default=""),
    Column("pinyin", String(64), nullable=False, default=""),
    Column("unit", String(8), nullable=False),
    Column("sold_by", String(8), nullable=False),
    Column("price", Big, nullable=False),                 # the default price; store_prices override it
    Column("cost", Big, nullable=False, default=0),
    Column("tax_rate", Integer, nullable=False, default=0),
    Column("category", String(200), nullable=False, default=""),
    Column("supplier", String(200), nullable=False, default=""),
    Column("plu", String(16)),
    Column("safety_stock", Big, nullable=False, default=0),
    Column("min_fraction", Big, nullable=False, default=1000),
    Column("allow_custom", Boolean, nullable=False, default=False),
    Column("pricing", String(500), nullable=False, default="linear"),   # pos_app.core.pricing text form
    Column("active", Boolean, nullable=False, default=True),
    _version(),                                           # catalog scope
)

barcodes = Table(
    "barcodes", metadata,
    Column("code", Key, primary_key=True),
    Column("sku", ForeignKey("products.sku", ondelete="CASCADE"), nullable=False, index=True),
)

portions = Table(
    "portions", metadata,
    Column("sku", ForeignKey("products.sku", ondelete="CASCADE"), primary_key=True),
    Column("code", String(32), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Column("name_zh", String(200), nullable=False, default=""),
    Column("name_en", String(200), nullable=False, default=""),
    Column("size", Big, nullable=False),
    Column("price", Big),
)

combo_components = Table(
    "combo_components", metadata,
    Column("combo_sku", ForeignKey("products.sku", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("sku", Key, nullable=False),
    Column("quantity", Big, nullable=False, default=0),
    Column("portion", String(32)),
)

store_prices = Table(
    "store_prices", metadata,
    Column("store_id", ForeignKey("stores.id"), primary_key=True),
    Column("sku", ForeignKey("products.sku", ondelete="CASCADE"), primary_key=True),
    Column("price", Big, nullable=False),
    Column("version", Big, nullable=False, default=0),     # store scope
    Index("ix_store_prices_store_version", "store_id", "version"),
)

store_settings = Table(
    "store_settings", metadata,
    Column("store_id", ForeignKey("stores.id"), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),                 # JSON text, as the till's settings table keeps it
    Column("version", Big, nullable=False, default=0),     # store scope
)

events = Table(
    "events", metadata,
    Column("id", Uid, primary_key=True),                   # the till's uuid: the idempotency key
    Column("till_id", Key, nullable=False),
    Column("store_id", Key, nullable=False),
    Column("seq", Big, nullable=False),
    Column("kind", String(64), nullable=False),
    Column("till_time", TillTime, nullable=False),
    Column("received_at", Moment, nullable=False),
    Column("status", String(16), nullable=False),          # applied | rejected | exception
    Column("reason", Text),
    Column("payload", Text),                               # kept for rejected events; applied ones live in their tables
    UniqueConstraint("till_id", "seq", name="uq_events_till_seq"),
    # The back office's list of rejected events; partial, so the applied events (nearly all) cost no entry.
    Index("ix_events_rejected", "store_id", "received_at", "id", postgresql_where=text("status = 'rejected'"),
          sqlite_where=text("status = 'rejected'")),
)

sales = Table(
    "sales", metadata,
    Column("uuid", Uid, primary_key=True),
    Column("event_id", Uid, nullable=False),
    Column("store_id", Key, nullable=False),
    Column("till_id", Key, nullable=False),
    Column("kind", String(8), nullable=False),             # sale | refund (refunds are negative records)
    Column("created_at", TillTime, nullable=False),
    Column("cashier", Key, nullable=False, default=""),
    Column("till_label", Key, nullable=False, default=""),
    Column("total", Big, nullable=False),
    Column("discount", Big, nullable=False, default=0),
    Column("discount_reason", String(200), nullable=False, default=""),
    Column("rounding", Big, nullable=False, default=0),
    Column("change", Big, nullable=False, default=0),
    Column("original_uuid", Uid),
    Column("external_ref", String(200)),
    Column("line_count", Integer, nullable=False, default=0),
    Column("received_at", Moment, nullable=False),
    Index("ix_sales_store_created", "store_id", "created_at"),
)

sale_lines = Table(
    "sale_lines", metadata,
    Column("sale_uuid", Uid, primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("sku", Key, nullable=False),
    Column("name_zh", String(200), nullable=False, default=""),
    Column("name_en", String(200), nullable=False, default=""),
    Column("sold_by", String(8), nullable=False),
    Column("quantity", Big, nullable=False),
    Column("unit", String(8), nullable=False),
    Column("count", Integer, nullable=False, default=1),
    Column("portion", String(64)),
    Column("unit_price", Big, nullable=False),
    Column("amount", Big, nullable=False),
    Column("discount", Big, nullable=False, default=0),
    Column("discount_reason", String(200), nullable=False, default=""),
    Column("net", Big, nullable=False),
    Column("tax_rate", Integer, nullable=False),
    Column("weighed", Boolean, nullable=False, default=False),
    Column("override_by", Key),
    Column("disposition", Key),
    Column("origin_line", Integer),
    # Per product shares [[sku, quantity, amount, tax_rate], …] as JSON; NULL for the usual single share that
    # is the line itself (sku, quantity, net, tax_rate). One row per line keeps ingest at COPY speed;
    # reports read COALESCE(parts, the line) and expand combos with jsonb_array_elements.
    Column("parts", Text),
)

sale_tenders = Table(
    "sale_tenders", metadata,
    Column("sale_uuid", Uid, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("kind", Key, nullable=False),
    Column("amount", Big, nullable=False),
    Column("tendered", Big, nullable=False),
    Column("reference", String(200), nullable=False, default=""),
)

sale_taxes = Table(
    "sale_taxes", metadata,
    Column("sale_uuid", Uid, primary_key=True),
    Column("rate", Integer, primary_key=True),
    Column("gross", Big, nullable=False),
    Column("tax", Big, nullable=False),
)

stock_movements = Table(
    "stock_movements", metadata,
    Column("uuid", Uid, primary_key=True),
    Column("store_id", Key, nullable=False),
    Column("sku", Key, nullable=False),
    Column("kind", Key, nullable=False),
    Column("quantity", Big, nullable=False),               # signed thousandths of the base unit
    Column("sale_uuid", Uid),
    Column("reason", String(200), nullable=False, default=""),
    Column("till_time", TillTime, nullable=False),
    Column("event_id", Uid, nullable=False),
    Column("till_id", Key, nullable=False),
    Column("received_at", Moment, nullable=False),
    # A product's movement history and the daily levels behind the sold-out flags (api/routes/stock.py, sales.py).
    Index("ix_stock_movements_store_sku_time", "store_id", "sku", "till_time"),
)

stock_levels = Table(
    "stock_levels", metadata,
    Column("store_id", Key, primary_key=True),
    Column("sku", Key, primary_key=True),
    Column("quantity", Big, nullable=False, default=0),    # = the sum of the store's movements of this sku
    Column("version", Big, nullable=False, default=0),     # store scope
    Index("ix_stock_levels_store_version", "store_id", "version"),
)

exceptions = Table(
    "exceptions", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("store_id", Key, nullable=False, index=True),
    Column("till_id", Key),
    Column("event_id", Uid),
    Column("kind", String(32), nullable=False),    # unknown_product | closed_day | oversell | clock_skew | …
    Column("sku", Key),
    Column("detail", Text, nullable=False, default=""),
    Column("created_at", Moment, nullable=False),
    Column("resolved_at", Moment),
)

shift_reports = Table(
    "shift_reports", metadata,
    Column("shift_id", Uid, primary_key=True),
    Column("event_id", Uid, nullable=False),
    Column("store_id", Key, nullable=False),
    Column("till_id", Key, nullable=False),
    Column("cashier", Key, nullable=False),
    Column("opened_at", TillTime, nullable=False),
    Column("closed_at", TillTime, nullable=False),
    Column("opening_float", Big, nullable=False),
    Column("counted_cash", Big, nullable=False),
    Column("expected_cash", Big, nullable=False),
    Column("sales_count", Big, nullable=False),
    Column("sales_total", Big, nullable=False),
    Column("refunds_total", Big, nullable=False),
    Column("tenders", Text, nullable=False, default="{}"),
    Column("received_at", Moment, nullable=False),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("at", Moment, nullable=False),
    Column("actor", Key, nullable=False),          # user id, "till:<id>" or "cli"
    Column("action", String(64), nullable=False),
    Column("target", String(200), nullable=False, default=""),
    Column("detail", Text, nullable=False, default=""),
)

# --- Back office: supply terms and stock operations (migration 0002) ----------------------------------------

suppliers = Table(
    "suppliers", metadata,
    Column("id", Key, primary_key=True),                  # what products.supplier names
    Column("name", String(200), nullable=False, default=""),
    Column("lead_time_days", Integer, nullable=False, default=1),   # order to delivery
    Column("review_days", Integer, nullable=False, default=1),      # how often an order is placed
    Column("min_order_amount", Big, nullable=False, default=0),     # fen per order
    Column("active", Boolean, nullable=False, default=True),
)

product_supply = Table(
    "product_supply", metadata,
    Column("sku", ForeignKey("products.sku", ondelete="CASCADE"), primary_key=True),
    Column("lead_time_days", Integer),                    # NULL: the supplier's
    Column("shelf_life_days", Integer),                   # NULL: not perishable
    Column("loss_rate", Integer, nullable=False, default=0),    # basis points lost before sale (1500 = 15 %)
    Column("pack_size", Big),                             # thousandths of the base unit; NULL: min_fraction
    Column("min_order", Big, nullable=False, default=0),  # thousandths of the base unit
)

stock_operations = Table(
    "stock_operations", metadata,
    Column("uuid", Uid, primary_key=True),                # the back office's idempotency key
    Column("store_id", Key, nullable=False),
    Column("kind", String(16), nullable=False),           # goods_in | waste | count
    Column("actor", Key, nullable=False),
    Column("at", TillTime, nullable=False),               # the store's local time of the operation
    Column("created_at", Moment, nullable=False),
    Column("request_hash", String(64), nullable=False),   # a reused uuid with other lines is refused
    Column("result", Text, nullable=False),               # the answer, given again to a repeat
)

# The planning tables (forecasts, runs, suggested and purchase orders) live in their own module; importing it here
# puts them in `metadata` for Alembic and every reader of this module.
from sync.server import planning  # noqa: E402,F401
