"""Where every message goes: from a channel to the assistant or to a person, and back.

A channel adapter turns what arrived into an `Inbound`; the router stores it in the transcript, sends it
to Rasa while the assistant holds the conversation (or leaves it for the call handler who holds it),
acts on the assistant's control messages, stores the replies and returns them. Later messages (a call
handler's) go out through `push`, on the person's own channel."""
from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Mapping, Optional, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot import conversations as store
from bot.assistant_contract import (
    CANCEL_WAITING, CHANNEL_KEY, CONTACT_DETAILS, CONTACT_GIVEN, CONTACT_REF, HANDOFF_UNAVAILABLE, CaptureContactDetails,
    ControlMessage, ConversationFacts, Forget, HandoffCancelled, HandoffRequested, command,
)
from bot.assistant_memory import AssistantMemory
from bot.conversations import ASSISTANT, HUMAN_MODE, PERSON, SYSTEM, Conversation, StoredMessage
from bot.identities_in_text import PLACEHOLDER_RESPONSES, Found, IdentityFinder, replaced
from bot.identity import Sealer
from bot.languages.choice import LanguageDecision, decide
from bot.languages.menu import LANGUAGE_CHANGED, asks_for_languages, chosen_language, language_buttons
from bot.languages.supported import ANSWER_LANGUAGE_KEY, ENGLISH, TEXT_LANGUAGE_KEY
from bot.notifier import QUEUE_TOPIC, Notifier, conversation_topic, person_topic
from bot.rasa_client import AssistantUnavailable, BotMessage, RasaClient
from bot.storage import identities
from bot.storage.database import Database, utcnow
from bot.storage.schema import danger_flags, sealed_contacts
from bot.texts import TextCatalogue

log = logging.getLogger(__name__)

AWAITING_CONTACT = CONTACT_DETAILS
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_PHONE = re.compile(r"(?:\+?\d[\s\-().]*){7,}")

# Delivers messages that nobody asked for in a request (a handler's reply) on a non-web channel.
Deliverer = Callable[[str, Sequence[StoredMessage]], Awaitable[None]]
# The languages the call handlers on duty now speak (English always among them), or None when nobody
# is on duty (the staff console knows who is signed in).
OnDuty = Callable[[], Awaitable[Optional[frozenset[str]]]]
# Said the first time a phone number, email address or postcode typed in a conversation is sealed.
IDENTITIES_NOTICE = "utter_hub_identities_kept_notice"


@dataclass(frozen=True)
class Notice:
    """A notice of the hub's own (`response`, rendered in `language`) said along with the assistant's answer."""

    response: str
    language: str
    buttons: Sequence[dict[str, str]] = ()


def _fires_danger(control: ControlMessage) -> bool:
    """The assistant's answer this turn is the emergency one."""
    return isinstance(control, ConversationFacts) and bool(control.danger_fired)


def _without(text: str, found: Sequence[Found]) -> str:
    """The text with the identities left out: a number or an address says nothing about a language."""
    return replaced(text, found, lambda _kind: " ")


def looks_like_contact_details(text: str) -> bool:
    return bool(_EMAIL.search(text) or _PHONE.search(text))


@dataclass(frozen=True)
class Inbound:
    conversation_id: str
    channel: str
    # What the assistant receives: the cleaned text, or a button's payload.
    rasa_text: str
    # What the transcript shows: the text, or the chosen button's title; None for what the hub itself
    # sends on the person's behalf (opening a chat, a handback), which is not something they said.
    shown_text: Optional[str]
    external_id: Optional[str] = None


