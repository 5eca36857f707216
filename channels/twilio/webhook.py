"""Twilio's webhooks on the hub: `POST /webhooks/twilio` (SMS and WhatsApp) and `/webhooks/twilio/status`.

Every request must carry a valid X-Twilio-Signature. An inbound message is answered with empty TwiML
once it is in the transcript and its replies are queued; the replies go out through Twilio's API
(channels.twilio.sender), retried until they are accepted."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from aiohttp import web
from multidict import MultiDictProxy
from twilio.twiml.messaging_response import MessagingResponse

from bot.app_keys import DATABASE, SETTINGS
from bot.storage import outbox as queue
from channels.texting.flow import IncomingText, TextingChannel
from channels.texting.http import refuse
from channels.texting.keywords import CHAT_APP_KEYWORDS, SMS_KEYWORDS
from channels.texting.rendering import NumberedMenus
from channels.texting.segments import fits_characters, fits_sms_segments
from channels.texting.service import TEXTING, enable_channels, texting_service
from bot.texts import TextCatalogue
from channels.twilio.config import SMS, WHATSAPP, TwilioConfig, is_phone_number, split_address
from channels.twilio.config import load as load_twilio_config
from channels.twilio.sender import TwilioTransport
from channels.twilio.signature import signed_form

# A reply is split into messages of at most this many SMS segments (459 GSM-7 characters, 201 UCS-2).
SMS_MAX_SEGMENTS = 3
# Twilio's limit for one message body (WhatsApp's own is longer).
WHATSAPP_MAX_CHARACTERS = 1600
# "SM" (or "MM" with media) and 32 hex digits.
_MESSAGE_SID = re.compile(r"^(SM|MM)[0-9a-fA-F]{32}$")
_EMPTY_TWIML = MessagingResponse().to_xml()
# WhatsApp's message types (Twilio's MessageType) that carry no words of their own.
NOT_WORDS = frozenset({"image", "video", "audio", "document", "sticker", "location", "contacts", "unknown"})


@dataclass(frozen=True)
class TwilioChannel:
    config: Optional[TwilioConfig]
    # Why the channel is off, when it is: the routes say so (503) instead of pretending not to exist.
    problem: str


TWILIO = web.AppKey("twilio", TwilioChannel)


def _config(request: web.Request) -> TwilioConfig:
    state = request.app[TWILIO]
    if state.config is None:
        raise refuse(web.HTTPServiceUnavailable, "channel_not_configured", state.problem)
    return state.config


def _twiml() -> web.Response:
    return web.Response(text=_EMPTY_TWIML, content_type="text/xml")


def _has_attachment(form: MultiDictProxy[str]) -> bool:
    """Media (MMS, WhatsApp photos, voice notes...) or a shared location or contact card (WhatsApp)."""
    raw = form.get("NumMedia", "0").strip() or "0"
    if not raw.isdigit():
        raise refuse(web.HTTPBadRequest, "invalid_num_media", "NumMedia must be a whole number.")
    return int(raw) > 0 or "Latitude" in form or form.get("MessageType", "text") in NOT_WORDS


def incoming_text(form: MultiDictProxy[str], config: TwilioConfig) -> IncomingText:
    """The message in Twilio's form fields, or the 4xx that says what is wrong with them."""
    sid = (form.get("MessageSid") or form.get("SmsMessageSid") or "").strip()
    sender, recipient = form.get("From", ""), form.get("To", "")
    missing = [name for name, value in (("MessageSid", sid), ("From", sender), ("To", recipient)) if not value.strip()]
    if missing:
        raise refuse(web.HTTPBadRequest, "missing_fields", "Missing form fields: " + ", ".join(missing) + ".")
    if not _MESSAGE_SID.match(sid):
        raise refuse(web.HTTPBadRequest, "invalid_message_sid", "MessageSid is not a Twilio message id.")
    channel, address = split_address(sender)
    to_channel, to_number = split_address(recipient)
    if to_channel != channel or to_number != config.our_number(channel):
        raise refuse(web.HTTPNotFound, "unknown_number", "This message was not sent to one of this service's numbers.")
    if not is_phone_number(address):
        raise refuse(web.HTTPBadRequest, "invalid_sender", "From is not a phone number.")
    return IncomingText(
        channel=channel,
        address=address,
        external_id=f"twilio:{sid}",
        text=form.get("Body", ""),
        has_attachment=_has_attachment(form),
        # With Twilio's opt-out handling on, Twilio has answered STOP, START and HELP itself.
        provider_answered_keyword=bool(form.get("OptOutType")),
    )


async def receive_message(request: web.Request) -> web.Response:
    config = _config(request)
    form = await signed_form(request, config)
    await request.app[TEXTING].receive(incoming_text(form, config))
    return _twiml()


async def receive_status(request: web.Request) -> web.Response:
    """Delivery receipts for what we sent: kept on the outbox row (for operators), nothing else."""
    config = _config(request)
    form = await signed_form(request, config)
    sid, status = form.get("MessageSid", "").strip(), form.get("MessageStatus", "").strip()
    if not sid or not status:
        raise refuse(web.HTTPBadRequest, "missing_fields", "MessageSid and MessageStatus are required.")
    error = form.get("ErrorCode", "").strip()
    await request.app[DATABASE].run(
        lambda c: queue.record_provider_status(c, sid[:64], status, f"twilio error {error[:12]}" if error else None)
    )
    return web.Response(status=204)


def _channels(config: TwilioConfig, wording: TextCatalogue) -> list[TextingChannel]:
    channels = []
    if config.sms_number:
        menus = NumberedMenus(fits_sms_segments(SMS_MAX_SEGMENTS), wording, prefer_gsm7=True)
        channels.append(TextingChannel(SMS, SMS_KEYWORDS, menus))
    if config.whatsapp_number:
        menus = NumberedMenus(fits_characters(WHATSAPP_MAX_CHARACTERS), wording)
        channels.append(TextingChannel(WHATSAPP, CHAT_APP_KEYWORDS, menus))
    return channels


def setup(app: web.Application) -> None:
    config, problem = load_twilio_config(app[SETTINGS])
    app[TWILIO] = TwilioChannel(config, problem)
    app.router.add_post("/webhooks/twilio", receive_message)
    app.router.add_post("/webhooks/twilio/status", receive_status)
    if config is not None:
        wording = texting_service(app).wording
        enable_channels(app, _channels(config, wording), lambda: TwilioTransport(config))
