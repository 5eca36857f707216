"""The dialogue states of a conversation worked out once per prediction, not once per policy.

To predict the next action, each of Rasa 3.6's policies (MemoizationPolicy, and RulePolicy once or twice)
asks the tracker for its past states (`DialogueStateTracker.past_states`), and each time Rasa replays
every event of the conversation from the start to build them: the same states, with the same arguments,
two or three times per prediction and several predictions per turn, each replay longer as the
conversation goes on. Under load that was 9% of the Rasa server's busy time (py-spy, issue 13).

This keeps the states on the tracker, for the events it holds when they were worked out: asked again
with the same domain and arguments before any event is added, it answers a copy (policies edit the
states they are given: the featurizer deletes the text or the intent of user turns). An event added or
taken away makes them be worked out again. `apply()` is called where the other replacements are
(bot/rasa_plugins/localised_nlg.py)."""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, Hashable, List, Optional, Text

from rasa.shared.core.domain import Domain, State
from rasa.shared.core.trackers import DialogueStateTracker

PastStates = Callable[..., List[State]]
RASA_PAST_STATES: PastStates = DialogueStateTracker.past_states
# The attribute of a tracker holding (key, states) of its latest past states.
_KEPT = "_speakup_past_states"


def _key(tracker: DialogueStateTracker, domain: Domain, omit_unset_slots: bool, ignore_rule_only_turns: bool,
         rule_only_data: Optional[Dict[Text, Any]]) -> Hashable:
    """What the states depend on: the domain, the events held (their number and the newest, by identity:
    a tracker only ever has events appended) and the arguments."""
    newest = id(tracker.events[-1]) if tracker.events else None
    rules_only = json.dumps(rule_only_data, sort_keys=True, default=str) if rule_only_data else None
    return id(domain), len(tracker.events), newest, omit_unset_slots, ignore_rule_only_turns, rules_only


def _copy(states: List[State]) -> List[State]:
    """Copies deep enough for what policies change: each state and each of its parts (user, action, ...)."""
    return [{part: dict(features) for part, features in state.items()} for state in states]


def past_states(
    self: DialogueStateTracker,
    domain: Domain,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: Optional[Dict[Text, Any]] = None,
) -> List[State]:
    """Rasa's `DialogueStateTracker.past_states`, worked out once for the events the tracker holds."""
    key = _key(self, domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    kept = self.__dict__.get(_KEPT)
    if kept is None or kept[0] != key:
        states = RASA_PAST_STATES(self, domain, omit_unset_slots=omit_unset_slots,
                                  ignore_rule_only_turns=ignore_rule_only_turns, rule_only_data=rule_only_data)
        kept = (key, _copy(states))
        self.__dict__[_KEPT] = kept
    return _copy(kept[1])


def apply() -> None:
    """Makes Rasa's trackers use `past_states`. Safe to call more than once."""
    if DialogueStateTracker.past_states is not past_states:
        setattr(DialogueStateTracker, "past_states", past_states)
