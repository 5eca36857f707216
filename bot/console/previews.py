"""The last few messages of each waiting conversation, for the queue."""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.conversations import StoredMessage
from bot.storage.schema import messages

PREVIEW_MESSAGES = 4


def previews(connection: Connection, conversation_ids: Sequence[str], per: int = PREVIEW_MESSAGES) -> dict[str, list[StoredMessage]]:
    """The last few messages of each conversation, in one query however long the queue is."""
    if not conversation_ids:
        return {}
    ranked = (
        sa.select(
            messages,
            sa.func.row_number()
            .over(partition_by=messages.c.conversation_id, order_by=messages.c.id.desc())
            .label("recent"),
        )
        .where(messages.c.conversation_id.in_(list(conversation_ids)))
        .subquery()
    )
    rows = connection.execute(sa.select(ranked).where(ranked.c.recent <= per).order_by(ranked.c.id)).all()
    found: dict[str, list[StoredMessage]] = defaultdict(list)
    for row in rows:
        found[row.conversation_id].append(
            StoredMessage(id=row.id, sender=row.sender, text=row.text, buttons=row.buttons or [], created_at=row.created_at)
        )
    return found
