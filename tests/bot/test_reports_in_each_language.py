"""Every language, through the real hub, Rasa and action server, as a person using the web chat would.

For each of the 13 languages: a whole report typed and pressed in that language, danger at the opening and in
the middle of the account, and a change of language half way that keeps the answers. What the person types is
in tests/bot/data/reports_in_each_language.yml; buttons are pressed by payload, which is the same in every
language, or typed as their titles read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import yaml

from bot.languages.supported import LANGUAGES, language
from tests.support.chat import ChatPerson
from tests.test_reporting_through_the_hub import reference_in, stored_report

PEOPLE: dict[str, dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "reports_in_each_language.yml").read_text(encoding="utf-8")
)
CODES = sorted(PEOPLE)
# The numbers and names of the emergency routes, which no translation may change.
EMERGENCY_ROUTES = ("999", "55", "BSL", "18000")
ENGLISH_TITLES = {"Send it", "Report something", "Hate incident", "Stay anonymous", "Shop"}


def test_the_table_covers_every_language_we_offer() -> None:
    assert set(CODES) == {lang.code for lang in LANGUAGES} - {"en"}


def assert_all_in(code: str, messages: list[dict[str, Any]]) -> None:
    """Every message the assistant sent is marked as written in the language, with no English button."""
    assert messages, "the assistant said nothing"
    for message in messages:
        assert message.get("language") == code, f"not in {code}: {message['text']!r}"
    english = ENGLISH_TITLES & {b["title"] for m in messages for b in m.get("buttons") or []}
    assert code == "en" or not english, f"English buttons in a {code} conversation: {english}"


def begin_report(person: ChatPerson, code: str) -> list[dict[str, Any]]:
    """Opens the conversation in the language and reaches the first question of a hate incident report."""
    heard = person.say(PEOPLE[code]["opening"])
    assert heard[0]["language"] == code, f"the opening was not taken as {code}: {heard[0]['text']!r}"
    if any("/report_incident" in b["payload"] for b in person.offered_buttons()):
        heard += person.press("/report_incident")
    heard += person.press('"incident_kind":"hate"')
    heard += person.press('"reporter_role":"victim"')
    heard += person.press('"hate_motivation":"race"')
    return heard


def assert_emergency_answer(code: str, replies: list[dict[str, Any]]) -> None:
    said = " ".join(r["text"] for r in replies)
    for route in EMERGENCY_ROUTES:
        assert route in said, f"the emergency answer in {code} lacks {route}: {said!r}"
    assert "999" in replies[0]["text"], "the emergency answer must come before anything else"
    assert_all_in(code, replies)


def answer_the_rest(person: ChatPerson, skip: str) -> None:
    """Skips every question left, staying anonymous, until the review."""
    for _ in range(15):
        payloads = " ".join(b["payload"] for b in person.offered_buttons())
        if "review_decision" in payloads:
            return
        if "contact_preference" in payloads:
            person.press('"contact_preference":"anonymous"')
        else:
            person.say(skip)
    pytest.fail(f"never reached the review; last: {person.last_text!r}")


@pytest.mark.parametrize("code", CODES)
def test_a_whole_report_in_the_language(hub_url: str, database: sa.engine.Engine, code: str) -> None:
    words = PEOPLE[code]
    person = ChatPerson(hub_url)
    person.start()
    heard = begin_report(person, code)
    for part in words["account"]:
        heard += person.say(part)
    heard += person.say(words["done"])
    heard += person.say(words["when"])
    heard += person.say(person.title_of('"place_type":"shop"'))  # typed as the button reads
    heard += person.say("Highfields, Leicester")  # a place name: must not flip the language
    heard += person.say(words["who"])
    heard += person.press('"ongoing":"once"')
    heard += person.say(words["skip"])  # witnesses or evidence
    heard += person.press('"contact_preference":"anonymous"')
    heard += person.press('"consent_share":"police_and_support"')
    assert_all_in(code, heard)
    summary = person.last_text
    assert words["account"][0] in summary and "Highfields" in summary
    assert "Hate incident" not in summary, "the summary names the kind in English"
    person.press('"review_decision":"send"')
    assert_all_in(code, person.last_messages)

    report = stored_report(database, reference_in(person))
    assert report["language"] == code
    answers = report["answers"]
    assert all(part in answers["account"] for part in words["account"]), "the account is kept as written"
    assert answers["place_type"] == "shop" and answers["ongoing"] == "once"
    assert answers["contact_preference"] == "anonymous" and answers["consent_share"] == "police_and_support"
    assert "race" in str(answers["hate_motivation"])


@pytest.mark.parametrize("code", CODES)
def test_danger_at_the_opening_gets_the_emergency_answer_in_the_language(hub_url: str, code: str) -> None:
    person = ChatPerson(hub_url)
    person.start()
    assert_emergency_answer(code, person.say(PEOPLE[code]["danger_opening"]))


@pytest.mark.parametrize("code", CODES)
def test_danger_inside_the_account_is_answered_in_the_language_and_the_words_kept(
    hub_url: str, database: sa.engine.Engine, code: str
) -> None:
    words = PEOPLE[code]
    person = ChatPerson(hub_url)
    person.start()
    begin_report(person, code)
    person.say(words["account"][0])
    assert_emergency_answer(code, person.say(words["danger_account"]))
    person.say(words["done"])
    person.say(words["skip"])
    answer_the_rest(person, words["skip"])
    person.press('"review_decision":"send"')
    report = stored_report(database, reference_in(person))
    assert words["danger_account"] in report["answers"]["account"]
    assert report["danger"]


@pytest.mark.parametrize("code", CODES)
def test_changing_language_half_way_keeps_the_answers(hub_url: str, database: sa.engine.Engine, code: str) -> None:
    words = PEOPLE[code]
    person = ChatPerson(hub_url)
    person.start()
    begin_report(person, code)
    person.say(words["account"][0])
    person.say(words["language"])  # the language keyword, in the language, inside the account
    assert {"English", language(code).own_name} <= set(person.button_titles())
    replies = person.press('"language": "en"')
    assert replies[0]["language"] == "en" and replies[-1]["language"] == "en"
    person.say("done")
    answer_the_rest(person, "skip")
    summary = person.last_text
    assert "Hate incident" in summary and "Race" in summary and words["account"][0] in summary
    person.choose("Send it")
    report = stored_report(database, reference_in(person))
    assert report["answers"]["reporter_role"] == "victim" and words["account"][0] in report["answers"]["account"]


# Romanised Urdu, Hindi and Punjabi (answered in English): danger, help, a person, stop and yes/no.
@pytest.mark.parametrize("text", [
    "woh abhi mere ghar ke bahar chaku le ke khada hai",  # Urdu/Hindi: he is outside my house with a knife now
    "oh hun mere ghar de bahar chaku lai ke khada hai",  # Punjabi
    "mujhe madad chahiye abhi",  # I need help now
])
def test_romanised_danger_and_help_get_the_emergency_answer(hub_url: str, text: str) -> None:
    person = ChatPerson(hub_url)
    person.start()
    assert_emergency_answer("en", person.say(text))


@pytest.mark.parametrize("text", ["mujhe kisi insaan se baat karni hai", "mainu kise bande naal gal karni hai"])
def test_romanised_asking_for_a_person_is_understood(hub_url: str, text: str) -> None:
    person = ChatPerson(hub_url)
    person.start()
    replies = person.say(text)
    # Understood as asking for a person: queued, or told at once that nobody is on duty (whether a handler
    # is signed in depends on the console tests that shared this stack).
    said = replies[0]["text"]
    assert "call handler" in said or "nobody on duty to join this chat" in said, said


def test_romanised_yes_no_and_stop_inside_a_report(hub_url: str) -> None:
    person = ChatPerson(hub_url)
    person.start()
    person.say("my neighbour keeps shouting racist abuse at me every day")
    assert any("confirmed" in b["payload"] for b in person.offered_buttons())
    person.say("haan ji")  # yes: the kind is right, and the report goes on to who is reporting
    assert any("reporter_role" in b["payload"] for b in person.offered_buttons()), person.last_text
    person.say("report band karo")  # stop the report
    assert any("stop_choice" in b["payload"] for b in person.offered_buttons()), person.last_text

    other = ChatPerson(hub_url)
    other.start()
    other.say("my neighbour keeps shouting racist abuse at me every day")
    other.say("nahi")  # no: choose another kind
    assert any("incident_kind" in b["payload"] for b in other.offered_buttons()), other.last_text
