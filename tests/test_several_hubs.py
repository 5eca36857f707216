"""Many hubs, one service: the whole service over PostgreSQL and Redis with two hubs side by side, the
launcher's and one more started as an operator would, `speakup hub --port N --console-port M`, both on the
same settings, as a load balancer would have them (docs/architecture.md, "Several hubs").

What a person or a call handler would notice is asserted: a web chat whose turns land on alternate hubs
completes its report; a handler's reply through one hub's console reaches a person whose live stream is
on the other within a second; the same Twilio delivery reaching both hubs at once is answered once; with
both hubs sending, the Twilio stand-in gets every queued message exactly once; and a hub killed mid-report
loses nothing for a person who carries on through the other."""
from __future__ import annotations

import concurrent.futures
import dataclasses
import itertools
import signal
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any, Iterator, Optional

import pytest
import redis
import requests
import sqlalchemy as sa

from bot.launcher import Stack
from bot.storage.schema import conversations, messages, outbox, reports
from tests.bot.console.support import ConsoleUser, add_staff, conversation_of_chat
from tests.channels.texting.people import Hub, TelegramUser, TwilioPhone, wait_until_sent
from tests.support.chat import ChatPerson, LiveStream
from tests.support.load_balancer import ThrowawayNginx, nginx_bin
from tests.support.ports import free_port
from tests.support.postgresql import ThrowawayPostgres
from tests.support.redis_server import ThrowawayRedis
from tests.support.stack import start_another_hub, start_stack
from tests.support.throwaway import installed
from tests.support.standins import SMS_NUMBER, StandIns
from tests.test_reporting_through_the_hub import reference_in, report_a_hate_crime, skip_to_review


@dataclass
class SeveralHubs:
    stack: Stack
    second_hub: subprocess.Popen[bytes]
    hub_urls: tuple[str, str]
    console_urls: tuple[str, str]
    engine: sa.engine.Engine
    # nginx in front of both hubs, with the production layout's proxy settings (deploy/nginx/).
    load_balancer: ThrowawayNginx

    @property
    def database_url(self) -> str:
        return self.stack.settings.database_url


@pytest.fixture(scope="module")
def several_hubs(
    postgres: ThrowawayPostgres, redis_server: ThrowawayRedis, standins: StandIns,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[SeveralHubs]:
    var_dir = tmp_path_factory.mktemp("several-hubs")
    stack = start_stack(var_dir, {
        **standins.environment(),
        "DATABASE_URL": postgres.new_database("several_hubs"),
        "REDIS_URL": redis_server.url,
        "OUTBOX_RETRY_BASE_SECONDS": "0.5",
        "OUTBOX_RETRY_MAX_SECONDS": "2",
    })
    port, console_port = free_port(), free_port()
    try:
        second = start_another_hub(stack, port, console_port)
    except Exception:
        stack.stop()
        raise
    engine = sa.create_engine(stack.settings.database_url, future=True)
    settings = stack.settings
    balancer = ThrowawayNginx.start(installed(nginx_bin(), "nginx"), [f"127.0.0.1:{settings.hub_port}", f"127.0.0.1:{port}"])
    yield SeveralHubs(
        stack, second, (stack.hub_url(), f"http://127.0.0.1:{port}"),
        (f"http://127.0.0.1:{settings.console_port}", f"http://127.0.0.1:{console_port}"), engine, balancer,
    )
    balancer.stop()
    engine.dispose()
    if second.poll() is None:
        second.terminate()
        second.wait(timeout=60)
    stack.stop()


@dataclass
class PersonBehindALoadBalancer(ChatPerson):
    """A web chat whose every request the load balancer sends to the next hub in turn."""

    hubs: tuple[str, ...] = ()
    turns: Iterator[int] = dataclasses.field(default_factory=itertools.count)

    def post(self, body: Any, raw: Optional[bytes] = None, headers: Optional[dict[str, str]] = None) -> requests.Response:
        self.hub_url = self.hubs[next(self.turns) % len(self.hubs)]
        return super().post(body, raw, headers)


def _said_by_person(engine: sa.engine.Engine, conversation_id: str) -> list[str]:
    """What the person said, as stored, in order."""
    with engine.connect() as connection:
        return list(connection.execute(
            sa.select(messages.c.text).where(messages.c.conversation_id == conversation_id, messages.c.sender == "person")
            .order_by(messages.c.id)).scalars())


def _reports_of(engine: sa.engine.Engine, conversation_id: str) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(
            sa.select(reports.c.reference).where(reports.c.conversation_id == conversation_id)).scalars())


class RedisKeysSeen:
    """Every key seen in Redis while it watches (polled): to show who locked what."""

    def __init__(self, url: str) -> None:
        self.keys: set[str] = set()
        self._client = redis.Redis.from_url(url)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            self.keys.update(key.decode() for key in self._client.keys("*"))
            time.sleep(0.005)

    def stop(self) -> set[str]:
        self._stop.set()
        self._thread.join(timeout=5)
        self._client.close()
        return self.keys


