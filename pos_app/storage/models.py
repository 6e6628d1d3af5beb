"""The till database: SQLAlchemy 2.0 typed models.

Money columns hold minor units and quantity columns thousandths of the product's base unit, both as
integers. Sales and refunds share the sales tables (refunds are negative), so sums reconcile directly.
"""
from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ProductRow(Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    pinyin: Mapped[str] = mapped_column(String(64), default="", index=True)
    unit: Mapped[str] = mapped_column(String(8))
    sold_by: Mapped[str] = mapped_column(String(8))
    price: Mapped[int] = mapped_column(Integer)
    cost: Mapped[int] = mapped_column(Integer, default=0)
    tax_rate: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(100), default="", index=True)
    supplier: Mapped[str] = mapped_column(String(100), default="")
    plu: Mapped[str | None] = mapped_column(String(16), unique=True)
    safety_stock: Mapped[int] = mapped_column(Integer, default=0)
    min_fraction: Mapped[int] = mapped_column(Integer, default=1000)
    allow_custom: Mapped[bool] = mapped_column(default=False)
    pricing: Mapped[str] = mapped_column(String(200), default="linear")
    active: Mapped[bool] = mapped_column(default=True)


class BarcodeRow(Base):
    __tablename__ = "barcodes"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku", ondelete="CASCADE"), index=True)


class PortionRow(Base):
    __tablename__ = "portions"
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name_zh: Mapped[str] = mapped_column(String(100), default="")
    name_en: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int] = mapped_column(Integer)
    price: Mapped[int | None] = mapped_column(Integer)


class ComboComponentRow(Base):
    __tablename__ = "combo_components"
    combo_sku: Mapped[str] = mapped_column(ForeignKey("products.sku", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    portion: Mapped[str | None] = mapped_column(String(32))


class StockLevelRow(Base):
    """The current level, kept equal to the sum of the product's movements in the same transaction."""
    __tablename__ = "stock_levels"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)


class StockMovementRow(Base):
    __tablename__ = "stock_movements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    sku: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    sale_uuid: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_stock_movements_sku_id", "sku", "id"),)


class SaleRow(Base):
    __tablename__ = "sales"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[str] = mapped_column(String(32), index=True)
    cashier: Mapped[str] = mapped_column(String(64), default="")
    till: Mapped[str] = mapped_column(String(64), default="")
    total: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer, default=0)
    discount_reason: Mapped[str] = mapped_column(String(200), default="")
    rounding: Mapped[int] = mapped_column(Integer, default=0)
    change: Mapped[int] = mapped_column(Integer, default=0)
    original_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    external_ref: Mapped[str | None] = mapped_column(String(100), unique=True)
    line_count: Mapped[int] = mapped_column(Integer, default=0)


class SaleLineRow(Base):
    __tablename__ = "sale_lines"
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    sold_by: Mapped[str] = mapped_column(String(8))
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(8))
    count: Mapped[int] = mapped_column(Integer, default=1)
    portion: Mapped[str | None] = mapped_column(String(32))
    unit_price: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer, default=0)
    discount_reason: Mapped[str] = mapped_column(String(200), default="")
    net: Mapped[int] = mapped_column(Integer)
    tax_rate: Mapped[int] = mapped_column(Integer)
    weighed: Mapped[bool] = mapped_column(default=False)
    override_by: Mapped[str | None] = mapped_column(String(64))
    disposition: Mapped[str | None] = mapped_column(String(8))
    origin_line: Mapped[int | None] = mapped_column(Integer)


class SalePartRow(Base):
    """Per product share of a line (one for ordinary lines, one per component for combos): reports use these."""
    __tablename__ = "sale_parts"
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    tax_rate: Mapped[int] = mapped_column(Integer)


class PaymentRow(Base):
    __tablename__ = "payments"
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    amount: Mapped[int] = mapped_column(Integer)
    tendered: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(100), default="")


class TaxRow(Base):
    __tablename__ = "sale_taxes"
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"), primary_key=True)
    rate: Mapped[int] = mapped_column(Integer, primary_key=True)
    gross: Mapped[int] = mapped_column(Integer)
    tax: Mapped[int] = mapped_column(Integer)


class OutboxRow(Base):
    """Events waiting for HQ, in commit order; `seq` is the contiguous per-till sequence sync will push."""
    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))
    sent_at: Mapped[str | None] = mapped_column(String(32), index=True)
    # AUTOINCREMENT: a sequence number is never reused, even after acknowledged rows are pruned.
    __table_args__ = {"sqlite_autoincrement": True}


class SettingRow(Base):
    """Store-wide settings synced from HQ (currency, cash rounding, nomenclature, receipt header)."""
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


