"""Planning: the latest forecast per store and product, forecast runs, suggested orders, purchase orders.

New tables only: nothing existing is rewritten, so it is quick on a large ledger.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 08:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_SERIAL = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('forecast_runs',
    sa.Column('id', _SERIAL, autoincrement=True, nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=True),
    sa.Column('trigger', sa.String(length=16), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forecast_runs'))
    )
    op.create_index('ix_forecast_runs_status', 'forecast_runs', ['status'], unique=False)
    op.create_table('forecasts',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('run_id', sa.BigInteger(), nullable=True),
    sa.Column('category', sa.String(length=200), nullable=False),
    sa.Column('demand_class', sa.String(length=16), nullable=False),
    sa.Column('model', sa.String(length=32), nullable=False),
    sa.Column('candidate', sa.String(length=32), nullable=False),
    sa.Column('fallback', sa.Boolean(), nullable=False),
    sa.Column('mase', sa.Integer(), nullable=True),
    sa.Column('rmsse', sa.Integer(), nullable=True),
    sa.Column('wape', sa.Integer(), nullable=True),
    sa.Column('baseline_rmsse', sa.Integer(), nullable=True),
    sa.Column('baseline_wape', sa.Integer(), nullable=True),
    sa.Column('sigma', sa.BigInteger(), nullable=False),
    sa.Column('observed_days', sa.Integer(), nullable=False),
    sa.Column('history_start', sa.String(length=10), nullable=False),
    sa.Column('start_day', sa.String(length=10), nullable=False),
    sa.Column('daily', sa.Text(), nullable=False),
    sa.Column('low', sa.Text(), nullable=False),
    sa.Column('high', sa.Text(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('store_id', 'sku', name=op.f('pk_forecasts'))
    )
    op.create_table('suggested_orders',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('run_id', sa.BigInteger(), nullable=False),
    sa.Column('supplier', sa.String(length=200), nullable=False),
    sa.Column('on_hand', sa.BigInteger(), nullable=False),
    sa.Column('on_order', sa.BigInteger(), nullable=False),
    sa.Column('cycle_demand', sa.BigInteger(), nullable=False),
    sa.Column('safety_stock', sa.BigInteger(), nullable=False),
    sa.Column('shelf_life_cap', sa.BigInteger(), nullable=True),
    sa.Column('order_up_to', sa.BigInteger(), nullable=False),
    sa.Column('suggested', sa.BigInteger(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('store_id', 'sku', name=op.f('pk_suggested_orders'))
    )
    op.create_table('purchase_orders',
    sa.Column('id', _SERIAL, autoincrement=True, nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('supplier', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('received_by', sa.String(length=64), nullable=True),
    sa.Column('operation', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=True),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_purchase_orders_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_orders'))
    )
    op.create_index('ix_purchase_orders_store_status', 'purchase_orders', ['store_id', 'status'], unique=False)
    op.create_table('purchase_order_lines',
    sa.Column('order_id', _SERIAL, nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('suggested', sa.BigInteger(), nullable=False),
    sa.Column('ordered', sa.BigInteger(), nullable=False),
    sa.Column('received', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['purchase_orders.id'],
                            name=op.f('fk_purchase_order_lines_order_id_purchase_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('order_id', 'sku', name=op.f('pk_purchase_order_lines'))
    )


def downgrade() -> None:
    op.drop_table('purchase_order_lines')
    op.drop_index('ix_purchase_orders_store_status', table_name='purchase_orders')
    op.drop_table('purchase_orders')
    op.drop_table('suggested_orders')
    op.drop_table('forecasts')
    op.drop_index('ix_forecast_runs_status', table_name='forecast_runs')
    op.drop_table('forecast_runs')
