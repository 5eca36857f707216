"""One process dying never stops the service: the real launcher (`python -m bot.launcher`, what `make run`
runs) on free ports, and kill -9 of each of its processes in the middle of a web chat report.

While the assistant is down the hub says so on /healthz (503, naming the part), the web chat page still
loads and a message gets the "assistant unavailable" notice; the launcher starts the dead process again,
and the same conversation carries on from where it was. SIGTERM to the launcher stops everything: exit 0.

One launcher for the module (Rasa takes a minute or more to load on a loaded machine, and again after each
kill); each test has a person of its own. The SIGTERM test ends the launcher, so it comes last.
The supervision loop itself, with stand-in processes: tests/bot/test_supervisor.py."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pytest
import requests
import sqlalchemy as sa

from bot.config import PROJECT_ROOT, Settings
from bot.launcher import ACTIONS, HUB, RASA
from bot.storage.references import parse_reference
from bot.storage.schema import reports
from tests.support.chat import ChatPerson
from tests.support.stack import environment_for_tests

pytestmark = pytest.mark.stack

# Rasa loads its model in 40-90 s on this shared machine; generous, so a slow moment is not a failure.
READY_SECONDS = 300.0
UNAVAILABLE = "the assistant isn't available right now"
ACCOUNT = "Two men pulled at my hijab outside the shop and called me a terrorist."
REFERENCE = re.compile(r"\b\d{4} \d{4} \d{4}\b")


@dataclass
class Launcher:
    process: "subprocess.Popen[bytes]"
    log: Path
    settings: Settings

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.settings.hub_port}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def pids(self, name: str) -> list[int]:
        """Every pid the launcher said it started for `name`, in order."""
        return [int(pid) for pid in re.findall(rf"started the {name} process \(pid (\d+)\)", self.output())]

    def health(self) -> requests.Response:
        return requests.get(f"{self.url}/healthz", timeout=10)

    def wait_until(self, what: str, condition: Callable[[], bool], timeout: float = READY_SECONDS) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"the launcher stopped:\n{self.output()[-3000:]}"
            try:
                if condition():
                    return
            except requests.RequestException:
                pass
            time.sleep(1)
        pytest.fail(f"{what} not within {timeout:.0f} s; launcher output:\n{self.output()[-3000:]}")

    def wait_until_healthy(self) -> None:
        self.wait_until("healthy", lambda: self.health().status_code == 200)

    def kill(self, name: str) -> int:
        """kill -9 of the running `name` process; returns its pid once it is gone."""
        pid = self.pids(name)[-1]
        os.kill(pid, signal.SIGKILL)
        noticed = f"the {name} process was killed by SIGKILL"
        self.wait_until(f"the launcher noticing the {name} process died", lambda: noticed in self.output(), 30)
        return pid


@pytest.fixture(scope="module")
def launcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Launcher]:
    var_dir = tmp_path_factory.mktemp("supervised")
    test_settings = environment_for_tests(var_dir)
    log = var_dir / "launcher.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.launcher"], cwd=PROJECT_ROOT, env={**os.environ, **test_settings},
            stdout=output, stderr=subprocess.STDOUT,
        )
    running = Launcher(process, log, Settings.from_env(test_settings))
    try:
        running.wait_until_healthy()
        yield running
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def database(launcher: Launcher) -> Iterator[sa.engine.Engine]:
    engine = sa.create_engine(launcher.settings.database_url, future=True)
    yield engine
    engine.dispose()


def at_the_account(launcher: Launcher) -> ChatPerson:
    """A person part way through a hate incident report, asked for what happened in their own words."""
    person = ChatPerson(launcher.url)
    person.start()
    person.choose("Report something")
    person.choose("Hate incident")
    person.choose("It happened to me")
    person.choose("Religion or belief")
    assert "own words" in person.last_text
    return person


def told_unavailable(person: ChatPerson, text: str) -> None:
    person.say(text)
    assert UNAVAILABLE in person.last_text.lower(), person.last_text
    assert "999" in person.last_text  # the way to help in danger is given even so


def carries_on_from_the_account(person: ChatPerson) -> None:
    """Said again once the assistant is back: the form goes on from the same question."""
    person.say(ACCOUNT)
    assert UNAVAILABLE not in person.last_text.lower()
    person.say("done")
    person.say("last Saturday afternoon")
    assert "Shop" in person.button_titles(), person.last_text


def test_kill_9_of_rasa_mid_report_is_restarted_and_the_chat_answers_meanwhile(launcher: Launcher) -> None:
    person = at_the_account(launcher)
    killed = launcher.kill(RASA)

    health = launcher.health()
    assert health.status_code == 503
    assert health.json()["down"] == ["rasa"] and health.json()["checks"] == {"rasa": False, "action_server": True}
    page = requests.get(f"{launcher.url}/", timeout=10)
    assert page.status_code == 200 and "speakup" in page.text.lower()
    told_unavailable(person, ACCOUNT)

    launcher.wait_until_healthy()
    assert launcher.pids(RASA)[-1] != killed
    restarted = r"the rasa process was killed by SIGKILL after \d+ s up; starting it again in 1 s"
    assert re.search(restarted, launcher.output())
    assert len(launcher.pids(HUB)) == 1 and len(launcher.pids(ACTIONS)) == 1  # nothing else was restarted
    carries_on_from_the_account(person)


def test_kill_9_of_the_action_server_mid_report_is_restarted_and_the_chat_answers_meanwhile(launcher: Launcher) -> None:
    person = at_the_account(launcher)
    hub_pids = launcher.pids(HUB)
    killed = launcher.kill(ACTIONS)

    # Rasa still answers, but without its actions it would skip questions: the hub says the assistant is
    # down. (The launcher waits 1 s before starting it again, and it takes seconds to load.)
    health = launcher.health()
    assert health.status_code == 503
    assert health.json()["down"] == ["action_server"]
    assert health.json()["checks"] == {"rasa": True, "action_server": False}
    told_unavailable(person, ACCOUNT)
    launcher.wait_until_healthy()
    assert launcher.pids(ACTIONS)[-1] != killed and launcher.pids(HUB) == hub_pids
    carries_on_from_the_account(person)


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
    person.say("last Saturday afternoon")
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
        stored = connection.execute(sa.select(reports).where(reports.c.reference == reference)).mappings().first()
    assert stored is not None and stored["kind"] == "hate" and "pulled at my hijab" in stored["answers"]["account"]


def test_sigterm_to_the_launcher_stops_every_process_and_exits_0(launcher: Launcher) -> None:
    children = [launcher.pids(name)[-1] for name in (ACTIONS, RASA, HUB)]
    launcher.process.send_signal(signal.SIGTERM)
    assert launcher.process.wait(timeout=120) == 0
    assert [pid for pid in children if Path(f"/proc/{pid}").exists()] == []
    output = launcher.output()
    assert "SIGTERM received: stopping SpeakUp" in output and "SpeakUp stopped" in output
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{launcher.url}/healthz", timeout=5)
