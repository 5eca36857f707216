"""Who holds a conversation is one status (bot/conversation_status.py), not `mode` plus a request time.

mode 'bot' with a handoff request -> 'waiting'; 'bot' -> 'assistant'; 'human' -> 'handler'; 'closed' stays.

Revision ID: 0002_conversation_status
Revises: 0001_before_migrations
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_conversation_status"
down_revision = "0001_before_migrations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("status", sa.String(16), nullable=False, server_default="assistant"))
    op.execute(
        "UPDATE conversations SET status = CASE"
        " WHEN mode = 'human' THEN 'handler'"
        " WHEN mode = 'closed' THEN 'closed'"
        " WHEN handoff_requested_at IS NOT NULL THEN 'waiting'"
        " ELSE 'assistant' END"
    )
    with op.batch_alter_table("conversations") as batch:
        batch.drop_index("ix_conversations_mode")
        batch.drop_column("mode")
        batch.create_index("ix_conversations_status", ["status", "handoff_requested_at"])


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("mode", sa.String(16), nullable=False, server_default="bot"))
    op.execute(
        "UPDATE conversations SET mode = CASE status WHEN 'handler' THEN 'human' WHEN 'closed' THEN 'closed'"
        " ELSE 'bot' END"
    )
    with op.batch_alter_table("conversations") as batch:
        batch.drop_index("ix_conversations_status")
        batch.drop_column("status")
        batch.create_index("ix_conversations_mode", ["mode", "handoff_requested_at"])