__all__ = [name for name in dir() if name.endswith("Row")] + ["Base", "UniqueConstraint"]


class SyncStateRow(Base):
    """This till's place in the sync with HQ: one row (id 1). The device token is a secret and lives in
    sync.json beside the database (mode 0600), never here."""
    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cursor: Mapped[str] = mapped_column(String(64), default="")
    protocol: Mapped[int] = mapped_column(Integer, default=0)       # the protocol the cursor was issued under
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)      # HQ's last acknowledged outbox sequence
    resync: Mapped[bool] = mapped_column(default=False)             # a full resync spanning pages is under way
    last_sync_at: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str] = mapped_column(String(500), default="")
    last_error_at: Mapped[str | None] = mapped_column(String(40))


class SyncRejectionRow(Base):
    """An outbox event HQ refused as invalid: kept for the back office, acknowledged so the queue moves on."""
    __tablename__ = "sync_rejections"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[str] = mapped_column(String(40))


class SyncSeenRow(Base):
    """Keys seen so far in a full resync that spans pull pages; at its last page what was not seen is
    delisted (products, users) or reset to the till's own unsynced movements (stock)."""
    __tablename__ = "sync_resync_seen"
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)


class UserRow(Base):
    """Till users pulled from HQ; the PIN only as its argon2 hash, checked offline."""
    __tablename__ = "users"
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)


__all__ += ["SyncStateRow", "SyncRejectionRow", "SyncSeenRow", "UserRow"]


class PrintJobRow(Base):
    """A job for the receipt printer as ready ESC/POS bytes: waiting, printed, or given up (a drawer kick too
    late to be of use, a job the cashier cancelled). Printed receipts stay for reprints until pruned."""
    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))                    # receipt | reprint | test | drawer
    sale_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(10), default="pending")  # pending | printed | expired | cancelled
    created_at: Mapped[str] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_attempt_at: Mapped[str | None] = mapped_column(String(32))
    printed_at: Mapped[str | None] = mapped_column(String(32))
    __table_args__ = (Index("ix_print_jobs_state_id", "state", "id"), {"sqlite_autoincrement": True})


__all__ += ["PrintJobRow"]


class ShiftRow(Base):
    """A cashier's shift on one till: opened with a cash float, closed by a Z report (kept as JSON for
    reprints). Its sales are this till's sales dated from opened_at to closed_at; no column on the sale."""
    __tablename__ = "shifts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    till: Mapped[str] = mapped_column(String(64))
    cashier: Mapped[str] = mapped_column(String(64))
    opened_at: Mapped[str] = mapped_column(String(32))
    opening_float: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[str | None] = mapped_column(String(32))
    closed_by: Mapped[str | None] = mapped_column(String(64))
    counted_cash: Mapped[int | None] = mapped_column(Integer)
    report: Mapped[str | None] = mapped_column(Text)
    # One open shift per till, enforced by the database, not only by the service's check.
    __table_args__ = (Index("uq_shifts_open_till", "till", unique=True, sqlite_where=text("closed_at IS NULL")),
                      Index("ix_shifts_till_opened_at", "till", "opened_at"))


class CashMovementRow(Base):
    """Cash put into (paid_in) or taken out of (paid_out) the drawer during a shift, outside a sale."""
    __tablename__ = "cash_movements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    amount: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[str] = mapped_column(String(64))
    authorised_by: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(32))


class AuditRow(Base):
    """Sensitive till actions (voids, overrides, refunds, discounts, drawer openings): who, who authorised,
    what and when; each also goes to HQ through the outbox."""
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[str] = mapped_column(String(32), index=True)
    till: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    authorised_by: Mapped[str | None] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(64), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")


class HeldBasketRow(Base):
    """A basket put aside for later, its lines (with their products as sold) as JSON, so it survives a
    restart and comes back at exactly the prices it was held at."""
    __tablename__ = "held_baskets"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    till: Mapped[str] = mapped_column(String(64))
    cashier: Mapped[str] = mapped_column(String(64))
    held_at: Mapped[str] = mapped_column(String(32), index=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    total: Mapped[int] = mapped_column(Integer)
    line_count: Mapped[int] = mapped_column(Integer)
    basket: Mapped[str] = mapped_column(Text)


class PinLockoutRow(Base):
    """Wrong PINs in a row per user (or per till for PIN-only manager authorisation) and the lock they set,
    kept in the database so restarting the till does not lift a lock."""
    __tablename__ = "pin_lockouts"
    subject: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(String(32))


__all__ += ["ShiftRow", "CashMovementRow", "AuditRow", "HeldBasketRow", "PinLockoutRow"]
