"""The staff console's live paths in `make bench` (`--channel console`): call handlers and people writing
to each other through a real stack (Rasa, the action server, the hub with its console, the database).

Set-up, as in real use: 5 handler accounts made with `speakup staff add` (bot/cli.py, the password on
standard input), each signed in over HTTP as a browser does (the sign-in form's double-submit token,
then the session's CSRF token from the page), each with the queue's event stream open as an open
console page keeps it (which is also what keeps a handler on duty); 50 web chats opened through the
chat API, each with the person's event stream open, each asking "I want to talk to a person" so that
the assistant queues them; each handler takes 10 (POST .../claim with X-CSRF-Token) and opens each
conversation's page and its event stream, as the page's script does.

Timed, each conversation at once (50 closed loops, each waiting `--think` at most before each message,
and for its message to arrive before sending the next):

- handler -> person: from just before the handler's POST /conversations/{id}/messages until the person's
  event stream (GET /api/chat/sessions/{id}/events) delivers that text;
- person -> console: from just before the person's POST /api/chat/sessions/{id}/messages until the
  handler's conversation stream (GET /conversations/{id}/events) delivers it.

The POSTs' own answer times are printed too, to tell the request from the stream. The target in the
issue: p95 at or under 300 ms for both. Not a test: nothing here passes or fails on time."""
from __future__ import annotations

import asyncio
import html
import json
import os
import random
import re
import secrets
import string
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import aiohttp

from bot.launcher import Stack
from tests.bot.console.support import conversation_of_chat

HANDLERS = 5
PEOPLE = 50
TARGET_P95_MS = 300.0
ASK_FOR_A_PERSON = "I want to talk to a person"
PASSWORD = "a long bench password 1"
WAIT_SECONDS = 30.0  # for any one message to arrive, or the queue to fill
_LOGIN_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
_CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]*)"')
_AFTER = re.compile(r'data-after="(\d+)"')
_MARK = re.compile(r"\bref ([a-z]{12})\b")
STREAM_TIMEOUT = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=None)


def mark() -> str:
    """A tag to find a message by in a stream: letters only (digits could look like a phone number)."""
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(12))


@dataclass
class ConsoleResults:
    to_person_ms: list[float] = field(default_factory=list)
    to_person_post_ms: list[float] = field(default_factory=list)
    to_console_ms: list[float] = field(default_factory=list)
    to_console_post_ms: list[float] = field(default_factory=list)
    to_person_errors: list[str] = field(default_factory=list)
    to_console_errors: list[str] = field(default_factory=list)
    setup_errors: list[str] = field(default_factory=list)
    queued: int = 0
    claimed: int = 0
    wall_seconds: float = 0.0


class Expected:
    """Messages on their way, by their tag: resolved by whichever stream delivers them first."""

    def __init__(self) -> None:
        self._waiting: dict[str, asyncio.Future[tuple[float, str]]] = {}

    def expect(self, tag: str) -> "asyncio.Future[tuple[float, str]]":
        future: asyncio.Future[tuple[float, str]] = asyncio.get_running_loop().create_future()
        self._waiting[tag] = future
        return future

    def arrived(self, text: str, at: float, conversation_id: str) -> None:
        found = _MARK.search(text)
        future = self._waiting.pop(found.group(1), None) if found else None
        if future is not None and not future.done():
            future.set_result((at, conversation_id))


class EventStream:
    """One server-sent event stream read in the background; `on_event(name, data, arrived_at)` for each
    event, timed when its bytes arrived. Split by hand: the queue's events can be longer than aiohttp's
    line limit."""

    def __init__(self, http: aiohttp.ClientSession, url: str, on_event: Callable[[str, str, float], None]) -> None:
        self.url = url
        self.opened = asyncio.Event()
        self.problem: Optional[str] = None
        self._task = asyncio.ensure_future(self._read(http, on_event))

    async def _read(self, http: aiohttp.ClientSession, on_event: Callable[[str, str, float], None]) -> None:
        try:
            async with http.get(self.url, headers={"Accept": "text/event-stream"}, timeout=STREAM_TIMEOUT) as response:
                if response.status != 200:
                    self.problem = f"{self.url.split('/', 3)[-1]}: {response.status}"
                    return
                self.opened.set()
                buffer = b""
                async for chunk in response.content.iter_any():
                    arrived_at = time.perf_counter()
                    buffer += chunk.replace(b"\r\n", b"\n")
                    while b"\n\n" in buffer:
                        block, buffer = buffer.split(b"\n\n", 1)
                        name, data = "message", []
                        for line in block.decode("utf-8").split("\n"):
                            if line.startswith("event:"):
                                name = line[6:].strip()
                            elif line.startswith("data:"):
                                data.append(line[5:].lstrip(" "))
                        if data:
                            on_event(name, "\n".join(data), arrived_at)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            self.problem = f"{type(error).__name__}: {error}"
        finally:
            self.opened.set()

    async def wait_open(self) -> None:
        await asyncio.wait_for(self.opened.wait(), WAIT_SECONDS)
        if self.problem:
            raise RuntimeError(f"event stream did not open: {self.problem}")

    async def close(self) -> None:
        self._task.cancel()
        try:
            await self._task
        except (asyncio.CancelledError, Exception):
            pass


