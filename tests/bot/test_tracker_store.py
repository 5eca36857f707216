"""The Rasa server's tracker store (endpoints.yml, bot/rasa_plugins/tracker_store.py): what Rasa builds from
endpoints.yml is ours, over SQL (not the in-memory store Rasa falls back to when it cannot load one), and
a conversation read back is exactly what Rasa's own SQL tracker store reads from the same database."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from bot.rasa_plugins.tracker_store import SQLEventsTrackerStore
from bot.settings_core import PROJECT_ROOT

DOMAIN = Domain.from_dict({
    "intents": ["report_incident", "choose"],
    "slots": {"incident_kind": {"type": "text", "mappings": [{"type": "custom"}]}},
})
OLD_SESSION: list[Event] = [
    ActionExecuted("action_session_start", timestamp=1), SessionStarted(timestamp=2),
    ActionExecuted("action_listen", timestamp=3), UserUttered("hello", {"name": "greet", "confidence": 1.0}, timestamp=4),
]
NEW_SESSION: list[Event] = [
    ActionExecuted("action_session_start", timestamp=10), SessionStarted(timestamp=11),
    ActionExecuted("action_listen", timestamp=12),
    UserUttered("/report_incident", {"name": "report_incident", "confidence": 1.0}, timestamp=13),
    SlotSet("incident_kind", "hate", timestamp=14),
]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TrackerStore:
    """The tracker store Rasa builds from the project's endpoints.yml, as `rasa run` builds it."""
    monkeypatch.setenv("SPEAKUP_TRACKER_DATABASE_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    # Rasa expands every variable of the file, not only this section's.
    monkeypatch.setenv("SPEAKUP_ACTION_SERVER_URL", "http://127.0.0.1:1/webhook")
    monkeypatch.setenv("SPEAKUP_REDIS_URL", "")
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "tracker_store")
    return TrackerStore.create(config, DOMAIN)


def stored(store: TrackerStore, events: list[Event]) -> None:
    asyncio.run(store.save(DialogueStateTracker.from_events("someone", events, DOMAIN.slots)))


def test_rasa_builds_our_sql_store_from_endpoints_yml(store: TrackerStore) -> None:
    assert type(store) is SQLEventsTrackerStore


def test_a_conversation_reads_back_as_rasas_own_store_reads_it(store: TrackerStore) -> None:
    stored(store, OLD_SESSION + NEW_SESSION)
    assert isinstance(store, SQLTrackerStore)
    rasas = SQLTrackerStore(DOMAIN, host=store.engine.url.render_as_string(hide_password=False))

    ours_latest = asyncio.run(store.retrieve("someone"))
    ours_full = asyncio.run(store.retrieve_full_tracker("someone"))

    assert ours_latest is not None and ours_full is not None
    # Only the latest session, from its SessionStarted, as Rasa reads it.
    assert list(ours_latest.events) == NEW_SESSION[1:]
    assert list(ours_full.events) == OLD_SESSION + NEW_SESSION
    assert ours_latest.current_state() == asyncio.run(rasas.retrieve("someone")).current_state()
    assert ours_latest.get_slot("incident_kind") == "hate"


def test_events_saved_after_a_read_are_added_once(store: TrackerStore) -> None:
    stored(store, NEW_SESSION[:3])
    tracker = asyncio.run(store.retrieve("someone"))
    assert tracker is not None
    tracker.update_with_events(NEW_SESSION[3:], DOMAIN)

    asyncio.run(store.save(tracker))

    again = asyncio.run(store.retrieve("someone"))
    assert again is not None and list(again.events) == NEW_SESSION[1:]


def test_an_unknown_conversation_has_no_tracker(store: TrackerStore) -> None:
    assert asyncio.run(store.retrieve("nobody")) is None


def test_on_sqlite_a_turn_does_not_wait_for_the_disk(store: TrackerStore) -> None:
    """WAL with synchronous=NORMAL, as SpeakUp's own database: no fsync per saved turn."""
    assert isinstance(store, SQLEventsTrackerStore)
    stored(store, NEW_SESSION)  # a connection made by a turn, as Rasa makes them
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_a_tracker_saved_again_after_a_new_session_began_stores_each_event_once(store: TrackerStore) -> None:
    """The store counts what it has saved of the tracker it read (Rasa counted the database's latest session,
    which after a save that began a new session is shorter than what the tracker holds)."""
    stored(store, OLD_SESSION)
    tracker = asyncio.run(store.retrieve("someone"))
    assert tracker is not None
    tracker.update_with_events(NEW_SESSION[:2], DOMAIN)
    asyncio.run(store.save(tracker))
    tracker.update_with_events(NEW_SESSION[2:], DOMAIN)
    asyncio.run(store.save(tracker))

    full = asyncio.run(store.retrieve_full_tracker("someone"))
    assert full is not None and list(full.events) == OLD_SESSION + NEW_SESSION


def test_turns_reuse_the_stores_connections(store: TrackerStore) -> None:
    """Rasa's own engine opened (and on closing, checkpointed) a SQLite connection for every read and save."""
    assert isinstance(store, SQLEventsTrackerStore)
    opened: list[object] = []
    sa.event.listen(store.engine, "connect", lambda connection, _record: opened.append(connection))
    stored(store, NEW_SESSION[:3])
    for event in NEW_SESSION[3:]:
        tracker = asyncio.run(store.retrieve("someone"))
        assert tracker is not None
        tracker.update_with_events([event], DOMAIN)
        asyncio.run(store.save(tracker))
    assert len(opened) == 1


