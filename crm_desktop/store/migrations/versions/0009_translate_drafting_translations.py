"""Translations of negotiated documents' paragraphs (ES↔EN), with the original they were made from

Revision ID: 0009_translate
Revises: 0008_rules2
Create Date: 2026-12-07 21:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009_translate'
down_revision = '0008_rules2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drafting_translations',
    sa.Column('id', sa.String(length=48), nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=False),
    sa.Column('paragraph_id', sa.String(length=32), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('source_lang', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source_digest', sa.String(length=64), nullable=False),
    sa.Column('source_text', sa.Text(), nullable=False),
    sa.Column('delegation', sa.String(length=40), nullable=False),
    sa.Column('person_id', sa.String(length=32), nullable=True),
    sa.Column('translated', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['drafting_documents.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('drafting_translations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drafting_translations_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_drafting_translations_paragraph_id'), ['paragraph_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('drafting_translations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drafting_translations_paragraph_id'))
        batch_op.drop_index(batch_op.f('ix_drafting_translations_document_id'))
    op.drop_table('drafting_translations')