@dataclass
class Person:
    """Someone on the web chat, through the hub's chat API."""

    session_id: str
    conversation_id: str = ""
    stream: Optional[EventStream] = None


class Handler:
    """A call handler in the console, signed in as a browser would be (its own cookie jar)."""

    def __init__(self, console_url: str, name: str) -> None:
        self.console_url = console_url
        self.name = name
        # A cookie jar that accepts cookies from an IP address (127.0.0.1), as browsers do.
        self.http = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            connector=aiohttp.TCPConnector(limit=0),
            timeout=aiohttp.ClientTimeout(total=60),
        )
        self.csrf = ""
        self.streams: list[EventStream] = []
        self.waiting: set[str] = set()
        self.held: list[str] = []

    async def sign_in(self) -> None:
        async with self.http.get(f"{self.console_url}/login") as page:
            token = _LOGIN_TOKEN.search(await page.text())
            if page.status != 200 or not token:
                raise RuntimeError(f"sign-in form: {page.status}")
        form = {"name": self.name, "password": PASSWORD, "csrf_token": html.unescape(token.group(1))}
        # The answer is a redirect to the queue page, which carries the session's CSRF token.
        async with self.http.post(f"{self.console_url}/login", data=form, headers={"Accept": "text/html"}) as queue:
            found = _CSRF_META.search(await queue.text())
            if queue.status != 200 or not found:
                raise RuntimeError(f"{self.name} could not sign in: {queue.status}")
        self.csrf = html.unescape(found.group(1))

    def open_queue(self) -> EventStream:
        def on_event(name: str, data: str, _at: float) -> None:
            if name == "queue":
                self.waiting = {entry["id"] for entry in json.loads(data)["waiting"]}

        stream = EventStream(self.http, f"{self.console_url}/queue/events", on_event)
        self.streams.append(stream)
        return stream

    def _post(self, path: str, data: dict[str, str]) -> Any:
        headers = {"X-CSRF-Token": self.csrf, "Accept": "application/json"}
        return self.http.post(f"{self.console_url}{path}", data=data, headers=headers)

    async def claim(self, conversation_id: str, expected: Expected) -> None:
        async with self._post(f"/conversations/{conversation_id}/claim", {}) as response:
            body = await response.json()
            if response.status != 200 or not body.get("claimed"):
                raise RuntimeError(f"claim {conversation_id[:8]}: {response.status} {body}")
        # Then the conversation's page, and its stream from the page's last message, as its script does.
        async with self.http.get(f"{self.console_url}/conversations/{conversation_id}", headers={"Accept": "text/html"}) as page:
            after = _AFTER.search(await page.text())
            if page.status != 200 or not after:
                raise RuntimeError(f"conversation page {conversation_id[:8]}: {page.status}")

        def on_event(name: str, data: str, at: float) -> None:
            if name == "message":
                message = json.loads(data)
                if message.get("sender") == "person":
                    expected.arrived(message.get("text", ""), at, conversation_id)

        stream = EventStream(self.http, f"{self.console_url}/conversations/{conversation_id}/events?after={after.group(1)}", on_event)
        self.streams.append(stream)
        await stream.wait_open()
        self.held.append(conversation_id)

    async def send(self, conversation_id: str, text: str) -> None:
        async with self._post(f"/conversations/{conversation_id}/messages", {"text": text}) as response:
            body = await response.json()
            if response.status != 200 or "message" not in body:
                raise RuntimeError(f"send: {response.status} {body}")

    async def close(self) -> None:
        for stream in self.streams:
            await stream.close()
        await self.http.close()


