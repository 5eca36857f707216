"""SMS and WhatsApp with the real assistant (the whole stack). Loose about the assistant's words (they
are still being written), strict about the channel: numbered menus, numbers that choose, segments."""
from __future__ import annotations

import sqlalchemy as sa

from bot.storage.schema import messages, reports
from channels.texting.segments import count_segments
from tests.channels.texting.people import TwilioPhone, numbered_options, without_menu
from tests.channels.webchat.support import next_move, reference_in

MAX_TURNS = 45


def make_a_report(phone: TwilioPhone) -> tuple[str, int]:
    """Answers the assistant as a person would, choosing options by their number only.
    Returns the report's reference and how many choices were made by number."""
    replies = phone.say("Hi")
    numbers_used = 0
    for _turn in range(MAX_TURNS):
        reference = reference_in(replies)
        if reference:
            return reference, numbers_used
        options = numbered_options(replies)
        said = [without_menu(reply) for reply in replies if without_menu(reply)]
        move = next_move(said, list(options))
        if move.kind == "choose":
            numbers_used += 1
            replies = phone.say(str(options[move.value]))
        else:
            replies = phone.say(move.value)
        assert replies, "the assistant answered nothing"
    raise AssertionError(f"no report reference after {MAX_TURNS} turns; last replies: {replies}")


def test_a_whole_report_by_sms_with_numbered_replies(stack_phone: TwilioPhone) -> None:
    reference, numbers_used = make_a_report(stack_phone)
    assert numbers_used >= 3
    everything = stack_phone.received()
    assert all(count_segments(text).segments <= 3 for text in everything)
    assert not any("/" + "choose" in text or "payload" in text for text in everything)
    with stack_phone.hub.engine.connect() as connection:
        report = connection.execute(
            sa.select(reports.c.channel, reports.c.conversation_id).where(reports.c.reference == reference.replace(" ", ""))
        ).first()
        said = connection.execute(
            sa.select(messages.c.text).where(
                messages.c.conversation_id == stack_phone.conversation_id, messages.c.sender == "person"
            )
        ).scalars().all()
    assert report is not None and report.channel == "sms"
    assert report.conversation_id == stack_phone.conversation_id
    # The transcript shows the options' words where the person typed their numbers.
    assert not any(text.strip().isdigit() for text in said)


def test_stop_then_start_with_the_real_assistant(stack_phone: TwilioPhone) -> None:
    assert numbered_options(stack_phone.say("Hi"))
    stopped = stack_phone.say("STOP")
    assert len(stopped) == 1 and "START" in stopped[0]
    assert stack_phone.say("I want to report something") == []
    assert len(stack_phone.say("START")) == 1
    assert stack_phone.say("I want to report something")


def test_a_whatsapp_conversation_with_the_real_assistant(stack_whatsapp_phone: TwilioPhone) -> None:
    opening = stack_whatsapp_phone.say("Hi")
    options = numbered_options(opening)
    assert options, opening
    first = next(iter(options))
    replies = stack_whatsapp_phone.say("1")
    assert replies and replies != opening
    assert all(len(reply) <= 1600 for reply in replies)
    with stack_whatsapp_phone.hub.engine.connect() as connection:
        said = connection.execute(
            sa.select(messages.c.text).where(
                messages.c.conversation_id == stack_whatsapp_phone.conversation_id, messages.c.sender == "person"
            ).order_by(messages.c.id)
        ).scalars().all()
    assert said[-1] == first
