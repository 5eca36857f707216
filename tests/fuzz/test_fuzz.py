"""The spec is the API, and the webhooks take any input in their stride (issue 12, point 4).

schemathesis (from .venv-fuzz: it cannot live in Rasa's venv, see requirements-fuzz.txt) fuzzes a hub
started here without Rasa: the chat answers "unavailable", a documented 200, so the API is exercised in
seconds without a model. Fixed seed, bounded examples: the same requests every run, so a failure here
is a change in the hub or the spec, never luck. Every check is on (tests/fuzz/schemathesis.toml lists
the documented exceptions)."""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import Mapping

import pytest
import requests
import sqlalchemy as sa

from bot.config import PROJECT_ROOT
from tests.bot.console.conftest import ConsoleOnly
from tests.support.standins import SMS_NUMBER, StandIns

# `stack` too: like the whole-stack tests it runs servers for a minute, so every fast tier
# (`make test-fast`, `-m "not stack and not browser"`) leaves it to `make test`.
pytestmark = [pytest.mark.fuzz, pytest.mark.stack]

HERE = Path(__file__).parent
# A worktree without its own fuzz venv can point at another one.
FUZZ_VENV = Path(os.environ.get("SPEAKUP_FUZZ_VENV", PROJECT_ROOT / ".venv-fuzz"))
SEED = "1"
# Enough to reach every status the hub has (about 230 requests for the API), few enough for `make test`.
MAX_EXAMPLES = "10"
# What a refused webhook request must leave untouched.
STORED = ("conversations", "messages", "outbox", "channel_addresses", "sealed_identities")


def schemathesis(location: str, *options: str, workers: str = "2", env: Mapping[str, str] = {}) -> None:
    """Runs `st run` with the fixed seed and every check; fails with schemathesis's own report."""
    st = FUZZ_VENV / "bin" / "st"
    assert st.exists(), f"{st} is missing: run `make fuzz-tools` (or set SPEAKUP_FUZZ_VENV)"
    command = [
        str(st), "--config-file", str(HERE / "schemathesis.toml"), "run", location, *options,
        "--phases", "examples,coverage,fuzzing", "--max-examples", MAX_EXAMPLES, "--seed", SEED,
        "--checks", "all", "--workers", workers, "--generation-database", "none", "--no-color",
    ]
    # In a scratch directory: schemathesis keeps a cache of past crashes (and hypothesis its examples) in
    # the working directory, and replaying them would make a run depend on the runs before it.
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=scratch, env={**os.environ, **env})
    report = done.stdout + done.stderr
    print(report)  # shown with -s, and by pytest on failure
    assert done.returncode == 0, f"schemathesis found problems (seed {SEED}):\n{report}"
    assert "No issues found" in report or "passed" in report, report


def _counts(hub: ConsoleOnly) -> dict[str, int]:
    engine = sa.create_engine(hub.settings.database_url, future=True)
    try:
        with engine.connect() as connection:
            return {table: connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one() for table in STORED}
    finally:
        engine.dispose()


def test_the_chat_api_does_what_its_spec_says(hub: ConsoleOnly) -> None:
    schemathesis(hub.hub_url + "/openapi.yaml")


def test_refused_webhook_requests_get_a_4xx_and_leave_nothing_behind(hub: ConsoleOnly, fuzzed_standins: StandIns) -> None:
    before = _counts(hub)
    # Unsigned and wrongly signed requests with fuzzed fields, headers and bodies.
    schemathesis(str(HERE / "webhooks.yaml"), "--url", hub.hub_url)
    # Past the signature check: bodies the parsers must refuse, with the right Telegram secret and a
    # (wrong) Twilio signature on forms that cannot even be read.
    secret = {"X-Telegram-Bot-Api-Secret-Token": fuzzed_standins.telegram_secret, "Content-Type": "application/json"}
    form = {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl", "Content-Type": "application/x-www-form-urlencoded"}
    refused = [
        ("/webhooks/telegram", secret, b'{"update_id": 1, "message": {"chat": ', 400),
        ("/webhooks/telegram", secret, b"\xff\xfe not utf-8", 400),
        ("/webhooks/telegram", secret, b'["an", "array"]', 400),
        ("/webhooks/telegram", secret, b'{"update_id": "1", "message": {"chat": {"id": 5, "type": "private"}}}', 400),
        ("/webhooks/telegram", secret, b'{"update_id": 2, "message": {"chat": {"id": "5", "type": "private"}, "text": "hi"}}', 400),
        ("/webhooks/telegram", secret, b'{"update_id": 3, "callback_query": {"id": 7, "data": "x"}}', 400),
        ("/webhooks/telegram", secret, b'{"update_id": 4, "message": "hi"}', 400),
        ("/webhooks/telegram", secret, b'{"update_id": 5, "text": "' + b"x" * 70_000 + b'"}', 413),
        # A stray "%" is read as itself (as browsers and Twilio do): the form is read, the signature is not Twilio's.
        ("/webhooks/twilio", form, b"Body=%ZZ&From=%2B447700900123", 403),
        ("/webhooks/twilio", form, b"Body=\xff\xfe&From=x", 400),
        ("/webhooks/twilio", form, b"Body=%C3%28&To=" + SMS_NUMBER.encode(), 400),
        ("/webhooks/twilio", form, b"Body=" + b"a" * 70_000, 413),
        ("/webhooks/twilio/status", form, b"MessageSid=%E0%80&MessageStatus=delivered", 400),
        ("/webhooks/twilio", {**form, "Content-Type": "application/json"}, b'{"Body": "hi"}', 415),
    ]
    for path, headers, body, status in refused:
        response = requests.post(hub.hub_url + path, data=body, headers=headers, timeout=30)
        assert response.status_code == status, (path, body[:80], response.status_code, response.text[:200])
        assert response.json()["error"]["code"], response.text
    assert _counts(hub) == before
    assert fuzzed_standins.twilio.requests == 0
    assert fuzzed_standins.telegram.sent.all() == [] and fuzzed_standins.telegram.answered_callbacks.all() == []


def test_signed_twilio_forms_with_fuzzed_fields_never_fail_and_refusals_store_nothing(
    hub: ConsoleOnly, fuzzed_standins: StandIns
) -> None:
    """Past the signature: tests/fuzz/signing_hooks.py signs each fuzzed form with the real auth token,
    and checks after every 4xx that nothing was stored (one worker, so no other request stores meanwhile)."""
    database = hub.settings.database_url
    assert database.startswith("sqlite:///"), database
    hooks = {
        "SCHEMATHESIS_HOOKS": "signing_hooks",
        "PYTHONPATH": str(HERE),
        "SPEAKUP_FUZZ_DB": database.removeprefix("sqlite:///"),
        "SPEAKUP_FUZZ_STORED": ",".join(STORED),
        "SPEAKUP_FUZZ_PUBLIC_URL": hub.settings.public_base_url.rstrip("/"),
        "SPEAKUP_FUZZ_TWILIO_TOKEN": fuzzed_standins.twilio.auth_token,
    }
    # The spec's patterns are stricter than the hub, on purpose: a provider's new status or field must not
    # be refused. So only what is ours to promise is checked: no 5xx, documented statuses and bodies, and
    # nothing stored by a refusal.
    lenient = "positive_data_acceptance,negative_data_rejection"
    schemathesis(
        str(HERE / "webhooks.yaml"), "--url", hub.hub_url, "--include-path-regex", "^/webhooks/twilio",
        "--exclude-checks", lenient, workers="1", env=hooks,
    )
