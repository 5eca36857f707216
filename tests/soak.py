"""`make soak`: web chat people and SMS texters making whole reports, again and again, while each of SpeakUp's
processes is killed with SIGKILL in turn (issue 12, point 5). A bench, not a test: bounded (5 minutes by
default, `--minutes`), loopback only.

SpeakUp runs as `make run` runs it: the launcher and its supervisor (tests/support/launcher.py), on free
ports, over a fresh SQLite database in a temporary directory, with the Twilio stand-in as the SMS provider
(SPEAKUP_MODEL_PATH honoured). The people behave as the real clients do:

- a web chat person (the widget, channels/webchat/widget/chat-widget/chat-widget.js) sends one message at a
  time with a `client_message_id`, and sends it again with the same id after a refused connection or a 5xx;
  messages pushed later arrive on the event stream, which reconnects (with Last-Event-ID) when it drops;
- a texter's messages reach the hub as Twilio delivers them: a signed webhook, tried again with the same
  MessageSid as the connection overrides say (tests/support/standins/twilio_webhook.py, `#rc=5&rp=ct,rt,5xx`);
  the answers are what the Twilio stand-in is asked to send to the number.

A killer sends SIGKILL to the Rasa server, the action server and the hub in turn (their pids from the
launcher's log, as the supervisor reports them), and waits for /healthz to say the service is whole again
before the next. At the end every message still unanswered gets `--deadline` seconds more; then it prints
what was sent, answered, lost (acknowledged, never answered), answered twice, the 5xx seen, the reports
completed with a reference and each kill with its recovery time, and exits 1 unless lost, twice and 5xx are 0.

"Answered twice" is any of: the assistant took one message twice (two user events with one message id in its
tracker), the same answer text twice after one person's message in the transcript, the same text sent twice
to the stand-in for one inbound text, more texts sent to a number than the outbox holds for it, or two reports
from one conversation."""
from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import secrets
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import aiohttp
import requests
import sqlalchemy as sa

from bot.identity import conversation_id_for, token_hash
from bot.launcher import ACTIONS, HUB, RASA
from bot.storage.schema import assistant_backlog, chat_sessions, messages, outbox, reports
from tests.bench import FREE_TEXT, MAX_TURNS, REFERENCE, choose
from tests.bench_sms import Inbox
from tests.channels.texting.people import TWILIO_WEBHOOK, numbered_options
from tests.support.launcher import Launcher, start_launcher
from tests.support.standins import SMS_NUMBER, StandIns, start_standins
from tests.support.standins.twilio_webhook import RECOMMENDED_OVERRIDES, TwilioWebhookCaller, inbound_form

# What the person reads when their message is kept for the assistant (domain/90-said-by-the-hub.yml): not
# an answer yet; the answer comes when the assistant is back.
HOLDING = "you will be answered here as soon as the assistant is back"
# The widget's pauses before sending again (RETRY_DELAYS in chat-widget.js), shortened: people here are impatient.
RETRY_PAUSES = (0.5, 1.0, 2.0, 4.0)
# The browser's EventSource waits this long before reconnecting (bot/event_stream.py RETRY_MILLISECONDS).
RECONNECT_SECONDS = 3.0
# In the drama range with the bench's (07700 900700 on) and the tests' numbers (100-699): 800 on.
_numbers = itertools.count(800)


def holding(text: str) -> bool:
    return HOLDING in text.lower()


@dataclass
class Message:
    """One message a person sent, and what became of it."""

    who: str
    text: str
    sent_at: float
    acknowledged: bool = False
    answered_at: Optional[float] = None


@dataclass
class Kill:
    name: str
    at: float
    recovered_after: Optional[float] = None


@dataclass
class Figures:
    messages: list[Message] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)
    twice: list[str] = field(default_factory=list)
    reports: int = 0
    # Texts Twilio would have given up on (every try within its total time failed): never acknowledged.
    provider_gave_up: int = 0
    kills: list[Kill] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def sent(self, who: str, text: str) -> Message:
        message = Message(who, text, time.monotonic())
        self.messages.append(message)
        return message

    @property
    def lost(self) -> list[Message]:
        return [m for m in self.messages if m.acknowledged and m.answered_at is None]


