"""The SMS path of `make bench`: simulated texters completing whole reports at once, by numbered replies.

Each texter sends what Twilio sends: a form POST to /webhooks/twilio, signed with the auth token over
PUBLIC_BASE_URL + path (twilio's RequestValidator), as the tests' phones do. The hub answers the webhook
once the replies are queued and sends them through Twilio's REST API, here the tests' stand-in
(tests/support/standins/twilio_api.py), which also posts a signed delivery receipt back for each, as
Twilio does. Timed per turn, from the webhook's POST:

- first reply out: until the first message of the answer reaches the Twilio stand-in;
- whole answer out: until its last message does (how many there are is read from the outbox once the
  webhook has answered: one row per SMS);
- webhook answered: until the webhook's 200 (the assistant has answered and the replies are queued), so
  that the time the outbox and the send add can be told from the assistant's.

Needs a stack whose Twilio settings point at the stand-in, so it always starts its own (tests.bench does)."""
from __future__ import annotations

import asyncio
import itertools
import random
import statistics
import threading
import time
from dataclasses import dataclass, field
from typing import Optional

import aiohttp
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from bot.identity import conversation_id_for
from bot.launcher import Stack
from bot.storage.schema import outbox
from tests.channels.texting.people import TWILIO_WEBHOOK, numbered_options
from tests.support.standins import SMS_NUMBER, StandIns
from tests.support.standins.twilio_api import SentMessage
from tests.support.standins.twilio_webhook import inbound_form

# Ofcom's drama range, 07700 900000 to 900999: never a real person's number (the tests use 100-699).
_numbers = itertools.count(700)


@dataclass
class SmsResults:
    webhook_ms: list[float] = field(default_factory=list)
    first_ms: list[float] = field(default_factory=list)
    whole_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reports: int = 0
    wall_seconds: float = 0.0


class Inbox:
    """What the Twilio stand-in sent to each number, with the time it arrived there."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._lock = threading.Lock()
        self._arrived: dict[str, list[tuple[float, str]]] = {}
        self._waiters: dict[str, asyncio.Event] = {}

    def expect(self, number: str) -> None:
        with self._lock:
            self._arrived[number] = []
            self._waiters[number] = asyncio.Event()

    def record(self, message: SentMessage) -> None:
        """On the stand-in's thread, as each message is accepted."""
        now = time.perf_counter()
        with self._lock:
            arrived = self._arrived.get(message.to)
            if arrived is None:
                return
            arrived.append((now, message.body))
            waiter = self._waiters[message.to]
        self._loop.call_soon_threadsafe(waiter.set)

    def arrived(self, number: str) -> list[tuple[float, str]]:
        with self._lock:
            return list(self._arrived[number])

    async def wait_for(self, number: str, count: int, timeout: float) -> list[tuple[float, str]]:
        deadline = time.perf_counter() + timeout
        while True:
            waiter = self._waiters[number]
            waiter.clear()
            arrived = self.arrived(number)
            if len(arrived) >= count:
                return arrived
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"{len(arrived)} of {count} replies arrived")
            try:
                await asyncio.wait_for(waiter.wait(), remaining)
            except asyncio.TimeoutError:
                pass


@dataclass
class Texter:
    stack: Stack
    standins: StandIns
    engine: sa.engine.Engine
    inbox: Inbox
    http: aiohttp.ClientSession
    number: str = field(default_factory=lambda: f"+447700900{next(_numbers):03d}")
    queued: int = 0

    @property
    def conversation_id(self) -> str:
        return conversation_id_for(self.stack.settings.secret_key, "sms", self.number)

    def _signed(self, body: str) -> tuple[dict[str, str], str]:
        form = inbound_form(self.standins.twilio.account_sid, self.number, SMS_NUMBER, body)
        url = self.stack.settings.public_base_url + TWILIO_WEBHOOK
        return form, RequestValidator(self.standins.twilio.auth_token).compute_signature(url, form)

    def _queued_for_me(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(
                sa.select(sa.func.count()).select_from(outbox).where(outbox.c.conversation_id == self.conversation_id)
            ).scalar() or 0)

    async def text(self, body: str, results: SmsResults) -> list[str]:
        """Sends one text; returns the answer's messages once they have all reached the stand-in."""
        form, signature = self._signed(body)
        seen = len(self.inbox.arrived(self.number))
        started = time.perf_counter()
        async with self.http.post(
            self.stack.hub_url() + TWILIO_WEBHOOK, data=form, headers={"X-Twilio-Signature": signature}
        ) as response:
            await response.read()
            if response.status != 200:
                raise RuntimeError(f"webhook answered {response.status}")
        answered = time.perf_counter()
        # The webhook answers once the replies are queued: the outbox says how many SMS are on their way.
        self.queued = await asyncio.to_thread(self._queued_for_me)
        if self.queued == seen:
            return []  # nothing to answer (not expected during a report)
        arrived = await self.inbox.wait_for(self.number, self.queued, timeout=60)
        answer = arrived[seen:self.queued]
        results.webhook_ms.append((answered - started) * 1000)
        results.first_ms.append((answer[0][0] - started) * 1000)
        results.whole_ms.append((answer[-1][0] - started) * 1000)
        return [body for _, body in answer]


