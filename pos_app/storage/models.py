"""The till database: SQLAlchemy 2.0 typed models.

Money columns hold minor units and quantity columns thousandths of the product's base unit, both as
integers. Sales and refunds share the sales tables (refunds are negative), so sums reconcile directly.
"""
from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, MetaData, String, Text, UniqueConstraint
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