@dataclass
class Soak:
    launcher: Launcher
    standins: StandIns
    engine: sa.engine.Engine
    http: aiohttp.ClientSession
    figures: Figures
    ends_at: float
    deadline: float
    pace: float
    inbox: Inbox
    started: float = field(default_factory=time.monotonic)

    @property
    def over(self) -> bool:
        return time.monotonic() >= self.ends_at

    def answer_deadline(self, message: Message) -> float:
        """How long a message may wait for its answer: `deadline` from when it was sent, and at least until
        `deadline` after the end (a message sent just before a kill waits for the recovery)."""
        return max(message.sent_at, self.ends_at) + self.deadline

    def read(self, query: Any) -> list[Any]:
        with self.engine.connect() as connection:
            return list(connection.execute(query).all())


# --------------------------------------------------------------------------------------------- web chat


@dataclass
class WebPerson:
    soak: Soak
    name: str
    session_id: str = ""
    heard: list[dict[str, Any]] = field(default_factory=list)
    seen_ids: set[int] = field(default_factory=set)
    last_event_id: int = 0
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    ended: bool = False

    @property
    def url(self) -> str:
        return f"{self.soak.launcher.url}/api/chat/sessions"

    async def post(self, url: str, body: Optional[dict[str, Any]], what: str) -> tuple[int, Any]:
        """POSTs as the widget does: again, the same body (and client_message_id), after a refused
        connection or a 5xx, until it is answered or the soak's deadline passes."""
        for attempt in itertools.count():
            try:
                async with self.soak.http.post(url, json=body, timeout=aiohttp.ClientTimeout(total=60)) as response:
                    answer = await response.json(content_type=None) if response.content_length != 0 else None
                    if response.status < 500:
                        return response.status, answer
                    self.soak.figures.server_errors.append(f"{self.name} {what}: {response.status} {answer}")
            except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionResetError):
                pass  # the hub died or is starting again: the widget says so and tries again
            if time.monotonic() > self.soak.ends_at + self.soak.deadline:
                raise TimeoutError(f"{what} never went through")
            await asyncio.sleep(RETRY_PAUSES[min(attempt, len(RETRY_PAUSES) - 1)])
        raise AssertionError("unreachable")

    def hear(self, said: list[dict[str, Any]]) -> None:
        for message in said:
            if message["id"] not in self.seen_ids:
                self.seen_ids.add(message["id"])
                self.heard.append(message)
        self.changed.set()

    async def follow(self) -> None:
        """The event stream, as an EventSource reads it: reconnecting with Last-Event-ID when it drops."""
        while not self.ended:
            headers = {"Last-Event-ID": str(self.last_event_id)} if self.last_event_id else {}
            try:
                async with self.soak.http.get(
                    f"{self.url}/{self.session_id}/events", headers=headers,
                    timeout=aiohttp.ClientTimeout(total=None, sock_read=60),
                ) as response:
                    if response.status in (404, 410):
                        return
                    if response.status >= 500:
                        self.soak.figures.server_errors.append(f"{self.name} event stream: {response.status}")
                    if response.status == 200:
                        await self._read_events(response)
            except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionResetError):
                pass
            await asyncio.sleep(RECONNECT_SECONDS)

    async def _read_events(self, response: aiohttp.ClientResponse) -> None:
        fields: dict[str, str] = {}
        async for raw in response.content:
            line = raw.decode("utf-8").rstrip("\r\n")
            if line.startswith(":"):
                continue
            if line:
                name, _, value = line.partition(":")
                fields[name] = value[1:] if value.startswith(" ") else value
                continue
            if fields.get("event") == "message":
                self.last_event_id = int(fields["id"])
                self.hear([json.loads(fields["data"])])
            elif fields.get("event") == "ended":
                self.ended = True
                return
            fields = {}

    async def answer_to(self, message: Message, before: int) -> list[dict[str, Any]]:
        """What answered `message` (everything heard after the first `before` messages), once it holds more
        than the holding notice; [] when nothing came in time."""
        deadline = self.soak.answer_deadline(message)
        while True:
            self.changed.clear()
            answer = self.heard[before:]
            if any(m["sender"] != "person" and not holding(m["text"]) for m in answer):
                await asyncio.sleep(0.3)  # the rest of the same answer, pushed a moment later
                message.answered_at = time.monotonic()
                return self.heard[before:]
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            try:
                await asyncio.wait_for(self.changed.wait(), min(left, 5))
            except asyncio.TimeoutError:
                pass

    async def report(self) -> None:
        """One report, from opening the chat to its reference (or until the soak is over)."""
        status, opened = await self.post(self.url, None, "opening a chat")
        if status != 201:
            self.soak.figures.problems.append(f"{self.name}: opening a chat got {status}")
            return
        self.session_id, self.ended = opened["session_id"], False
        self.heard, self.seen_ids, self.last_event_id = [], set(), 0
        self.hear(opened["messages"])
        stream = asyncio.create_task(self.follow())
        try:
            await self._converse()
        finally:
            self.ended = True
            stream.cancel()

    async def _converse(self) -> None:
        latest, free_text = self.heard[:], iter(FREE_TEXT)
        for _turn in range(MAX_TURNS):
            if any(REFERENCE.search(m["text"]) for m in latest):
                self.soak.figures.reports += 1
                return
            if self.soak.over:
                return
            await asyncio.sleep(self.soak.pace)
            # The widget offers the choices of the last thing said, as the hub accepts them (an answer
            # pushed after a kept turn may follow an older menu: the opening, answered late).
            button = choose(latest[-1:]) if latest and latest[-1]["sender"] != "person" else None
            body: dict[str, Any] = {"payload": button["payload"]} if button else {"text": next(free_text, "skip")}
            body["client_message_id"] = secrets.token_hex(8)
            message = self.soak.figures.sent(self.name, button["title"] if button else body["text"])
            before = len(self.heard)
            status, answer = await self.post(f"{self.url}/{self.session_id}/messages", body, "a message")
            if status != 200:
                self.soak.figures.problems.append(f"{self.name}: a message got {status} {answer}")
                return
            message.acknowledged = True
            self.hear(answer["messages"])
            latest = await self.answer_to(message, before)
            if not latest:
                return  # lost: counted at the end; this person gives up and starts again
        self.soak.figures.problems.append(f"{self.name}: no reference after {MAX_TURNS} turns")

    async def run(self) -> None:
        while not self.soak.over:
            try:
                await self.report()
            except Exception as error:  # one person's trouble is a figure, not the end of the soak
                self.soak.figures.problems.append(f"{self.name}: {type(error).__name__}: {error}")
                await asyncio.sleep(1)


