"""One place that sends a turn to the assistant (Rasa) and applies what it answered.

The router (a person's message, a change of language) and the handoff desk (the assistant taking a
conversation back) both go through `AssistantTurns.take`: it tells the assistant whether a person can come
now (the availability policy), stores the assistant's messages with the hub's own notices in the right
order, acts on its control messages (facts, a request for a person, contact details to expect, forgetting)
in the same transaction, and publishes the status events once that has committed. A turn the assistant
cannot take now is kept in the backlog (bot/storage/backlog.py) and answered by the replay worker
(bot/replay.py, through `replay`) once it is back."""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

from sqlalchemy.engine import Connection

from bot import conversation_status as status
from bot import conversations as store
from bot.assistant_contract import (
    CONTACT_DETAILS, STAFF_KEY, CaptureContactDetails, ControlMessage, ConversationFacts, Forget, HandoffCancelled,
    HandoffRequested,
)
from bot.assistant_memory import AssistantMemory
from bot.availability import Availability, AvailabilityPolicy
from bot.conversation_status import StatusChanged, Transition
from bot.conversations import ASSISTANT, SYSTEM, Conversation, StoredMessage
from bot.languages.supported import ANSWER_LANGUAGE_KEY
from bot.rasa_client import AssistantUnavailable, BotMessage, RasaClient
from bot.status_events import StatusPublisher
from bot.storage import backlog, identities
from bot.storage.database import Database, utcnow
from bot.storage.schema import danger_flags, sealed_contacts
from bot.texts import TextCatalogue

log = logging.getLogger(__name__)

# Said once when a person's turn is kept because the assistant cannot answer: it will be answered here.
HOLDING_NOTICE = "utter_hub_assistant_unavailable"


@dataclass(frozen=True)
class Notice:
    """A notice of the hub's own (`response`, rendered in `language`) said along with the assistant's answer."""

    response: str
    language: str
    buttons: Sequence[dict[str, str]] = ()


@dataclass(frozen=True)
class Turn:
    """What a turn left: the messages stored for the person, and what happened to the conversation."""

    said: list[StoredMessage]
    availability: Availability
    events: list[StatusChanged] = field(default_factory=list)

    @property
    def person_requested(self) -> bool:
        """The assistant put the conversation in the queue for a person this turn."""
        return any(event.transition is Transition.REQUEST for event in self.events)


def turn_id(message: StoredMessage) -> str:
    """The id the assistant records the turn answering a person's stored `message` by: the same on every
    try, and not shared with a message of a database made afresh (its ids start again at 1)."""
    return f"hub-{message.id}-{message.created_at:%Y%m%dT%H%M%S}"


def fires_danger(control: ControlMessage) -> bool:
    """The assistant's answer this turn is the emergency one."""
    return isinstance(control, ConversationFacts) and bool(control.danger_fired)


