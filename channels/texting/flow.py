"""What happens to a text message, whichever app it came from (SMS, WhatsApp, Telegram).

The provider adapter checks the request is genuine and hands over an `IncomingText`. Here the address
becomes a pseudonym (the only id the router, Rasa and the staff ever see) and is kept sealed for
replies; keywords are acted on; a number or an option's words become the button's payload; the router
stores the message and asks the assistant; and the answer is queued in the outbox, which sends it.
Nothing is sent before the person's message is in the transcript, and nothing queued is lost."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Awaitable, Callable, Optional, Sequence

from sqlalchemy.engine import Connection

from bot import conversations as store
from bot.assistant_contract import ATTACHMENT_RECEIVED as ATTACHMENT_RECEIVED_INTENT
from bot.assistant_contract import START_CONVERSATION as START_CONVERSATION_INTENT
from bot.assistant_contract import command
from bot.conversations import StoredMessage
from bot.identity import Sealer, conversation_id_for
from bot.inbound import InboundRejected, clean_text
from bot.keyed_locks import KeyedLocks
from bot.languages.supported import ENGLISH
from bot.router import Inbound, Router, left_unanswered
from bot.storage import addresses
from bot.storage import outbox as queue
from bot.storage.database import Database
from bot.storage.outbox import NewOutboundMessage
from channels.texting.keywords import ASK_FOR_A_PERSON, START_AGAIN, Keyword, KeywordSet, recognise
from channels.texting.menus import choose, chosen_by_token
from channels.texting.rendering import OutboundPart, Renderer
from bot.texts import TextCatalogue

log = logging.getLogger(__name__)
START_CONVERSATION = command(START_CONVERSATION_INTENT)
# A photo or file: the assistant explains it cannot take them and asks for words instead.
ATTACHMENT_RECEIVED = command(ATTACHMENT_RECEIVED_INTENT)


@dataclass(frozen=True)
class TextingChannel:
    name: str  # SMS, WHATSAPP or TELEGRAM (bot.assistant_contract): the conversation's channel
    keywords: KeywordSet
    renderer: Renderer


@dataclass(frozen=True)
class IncomingText:
    channel: str
    # The phone number (E.164) or Telegram chat id: used here for the pseudonym and sealed, never stored.
    address: str
    # The provider's id for this delivery ("twilio:SM...", "telegram:<update_id>"): retries match it.
    external_id: str
    text: str = ""
    has_attachment: bool = False
    # A keyboard button that was pressed (Telegram), by its token.
    choice_token: Optional[str] = None
    # The provider has answered STOP, START or HELP itself (Twilio's opt-out handling): we only act.
    provider_answered_keyword: bool = False


class TextingFlow:
    def __init__(
        self,
        db: Database,
        router: Router,
        sealer: Sealer,
        secret_key: str,
        wording: TextCatalogue,
        channels: dict[str, TextingChannel],
        max_message_chars: int,
        queued: Callable[[], None],
        locks: KeyedLocks,
    ) -> None:
        self.db = db
        self.router = router
        self.sealer = sealer
        self.secret_key = secret_key
        self.wording = wording
        self.channels = channels
        self.max_message_chars = max_message_chars
        # Wakes the courier once something is queued.
        self.on_queued = queued
        self._one_at_a_time = locks

    def conversation_id(self, channel: str, address: str) -> str:
        return conversation_id_for(self.secret_key, channel, address)

    async def receive(self, incoming: IncomingText) -> None:
        conversation_id = self.conversation_id(incoming.channel, incoming.address)
        async with self._one_at_a_time.hold(conversation_id):
            await self._receive(incoming, conversation_id)

    async def _receive(self, incoming: IncomingText, conversation_id: str) -> None:
        channel = self.channels[incoming.channel]
        sealed = self.sealer.seal(incoming.address)
        record = await self.db.run(lambda c: addresses.remember(c, conversation_id, incoming.channel, sealed))
        reply = _Reply(self, channel, conversation_id, incoming.external_id)
        if await self._answered_before(reply):
            return
        keyword = recognise(incoming.text, channel.keywords, stopped=record.stopped) if incoming.text else None
        if await self._opt_out_rules(reply, incoming, keyword, record.stopped):
            return
        await self._converse(reply, incoming, keyword)

    async def _answered_before(self, reply: "_Reply") -> bool:
        """A delivery the provider retried: its answer is queued again (the outbox ignores what it has
        already), and the message is never processed twice. One stored by a try the database cut short
        (answered 503, nothing after it) goes on to the router, which answers it once (bot/router.py)."""
        assert reply.external_id is not None
        external_id, conversation_id = reply.external_id, reply.conversation_id

        def earlier_answered(connection: Connection) -> Optional[StoredMessage]:
            earlier = store.find_by_external_id(connection, conversation_id, external_id)
            if earlier is None or left_unanswered(connection, conversation_id, earlier):
                return None
            return earlier

        earlier = await self.db.run(earlier_answered)
        if earlier is None:
            return False
        await reply.stored(await self.db.run(lambda c: store.replies_to(c, conversation_id, earlier.id)))
        return True

    async def _opt_out_rules(
        self, reply: "_Reply", incoming: IncomingText, keyword: Optional[Keyword], stopped: bool
    ) -> bool:
        """STOP, HELP, and START after a STOP; True when the message has been dealt with."""
        conversation_id = reply.conversation_id
        confirm = not incoming.provider_answered_keyword
        if keyword is Keyword.STOP:
            await self.db.run(lambda c: addresses.set_stopped(c, conversation_id, True))
            if confirm:
                await reply.notice("utter_hub_sms_stopped", ignores_stop=True)
            return True
        if keyword is Keyword.HELP:
            if confirm:
                await reply.notice("utter_hub_sms_help", ignores_stop=True)
            return True
        if keyword is Keyword.START and stopped:
            await self.db.run(lambda c: addresses.set_stopped(c, conversation_id, False))
            if confirm:
                await reply.notice("utter_hub_sms_started")
            return True
        if stopped:
            # After STOP nothing is sent until START, so nothing could be answered either: the message
            # is not passed on (the person was told how to start again when they said STOP).
            log.info("a message on %s from a stopped address was not processed", incoming.channel)
            return True
        return False

    async def _converse(self, reply: "_Reply", incoming: IncomingText, keyword: Optional[Keyword]) -> None:
        """Everything else goes to the router (and the assistant, unless a person holds the conversation)."""
        said = incoming.text

        def inbound(rasa_text: str, shown_text: str) -> Inbound:
            return Inbound(reply.conversation_id, reply.channel.name, rasa_text, shown_text, incoming.external_id)

        if keyword is Keyword.START:
            # "Text START to ..." as advertised: the assistant's opening, as when a web chat opens.
            await reply.stored(await self._send(inbound(START_CONVERSATION, said)))
        elif keyword in (Keyword.RESTART, Keyword.PERSON):
            # Words the assistant understands, so that it (not the hub) decides what they do mid-report.
            await reply.stored(await self._send(inbound(START_AGAIN if keyword is Keyword.RESTART else ASK_FOR_A_PERSON, said)))
        elif incoming.choice_token is not None:
            await self._chosen_by_token(reply, incoming)
        elif said.strip():
            await self._text(reply, incoming)
            if incoming.has_attachment:
                await reply.notice("utter_hub_attachment_not_supported")
        elif incoming.has_attachment:
            shown = self.wording.render("utter_hub_attachment_placeholder")
            await reply.stored(await self._send(inbound(ATTACHMENT_RECEIVED, shown)))
        else:
            await reply.notice("utter_hub_empty_message")

    async def _text(self, reply: "_Reply", incoming: IncomingText) -> None:
        try:
            cleaned = clean_text(incoming.text, self.max_message_chars)
        except InboundRejected as problem:
            await reply.notice(problem.response, **problem.values)
            return
        offered = await self.db.run(lambda c: store.last_buttons(c, reply.conversation_id))
        button = choose(cleaned, offered)
        if button is not None:
            inbound = Inbound(reply.conversation_id, reply.channel.name, button["payload"], button["title"], incoming.external_id)
        else:
            inbound = Inbound(reply.conversation_id, reply.channel.name, cleaned, cleaned, incoming.external_id)
        await reply.stored(await self._send(inbound))

    async def _chosen_by_token(self, reply: "_Reply", incoming: IncomingText) -> None:
        offered = await self.db.run(lambda c: store.last_buttons(c, reply.conversation_id))
        button = chosen_by_token(incoming.choice_token or "", offered)
        if button is None:
            await reply.notice("utter_hub_not_a_choice")
            return
        inbound = Inbound(reply.conversation_id, reply.channel.name, button["payload"], button["title"], incoming.external_id)
        await reply.stored(await self._send(inbound))

    async def answer_language(self, conversation_id: str) -> str:
        """The language the conversation is answered in, for the hub's own notices."""
        conversation = await self.db.run(lambda c: store.get_conversation(c, conversation_id))
        return conversation.answer_language if conversation else ENGLISH

    async def _send(self, inbound: Inbound) -> list[StoredMessage]:
        return await self.router.receive(inbound)

    async def blocked(self, channel: str, address: str) -> None:
        """The person blocked us in their app (Telegram tells the bot): as good as STOP, without a reply."""
        conversation_id = self.conversation_id(channel, address)
        await self.db.run(lambda c: addresses.set_stopped(c, conversation_id, True))

    async def deliver(self, channel_name: str, conversation_id: str, messages: Sequence[StoredMessage]) -> None:
        """The router's Deliverer for a texting channel: messages pushed later (a call handler's)."""
        reply = _Reply(self, self.channels[channel_name], conversation_id, external_id=None)
        await reply.stored(messages)

    def deliverer(self, channel_name: str) -> Callable[[str, Sequence[StoredMessage]], Awaitable[None]]:
        async def deliver(conversation_id: str, messages: Sequence[StoredMessage]) -> None:
            await self.deliver(channel_name, conversation_id, messages)

        return deliver


