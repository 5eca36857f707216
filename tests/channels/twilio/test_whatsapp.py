"""WhatsApp through Twilio (its stand-in) with the real assistant: the same webhook, told apart by the
"whatsapp:" prefix; chat-app keywords; locations and other message types."""
from __future__ import annotations

from tests.channels.texting.people import TwilioPhone, numbered_options
from tests.support.standins import SMS_NUMBER, StandIns


def test_a_whatsapp_conversation_with_a_numbered_menu_from_our_whatsapp_number(
    stack_whatsapp_phone: TwilioPhone, standins: StandIns
) -> None:
    phone = stack_whatsapp_phone
    options = numbered_options(phone.say("START"))
    assert options
    sent = standins.twilio.messages_to(f"whatsapp:{phone.number}")
    assert sent and all(message.from_ == f"whatsapp:{phone.service_number}" for message in sent)
    title, number = next(iter(options.items()))
    replies = phone.say(str(number))
    assert replies and all(len(reply) <= 1600 for reply in replies)
    assert phone.hub.said_by_person(phone.conversation_id)[-1] == title


def test_whatsapp_and_sms_from_one_number_are_two_conversations(stack_whatsapp_phone: TwilioPhone, standins: StandIns) -> None:
    whatsapp = stack_whatsapp_phone
    sms = TwilioPhone(whatsapp.hub, standins.twilio, whatsapp.number, SMS_NUMBER)
    assert sms.conversation_id != whatsapp.conversation_id
    assert whatsapp.say("hello from whatsapp")
    assert sms.say("hello from sms")
    assert whatsapp.hub.assistant_heard(whatsapp.conversation_id) == ["hello from whatsapp"]
    assert sms.hub.assistant_heard(sms.conversation_id) == ["hello from sms"]
    assert standins.twilio.messages_to(whatsapp.number) and standins.twilio.messages_to(f"whatsapp:{whatsapp.number}")


def test_cancel_is_a_word_on_whatsapp_not_an_opt_out(stack_whatsapp_phone: TwilioPhone) -> None:
    phone = stack_whatsapp_phone
    assert phone.say("cancel")
    assert phone.hub.assistant_heard(phone.conversation_id) == ["cancel"]
    assert phone.say("STOP") == [phone.hub.says("utter_hub_sms_stopped")]
    assert phone.say("hello") == []


def test_a_shared_location_is_not_taken_and_gets_a_helpful_reply(stack_whatsapp_phone: TwilioPhone) -> None:
    phone = stack_whatsapp_phone
    assert phone.say("", MessageType="location", Latitude="52.6369", Longitude="-1.1398")
    assert phone.hub.assistant_heard(phone.conversation_id) == ["/attachment_received"]
    assert "52.6369" not in str(phone.hub.tracker(phone.conversation_id))
    assert "52.6369" not in str(phone.hub.transcript(phone.conversation_id))


def test_an_unknown_message_type_is_answered_not_an_error(stack_whatsapp_phone: TwilioPhone) -> None:
    assert stack_whatsapp_phone.say("", MessageType="reaction-of-the-future")


def test_help_on_whatsapp_goes_to_the_assistant_and_slash_help_to_the_hub(stack_whatsapp_phone: TwilioPhone) -> None:
    phone = stack_whatsapp_phone
    assert phone.say("help")
    assert phone.hub.assistant_heard(phone.conversation_id) == ["help"]
    assert phone.say("/help") == [phone.hub.says("utter_hub_sms_help")]
    assert phone.hub.assistant_heard(phone.conversation_id) == ["help"]
