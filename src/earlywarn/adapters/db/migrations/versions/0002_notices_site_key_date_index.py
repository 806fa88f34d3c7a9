"""notices: the site-key index also holds the notice date

Amendment linking reads the current notices of a chunk's sites within 45 days of the new notices' dates;
with the date in the index, SQLite and PostgreSQL compare it before reading a notice's row, so a site's older
notices cost nothing (at 100,000 notices they were most of ingest's growth). The site key alone was a prefix of
this index, so no query loses its index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 16:05:00
"""

from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_notices_site_key_date', 'notices', ['site_key', 'notice_date'], unique=False)
    op.drop_index('ix_notices_site_key', table_name='notices')


def downgrade() -> None:
    op.create_index('ix_notices_site_key', 'notices', ['site_key'], unique=False)
    op.drop_index('ix_notices_site_key_date', table_name='notices')
