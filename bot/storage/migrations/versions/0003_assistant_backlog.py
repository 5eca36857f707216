"""The assistant's backlog: turns kept while the assistant was down, replayed when it is back (bot/replay.py).

Revision ID: 0003_assistant_backlog
Revises: 0002_conversation_status
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_assistant_backlog"
down_revision = "0002_conversation_status"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assistant_backlog",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(64), nullable=False),
        sa.Column("message_id", sa.Integer),
        sa.Column("rasa_text", sa.Text, nullable=False),
        sa.Column("rasa_message_id", sa.String(64), nullable=False),
        sa.Column("metadata", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("sending_since", sa.DateTime),
    )
    op.create_index("ix_assistant_backlog_conversation", "assistant_backlog", ["conversation_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_assistant_backlog_conversation", "assistant_backlog")
    op.drop_table("assistant_backlog")
