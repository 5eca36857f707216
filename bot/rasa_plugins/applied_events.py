"""A conversation's applied events worked out from where they were last left, not from the start each time.

Rasa 3.6 asks a tracker for its applied events (its events without those undone by a revert, a restart or a
form's own re-runs: `DialogueStateTracker.applied_events`) many times a turn: for each policy's past states,
for the session check, for the tracker's JSON. Each time it walks every event of the conversation from the
first, and for each run of a form it looks back through everything applied so far, so the cost grows with
the square of a report's length. Under saturation it was the Rasa server's largest single cost: 17.8% of its
samples (py-spy, docs/benchmarks.md "Cost of a turn", sixth round).

The walk is a fold over the events whose only state is the list applied so far, given the names of the
forms (loops) that appear anywhere in the conversation. Events are only ever added at the end, so this keeps
the list on the tracker with the events it was worked out for; asked again, it folds in only the events added
since. It starts again from the first event whenever that would not give Rasa's answer: the kept events are no
longer the tracker's first ones (a new tracker, a session replaced, the oldest dropped by a history limit), or a
new event names a form not seen before (Rasa applies a form's earlier runs differently once it knows the name).
Every caller gets a list of its own. `apply()` is called where the other replacements are
(bot/rasa_plugins/localised_nlg.py); tests/bot/test_applied_events.py compares it with Rasa's own after every
event of many conversations."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Callable, Deque, Iterable, List, Optional

from rasa.shared.core.events import (
    ActionExecuted, ActionReverted, ActiveLoop, Event, Restarted, SessionStarted, UserUttered, UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

RASA_APPLIED_EVENTS: Callable[[DialogueStateTracker], List[Event]] = DialogueStateTracker.applied_events
# The attribute of a tracker holding its latest `_Fold`.
_KEPT = "_speakup_applied_events"


@dataclass(frozen=True)
class _Fold:
    """The applied events of a tracker's first `count` events, from `first` to `last` (kept by identity)."""

    first: Event
    last: Event
    count: int
    loop_names: frozenset[str]
    applied: List[Event]

    def continues(self, events: Deque[Event]) -> bool:
        """Whether the tracker's events still begin with the ones this was worked out for."""
        return len(events) >= self.count and events[0] is self.first and events[self.count - 1] is self.last


def _loop_names(events: Iterable[Event]) -> frozenset[str]:
    return frozenset(event.name for event in events if isinstance(event, ActiveLoop) and event.name)


def _fold(tracker: DialogueStateTracker, events: Iterable[Event], loop_names: frozenset[str], applied: List[Event]) -> None:
    """Rasa 3.6.21's loop in `DialogueStateTracker.applied_events` (rasa/shared/core/trackers.py), continued on
    `applied` instead of begun on an empty list; the undoing is Rasa's own methods."""
    for event in events:
        if isinstance(event, (Restarted, SessionStarted)):
            applied.clear()
        elif isinstance(event, ActionReverted):
            tracker._undo_till_previous(ActionExecuted, applied)
        elif isinstance(event, UserUtteranceReverted):
            tracker._undo_till_previous(UserUttered, applied)
            tracker._undo_till_previous(ActionExecuted, applied)
        elif (
            isinstance(event, ActionExecuted)
            and event.action_name in loop_names
            and not tracker._first_loop_execution_or_unhappy_path(event.action_name, applied)
        ):
            tracker._undo_till_previous_loop_execution(event.action_name, applied)
        else:
            applied.append(event)


def applied_events(self: DialogueStateTracker) -> List[Event]:
    """Rasa's `DialogueStateTracker.applied_events`, folding in only the events added since it was last asked."""
    events = self.events
    if not events:
        return []
    kept: Optional[_Fold] = self.__dict__.get(_KEPT)
    if kept is not None and kept.continues(events):
        added = list(islice(events, kept.count, None))
        if not added:
            return list(kept.applied)
        loop_names = kept.loop_names | _loop_names(added)
        if loop_names == kept.loop_names:
            applied = list(kept.applied)
            _fold(self, added, loop_names, applied)
            return _keep(self, events, loop_names, applied)
    loop_names = _loop_names(events)
    applied = []
    _fold(self, events, loop_names, applied)
    return _keep(self, events, loop_names, applied)


def _keep(tracker: DialogueStateTracker, events: Deque[Event], loop_names: frozenset[str],
          applied: List[Event]) -> List[Event]:
    tracker.__dict__[_KEPT] = _Fold(events[0], events[-1], len(events), loop_names, applied)
    return list(applied)


def apply() -> None:
    """Makes Rasa's trackers use `applied_events`. Safe to call more than once."""
    if DialogueStateTracker.applied_events is not applied_events:
        setattr(DialogueStateTracker, "applied_events", applied_events)
