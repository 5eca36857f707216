"""The real SpeakUp processes, started once per test run on free ports with a temporary database."""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Mapping

from bot.config import Settings
from bot.launcher import Stack
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