class AssistantTurns:
    def __init__(
        self,
        db: Database,
        rasa: RasaClient,
        texts: TextCatalogue,
        availability: AvailabilityPolicy,
        publisher: StatusPublisher,
        memory: Optional[AssistantMemory] = None,
        kept: Optional[backlog.KeptConversations] = None,
    ) -> None:
        self.db = db
        self.rasa = rasa
        self.texts = texts
        self.availability = availability
        self.publisher = publisher
        self.memory = memory
        # Which conversations may have kept turns: most turns then ask the database nothing about the backlog
        # (while this hub is the only one keeping turns: bot/services.py).
        self.kept = kept if kept is not None else backlog.KeptConversations()
        # Called when a turn was kept in the backlog: the replay worker (bot/replay.py) wakes.
        self.on_kept: list[Callable[[], None]] = []

    async def take(
        self, conversation: Conversation, rasa_text: str, metadata: dict[str, Any], notices: Sequence[Notice] = (),
        pushed: bool = False, answering: Optional[StoredMessage] = None, sent_before: bool = False,
    ) -> Turn:
        """Sends `rasa_text` (with the channel and languages in `metadata`) and applies the answer.
        `pushed`: nobody asked for the answer in a request (the hub's own event), so it is stored to be
        delivered on the person's channel. `answering`: the person's stored message this turn answers;
        `sent_before`: it is being sent again, because the database went away before its answer was stored.

        When the assistant cannot be reached, or turns of this conversation already wait for it, the turn
        is kept in the backlog to be answered when it is back (bot/replay.py), behind those: the person is
        told so once (with 999), and nothing is lost or answered out of order."""
        language = str(metadata.get(ANSWER_LANGUAGE_KEY) or conversation.answer_language)
        availability = await self.availability.now()
        bot_messages: Optional[list[BotMessage]] = None
        # Known to the assistant from the first try: if it took the turn but its answer never came back
        # (it died, or timed out, after saving it; or the database went away before the answer was
        # stored), the turn sent again is not taken a second time.
        rasa_message_id = turn_id(answering) if answering is not None else secrets.token_hex(16)
        if not await self.has_kept_turns(conversation.id):
            try:
                bot_messages = await self.rasa.send(
                    conversation.id, rasa_text, {**metadata, STAFF_KEY: availability.for_assistant},
                    message_id=rasa_message_id, sent_before=sent_before,
                )
            except AssistantUnavailable as error:
                log.error("assistant unavailable for a %s conversation, turn kept: %s", conversation.channel, error)
        if bot_messages is None:
            message_id = answering.id if answering is not None else None
            said = await self.db.run(
                lambda c: self._keep(
                    c, conversation, rasa_text, rasa_message_id, metadata, message_id, language, notices, pushed))
            for wake in self.on_kept:
                wake()
            return Turn(said, availability)
        said, events = await self.db.run(lambda c: self._apply(c, conversation, bot_messages, language, notices, pushed))
        await self._after(conversation.id, bot_messages, events)
        return Turn(said, availability, events)

    async def has_kept_turns(self, conversation_id: str) -> bool:
        if not self.kept.might_have(conversation_id):
            return False
        return await self.db.run(lambda c: self.kept.has_any(c, conversation_id))

    async def replay(self, conversation: Conversation, kept: backlog.Kept) -> list[StoredMessage]:
        """Sends a kept turn (claimed by bot/replay.py) and applies the answer as `take` does, stored as
        pushed (nobody waits for it in a request); the turn leaves the backlog in the same transaction, so
        it is answered once. Raises AssistantUnavailable (the turn released for the next try) when the
        assistant went away again."""
        language = str(kept.metadata.get(ANSWER_LANGUAGE_KEY) or conversation.answer_language)
        availability = await self.availability.now()
        try:
            bot_messages = await self.rasa.send(
                conversation.id, kept.rasa_text, {**kept.metadata, STAFF_KEY: availability.for_assistant},
                message_id=kept.rasa_message_id, sent_before=True,
            )
        except AssistantUnavailable:
            await self.db.run(lambda c: backlog.release(c, kept.id))
            raise

        def apply(connection: Connection) -> tuple[list[StoredMessage], list[StatusChanged]]:
            applied = self._apply(connection, conversation, bot_messages, language, (), pushed=True)
            backlog.done(connection, kept.id)
            return applied

        said, events = await self.db.run(apply)
        await self._after(conversation.id, bot_messages, events)
        turn = Turn(said, availability, events)
        return said + await self.honest_about_language(conversation.id, turn, language, pushed=True)

    async def honest_about_language(
        self, conversation_id: str, turn: Turn, language: str, pushed: bool = False,
    ) -> list[StoredMessage]:
        """Said at once when a person was asked for and nobody on duty speaks the person's language: they
        stay in the queue (a handler can still take it and write in English) and the helplines with
        interpreters are named. (When nobody can come at all, the assistant said so itself.)"""
        if not turn.person_requested or turn.availability.speaks(language):
            return []
        return [await self.db.run(lambda c: self.notice(
            c, conversation_id, "utter_hub_no_handler_speaks_language", language, pushed=pushed))]

    async def _after(self, conversation_id: str, bot_messages: Sequence[BotMessage], events: list[StatusChanged]) -> None:
        """Once the answer is stored: status watchers are woken, and a conversation the person chose to
        forget is forgotten by the assistant too."""
        self.publisher.publish(events)
        if self.memory is not None and any(isinstance(m.control, Forget) for m in bot_messages):
            await self.memory.forget(conversation_id)

    def _keep(
        self, connection: Connection, conversation: Conversation, rasa_text: str, rasa_message_id: str,
        metadata: dict[str, Any], message_id: Optional[int], language: str, notices: Sequence[Notice], pushed: bool,
    ) -> list[StoredMessage]:
        """Keeps the turn in the backlog; the hub's own notices are still said, and the holding notice only
        for the first turn kept (the ones behind it wait silently: one notice, not one per message)."""
        first = not backlog.has_any(connection, conversation.id)
        self.kept.keep(connection, conversation.id, rasa_text, rasa_message_id, metadata, message_id)
        said = [self.notice(connection, conversation.id, n.response, n.language, n.buttons) for n in notices]
        if first:
            said.append(self.notice(connection, conversation.id, HOLDING_NOTICE, language, pushed=pushed))
        return said

    def notice(
        self, connection: Connection, conversation_id: str, response: str, language: str,
        buttons: Sequence[dict[str, str]] = (), pushed: bool = False,
    ) -> StoredMessage:
        """The hub's own notice (`response`) in `language`, stored in the transcript."""
        text = self.texts.render(response, language)
        return store.append_message(connection, conversation_id, SYSTEM, text, buttons, pushed=pushed, language=language)

    def _apply(
        self, connection: Connection, conversation: Conversation, bot_messages: Sequence[BotMessage], language: str,
        notices: Sequence[Notice], pushed: bool,
    ) -> tuple[list[StoredMessage], list[StatusChanged]]:
        """Acts on the assistant's control messages and stores what it said (in `language`), in order.

        The hub's `notices` come first, except after an emergency answer: nothing may come before 999, so
        they follow its first message (and the assistant's last message keeps its choices, which a texter
        answers by number)."""
        emergency = any(m.control is not None and fires_danger(m.control) for m in bot_messages)
        pending = list(notices)
        events: list[StatusChanged] = []

        def say_notices() -> list[StoredMessage]:
            said = [self.notice(connection, conversation.id, n.response, n.language, n.buttons) for n in pending]
            pending.clear()
            return said

        stored: list[StoredMessage] = [] if emergency else say_notices()
        facts: dict[str, Any] = {}
        for message in bot_messages:
            if message.control is not None:
                facts.update(control_facts(connection, conversation.id, message.control, events))
                if isinstance(message.control, Forget):
                    stored = []
                continue
            if not message.text and not message.buttons:
                continue
            buttons = [{"title": b.title, "payload": b.payload} for b in message.buttons]
            stored.append(store.append_message(
                connection, conversation.id, ASSISTANT, message.text, buttons, pushed=pushed, language=language))
            stored += say_notices()
        stored += say_notices()
        if facts:
            store.update_conversation(connection, conversation.id, **facts)
        return stored, events


