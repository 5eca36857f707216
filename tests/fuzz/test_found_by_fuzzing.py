"""What schemathesis found in the hub (2026-12-01), kept as plain requests so that `make test-fast`
catches a return without the fuzzer."""
from __future__ import annotations

from typing import Any

import pytest
import requests

from tests.bot.console.conftest import ConsoleOnly


def _new_session(hub: ConsoleOnly) -> str:
    response = requests.post(hub.hub_url + "/api/chat/sessions", timeout=30)
    assert response.status_code == 201, response.text
    session_id: str = response.json()["session_id"]
    return session_id


@pytest.mark.parametrize(
    "method, path, allowed",
    [
        ("TRACE", "/healthz", {"GET", "HEAD"}),
        ("PATCH", "/api/chat/sessions", {"POST"}),
        ("PUT", "/api/chat/sessions/x/messages", {"GET", "HEAD", "POST"}),
    ],
)
def test_a_method_not_allowed_says_which_are(hub: ConsoleOnly, method: str, path: str, allowed: set[str]) -> None:
    response = requests.request(method, hub.hub_url + path, timeout=30)
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(",")) == allowed
    assert response.json()["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize("after", ["4955652905995003830708", "-1", "1_0", " 7", "true"])
def test_an_after_that_is_not_a_message_id_is_a_400_not_a_500(hub: ConsoleOnly, after: str) -> None:
    session_id = _new_session(hub)
    for endpoint in ("messages", "events"):
        url = f"{hub.hub_url}/api/chat/sessions/{session_id}/{endpoint}"
        response = requests.get(url, params={"after": after}, timeout=30)
        assert response.status_code == 400, (endpoint, response.text)
        assert response.json()["error"]["code"] == "invalid_after"


def test_a_huge_last_event_id_is_ignored_not_a_500(hub: ConsoleOnly) -> None:
    session_id = _new_session(hub)
    url = f"{hub.hub_url}/api/chat/sessions/{session_id}/events"
    # The stream stays open: its status and first line are enough.
    with requests.get(url, headers={"Last-Event-ID": "4955652905995003830708"}, stream=True, timeout=30) as response:
        assert response.status_code == 200
        assert next(response.iter_lines()).startswith(b"retry:")


@pytest.mark.parametrize(
    "body, code",
    [
        ({}, "text_or_payload"),
        ({"text": "hi", "payload": None}, "text_or_payload"),
        ({"text": None}, "invalid_text"),
        ({"payload": None}, "invalid_payload"),
        ({"text": "hi", "client_message_id": None}, "invalid_client_message_id"),
    ],
)
def test_what_the_spec_refuses_the_hub_refuses(hub: ConsoleOnly, body: dict[str, Any], code: str) -> None:
    session_id = _new_session(hub)
    url = f"{hub.hub_url}/api/chat/sessions/{session_id}/messages"
    response = requests.post(url, json=body, timeout=30)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == code
    transcript = requests.get(url, timeout=30).json()["messages"]
    assert all(message["sender"] != "person" for message in transcript)


def test_a_null_language_is_refused_not_taken_as_none_chosen(hub: ConsoleOnly) -> None:
    response = requests.post(hub.hub_url + "/api/chat/sessions", json={"language": None}, timeout=30)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unsupported_language"
