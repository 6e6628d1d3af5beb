"""shifts, cash movements, audit log, held baskets, PIN lockouts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 03:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('shifts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('till', sa.String(length=64), nullable=False),
    sa.Column('cashier', sa.String(length=64), nullable=False),
    sa.Column('opened_at', sa.String(length=32), nullable=False),
    sa.Column('opening_float', sa.Integer(), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('closed_by', sa.String(length=64), nullable=True),
    sa.Column('counted_cash', sa.Integer(), nullable=True),
    sa.Column('report', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts'))
    )
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.create_index('uq_shifts_open_till', ['till'], unique=True, sqlite_where=sa.text('closed_at IS NULL'))
        batch_op.create_index('ix_shifts_till_opened_at', ['till', 'opened_at'], unique=False)
    op.create_table('cash_movements',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('shift_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('authorised_by', sa.String(length=64), nullable=True),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_cash_movements_shift_id_shifts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_movements'))
    )
    with op.batch_alter_table('cash_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_movements_shift_id'), ['shift_id'], unique=False)
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('till', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('authorised_by', sa.String(length=64), nullable=True),
    sa.Column('subject', sa.String(length=64), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('uuid', name=op.f('uq_audit_log_uuid'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
    op.create_table('held_baskets',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('till', sa.String(length=64), nullable=False),
    sa.Column('cashier', sa.String(length=64), nullable=False),
    sa.Column('held_at', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('basket', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_held_baskets'))
    )
    with op.batch_alter_table('held_baskets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_baskets_held_at'), ['held_at'], unique=False)
    op.create_table('pin_lockouts',
    sa.Column('subject', sa.String(length=100), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('subject', name=op.f('pk_pin_lockouts'))
    )


def downgrade() -> None:
    op.drop_table('pin_lockouts')
    with op.batch_alter_table('held_baskets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_baskets_held_at'))
    op.drop_table('held_baskets')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
    op.drop_table('audit_log')
    with op.batch_alter_table('cash_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_movements_shift_id'))
    op.drop_table('cash_movements')
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.drop_index('ix_shifts_till_opened_at')
        batch_op.drop_index('uq_shifts_open_till')
    op.drop_table('shifts')
