"""What Rasa's tracker store remembers of a conversation, and forgetting it when the person asks.

Rasa has no API to delete a conversation (replacing its events over HTTP only appends in the SQL tracker
store), so the hub, which owns the promise "delete what I said", deletes the rows itself. It does so
after Rasa has answered the turn, so no lock is held; the next message starts a fresh session."""
from __future__ import annotations

import logging

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.outage import DatabaseUnavailable

log = logging.getLogger(__name__)

# The table Rasa's SQLTrackerStore keeps every event in (rasa/core/tracker_store.py, SQLEvent).
_EVENTS = sa.table("events", sa.column("sender_id"))


class AssistantMemory:
    def __init__(self, tracker_database_url: str) -> None:
        self._db = Database(tracker_database_url, workers=1)

    async def forget(self, conversation_id: str) -> None:
        try:
            await self._db.run(lambda c: c.execute(_EVENTS.delete().where(_EVENTS.c.sender_id == conversation_id)))
        except DatabaseUnavailable:
            # The database logged the outage once (bot/storage/outage.py); no traceback for each turn.
            log.error("could not delete a conversation's events from the tracker store: it cannot be reached")
        except sa.exc.SQLAlchemyError:
            # The words stay in the tracker store: say so in the log (without them), never crash the turn.
            log.exception("could not delete a conversation's events from the tracker store")

    def close(self) -> None:
        self._db.close()
