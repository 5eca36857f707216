"""The menu typed as a number, misunderstanding twice, danger, and asking for a person."""
from __future__ import annotations

import re
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.danger import ActionEmergencyHelp
from actions.handoff import ActionHandoffEnded, ActionRequestHuman
from actions.menu import ActionMisunderstood, ActionPickOption
from bot.config import PROJECT_ROOT
from tests.actions.conftest import controls, make_tracker, responses


def _menu_event(domain: dict[str, Any]) -> dict[str, Any]:
    return {"event": "bot", "text": "What would you like to do?", "data": {"buttons": domain["responses"]["utter_menu"][0]["buttons"]}}


async def _picked(text: str, domain: dict[str, Any], events: list[dict[str, Any]]) -> str:
    result = await ActionPickOption().run(CollectingDispatcher(), make_tracker(text, "choose", events=events), domain)
    return result[0]["value"]


async def test_a_number_picks_from_the_latest_buttons(domain: dict[str, Any]) -> None:
    events = [_menu_event(domain)]
    assert await _picked("1", domain, events) == "report_incident"
    assert await _picked("option 4", domain, events) == "request_human"
    assert await _picked("Find a helpline", domain, events) == "find_helpline"
    assert await _picked("9", domain, events) == "not_offered"
    assert await _picked("2", domain, []) == "not_offered"


async def _misunderstood(domain: dict[str, Any], intents: list[str]) -> list[str]:
    events = [{"event": "user", "text": "x", "parse_data": {"intent": {"name": i}}} for i in intents[:-1]]
    dispatcher = CollectingDispatcher()
    await ActionMisunderstood().run(dispatcher, make_tracker("x", intents[-1], events=events), domain)
    return responses(dispatcher)


async def test_the_second_misunderstanding_in_a_row_offers_the_menu(domain: dict[str, Any]) -> None:
    assert await _misunderstood(domain, ["greet", "nlu_fallback"]) == ["utter_misunderstood_once"]
    assert await _misunderstood(domain, ["greet", "out_of_scope"]) == ["utter_out_of_scope"]
    assert await _misunderstood(domain, ["nlu_fallback", "out_of_scope"]) == ["utter_misunderstood_twice", "utter_menu"]


async def test_danger_is_flagged_and_answered_first(domain: dict[str, Any]) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionEmergencyHelp().run(dispatcher, make_tracker("he's outside", "danger_now", {"incident_kind": "stalking"}), domain)
    assert responses(dispatcher)[:2] == ["utter_emergency", "utter_emergency_routes"]
    # danger_fired: the hub records which flag fired and when, for the staff console's report view.
    assert controls(dispatcher) == [{"conversation": {"incident_kind": "stalking", "danger": True, "danger_fired": "danger_now"}}]
    assert events[0]["name"] == "danger_reported" and events[0]["value"] is True
    assert responses(dispatcher)[-1] == "utter_anything_else"


async def test_self_harm_also_gets_samaritans_and_other_danger_does_not(domain: dict[str, Any]) -> None:
    tracker = make_tracker("i've taken an overdose", "danger_now")
    tracker.latest_message["danger"] = {"category": "self_harm", "pattern": "overdose"}
    dispatcher = CollectingDispatcher()
    await ActionEmergencyHelp().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[:3] == ["utter_emergency", "utter_emergency_routes", "utter_emergency_samaritans"]
    other = make_tracker("he's got a knife", "danger_now")
    other.latest_message["danger"] = {"category": "weapon", "pattern": "weapon"}
    dispatcher = CollectingDispatcher()
    await ActionEmergencyHelp().run(dispatcher, other, domain)
    assert "utter_emergency_samaritans" not in responses(dispatcher)
    # Staff see the risk category that fired ("general" is no category: the plain flag).
    assert controls(dispatcher)[0]["conversation"]["danger_fired"] == "weapon"
    plain = make_tracker("i'm not safe", "danger_now")
    plain.latest_message["danger"] = {"category": "general", "pattern": "in_danger"}
    dispatcher = CollectingDispatcher()
    await ActionEmergencyHelp().run(dispatcher, plain, domain)
    assert controls(dispatcher)[0]["conversation"]["danger_fired"] == "danger_now"


async def test_get_help_now_gives_the_routes_without_flagging_danger_and_the_form_carries_on(domain: dict[str, Any]) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("get help now", "get_help_now", active_loop="report_form")
    assert await ActionEmergencyHelp().run(dispatcher, tracker, domain) == []
    assert controls(dispatcher) == []
    assert "utter_anything_else" not in responses(dispatcher)


async def test_a_person_is_requested_only_when_the_hub_says_one_can_come(domain: dict[str, Any]) -> None:
    slots = {"incident_kind": "hate", "danger_reported": True}
    dispatcher = CollectingDispatcher()
    await ActionRequestHuman().run(dispatcher, make_tracker("person", "request_human", slots, staff="available"), domain)
    assert controls(dispatcher) == [{"handoff": "requested", "incident_kind": "hate", "danger": True}]
    assert responses(dispatcher) == ["utter_handoff_queued"]

    # Outside the staffed hours, nobody on duty, or nothing said (not the hub): helplines instead.
    for staff in ("outside_hours", "nobody_on_duty", None):
        dispatcher = CollectingDispatcher()
        await ActionRequestHuman().run(dispatcher, make_tracker("person", "request_human", slots, staff=staff), domain)
        assert controls(dispatcher) == []
        assert responses(dispatcher)[0] == "utter_handoff_closed"
        assert "utter_helplines_access" in responses(dispatcher)


async def test_handing_back_carries_on_where_it_was(domain: dict[str, Any]) -> None:
    in_form = CollectingDispatcher()
    await ActionHandoffEnded().run(in_form, make_tracker("", "handoff_ended", active_loop="report_form"), domain)
    assert responses(in_form) == ["utter_handoff_back"]  # the form then asks its question again
    outside = CollectingDispatcher()
    await ActionHandoffEnded().run(outside, make_tracker("", "handoff_ended"), domain)
    assert responses(outside) == ["utter_handoff_back", "utter_anything_else"]


def test_every_response_an_action_names_exists_in_the_domain(domain: dict[str, Any]) -> None:
    named: set[str] = set()
    for path in (PROJECT_ROOT / "actions").glob("*.py"):
        named |= set(re.findall(r'"(utter_[a-z_]+)"', path.read_text()))
    named -= {"utter_ask_account_"}  # built from the role: utter_ask_account_witness / _third_party
    assert named - set(domain["responses"]) == set()
    assert {"utter_ask_account_witness", "utter_ask_account_third_party"} <= set(domain["responses"])


def test_the_hub_finds_every_response_it_needs(domain: dict[str, Any]) -> None:
    needed = {
        "utter_hub_message_too_long", "utter_hub_empty_message", "utter_hub_not_a_choice", "utter_hub_handoff_joined",
        "utter_hub_handoff_left", "utter_hub_waiting_cancelled", "utter_hub_still_waiting", "utter_hub_session_ended",
        "utter_hub_attachment_not_supported", "utter_hub_sms_help", "utter_hub_sms_stopped", "utter_hub_sms_started",
        "utter_hub_contact_sealed", "utter_hub_assistant_unavailable",
    }
    assert needed <= set(domain["responses"])
    assert "{max_chars}" in domain["responses"]["utter_hub_message_too_long"][0]["text"]
    # The hub fills no name in: each language words "a call handler" itself.
    assert "{" not in domain["responses"]["utter_hub_handoff_joined"][0]["text"]