async def create_handler_accounts(stack: Stack, names: list[str]) -> None:
    """`speakup staff add NAME --role handler`, the password on standard input, as a script would."""
    env = {**os.environ, **stack.settings.environment()}

    async def add(name: str) -> None:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "staff", "add", name, "--role", "handler",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
        )
        out, err = await asyncio.wait_for(process.communicate((PASSWORD + "\n").encode()), 120)
        if process.returncode != 0:
            raise RuntimeError(f"speakup staff add {name}: {err.decode(errors='replace').strip()}")

    await asyncio.gather(*(add(name) for name in names))


async def open_chat(http: aiohttp.ClientSession, hub_url: str, expected: Expected, database_url: str) -> Person:
    async with http.post(f"{hub_url}/api/chat/sessions") as response:
        if response.status != 201:
            raise RuntimeError(f"new chat: {response.status}")
        person = Person((await response.json())["session_id"])
    person.conversation_id = await asyncio.to_thread(conversation_of_chat, database_url, person.session_id)

    def on_event(name: str, data: str, at: float) -> None:
        if name == "message":
            message = json.loads(data)
            if message.get("sender") == "handler":
                expected.arrived(message.get("text", ""), at, person.conversation_id)

    person.stream = EventStream(http, f"{hub_url}/api/chat/sessions/{person.session_id}/events", on_event)
    await person.stream.wait_open()
    await say(http, hub_url, person, ASK_FOR_A_PERSON)
    return person


async def say(http: aiohttp.ClientSession, hub_url: str, person: Person, text: str) -> None:
    async with http.post(f"{hub_url}/api/chat/sessions/{person.session_id}/messages", json={"text": text}) as response:
        if response.status != 200:
            raise RuntimeError(f"person's message: {response.status} {await response.text()}")
        await response.read()


async def timed_exchange(
    send: Callable[[str], Any], conversation_id: str, expected: Expected,
    latencies: list[float], post_times: list[float], errors: list[str],
) -> None:
    """One message: sent by `send(text)`, timed until a stream delivers it in the right conversation."""
    tag = mark()
    arrival = expected.expect(tag)
    started = time.perf_counter()
    try:
        await send(f"Bench message ref {tag}, please read.")
        post_times.append((time.perf_counter() - started) * 1000)
        arrived_at, where = await asyncio.wait_for(arrival, WAIT_SECONDS)
    except asyncio.TimeoutError:
        errors.append(f"not shown within {WAIT_SECONDS:.0f} s ({conversation_id[:8]})")
        return
    except Exception as error:  # one message's failure is a figure to report, not a reason to stop
        errors.append(f"{type(error).__name__}: {error}")
        return
    if where != conversation_id:
        errors.append(f"shown in the wrong conversation ({where[:8]} instead of {conversation_id[:8]})")
        return
    latencies.append((arrived_at - started) * 1000)


