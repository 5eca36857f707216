"""Events read back from JSON are the same events after bot/rasa_plugins/event_types.py replaced Rasa's
walk of every Event subclass with a look-up: a whole conversation's events, stored as the SQL tracker
store stores them, come back equal, and names Rasa treats specially still are."""
from __future__ import annotations

import json

import pytest
from rasa.shared.core.events import (
    ActionExecuted, ActiveLoop, BotUttered, Event, SessionStarted, SlotSet, UserUttered, deserialise_events,
)
from rasa.shared.utils.common import all_subclasses

from bot.rasa_plugins import event_types

CONVERSATION = [
    ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"),
    UserUttered("/report_incident", {"name": "report_incident", "confidence": 1.0}),
    ActionExecuted("report_form"), ActiveLoop("report_form"), SlotSet("requested_slot", "incident_kind"),
    BotUttered("What would you like to report?", {"buttons": [{"title": "Hate", "payload": '/choose{"incident_kind":"hate"}'}]}),
]


def test_the_rasa_server_loads_the_look_up_with_its_nlg_module() -> None:
    import bot.rasa_plugins.localised_nlg  # noqa: F401  (endpoints.yml makes the Rasa server import it)

    assert Event.resolve_by_type is event_types.resolve_by_type


def test_a_stored_conversation_reads_back_as_the_same_events() -> None:
    event_types.apply()
    stored = [json.loads(json.dumps(event.as_dict())) for event in CONVERSATION]

    assert deserialise_events(stored) == CONVERSATION
    assert deserialise_events(stored) == CONVERSATION  # the second time from the table


def test_every_event_type_resolves_to_the_class_rasa_finds() -> None:
    event_types.apply()
    for cls in all_subclasses(Event):
        assert Event.resolve_by_type(cls.type_name) is event_types.RASA_RESOLVE_BY_TYPE(cls.type_name, None)


def test_names_rasa_handles_itself_are_still_handled() -> None:
    event_types.apply()

    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", SlotSet) is SlotSet
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")
