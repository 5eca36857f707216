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
from enum import Enum
from typing import Any, Awaitable, Callable, Mapping, Optional, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot import conversation_status as status
from bot import conversations as store
from bot.assistant_contract import CANCEL_WAITING, CHANNEL_KEY, CONTACT_DETAILS, CONTACT_GIVEN, CONTACT_REF, command
from bot.assistant_turns import AssistantTurns, Notice
from bot.conversations import PERSON, SYSTEM, Conversation, StoredMessage
from bot.identities_in_text import PLACEHOLDER_RESPONSES, Found, IdentityFinder, replaced
from bot.identity import Sealer
from bot.languages.choice import LanguageDecision, decide
from bot.languages.menu import LANGUAGE_CHANGED, asks_for_languages, chosen_language, language_buttons
from bot.languages.supported import ANSWER_LANGUAGE_KEY, ENGLISH, TEXT_LANGUAGE_KEY
from bot.notifier import QUEUE_TOPIC, Notifier, conversation_topic, person_topic
from bot.storage import backlog, identities
from bot.storage.database import Database, utcnow
from bot.storage.schema import sealed_contacts

log = logging.getLogger(__name__)

AWAITING_CONTACT = CONTACT_DETAILS
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_PHONE = re.compile(r"(?:\+?\d[\s\-().]*){7,}")

# Delivers messages that nobody asked for in a request (a handler's reply) on a non-web channel.
Deliverer = Callable[[str, Sequence[StoredMessage]], Awaitable[None]]
# Said the first time a phone number, email address or postcode typed in a conversation is sealed.
IDENTITIES_NOTICE = "utter_hub_identities_kept_notice"


def _without(text: str, found: Sequence[Found]) -> str:
    """The text with the identities left out: a number or an address says nothing about a language."""
    return replaced(text, found, lambda _kind: " ")


def looks_like_contact_details(text: str) -> bool:
    return bool(_EMAIL.search(text) or _PHONE.search(text))


class Delivery(Enum):
    """What a message with the channel's id (`Inbound.external_id`) is to the transcript."""

    # Not seen before: stored now.
    FIRST = "first"
    # Seen and answered (or kept for the assistant, or left to a call handler): answered from the transcript.
    ANSWERED = "answered"
    # Stored by a request that then failed (the database went away before the answer was stored, and the
    # client was told 503): taken to the assistant again, with the same turn id, so answered once.
    ANSWER_AGAIN = "answer again"


