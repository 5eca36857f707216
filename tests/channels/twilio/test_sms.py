"""SMS through Twilio (its stand-in) with the real assistant: loose about the assistant's words (they
are still being written), strict about the channel: numbered menus and what chooses from them, keywords,
STOP, media, retries, ordering, and what reaches the assistant (read back from Rasa's tracker)."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from tests.channels.texting.people import TwilioPhone, new_message_sid, numbered_options
from tests.support.standins import StandIns

# The assistant's opening menu; its wording may change, so tests need only some of it.
MENU_WORDS = ("Report something", "Find a helpline", "Talk to a person")


def opening(phone: TwilioPhone) -> dict[str, int]:
    """Starts the conversation; returns the numbered menu it ends with ({title: number})."""
    replies = phone.say("START")
    options = numbered_options(replies)
    assert options, replies
    return options


def payload_of(phone: TwilioPhone, title: str) -> str:
    """The payload of the button called `title` that the assistant last offered (from the transcript)."""
    for row in reversed(phone.hub.transcript(phone.conversation_id)):
        for button in row.buttons or []:
            if button["title"] == title:
                return str(button["payload"])
    raise AssertionError(f"no button {title!r} was offered")


def heard(phone: TwilioPhone) -> list[str]:
    return phone.hub.assistant_heard(phone.conversation_id)


def test_a_first_text_reaches_the_assistant_and_buttons_become_a_numbered_menu(stack_phone: TwilioPhone) -> None:
    replies = stack_phone.say("START")
    menu = [reply for reply in replies if "Reply 1 for " in reply]
    assert len(menu) == 1 and menu[0] == replies[-1]  # the menu comes last, under its question
    options = numbered_options(replies)
    assert sorted(options.values()) == list(range(1, len(options) + 1))
    assert any(word in options for word in MENU_WORDS), options
    assert heard(stack_phone) == ["/start_conversation"]


def test_replies_come_from_the_service_number_with_a_status_callback(stack_phone: TwilioPhone, standins: StandIns) -> None:
    stack_phone.say("hello")
    sent = standins.twilio.messages_to(stack_phone.number)
    assert sent
    assert all(message.from_ == stack_phone.service_number for message in sent)
    assert all(message.status_callback == stack_phone.hub.public_base_url + "/webhooks/twilio/status" for message in sent)


def test_a_number_chooses_the_option_and_the_assistant_gets_its_payload(stack_phone: TwilioPhone) -> None:
    options = opening(stack_phone)
    title, number = max(options.items(), key=lambda option: option[1])
    payload = payload_of(stack_phone, title)
    assert stack_phone.say(str(number))
    assert heard(stack_phone)[-1] == payload
    # The transcript shows the chosen option, not the number.
    assert stack_phone.hub.said_by_person(stack_phone.conversation_id)[-1] == title


def test_the_options_words_choose_it_too(stack_phone: TwilioPhone) -> None:
    options = opening(stack_phone)
    title = next(iter(options))
    payload = payload_of(stack_phone, title)
    stack_phone.say(f"  {title.upper()}! ")
    assert heard(stack_phone)[-1] == payload
    assert stack_phone.hub.said_by_person(stack_phone.conversation_id)[-1] == title


def test_a_number_with_nothing_on_offer_is_just_text(stack_phone: TwilioPhone) -> None:
    options = opening(stack_phone)
    too_big = str(max(options.values()) + 1)
    stack_phone.say(too_big)
    assert heard(stack_phone)[-1] == too_big


def test_twilio_retrying_a_message_sid_gets_it_processed_once(stack_phone: TwilioPhone) -> None:
    opening(stack_phone)
    form = stack_phone.form("Something happened at the bus stop", sid=new_message_sid())
    before = len(heard(stack_phone))
    first = stack_phone.post(form)
    replies = stack_phone.new_replies()
    again = stack_phone.post(form)
    assert first.status_code == again.status_code == 200
    assert replies
    assert stack_phone.new_replies() == []  # the answer was not sent twice
    assert heard(stack_phone)[before:] == ["Something happened at the bus stop"]
    assert stack_phone.hub.said_by_person(stack_phone.conversation_id).count("Something happened at the bus stop") == 1


def test_stop_stops_every_message_until_start(stack_phone: TwilioPhone) -> None:
    hub = stack_phone.hub
    opening(stack_phone)
    assert stack_phone.say("STOP") == [hub.says("utter_hub_sms_stopped")]
    before = len(heard(stack_phone))
    assert stack_phone.say("I want to report something") == []  # not answered, and not passed on
    assert len(heard(stack_phone)) == before
    assert stack_phone.say("START") == [hub.says("utter_hub_sms_started")]
    assert stack_phone.say("what helplines are there?")
    assert heard(stack_phone)[-1] == "what helplines are there?"


def test_help_is_answered_by_the_hub_with_the_emergency_number(stack_phone: TwilioPhone) -> None:
    help_text = stack_phone.say("HELP")
    assert help_text == [stack_phone.hub.says("utter_hub_sms_help")] and "999" in help_text[0]
    assert heard(stack_phone) == []  # the assistant never heard of it
    stack_phone.say("STOP")
    assert stack_phone.say("help") == help_text  # HELP is answered even after STOP


def test_when_twilio_answers_opt_out_keywords_itself_the_hub_only_records_them(stack_phone: TwilioPhone) -> None:
    stack_phone.say("hello")
    assert stack_phone.say("STOP", OptOutType="STOP") == []
    assert stack_phone.say("are you there") == []
    assert stack_phone.say("START", OptOutType="START") == []
    assert stack_phone.say("Find a helpline")


def test_person_and_menu_send_the_assistant_words_it_understands(stack_phone: TwilioPhone) -> None:
    stack_phone.say("hello")
    before = len(heard(stack_phone))
    assert stack_phone.say("PERSON")
    # (With nobody on duty the hub then tells the assistant so: /handoff_unavailable.)
    assert heard(stack_phone)[before] == "I want to talk to a person"
    before = len(heard(stack_phone))
    replies = stack_phone.say("MENU")
    assert heard(stack_phone)[before:] == ["start again"]
    assert numbered_options(replies)


def test_a_photo_alone_goes_to_the_assistant_as_an_attachment_and_is_not_kept(stack_phone: TwilioPhone) -> None:
    replies = stack_phone.say("", NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME1", MediaContentType0="image/jpeg")
    assert replies
    assert heard(stack_phone) == ["/attachment_received"]
    shown = stack_phone.hub.said_by_person(stack_phone.conversation_id)
    assert shown == [stack_phone.hub.says("utter_hub_attachment_placeholder")]
    assert "ME1" not in str(stack_phone.hub.tracker(stack_phone.conversation_id))


def test_a_photo_with_words_sends_the_words_and_the_hub_explains_the_photo(stack_phone: TwilioPhone) -> None:
    replies = stack_phone.say("this is him", NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME2")
    assert heard(stack_phone) == ["this is him"]
    assert len(replies) >= 2 and replies[-1] == stack_phone.hub.says("utter_hub_attachment_not_supported")


def test_an_empty_message_gets_a_helpful_reply_from_the_hub(stack_phone: TwilioPhone) -> None:
    assert stack_phone.say("   ") == [stack_phone.hub.says("utter_hub_empty_message")]
    assert heard(stack_phone) == []


def test_a_1600_character_message_is_taken_whole(stack_phone: TwilioPhone) -> None:
    body = ("It started last year when my neighbour began shouting at me. " * 30)[:1600]
    assert stack_phone.say(body)
    assert heard(stack_phone)[-1] == body.strip()


def test_a_failing_twilio_is_retried_until_it_recovers(stack_phone: TwilioPhone, standins: StandIns) -> None:
    standins.twilio.failures.fail_next(3, status=503)
    try:
        started = time.monotonic()
        stack_phone.text("hello")
        replies = stack_phone.new_replies()
        assert replies and numbered_options(replies)  # the whole answer, in order, menu last
        assert standins.twilio.failures.failed == 3
        assert time.monotonic() - started < 15
        rows = stack_phone.hub.outbox(stack_phone.conversation_id)
        assert [row.status for row in rows] == ["sent"] * len(replies)
        assert rows[0].attempts == 4  # three failures, then sent
    finally:
        standins.twilio.failures.reset()


def test_twilios_own_opt_out_error_stops_the_number(stack_phone: TwilioPhone, standins: StandIns) -> None:
    stack_phone.say("hello")
    standins.twilio.unsubscribed.add(stack_phone.number)
    try:
        assert stack_phone.say("Find a helpline") == []
    finally:
        standins.twilio.unsubscribed.discard(stack_phone.number)
    assert stack_phone.say("still there?") == []  # recorded as STOP: nothing is sent until START
    assert stack_phone.say("START") == [stack_phone.hub.says("utter_hub_sms_started")]


def test_quick_texts_from_a_new_number_are_all_handled_one_at_a_time(stack_phone: TwilioPhone) -> None:
    forms = [stack_phone.form(f"message {n}") for n in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(lambda form: stack_phone.post(form).status_code, forms))
    assert statuses == [200] * 4
    replies = stack_phone.new_replies()
    transcript = stack_phone.hub.transcript(stack_phone.conversation_id)
    said = [row.text for row in transcript if row.sender == "person"]
    assert sorted(said) == [f"message {n}" for n in range(4)]
    assert heard(stack_phone) == said  # the assistant heard them in the order they were stored
    # Each was answered before the next was taken up: person, answer(s), person, answer(s)...
    senders = [row.sender for row in transcript]
    assert senders[0] == "person" and all(
        senders[i + 1] == "assistant" for i, sender in enumerate(senders) if sender == "person"
    ), senders
    assert len(replies) == sum(1 for row in transcript if row.sender == "assistant")


def test_the_webhook_does_not_wait_for_twilio_and_the_message_is_stored_first(
    stack_phone: TwilioPhone, standins: StandIns
) -> None:
    standins.twilio.failures.fail_next(10_000, status=500)  # Twilio down until reset() below
    try:
        stack_phone.text("is anyone reading this")
        # Answered while Twilio is still failing: nothing has gone out, and the message is stored.
        assert stack_phone.received() == []
        assert stack_phone.hub.said_by_person(stack_phone.conversation_id) == ["is anyone reading this"]
        assert any(row.status == "pending" for row in stack_phone.hub.outbox(stack_phone.conversation_id))
    finally:
        standins.twilio.failures.reset()
    assert stack_phone.new_replies()  # once Twilio is back
