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


def run_rasa(*arguments: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **quiet_environment(),
        "SPEAKUP_ACTION_SERVER_URL": "http://127.0.0.1:9/webhook",
        "SPEAKUP_TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
        "SPEAKUP_HUB_CHANNEL_TOKEN": "unused",
    }
    return subprocess.run(
        [RASA, *arguments], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=900
    )


def test_training_data_and_domain_validate_without_warnings(tmp_path: Path) -> None:
    result = run_rasa(
        # English only: the same word is another intent in another language ("sari" is skip in Romanian,
        # yes in Tamil), which Rasa's check would call a conflict; each language's classifier is its own,
        # and tests/data/test_language_examples.py checks each language's file on its own.
        "data", "validate", "--data", "data/training", "--domain", "domain.yml", "--config", "config.yml",
        "--fail-on-warnings", tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def test_every_test_story_is_predicted_exactly(tmp_path: Path) -> None:
    stories = PROJECT_ROOT / "tests" / "stories"
    if not any(stories.glob("*.yml")):
        pytest.fail("tests/stories/ has no test stories")
    result = run_rasa(
        "test", "core", "--stories", str(stories), "--model", str(PROJECT_ROOT / "models" / MODEL_FILE),
        "--fail-on-prediction-errors", "--out", str(tmp_path / "results"), tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-4000:]
