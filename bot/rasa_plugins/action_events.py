"""Of a conversation's events, Rasa sends the action server the recent ones, not all of them.

Rasa 3.6 sends the whole tracker with every call to the action server (`RemoteAction._action_call_format`,
one to three calls a turn): every event since the conversation began, which at the end of a report is
over 150 events and 57 KB of JSON that Rasa encodes and the action server decodes and rebuilds, on each
call, growing with the conversation (issue 13: "only what the action server needs sent to it").
SpeakUp's actions read the tracker's slots, active loop and latest message, which are still sent whole,
and, of the events, only:
- the person's latest two messages and what followed them (actions/tracker_facts.py: the latest
  message's metadata, the intents of the latest two; rasa-sdk's `slots_to_validate`: the slot events
  at the end);
- the assistant's newest message with buttons (actions/menu.py `last_offered_buttons`).
So the action server is sent the events from the person's message before the latest onwards, and before
them the assistant's newest message with buttons when it came earlier. An action that needs to read
further back must change `recent_events` too (tests/bot/test_action_events.py holds both to it).

`apply()` replaces that one method, where the other replacements are applied
(bot/rasa_plugins/localised_nlg.py), and refuses a Rasa whose method it does not know."""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Text

import rasa
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.rasa_plugins.replacing import replace_known_method

# The person's messages, counted back from the latest, whose events (and all after) the action server gets.
USER_MESSAGES_SENT = 2

RASA_ACTION_CALL_FORMAT = RemoteAction._action_call_format


def _has_buttons(event: Event) -> bool:
    return isinstance(event, BotUttered) and bool((event.data or {}).get("buttons"))


def recent_events(events: Iterable[Event]) -> List[Event]:
    """The events from the person's message before the latest one onwards (all of them when there are
    fewer messages), led by the assistant's newest message with buttons if that came before them."""
    every = list(events)
    start, users_seen = 0, 0
    for index in range(len(every) - 1, -1, -1):
        if isinstance(every[index], UserUttered):
            users_seen += 1
            if users_seen == USER_MESSAGES_SENT:
                start = index
                break
    recent = every[start:]
    if not any(_has_buttons(event) for event in recent):
        earlier_buttons = next((event for event in reversed(every[:start]) if _has_buttons(event)), None)
        if earlier_buttons is not None:
            recent.insert(0, earlier_buttons)
    return recent


def action_call_format(self: RemoteAction, tracker: DialogueStateTracker, domain: Domain) -> Dict[Text, Any]:
    """Rasa's request to the action server, with the recent events only."""
    tracker_state = tracker.current_state(EventVerbosity.NONE)
    tracker_state["events"] = [event.as_dict() for event in recent_events(tracker.events)]
    result: Dict[Text, Any] = {
        "next_action": self._name,
        "sender_id": tracker.sender_id,
        "tracker": tracker_state,
        "version": rasa.__version__,
    }
    if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(self.name()):
        result["domain"] = domain.as_dict()
    return result


# The source of the Rasa method this replaces: a Rasa whose method differs is not patched blindly.
EXPECTED_SOURCE_MARKERS = (
    "tracker_state = tracker.current_state(EventVerbosity.ALL)",
    '"next_action": self._name,', '"sender_id": tracker.sender_id,', '"tracker": tracker_state,',
    '"version": rasa.__version__,', 'result["domain"] = domain.as_dict()',
)


def apply() -> None:
    """Makes Rasa send `action_call_format`'s request. Safe to call more than once."""
    replace_known_method(RemoteAction, "_action_call_format", action_call_format, EXPECTED_SOURCE_MARKERS,
                         "bot/rasa_plugins/action_events.py")