# --------------------------------------------------------------------------------------------- SMS


@dataclass
class Texter:
    soak: Soak
    name: str
    caller: TwilioWebhookCaller
    numbers: list[str] = field(default_factory=list)

    def conversation_id(self, number: str) -> str:
        return conversation_id_for(self.soak.launcher.settings.secret_key, "sms", number)

    def settled(self, conversation_id: str) -> bool:
        """Nothing waits to be sent to the number, and no turn of it waits for the assistant."""
        pending = self.soak.read(sa.select(sa.func.count()).select_from(outbox).where(
            outbox.c.conversation_id == conversation_id, outbox.c.status == "pending"))[0][0]
        kept = self.soak.read(sa.select(sa.func.count()).select_from(assistant_backlog).where(
            assistant_backlog.c.conversation_id == conversation_id))[0][0]
        return not pending and not kept

    async def text(self, number: str, body: str) -> list[str]:
        """Sends one text as Twilio delivers it; returns the texts sent back for it, [] when none came."""
        figures = self.soak.figures
        seen = len(self.soak.inbox.arrived(number))
        message = figures.sent(self.name, body)
        form = inbound_form(self.soak.standins.twilio.account_sid, number, SMS_NUMBER, body)
        delivery = await self.caller.deliver(form)
        figures.server_errors += [f"{self.name} webhook: {outcome}" for outcome in delivery.tries
                                  if outcome.isdigit() and int(outcome) >= 500]
        if not delivery.accepted:
            figures.provider_gave_up += 1
            return []
        message.acknowledged = True
        conversation_id = self.conversation_id(number)
        deadline = self.soak.answer_deadline(message)
        while time.monotonic() < deadline:
            answer = [text for _at, text in self.soak.inbox.arrived(number)[seen:]]
            if any(not holding(text) for text in answer) and await asyncio.to_thread(self.settled, conversation_id):
                message.answered_at = time.monotonic()
                repeated = [text for text, count in Counter(answer).items() if count > 1]
                figures.twice += [f"{self.name}: {text[:60]!r} sent {answer.count(text)} times for one text"
                                  for text in repeated]
                return answer
            await asyncio.sleep(0.2)
        return []

    async def report(self) -> None:
        number = f"+447700900{next(_numbers):03d}"
        self.numbers.append(number)
        self.soak.inbox.expect(number)
        replies, free_text = await self.text(number, "Hi"), iter(FREE_TEXT)
        for _turn in range(MAX_TURNS):
            if any(REFERENCE.search(reply) for reply in replies):
                self.soak.figures.reports += 1
                return
            if self.soak.over or not replies:
                return
            await asyncio.sleep(self.soak.pace)
            options = numbered_options(replies)
            button = choose([{"buttons": [{"title": title, "payload": title} for title in options]}])
            replies = await self.text(number, str(options[button["title"]]) if button else next(free_text, "skip"))
        self.soak.figures.problems.append(f"{self.name}: no reference after {MAX_TURNS} turns")

    async def run(self) -> None:
        while not self.soak.over:
            try:
                await self.report()
            except Exception as error:
                self.soak.figures.problems.append(f"{self.name}: {type(error).__name__}: {error}")
                await asyncio.sleep(1)