def left_unanswered(connection: Connection, conversation_id: str, message: StoredMessage) -> bool:
    """The person's stored `message` has nothing after it in the transcript and no turn kept for it: the
    request that stored it failed before anything answered it."""
    return not store.anything_after(connection, conversation_id, message.id) and not backlog.holds_message(
        connection, message.id)


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
        turns: AssistantTurns,
        notifier: Notifier,
        sealer: Sealer,
        deliverers: Optional[Mapping[str, Deliverer]] = None,
        finder: Optional[IdentityFinder] = None,
    ) -> None:
        self.db = db
        self.turns = turns
        self.texts = turns.texts
        self.notifier = notifier
        self.publisher = turns.publisher
        self.sealer = sealer
        self.deliverers: dict[str, Deliverer] = dict(deliverers or {})
        self.finder = finder or IdentityFinder()

    async def receive(self, inbound: Inbound) -> list[StoredMessage]:
        """Handles one message and returns what the person should see in answer (maybe nothing)."""
        sealed = None
        conversation, reopened = await self.db.run(lambda c: store.open_conversation(c, inbound.conversation_id, inbound.channel))
        self.publisher.publish([reopened])
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

        def record(connection: Connection) -> tuple[Optional[StoredMessage], Optional[str], Delivery]:
            if shown_text is None:
                return None, None, Delivery.FIRST
            if inbound.external_id:
                earlier = store.find_by_external_id(connection, inbound.conversation_id, inbound.external_id)
                if earlier:
                    return earlier, None, Delivery.ANSWER_AGAIN if left_unanswered(connection, inbound.conversation_id, earlier) else Delivery.ANSWERED
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
                status.expect_nothing(connection, inbound.conversation_id)
            return stored, contact_ref, Delivery.FIRST

        try:
            person_message, contact_ref, delivery = await self.db.run(record)
        except sa.exc.IntegrityError:
            # The same delivery raced itself in; the first copy is being answered.
            return []
        if delivery is Delivery.ANSWERED and person_message is not None:
            # A retried delivery is answered from the transcript, never processed twice.
            return await self.db.run(lambda c: store.replies_to(c, inbound.conversation_id, person_message.id))

        tell_kept = any(first_kept)
        if conversation.with_handler:
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
        turn = await self.turns.take(
            conversation, rasa_text, metadata, notices, answering=person_message,
            sent_before=delivery is Delivery.ANSWER_AGAIN)
        # The staff queue previews what waiting people say: wake its streams (each of which re-reads the
        # database) when this one waits; a new arrival in the queue woke them with its event.
        if conversation.waiting_for_person:
            self.notifier.notify(QUEUE_TOPIC)
        return turn.said + await self.turns.honest_about_language(conversation.id, turn, decision.answer_language)

    def _with_placeholders(self, text: str, found: Sequence[Found], language: str) -> str:
        """The text with each phone number, email address and postcode replaced by its placeholder."""
        return replaced(text, found, lambda kind: self.texts.render(PLACEHOLDER_RESPONSES[kind], language))

    async def _say_kept_safe(self, conversation: Conversation, language: str) -> StoredMessage:
        return await self.db.run(lambda c: self.turns.notice(c, conversation.id, IDENTITIES_NOTICE, language))

    async def _stop_waiting(self, conversation: Conversation) -> StoredMessage:
        def stop(connection: Connection) -> tuple[StoredMessage, Optional[status.StatusChanged]]:
            cancelled = status.cancel_request(connection, conversation.id)
            return self.turns.notice(
                connection, conversation.id, "utter_hub_waiting_cancelled", conversation.answer_language), cancelled

        notice, cancelled = await self.db.run(stop)
        self.publisher.publish([cancelled])
        return notice

    async def _offer_languages(self, conversation: Conversation, response: str, language: str) -> StoredMessage:
        """The languages, each by its own name, as choices (a numbered list where there are no buttons)."""
        return await self.db.run(lambda c: self.turns.notice(c, conversation.id, response, language, language_buttons()))

    async def _set_language(self, conversation: Conversation, code: str, announce: bool, chosen: bool = False) -> list[StoredMessage]:
        """Stores the conversation's new language; says so, in it, when `announce`."""
        def change(connection: Connection) -> list[StoredMessage]:
            values: dict[str, Any] = {"language": code}
            if chosen:
                values["language_chosen"] = True
            store.update_conversation(connection, conversation.id, **values)
            return [self.turns.notice(connection, conversation.id, "utter_hub_language_set", code)] if announce else []

        return await self.db.run(change)

    async def choose_language(self, conversation_id: str, channel: str, code: str) -> list[StoredMessage]:
        """The person chose a language outside the conversation (the web chat's language control)."""
        return await self._change_language(await self.conversation(conversation_id), code, channel)

    async def _change_language(self, conversation: Conversation, code: str, channel: str) -> list[StoredMessage]:
        """The person chose a language: said in it, and the assistant asks its question again in it."""
        notice = await self._set_language(conversation, code, announce=True, chosen=True)
        if conversation.with_handler:
            return notice  # the call handler holds the conversation: the assistant says nothing
        metadata: dict[str, Any] = {CHANNEL_KEY: channel, ANSWER_LANGUAGE_KEY: code}
        return notice + (await self.turns.take(conversation, LANGUAGE_CHANGED, metadata)).said

    async def say(
        self, conversation_id: str, response: str, buttons: Sequence[tuple[str, str]] = (), **values: Any
    ) -> StoredMessage:
        """The hub's own notice (`response`), in the conversation's language, pushed to the person;
        `buttons` are (response naming the title, payload)."""
        conversation = await self.conversation(conversation_id)
        language = conversation.answer_language
        offered = [{"title": self.texts.render(title, language), "payload": payload} for title, payload in buttons]
        text = self.texts.render(response, language, **values)
        return await self.push(conversation_id, SYSTEM, text, offered, language=language, conversation=conversation)

    async def conversation(self, conversation_id: str) -> Conversation:
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
        conversation = conversation or await self.conversation(conversation_id)
        message = await self.db.run(
            lambda c: store.append_message(c, conversation_id, sender, text, buttons, pushed=True, language=language)
        )
        await self.deliver(conversation, [message])
        return message

    async def deliver(self, conversation: Conversation, pushed: list[StoredMessage]) -> list[StoredMessage]:
        """Messages stored as pushed reach the person: the live streams are woken (web chat's reads them),
        and channels that send by themselves (SMS, WhatsApp, Telegram) send them."""
        if not pushed:
            return pushed
        self.notifier.notify(conversation_topic(conversation.id))
        self.notifier.notify(person_topic(conversation.id))
        deliver = self.deliverers.get(conversation.channel)
        if deliver is not None:
            await deliver(conversation.id, pushed)
        return pushed
