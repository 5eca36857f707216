"""The systemd units in deploy/systemd run what `make run` runs: every process of the launcher, through
`python -m bot.launcher --only NAME` (which becomes exactly the command and environment the launcher would
start), restarted on failure and never given up on, stopped hub first with time to drain, and hardened.
Read from the files; nothing is installed. (`systemd-analyze verify` also accepts them: docs/deploy.md.)"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, NoReturn

import pytest

from bot import launcher
from bot.config import HUB_DRAIN_SECONDS, PROJECT_ROOT, Settings
from bot.launcher import HUB, RASA, Stack

UNITS = PROJECT_ROOT / "deploy" / "systemd"
Unit = dict[str, list[str]]


def read_unit(*paths: Path) -> Unit:
    """`Key` → its values across the files, in order (a drop-in adds to or overrides the unit)."""
    values: Unit = defaultdict(list)
    for path in paths:
        for line in path.read_text().splitlines():
            if line and not line.startswith(("#", "[")):
                key, _, value = line.partition("=")
                values[key].append(value)
    return values


def instance(name: str) -> Unit:
    drop_ins = sorted((UNITS / f"speakup@{name}.service.d").glob("*.conf"))
    return read_unit(UNITS / "speakup@.service", *drop_ins)


def seconds(value: str) -> float:
    return float(value.removesuffix("s"))


@pytest.fixture
def launched(tmp_path: Path) -> Stack:
    # The units as shipped run one Rasa server (docs/deploy.md: one more unit for each with RASA_SERVERS).
    return Stack(Settings.from_env({"SECRET_KEY": "k" * 48, "SPEAKUP_VAR_DIR": str(tmp_path), "RASA_SERVERS": "1"}))


def test_the_target_starts_every_process_the_launcher_starts(launched: Stack) -> None:
    wanted = read_unit(UNITS / "speakup.target")["Wants"][0].split()
    assert wanted == [f"speakup@{name}.service" for name in launched.commands()]


def test_each_unit_runs_the_launchers_own_command_and_restarts_for_ever() -> None:
    unit = read_unit(UNITS / "speakup@.service")
    assert unit["ExecStart"] == ["/opt/speakup/.venv/bin/python -m bot.launcher --only %i"]
    assert unit["ExecStartPre"] == ["/opt/speakup/.venv/bin/python -m bot.launcher --prepare"]
    assert unit["Restart"] == ["on-failure"] and seconds(unit["RestartSec"][0]) > 0
    assert unit["StartLimitIntervalSec"] == ["0"]
    assert unit["EnvironmentFile"] == ["/etc/speakup/speakup.env"]
    hardening = {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes", "ProtectHome": "yes",
                 "ReadWritePaths": "/opt/speakup/var"}
    assert {key: unit[key] for key in hardening} == {key: [value] for key, value in hardening.items()}


def test_they_start_in_the_launchers_order_so_systemd_stops_the_hub_first(launched: Stack) -> None:
    order = list(launched.commands())
    for before, after in zip(order, order[1:]):
        assert f"speakup@{before}.service" in instance(after)["After"]


def test_a_second_rasa_server_starts_between_the_action_server_and_the_hub(tmp_path: Path) -> None:
    two = Stack(Settings.from_env({"SECRET_KEY": "k" * 48, "SPEAKUP_VAR_DIR": str(tmp_path), "RASA_SERVERS": "2"}))
    assert list(two.commands()) == ["actions", RASA, "rasa-2", HUB]
    assert "speakup@actions.service" in instance("rasa-2")["After"]
    assert "speakup@rasa-2.service" in instance(HUB)["After"]


def test_the_hub_has_longer_to_stop_than_it_drains() -> None:
    assert seconds(instance(HUB)["TimeoutStopSec"][-1]) > HUB_DRAIN_SECONDS
    assert seconds(instance("hub-8010")["TimeoutStopSec"][-1]) > HUB_DRAIN_SECONDS  # one more hub


class Became(Exception):
    pass


@pytest.fixture
def became(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the launcher execs, as (path, arguments, environment), instead of becoming it (it raises Became)."""
    calls: list[Any] = []

    def execve(path: str, arguments: list[str], environment: dict[str, str]) -> NoReturn:
        calls.append((path, arguments, environment))
        raise Became()

    monkeypatch.setattr(launcher.os, "execve", execve)
    monkeypatch.setattr(launcher.os, "chdir", lambda _path: None)
    return calls


def test_only_hub_port_becomes_one_more_hub_with_the_hubs_own_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, became: list[Any]
) -> None:
    environment = {"SECRET_KEY": "k" * 48, "SPEAKUP_VAR_DIR": str(tmp_path)}
    monkeypatch.setattr(launcher.os, "environ", environment)
    with pytest.raises(Became):
        launcher.main(["--only", "hub-8010"])
    hub_environment = Stack(Settings.from_env(environment)).environment(HUB)
    assert became == [(sys.executable, [sys.executable, "-m", "bot.cli", "hub", "--port", "8010"], hub_environment)]
    assert launcher.extra_hub_command("hub-0") is None and launcher.extra_hub_command("hub-70000") is None


@pytest.mark.parametrize("name", list(launcher.STOP_TIMEOUTS))
def test_only_becomes_exactly_what_the_launcher_starts(name: str, launched: Stack, became: list[Any]) -> None:
    with pytest.raises(Became):
        launcher.become(launched, name)
    spec = {spec.name: spec for spec in launched.child_specs()}[name]
    assert became == [(spec.command[0], spec.command, spec.environment)]
    if name == RASA:
        assert "--auth-token" in spec.command  # the same token as the hub derives: not a copy in a unit file
