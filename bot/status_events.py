"""Turns what happened to conversations into wake-ups, after the change is committed.

Transitions (bot/conversation_status.py) return events instead of notifying: whoever is woken re-reads the
database, so waking them before the commit would show them the old state. Callers run the transition in a
transaction and hand its events here once it has committed; `changed` does both in one call."""
from __future__ import annotations

from typing import Callable, Iterable, Optional, TypeVar

from sqlalchemy.engine import Connection

from bot.conversation_status import StatusChanged
from bot.notifier import QUEUE_TOPIC, Notifier, conversation_topic, person_topic
from bot.storage.database import Database

T = TypeVar("T")
Events = Iterable[Optional[StatusChanged]]


class StatusPublisher:
    def __init__(self, notifier: Notifier) -> None:
        self.notifier = notifier

    def publish(self, events: Events) -> None:
        """Every status change reshapes the staff queue and the conversation's own page; an ended chat also
        closes the person's live stream."""
        happened = [event for event in events if event is not None]
        for event in happened:
            self.notifier.notify(conversation_topic(event.conversation_id))
            if event.ends_chat:
                self.notifier.notify(person_topic(event.conversation_id))
        if happened:
            self.notifier.notify(QUEUE_TOPIC)

    def duty_changed(self) -> None:
        """A call handler came on or went off duty: the queue shows who can take what."""
        self.notifier.notify(QUEUE_TOPIC)

    async def changed(self, db: Database, transition: Callable[[Connection], Optional[StatusChanged]]) -> Optional[StatusChanged]:
        """Runs one transition in its own transaction and publishes its event once committed."""
        event = await db.run(transition)
        self.publish([event])
        return event
