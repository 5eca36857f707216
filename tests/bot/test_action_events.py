"""Rasa sends the action server the conversation's recent events only (bot/rasa_plugins/action_events.py),
and every read of the events SpeakUp's actions make gives on them what it gives on the whole conversation:
a long conversation is sent through the real RemoteAction to a stand-in endpoint that keeps the request,
and the actions' own functions read the rasa-sdk Tracker the action server would build from it."""
from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import EndpointConfig
from rasa_sdk import Tracker

from actions.menu import last_offered_buttons
from actions.tracker_facts import answer_language, channel, staff_available, user_intents_newest_first
from bot.rasa_plugins import action_events
from bot.rasa_plugins.action_events import recent_events

DOMAIN = Domain.from_dict({"slots": {name: {"type": "text", "mappings": [{"type": "custom"}]}
                                     for name in ("account", "evidence")}})
BUTTONS = {"buttons": [{"title": "Hate crime", "payload": '/choose{"incident_kind":"hate"}'}]}


def said(text: str, intent: str, **metadata: Any) -> UserUttered:
    return UserUttered(text, {"name": intent, "confidence": 1.0}, metadata=metadata,
                       parse_data={"intent": {"name": intent, "confidence": 1.0}, "entities": []})


def long_conversation(turns: int, buttons_at_the_end: bool) -> list[Event]:
    """A conversation of `turns` exchanges; the assistant's message with buttons comes first, and (or not)
    again in the latest exchange."""
    events: list[Event] = [ActionExecuted("action_listen"), BotUttered("What happened?", data=BUTTONS)]
    for turn in range(turns):
        events += [ActionExecuted("action_listen"), said(f"answer {turn}", f"intent_{turn}", channel="sms",
                                                         language="pl" if turn % 2 else "en", staff="available"),
                   ActionExecuted("validate_report_form"), SlotSet("account", f"answer {turn}"),
                   BotUttered(f"Question {turn}")]
    if buttons_at_the_end:
        events.append(BotUttered("Which one?", data=BUTTONS))
    return events + [ActionExecuted("action_listen"), said("the last one", "last", channel="web", language="gu"),
                     SlotSet("account", "x"), SlotSet("evidence", "none")]


class KeepingEndpoint(EndpointConfig):
    """An action endpoint that keeps the request it was sent and answers with nothing to do."""

    def __init__(self) -> None:
        super().__init__(url="http://action-server.invalid/webhook")
        self.sent: dict[str, Any] = {}

    async def request(self, method: str = "post", subpath: Any = None, content_type: Any = None,
                      compress: bool = False, **kwargs: Any) -> Any:
        self.sent = kwargs["json"]
        return {"events": [], "responses": []}


def tracker_of(events: list[Event]) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("someone", events, slots=DOMAIN.slots)


def sent_to_the_action_server(events: list[Event]) -> dict[str, Any]:
    action_events.apply()
    endpoint = KeepingEndpoint()
    tracker = tracker_of(events)
    asyncio.run(RemoteAction("validate_report_form", endpoint).run(
        CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}), tracker, DOMAIN))
    return endpoint.sent


def test_the_window_starts_at_the_message_before_the_latest_led_by_the_newest_buttons() -> None:
    events = long_conversation(30, buttons_at_the_end=False)
    window = recent_events(events)

    users = [e for e in window if isinstance(e, UserUttered)]
    assert [u.text for u in users] == ["answer 29", "the last one"]
    assert window[0] is events[1]  # the buttons, from the start of the conversation
    assert window[1:] == events[events.index(users[0]):]
    assert len(window) < len(events) / 10


def test_a_short_conversation_is_sent_whole() -> None:
    events = long_conversation(0, buttons_at_the_end=True)
    assert recent_events(events) == events


def test_the_request_is_rasas_with_the_recent_events_only() -> None:
    events = long_conversation(30, buttons_at_the_end=True)
    whole = tracker_of(events).current_state(EventVerbosity.ALL)

    sent = sent_to_the_action_server(events)

    assert set(sent) == {"next_action", "sender_id", "tracker", "version", "domain"}
    assert sent["next_action"] == "validate_report_form" and sent["sender_id"] == "someone"
    assert {key: value for key, value in sent["tracker"].items() if key != "events"} == {
        key: value for key, value in whole.items() if key != "events"}
    assert sent["tracker"]["events"] == [event.as_dict() for event in recent_events(events)]
    assert len(sent["tracker"]["events"]) < len(whole["events"]) / 10


def test_what_the_actions_read_of_the_events_is_the_same_on_the_recent_ones() -> None:
    for buttons_at_the_end in (True, False):
        events = long_conversation(30, buttons_at_the_end)
        whole = Tracker.from_dict(tracker_of(events).current_state(EventVerbosity.ALL))
        recent = Tracker.from_dict(sent_to_the_action_server(events)["tracker"])

        for read in (channel, answer_language, staff_available, lambda t: user_intents_newest_first(t)[:2],
                     lambda t: last_offered_buttons(t.events), Tracker.slots_to_validate):
            assert read(recent) == read(whole)
        assert last_offered_buttons(recent.events)  # the buttons were found, far back or near
        assert user_intents_newest_first(recent)[:2] == ["last", "intent_29"]
        assert recent.slots_to_validate() == {"account": "x", "evidence": "none"}


def test_the_rasa_server_loads_the_patch_with_its_nlg_module() -> None:
    import bot.rasa_plugins.localised_nlg  # noqa: F401  (endpoints.yml makes the Rasa server import it)

    assert RemoteAction._action_call_format is action_events.action_call_format