async def one_texter(texter: Texter, results: SmsResults, think: float) -> None:
    from tests.bench import FREE_TEXT, MAX_TURNS, REFERENCE, choose

    try:
        texter.inbox.expect(texter.number)
        # People do not start in step: with a think time, each starts at a random moment within it.
        await asyncio.sleep(random.uniform(0, think))
        replies = await texter.text("Hi", results)
        free_text = iter(FREE_TEXT)
        for _turn in range(MAX_TURNS):
            if any(REFERENCE.search(reply) for reply in replies):
                results.reports += 1
                return
            await asyncio.sleep(think)
            options = numbered_options(replies)
            # The web bench's choice among the same buttons, by their titles.
            button = choose([{"buttons": [{"title": title, "payload": title} for title in options]}])
            answer = str(options[button["title"]]) if button else next(free_text, "skip")
            replies = await texter.text(answer, results)
        results.errors.append("no reference after %d turns; last: %r" % (MAX_TURNS, replies[-1:]))
    except Exception as error:  # one texter's failure is a figure to report, not a reason to stop
        results.errors.append(f"{type(error).__name__}: {error}")


async def run(stack: Stack, standins: StandIns, texters: int, think: float) -> SmsResults:
    inbox = Inbox(asyncio.get_running_loop())
    standins.twilio.sent.listen(inbox.record)
    engine = sa.create_engine(stack.settings.database_url, future=True)
    connector = aiohttp.TCPConnector(limit=0)
    try:
        async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as http:
            def texter() -> Texter:
                return Texter(stack, standins, engine, inbox, http)

            warm = SmsResults()
            await one_texter(texter(), warm, 0)  # warm-up: first-use costs are not part of the figures
            if warm.errors:
                raise SystemExit(f"the warm-up report by SMS failed: {warm.errors}")
            results = SmsResults()
            started = time.perf_counter()
            await asyncio.gather(*(one_texter(texter(), results, think) for _ in range(texters)))
            results.wall_seconds = time.perf_counter() - started
    finally:
        engine.dispose()
    return results


def report(results: SmsResults, texters: int, think: float) -> None:
    from tests.bench import percentile

    turns = len(results.whole_ms)
    print(f"SMS texters at once: {texters}, think time: {think:.1f} s")
    print(f"reports completed: {results.reports}/{texters}, turns: {turns}, errors: {len(results.errors)}")
    timings = (
        ("webhook answered", results.webhook_ms),  # the assistant has answered and the replies are queued
        ("first reply out", results.first_ms),
        ("whole answer out", results.whole_ms),
    )
    for name, values in timings:
        if values:
            print(
                "%s (ms): p50 %.0f  p95 %.0f  p99 %.0f  max %.0f  mean %.0f"
                % (name, percentile(values, 0.50), percentile(values, 0.95), percentile(values, 0.99),
                   max(values), statistics.mean(values))
            )
    if turns and results.wall_seconds:
        print(f"throughput: {turns / results.wall_seconds:.1f} turns/s over {results.wall_seconds:.1f} s")
    for error in results.errors[:5]:
        print("error:", error)


def bench(stack: Stack, standins: StandIns, texters: int, think: float) -> Optional[SmsResults]:
    results = asyncio.run(run(stack, standins, texters, think))
    report(results, texters, think)
    return results
