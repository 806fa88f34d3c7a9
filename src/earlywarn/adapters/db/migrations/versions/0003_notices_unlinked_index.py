"""notices: a partial index of the notices not yet linked (status 'new')

While detection runs alongside ingest, ingest stores notices unlinked ('new') and the detection process links
them (amendments) in id order before it detects them; a run after a crash links what was left first. This index
holds only those notices, so finding them costs nothing however many notices are stored (it is empty between
runs), and a linked notice leaves it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 15:15:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_notices_unlinked', 'notices', ['id'], unique=False,
                    sqlite_where=sa.text("status = 'new'"), postgresql_where=sa.text("status = 'new'"))


def downgrade() -> None:
    op.drop_index('ix_notices_unlinked', table_name='notices')
