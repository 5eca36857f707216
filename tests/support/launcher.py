"""SpeakUp started as `make run` starts it: the real launcher (`python -m bot.launcher`) with its supervisor,
on free ports over a fresh SQLite database, its output in a log file. Shared by the supervision stack tests
(tests/test_supervision_stack.py) and the soak (tests/soak.py), which both kill its children and read in the
launcher's log which process it started again, with which pid."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Mapping

import requests

from bot.config import PROJECT_ROOT, Settings
from tests.support.stack import environment_for_tests

# Rasa loads its model in 40-90 s on a shared 2-core machine, and again after each kill: generous, so
# that a slow moment is not taken for a failure.
READY_SECONDS = 300.0


class LauncherError(AssertionError):
    """The launcher stopped, or what was awaited did not happen in time (a test failure, with its log)."""


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

    def healthy(self) -> bool:
        try:
            return self.health().status_code == 200
        except requests.RequestException:
            return False

    def wait_until(self, what: str, condition: Callable[[], bool], timeout: float = READY_SECONDS) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise LauncherError(f"the launcher stopped:\n{self.output()[-3000:]}")
            try:
                if condition():
                    return
            except requests.RequestException:
                pass
            time.sleep(1)
        raise LauncherError(f"{what} not within {timeout:.0f} s; launcher output:\n{self.output()[-3000:]}")

    def wait_until_healthy(self, timeout: float = READY_SECONDS) -> None:
        self.wait_until("healthy", lambda: self.health().status_code == 200, timeout)

    def died(self, name: str, times: int) -> bool:
        """The launcher has logged at least `times` SIGKILL deaths of `name`."""
        return self.output().count(f"the {name} process was killed by SIGKILL") >= times

    def kill(self, name: str) -> int:
        """kill -9 of the running `name` process; returns its pid once the launcher has noticed it died."""
        pid = self.pids(name)[-1]
        deaths = self.output().count(f"the {name} process was killed by SIGKILL")
        os.kill(pid, signal.SIGKILL)
        self.wait_until(f"the launcher noticing the {name} process died", lambda: self.died(name, deaths + 1), 30)
        return pid

    def stop(self, timeout: float = 120.0) -> int:
        """SIGTERM, as Ctrl-C or systemd would: the launcher stops its children in order. Its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def start_launcher(var_dir: Path, extra_env: Mapping[str, str] = {}) -> Launcher:
    """`python -m bot.launcher` over `var_dir` (its database, secret and log), on free ports; not yet ready:
    call wait_until_healthy()."""
    settings = environment_for_tests(var_dir, extra_env)
    log = var_dir / "launcher.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.launcher"], cwd=PROJECT_ROOT, env={**os.environ, **settings},
            stdout=output, stderr=subprocess.STDOUT,
        )
    return Launcher(process, log, Settings.from_env(settings))


@contextmanager
def launched(var_dir: Path, extra_env: Mapping[str, str] = {}) -> Iterator[Launcher]:
    """`start_launcher`, once healthy; SIGTERM at the end, as Ctrl-C or systemd would."""
    running = start_launcher(var_dir, extra_env)
    try:
        running.wait_until_healthy()
        yield running
    finally:
        running.stop()
