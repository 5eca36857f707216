"""The action server's replies are still checked against Rasa's schema after bot/rasa_plugins/action_replies.py
made the check cheap: Rasa runs a custom action (the real RemoteAction.run) against a stand-in action
endpoint, and what the conversation receives, or the refusal, is what is asserted."""
from __future__ import annotations

import asyncio
from typing import Any

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_plugins import action_replies

VALID_REPLY = {
    "events": [{"event": "slot", "name": "incident_kind", "value": "hate", "timestamp": None}],
    "responses": [{"text": "Thank you for telling us."}],
}
# A slot event whose name is a number, and a response that is not an object: both break Rasa's schema.
INVALID_REPLIES = (
    {"events": [{"event": "slot", "name": 7, "value": "hate"}], "responses": []},
    {"events": [], "responses": ["Thank you for telling us."]},
    {"events": "not a list"},
)


class StandInActionServer(EndpointConfig):
    """An action endpoint that answers every call with one fixed reply, as if over HTTP."""

    def __init__(self, reply: dict[str, Any]) -> None:
        super().__init__(url="http://action-server.invalid/webhook")
        self.reply = reply

    async def request(self, method: str = "post", subpath: Any = None, content_type: Any = None,
                      compress: bool = False, **kwargs: Any) -> Any:
        return dict(self.reply)


def run_custom_action(reply: dict[str, Any]) -> list[Event]:
    action = RemoteAction("validate_report_form", StandInActionServer(reply))
    tracker = DialogueStateTracker("someone", slots=[])
    return asyncio.run(
        action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}), tracker, Domain.empty())
    )


def test_the_rasa_server_loads_the_patch_with_its_nlg_module() -> None:
    import bot.rasa_plugins.localised_nlg  # noqa: F401  (endpoints.yml makes the Rasa server import it)

    assert RemoteAction._validate_action_result is action_replies.validate_action_result
    assert action_replies.RASA_VALIDATE_ACTION_RESULT is not action_replies.validate_action_result


def test_a_valid_reply_reaches_the_conversation() -> None:
    action_replies.apply()

    events = run_custom_action(VALID_REPLY)

    assert [type(event) for event in events] == [BotUttered, SlotSet]
    assert isinstance(events[0], BotUttered) and events[0].text == "Thank you for telling us."
    assert isinstance(events[1], SlotSet) and (events[1].key, events[1].value) == ("incident_kind", "hate")


@pytest.mark.parametrize("reply", INVALID_REPLIES)
def test_a_reply_that_breaks_the_schema_is_refused_as_rasa_refuses_it(reply: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError) as rasas:
        action_replies.RASA_VALIDATE_ACTION_RESULT(RemoteAction("validate_report_form", None), dict(reply))
    action_replies.apply()

    with pytest.raises(jsonschema.ValidationError) as ours:
        run_custom_action(reply)

    assert type(ours.value) is type(rasas.value)
    assert ours.value.message == rasas.value.message
    assert "Failed to validate Action server response" in ours.value.message


def test_applying_twice_changes_nothing() -> None:
    action_replies.apply()
    action_replies.apply()

    assert RemoteAction._validate_action_result is action_replies.validate_action_result


# Replies the fast check and the whole schema must judge alike: what actions send, and ways to break it.
JUDGED_REPLIES: tuple[Any, ...] = (
    VALID_REPLY,
    {"events": [], "responses": []},
    {"responses": [{"response": "utter_ask_when_happened"}]},
    {"events": [{"event": "slot", "name": "requested_slot", "value": None},
                {"event": "active_loop", "name": "report_form"}, {"event": "followup", "name": "action_listen"},
                {"event": "bot", "text": "Hello", "data": {}, "metadata": {}}]},
    {"events": [{"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}}]},
    *INVALID_REPLIES,
    {"events": [{"event": "no_such_event"}]},               # a type the schema does not know
    {"events": [{"event": "slot", "name": "account"}]},     # its type's own required key missing
    {"events": [{"event": "user", "text": 7}]},             # its type's own property of the wrong type
    {"events": [{"name": "account", "value": 1}]},          # no event at all
    {"events": [{"event": "slot", "name": "account", "value": 1, "timestamp": "now"}]},
    {"events": [{"event": 3}]},
    ["not", "an", "object"],
)


@pytest.mark.parametrize("reply", JUDGED_REPLIES)
def test_the_fast_check_accepts_only_what_the_whole_schema_accepts(reply: Any) -> None:
    fast = action_replies.fast_reply_check()
    assert fast is not None  # Rasa 3.6's schema has the shape the fast check relies on

    assert fast(reply) == action_replies.reply_validator().is_valid(reply)
