"""Typed answers to buttons: numbers (SMS menus), titles, synonyms, several at once, skips."""
from __future__ import annotations

from typing import Any, Sequence

import pytest

from actions.choices import (
    NOT_GIVEN,
    Choice,
    is_done,
    is_skip,
    match_choice,
    match_several,
    offered_choices,
    parse_payload,
)


def _picked(text: str, choices: Sequence[Choice]) -> Choice:
    """The one choice the text means; the test fails here, naming the text, when it means none."""
    choice = match_choice(text, choices)
    assert choice is not None, text
    return choice


def test_payloads_are_parsed() -> None:
    assert parse_payload('/choose{"place_type":"street"}') == ("choose", {"place_type": "street"})
    assert parse_payload("/report_incident") == ("report_incident", {})
    assert parse_payload("not a payload") == (None, {})


@pytest.mark.parametrize(
    "typed, value",
    [("2", "street"), ("option 3", "public_transport"), ("Pub or club", "pub_or_club"), ("it was on the bus", "public_transport"),
     ("the first one", "home"), ("online", "online"), ("somewhere else", "other"), ("11", "other")],
)
def test_a_place_can_be_typed(domain: dict[str, Any], typed: str, value: str) -> None:
    choices = offered_choices(domain, "utter_ask_place_type", {})
    assert _picked(typed, choices).value_for("place_type") == value


def test_numbers_out_of_range_and_unrelated_text_match_nothing(domain: dict[str, Any]) -> None:
    choices = offered_choices(domain, "utter_ask_place_type", {})
    assert match_choice("12", choices) is None
    assert match_choice("purple elephants", choices) is None


def test_yes_no_and_not_sure_answer_the_kind_check(domain: dict[str, Any]) -> None:
    choices = offered_choices(domain, "utter_confirm_kind", {"suggested_kind": "stalking"})
    assert _picked("yes", choices).value_for("incident_kind") == "confirmed"
    assert _picked("no", choices).value_for("incident_kind") == "choose_another"
    assert _picked("I'm not sure", choices).value_for("incident_kind") == "not_sure"


def test_several_reasons_for_a_hate_incident(domain: dict[str, Any]) -> None:
    choices = offered_choices(domain, "utter_ask_hate_motivation", {})
    values = lambda text: [c.value_for("hate_motivation") for c in match_several(text, choices)]
    assert values("1 and 2") == ["race", "religion"]
    assert values("religion, race") == ["race", "religion"]
    assert values("disability") == ["disability"]
    assert values("1 and banana") == []


def test_the_variation_shown_decides_the_numbers(domain: dict[str, Any]) -> None:
    for_hate = offered_choices(domain, "utter_ask_field_to_change", {"incident_kind": "hate"})
    for_others = offered_choices(domain, "utter_ask_field_to_change", {"incident_kind": "stalking"})
    assert for_hate[1].value_for("field_to_change") == "hate_motivation"
    assert for_others[1].value_for("field_to_change") == "reporter_role"


@pytest.mark.parametrize("typed", ["skip", "Don't know", "prefer not to say", "I'm not sure", "idk"])
def test_skips(typed: str) -> None:
    assert is_skip(typed)


def test_done_ends_an_account_but_a_long_message_mentioning_it_does_not() -> None:
    assert is_done("Done.")
    assert is_done("that's all")
    assert not is_done("he said that's all you're good for and then he left", intent="done")


def test_every_choice_question_offers_buttons_with_choose_payloads(domain: dict[str, Any]) -> None:
    for name, variations in domain["responses"].items():
        for variation in variations:
            for button in variation.get("buttons") or []:
                intent, entities = parse_payload(button["payload"])
                assert intent, (name, button)
                assert NOT_GIVEN not in entities.values()
