"""A turn during which the action server went away is not kept by Rasa (bot/rasa_plugins/whole_turns.py):
found by `make soak`, where messages sent as the action server was killed got 200 and no answer, for ever.

Rasa's own RemoteAction against an action server that is not there, or that answers with an error, and
Rasa's own save_tracker, on its in-memory tracker store (no model is loaded). The hub channel's 503 for a
turn not taken, and the turn taken when sent again: tests/bot/test_hub_channel_replay.py."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

from aiohttp import web
from aiohttp.test_utils import TestServer
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_plugins import localised_nlg, whole_turns
from bot.rasa_plugins.whole_turns import ActionServerWentAway, one_turn
from tests.support.ports import free_port


async def a_turn(action_server_url: str) -> tuple[bool, bool]:
    """Rasa runs a custom action in a turn, then saves the tracker: (the action failed, the turn was saved)."""
    whole_turns.apply()
    domain = Domain.empty()
    store = InMemoryTrackerStore(domain)
    processor = SimpleNamespace(tracker_store=store)
    tracker = DialogueStateTracker.from_events("c1", [UserUttered("send it", message_id="m1")])
    action = RemoteAction("action_submit", EndpointConfig(url=action_server_url))
    failed = False
    with one_turn():
        try:
            await action.run(CollectingOutputChannel(), None, tracker, domain)
        except RasaException:
            failed = True  # what Rasa's processor catches, and carries on after
        try:
            await MessageProcessor.save_tracker(processor, tracker)
        except ActionServerWentAway:
            pass
    return failed, await store.retrieve("c1") is not None


def test_rasa_applies_it_from_the_module_endpoints_yml_names() -> None:
    assert localised_nlg is not None
    assert MessageProcessor.save_tracker is whole_turns.save_tracker
    assert MessageProcessor.handle_message is whole_turns.handle_message
    assert RemoteAction.run is whole_turns.run


def test_a_turn_whose_action_server_was_not_there_is_not_saved() -> None:
    assert asyncio.run(a_turn(f"http://127.0.0.1:{free_port()}/webhook")) == (True, False)


def test_an_actions_own_error_is_saved_as_rasa_saves_it() -> None:
    """Not a process that went away: sending the turn again would fail the same way, for ever."""
    async def broken(_request: web.Request) -> web.Response:
        return web.json_response({"error": "a bug"}, status=500)

    async def main() -> tuple[bool, bool]:
        app = web.Application()
        app.router.add_post("/webhook", broken)
        async with TestServer(app) as server:
            return await a_turn(str(server.make_url("/webhook")))

    assert asyncio.run(main()) == (True, True)


def test_outside_a_turn_trackers_are_saved_as_before() -> None:
    store = InMemoryTrackerStore(Domain.empty())
    tracker = DialogueStateTracker.from_events("c2", [UserUttered("hello")])
    asyncio.run(MessageProcessor.save_tracker(SimpleNamespace(tracker_store=store), tracker))
    assert asyncio.run(store.retrieve("c2")) is not None
