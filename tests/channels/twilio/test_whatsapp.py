"""WhatsApp through Twilio: the same webhook, told apart by the "whatsapp:" prefix."""
from __future__ import annotations

from tests.channels.texting.people import TwilioPhone
from tests.support.standins import StandIns
from tests.support.standins.assistant import ScriptedAssistant


def test_a_whatsapp_conversation_with_a_numbered_menu(whatsapp_phone: TwilioPhone, standins: StandIns) -> None:
    opening = whatsapp_phone.say("START")
    assert len(opening) == 1 and "Reply 2 for I saw it happen" in opening[0]
    sent = standins.twilio.messages_to(f"whatsapp:{whatsapp_phone.number}")[-1]
    assert sent.from_ == f"whatsapp:{whatsapp_phone.service_number}"
    replies = whatsapp_phone.say("2")
    assert replies[-1] == "What happened?"
    assert all(len(reply) <= 1600 for reply in replies)


def test_whatsapp_and_sms_from_one_number_are_two_conversations(
    whatsapp_phone: TwilioPhone, standins: StandIns
) -> None:
    sms = TwilioPhone(whatsapp_phone.hub, standins.twilio, whatsapp_phone.number, "+447700900000")
    assert sms.conversation_id != whatsapp_phone.conversation_id
    whatsapp_phone.say("hello from whatsapp")
    assert sms.say("hello from sms") == ["You said: hello from sms"]


def test_cancel_is_a_word_on_whatsapp_not_an_opt_out(whatsapp_phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    assert whatsapp_phone.say("cancel") == ["You said: cancel"]
    assert len(whatsapp_phone.say("STOP")) == 1
    assert whatsapp_phone.say("hello") == []


def test_a_shared_location_is_not_taken_and_gets_a_helpful_reply(
    whatsapp_phone: TwilioPhone, assistant: ScriptedAssistant
) -> None:
    replies = whatsapp_phone.say("", MessageType="location", Latitude="52.6369", Longitude="-1.1398")
    assert len(replies) == 1 and "photos or files" in replies[0]
    assert "52.6369" not in str(assistant.received.all())


def test_an_unknown_message_type_is_answered_not_an_error(whatsapp_phone: TwilioPhone) -> None:
    assert len(whatsapp_phone.say("", MessageType="reaction-of-the-future")) == 1


def test_help_on_whatsapp_goes_to_the_assistant(whatsapp_phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    assert whatsapp_phone.say("help") == ["You said: help"]
