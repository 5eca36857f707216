"""Rasa's SQL tracker store, reading a conversation's events without building an ORM object per event.

endpoints.yml: `tracker_store: type: bot.rasa_plugins.tracker_store.SQLEventsTrackerStore`, with the same
settings as Rasa's `type: SQL`, over the same table. Rasa 3.6's SQLTrackerStore loads every event of the
conversation on every turn as an SQLAlchemy ORM instance (identity map, instance state, all columns) only
to read its `data` column: about half of its read time in the Rasa server's profile under load (issue 13).
This one asks for that one column, with Rasa's own query (same filters, same session boundary, same order),
and rebuilds the tracker exactly as Rasa does. Saving writes Rasa's rows, in one statement a turn.

Reading them all again on every turn made a turn cost more the longer the conversation (issue 13): 10% of
the Rasa server's busy samples. So each server keeps, for the conversations it served last
(KEPT_CONVERSATIONS), the events of the latest session as they are stored (rebuilt from what was written, as a read would), with the number of the
conversation's rows then. A read first counts the rows (one indexed count): the same number, and the
events kept are the stored ones, so the tracker is rebuilt from them without reading or decoding a row;
another number (another server took a turn, the hub deleted the conversation, a save failed) and it reads
them all, as before. A tracker is always built anew, never handed out twice; a save that begins a new
session drops what was kept, since the next read starts at that session.

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
from collections import OrderedDict
from typing import Any, Iterator, Optional, Sequence, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import Event, SessionStarted, deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.storage.database import create_engine as create_speakup_engine

logger = logging.getLogger(__name__)

# The attribute of a tracker this store read: how many of its events are stored (all it was read with,
# then all it held at its last save).
STORED_EVENTS = "_speakup_stored_events"
# The attribute of a tracker this store read: how many rows the conversation had in the store (all
# sessions) when it was read, then after its last save.
STORED_ROWS = "_speakup_stored_rows"
# How many conversations' events a Rasa server keeps (most recently served first out last). A report's
# events are about 60 KB as objects; 256 conversations are a few tens of MB.
KEPT_CONVERSATIONS = 256


class KeptEvents:
    """The latest session's events of the conversations served last, each with the number of the
    conversation's stored rows (all sessions) when they were stored."""

    def __init__(self, limit: int = KEPT_CONVERSATIONS) -> None:
        self._limit = limit
        self._kept: "OrderedDict[str, tuple[int, tuple[Event, ...]]]" = OrderedDict()

    def get(self, sender_id: str, stored_rows: int) -> Optional[tuple[Event, ...]]:
        kept = self._kept.get(sender_id)
        if kept is None or kept[0] != stored_rows:
            return None
        self._kept.move_to_end(sender_id)
        return kept[1]

    def keep(self, sender_id: str, stored_rows: int, events: Sequence[Event]) -> None:
        self._kept[sender_id] = (stored_rows, tuple(events))
        self._kept.move_to_end(sender_id)
        while len(self._kept) > self._limit:
            self._kept.popitem(last=False)

    def forget(self, sender_id: str) -> None:
        self._kept.pop(sender_id, None)


class SQLEventsTrackerStore(SQLTrackerStore):
    # Made by Rasa's __init__ (Rasa ships no types); on a database server, replaced by ours.
    engine: sa.engine.Engine

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # makes the tables with Rasa's engine
        self.kept = KeptEvents()
        # Built once: an ORM query made afresh for every turn's count cost 0.18 ms of CPU, this 0.03 ms.
        events = self.SQLEvent.__table__
        self._count_rows = sa.select(sa.func.count(events.c.id)).where(events.c.sender_id == sa.bindparam("sender_id"))
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

    def _stored_rows(self, session: sa.orm.Session, sender_id: Text) -> int:
        return int(session.execute(self._count_rows, {"sender_id": sender_id}).scalar() or 0)

    async def _retrieve(
        self, sender_id: Text, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        if not self.domain:
            return None
        with self.session_scope() as session:
            # Only a tracker of the latest session is kept and checked: a read of every session (Rasa's
            # HTTP API) is neither, so that its events are never kept as the latest session's.
            stored_rows = None if fetch_events_from_all_sessions else self._stored_rows(session, sender_id)
            kept = None if stored_rows is None else self.kept.get(sender_id, stored_rows)
            if kept is not None:
                return self._tracker(DialogueStateTracker.from_events(sender_id, list(kept), self.domain.slots), stored_rows)
            rows = (
                self._event_query(session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions)
                .with_entities(self.SQLEvent.data)
                .all()
            )
            events = [json.loads(data) for (data,) in rows]
        if not events:
            logger.debug("No events stored for this conversation: no tracker to return")
            return None
        tracker = self._tracker(DialogueStateTracker.from_dict(sender_id, events, self.domain.slots), stored_rows)
        if stored_rows is not None:
            self.kept.keep(sender_id, stored_rows, tracker.events)
        return tracker

    @staticmethod
    def _tracker(tracker: DialogueStateTracker, stored_rows: Optional[int]) -> DialogueStateTracker:
        """A tracker read here: all its events stored, and (for the latest session) the conversation's rows
        counted then."""
        setattr(tracker, STORED_EVENTS, len(tracker.events))
        if stored_rows is not None:
            setattr(tracker, STORED_ROWS, stored_rows)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save, the same rows (sender, type, timestamp, intent, action, the event as JSON), written in
        one statement for the turn's events rather than as an ORM object each (the ORM's unit of work was
        half of the save's time under load); then what the next read needs is kept."""
        await self.stream_events(tracker)
        stored = getattr(tracker, STORED_EVENTS, None)
        try:
            with self.session_scope() as session:
                added = list(self._additional_events(session, tracker))
                as_dicts = [event.as_dict() for event in added]
                if added:
                    session.execute(self.SQLEvent.__table__.insert(),
                                    [_row(tracker.sender_id, event, data) for event, data in zip(added, as_dicts)])
                session.commit()
        except BaseException:
            self.kept.forget(tracker.sender_id)
            raise
        if stored is None:
            return
        # Only once stored: a save that failed leaves the count where it was.
        setattr(tracker, STORED_EVENTS, len(tracker.events))
        rows = getattr(tracker, STORED_ROWS, None)
        if rows is None or any(isinstance(event, SessionStarted) for event in added):
            # A new session: the next read starts there, not at the events this tracker holds.
            self.kept.forget(tracker.sender_id)
            return
        setattr(tracker, STORED_ROWS, rows + len(added))
        # Kept as a read would rebuild them from the rows just written, not as this turn made them.
        self.kept.keep(tracker.sender_id, rows + len(added),
                       [*itertools.islice(tracker.events, stored), *deserialise_events(as_dicts)])

    def _additional_events(self, session: sa.orm.Session, tracker: DialogueStateTracker) -> Iterator:
        """The tracker's events not stored yet: after those it was read with (or last saved), or, for a
        tracker this store did not read, after as many as Rasa counts in the database."""
        stored = getattr(tracker, STORED_EVENTS, None)
        if stored is None:
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))


def _row(sender_id: Text, event: Event, data: dict[str, Any]) -> dict[str, Any]:
    """An event's row, as Rasa's SQLTrackerStore.save writes it."""
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }
