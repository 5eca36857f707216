"""The real SpeakUp processes, started once per test run on free ports with a temporary database."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path
from typing import Mapping, Optional

from bot.config import Settings
from bot.launcher import HUB, PROJECT_ROOT, Stack, hub_healthy
from tests.support.ports import free_port, free_ports


def environment_for_tests(var_dir: Path, extra_env: Mapping[str, str] = {}) -> dict[str, str]:
    """Settings for a SpeakUp under test: its own files, a fresh secret, free ports, staffed always, and one
    Rasa server unless a test asks for more (RASA_SERVERS): each takes a minute of CPU and a GB to load."""
    rasa_servers = int(extra_env.get("RASA_SERVERS", "1"))
    return {
        "SPEAKUP_VAR_DIR": str(var_dir),
        "SECRET_KEY": secrets.token_urlsafe(48),
        "HUB_PORT": str(free_port()),
        "CONSOLE_PORT": str(free_port()),
        "RASA_SERVERS": str(rasa_servers),
        "RASA_PORT": str(free_ports(rasa_servers)),
        "ACTION_SERVER_PORT": str(free_port()),
        "STAFFED_HOURS": "always",
        # An engineer trying new training data points the tests at a model of their own.
        **({"SPEAKUP_MODEL_PATH": os.environ["SPEAKUP_MODEL_PATH"]} if os.environ.get("SPEAKUP_MODEL_PATH") else {}),
        **extra_env,
    }


def start_stack(var_dir: Path, extra_env: Mapping[str, str] = {}) -> Stack:
    settings = Settings.from_env(environment_for_tests(var_dir, extra_env))
    stack = Stack(settings, log_dir=var_dir / "logs")
    stack.start()
    try:
        stack.wait_until_ready()
    except Exception:
        stack.stop()
        for log in sorted((var_dir / "logs").glob("*.log")):
            print(f"---- {log.name} (last lines)\n" + "\n".join(log.read_text(errors="replace").splitlines()[-40:]))
        raise
    return stack


def start_another_hub(stack: Stack, port: int, console_port: Optional[int] = None) -> "subprocess.Popen[bytes]":
    """`speakup hub --port N [--console-port M]` beside the stack's hub, with that hub's own environment (the
    same settings), as an operator starts one; returned once healthy. Its output goes to the stack's logs."""
    assert stack.log_dir is not None
    stack.log_dir.mkdir(parents=True, exist_ok=True)
    log_path = stack.log_dir / f"hub-{port}.log"
    command = [sys.executable, "-m", "bot.cli", "hub", "--port", str(port)]
    if console_port is not None:
        command += ["--console-port", str(console_port)]
    with open(log_path, "ab") as log:
        hub = subprocess.Popen(command, cwd=PROJECT_ROOT, env=stack.environment(HUB), stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while not hub_healthy(f"http://127.0.0.1:{port}"):
        if hub.poll() is not None or time.monotonic() > deadline:
            hub.kill()
            raise RuntimeError(f"the hub on port {port} did not start:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.5)
    return hub
