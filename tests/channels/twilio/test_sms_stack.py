"""SMS and WhatsApp with the real assistant (the whole stack). Loose about the assistant's words (they
are still being written), strict about the channel: numbered menus, numbers that choose, segments."""
from __future__ import annotations

from typing import Optional

import sqlalchemy as sa

from bot.storage.schema import messages, reports
from channels.texting.segments import count_segments, prefer_gsm7
from tests.channels.texting.people import TwilioPhone, numbered_options, without_menu
from tests.channels.webchat.support import ACCOUNT, next_move, reference_in
from tests.support.standins import StandIns

MAX_TURNS = 45
# Long enough to make the summary before sending a reply of more than three SMS segments (the summary
# quotes up to 300 characters of it).
LONG_ACCOUNT = (
    "A man shouted abuse at me about my religion at the bus stop on Humberstone Road. "
    "He pushed me and I dropped my bag. "
    "Other people were waiting there but nobody helped. "
    "It has happened twice before at the same stop. "
    "I am scared to go there now."
)


def make_a_report(phone: TwilioPhone, replies: Optional[list[str]] = None) -> tuple[str, int]:
    """Answers the assistant as a person would, choosing options by their number only, from the start
    (or from `replies`, the last ones received). Returns the report's reference and how many choices were
    made by number."""
    replies = phone.say("Hi") if replies is None else replies
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
            replies = phone.say(LONG_ACCOUNT if move.value == ACCOUNT else move.value)
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


def sms_parts(phone: TwilioPhone, standins: StandIns) -> dict[int, list[str]]:
    """What was sent for each transcript message: {message id: [SMS bodies, in order]} (from the outbox's
    dedup keys, msg:<message id>:<part>, and the provider ids the Twilio stand-in gave the sends)."""
    bodies = {sent.sid: sent.body for sent in standins.twilio.messages_to(phone.number)}
    parts: dict[int, list[tuple[int, str]]] = {}
    for row in phone.hub.outbox(phone.conversation_id):
        kind, message_id, index = row.dedup_key.rsplit(":", 2) if row.dedup_key.startswith("msg:") else ("", "0", "0")
        if kind == "msg" and row.provider_id in bodies:
            parts.setdefault(int(message_id), []).append((int(index), bodies[row.provider_id]))
    return {message_id: [body for _, body in sorted(found)] for message_id, found in parts.items()}


def test_long_replies_are_split_at_sentence_or_line_ends_into_messages_of_at_most_three_segments(
    stack_phone: TwilioPhone, standins: StandIns
) -> None:
    make_a_report(stack_phone)
    hub = stack_phone.hub
    sent = sms_parts(stack_phone, standins)
    split = 0
    for row in hub.transcript(stack_phone.conversation_id):
        if row.sender == "person":
            continue
        parts = sent[row.id]
        assert all(count_segments(part).segments <= 3 for part in parts), parts
        menu = [hub.says("utter_hub_menu_option", number=n, title=b["title"]) for n, b in enumerate(row.buttons or [], 1)]
        text = prefer_gsm7(row.text)
        # Together the messages say all of it, in order, menu last.
        assert " ".join(parts).split() == prefer_gsm7(" ".join([text, *menu])).split()
        if len(parts) > 1:
            split += 1
            lines = {line.strip() for line in text.splitlines()}
            for part in parts[:-1]:
                ends_sentence = part.rstrip()[-1] in ".!?"
                ends_line = part.splitlines()[-1].strip() in lines or text.find(part.splitlines()[-1].strip() + "\n") >= 0
                assert ends_sentence or ends_line, f"split mid-sentence: {part!r}"
    assert split, "no reply of the report was long enough to be split: make LONG_ACCOUNT longer"


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
