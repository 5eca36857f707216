"""Rasa's SQL tracker store, reading a conversation's events without building an ORM object per event.

endpoints.yml: `tracker_store: type: bot.rasa_plugins.tracker_store.SQLEventsTrackerStore`, with the same
settings as Rasa's `type: SQL`, over the same table. Rasa 3.6's SQLTrackerStore loads every event of the
conversation on every turn as an SQLAlchemy ORM instance (identity map, instance state, all columns) only
to read its `data` column: about half of its read time in the Rasa server's profile under load (issue 13).
This one asks for that one column, with Rasa's own query (same filters, same session boundary, same order),
and rebuilds the tracker exactly as Rasa does. It caches nothing, so it is correct across restarts and
with several Rasa servers over one database. Saving is Rasa's own.

On SQLite (the default, var/tracker.db) its connections are tuned as SpeakUp's own database's are (WAL,
synchronous=NORMAL: bot/storage/database.py), so the hub's reads (bot/assistant_memory.py) do not wait on
Rasa's writes, and a turn's save does not wait for an fsync inside Rasa's event loop (py-spy under load
found a fifth of the Rasa server's samples in SQLite's commit). Measured on 2026-12-01: the CPU of a save
is the same (3.7 ms), so the kernel's CPU per turn does not move; what it removes is waiting on the disk.

On a database server (PostgreSQL) its pooled connections are tested before use, as the hub's are, so that
it carries on by itself after the server restarts (docs/deploy.md "When PostgreSQL restarts").

Rasa falls back to an in-memory store, with only a warning, when it cannot import a custom tracker store:
tests/test_reporting_through_the_hub.py's restart test is what proves conversations are still stored."""
from __future__ import annotations

import json
import logging
from typing import Any, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.trackers import DialogueStateTracker

from bot.storage.database import tune_sqlite_connection

logger = logging.getLogger(__name__)


class SQLEventsTrackerStore(SQLTrackerStore):
    # Made by Rasa's __init__ (Rasa ships no types); on a database server, replaced by ours.
    engine: sa.engine.Engine

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            # Connections made from now on (Rasa opens one per session on SQLite); the tables were made above.
            sa.event.listen(self.engine, "connect", tune_sqlite_connection)
            self.engine.dispose()
        else:
            self._test_connections_before_use()

    def _test_connections_before_use(self) -> None:
        """Rasa's engine keeps pooled connections without testing them: after PostgreSQL restarts each is
        dead, and the first turns would fail (the hub keeps them and replays them, but the person gets the
        "assistant unavailable" notice meanwhile). The same engine with each connection tested before use
        (pool_pre_ping, as the hub's), and Rasa's session factory bound to it."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def _retrieve(
        self, sender_id: Text, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        with self.session_scope() as session:
            rows = (
                self._event_query(session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions)
                .with_entities(self.SQLEvent.data)
                .all()
            )
            events = [json.loads(data) for (data,) in rows]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        logger.debug("No events stored for this conversation: no tracker to return")
        return None
