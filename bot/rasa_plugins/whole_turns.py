"""A turn during which the action server went away is not kept by Rasa: the hub keeps it and sends it again.

Rasa 3.6 carries on when a custom action fails (MessageProcessor._run_action logs "Bot will continue, but
the actions events are lost") and saves the turn: the person's message is in the tracker, the action's work
(the next question, a report's reference) is not, and the hub gets 200 with nothing to say. The hub asks the
action server before each turn, but one that dies during the turn slipped through: `make soak` found 7
messages never answered in 5 minutes, each sent as the action server was killed. And sending such a turn
again would not help: its id is in the tracker, so the hub channel would answer it with that nothing.

So, for a turn in which the action server could not be reached or dropped the connection (a refused or
broken connection, not an action's own error or rejection), the tracker is not saved: `save_tracker`
raises ActionServerWentAway instead, and Rasa's tracker stays as it was before the turn. The hub channel
(bot/rasa_plugins/hub_channel.py) answers 503, the hub keeps the turn (the person is told the assistant
is unavailable) and its replay worker sends it again, with the same id, once the action server is back
(bot/replay.py): it is then taken once, whole.

Rasa has no hook for this, so `apply()` wraps three methods: MessageProcessor.handle_message (a fresh
record of the turn's failures), RemoteAction.run (records a failure to reach the action server) and
MessageProcessor.save_tracker (refuses to save a turn with one). Applied where action_replies.apply() is
(bot/rasa_plugins/localised_nlg.py); written against Rasa 3.6.21, whose methods it checks it knows."""
from __future__ import annotations

import contextvars
import inspect
from contextlib import contextmanager
from typing import Any, Iterator, List, Optional

import aiohttp
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.shared.exceptions import RasaException

# Rasa's own methods, wrapped below.
RASA_HANDLE_MESSAGE = MessageProcessor.handle_message
RASA_SAVE_TRACKER = MessageProcessor.save_tracker
RASA_REMOTE_RUN = RemoteAction.run
# The parameters of the methods this was written against: another Rasa fails loudly at start-up.
KNOWN_SIGNATURES = {
    "handle_message": ["self", "message"],
    "save_tracker": ["self", "tracker"],
    "run": ["self", "output_channel", "nlg", "tracker", "domain"],
}

# The custom actions of the turn being handled whose action server could not be reached; None outside a
# turn. A list, not a flag, so that a task started within the turn records into the same one.
_unreachable: contextvars.ContextVar[Optional[List[str]]] = contextvars.ContextVar("unreachable", default=None)


class ActionServerWentAway(RasaException):
    """The action server could not be reached during the turn: the turn was not saved."""


@contextmanager
def one_turn() -> Iterator[List[str]]:
    """The record of one turn's unreachable actions, while it is handled."""
    unreachable: List[str] = []
    token = _unreachable.set(unreachable)
    try:
        yield unreachable
    finally:
        _unreachable.reset(token)


def went_away(error: BaseException) -> bool:
    """RemoteAction.run turns a refused or broken connection into a RasaException raised while handling it."""
    return isinstance(error, RasaException) and isinstance(error.__context__, aiohttp.ClientConnectionError)


async def handle_message(self: MessageProcessor, message: Any) -> Any:
    with one_turn():
        return await RASA_HANDLE_MESSAGE(self, message)


async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> Any:
    try:
        return await RASA_REMOTE_RUN(self, output_channel, nlg, tracker, domain)
    except RasaException as error:
        unreachable = _unreachable.get()
        if unreachable is not None and went_away(error):
            unreachable.append(self.name())
        raise


async def save_tracker(self: MessageProcessor, tracker: Any) -> None:
    unreachable = _unreachable.get()
    if unreachable:
        raise ActionServerWentAway(
            f"the action server could not be reached for {', '.join(unreachable)}: the turn was not saved")
    await RASA_SAVE_TRACKER(self, tracker)


def _parameters(method: Any) -> list[str]:
    return list(inspect.signature(method).parameters)


def apply() -> None:
    """Makes Rasa use the wrappers above. Safe to call more than once."""
    if MessageProcessor.handle_message is handle_message:
        return
    known = {"handle_message": RASA_HANDLE_MESSAGE, "save_tracker": RASA_SAVE_TRACKER, "run": RASA_REMOTE_RUN}
    for name, method in known.items():
        if _parameters(method) != KNOWN_SIGNATURES[name]:
            raise RuntimeError(f"bot/rasa_plugins/whole_turns.py does not know this Rasa's {name}: check it")
    setattr(MessageProcessor, "handle_message", handle_message)
    setattr(MessageProcessor, "save_tracker", save_tracker)
    setattr(RemoteAction, "run", run)
