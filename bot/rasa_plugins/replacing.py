"""Replacing one of Rasa 3.6's methods, only when it is the method the replacement was written for.

Rasa has no hook for what SpeakUp's plugins change (docs/benchmarks.md "Cost of a turn"), so each plugin
sets its own function in place of one of Rasa's methods. Before it does, the source of Rasa's method must
still hold what the replacement relies on: an upgraded Rasa whose method changed fails loudly at start-up
instead of silently behaving differently."""
from __future__ import annotations

import inspect
from typing import Any, Callable, Sequence


def replace_known_method(owner: type, name: str, replacement: Callable[..., Any],
                         expected_markers: Sequence[str], written_in: str) -> None:
    """`owner.name = replacement`, unless already done; refused when Rasa's method lacks a marker."""
    current = getattr(owner, name)
    if current is replacement:
        return
    source = inspect.getsource(current)
    if not all(marker in source for marker in expected_markers):
        raise RuntimeError(
            f"{written_in} was written for Rasa 3.6's {owner.__name__}.{name}, which has changed:"
            " check the new one and update or remove this replacement"
        )
    setattr(owner, name, replacement)
