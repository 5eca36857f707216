"""One process dying never stops the service: the real launcher (`python -m bot.launcher`, what `make run`
runs) on free ports, and kill -9 of each of its processes in the middle of a web chat report and of an SMS
report (a text Twilio delivers while the hub starts again is tried again with the same MessageSid, and
answered once; a text Twilio took just before the hub died is not sent again).

While the assistant is down the hub says so on /healthz (503, naming the part), the web chat page still
loads and a message gets one holding notice (kept, will be answered here, 999) and one after it none; the
launcher starts the dead process again, both are answered once, in order, without being sent again
(bot/replay.py), and the report completes with a reference. SIGTERM to the launcher stops everything: exit 0.

One launcher for the module (Rasa takes a minute or more to load on a loaded machine, and again after each
kill); each test has a person of its own. The SIGTERM test ends the launcher, so it comes last.
The supervision loop itself, with stand-in processes: tests/bot/test_supervisor.py."""
from __future__ import annotations

import asyncio
import re
import signal
import time
from pathlib import Path
from typing import Iterator, Optional

import aiohttp
import pytest
import requests
import sqlalchemy as sa

from bot.launcher import ACTIONS, HUB, RASA
from bot.storage.references import parse_reference
from bot.storage.schema import assistant_backlog, reports
from tests.channels.texting.fixtures import new_number
from tests.channels.texting.people import TWILIO_WEBHOOK, Hub, TwilioPhone, numbered_options, wait_until_sent
from tests.channels.twilio.test_sms_stack import make_a_report
from tests.support.chat import ChatPerson
from tests.support.launcher import Launcher, launched
from tests.support.standins import SMS_NUMBER, StandIns
from tests.support.standins.twilio_webhook import (
    RECOMMENDED_OVERRIDES, Delivery, TwilioWebhookCaller, inbound_form,
)

pytestmark = pytest.mark.stack

HOLDING = "your message is kept, and you will be answered here as soon as the assistant is back"
ACCOUNT = "Two men pulled at my hijab outside the shop and called me a terrorist."
REFERENCE = re.compile(r"\b\d{4} \d{4} \d{4}\b")


@pytest.fixture(scope="module")
def launcher(tmp_path_factory: pytest.TempPathFactory, standins: StandIns) -> Iterator[Launcher]:
    # SMS goes to the Twilio stand-in; a failed send is retried within seconds.
    extra_env = {**standins.environment(), "OUTBOX_RETRY_BASE_SECONDS": "0.5", "OUTBOX_RETRY_MAX_SECONDS": "2"}
    with launched(tmp_path_factory.mktemp("supervised"), extra_env) as running:
        yield running


@pytest.fixture(scope="module")
def database(launcher: Launcher) -> Iterator[sa.engine.Engine]:
    engine = sa.create_engine(launcher.settings.database_url, future=True)
    yield engine
    engine.dispose()


def at_the_account(launcher: Launcher, person: Optional[ChatPerson] = None) -> ChatPerson:
    """A person (a new one, or `person` who has just started a chat) part way through a hate incident report,
    asked for what happened in their own words."""
    if person is None:
        person = ChatPerson(launcher.url)
        person.start()
    person.choose("Report something")
    person.choose("Hate incident")
    person.choose("It happened to me")
    person.choose("Religion or belief")
    assert "own words" in person.last_text
    return person


def told_kept(person: ChatPerson, text: str, then: str) -> None:
    """`text` said while the assistant is down gets one holding notice; `then`, said after it, waits silently."""
    person.say(text)
    assert len(person.last_messages) == 1, person.last_text
    assert HOLDING in person.last_text.lower(), person.last_text
    assert "999" in person.last_text  # the way to help in danger is given even so
    assert person.say(then) == []


def answered_once_when_back(launcher: Launcher, person: ChatPerson, database: sa.engine.Engine) -> None:
    """Once the assistant is back, both kept messages are answered without being sent again, in order,
    once each: the transcript (what a reloaded page shows) has the account, the notice, "done", then the
    assistant's answers, and nothing twice."""
    def both_answered() -> bool:
        with database.connect() as connection:
            kept = connection.execute(sa.select(sa.func.count()).select_from(assistant_backlog)).scalar_one()
        return kept == 0 and person.transcript()[-1]["text"] != "done"

    launcher.wait_until("the kept messages answered", both_answered, 120)
    said = [m["text"] for m in person.transcript()]
    kept_at = said.index(ACCOUNT)
    assert said.count(ACCOUNT) == 1 and said.count("done") == 1
    assert HOLDING in said[kept_at + 1].lower() and said[kept_at + 2] == "done"
    answers = said[kept_at + 3:]
    assert answers and len(answers) == len(set(answers)), answers
    assert not any(HOLDING in text.lower() for text in answers)
    time.sleep(3)  # nothing more arrives later: answered once, not again by a second try
    assert [m["text"] for m in person.transcript()] == said