def test_a_web_chat_whose_turns_alternate_between_the_hubs_completes_its_report(
    several_hubs: SeveralHubs, redis_server: ThrowawayRedis,
) -> None:
    person = PersonBehindALoadBalancer(several_hubs.hub_urls[0], hubs=several_hubs.hub_urls)
    person.start()
    conversation_id = conversation_of_chat(several_hubs.database_url, person.session_id or "")
    watching = RedisKeysSeen(redis_server.url)
    try:
        summary = report_a_hate_crime(person)
    finally:
        seen = watching.stop()
    # Rasa took each turn under its lock in Redis (endpoints.yml's lock store, shared across machines).
    assert f"speakup:rasa:lock:{conversation_id}" in seen, seen
    assert "Highfields" in summary
    reference = reference_in(person)
    assert _reports_of(several_hubs.engine, conversation_id) == [reference]
    said = _said_by_person(several_hubs.engine, conversation_id)
    assert said.count("Two men pulled at my hijab outside the shop and called me a terrorist.") == 1
    assert said.count("Highfields, Leicester") == 1


def test_through_the_load_balancer_a_report_completes_and_a_handlers_reply_streams_at_once(
    several_hubs: SeveralHubs,
) -> None:
    """nginx with deploy/nginx/speakup-hubs.conf: requests spread over both hubs, and the live stream is
    passed through unbuffered (a buffered stream would hold the handler's message back)."""
    person = ChatPerson(several_hubs.load_balancer.url)
    person.start()
    conversation_id = conversation_of_chat(several_hubs.database_url, person.session_id or "")
    report_a_hate_crime(person)
    assert _reports_of(several_hubs.engine, conversation_id) == [reference_in(person)]

    add_staff(several_hubs.database_url, "balanced-handler")
    handler = ConsoleUser(several_hubs.console_urls[1])
    assert handler.login("balanced-handler").status_code == 200
    stream = LiveStream(person)
    try:
        person.say("I want to talk to a person")
        assert handler.post(f"/conversations/{conversation_id}/claim").status_code == 200
        time.sleep(0.5)
        sent_at = time.monotonic()
        handler.post(f"/conversations/{conversation_id}/messages", {"text": "Hello again, this is Sam."})
        arrived_at, message = stream.first_from("handler", sent_at)
        assert message["text"] == "Hello again, this is Sam." and arrived_at - sent_at < 1.0
    finally:
        stream.close()
    assert several_hubs.load_balancer.errors().count("[error]") == 0, several_hubs.load_balancer.errors()


def test_a_handlers_reply_through_one_hub_reaches_a_person_whose_stream_is_on_the_other(several_hubs: SeveralHubs) -> None:
    add_staff(several_hubs.database_url, "two-hubs-handler")
    handler = ConsoleUser(several_hubs.console_urls[0])
    assert handler.login("two-hubs-handler").status_code == 200  # on duty before the person asks
    person = ChatPerson(several_hubs.hub_urls[1])
    person.start()
    conversation_id = conversation_of_chat(several_hubs.database_url, person.session_id or "")
    stream = LiveStream(person)
    try:
        person.say("I want to talk to a person")
        with several_hubs.engine.connect() as connection:
            status = connection.execute(
                sa.select(conversations.c.status).where(conversations.c.id == conversation_id)).scalar_one()
        assert status == "waiting"
        assert handler.post(f"/conversations/{conversation_id}/claim").status_code == 200
        time.sleep(0.5)  # the claim's own notices have arrived; what comes next is the reply
        sent_at = time.monotonic()
        handler.post(f"/conversations/{conversation_id}/messages", {"text": "Hello, I'm Sam, a call handler."})
        arrived_at, message = stream.first_from("handler", sent_at)
        assert message["text"] == "Hello, I'm Sam, a call handler."
        assert arrived_at - sent_at < 1.0, f"took {arrived_at - sent_at:.2f} s"
    finally:
        stream.close()


def _phone(several_hubs: SeveralHubs, standins: StandIns, number: str, hub_url: str) -> TwilioPhone:
    hub = dataclasses.replace(Hub.of(several_hubs.stack, several_hubs.engine), url=hub_url)
    return TwilioPhone(hub, standins.twilio, number, SMS_NUMBER)


def test_the_same_twilio_delivery_reaching_both_hubs_at_once_is_answered_once(
    several_hubs: SeveralHubs, standins: StandIns,
) -> None:
    phones = [_phone(several_hubs, standins, "+447700900611", url) for url in several_hubs.hub_urls]
    form = phones[0].form("Hello, I need some help")
    signature = phones[0].sign(form)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda phone: phone.post(form, signature), phones))
    assert [answer.status_code for answer in answers] == [200, 200]
    wait_until_sent(several_hubs.engine, phones[0].conversation_id)
    time.sleep(1)  # a second answer, if there were one, would be on its way by now
    replies = phones[0].received()
    assert replies and len(replies) == len(set(replies)), replies
    assert _said_by_person(several_hubs.engine, phones[0].conversation_id) == ["Hello, I need some help"]


