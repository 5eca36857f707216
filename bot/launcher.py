"""SpeakUp's three processes (action server, Rasa server, hub): their commands and environments, in one
place. `python -m bot.launcher` (what `make run` runs) starts them and keeps them alive (bot/supervisor.py);
`--only NAME` becomes one of them, which is how the systemd units in deploy/ start each with exactly the same
command; the tests start them on free ports with the Stack class."""
from __future__ import annotations

import argparse
import ctypes
import logging
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Mapping, Optional

from bot.config import HUB_DRAIN_SECONDS, PROJECT_ROOT, ConfigError, RasaServer, Settings
from bot.storage.database import Database
from bot.supervisor import ChildSpec, Supervisor, stop_in_order

log = logging.getLogger("bot.launcher")

MODEL_FILE = "speakup.tar.gz"
ACTIONS, RASA, HUB = "actions", "rasa", "hub"
# The hub drains its in-flight requests when told to stop (HUB_DRAIN_SECONDS): wait a little longer for it.
STOP_TIMEOUTS = {HUB: HUB_DRAIN_SECONDS + 10, RASA: 20.0, ACTIONS: 15.0}

# What any program needs to run on this machine, taken from the launcher's own environment: the search
# path, the home directory, the locale, the time zone, the temporary directory. Nothing of SpeakUp's.
BASIC_VARIABLES = (
    "PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ",
    "TMPDIR", "TEMP", "TMP", "LD_LIBRARY_PATH", "SYSTEMROOT",
)
# The hub alone calls out (Twilio's and Telegram's APIs over TLS): it keeps the machine's certificates.
HUB_BASIC_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR")


def quiet_environment() -> dict[str, str]:
    """Settings every child needs: no telemetry calls out to the internet, and quiet TensorFlow."""
    return {
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(PROJECT_ROOT),
    }


def basic_environment(parent: Mapping[str, str], names: tuple[str, ...] = BASIC_VARIABLES) -> dict[str, str]:
    return {name: parent[name] for name in names if name in parent}


def action_server_variables(settings: Settings) -> dict[str, str]:
    """Its database and time zone: no secret, nothing of the channels."""
    return {
        **settings.core.environment(),
        # The action server is internal: rasa-sdk binds to all interfaces unless told otherwise.
        "SANIC_HOST": "127.0.0.1",
    }


def rasa_variables(settings: Settings, server: RasaServer) -> dict[str, str]:
    """What endpoints.yml and credentials.yml ask for, and which of the Rasa servers this one is (recorded
    with each turn it takes: bot/rasa_plugins/hub_channel.py). Its API token is on its command line."""
    return {
        "SPEAKUP_ACTION_SERVER_URL": settings.action_server_url,
        "SPEAKUP_TRACKER_DATABASE_URL": settings.tracker_database_url,
        "SPEAKUP_HUB_CHANNEL_TOKEN": settings.rasa_channel_token,
        # Empty without shared state: endpoints.yml's lock store is then in memory.
        "SPEAKUP_REDIS_URL": settings.redis_url,
        "SPEAKUP_RASA_SERVER": server.name,
    }


def hub_variables(settings: Settings) -> dict[str, str]:
    """The whole settings tree, which the hub reads again (Settings.from_env): channels and console included."""
    return {**basic_environment(os.environ, HUB_BASIC_VARIABLES), **settings.environment()}


PROCESS_VARIABLES: dict[str, Callable[[Settings], dict[str, str]]] = {
    ACTIONS: action_server_variables,
    HUB: hub_variables,
}


def stop_timeout(name: str) -> float:
    """Every Rasa server ("rasa", "rasa-2", ...) has the Rasa server's."""
    return STOP_TIMEOUTS.get(name, STOP_TIMEOUTS[RASA])


def _libc() -> Optional[ctypes.CDLL]:
    """Loaded once in the launcher, never between fork and exec (where loading a library is unsafe)."""
    try:
        return ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None
    except OSError:
        return None


LIBC = _libc()
PR_SET_PDEATHSIG = 1


