"""Back office: suppliers, product supply terms, stock operations; indexes for movement history and rejected events.

The movement index costs the push path one more index entry per movement (the price of a product's history
without a scan of the ledger); the rejected-events index is partial, so applied events add nothing to it.
On a large PostgreSQL ledger the index build holds off pushes while it runs: migrate in a quiet hour.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 08:42:08.210532
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stock_operations',
    sa.Column('uuid', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_stock_operations'))
    )
    op.create_table('suppliers',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('lead_time_days', sa.Integer(), nullable=False),
    sa.Column('review_days', sa.Integer(), nullable=False),
    sa.Column('min_order_amount', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suppliers'))
    )
    op.create_table('product_supply',
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('lead_time_days', sa.Integer(), nullable=True),
    sa.Column('shelf_life_days', sa.Integer(), nullable=True),
    sa.Column('loss_rate', sa.Integer(), nullable=False),
    sa.Column('pack_size', sa.BigInteger(), nullable=True),
    sa.Column('min_order', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], name=op.f('fk_product_supply_sku_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sku', name=op.f('pk_product_supply'))
    )
    op.create_index('ix_events_rejected', 'events', ['store_id', 'received_at', 'id'], unique=False,
                    postgresql_where=sa.text("status = 'rejected'"), sqlite_where=sa.text("status = 'rejected'"))
    op.create_index('ix_stock_movements_store_sku_time', 'stock_movements', ['store_id', 'sku', 'till_time'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_stock_movements_store_sku_time', table_name='stock_movements')
    op.drop_index('ix_events_rejected', table_name='events')
    op.drop_table('product_supply')
    op.drop_table('suppliers')
    op.drop_table('stock_operations')
