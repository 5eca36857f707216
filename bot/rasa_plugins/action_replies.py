"""Checks each action server reply against Rasa's schema with a validator built once, not once per reply.

Rasa 3.6's `RemoteAction._validate_action_result` calls `jsonschema.validate`, which checks the schema
itself and builds a new validator (compiling the whole events schema) on every call: measured at about
19 ms of the Rasa server's CPU per reply, nearly half of its busy time under load (issue 13). The schema
is a constant, so this builds the validator once and checks each reply with it: the same validation
(the same checks, the same "best" error chosen, the same exception and message), for about 0.5 ms.

Most of that 0.5 ms was the events' `oneOf` of 23 event types, every one tried for every event (7% of a
turn's samples in the Rasa server after issue 13's third round). Each of those types names its event in a
`const` and the item requires `event`, so an event can only ever match the type it names: a reply is first
checked with the item's own keywords and, for each event, its own type only (`fast_reply_check`). A reply
that passes is valid under the whole schema; one that does not goes through the whole validator, which
refuses it as Rasa does. The shortcut is built only for a schema of that shape.

Rasa has no hook for this, so `apply()` replaces that one method. It runs in the Rasa server process
when endpoints.yml's NLG module is imported (bot/rasa_plugins/localised_nlg.py), which is before the
first turn. Written against Rasa 3.6.21: `apply()` refuses to patch a Rasa whose method it does not know,
so an upgrade fails loudly at start-up instead of silently validating differently."""
from __future__ import annotations

import copy
import functools
from typing import Any, Callable, Dict, Optional, Text

import jsonschema
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

from bot.rasa_plugins.replacing import replace_known_method

# Rasa's own method, kept to compare against (and for tests that want the slow path).
RASA_VALIDATE_ACTION_RESULT = RemoteAction._validate_action_result


@functools.lru_cache(maxsize=1)
def reply_validator() -> Validator:
    """Rasa's schema for an action server's reply, checked once and compiled once."""
    schema = RemoteAction.action_response_format_spec()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


ReplyCheck = Callable[[Any], bool]


@functools.lru_cache(maxsize=1)
def fast_reply_check() -> Optional[ReplyCheck]:
    """True only for a reply Rasa's schema accepts, checking each event against the one event type it
    names; None when the schema is not the shape this relies on (every type with a distinct `const` event
    in a `oneOf`, `event` required)."""
    schema = RemoteAction.action_response_format_spec()
    items = ((schema.get("properties") or {}).get("events") or {}).get("items") or {}
    types = items.get("oneOf") or []
    names = [((branch.get("properties") or {}).get("event") or {}).get("const") for branch in types]
    if not types or "event" not in (items.get("required") or []) or None in names or len(set(names)) != len(names):
        return None
    cls = jsonschema.validators.validator_for(schema)
    without_types = copy.deepcopy(schema)
    del without_types["properties"]["events"]["items"]["oneOf"]
    outer = cls(without_types)
    by_name = {name: cls(branch) for name, branch in zip(names, types)}

    def check(result: Any) -> bool:
        if not outer.is_valid(result):
            return False
        for event in result.get("events") or []:
            event_type = by_name.get(event["event"])
            if event_type is None or not event_type.is_valid(event):
                return False
        return True

    return check


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """What `jsonschema.validate` does inside Rasa's method, with the validator built once."""
    fast = fast_reply_check()
    if fast is not None and fast(result):
        return True
    error = best_match(reply_validator().iter_errors(result))
    if error is not None:
        # Rasa's own words, so that its logs and anyone reading them see the same message as before.
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


# The source of the Rasa method this replaces: a Rasa whose method differs is not patched blindly.
EXPECTED_SOURCE_MARKERS = ("validate(result, self.action_response_format_spec())", "raise e")


def apply() -> None:
    """Replaces Rasa's per-reply validation with `validate_action_result`. Safe to call more than once."""
    replace_known_method(RemoteAction, "_validate_action_result", validate_action_result, EXPECTED_SOURCE_MARKERS,
                         "bot/rasa_plugins/action_replies.py")
