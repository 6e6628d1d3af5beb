"""Initial HQ schema: stores, tills, users, catalog, events, sales, stock ledger, exceptions, audit.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 03:10:59.769187
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_table('events',
    sa.Column('id', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('till_id', sa.String(length=64), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('till_time', sa.String(length=40), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('till_id', 'seq', name='uq_events_till_seq')
    )
    op.create_table('exceptions',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('till_id', sa.String(length=64), nullable=True),
    sa.Column('event_id', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exceptions'))
    )
    op.create_index(op.f('ix_exceptions_store_id'), 'exceptions', ['store_id'], unique=False)
    op.create_table('products',
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('pinyin', sa.String(length=64), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('sold_by', sa.String(length=8), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('cost', sa.BigInteger(), nullable=False),
    sa.Column('tax_rate', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=200), nullable=False),
    sa.Column('supplier', sa.String(length=200), nullable=False),
    sa.Column('plu', sa.String(length=16), nullable=True),
    sa.Column('safety_stock', sa.BigInteger(), nullable=False),
    sa.Column('min_fraction', sa.BigInteger(), nullable=False),
    sa.Column('allow_custom', sa.Boolean(), nullable=False),
    sa.Column('pricing', sa.String(length=500), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('sku', name=op.f('pk_products'))
    )
    op.create_index(op.f('ix_products_version'), 'products', ['version'], unique=False)
    op.create_table('sale_lines',
    sa.Column('sale_uuid', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('sold_by', sa.String(length=8), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('portion', sa.String(length=64), nullable=True),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('discount', sa.BigInteger(), nullable=False),
    sa.Column('discount_reason', sa.String(length=200), nullable=False),
    sa.Column('net', sa.BigInteger(), nullable=False),
    sa.Column('tax_rate', sa.Integer(), nullable=False),
    sa.Column('weighed', sa.Boolean(), nullable=False),
    sa.Column('override_by', sa.String(length=64), nullable=True),
    sa.Column('disposition', sa.String(length=64), nullable=True),
    sa.Column('origin_line', sa.Integer(), nullable=True),
    sa.Column('parts', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('sale_uuid', 'line_no', name=op.f('pk_sale_lines'))
    )
    op.create_table('sale_taxes',
    sa.Column('sale_uuid', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('rate', sa.Integer(), nullable=False),
    sa.Column('gross', sa.BigInteger(), nullable=False),
    sa.Column('tax', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('sale_uuid', 'rate', name=op.f('pk_sale_taxes'))
    )
    op.create_table('sale_tenders',
    sa.Column('sale_uuid', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('tendered', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('sale_uuid', 'position', name=op.f('pk_sale_tenders'))
    )
    op.create_table('sales',
    sa.Column('uuid', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('event_id', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('till_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('cashier', sa.String(length=64), nullable=False),
    sa.Column('till_label', sa.String(length=64), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('discount', sa.BigInteger(), nullable=False),
    sa.Column('discount_reason', sa.String(length=200), nullable=False),
    sa.Column('rounding', sa.BigInteger(), nullable=False),
    sa.Column('change', sa.BigInteger(), nullable=False),
    sa.Column('original_uuid', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=True),
    sa.Column('external_ref', sa.String(length=200), nullable=True),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_sales'))
    )
    op.create_index('ix_sales_store_created', 'sales', ['store_id', 'created_at'], unique=False)
    op.create_table('shift_reports',
    sa.Column('shift_id', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('event_id', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('till_id', sa.String(length=64), nullable=False),
    sa.Column('cashier', sa.String(length=64), nullable=False),
    sa.Column('opened_at', sa.String(length=40), nullable=False),
    sa.Column('closed_at', sa.String(length=40), nullable=False),
    sa.Column('opening_float', sa.BigInteger(), nullable=False),
    sa.Column('counted_cash', sa.BigInteger(), nullable=False),
    sa.Column('expected_cash', sa.BigInteger(), nullable=False),
    sa.Column('sales_count', sa.BigInteger(), nullable=False),
    sa.Column('sales_total', sa.BigInteger(), nullable=False),
    sa.Column('refunds_total', sa.BigInteger(), nullable=False),
    sa.Column('tenders', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('shift_id', name=op.f('pk_shift_reports'))
    )
    op.create_table('stock_levels',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('store_id', 'sku', name=op.f('pk_stock_levels'))
    )
    op.create_index('ix_stock_levels_store_version', 'stock_levels', ['store_id', 'version'], unique=False)
    op.create_table('stock_movements',
    sa.Column('uuid', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('sale_uuid', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('till_time', sa.String(length=40), nullable=False),
    sa.Column('event_id', sa.String(length=36).with_variant(sa.UUID(as_uuid=False), 'postgresql'), nullable=False),
    sa.Column('till_id', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_stock_movements'))
    )
    op.create_table('stores',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stores'))
    )
    op.create_table('versions',
    sa.Column('scope', sa.String(length=80), nullable=False),
    sa.Column('v', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_versions'))
    )
    op.create_table('barcodes',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], name=op.f('fk_barcodes_sku_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_barcodes'))
    )
    op.create_index(op.f('ix_barcodes_sku'), 'barcodes', ['sku'], unique=False)
    op.create_table('closed_days',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_closed_days_store_id_stores')),
    sa.PrimaryKeyConstraint('store_id', 'day', name=op.f('pk_closed_days'))
    )
    op.create_table('combo_components',
    sa.Column('combo_sku', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('portion', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['combo_sku'], ['products.sku'], name=op.f('fk_combo_components_combo_sku_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('combo_sku', 'position', name=op.f('pk_combo_components'))
    )
    op.create_table('enrollment_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('till_id', sa.String(length=64), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_enrollment_codes_store_id_stores')),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrollment_codes'))
    )
    op.create_table('portions',
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], name=op.f('fk_portions_sku_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sku', 'code', name=op.f('pk_portions'))
    )
    op.create_table('store_prices',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], name=op.f('fk_store_prices_sku_products'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_store_prices_store_id_stores')),
    sa.PrimaryKeyConstraint('store_id', 'sku', name=op.f('pk_store_prices'))
    )
    op.create_index('ix_store_prices_store_version', 'store_prices', ['store_id', 'version'], unique=False)
    op.create_table('store_settings',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_store_settings_store_id_stores')),
    sa.PrimaryKeyConstraint('store_id', 'key', name=op.f('pk_store_settings'))
    )
    op.create_table('tills',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acked_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_push', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_event_at', sa.String(length=40), nullable=True),
    sa.Column('clock_skew_ms', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_tills_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tills')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_tills_token_hash'))
    )
    op.create_index(op.f('ix_tills_store_id'), 'tills', ['store_id'], unique=False)
    op.create_table('users',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_users_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users'))
    )
    op.create_index(op.f('ix_users_version'), 'users', ['version'], unique=False)
    op.create_table('sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sessions_user_id_users')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_sessions'))
    )
    # The global scopes exist from the start; a store's scope row is made with the store.
    op.bulk_insert(sa.table('versions', sa.column('scope', sa.String), sa.column('v', sa.BigInteger)),
                   [{'scope': 'catalog', 'v': 0}, {'scope': 'auth', 'v': 0}])


def downgrade() -> None:
    op.drop_table('sessions')
    op.drop_index(op.f('ix_users_version'), table_name='users')
    op.drop_table('users')
    op.drop_index(op.f('ix_tills_store_id'), table_name='tills')
    op.drop_table('tills')
    op.drop_table('store_settings')
    op.drop_index('ix_store_prices_store_version', table_name='store_prices')
    op.drop_table('store_prices')
    op.drop_table('portions')
    op.drop_table('enrollment_codes')
    op.drop_table('combo_components')
    op.drop_table('closed_days')
    op.drop_index(op.f('ix_barcodes_sku'), table_name='barcodes')
    op.drop_table('barcodes')
    op.drop_table('versions')
    op.drop_table('stores')
    op.drop_table('stock_movements')
    op.drop_index('ix_stock_levels_store_version', table_name='stock_levels')
    op.drop_table('stock_levels')
    op.drop_table('shift_reports')
    op.drop_index('ix_sales_store_created', table_name='sales')
    op.drop_table('sales')
    op.drop_table('sale_tenders')
    op.drop_table('sale_taxes')
    op.drop_table('sale_lines')
    op.drop_index(op.f('ix_products_version'), table_name='products')
    op.drop_table('products')
    op.drop_index(op.f('ix_exceptions_store_id'), table_name='exceptions')
    op.drop_table('exceptions')
    op.drop_table('events')
    op.drop_table('audit_log')
