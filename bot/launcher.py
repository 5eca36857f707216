"""Starts SpeakUp's three processes (action server, Rasa server, hub), waits until they answer,
and stops them all together: what `make run` runs, and what the tests start on free ports."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Mapping, Optional

from bot.config import PROJECT_ROOT, ConfigError, Settings
from bot.storage.database import Database

VENV_BIN = Path(sys.executable).parent
MODEL_FILE = "speakup.tar.gz"
ACTIONS, RASA, HUB = "actions", "rasa", "hub"

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


def rasa_variables(settings: Settings) -> dict[str, str]:
    """What endpoints.yml and credentials.yml ask for. Its API token is on its command line."""
    return {
        "SPEAKUP_ACTION_SERVER_URL": settings.action_server_url,
        "SPEAKUP_TRACKER_DATABASE_URL": settings.tracker_database_url,
        "SPEAKUP_HUB_CHANNEL_TOKEN": settings.rasa_channel_token,
    }


def hub_variables(settings: Settings) -> dict[str, str]:
    """The whole settings tree, which the hub reads again (Settings.from_env): channels and console included."""
    return {**basic_environment(os.environ, HUB_BASIC_VARIABLES), **settings.environment()}


PROCESS_VARIABLES: dict[str, Callable[[Settings], dict[str, str]]] = {
    ACTIONS: action_server_variables,
    RASA: rasa_variables,
    HUB: hub_variables,
}


@dataclass
class Stack:
    settings: Settings
    log_dir: Optional[Path] = None
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    _logs: list[IO[bytes]] = field(default_factory=list)

    def commands(self) -> dict[str, list[str]]:
        s = self.settings
        return {
            ACTIONS: [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(s.action_port)],
            RASA: [
                str(VENV_BIN / "rasa"), "run",
                "--enable-api", "--auth-token", s.rasa_api_token,
                "--interface", "127.0.0.1", "--port", str(s.rasa_port),
                "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
                "--model", str(s.model_path / MODEL_FILE),
            ],
            HUB: [sys.executable, "-m", "bot.hub"],
        }

    def environment(self, process: str) -> dict[str, str]:
        """Exactly what one process needs, from an allow-list: the basics, the quiet variables and its own
        settings. Nothing else of the launcher's environment passes, so no texting or console secret can
        reach Rasa or the action server, whatever the parent holds."""
        return {**basic_environment(os.environ), **quiet_environment(), **PROCESS_VARIABLES[process](self.settings)}

    def _spawn(self, name: str, command: list[str], env: dict[str, str]) -> None:
        output: Optional[IO[bytes]] = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            output = open(self.log_dir / f"{name}.log", "ab")
            self._logs.append(output)
        self.processes[name] = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=output, stderr=subprocess.STDOUT if output else None
        )

    def restart(self, name: str, timeout: float = 240.0) -> None:
        """Stops one process and starts it again (to show that a restart loses no conversation)."""
        process = self.processes[name]
        process.terminate()
        process.wait(timeout=30)
        self._spawn(name, self.commands()[name], self.environment(name))
        self.wait_until_ready(timeout)

    def start(self) -> None:
        model = self.settings.model_path / MODEL_FILE
        if not model.exists():
            raise SystemExit(f"No trained model at {model}: run `make train` (make run does it for you).")
        # The schema exists before any process starts, so that no two of them race to create it.
        database = Database(self.settings.database_url)
        database.create_schema()
        database.close()
        for name, command in self.commands().items():
            self._spawn(name, command, self.environment(name))

    def hub_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.hub_port}"

    def wait_until_ready(self, timeout: float = 240.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(f"the {name} process stopped during start-up (exit {process.returncode})")
            try:
                with urllib.request.urlopen(f"{self.hub_url()}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(1)
        raise TimeoutError(f"SpeakUp did not become ready within {timeout:.0f} s")

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in self.processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for handle in self._logs:
            handle.close()
        self.processes.clear()


def main() -> None:
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        raise SystemExit(f"SpeakUp cannot start: {error}") from error
    stack = Stack(settings)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    print("Starting SpeakUp: the action server, the Rasa server (about a minute) and the hub...", flush=True)
    try:
        stack.start()
        stack.wait_until_ready()
        print(
            f"\nSpeakUp is running.\n"
            f"  Web chat (demo site):  {settings.public_base_url}/\n"
            f"  Chat API:              {settings.public_base_url}/api/chat/sessions  (docs/api.md)\n"
            f"  Health:                {settings.public_base_url}/healthz\n"
            f"  Staff console:         http://{settings.console_host}:{settings.console_port}/\n"
            f"Press Ctrl-C to stop everything.\n",
            flush=True,
        )
        while all(process.poll() is None for process in stack.processes.values()):
            time.sleep(1)
        stopped = [name for name, process in stack.processes.items() if process.poll() is not None]
        print(f"The {', '.join(stopped)} process stopped; stopping the others.", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nStopping SpeakUp...", flush=True)
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
