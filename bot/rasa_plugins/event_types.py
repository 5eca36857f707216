"""Finds the class of a stored or received Rasa event by a dictionary look-up instead of a walk of every
Event subclass.

Rasa 3.6's `Event.resolve_by_type` walks all (non-abstract) subclasses of Event, recursively, for every
event it turns back from JSON: every event of the conversation each time the SQL tracker store reads it,
and every event of each action server reply. That walk was about 6% of the Rasa server's busy time under
load (issue 13). This answers a type name already seen from a table, filled by the same walk in the same
order (the first class found wins, as in Rasa); a name not found that way goes to Rasa's own method, which
keeps its handling of old "topic" events, of defaults and of unknown names.

The event classes are all defined when Rasa's modules are imported, long before the first turn; a class
defined after a name was first looked up would not be seen (nothing in SpeakUp or Rasa does that).
`apply()` is called where action_replies.apply() is (bot/rasa_plugins/localised_nlg.py)."""
from __future__ import annotations

import inspect
from typing import Callable, Optional, Text, Type

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

ResolveByType = Callable[[Text, Optional[Type[Event]]], Optional[Type[Event]]]

# Rasa's own static method, kept for the names it handles itself and for tests.
RASA_RESOLVE_BY_TYPE: ResolveByType = Event.resolve_by_type
_known: dict[str, Type[Event]] = {}


def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    """The event class for `type_name`, as Rasa's `Event.resolve_by_type` finds it."""
    known = _known.get(type_name)
    if known is not None:
        return known
    for cls in all_subclasses(Event):
        if cls.type_name == type_name:
            _known[type_name] = cls
            return cls
    return RASA_RESOLVE_BY_TYPE(type_name, default)


def apply() -> None:
    """Makes Rasa use `resolve_by_type`. Safe to call more than once."""
    if inspect.getattr_static(Event, "resolve_by_type").__func__ is resolve_by_type:
        return
    setattr(Event, "resolve_by_type", staticmethod(resolve_by_type))
