"""Protocol of the participants lists: head of delegation and rank per accreditation; a person's
grammatical gender and honorific (gendered titles, "Sra." / "Ms.", "Dra." / "Dr.")

Revision ID: 0006_pdf
Revises: 0005
Create Date: 2026-12-07 18:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_pdf'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('accreditations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('head_of_delegation', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('rank', sa.String(length=30), nullable=True))
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('gender', sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column('honorific', sa.String(length=12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('honorific')
        batch_op.drop_column('gender')
    with op.batch_alter_table('accreditations', schema=None) as batch_op:
        batch_op.drop_column('rank')
        batch_op.drop_column('head_of_delegation')
