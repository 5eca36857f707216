"""Rasa's own checks of the training data and the dialogue, as part of `make test`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.launcher import MODEL_FILE, quiet_environment

RASA = str(Path(sys.executable).parent / "rasa")
# Rasa's own commands, on the trained model: the slow tier, with the stack.
pytestmark = pytest.mark.stack


def run_rasa(*arguments: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **quiet_environment(),
        # A home Rasa has never seen: it would print its telemetry banner here if telemetry were not off.
        "HOME": str(tmp_path),
        "SPEAKUP_ACTION_SERVER_URL": "http://127.0.0.1:9/webhook",
        "SPEAKUP_TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
        "SPEAKUP_HUB_CHANNEL_TOKEN": "unused",
        "SPEAKUP_REDIS_URL": "",
    }
    return subprocess.run(
        [RASA, *arguments], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=900
    )


def test_training_data_and_domain_validate_without_warnings(tmp_path: Path) -> None:
    result = run_rasa(
        # English only: the same word is another intent in another language ("sari" is skip in Romanian,
        # yes in Tamil), which Rasa's check would call a conflict; each language's classifier is its own,
        # and tests/data/test_language_examples.py checks each language's file on its own.
        "data", "validate", "--data", "data/training", "--domain", "domain", "--config", "config.yml",
        "--fail-on-warnings", tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert_no_telemetry(result)


def assert_no_telemetry(result: subprocess.CompletedProcess[str]) -> None:
    """No telemetry banner: in a home it has never seen, Rasa prints one unless RASA_TELEMETRY_ENABLED=false,
    which also stops it sending anything (it outranks ~/.config/rasa/global.yml, which Rasa still writes)."""
    said = (result.stdout + result.stderr).lower()
    assert "telemetry" not in said, said[-2000:]


def test_make_runs_rasa_with_telemetry_off(tmp_path: Path) -> None:
    """What `make train` and `make validate` run: the Makefile's own environment, in a fresh home."""
    env = {k: v for k, v in os.environ.items() if k != "RASA_TELEMETRY_ENABLED"}
    result = subprocess.run(
        ["make", "--no-print-directory", "validate"], cwd=PROJECT_ROOT, env={**env, "HOME": str(tmp_path)},
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert_no_telemetry(result)


def test_every_test_story_is_predicted_exactly(tmp_path: Path) -> None:
    stories = PROJECT_ROOT / "tests" / "stories"
    if not any(stories.glob("*.yml")):
        pytest.fail("tests/stories/ has no test stories")
    result = run_rasa(
        "test", "core", "--stories", str(stories), "--model", str(PROJECT_ROOT / "models" / MODEL_FILE),
        "--fail-on-prediction-errors", "--out", str(tmp_path / "results"), tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-4000:]
    assert_no_telemetry(result)
