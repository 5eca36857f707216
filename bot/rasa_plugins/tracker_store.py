"""Rasa's SQL tracker store, reading a conversation's events without building an ORM object per event.

endpoints.yml: `tracker_store: type: bot.rasa_plugins.tracker_store.SQLEventsTrackerStore`, with the same
settings as Rasa's `type: SQL`, over the same table. Rasa 3.6's SQLTrackerStore loads every event of the
conversation on every turn as an SQLAlchemy ORM instance (identity map, instance state, all columns) only
to read its `data` column: about half of its read time in the Rasa server's profile under load (issue 13).
This one asks for that one column, with Rasa's own query (same filters, same session boundary, same order),
and rebuilds the tracker exactly as Rasa does. It caches nothing, so it is correct across restarts and
with several Rasa servers over one database. Saving is Rasa's own.

On SQLite (the default, var/tracker.db) it uses SpeakUp's own engine (bot/storage/database.py): its
connections are tuned as SpeakUp's database's are (WAL, synchronous=NORMAL), so the hub's reads
(bot/assistant_memory.py) do not wait on Rasa's writes and a save does not wait for an fsync, and they are
kept in a pool. Rasa's engine opened a connection for every read and every save and closed it after
(SQLAlchemy 1.4 pools nothing for a SQLite file): py-spy under load found 16% of the Rasa server's busy
samples in opening, tuning and closing them (closing the last connection to a WAL database checkpoints
it).

Before a save, Rasa counts the conversation's stored events to know which of the tracker's are new (a
query on every turn, 6% of the busy samples). The tracker read here knows how many it read: the count is
kept with the tracker and moved on at each save, and Rasa's query is made only for a tracker this store
did not read.

On a database server (PostgreSQL) its pooled connections are tested before use, as the hub's are, so that
it carries on by itself after the server restarts (docs/deploy.md "When PostgreSQL restarts").

Rasa falls back to an in-memory store, with only a warning, when it cannot import a custom tracker store:
tests/test_reporting_through_the_hub.py's restart test is what proves conversations are still stored."""
from __future__ import annotations

import itertools
import json
import logging
from typing import Any, Iterator, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.trackers import DialogueStateTracker

from bot.storage.database import create_engine as create_speakup_engine

logger = logging.getLogger(__name__)

# The attribute of a tracker this store read: how many of its events are stored (all it was read with,
# then all it held at its last save).
STORED_EVENTS = "_speakup_stored_events"


class SQLEventsTrackerStore(SQLTrackerStore):
    # Made by Rasa's __init__ (Rasa ships no types); on a database server, replaced by ours.
    engine: sa.engine.Engine

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # makes the tables with Rasa's engine
        url = self.engine.url
        if self.engine.dialect.name == "sqlite":
            # Pooled, tuned connections (WAL), usable from any thread, as the hub's.
            self._use_engine(create_speakup_engine(url.render_as_string(hide_password=False)))
        else:
            # Rasa's engine keeps pooled connections without testing them: after PostgreSQL restarts each
            # is dead, and the first turns would fail (the hub keeps them and replays them, but the person
            # gets the "assistant unavailable" notice meanwhile). Each is tested before use, as the hub's.
            self._use_engine(sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url)))

    def _use_engine(self, engine: sa.engine.Engine) -> None:
        """Rasa's engine closed, and its session factory bound to `engine` instead."""
        self.engine.dispose()
        self.engine = engine
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
            tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
            setattr(tracker, STORED_EVENTS, len(tracker.events))
            return tracker
        logger.debug("No events stored for this conversation: no tracker to return")
        return None

    async def save(self, tracker: DialogueStateTracker) -> None:
        await super().save(tracker)
        # Only once stored: a save that failed leaves the count where it was.
        if hasattr(tracker, STORED_EVENTS):
            setattr(tracker, STORED_EVENTS, len(tracker.events))

    def _additional_events(self, session: sa.orm.Session, tracker: DialogueStateTracker) -> Iterator:
        """The tracker's events not stored yet: after those it was read with (or last saved), or, for a
        tracker this store did not read, after as many as Rasa counts in the database."""
        stored = getattr(tracker, STORED_EVENTS, None)
        if stored is None:
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))
