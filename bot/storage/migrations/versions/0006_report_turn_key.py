"""The turn that saved a report or an addition, so that a turn taken again saves nothing twice
(bot/storage/reports.py).

Revision ID: 0006_report_turn_key
Revises: 0005_outbox_sending_since
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_report_turn_key"
down_revision = "0005_outbox_sending_since"
branch_labels = None
depends_on = None

TABLES = ("reports", "report_additions")


def upgrade() -> None:
    for name in TABLES:
        # batch mode: SQLite cannot add a unique constraint with ALTER TABLE.
        with op.batch_alter_table(name) as table:
            table.add_column(sa.Column("turn_key", sa.String(150)))
            table.create_unique_constraint(f"uq_{name}_turn_key", ["turn_key"])


def downgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name) as table:
            table.drop_constraint(f"uq_{name}_turn_key", type_="unique")
            table.drop_column("turn_key")