def _child_setup() -> None:
    """Runs in each child before it starts. Its own process group: Ctrl-C in the terminal reaches the
    launcher alone, which stops the children in order (the hub first, so it can drain). And on Linux,
    SIGTERM when the launcher itself dies (even by kill -9), so that no orphan keeps SpeakUp's ports and
    makes the next `make run` fail."""
    os.setpgrp()
    if LIBC is not None:
        LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Stack:
    settings: Settings
    log_dir: Optional[Path] = None
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    _logs: list[IO[bytes]] = field(default_factory=list)

    def commands(self) -> dict[str, list[str]]:
        """The one source of the command lines: in start order (the action server before the Rasa servers,
        which call it, and the hub last); they stop in the reverse order. One Rasa server per RASA_SERVERS,
        each on its own port, all with the same model and tracker store."""
        s = self.settings
        return {
            ACTIONS: [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(s.action_port)],
            **{server.name: self.rasa_command(server) for server in s.rasa_server_list},
            HUB: [sys.executable, "-m", "bot.hub"],
        }

    def rasa_command(self, server: RasaServer) -> list[str]:
        s = self.settings
        return [
            # `rasa run`, through a module that keeps what Rasa never uses out of its memory.
            sys.executable, "-m", "bot.rasa_plugins.server", "run",
            "--enable-api", "--auth-token", s.rasa_api_token,
            "--interface", "127.0.0.1", "--port", str(server.port),
            "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
            "--model", str(s.model_path / MODEL_FILE),
        ]

    def rasa_servers(self) -> dict[str, RasaServer]:
        return {server.name: server for server in self.settings.rasa_server_list}

    def environment(self, process: str) -> dict[str, str]:
        """Exactly what one process needs, from an allow-list: the basics, the quiet variables and its own
        settings. Nothing else of the launcher's environment passes, so no texting or console secret can
        reach Rasa or the action server, whatever the parent holds."""
        servers = self.rasa_servers()
        own = rasa_variables(self.settings, servers[process]) if process in servers else (
            PROCESS_VARIABLES[process](self.settings))
        return {**basic_environment(os.environ), **quiet_environment(), **own}

    def child_specs(self) -> list[ChildSpec]:
        return [
            ChildSpec(name, command, self.environment(name), stop_timeout(name))
            for name, command in self.commands().items()
        ]

    def spawn(self, spec: ChildSpec) -> subprocess.Popen[bytes]:
        output: Optional[IO[bytes]] = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            output = open(self.log_dir / f"{spec.name}.log", "ab")
            self._logs.append(output)
        return subprocess.Popen(
            spec.command, cwd=PROJECT_ROOT, env=spec.environment, stdout=output,
            stderr=subprocess.STDOUT if output else None, preexec_fn=_child_setup,
        )

    def restart(self, name: str, timeout: float = 240.0) -> None:
        """Stops one process and starts it again (to show that a restart loses no conversation)."""
        spec = {spec.name: spec for spec in self.child_specs()}[name]
        stop_in_order([(name, self.processes[name], spec.stop_timeout)])
        self.processes[name] = self.spawn(spec)
        self.wait_until_ready(timeout)

    def prepare(self) -> None:
        """What must be true before any process starts: a model, and the database's schema (created here so
        that no two processes race to create it)."""
        model = self.settings.model_path / MODEL_FILE
        if not model.exists():
            raise SystemExit(f"No trained model at {model}: run `make train` (make run does it for you).")
        database = Database(self.settings.database_url)
        database.create_schema()
        database.close()

    def start(self) -> None:
        self.prepare()
        for spec in self.child_specs():
            self.processes[spec.name] = self.spawn(spec)

    def hub_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.hub_port}"

    def ready(self) -> bool:
        return hub_healthy(self.hub_url())

    def wait_until_ready(self, timeout: float = 240.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(f"the {name} process stopped during start-up (exit {process.returncode})")
            if self.ready():
                return
            time.sleep(1)
        raise TimeoutError(f"SpeakUp did not become ready within {timeout:.0f} s")

    def stop(self) -> None:
        timeouts = {spec.name: spec.stop_timeout for spec in self.child_specs()}
        stop_in_order([(name, self.processes[name], timeouts[name]) for name in reversed(list(self.processes))])
        for handle in self._logs:
            handle.close()
        self.processes.clear()


def announce(settings: Settings) -> None:
    print(
        f"\nSpeakUp is running.\n"
        f"  Web chat (demo site):  {settings.public_base_url}/\n"
        f"  Chat API:              {settings.public_base_url}/api/chat/sessions  (docs/api.md)\n"
        f"  Health:                {settings.public_base_url}/healthz\n"
        f"  Staff console:         http://{settings.console_host}:{settings.console_port}/\n"
        f"A process that stops is started again. Press Ctrl-C to stop everything.\n",
        flush=True,
    )


def supervise(stack: Stack) -> None:
    """Starts every process and keeps each alive until SIGTERM or SIGINT; then stops them in order."""
    stack.prepare()
    supervisor = Supervisor(stack.child_specs(), spawn=stack.spawn)
    stopping = threading.Event()

    def request_stop(signal_number: int, _frame: object) -> None:
        if not stopping.is_set():
            log.info("%s received: stopping SpeakUp (the hub first, so it can finish what it is answering)",
                     signal.Signals(signal_number).name)
        stopping.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    servers = stack.settings.rasa_servers
    print(f"Starting SpeakUp: the action server, {servers} Rasa server{'s' if servers > 1 else ''} (about a minute)"
          " and the hub...", flush=True)
    supervisor.start()
    announced = False
    while not stopping.wait(0.5):
        supervisor.check()
        if not announced and stack.ready():
            announce(stack.settings)
            announced = True
    supervisor.stop()
    log.info("SpeakUp stopped")


def become(stack: Stack, name: str) -> None:
    """Replaces this process by one of SpeakUp's, with its command and environment (for systemd)."""
    spec = {spec.name: spec for spec in stack.child_specs()}[name]
    os.chdir(PROJECT_ROOT)
    os.execve(spec.command[0], spec.command, spec.environment)


# `--only hub-8010`: one more hub, on port 8010 (systemd: `speakup@hub-8010`; docs/deploy.md, several hubs).
EXTRA_HUB = re.compile(r"hub-(\d{2,5})")


def hub_healthy(hub_url: str) -> bool:
    """The hub's own health check: it answers 200 once Rasa (with its model) and the action server do."""
    try:
        with urllib.request.urlopen(f"{hub_url}/healthz", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def extra_hub_command(name: str) -> Optional[list[str]]:
    """`speakup hub --port N` for `hub-N`, else None: another hub with the launcher's hub's settings."""
    found = EXTRA_HUB.fullmatch(name)
    if found is None or not 0 < int(found.group(1)) < 65536:
        return None
    return [sys.executable, "-m", "bot.cli", "hub", "--port", found.group(1)]


def print_commands(stack: Stack) -> None:
    secret = stack.settings.rasa_api_token
    for spec in stack.child_specs():
        shown = ["<derived from SECRET_KEY>" if argument == secret else argument for argument in spec.command]
        print(f"{spec.name}: {shlex.join(shown)}")


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.launcher", description=__doc__)
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--only", metavar="NAME",
                      help="become this one process (systemd units): actions, rasa (rasa-2, ... with RASA_SERVERS), hub;"
                           " hub-PORT for one more hub on PORT")
    what.add_argument("--prepare", action="store_true", help="check the model and create the database schema")
    what.add_argument("--print-commands", action="store_true", help="show what each process runs")
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s launcher %(levelname)s: %(message)s")
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        raise SystemExit(f"SpeakUp cannot start: {error}") from error
    stack = Stack(settings)
    extra_hub = extra_hub_command(arguments.only) if arguments.only else None
    if extra_hub is not None:
        os.chdir(PROJECT_ROOT)
        os.execve(extra_hub[0], extra_hub, stack.environment(HUB))
    elif arguments.only:
        if arguments.only not in stack.commands():
            parser.error(f"--only {arguments.only}: not one of {', '.join(stack.commands())} (RASA_SERVERS="
                         f"{settings.rasa_servers})")
        become(stack, arguments.only)
    elif arguments.prepare:
        stack.prepare()
    elif arguments.print_commands:
        print_commands(stack)
    else:
        supervise(stack)


if __name__ == "__main__":
    main()