def test_the_same_telegram_update_reaching_both_hubs_at_once_is_answered_once(
    several_hubs: SeveralHubs, standins: StandIns,
) -> None:
    users = [
        TelegramUser(dataclasses.replace(Hub.of(several_hubs.stack, several_hubs.engine), url=url), standins.telegram,
                     standins.telegram_secret, chat_id=7_700_611)
        for url in several_hubs.hub_urls
    ]
    update = users[0].message("Hello, I need some help")
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda user: user.post(update), users))
    assert [answer.status_code for answer in answers] == [200, 200]
    wait_until_sent(several_hubs.engine, users[0].conversation_id)
    time.sleep(1)
    replies = [message.text for message in standins.telegram.messages_to(7_700_611)]
    assert replies and len(replies) == len(set(replies)), replies
    assert _said_by_person(several_hubs.engine, users[0].conversation_id) == ["Hello, I need some help"]


def test_the_same_chat_message_sent_to_both_hubs_at_once_is_taken_once(several_hubs: SeveralHubs) -> None:
    """A widget's retry that the load balancer sends to the other hub while the first is still answering."""
    people = [ChatPerson(url) for url in several_hubs.hub_urls]
    people[0].start()
    people[1].session_id = people[0].session_id
    conversation_id = conversation_of_chat(several_hubs.database_url, people[0].session_id or "")
    body = {"text": "Someone keeps leaving hateful notes on my car", "client_message_id": uuid.uuid4().hex}
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda person: person.post(body), people))
    assert [answer.status_code for answer in answers] == [200, 200]
    answered = [answer.json()["messages"] for answer in answers if answer.json()["messages"]]
    assert answered, "neither copy was answered"
    assert _said_by_person(several_hubs.engine, conversation_id) == [body["text"]]
    transcript = people[0].transcript()
    after = [message["text"] for message in transcript[[m["text"] for m in transcript].index(body["text"]) + 1:]]
    assert after == [message["text"] for message in answered[0]]  # answered once: nothing more was said


def test_with_both_hubs_sending_every_queued_message_reaches_twilio_exactly_once(
    several_hubs: SeveralHubs, standins: StandIns,
) -> None:
    numbers = [f"+4477009007{n:02d}" for n in range(6)]
    phones = {number: [_phone(several_hubs, standins, number, url) for url in several_hubs.hub_urls] for number in numbers}

    def converse(number: str) -> None:
        for turn, text in enumerate(["Hi", "report", "1", "1", "skip", "menu"]):
            phones[number][turn % 2].text(text)  # each text to the other hub

    with concurrent.futures.ThreadPoolExecutor(len(numbers)) as pool:
        list(pool.map(converse, numbers))
    conversation_ids = [phones[number][0].conversation_id for number in numbers]
    for conversation_id in conversation_ids:
        wait_until_sent(several_hubs.engine, conversation_id)
    with several_hubs.engine.connect() as connection:
        sent = connection.execute(sa.select(outbox.c.provider_id).where(
            outbox.c.conversation_id.in_(conversation_ids), outbox.c.status == "sent")).scalars().all()
    received = [message for number in numbers for message in standins.twilio.messages_to(number)]
    assert len(received) == len(sent) >= len(numbers) * 6  # every queued message, every text answered
    assert sorted(message.sid for message in received) == sorted(sent)  # none twice


def test_a_hub_killed_mid_report_loses_nothing_for_a_person_who_carries_on_through_the_other(
    several_hubs: SeveralHubs,
) -> None:
    """Last in this module: the second hub stays down afterwards. Through the load balancer, the person
    never sees the hub die: the request that finds it gone is passed to the other hub."""
    person = ChatPerson(several_hubs.load_balancer.url)
    person.start()
    conversation_id = conversation_of_chat(several_hubs.database_url, person.session_id or "")
    person.choose("Report something")
    person.choose("Hate incident")
    several_hubs.second_hub.send_signal(signal.SIGKILL)
    several_hubs.second_hub.wait(timeout=30)
    person.choose("It happened to me")  # ChatPerson fails the test on anything but a 200 with the answer
    person.choose("Religion or belief")
    skip_to_review(person, account="Two men shouted abuse at me at the bus stop.")
    person.choose("Send it")
    reference = reference_in(person)
    assert _reports_of(several_hubs.engine, conversation_id) == [reference]
    said = _said_by_person(several_hubs.engine, conversation_id)
    assert said.count("It happened to me") == 1 and said.count("Two men shouted abuse at me at the bus stop.") == 1
