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
from typing import IO, Optional

from bot.config import PROJECT_ROOT, Settings
from bot.storage.database import Database

VENV_BIN = Path(sys.executable).parent
MODEL_FILE = "speakup.tar.gz"


def quiet_environment() -> dict[str, str]:
    """Settings every child needs: no telemetry calls out to the internet, and quiet TensorFlow."""
    return {
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(PROJECT_ROOT),
        # The action server is internal: rasa-sdk binds to all interfaces unless told otherwise.
        "SANIC_HOST": "127.0.0.1",
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
            "actions": [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(s.action_port)],
            "rasa": [
                str(VENV_BIN / "rasa"), "run",
                "--enable-api", "--auth-token", s.rasa_api_token,
                "--interface", "127.0.0.1", "--port", str(s.rasa_port),
                "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
                "--model", str(s.model_path / MODEL_FILE),
            ],
            "hub": [sys.executable, "-m", "bot.hub"],
        }

    def environment(self) -> dict[str, str]:
        s = self.settings
        env = {**os.environ, **s.extra, **quiet_environment(), **s.process_environment()}
        env.update(
            HUB_HOST=s.hub_host,
            HUB_PORT=str(s.hub_port),
            CONSOLE_PORT=str(s.console_port),
            CONSOLE_HOST=s.console_host,
            RASA_PORT=str(s.rasa_port),
            ACTION_SERVER_PORT=str(s.action_port),
            PUBLIC_BASE_URL=s.public_base_url,
            SPEAKUP_MODEL_PATH=str(s.model_path),
            SPEAKUP_DOMAIN_PATH=str(s.domain_path),
        )
        return env

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
        self._spawn(name, self.commands()[name], self.environment())
        self.wait_until_ready(timeout)

    def start(self) -> None:
        model = self.settings.model_path / MODEL_FILE
        if not model.exists():
            raise SystemExit(f"No trained model at {model}: run `make train` (make run does it for you).")
        # The schema exists before any process starts, so that no two of them race to create it.
        database = Database(self.settings.database_url)
        database.create_schema()
        database.close()
        env = self.environment()
        for name, command in self.commands().items():
            self._spawn(name, command, env)

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
    settings = Settings.from_env()
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
