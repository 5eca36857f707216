"""The outbox's try in flight: when a send began whose outcome is not known yet (bot/storage/outbox.py).

Revision ID: 0005_outbox_sending_since
Revises: 0004_outbox_lease
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_outbox_sending_since"
down_revision = "0004_outbox_lease"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.add_column(sa.Column("sending_since", sa.DateTime))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.drop_column("sending_since")
