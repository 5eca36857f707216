"""SMS through Twilio against the hub with a scripted assistant: the channel's behaviour, exactly."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from bot.storage.schema import messages
from channels.texting.segments import count_segments
from tests.channels.texting.people import TwilioPhone, new_message_sid
from tests.support.standins import StandIns
from tests.support.standins.assistant import OPENING, ScriptedAssistant


def test_a_first_text_reaches_the_assistant_and_buttons_become_a_numbered_menu(phone: TwilioPhone) -> None:
    replies = phone.say("START")
    assert len(replies) == 1
    assert replies[0].startswith(OPENING)
    assert "Reply 1 for It happened to me" in replies[0]
    assert "Reply 3 for Talk to a person" in replies[0]


def test_replies_come_from_the_service_number_with_a_status_callback(phone: TwilioPhone, standins: StandIns) -> None:
    phone.say("hello")
    sent = standins.twilio.messages_to(phone.number)[-1]
    assert sent.from_ == phone.service_number
    assert sent.status_callback == phone.hub.public_base_url + "/webhooks/twilio/status"


def test_a_number_chooses_the_option_and_the_assistant_gets_its_payload(
    phone: TwilioPhone, assistant: ScriptedAssistant
) -> None:
    phone.say("START")
    replies = phone.say("2")
    assert replies[-1] == "What happened?"
    assert assistant.received.all()[-1]["text"] == '/choose{"reporter_role": "witness"}'


def test_the_options_words_choose_it_too(phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    phone.say("START")
    phone.say("it happened to me")
    assert assistant.received.all()[-1]["text"] == '/choose{"reporter_role": "victim"}'


def test_the_transcript_shows_the_chosen_option_not_the_number(phone: TwilioPhone) -> None:
    phone.say("START")
    phone.say("1")
    with phone.hub.engine.connect() as connection:
        said = connection.execute(
            sa.select(messages.c.text).where(messages.c.conversation_id == phone.conversation_id, messages.c.sender == "person")
        ).scalars().all()
    assert said[-1] == "It happened to me"


def test_a_long_reply_is_split_into_messages_of_at_most_three_segments_at_sentence_ends(phone: TwilioPhone) -> None:
    phone.say("START")
    replies = phone.say("1")
    assert len(replies) >= 3  # a ~800-character answer, then the next question
    assert all(count_segments(reply).segments <= 3 for reply in replies)
    assert all(reply.rstrip().endswith((".", "?")) for reply in replies)


def test_twilio_retrying_a_message_sid_gets_it_processed_once(phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    phone.say("START")
    sid = new_message_sid()
    form = phone.form("Something happened at the bus stop", sid=sid)
    before = len(assistant.received.all())
    first = phone.post(form)
    replies = phone.new_replies()
    again = phone.post(form)
    assert first.status_code == again.status_code == 200
    assert phone.new_replies() == []  # the answer was not sent twice
    assert len(assistant.received.all()) == before + 1
    assert len(replies) == 1


def test_stop_stops_every_message_until_start(phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    phone.say("START")
    stopped = phone.say("STOP")
    assert len(stopped) == 1 and "START" in stopped[0]
    before = len(assistant.received.all())
    assert phone.say("hello?") == []  # not answered (nothing may be sent) and not passed on
    assert len(assistant.received.all()) == before
    started = phone.say("START")
    assert len(started) == 1
    assert phone.say("hello again") == ["You said: hello again"]


def test_help_is_answered_by_the_hub_with_the_emergency_number(phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    before = len(assistant.received.all())
    help_text = phone.say("HELP")
    assert len(help_text) == 1 and "999" in help_text[0]
    assert len(assistant.received.all()) == before


def test_when_twilio_answers_opt_out_keywords_itself_the_hub_only_records_them(phone: TwilioPhone) -> None:
    phone.say("hello")
    assert phone.say("STOP", OptOutType="STOP") == []
    assert phone.say("are you there") == []
    assert phone.say("START", OptOutType="START") == []
    assert phone.say("back") == ["You said: back"]


def test_person_and_menu_send_the_assistant_words_it_understands(phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    phone.say("PERSON")
    assert assistant.received.all()[-1]["text"] == "I want to talk to a person"
    replies = phone.say("MENU")
    assert assistant.received.all()[-1]["text"] == "start again"
    assert "Reply 1 for" in replies[0]


def test_a_photo_gets_a_helpful_reply_and_is_not_kept(phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    replies = phone.say("", NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME1", MediaContentType0="image/jpeg")
    assert len(replies) == 1 and "photos or files" in replies[0]
    assert assistant.received.all()[-1]["text"] == "/attachment_received"


def test_a_photo_with_words_sends_the_words_and_explains_the_photo(phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    replies = phone.say("this is him", NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME2")
    assert replies[0] == "You said: this is him"
    assert "photos or files" in replies[1]


def test_an_empty_message_gets_a_helpful_reply(phone: TwilioPhone) -> None:
    replies = phone.say("   ")
    assert len(replies) == 1 and "empty" in replies[0].lower()


def test_a_1600_character_message_is_taken(phone: TwilioPhone, assistant: ScriptedAssistant) -> None:
    body = ("It started last year when my neighbour began shouting at me. " * 30)[:1600]
    replies = phone.say(body)
    assert replies and replies[0].startswith("You said: It started")
    assert assistant.received.all()[-1]["text"] == body.strip()


def test_a_failing_twilio_is_retried_until_it_recovers(phone: TwilioPhone, standins: StandIns) -> None:
    standins.twilio.failures.fail_next(3, status=503)
    started = time.monotonic()
    phone.text("are you there")
    replies = phone.new_replies()
    assert replies == ["You said: are you there"]
    assert standins.twilio.failures.failed == 3
    assert time.monotonic() - started < 15
    standins.twilio.failures.reset()


def test_twilios_own_opt_out_error_stops_the_number(phone: TwilioPhone, standins: StandIns) -> None:
    phone.say("hello")
    standins.twilio.unsubscribed.add(phone.number)
    try:
        assert phone.say("anyone?") == []
    finally:
        standins.twilio.unsubscribed.discard(phone.number)
    assert phone.say("still there?") == []  # recorded as STOP: nothing is sent until START
    assert len(phone.say("START")) == 1


def test_quick_texts_from_a_new_number_are_all_handled_in_order(phone: TwilioPhone) -> None:
    forms = [phone.form(f"message {n}") for n in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(lambda form: phone.post(form).status_code, forms))
    assert statuses == [200] * 4
    replies = phone.new_replies()
    assert sorted(replies) == [f"You said: message {n}" for n in range(4)]


def test_the_webhook_does_not_wait_for_twilio_and_the_message_is_stored_first(phone: TwilioPhone, standins: StandIns) -> None:
    standins.twilio.failures.fail_for(2.0, status=500)
    try:
        started = time.monotonic()
        phone.text("is anyone reading this")
        assert time.monotonic() - started < 1.5  # answered while Twilio is still failing
        with phone.hub.engine.connect() as connection:
            said = connection.execute(
                sa.select(messages.c.text).where(messages.c.conversation_id == phone.conversation_id)
            ).scalars().all()
        assert said[0] == "is anyone reading this"
        assert phone.new_replies() == ["You said: is anyone reading this"]  # once Twilio is back
    finally:
        standins.twilio.failures.reset()