def rows_read(store: TrackerStore) -> list[str]:
    """The queries that read stored events' data (a whole read of the conversation), as they are made."""
    assert isinstance(store, SQLEventsTrackerStore)
    reads: list[str] = []
    sa.event.listen(store.engine, "before_cursor_execute",
                    lambda _c, _cursor, statement, *_: reads.append(statement) if "events.data" in statement else None)
    return reads


def fresh_read(store: TrackerStore) -> DialogueStateTracker:
    """What a store that kept nothing (a restarted server) reads of the conversation."""
    assert isinstance(store, SQLEventsTrackerStore)
    other = SQLEventsTrackerStore(DOMAIN, host=store.engine.url.render_as_string(hide_password=False))
    tracker = asyncio.run(other.retrieve("someone"))
    assert tracker is not None
    return tracker


def test_a_turn_after_the_first_reads_no_row_again_and_gets_what_a_fresh_read_gets(store: TrackerStore) -> None:
    stored(store, NEW_SESSION[:3])
    reads = rows_read(store)
    for event in NEW_SESSION[3:] + [ActionExecuted("action_listen", timestamp=15)]:
        tracker = asyncio.run(store.retrieve("someone"))
        assert tracker is not None
        tracker.update_with_events([event], DOMAIN)
        asyncio.run(store.save(tracker))

    again = asyncio.run(store.retrieve("someone"))

    assert len(reads) == 1  # the first turn's
    assert again is not None and list(again.events) == list(fresh_read(store).events)
    assert again.current_state() == fresh_read(store).current_state()
    assert again.get_slot("incident_kind") == "hate"


def test_what_another_server_saved_is_read_and_what_was_never_saved_is_not_kept(store: TrackerStore) -> None:
    stored(store, NEW_SESSION[:3])
    assert isinstance(store, SQLEventsTrackerStore)
    first = asyncio.run(store.retrieve("someone"))
    assert first is not None
    # A turn whose tracker was never saved (the action server went away): its events are not read back.
    first.update_with_events([NEW_SESSION[3]], DOMAIN)
    assert list(asyncio.run(store.retrieve("someone")).events) == NEW_SESSION[1:3]

    # Another Rasa server over the same database takes a turn.
    other = SQLEventsTrackerStore(DOMAIN, host=store.engine.url.render_as_string(hide_password=False))
    theirs = asyncio.run(other.retrieve("someone"))
    assert theirs is not None
    theirs.update_with_events(NEW_SESSION[3:], DOMAIN)
    asyncio.run(other.save(theirs))

    assert list(asyncio.run(store.retrieve("someone")).events) == NEW_SESSION[1:]


def test_a_conversation_the_hub_deleted_is_gone_and_a_new_session_is_read_from_its_start(store: TrackerStore) -> None:
    stored(store, OLD_SESSION)
    tracker = asyncio.run(store.retrieve("someone"))
    assert tracker is not None
    tracker.update_with_events(NEW_SESSION, DOMAIN)
    asyncio.run(store.save(tracker))

    assert list(asyncio.run(store.retrieve("someone")).events) == NEW_SESSION[1:]

    with store.engine.begin() as connection:  # as bot/assistant_memory.py forgets a conversation
        connection.execute(sa.text("DELETE FROM events WHERE sender_id = 'someone'"))
    assert asyncio.run(store.retrieve("someone")) is None


def test_the_rows_saved_are_the_rows_rasas_own_store_saves(store: TrackerStore, tmp_path: Path) -> None:
    assert isinstance(store, SQLEventsTrackerStore)
    rasas = SQLTrackerStore(DOMAIN, host=f"sqlite:///{tmp_path / 'rasas.db'}")
    for each in (store, rasas):
        stored(each, OLD_SESSION)
        tracker = asyncio.run(each.retrieve("someone"))
        assert tracker is not None
        for event in NEW_SESSION:
            tracker.update(event)
        asyncio.run(each.save(tracker))  # after a read: only the new events

    def rows(engine: sa.engine.Engine) -> list[tuple[object, ...]]:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.exec_driver_sql(
                "SELECT id, sender_id, type_name, timestamp, intent_name, action_name, data FROM events ORDER BY id")]

    assert rows(store.engine) == rows(rasas.engine)
    assert len(rows(store.engine)) == len(OLD_SESSION + NEW_SESSION)


def test_a_tracker_of_every_session_saved_again_is_not_kept_as_the_latest_session(store: TrackerStore) -> None:
    stored(store, OLD_SESSION + NEW_SESSION[:3])
    full = asyncio.run(store.retrieve_full_tracker("someone"))
    assert full is not None
    full.update_with_events(NEW_SESSION[3:], DOMAIN)
    asyncio.run(store.save(full))

    latest = asyncio.run(store.retrieve("someone"))

    assert latest is not None and list(latest.events) == list(fresh_read(store).events)
    assert list(latest.events)[0] == NEW_SESSION[1]  # from the latest SessionStarted, not the first session