def reports_made(database: sa.engine.Engine, conversation_id: str) -> int:
    """How many reports the conversation made (one: nothing was taken twice)."""
    with database.connect() as connection:
        return int(connection.execute(sa.select(sa.func.count()).select_from(reports).where(
            reports.c.conversation_id == conversation_id)).scalar_one())


def completes_with_a_reference(person: ChatPerson, database: sa.engine.Engine) -> None:
    """From the question of when it happened to a stored report, whose reference the person is given."""
    person.say("last Saturday afternoon")
    assert "Shop" in person.button_titles(), person.last_text
    person.choose("Shop")
    person.say("Highfields, Leicester")
    for _ in range(10):
        if "Send it" in person.button_titles():
            break
        titles = person.button_titles()
        if "Stay anonymous" in titles:
            person.choose("Stay anonymous")
        else:
            person.say("skip")
    person.choose("Send it")
    shown = REFERENCE.search(person.last_text)
    assert shown, person.last_text
    reference = parse_reference(shown.group(0))
    with database.connect() as connection:
        found = connection.execute(sa.select(reports).where(reports.c.reference == reference)).mappings().all()
    assert len(found) == 1 and found[0]["kind"] == "hate" and "pulled at my hijab" in found[0]["answers"]["account"]
    # Saved under its turn (the hub's message id reached the action server): taken again, it would be found.
    assert found[0]["turn_key"].startswith(found[0]["conversation_id"] + ":")
    assert reports_made(database, found[0]["conversation_id"]) == 1  # one report for the conversation: nothing was taken twice


def test_kill_9_of_rasa_mid_report_is_restarted_and_what_was_said_meanwhile_is_answered_once(
    launcher: Launcher, database: sa.engine.Engine
) -> None:
    person = at_the_account(launcher)
    killed = launcher.kill(RASA)

    health = launcher.health()
    assert health.status_code == 503
    assert health.json()["down"] == ["rasa"] and health.json()["checks"] == {"database": True, "rasa": False, "action_server": True}
    page = requests.get(f"{launcher.url}/", timeout=10)
    assert page.status_code == 200 and "speakup" in page.text.lower()
    told_kept(person, ACCOUNT, then="done")

    launcher.wait_until_healthy()
    assert launcher.pids(RASA)[-1] != killed
    restarted = r"the rasa process was killed by SIGKILL after \d+ s up; starting it again in 1 s"
    assert re.search(restarted, launcher.output())
    assert len(launcher.pids(HUB)) == 1 and len(launcher.pids(ACTIONS)) == 1  # nothing else was restarted
    answered_once_when_back(launcher, person, database)
    completes_with_a_reference(person, database)


def test_kill_9_of_the_action_server_mid_report_is_restarted_and_what_was_said_meanwhile_is_answered_once(
    launcher: Launcher, database: sa.engine.Engine
) -> None:
    person = at_the_account(launcher)
    hub_pids = launcher.pids(HUB)
    killed = launcher.kill(ACTIONS)

    # Rasa still answers, but without its actions it would skip questions: the hub says the assistant is
    # down. (The launcher waits 1 s before starting it again, and it takes seconds to load.)
    health = launcher.health()
    assert health.status_code == 503
    assert health.json()["down"] == ["action_server"]
    assert health.json()["checks"] == {"database": True, "rasa": True, "action_server": False}
    told_kept(person, ACCOUNT, then="done")
    launcher.wait_until_healthy()
    assert launcher.pids(ACTIONS)[-1] != killed and launcher.pids(HUB) == hub_pids
    answered_once_when_back(launcher, person, database)
    completes_with_a_reference(person, database)


def test_kill_9_of_the_hub_mid_report_the_same_chat_session_carries_on_to_a_stored_report(
    launcher: Launcher, database: sa.engine.Engine
) -> None:
    person = at_the_account(launcher)
    person.say(ACCOUNT)
    killed = launcher.kill(HUB)
    launcher.wait_until_healthy()
    assert launcher.pids(HUB)[-1] != killed

    # The same session id, from the same browser: the conversation is where it was.
    assert ACCOUNT in [message["text"] for message in person.transcript()]
    person.say("done")
    completes_with_a_reference(person, database)


def texting_at_the_account(launcher: Launcher, database: sa.engine.Engine, standins: StandIns) -> TwilioPhone:
    """Someone texting a hate incident report, choosing by number, asked for what happened."""
    settings = launcher.settings
    hub = Hub(launcher.url, settings.public_base_url, settings.secret_key, database, settings.rasa_url,
              settings.rasa_api_token, settings.domain_path)
    phone = TwilioPhone(hub, standins.twilio, new_number(), SMS_NUMBER)
    replies = phone.say("Hi")
    for title in ("Report something", "Hate incident", "It happened to me", "Religion or belief"):
        options = numbered_options(replies)
        number = next(n for option, n in options.items() if option.lower().startswith(title.lower()))
        replies = phone.say(str(number))
    assert "own words" in " ".join(replies), replies
    return phone


