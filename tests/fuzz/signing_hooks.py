"""schemathesis hooks (loaded by `st` from .venv-fuzz, SCHEMATHESIS_HOOKS): sign every fuzzed Twilio form
with the hub's auth token, so that the fields themselves are fuzzed past the signature check, and a check
that a refused request stored nothing.

Runs in the fuzzer's venv, not SpeakUp's: standard library only (Twilio's signature is HMAC-SHA1 over the
public URL and the sorted fields, as twilio.request_validator computes it)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from typing import Any

import schemathesis  # type: ignore[import-not-found, unused-ignore]

# What must not change when the hub refuses a request (tests/fuzz/test_fuzz.py STORED).
STORED = os.environ["SPEAKUP_FUZZ_STORED"].split(",")


def twilio_signature(token: str, url: str, form: dict[str, str]) -> str:
    signed = url + "".join(name + form[name] for name in sorted(form))
    return base64.b64encode(hmac.new(token.encode(), signed.encode(), hashlib.sha1).digest()).decode()


def _counts() -> dict[str, int]:
    with sqlite3.connect(os.environ["SPEAKUP_FUZZ_DB"]) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in STORED}


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    form = case.body
    # Only a form of plain strings can be signed as Twilio would; anything else goes unsigned (refused).
    if case.operation.path.startswith("/webhooks/twilio") and isinstance(form, dict):
        if all(isinstance(name, str) and isinstance(value, str) for name, value in form.items()):
            url = os.environ["SPEAKUP_FUZZ_PUBLIC_URL"] + case.operation.path
            signature = twilio_signature(os.environ["SPEAKUP_FUZZ_TWILIO_TOKEN"], url, form)
            case.headers = {**(case.headers or {}), "X-Twilio-Signature": signature}
    context_counts[id(case)] = _counts()


context_counts: dict[int, dict[str, int]] = {}


@schemathesis.check
def refused_leaves_nothing(ctx: Any, response: Any, case: Any) -> bool:
    """A 4xx stored nothing: no conversation, message, outbox row, address or sealed identity."""
    before = context_counts.pop(id(case), None)
    if before is None or response.status_code < 400:
        return True
    after = _counts()
    if after != before:
        raise AssertionError(f"refused with {response.status_code} yet stored: {before} -> {after}")
    return True
