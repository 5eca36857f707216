"""Whole conversations through the hub's chat API, against the real assistant, checking what was stored.

Assertions about the assistant's words are about what a person must be told (999, a reference number,
that a report was kept or deleted), not about exact wording, which will be translated."""
from __future__ import annotations

import re
from typing import Any, Optional

import pytest
import sqlalchemy as sa

from bot.launcher import Stack
from bot.storage.references import parse_reference
from bot.storage.schema import chat_sessions, messages, report_additions, reports
from bot.identity import token_hash
from tests.support.chat import ChatPerson

REFERENCE = re.compile(r"\b\d{4} \d{4} \d{4}\b")
KIND_BUTTONS = {
    "hate": "Hate incident",
    "domestic_abuse": "Domestic abuse",
    "stalking": "Stalking",
    "sexual_violence": "Sexual violence",
    "honour_based_abuse": "Honour-based abuse",
    "not_sure": "not sure what this is",
}


def reference_in(person: ChatPerson) -> str:
    match = REFERENCE.search(person.last_text)
    assert match, f"no reference number in {person.last_text!r}"
    reference = parse_reference(match.group(0))
    assert reference, "the reference shown does not pass its own check digit"
    return reference


def stored_report(database: sa.engine.Engine, reference: str) -> dict[str, Any]:
    with database.connect() as connection:
        row = connection.execute(sa.select(reports).where(reports.c.reference == reference)).mappings().first()
    assert row is not None, f"no report stored under {reference}"
    return dict(row)


def conversation_of(database: sa.engine.Engine, person: ChatPerson) -> str:
    assert person.session_id
    with database.connect() as connection:
        return str(
            connection.execute(
                sa.select(chat_sessions.c.conversation_id).where(chat_sessions.c.token_hash == token_hash(person.session_id))
            ).scalar_one()
        )


def skip_to_review(person: ChatPerson, account: str = "Someone shouted abuse at me.") -> None:
    """Answers the account, then skips or takes the first choice until the review is reached."""
    for _ in range(30):
        titles = person.button_titles()
        if "Send it" in titles:
            return
        text = person.last_text.lower()
        if "in your own words" in text:
            person.say(account)
            person.say("done")
        elif "stay anonymous" in " ".join(titles).lower():
            person.choose("Stay anonymous")
        elif titles:
            person.say("skip")
        else:
            person.say("skip")
    pytest.fail(f"never reached the review; last: {person.last_text!r}")


def report_a_hate_crime(person: ChatPerson) -> str:
    """A whole report of a hate crime, every question answered, up to pressing "Send it"; the summary shown."""
    person.choose("Report something")
    person.choose("Hate incident")
    person.choose("It happened to me")
    person.choose("Religion or belief")
    assert "own words" in person.last_text
    person.say("Two men pulled at my hijab outside the shop and called me a terrorist.")
    person.say("One of them spat at me as they walked off.")
    person.say("done")
    person.say("last Saturday afternoon")
    person.choose("Shop")
    person.say("Highfields, Leicester")
    person.say("Two white men in their twenties, one in a red tracksuit")
    person.choose("It happened once")
    person.say("The shopkeeper saw it and there is CCTV")
    person.choose("Stay anonymous")
    person.choose("Police and a support service")
    assert "Send it" in person.button_titles()
    summary = person.last_text
    person.choose("Send it")
    return summary


def test_a_hate_crime_report_from_start_to_reference(person: ChatPerson, database: sa.engine.Engine) -> None:
    summary = report_a_hate_crime(person)
    assert "Religion or belief" in summary and "Highfields" in summary
    reference = reference_in(person)

    report = stored_report(database, reference)
    assert report["kind"] == "hate" and report["status"] == "submitted"
    assert report["conversation_id"] == conversation_of(database, person)
    assert report["channel"] == "web"
    assert report["contact_encrypted"] is None
    answers = report["answers"]
    assert "pulled at my hijab" in answers["account"] and "spat at me" in answers["account"]
    assert answers["place_type"] == "shop" and answers["area"] == "Highfields, Leicester"
    assert answers["consent_share"] == "police_and_support"
    assert "religion" in str(answers["hate_motivation"])