@pytest.mark.parametrize("process", [RASA, ACTIONS])
def test_kill_9_of_rasa_or_the_action_server_mid_sms_report_what_was_texted_meanwhile_is_answered_and_sent_once(
    launcher: Launcher, database: sa.engine.Engine, standins: StandIns, process: str
) -> None:
    phone = texting_at_the_account(launcher, database, standins)
    launcher.kill(process)
    held = phone.say(ACCOUNT)
    assert len(held) == 1 and HOLDING in held[0].lower() and "999" in held[0], held
    assert phone.say("done") == []

    launcher.wait_until_healthy()

    def both_answered() -> bool:
        with database.connect() as connection:
            kept = connection.execute(sa.select(sa.func.count()).select_from(assistant_backlog)).scalar_one()
        return kept == 0
    launcher.wait_until("the kept texts answered", both_answered, 120)
    wait_until_sent(database, phone.conversation_id)
    answers = phone.new_replies()
    assert answers and not any(HOLDING in text.lower() for text in answers)
    # The assistant took each text once (its tracker), and each answer was sent once.
    heard = phone.hub.assistant_heard(phone.conversation_id)
    assert heard.count(ACCOUNT) == 1 and heard.count("done") == 1
    received = phone.received()
    assert all(received.count(text) == 1 for text in [*held, *answers]), received
    assert phone.hub.said_by_person(phone.conversation_id).count(ACCOUNT) == 1

    reference, _numbers = make_a_report(phone, answers)
    assert reference
    assert reports_made(database, phone.conversation_id) == 1


def test_kill_9_of_the_hub_mid_sms_report_the_text_twilio_retries_meanwhile_is_answered_and_sent_once(
    launcher: Launcher, database: sa.engine.Engine, standins: StandIns
) -> None:
    phone = texting_at_the_account(launcher, database, standins)
    killed = launcher.kill(HUB)
    # Twilio delivers the account while the hub is starting again: refused, then tried again with the same
    # MessageSid, as the webhook URL's connection overrides ask (docs/texting.md).
    delivery = asyncio.run(deliver_as_twilio(launcher, standins, phone, ACCOUNT))
    assert delivery.accepted, delivery.tries
    assert launcher.pids(HUB)[-1] != killed

    answers = phone.new_replies()
    assert answers and not any(HOLDING in text.lower() for text in answers), answers
    # Taken once by the assistant and stored once, however many times Twilio tried; each answer sent once.
    assert phone.hub.assistant_heard(phone.conversation_id).count(ACCOUNT) == 1
    assert phone.hub.said_by_person(phone.conversation_id).count(ACCOUNT) == 1
    received = phone.received()
    assert all(received.count(text) == 1 for text in answers), received

    reference, _numbers = make_a_report(phone, answers)
    assert reference
    assert reports_made(database, phone.conversation_id) == 1


def test_kill_9_of_the_hub_while_twilio_takes_an_sms_answer_the_restarted_hub_does_not_send_it_again(
    launcher: Launcher, database: sa.engine.Engine, standins: StandIns
) -> None:
    """The window `make soak` found: Twilio has taken the text, the hub dies before it hears so. The hub
    wrote the try down first and, started again, asks Twilio for it before sending it again."""
    phone = texting_at_the_account(launcher, database, standins)
    before = len(phone.received())
    standins.twilio.hold_answers(120)  # Twilio takes each text at once and answers two minutes later
    try:
        phone.text(ACCOUNT)
        standins.twilio.wait_for_messages(phone.number, before + 1)  # the first answer is taken
        launcher.kill(HUB)
    finally:
        standins.twilio.hold_answers(0)
    launcher.wait_until_healthy()

    answers = phone.new_replies()
    assert answers and len(answers) == len(set(answers)), answers
    received = phone.received()
    assert all(received.count(text) == 1 for text in answers), received
    taken = standins.twilio.messages_to(phone.number)[before]
    assert taken.sid in [row.provider_id for row in phone.hub.outbox(phone.conversation_id)]

    reference, _numbers = make_a_report(phone, answers)
    assert reference
    assert reports_made(database, phone.conversation_id) == 1


async def deliver_as_twilio(launcher: Launcher, standins: StandIns, phone: TwilioPhone, body: str) -> Delivery:
    async with aiohttp.ClientSession() as http:
        caller = TwilioWebhookCaller(
            standins.twilio.auth_token, f"{launcher.url}{TWILIO_WEBHOOK}#{RECOMMENDED_OVERRIDES}",
            launcher.settings.public_base_url + TWILIO_WEBHOOK, http)
        return await caller.deliver(inbound_form(standins.twilio.account_sid, phone.number, SMS_NUMBER, body))


def test_sigterm_to_the_launcher_stops_every_process_and_exits_0(launcher: Launcher) -> None:
    children = [launcher.pids(name)[-1] for name in (ACTIONS, RASA, HUB)]
    launcher.process.send_signal(signal.SIGTERM)
    assert launcher.process.wait(timeout=120) == 0
    assert [pid for pid in children if Path(f"/proc/{pid}").exists()] == []
    output = launcher.output()
    assert "SIGTERM received: stopping SpeakUp" in output and "SpeakUp stopped" in output
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{launcher.url}/healthz", timeout=5)
