"""Several Rasa servers (RASA_SERVERS, issue 13), in process: the hub on its services and stand-ins for two
Rasa servers and the action server; no model is loaded.

Each conversation's turns all go to one server, in order, whichever process computes where (a stable
hash of the conversation id, not Python's salted hash()); conversations spread over the servers. When one
server is down only its own conversations get the holding notice and are kept, the others are answered as
usual, /healthz names the server that is down, and once it is back its kept turns are replayed to it, in
order. The same with the real servers: tests/test_rasa_shards_stack.py."""
from __future__ import annotations

import asyncio
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.config import PROJECT_ROOT, Settings
from bot.rasa_client import shard
from bot.services import hub_services
from tests.bot.test_replay_after_outage import HOLDING, StandInAssistant, kept_rows, serving
from tests.support.stack import environment_for_tests

IDS = [f"conversation-{number}" for number in range(12)]


def shards_in_a_new_process(hash_seed: str) -> str:
    """Where IDS go, computed by another Python process with its own hash seed."""
    program = f"from bot.rasa_client import shard; print([shard(i, 3) for i in {IDS!r}])"
    return subprocess.run(
        [sys.executable, "-c", program], cwd=PROJECT_ROOT, env={"PYTHONHASHSEED": hash_seed, "PYTHONPATH": "."},
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()


def test_every_process_sends_a_conversation_to_the_same_server() -> None:
    here = [shard(conversation_id, 3) for conversation_id in IDS]
    assert shards_in_a_new_process("1") == shards_in_a_new_process("2") == str(here)
    assert set(here) == {0, 1, 2}


def test_conversations_spread_evenly_over_the_servers() -> None:
    for servers in (2, 3):
        counts = Counter(shard(f"c{number}", servers) for number in range(6000))
        assert sorted(counts) == list(range(servers))
        assert max(counts.values()) < 1.1 * 6000 / servers, counts


@dataclass
class RecordingStandIn(StandInAssistant):
    """A stand-in Rasa server that also records, in the order they came, the conversation of each turn."""

    turns: list[tuple[str, str]] = field(default_factory=list)

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        if not self.down:
            self.turns.append((body["sender"], body["text"]))
        return await super().webhook(request)

    def heard(self, conversation_id: str) -> list[str]:
        return [text for sender, text in self.turns if sender == conversation_id]


@dataclass
class Person:
    session: str
    conversation_id: str
    server: str


async def open_chat(http: aiohttp.ClientSession, url: str, servers: dict[str, RecordingStandIn]) -> Person:
    """Opens a web chat; its opening turn shows which server holds it, and for which conversation."""
    before = {name: len(standin.turns) for name, standin in servers.items()}
    async with http.post(f"{url}/api/chat/sessions") as opened:
        session = (await opened.json())["session_id"]
    (server,) = [name for name, standin in servers.items() if len(standin.turns) > before[name]]
    return Person(session, servers[server].turns[-1][0], server)


async def say(http: aiohttp.ClientSession, url: str, person: Person, text: str) -> list[dict[str, Any]]:
    async with http.post(f"{url}/api/chat/sessions/{person.session}/messages", json={"text": text}) as answer:
        return list((await answer.json())["messages"])


async def transcript(http: aiohttp.ClientSession, url: str, person: Person) -> list[str]:
    async with http.get(f"{url}/api/chat/sessions/{person.session}/messages") as answer:
        return [message["text"] for message in (await answer.json())["messages"]]


def test_each_conversation_stays_on_its_server_and_a_server_down_holds_only_its_own(tmp_path: Path) -> None:
    settings = Settings.from_env(environment_for_tests(tmp_path, {"RASA_SERVERS": "2"}))
    servers = {server.name: RecordingStandIn() for server in settings.rasa_server_list}
    assert list(servers) == ["rasa", "rasa-2"]
    actions = StandInAssistant()

    async def main() -> dict[str, Any]:
        runners = [await actions.start(settings, [settings.action_port])] + [
            await servers[server.name].start(settings, [server.port]) for server in settings.rasa_server_list]
        url = f"http://127.0.0.1:{settings.hub_port}"
        async with hub_services(settings) as services, aiohttp.ClientSession() as http:
            hub = await serving(settings, services)
            try:
                people: list[Person] = []
                # Until each server holds two conversations (which one does is chance: the ids are random).
                while any(Counter(p.server for p in people)[name] < 2 for name in servers) and len(people) < 40:
                    people.append(await open_chat(http, url, servers))

                async def three_turns(number: int, person: Person) -> None:
                    for turn in range(3):
                        await say(http, url, person, f"person {number} says {turn}")

                await asyncio.gather(*(three_turns(number, person) for number, person in enumerate(people)))
                servers["rasa-2"].down = True
                while_down = await asyncio.gather(
                    *(say(http, url, person, f"person {number} while rasa-2 is down") for number, person in
                      enumerate(people)))
                async with http.get(f"{url}/healthz") as health:
                    health_while_down = (health.status, await health.json())
                kept_while_down = len(kept_rows(services))
                servers["rasa-2"].down = False
                services.replayer.wake()
                for _ in range(300):
                    if not kept_rows(services):
                        break
                    await asyncio.sleep(0.1)
                transcripts = [await transcript(http, url, person) for person in people]
                return {"people": people, "while_down": while_down, "health": health_while_down,
                        "kept": kept_while_down, "transcripts": transcripts, "left": kept_rows(services)}
            finally:
                await hub.cleanup()
                for runner in runners:
                    await runner.cleanup()

    seen = asyncio.run(main())
    people: list[Person] = seen["people"]
    on_second = [number for number, person in enumerate(people) if person.server == "rasa-2"]
    assert len(on_second) >= 2 and len(people) - len(on_second) >= 2
    for number, person in enumerate(people):
        own, other = servers[person.server], servers["rasa" if person.server == "rasa-2" else "rasa-2"]
        # The server the hash names took every turn of the conversation, in order; the other took none.
        assert person.server == settings.rasa_server_list[shard(person.conversation_id, 2)].name
        assert own.heard(person.conversation_id)[1:] == [
            f"person {number} says 0", f"person {number} says 1", f"person {number} says 2",
            f"person {number} while rasa-2 is down"]
        assert other.heard(person.conversation_id) == []
        answered_at_once = [message["text"] for message in seen["while_down"][number]]
        said = seen["transcripts"][number]
        if person.server == "rasa":
            # Untouched by the other server's outage: answered at once, nothing kept.
            assert answered_at_once == [f"You said: person {number} while rasa-2 is down"]
        else:
            assert len(answered_at_once) == 1 and HOLDING in answered_at_once[0].lower()
            assert "999" in answered_at_once[0]
            # Replayed once rasa-2 was back: answered after the notice, once.
            assert said[-3:] == [f"person {number} while rasa-2 is down", answered_at_once[0],
                                 f"You said: person {number} while rasa-2 is down"]
    assert seen["kept"] == len(on_second) and seen["left"] == []
    status, body = seen["health"]
    assert status == 503 and body["down"] == ["rasa-2"]
    assert body["checks"] == {"database": True, "rasa": True, "rasa-2": False, "action_server": True}