def test_a_whole_report_leaves_no_error_in_the_assistants_log(stack: Stack, hub_url: str) -> None:
    """An ERROR in a normal conversation is either a fault or noise that hides the next fault (Rasa used
    to log one for every button with entities in its payload, on every turn: issue 13)."""
    assert stack.log_dir is not None
    log = stack.log_dir / "rasa.log"
    already_written = log.stat().st_size
    person = ChatPerson(hub_url)
    person.start()

    report_a_hate_crime(person)

    reference_in(person)
    whole_log = log.read_bytes()
    assert b"Rasa server is up and running" in whole_log[:already_written], "not the Rasa server's log"
    written = whole_log[already_written:].decode(errors="replace").splitlines()
    assert [line for line in written if re.search(r"\bERROR\b|Traceback", line)] == []

@pytest.mark.parametrize("kind", sorted(KIND_BUTTONS))
def test_every_kind_of_report_can_be_made_skipping_every_question(
    hub_url: str, database: sa.engine.Engine, kind: str
) -> None:
    person = ChatPerson(hub_url)
    person.start()
    person.choose("Report something")
    person.choose(KIND_BUTTONS[kind])
    skip_to_review(person)
    person.choose("Send it")
    report = stored_report(database, reference_in(person))
    assert report["kind"] == kind and report["status"] == "submitted"
    skipped = [field for field in ("when_happened", "area", "offender", "evidence") if report["answers"].get(field) is None]
    assert skipped == ["when_happened", "area", "offender", "evidence"]


def test_a_story_is_understood_checked_and_kept_as_the_start_of_the_account(
    person: ChatPerson, database: sa.engine.Engine
) -> None:
    person.say("my ex keeps turning up at my work and waiting for me outside")
    assert "stalking" in person.last_text.lower()
    person.choose("Yes")
    skip_to_review(person, account="He follows me to the bus stop too.")
    person.choose("Send it")
    report = stored_report(database, reference_in(person))
    assert report["kind"] == "stalking"
    assert report["answers"]["account"].startswith("my ex keeps turning up at my work")
    assert "bus stop" in report["answers"]["account"]


def test_an_answer_can_be_changed_before_sending(person: ChatPerson, database: sa.engine.Engine) -> None:
    person.choose("Report something")
    person.choose("Domestic abuse")
    skip_to_review(person)
    person.choose("Change an answer")
    person.choose("When")
    person.say("every weekend since March")
    assert "every weekend since March" in person.last_text
    person.choose("Send it")
    report = stored_report(database, reference_in(person))
    assert report["answers"]["when_happened"] == "every weekend since March"


def test_stopping_half_way_can_keep_a_partial_report(person: ChatPerson, database: sa.engine.Engine) -> None:
    person.choose("Report something")
    person.choose("Stalking")
    person.choose("It happened to me")
    person.say("He sends me hundreds of messages every night.")
    person.say("stop report")
    assert person.button_titles(), "stopping must ask whether to keep or delete"
    person.choose("Keep")
    report = stored_report(database, reference_in(person))
    assert report["status"] == "partial" and "hundreds of messages" in report["answers"]["account"]


def test_stopping_half_way_can_delete_what_was_said(
    stack: Stack, person: ChatPerson, database: sa.engine.Engine
) -> None:
    person.choose("Report something")
    person.choose("Sexual violence")
    person.choose("It happened to me")
    person.say("It happened at a party last month.")
    person.say("stop report")
    person.choose("Delete")
    assert not REFERENCE.search(person.last_text)
    conversation = conversation_of(database, person)
    with database.connect() as connection:
        kept = connection.execute(sa.select(reports.c.id).where(reports.c.conversation_id == conversation)).all()
        said = connection.execute(
            sa.select(messages.c.text).where(messages.c.conversation_id == conversation, messages.c.sender == "person")
        ).scalars().all()
    assert kept == []
    assert not any("party last month" in text for text in said)
    # Nor does the assistant's own memory (Rasa's tracker store) keep the words.
    tracker = sa.create_engine(stack.settings.tracker_database_url)
    with tracker.connect() as connection:
        remembered = connection.execute(
            sa.text("SELECT count(*) FROM events WHERE sender_id = :id AND data LIKE '%party last month%'"),
            {"id": conversation},
        ).scalar()
    tracker.dispose()
    assert remembered == 0


