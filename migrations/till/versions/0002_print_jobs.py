"""print jobs: the persistent receipt-printer queue

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 03:30:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('print_jobs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('sale_uuid', sa.String(length=36), nullable=True),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('last_attempt_at', sa.String(length=32), nullable=True),
    sa.Column('printed_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_print_jobs_state_id', ['state', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_print_jobs_sale_uuid'), ['sale_uuid'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_jobs_sale_uuid'))
        batch_op.drop_index('ix_print_jobs_state_id')

    op.drop_table('print_jobs')
