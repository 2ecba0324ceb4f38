"""Meetings keep their iCalendar identity: the UID of the invitation they came from and a SEQUENCE

Revision ID: 0007_files
Revises: 0006_pdf
Create Date: 2026-12-07 18:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_files'
down_revision = '0006_pdf'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ics_uid', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('ics_sequence', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('ics_sequence')
        batch_op.drop_column('ics_uid')