EMERGENCY_FACTS = ("999", "55", "BSL", "18000")


def assert_emergency_answer(text: str) -> None:
    for fact in EMERGENCY_FACTS:
        assert fact in text, f"the emergency answer lacks {fact}: {text!r}"


def test_danger_in_the_middle_of_the_form_gets_the_emergency_answer_first(person: ChatPerson) -> None:
    person.choose("Report something")
    person.choose("Domestic abuse")
    person.choose("It happened to me")
    person.say("He hit me last week.")
    person.say("done")
    assert "When did it happen" in person.last_text
    replies = person.say("he's outside the door now with a knife")
    assert_emergency_answer(replies[0]["text"] + " " + person.last_text)
    assert "999" in replies[0]["text"], "the emergency answer must come before anything else"
    # Then the report carries on where it was.
    assert "When did it happen" in person.last_text or any("carry on" in t.lower() for t in person.button_titles())


def test_danger_inside_the_account_is_answered_and_the_words_are_kept(
    person: ChatPerson, database: sa.engine.Engine
) -> None:
    person.choose("Report something")
    person.choose("Domestic abuse")
    person.choose("It happened to me")
    replies = person.say("he has been hitting me for months and now he says he is going to kill me tonight")
    assert_emergency_answer(" ".join(r["text"] for r in replies))
    person.say("done")
    skip_to_review(person)
    person.choose("Send it")
    report = stored_report(database, reference_in(person))
    assert "going to kill me tonight" in report["answers"]["account"]
    assert report["danger"] is True or report["danger"] == 1


def test_adding_to_an_earlier_report_reveals_nothing_of_it(
    hub_url: str, person: ChatPerson, database: sa.engine.Engine
) -> None:
    person.choose("Report something")
    person.choose("Hate incident")
    skip_to_review(person, account="Graffiti on my door saying go home.")
    person.choose("Send it")
    reference = reference_in(person)

    later = ChatPerson(hub_url)
    later.start()
    later.choose("Add to an earlier report")
    later.say("1234 5678 9012")  # not a reference (fails its check digit)
    assert "Graffiti" not in later.last_text
    later.say(" ".join(reference[i : i + 4] for i in (0, 4, 8)))
    assert "Graffiti" not in later.last_text and "hate" not in later.last_text.lower()
    later.say("They came back last night and did it again.")
    later.say("done")
    with database.connect() as connection:
        additions = connection.execute(
            sa.select(report_additions.c.text).join(reports).where(reports.c.reference == reference)
        ).scalars().all()
    assert any("came back last night" in text for text in additions)


def test_asking_for_a_person_with_nobody_on_duty_is_answered_honestly(person: ChatPerson) -> None:
    person.say("I want to talk to a real person")
    text = person.last_text.lower()
    assert "helpline" in text or any("helpline" in t.lower() for t in person.button_titles())


def test_helplines_match_the_kind_and_use_only_verified_numbers(person: ChatPerson) -> None:
    person.say("where can I get help with hate crime")
    text = person.heard_since_start() if hasattr(person, "heard_since_start") else " ".join(person.heard)
    assert "0800 138 1625" in text  # Stop Hate UK, from the verified list


@pytest.mark.parametrize("unclear", ["purple monkey dishwasher", "what's the weather like"])
def test_a_message_not_understood_still_points_to_999(person: ChatPerson, unclear: str) -> None:
    # It may have been a cry for help in words the assistant does not know.
    replies = person.say(unclear)
    assert "call 999" in " ".join(message["text"] for message in replies)


def test_two_misunderstandings_offer_a_way_out(person: ChatPerson) -> None:
    person.say("purple monkey dishwasher")
    person.say("qwertyuiop asdfgh")
    offered = " ".join(person.button_titles()).lower() + " " + person.last_text.lower()
    assert "person" in offered and "helpline" in offered


def test_a_restart_of_the_assistant_loses_no_conversation(stack: Stack, person: ChatPerson) -> None:
    person.choose("Report something")
    person.choose("Stalking")
    person.choose("It happened to me")
    person.say("He follows me home from the station.")
    person.say("done")
    assert "When did it happen" in person.last_text
    stack.restart("rasa")
    person.say("since September")
    assert "What kind of place" in person.last_text
