"""sync with HQ: sync state, rejected events, resync bookkeeping, till users

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 04:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    state = op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cursor', sa.String(length=64), nullable=False),
    sa.Column('protocol', sa.Integer(), nullable=False),
    sa.Column('acked_seq', sa.Integer(), nullable=False),
    sa.Column('resync', sa.Boolean(), nullable=False),
    sa.Column('last_sync_at', sa.String(length=40), nullable=True),
    sa.Column('last_error', sa.String(length=500), nullable=False),
    sa.Column('last_error_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    # The one row exists from the start, so every later write is a plain UPDATE.
    op.bulk_insert(state, [{'id': 1, 'cursor': '', 'protocol': 0, 'acked_seq': 0, 'resync': False,
                            'last_sync_at': None, 'last_error': '', 'last_error_at': None}])
    op.create_table('sync_rejections',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('rejected_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_rejections'))
    )
    op.create_table('sync_resync_seen',
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'key', name=op.f('pk_sync_resync_seen'))
    )
    op.create_table('users',
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_users'))
    )


def downgrade() -> None:
    op.drop_table('users')
    op.drop_table('sync_resync_seen')
    op.drop_table('sync_rejections')
    op.drop_table('sync_state')
