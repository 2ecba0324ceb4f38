"""Agenda items carry a theme (the agenda and the Plan of Action share the CRM's themes) and, behind
closed doors, one of the closed-door meeting's four topics

Revision ID: 0008_rules2
Revises: 0007_files
Create Date: 2026-12-07 19:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008_rules2'
down_revision = '0007_files'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('theme', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('topic', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_column('topic')
        batch_op.drop_column('theme')