# --------------------------------------------------------------------------------------------- the killer


async def killer(soak: Soak, calm: float) -> None:
    """SIGKILL to Rasa, the action server and the hub in turn while the soak lasts; each time the service
    is whole again (/healthz 200 from a hub) before the next, and `calm` seconds of reports in between."""
    launcher = soak.launcher
    for name in itertools.cycle((RASA, ACTIONS, HUB)):
        await asyncio.sleep(calm * random.uniform(0.5, 1.5))
        if soak.over:
            return
        kill = Kill(name, time.monotonic())
        soak.figures.kills.append(kill)
        await asyncio.to_thread(launcher.kill, name)
        await asyncio.to_thread(launcher.wait_until_healthy)
        kill.recovered_after = time.monotonic() - kill.at
        print(f"  killed {name} at {kill.at - soak.started:5.0f} s; whole again after {kill.recovered_after:.1f} s",
              flush=True)


# --------------------------------------------------------------------------------------------- the checks


def tracker_user_message_ids(launcher: Launcher, conversation_id: str) -> list[str]:
    settings = launcher.settings
    response = requests.get(f"{settings.rasa_url}/conversations/{conversation_id}/tracker",
                            params={"token": settings.rasa_api_token}, timeout=60)
    response.raise_for_status()
    events = response.json().get("events") or []
    return [str(e["message_id"]) for e in events if e.get("event") == "user" and e.get("message_id")]


def repeated_answers(rows: list[Any]) -> list[str]:
    """Texts said twice in answer to one person's message (between it and their next), in a transcript."""
    repeated, block = [], Counter[str]()
    for row in rows:
        if row.sender == "person":
            block = Counter()
            continue
        block[row.text] += 1
        if block[row.text] == 2:
            repeated.append(row.text)
    return repeated


def check_conversations(soak: Soak, web: list[WebPerson], texters: list[Texter]) -> None:
    """Exactly once, read from what was stored, what the assistant took and what the stand-in sent."""
    figures, launcher = soak.figures, soak.launcher
    sessions = soak.read(sa.select(chat_sessions.c.conversation_id))
    sms = {texter.conversation_id(number): number for texter in texters for number in texter.numbers}
    sent_to = Counter(message.to for message in soak.standins.twilio.sent.all())
    for conversation_id in [row.conversation_id for row in sessions] + list(sms):
        rows = soak.read(sa.select(messages.c.sender, messages.c.text)
                         .where(messages.c.conversation_id == conversation_id).order_by(messages.c.id))
        figures.twice += [f"{conversation_id[:8]}: {text[:60]!r} twice in one answer" for text in repeated_answers(rows)]
        taken = Counter(tracker_user_message_ids(launcher, conversation_id))
        figures.twice += [f"{conversation_id[:8]}: the assistant took one message {n} times"
                          for n in taken.values() if n > 1]
        made = soak.read(sa.select(sa.func.count()).select_from(reports).where(
            reports.c.conversation_id == conversation_id))[0][0]
        if made > 1:
            figures.twice.append(f"{conversation_id[:8]}: {made} reports from one conversation")
        if conversation_id in sms:
            queued = soak.read(sa.select(sa.func.count()).select_from(outbox).where(
                outbox.c.conversation_id == conversation_id, outbox.c.status == "sent"))[0][0]
            if sent_to[sms[conversation_id]] > queued:
                figures.twice.append(f"{conversation_id[:8]}: {sent_to[sms[conversation_id]]} texts sent for "
                                     f"{queued} in the outbox")


