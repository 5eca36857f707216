"""The interruption rules come from one list (actions/form_base.py INTERRUPTION_ANSWERS): the committed
file is what that list makes, and every form has one way out for every intent its validator lets interrupt."""
from __future__ import annotations

from collections import Counter
from typing import Any

import yaml

from actions import interruption_rules
from actions.form_base import FREE_TEXT_INTERRUPTIONS, INTERRUPTION_ANSWERS, SHORT_ANSWER_INTERRUPTIONS
from bot.assistant_contract import CONTACT_GIVEN, HUB_INTENTS
from bot.config import PROJECT_ROOT

TRAINING = PROJECT_ROOT / "data" / "training"


def _all_rules() -> list[dict[str, Any]]:
    return [
        rule
        for path in sorted(TRAINING.rglob("*.yml"))
        for rule in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("rules") or []
    ]


def test_the_committed_rules_are_the_ones_the_list_makes() -> None:
    assert interruption_rules.RULES_PATH.read_text(encoding="utf-8") == interruption_rules.render(), (
        "data/training/interruption_rules.yml is out of date: run `make rules`"
    )
    assert interruption_rules.main(["--check"]) == 0


def test_every_message_the_hub_sends_interrupts_a_form_and_free_text_interrupts_less() -> None:
    assert HUB_INTENTS <= INTERRUPTION_ANSWERS.keys()
    assert FREE_TEXT_INTERRUPTIONS <= SHORT_ANSWER_INTERRUPTIONS


def test_each_answer_is_an_action_or_response_of_the_domain(domain: dict[str, Any]) -> None:
    known = set(domain["actions"]) | set(domain["responses"])
    assert set(INTERRUPTION_ANSWERS.values()) - known == set()


def test_every_form_has_exactly_one_rule_for_each_interruption_it_does_not_take_in(domain: dict[str, Any]) -> None:
    """What a validator lets interrupt, Rasa must have a rule for, or the form would be rejected into nothing."""
    starts = Counter(
        (condition["active_loop"], rule["steps"][0]["intent"])
        for rule in _all_rules()
        for condition in rule.get("condition") or []
        if "active_loop" in condition and "intent" in rule["steps"][0]
    )
    for form in domain["forms"]:
        taken = interruption_rules.taken_in_by_the_form(domain, form)
        for intent in SHORT_ANSWER_INTERRUPTIONS:
            assert starts[(form, intent)] == (0 if intent in taken else 1), (form, intent)


def test_contact_details_are_taken_in_by_the_report_and_answered_elsewhere(domain: dict[str, Any]) -> None:
    """report_form's contact_ref is filled from contact_given's entity; the other forms must answer it."""
    pairs = {(form, intent) for form, intent, _ in interruption_rules.interruptions(domain)}
    assert ("report_form", CONTACT_GIVEN) not in pairs
    assert {("stop_form", CONTACT_GIVEN), ("addition_form", CONTACT_GIVEN)} <= pairs


def test_an_interruption_answers_and_goes_back_to_the_form_that_was_asking(domain: dict[str, Any]) -> None:
    rule = next(r for r in interruption_rules.rules(domain) if r["steps"][0] == {"intent": "ask_bot"})
    form = rule["condition"][0]["active_loop"]
    assert rule["steps"][1:] == [{"action": "utter_i_am_a_bot"}, {"action": form}, {"active_loop": form}]