async def run(stack: Stack, messages: int, think: float) -> ConsoleResults:
    results, expected = ConsoleResults(), Expected()
    hub_url, console_url = stack.hub_url(), f"http://127.0.0.1:{stack.settings.console_port}"
    names = [f"bench-handler-{i + 1}" for i in range(HANDLERS)]
    await create_handler_accounts(stack, names)
    handlers = [Handler(console_url, name) for name in names]
    people_http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=aiohttp.ClientTimeout(total=60))
    people: list[Person] = []
    try:
        # Signed in first, each with its queue open: the router asks whether anyone is on duty.
        await asyncio.gather(*(handler.sign_in() for handler in handlers))
        await asyncio.gather(*(handler.open_queue().wait_open() for handler in handlers))

        opening = asyncio.Semaphore(10)  # each new chat is a conversation with the assistant: not all at once

        async def one_chat() -> Optional[Person]:
            async with opening:
                try:
                    return await open_chat(people_http, hub_url, expected, stack.settings.database_url)
                except Exception as error:
                    results.setup_errors.append(f"opening a chat: {type(error).__name__}: {error}")
                    return None

        people = [p for p in await asyncio.gather(*(one_chat() for _ in range(PEOPLE))) if p is not None]
        wanted = {person.conversation_id for person in people}
        deadline = time.perf_counter() + WAIT_SECONDS
        while not all(wanted <= handler.waiting for handler in handlers) and time.perf_counter() < deadline:
            await asyncio.sleep(0.2)
        queued = wanted & handlers[0].waiting
        results.queued = len(queued)
        if len(queued) < len(wanted):
            results.setup_errors.append(f"{len(wanted) - len(queued)} asked for a person but were not in the queue")
        people = [person for person in people if person.conversation_id in queued]

        # Each handler takes its share (10 each), one after another as a person clicks.
        async def take(handler: Handler, share: list[Person]) -> None:
            for person in share:
                try:
                    await handler.claim(person.conversation_id, expected)
                    results.claimed += 1
                except Exception as error:
                    results.setup_errors.append(f"{handler.name}: {type(error).__name__}: {error}")

        await asyncio.gather(*(take(handler, people[i::HANDLERS]) for i, handler in enumerate(handlers)))
        pairs = [(handler, conversation_id) for handler in handlers for conversation_id in handler.held]
        by_conversation = {person.conversation_id: person for person in people}
        if not pairs:
            raise SystemExit(f"no conversation was taken: {results.setup_errors[:3]}")

        # Warm-up, one message each way: first-use costs are not part of the figures.
        warm = ConsoleResults()
        handler, conversation_id = pairs[0]
        await timed_exchange(lambda text: handler.send(conversation_id, text), conversation_id, expected,
                             warm.to_person_ms, warm.to_person_post_ms, warm.to_person_errors)
        await timed_exchange(lambda text: say(people_http, hub_url, by_conversation[conversation_id], text),
                             conversation_id, expected, warm.to_console_ms, warm.to_console_post_ms, warm.to_console_errors)
        if warm.to_person_errors or warm.to_console_errors:
            raise SystemExit(f"the warm-up messages failed: {warm.to_person_errors + warm.to_console_errors}")

        async def handler_writes(handler: Handler, conversation_id: str) -> None:
            await asyncio.sleep(random.uniform(0, think))  # not all in step
            for _ in range(messages):
                await timed_exchange(lambda text: handler.send(conversation_id, text), conversation_id, expected,
                                     results.to_person_ms, results.to_person_post_ms, results.to_person_errors)
                await asyncio.sleep(random.uniform(0, think))

        async def person_writes(person: Person) -> None:
            await asyncio.sleep(random.uniform(0, think))
            for _ in range(messages):
                await timed_exchange(lambda text: say(people_http, hub_url, person, text), person.conversation_id,
                                     expected, results.to_console_ms, results.to_console_post_ms, results.to_console_errors)
                await asyncio.sleep(random.uniform(0, think))

        started = time.perf_counter()
        await asyncio.gather(*(handler_writes(handler, conversation_id) for handler, conversation_id in pairs))
        await asyncio.gather(*(person_writes(by_conversation[conversation_id]) for _, conversation_id in pairs))
        results.wall_seconds = time.perf_counter() - started
        for stream in [s for h in handlers for s in h.streams] + [p.stream for p in people if p.stream]:
            if stream.problem:
                results.setup_errors.append(f"a stream stopped: {stream.problem}")
    finally:
        for person in people:
            if person.stream is not None:
                await person.stream.close()
        await people_http.close()
        for handler in handlers:
            await handler.close()
    return results


def report(results: ConsoleResults, messages: int, think: float) -> None:
    from tests.bench import latency_line

    print(f"console: {HANDLERS} handlers, {PEOPLE} web chats asking for a person; "
          f"{messages} messages each way per conversation, think time: {think:.1f} s")
    print(f"queued: {results.queued}/{PEOPLE}, taken: {results.claimed}, set-up errors: {len(results.setup_errors)}")
    timings = (
        ("handler -> person", results.to_person_ms, results.to_person_errors),
        ("  handler's POST answered", results.to_person_post_ms, None),
        ("person -> console", results.to_console_ms, results.to_console_errors),
        ("  person's POST answered", results.to_console_post_ms, None),
    )
    for name, values, errors in timings:
        counts = f"  ({len(values)} messages, {len(errors)} errors)" if errors is not None else ""
        print(latency_line(name, values) + counts)
    from tests.bench import percentile

    for name, values in (("handler -> person", results.to_person_ms), ("person -> console", results.to_console_ms)):
        if values:
            p95 = percentile(values, 0.95)
            print(f"target p95 <= {TARGET_P95_MS:.0f} ms, {name}: {'met' if p95 <= TARGET_P95_MS else 'missed'} ({p95:.0f} ms)")
    total = len(results.to_person_ms) + len(results.to_console_ms)
    if total and results.wall_seconds:
        print(f"throughput: {total / results.wall_seconds:.1f} messages/s over {results.wall_seconds:.1f} s")
    for error in (results.setup_errors + results.to_person_errors + results.to_console_errors)[:5]:
        print("error:", error)


def bench(stack: Stack, messages: int, think: float) -> ConsoleResults:
    results = asyncio.run(run(stack, messages, think))
    report(results, messages, think)
    return results
