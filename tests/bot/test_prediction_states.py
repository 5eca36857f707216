"""A tracker's past states are worked out once per set of events (bot/rasa_plugins/prediction_states.py),
and every policy still gets exactly what Rasa's own method gives, to edit as it likes."""
from __future__ import annotations

from typing import Any, Iterator

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins import prediction_states

DOMAIN = Domain.from_dict({
    "intents": ["report_incident", "choose"],
    "entities": ["incident_kind"],
    "slots": {"incident_kind": {"type": "categorical", "values": ["hate", "assault"],
                                "mappings": [{"type": "from_entity", "entity": "incident_kind"}]}},
    "forms": {"report_form": {"required_slots": ["incident_kind"]}},
    "actions": ["validate_report_form"],
    "responses": {"utter_ask_incident_kind": [{"text": "What happened?"}]},
})
RULE_ONLY = {"slots": ["incident_kind"], "loops": []}


def conversation() -> list[Event]:
    return [
        ActionExecuted("action_listen"), UserUttered("I want to report", {"name": "report_incident"}),
        ActionExecuted("report_form"), ActiveLoop("report_form"), BotUttered("What happened?"),
        ActionExecuted("action_listen"),
        UserUttered('/choose{"incident_kind":"hate"}', {"name": "choose"},
                    entities=[{"entity": "incident_kind", "value": "hate"}]),
        SlotSet("incident_kind", "hate"),
    ]


@pytest.fixture
def replays(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times Rasa replayed the conversation to work the states out."""
    prediction_states.apply()
    counted: list[int] = []
    rasas = Domain.states_for_tracker_history

    def counting(self: Domain, tracker: DialogueStateTracker, **kwargs: Any) -> Any:
        counted.append(len(tracker.events))
        return rasas(self, tracker, **kwargs)

    monkeypatch.setattr(Domain, "states_for_tracker_history", counting)
    yield counted


@pytest.mark.parametrize("arguments", [{}, {"omit_unset_slots": True}, {"rule_only_data": RULE_ONLY},
                                       {"ignore_rule_only_turns": True, "rule_only_data": RULE_ONLY}])
def test_the_states_are_rasas_and_worked_out_once(replays: list[int], arguments: dict[str, Any]) -> None:
    tracker = DialogueStateTracker.from_events("someone", conversation(), slots=DOMAIN.slots)
    expected = prediction_states.RASA_PAST_STATES(tracker, DOMAIN, **arguments)
    replays.clear()

    assert tracker.past_states(DOMAIN, **arguments) == expected
    assert tracker.past_states(DOMAIN, **arguments) == expected
    assert replays == [len(conversation())]


def test_a_policy_editing_its_states_does_not_change_the_next_policys(replays: list[int]) -> None:
    tracker = DialogueStateTracker.from_events("someone", conversation(), slots=DOMAIN.slots)
    first = tracker.past_states(DOMAIN)
    expected = prediction_states.RASA_PAST_STATES(tracker, DOMAIN)
    for state in first:  # what the featurizer does to user turns
        state.get("user", {}).pop("intent", None)
        state.pop("slots", None)

    assert tracker.past_states(DOMAIN) == expected


def test_other_arguments_or_a_new_event_work_them_out_again(replays: list[int]) -> None:
    tracker = DialogueStateTracker.from_events("someone", conversation(), slots=DOMAIN.slots)
    tracker.past_states(DOMAIN)
    tracker.past_states(DOMAIN, rule_only_data=RULE_ONLY)
    tracker.update(ActionExecuted("validate_report_form"))
    after_the_action = tracker.past_states(DOMAIN)

    assert replays == [8, 8, 9]
    assert after_the_action == prediction_states.RASA_PAST_STATES(tracker, DOMAIN)
    assert after_the_action[-1]["prev_action"] == {"action_name": "validate_report_form"}


def test_the_rasa_server_loads_the_patch_with_its_nlg_module() -> None:
    import bot.rasa_plugins.localised_nlg  # noqa: F401  (endpoints.yml makes the Rasa server import it)

    assert DialogueStateTracker.past_states is prediction_states.past_states