def print_figures(figures: Figures, people: int, texters: int, minutes: float) -> None:
    sent = figures.messages
    answered = [m for m in sent if m.answered_at is not None]
    waits = sorted(m.answered_at - m.sent_at for m in answered if m.answered_at is not None)
    print(f"\nSoak with kills: {minutes:g} min, {people} web chat people and {texters} texters")
    print(f"messages sent: {len(sent)}  acknowledged: {sum(m.acknowledged for m in sent)}  answered: {len(answered)}")
    if waits:
        print(f"  time to answer (s): p50 {waits[len(waits) // 2]:.1f}  p95 {waits[int(len(waits) * 0.95)]:.1f}  "
              f"max {waits[-1]:.1f}")
    print(f"lost (acknowledged, never answered): {len(figures.lost)}")
    print(f"answered twice: {len(figures.twice)}")
    print(f"5xx seen: {len(figures.server_errors)}")
    print(f"texts Twilio would have given up on (never acknowledged): {figures.provider_gave_up}")
    print(f"reports completed with a reference: {figures.reports}")
    print(f"kills: {len(figures.kills)}  " + "  ".join(
        f"{k.name} {k.recovered_after:.1f} s" if k.recovered_after is not None else f"{k.name} (not back)"
        for k in figures.kills))
    for title, lines in (("lost", [f"{m.who}: {m.text[:60]!r}" for m in figures.lost]), ("twice", figures.twice),
                         ("5xx", figures.server_errors), ("other problems", figures.problems)):
        for line in lines[:10]:
            print(f"  {title}: {line}")


# --------------------------------------------------------------------------------------------- running it


async def soak_run(launcher: Launcher, standins: StandIns, args: argparse.Namespace) -> Figures:
    figures = Figures()
    engine = sa.create_engine(launcher.settings.database_url, future=True)
    inbox = Inbox(asyncio.get_running_loop())
    standins.twilio.sent.listen(inbox.record)
    settings = launcher.settings
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
            soak = Soak(launcher, standins, engine, http, figures, time.monotonic() + args.minutes * 60,
                        args.deadline, args.pace, inbox)
            caller = TwilioWebhookCaller(
                standins.twilio.auth_token, f"{launcher.url}{TWILIO_WEBHOOK}#{RECOMMENDED_OVERRIDES}",
                settings.public_base_url + TWILIO_WEBHOOK, http)
            web = [WebPerson(soak, f"web{i + 1}") for i in range(args.people)]
            texters = [Texter(soak, f"sms{i + 1}", caller) for i in range(args.texters)]
            people = [asyncio.create_task(p.run()) for p in web] + [asyncio.create_task(t.run()) for t in texters]
            killing = asyncio.create_task(killer(soak, args.calm))
            await asyncio.gather(*people)
            await killing
            await asyncio.to_thread(launcher.wait_until_healthy)
            await asyncio.to_thread(check_conversations, soak, web, texters)
    finally:
        engine.dispose()
    return figures


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=5.0, help="how long people keep starting reports")
    parser.add_argument("--people", type=int, default=8, help="web chat people reporting at once")
    parser.add_argument("--texters", type=int, default=8, help="SMS texters reporting at once")
    parser.add_argument("--pace", type=float, default=1.0, help="seconds each person waits before answering")
    parser.add_argument("--calm", type=float, default=20.0, help="seconds, on average, between one recovery and the next kill")
    parser.add_argument("--deadline", type=float, default=180.0,
                        help="seconds a message may wait for its answer (after the end too) before it counts as lost")
    args = parser.parse_args(argv)
    var_dir = Path(tempfile.mkdtemp(prefix="speakup-soak-"))
    standins = start_standins()
    launcher = start_launcher(var_dir, {
        **standins.environment(),
        # The people here never ask for a person; the SMS outbox retries within seconds, as in the stack tests.
        "STAFFED_HOURS": "never", "OUTBOX_RETRY_BASE_SECONDS": "0.5", "OUTBOX_RETRY_MAX_SECONDS": "2",
    })
    print(f"Starting SpeakUp under its launcher (files in {var_dir}); Rasa takes a minute or more...", flush=True)
    try:
        launcher.wait_until_healthy()
        print(f"Whole. Soaking for {args.minutes:g} min: {args.people} web chat people, {args.texters} texters, "
              f"kills in turn of {RASA}, {ACTIONS} and {HUB}", flush=True)
        figures = asyncio.run(soak_run(launcher, standins, args))
    finally:
        launcher.stop()
        standins.stop()
    print_figures(figures, args.people, args.texters, args.minutes)
    failed = figures.lost or figures.twice or figures.server_errors
    print(f"launcher log: {launcher.log}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
