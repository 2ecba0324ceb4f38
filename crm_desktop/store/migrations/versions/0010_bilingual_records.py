"""Bilingual records: a meeting's English title, a person's position and institution in English, a
focal point's institution in English

Revision ID: 0010_bilingual
Revises: 0009_translate
Create Date: 2026-12-07 21:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010_bilingual'
down_revision = '0009_translate'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_en', sa.String(length=300), nullable=True))
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_en', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('institution_en', sa.String(length=200), nullable=True))
    with op.batch_alter_table('focal_points', schema=None) as batch_op:
        batch_op.add_column(sa.Column('institution_en', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('focal_points', schema=None) as batch_op:
        batch_op.drop_column('institution_en')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('institution_en')
        batch_op.drop_column('title_en')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('title_en')