class Router:
    def __init__(
        self,
        db: Database,
        rasa: RasaClient,
        texts: TextCatalogue,
        notifier: Notifier,
        sealer: Sealer,
        deliverers: Optional[Mapping[str, Deliverer]] = None,
        on_duty: Optional[OnDuty] = None,
        memory: Optional[AssistantMemory] = None,
        finder: Optional[IdentityFinder] = None,
    ) -> None:
        self.db = db
        self.rasa = rasa
        self.texts = texts
        self.notifier = notifier
        self.sealer = sealer
        self.deliverers: dict[str, Deliverer] = dict(deliverers or {})
        self.on_duty = on_duty
        self.memory = memory
        self.finder = finder or IdentityFinder()

    async def receive(self, inbound: Inbound) -> list[StoredMessage]:
        """Handles one message and returns what the person should see in answer (maybe nothing)."""
        sealed = None
        conversation = await self.db.run(lambda c: store.open_conversation(c, inbound.conversation_id, inbound.channel))
        shown_text = inbound.shown_text
        if conversation.awaiting == AWAITING_CONTACT and looks_like_contact_details(inbound.rasa_text):
            sealed = self.sealer.seal(inbound.rasa_text)
            shown_text = self.texts.render("utter_hub_contact_sealed", conversation.answer_language)

        # Only what the person wrote says something about their language; payloads and hub events do not.
        written = inbound.shown_text is not None and not sealed and not inbound.rasa_text.startswith("/")
        # Phone numbers, email addresses and postcodes typed anywhere: sealed before the transcript and
        # before Rasa, a placeholder in their place (in the conversation's language).
        found = self.finder.find(inbound.rasa_text) if written else []
        decision = (
            decide(conversation.language, conversation.language_chosen, _without(inbound.rasa_text, found))
            if written
            else LanguageDecision(conversation.answer_language, None)
        )
        typed_text = inbound.rasa_text
        sealed_identities: list[tuple[str, str]] = []
        if found:
            typed_text = self._with_placeholders(inbound.rasa_text, found, decision.answer_language)
            # What the transcript shows is what was typed (the same text on every channel).
            shown_text = typed_text
            sealed_identities = [(identity.kind, self.sealer.seal(identity.text)) for identity in found]
        first_kept: list[bool] = []

        def record(connection: Connection) -> tuple[Optional[StoredMessage], Optional[str], bool]:
            if shown_text is None:
                return None, None, False
            if inbound.external_id:
                earlier = store.find_by_external_id(connection, inbound.conversation_id, inbound.external_id)
                if earlier:
                    return earlier, None, True
            stored = store.append_message(
                connection, inbound.conversation_id, PERSON, shown_text, external_id=inbound.external_id,
                language=decision.text_language,
            )
            if sealed_identities:
                first_kept.append(not identities.any_kept(connection, inbound.conversation_id))
                identities.store(connection, inbound.conversation_id, stored.id, sealed_identities)
            contact_ref = None
            if sealed:
                contact_ref = secrets.token_hex(12)
                connection.execute(
                    sealed_contacts.insert().values(
                        id=contact_ref, conversation_id=inbound.conversation_id, ciphertext=sealed, created_at=utcnow()
                    )
                )
            if conversation.awaiting:
                store.update_conversation(connection, inbound.conversation_id, awaiting=None)
            return stored, contact_ref, False

        try:
            person_message, contact_ref, duplicate = await self.db.run(record)
        except sa.exc.IntegrityError:
            # The same delivery raced itself in; the first copy is being answered.
            return []
        if duplicate and person_message is not None:
            # A retried delivery is answered from the transcript, never processed twice.
            return await self.db.run(lambda c: store.replies_to(c, inbound.conversation_id, person_message.id))

        tell_kept = any(first_kept)
        if conversation.mode == HUMAN_MODE:
            told = [await self._say_kept_safe(conversation, decision.answer_language)] if tell_kept else []
            self.notifier.notify(conversation_topic(inbound.conversation_id))
            self.notifier.notify(QUEUE_TOPIC)
            return told
        if inbound.rasa_text == CANCEL_WAITING:
            return [await self._stop_waiting(conversation)]
        picked = chosen_language(inbound.rasa_text)
        if picked is not None:
            return await self._change_language(conversation, picked, inbound.channel)
        if written and asks_for_languages(typed_text):
            told = [await self._say_kept_safe(conversation, decision.answer_language)] if tell_kept else []
            return told + [await self._offer_languages(conversation, "utter_hub_choose_language", conversation.answer_language)]

        rasa_text = typed_text
        if contact_ref:
            rasa_text = command(CONTACT_GIVEN, {CONTACT_REF: contact_ref})
        notices: list[Notice] = []
        if decision.unsupported:
            # The languages we speak; the assistant still reads the message, so that danger in words it
            # knows is never missed because the rest looked like another language.
            # In English: the person does not read any of ours.
            notices.append(Notice("utter_hub_unsupported_language", ENGLISH, language_buttons()))
        if decision.settles:
            await self._set_language(conversation, decision.answer_language, announce=False)
            if decision.changed:
                notices.append(Notice("utter_hub_language_set", decision.answer_language))
        if tell_kept:
            notices.append(Notice(IDENTITIES_NOTICE, decision.answer_language))
        metadata: dict[str, Any] = {CHANNEL_KEY: inbound.channel, ANSWER_LANGUAGE_KEY: decision.answer_language}
        if decision.text_language:
            metadata[TEXT_LANGUAGE_KEY] = decision.text_language
        replies, handoff_requested = await self._converse(conversation, rasa_text, metadata, notices)
        if handoff_requested and self.on_duty is not None:
            replies += await self._honest_about_who_can_come(conversation, decision.answer_language, metadata)
        # The staff queue shows only conversations waiting for a person: wake its streams (each of which
        # re-reads the database) when this one was or has become one of them, not on every message.
        if conversation.waiting_for_person or handoff_requested:
            self.notifier.notify(QUEUE_TOPIC)
        return replies

    async def _honest_about_who_can_come(
        self, conversation: Conversation, language: str, metadata: dict[str, Any]
    ) -> list[StoredMessage]:
        """Said at once when a person was asked for: nobody is on duty (the assistant offers helplines
        instead), or nobody on duty speaks the person's language (they stay in the queue: a handler can
        still take it and write in English, and the helplines with interpreters are named)."""
        assert self.on_duty is not None
        spoken = await self.on_duty()
        if spoken is None:
            await self.db.run(lambda c: store.update_conversation(c, conversation.id, handoff_requested_at=None))
            return (await self._converse(conversation, command(HANDOFF_UNAVAILABLE), metadata))[0]
        if language in spoken:
            return []
        return [await self.db.run(lambda c: self._notice(c, conversation.id, "utter_hub_no_handler_speaks_language", language))]

    def _with_placeholders(self, text: str, found: Sequence[Found], language: str) -> str:
        """The text with each phone number, email address and postcode replaced by its placeholder."""
        return replaced(text, found, lambda kind: self.texts.render(PLACEHOLDER_RESPONSES[kind], language))

    async def _say_kept_safe(self, conversation: Conversation, language: str) -> StoredMessage:
        return await self.db.run(lambda c: self._notice(c, conversation.id, IDENTITIES_NOTICE, language))

    async def _stop_waiting(self, conversation: Conversation) -> StoredMessage:
        def stop(connection: Connection) -> StoredMessage:
            store.update_conversation(connection, conversation.id, handoff_requested_at=None)
            return self._notice(connection, conversation.id, "utter_hub_waiting_cancelled", conversation.answer_language)

        notice = await self.db.run(stop)
        self.notifier.notify(QUEUE_TOPIC)
        return notice

    def _notice(
        self, connection: Connection, conversation_id: str, response: str, language: str,
        buttons: Sequence[dict[str, str]] = (),
    ) -> StoredMessage:
        """The hub's own notice (`response`) in `language`, stored in the transcript."""
        text = self.texts.render(response, language)
        return store.append_message(connection, conversation_id, SYSTEM, text, buttons, language=language)

    async def _offer_languages(self, conversation: Conversation, response: str, language: str) -> StoredMessage:
        """The languages, each by its own name, as choices (a numbered list where there are no buttons)."""
        return await self.db.run(lambda c: self._notice(c, conversation.id, response, language, language_buttons()))

    async def _set_language(self, conversation: Conversation, code: str, announce: bool, chosen: bool = False) -> list[StoredMessage]:
        """Stores the conversation's new language; says so, in it, when `announce`."""
        def change(connection: Connection) -> list[StoredMessage]:
            values: dict[str, Any] = {"language": code}
            if chosen:
                values["language_chosen"] = True
            store.update_conversation(connection, conversation.id, **values)
            return [self._notice(connection, conversation.id, "utter_hub_language_set", code)] if announce else []

        return await self.db.run(change)

    async def choose_language(self, conversation_id: str, channel: str, code: str) -> list[StoredMessage]:
        """The person chose a language outside the conversation (the web chat's language control)."""
        return await self._change_language(await self._conversation(conversation_id), code, channel)

    async def _change_language(self, conversation: Conversation, code: str, channel: str) -> list[StoredMessage]:
        """The person chose a language: said in it, and the assistant asks its question again in it."""
        notice = await self._set_language(conversation, code, announce=True, chosen=True)
        if conversation.mode == HUMAN_MODE:
            return notice  # the call handler holds the conversation: the assistant says nothing
        metadata: dict[str, Any] = {CHANNEL_KEY: channel, ANSWER_LANGUAGE_KEY: code}
        return notice + (await self._converse(conversation, LANGUAGE_CHANGED, metadata))[0]

    async def _converse(
        self, conversation: Conversation, rasa_text: str, metadata: dict[str, Any], notices: Sequence[Notice] = ()
    ) -> tuple[list[StoredMessage], bool]:
        """What the assistant answered (with the hub's `notices`), and whether it asked for a person."""
        language = str(metadata.get(ANSWER_LANGUAGE_KEY) or conversation.answer_language)
        try:
            bot_messages = await self.rasa.send(conversation.id, rasa_text, metadata)
        except AssistantUnavailable as error:
            log.error("assistant unavailable for a %s conversation: %s", conversation.channel, error)
            bot_messages = [BotMessage(text=self.texts.render("utter_hub_assistant_unavailable", language))]
        outcome = await self._apply(conversation, bot_messages, language, notices)
        if self.memory is not None and any(isinstance(m.control, Forget) for m in bot_messages):
            await self.memory.forget(conversation.id)
        return outcome

    async def _apply(
        self, conversation: Conversation, bot_messages: Sequence[BotMessage], language: str,
        notices: Sequence[Notice] = (),
    ) -> tuple[list[StoredMessage], bool]:
        """Acts on the assistant's control messages and stores what it said (in `language`), in order.

        The hub's `notices` come first, except after an emergency answer: nothing may come before 999, so
        they follow its first message (and the assistant's last message keeps its choices, which a texter
        answers by number)."""
        emergency = any(m.control is not None and _fires_danger(m.control) for m in bot_messages)
        pending = list(notices)

        def say_notices(connection: Connection) -> list[StoredMessage]:
            said = [self._notice(connection, conversation.id, n.response, n.language, n.buttons) for n in pending]
            pending.clear()
            return said

        def apply(connection: Connection) -> tuple[list[StoredMessage], bool]:
            changes: dict[str, Any] = {}
            stored: list[StoredMessage] = [] if emergency else say_notices(connection)
            for message in bot_messages:
                if message.control is not None:
                    changes.update(self._control_changes(connection, conversation.id, message.control))
                    if isinstance(message.control, Forget):
                        stored = []
                    continue
                if not message.text and not message.buttons:
                    continue
                buttons = [{"title": b.title, "payload": b.payload} for b in message.buttons]
                stored.append(
                    store.append_message(connection, conversation.id, ASSISTANT, message.text, buttons, language=language)
                )
                stored += say_notices(connection)
            stored += say_notices(connection)
            if changes:
                store.update_conversation(connection, conversation.id, **changes)
            return stored, changes.get("handoff_requested_at") is not None

        return await self.db.run(apply)

    @staticmethod
    def _control_changes(connection: Connection, conversation_id: str, control: ControlMessage) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if isinstance(control, (ConversationFacts, HandoffRequested)):
            if control.incident_kind:
                changes["incident_kind"] = control.incident_kind[:32]
            if control.danger:
                changes["danger"] = True
        if isinstance(control, ConversationFacts) and control.danger_fired:
            # What fired and when, for staff reading the report later.
            connection.execute(danger_flags.insert().values(
                conversation_id=conversation_id, flag=control.danger_fired[:32], at=utcnow()))
        if isinstance(control, HandoffRequested):
            changes.update(handoff_requested_at=utcnow(), wait_notice_sent_at=None)
        if isinstance(control, HandoffCancelled):
            changes["handoff_requested_at"] = None
        if isinstance(control, CaptureContactDetails):
            changes["awaiting"] = AWAITING_CONTACT
        if isinstance(control, Forget):
            # The person chose to delete what they said: the transcript goes, and so do sealed details.
            store.forget_transcript(connection, conversation_id)
            connection.execute(sealed_contacts.delete().where(sealed_contacts.c.conversation_id == conversation_id))
            identities.forget(connection, conversation_id)
        return changes

    async def say(
        self, conversation_id: str, response: str, buttons: Sequence[tuple[str, str]] = (), **values: Any
    ) -> StoredMessage:
        """The hub's own notice (`response`), in the conversation's language, pushed to the person;
        `buttons` are (response naming the title, payload)."""
        conversation = await self._conversation(conversation_id)
        language = conversation.answer_language
        offered = [{"title": self.texts.render(title, language), "payload": payload} for title, payload in buttons]
        text = self.texts.render(response, language, **values)
        return await self.push(conversation_id, SYSTEM, text, offered, language=language, conversation=conversation)

    async def _conversation(self, conversation_id: str) -> Conversation:
        conversation = await self.db.run(lambda c: store.get_conversation(c, conversation_id))
        if conversation is None:
            raise KeyError(conversation_id)
        return conversation

    async def push(
        self,
        conversation_id: str,
        sender: str,
        text: str,
        buttons: Sequence[dict[str, str]] = (),
        language: Optional[str] = None,
        conversation: Optional[Conversation] = None,
    ) -> StoredMessage:
        """A message nobody asked for in a request (a handler's reply, a notice): stored, then delivered."""
        conversation = conversation or await self._conversation(conversation_id)
        message = await self.db.run(
            lambda c: store.append_message(c, conversation_id, sender, text, buttons, pushed=True, language=language)
        )
        self.notifier.notify(conversation_topic(conversation_id))
        self.notifier.notify(person_topic(conversation_id))
        deliver = self.deliverers.get(conversation.channel)
        if deliver is not None:
            await deliver(conversation_id, [message])
        return message