def control_facts(
    connection: Connection, conversation_id: str, control: ControlMessage, events: list[StatusChanged]
) -> dict[str, Any]:
    """Acts on one control message: returns the conversation's facts it changes, and adds to `events` the
    status changes it caused."""
    facts: dict[str, Any] = {}
    if isinstance(control, (ConversationFacts, HandoffRequested)):
        if control.incident_kind:
            facts["incident_kind"] = control.incident_kind[:32]
        if control.danger:
            facts["danger"] = True
    if isinstance(control, ConversationFacts) and control.danger_fired:
        # What fired and when, for staff reading the report later.
        connection.execute(danger_flags.insert().values(
            conversation_id=conversation_id, flag=control.danger_fired[:32], at=utcnow()))
    if isinstance(control, HandoffRequested):
        events += filter(None, [status.request_person(connection, conversation_id)])
    if isinstance(control, HandoffCancelled):
        events += filter(None, [status.cancel_request(connection, conversation_id)])
    if isinstance(control, CaptureContactDetails):
        status.expect(connection, conversation_id, CONTACT_DETAILS)
    if isinstance(control, Forget):
        # The person chose to delete what they said: the transcript goes, and so do sealed details.
        store.forget_transcript(connection, conversation_id)
        connection.execute(sealed_contacts.delete().where(sealed_contacts.c.conversation_id == conversation_id))
        identities.forget(connection, conversation_id)
        backlog.drop(connection, conversation_id)
    return facts