@dataclass
class _Reply:
    """Queues what answers one inbound message (or one push), with keys that make retries harmless."""

    flow: TextingFlow
    channel: TextingChannel
    conversation_id: str
    external_id: Optional[str]

    async def stored(self, messages: Sequence[StoredMessage]) -> None:
        """Transcript messages: keyed by message id, so the same message is never queued twice."""
        outbound = [
            self._outbound(f"msg:{message.id}:{index}", part)
            for message in messages
            for index, part in enumerate(self.channel.renderer.render(message.text, message.buttons, message.language))
        ]
        await self._queue(outbound)

    async def notice(self, response: str, ignores_stop: bool = False, **values: object) -> None:
        """Something the hub says itself, keyed by the inbound message it answers."""
        assert self.external_id, "the hub's notices answer an inbound message"
        language = await self.flow.answer_language(self.conversation_id)
        text = self.flow.wording.render(response, language, **values)
        outbound = [
            self._outbound(f"{self.external_id}:{response}:{index}", part, ignores_stop)
            for index, part in enumerate(self.channel.renderer.render(text, (), language))
        ]
        await self._queue(outbound)

    def _outbound(self, dedup_key: str, part: OutboundPart, ignores_stop: bool = False) -> NewOutboundMessage:
        return NewOutboundMessage(
            dedup_key=dedup_key,
            conversation_id=self.conversation_id,
            channel=self.channel.name,
            body=part.text,
            choices=part.choices,
            ignores_stop=ignores_stop,
        )

    async def _queue(self, outbound: list[NewOutboundMessage]) -> None:
        if not outbound:
            return
        if await self.flow.db.run(lambda c: queue.enqueue(c, outbound)):
            self.flow.on_queued()
