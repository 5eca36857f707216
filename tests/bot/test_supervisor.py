"""The launcher's supervision (bot/supervisor.py), with small stand-in processes in place of SpeakUp's: a
process that dies is started again after a pause that doubles up to a cap, and starts from the shortest
pause again once it has stayed up; the log says which process, how it ended and when it comes back; the
others are never touched; on stop, each is asked in turn (the last started first) and a straggler killed.
The whole stack under the real launcher: tests/test_supervision_stack.py."""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from bot.supervisor import Backoff, ChildSpec, Supervisor, how_it_ended

FAST = Backoff(first=0.2, cap=0.8, steady=30.0)


def spawn(spec: ChildSpec) -> "subprocess.Popen[bytes]":
    return subprocess.Popen(spec.command, env={**os.environ, **spec.environment})


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


SLEEPER = python("import time; time.sleep(120)")


def until(condition: Callable[[], bool], supervisor: Supervisor, timeout: float = 15.0) -> None:
    """Runs the supervisor's loop (as the launcher does) until `condition` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        supervisor.check()
        time.sleep(0.05)


@pytest.fixture
def supervised() -> Iterator[Callable[..., Supervisor]]:
    started: list[Supervisor] = []

    def make(*specs: ChildSpec, backoff: Backoff = FAST) -> Supervisor:
        supervisor = Supervisor(specs, spawn=spawn, backoff=backoff)
        supervisor.start()
        started.append(supervisor)
        return supervisor

    yield make
    for supervisor in started:
        supervisor.stop()


def test_the_pause_doubles_with_each_crash_in_a_row_up_to_the_cap() -> None:
    backoff = Backoff(first=1.0, cap=60.0, steady=120.0)
    assert [backoff.delay(crashes) for crashes in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]


def test_a_process_that_stayed_up_starts_from_the_shortest_pause_again() -> None:
    backoff = Backoff(first=1.0, cap=60.0, steady=120.0)
    assert backoff.crashes_in_a_row(before=6, uptime=5.0) == 7
    assert backoff.crashes_in_a_row(before=6, uptime=120.0) == 1
    assert backoff.delay(backoff.crashes_in_a_row(before=6, uptime=300.0)) == 1.0


def test_the_log_names_the_signal_or_the_exit_code() -> None:
    assert how_it_ended(-signal.SIGKILL) == "was killed by SIGKILL"
    assert how_it_ended(3) == "exited with code 3"


def test_a_killed_process_is_started_again_and_the_others_carry_on(
    supervised: Callable[..., Supervisor], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.launcher")
    supervisor = supervised(*(ChildSpec(name, SLEEPER, {}) for name in ("actions", "rasa", "hub")))
    before = {name: supervisor.pid(name) for name in ("actions", "rasa", "hub")}
    rasa = before["rasa"]
    assert rasa is not None
    os.kill(rasa, signal.SIGKILL)
    until(lambda: supervisor.pid("rasa") not in (None, rasa), supervisor)
    assert supervisor.pid("actions") == before["actions"] and supervisor.pid("hub") == before["hub"]
    messages = [record.getMessage() for record in caplog.records]
    assert any(
        message.startswith("the rasa process was killed by SIGKILL")
        and "starting it again in 0.2 s (crash 1 in a row)" in message
        for message in messages
    ), messages
    assert f"started the rasa process (pid {supervisor.pid('rasa')})" in messages


@pytest.mark.slow  # real processes and real timeouts: seconds of waiting
def test_a_crash_loop_is_retried_with_capped_pauses_and_never_stops_the_others(
    supervised: Callable[..., Supervisor], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.launcher")
    supervisor = supervised(ChildSpec("actions", python("raise SystemExit(3)"), {}), ChildSpec("hub", SLEEPER, {}))
    hub = supervisor.pid("hub")
    started = time.monotonic()

    def crashes() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.getMessage().startswith("the actions process exited")]

    until(lambda: len(crashes()) >= 5, supervisor)
    # 0.2 + 0.4 + 0.8 + 0.8 s of pauses at least: doubled, then capped, not a tight loop.
    assert time.monotonic() - started >= 2.2
    assert all("exited with code 3" in message for message in crashes())
    assert [message.split("(crash ")[1].split(" ")[0] for message in crashes()[:5]] == ["1", "2", "3", "4", "5"]
    pauses = [message.split("again in ")[1].split(" ")[0] for message in crashes()[:5]]
    assert pauses == ["0.2", "0.4", "0.8", "0.8", "0.8"]
    assert supervisor.pid("hub") == hub


def test_a_missing_program_is_retried_like_a_crash(
    supervised: Callable[..., Supervisor], caplog: pytest.LogCaptureFixture
) -> None:
    supervisor = supervised(ChildSpec("rasa", ["/nonexistent/rasa"], {}), ChildSpec("hub", SLEEPER, {}))
    until(lambda: sum("could not start" in r.getMessage() for r in caplog.records) >= 2, supervisor)
    assert supervisor.pid("hub") is not None


@pytest.mark.slow  # real processes and real timeouts: seconds of waiting
def test_stop_asks_the_last_started_first_and_waits_for_each(
    supervised: Callable[..., Supervisor], tmp_path: Path
) -> None:
    """Each stand-in takes a moment to finish after SIGTERM, as the hub does while draining: the next is
    only asked once the previous has gone."""
    record = tmp_path / "stopped"
    graceful = (
        "import signal, sys, time\n"
        "def stop(*_):\n"
        "    time.sleep(0.3)\n"
        f"    open({str(record)!r}, 'a').write(sys.argv[1] + '\\n')\n"
        "    sys.exit(0)\n"
        "signal.signal(signal.SIGTERM, stop)\n"
        "time.sleep(120)\n"
    )
    specs = [ChildSpec(name, python(graceful) + [name], {}) for name in ("actions", "rasa", "hub")]
    supervisor = supervised(*specs)
    time.sleep(1.0)  # each has set its handler
    supervisor.stop()
    assert record.read_text().split() == ["hub", "rasa", "actions"]
    assert all(child.process is not None and child.process.returncode == 0 for child in supervisor.children)


@pytest.mark.slow  # real processes and real timeouts: seconds of waiting
def test_a_process_that_ignores_sigterm_is_killed_after_its_timeout(supervised: Callable[..., Supervisor]) -> None:
    stubborn = python("import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(120)")
    supervisor = supervised(ChildSpec("hub", stubborn, {}, stop_timeout=1.0))
    time.sleep(1.0)
    started = time.monotonic()
    supervisor.stop()
    process = supervisor.children[0].process
    assert process is not None and process.returncode == -signal.SIGKILL
    assert 1.0 <= time.monotonic() - started < 10


@pytest.mark.slow  # real processes and real timeouts: seconds of waiting
def test_nothing_is_started_again_once_stopping(supervised: Callable[..., Supervisor]) -> None:
    supervisor = supervised(ChildSpec("hub", SLEEPER, {}))
    supervisor.stop()
    for _ in range(3):
        supervisor.check()
        time.sleep(FAST.first * 2)
    assert supervisor.pid("hub") is None
