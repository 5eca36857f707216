"""The outbox's lease: which hub is sending a message and until when (bot/storage/outbox.py).

Revision ID: 0004_outbox_lease
Revises: 0003_assistant_backlog
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_outbox_lease"
down_revision = "0003_assistant_backlog"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot add several columns in one ALTER, Alembic's batch does it portably.
    with op.batch_alter_table("outbox") as table:
        table.add_column(sa.Column("claimed_by", sa.String(80)))
        table.add_column(sa.Column("claimed_until", sa.DateTime))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.drop_column("claimed_until")
        table.drop_column("claimed_by")
