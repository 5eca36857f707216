"""Keeps SpeakUp's processes alive under `make run`: a process that dies is started again after a pause
that grows while it keeps dying, and never takes the others with it; on SIGTERM or Ctrl-C they are
stopped one by one, in the order that loses nothing.

A small loop over subprocess rather than supervisor or circus: three processes, one restart policy and
one stop order are about a hundred lines here, tested (tests/bot/test_supervisor.py), while either
library would add a daemon, its own configuration format and a second way to start SpeakUp beside
`make run`. In production systemd does this job (deploy/, docs/deploy.md), from the same commands."""
from __future__ import annotations

import logging
import signal
import subprocess
import time
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

log = logging.getLogger("bot.launcher")

Spawn = Callable[["ChildSpec"], "subprocess.Popen[bytes]"]


@dataclass(frozen=True)
class Backoff:
    """How long to wait before starting again a process that died: `first`, doubling with each crash in
    a row up to `cap`, so that a crash loop neither spins the machine nor is ever given up on; once a
    process has stayed up `steady` seconds its next crash counts as the first again, so that a crash a
    week is restarted at once. `steady` is longer than Rasa takes to load (up to 90 s on a loaded machine):
    a Rasa that dies while loading is a crash loop, not a steady process."""

    first: float = 1.0
    cap: float = 60.0
    steady: float = 120.0

    def crashes_in_a_row(self, before: int, uptime: float) -> int:
        """The count of crashes in a row, this one included, for a process that was up `uptime` seconds."""
        return 1 if uptime >= self.steady else before + 1

    def delay(self, crashes_in_a_row: int) -> float:
        return min(self.cap, self.first * 2 ** max(0, crashes_in_a_row - 1))


def how_it_ended(returncode: int) -> str:
    """What a person reading the log needs: the signal's name when it was killed, else the exit code."""
    if returncode < 0:
        try:
            return f"was killed by {signal.Signals(-returncode).name}"
        except ValueError:
            return f"was killed by signal {-returncode}"
    return f"exited with code {returncode}"


@dataclass(frozen=True)
class ChildSpec:
    name: str
    command: list[str]
    environment: dict[str, str]
    # How long it may take to finish what it is doing after SIGTERM before it is killed.
    stop_timeout: float = 15.0


@dataclass
class Child:
    spec: ChildSpec
    process: Optional["subprocess.Popen[bytes]"] = None
    started_at: float = 0.0
    crashes: int = 0
    restart_at: Optional[float] = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


def stop_in_order(children: Sequence[tuple[str, "subprocess.Popen[bytes]", float]]) -> None:
    """SIGTERM to each in turn, waiting for it (up to its timeout, then SIGKILL) before the next: the hub
    first, so that the requests it is finishing can still reach Rasa and the action server."""
    for name, process, timeout in children:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                log.warning("the %s process did not stop within %.0f s; killing it", name, timeout)
                process.kill()
                process.wait()


@dataclass
class Supervisor:
    """Children start in the order given and stop in the reverse order."""

    specs: Sequence[ChildSpec]
    spawn: Spawn
    backoff: Backoff = field(default_factory=Backoff)
    clock: Callable[[], float] = time.monotonic
    children: list[Child] = field(default_factory=list)
    stopping: bool = False

    def start(self) -> None:
        self.children = [Child(spec) for spec in self.specs]
        for child in self.children:
            self._start(child)

    def check(self) -> None:
        """One look at every child: a death is logged and its restart scheduled; a due restart is done."""
        if self.stopping:
            return
        now = self.clock()
        for child in self.children:
            if child.process is not None and child.process.poll() is not None:
                self._died(child, child.process.returncode, now)
            if child.process is None and child.restart_at is not None and now >= child.restart_at:
                self._start(child)

    def pid(self, name: str) -> Optional[int]:
        for child in self.children:
            if child.spec.name == name and child.running and child.process is not None:
                return child.process.pid
        return None

    def stop(self) -> None:
        """No more restarts; then every running child, in reverse start order."""
        self.stopping = True
        running = [
            (child.spec.name, child.process, child.spec.stop_timeout)
            for child in reversed(self.children)
            if child.process is not None
        ]
        for child in self.children:
            child.restart_at = None
        stop_in_order(running)

    def _start(self, child: Child) -> None:
        child.restart_at = None
        child.started_at = self.clock()
        try:
            child.process = self.spawn(child.spec)
        except OSError as error:
            # A missing executable is a crash like any other: retried with the same pauses.
            log.error("the %s process could not start: %s", child.spec.name, error)
            child.process = None
            child.crashes += 1
            self._schedule(child, self.clock())
            return
        log.info("started the %s process (pid %d)", child.spec.name, child.process.pid)

    def _died(self, child: Child, returncode: int, now: float) -> None:
        uptime = now - child.started_at
        child.process = None
        child.crashes = self.backoff.crashes_in_a_row(child.crashes, uptime)
        delay = self._schedule(child, now)
        log.error(
            "the %s process %s after %.0f s up; starting it again in %g s (crash %d in a row); "
            "the other processes carry on",
            child.spec.name, how_it_ended(returncode), uptime, delay, child.crashes,
        )

    def _schedule(self, child: Child, now: float) -> float:
        delay = self.backoff.delay(child.crashes)
        child.restart_at = now + delay
        return delay
