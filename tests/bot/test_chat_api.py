"""The chat API through the real hub, Rasa server and action server: what a web client sees."""
from __future__ import annotations

import json
import threading
from typing import Any

import pytest
import requests
import yaml

from bot.launcher import Stack
from tests.support.chat import ChatPerson, event_stream_lines


def error_of(response: requests.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}, body
    assert body["error"]["code"] and body["error"]["message"], body
    return dict(body["error"])


def test_a_new_chat_says_it_is_an_automated_assistant_and_what_it_can_do(hub_url: str) -> None:
    response = requests.post(f"{hub_url}/api/chat/sessions", timeout=60)
    assert response.status_code == 201
    body = response.json()
    assert len(body["session_id"]) >= 32
    assert body["idle_timeout_seconds"] > 0 and body["expires_at"]
    opening = " ".join(m["text"] for m in body["messages"]).lower()
    assert "automated" in opening
    assert "999" in opening
    assert any(m["buttons"] for m in body["messages"])
    assert all(m["sender"] == "assistant" for m in body["messages"])


def test_answers_are_never_cached_and_set_no_cookie(hub_url: str) -> None:
    response = requests.post(f"{hub_url}/api/chat/sessions", timeout=60)
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]


def test_session_ids_do_not_repeat(hub_url: str) -> None:
    ids = {requests.post(f"{hub_url}/api/chat/sessions", timeout=60).json()["session_id"] for _ in range(10)}
    assert len(ids) == 10


BAD_BODIES = [
    pytest.param({"text": ""}, None, None, 422, "empty_message", id="empty"),
    pytest.param({"text": " \n\t  "}, None, None, 422, "empty_message", id="whitespace-only"),
    pytest.param({"text": "x" * 5000}, None, None, 422, "message_too_long", id="too-long"),
    pytest.param(None, json.dumps({"text": "y" * 100_000}).encode(), None, 413, "request_entity_too_large", id="100kB"),
    pytest.param(None, bytes(range(256)) * 4, None, 400, "invalid_json", id="binary"),
    pytest.param(None, b'{"text": "caf\xe9 \xff\xfe"}', None, 400, "invalid_json", id="invalid-utf8"),
    pytest.param(None, b'{"text": "unfinished', None, 400, "invalid_json", id="malformed-json"),
    pytest.param(None, b'["a list"]', None, 400, "invalid_json", id="not-an-object"),
    pytest.param(None, b"text=hello", {"Content-Type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type", id="form-encoded"),
    pytest.param({"text": "hi", "payload": "/greet"}, None, None, 400, "text_or_payload", id="text-and-payload"),
    pytest.param({}, None, None, 400, "text_or_payload", id="neither"),
    pytest.param({"text": 42}, None, None, 400, "invalid_text", id="text-not-a-string"),
    pytest.param({"payload": "/restart"}, None, None, 422, "not_a_choice", id="payload-not-offered"),
    pytest.param({"payload": '/inform{"x": 1}'}, None, None, 422, "not_a_choice", id="forged-payload"),
    pytest.param({"text": "hi", "client_message_id": ["x"]}, None, None, 400, "invalid_client_message_id", id="bad-retry-id"),
]


@pytest.mark.parametrize("body, raw, headers, status, code", BAD_BODIES)
def test_bad_input_gets_a_clear_error_and_loses_nothing_already_said(
    person: ChatPerson, body: Any, raw: bytes, headers: dict[str, str], status: int, code: str
) -> None:
    person.say("I want to report something")
    before = person.transcript()
    response = person.post(body, raw=raw, headers=headers)
    assert response.status_code == status, response.text
    assert error_of(response)["code"] == code
    assert person.transcript() == before


@pytest.mark.parametrize("text", ["😢😢😢", "🙏", "مرحبا، أحتاج مساعدة", "שלום, אני צריכה עזרה", "ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ"])
def test_emoji_and_other_scripts_get_a_helpful_reply(person: ChatPerson, text: str) -> None:
    replies = person.say(text)
    assert replies and all(reply["text"] for reply in replies)
    assert person.transcript()[-len(replies) - 1]["text"] == text


def test_typing_a_slash_command_does_not_command_the_assistant(person: ChatPerson) -> None:
    person.say("/restart")
    said = [m["text"] for m in person.transcript() if m["sender"] == "person"]
    assert said == ["restart"]


def test_a_retried_message_is_answered_once(person: ChatPerson) -> None:
    body = {"text": "I want to find a helpline", "client_message_id": "retry-1"}
    first = person.post(body)
    second = person.post(body)
    assert first.status_code == second.status_code == 200
    assert first.json()["messages"] == second.json()["messages"]
    said = [m for m in person.transcript() if m["sender"] == "person"]
    assert len(said) == 1


def test_unknown_and_ended_sessions(hub_url: str, person: ChatPerson) -> None:
    unknown = requests.post(f"{hub_url}/api/chat/sessions/not-a-session/messages", json={"text": "hi"}, timeout=30)
    assert unknown.status_code == 404 and error_of(unknown)["code"] == "session_not_found"
    assert person.end() == 204
    ended = person.post({"text": "hello?"})
    assert ended.status_code == 410 and error_of(ended)["code"] == "session_ended"
    assert requests.get(f"{person.session_url}/messages", timeout=30).status_code == 410
    assert person.end() == 204  # ending twice is harmless


def test_keepalive_extends_the_session(person: ChatPerson) -> None:
    response = person.http.post(f"{person.session_url}/keepalive", timeout=30)
    assert response.status_code == 200 and response.json()["expires_at"]


def test_the_event_stream_says_when_the_session_ends(person: ChatPerson) -> None:
    stream = person.http.get(f"{person.session_url}/events", stream=True, timeout=30)
    assert stream.status_code == 200
    assert stream.headers["Content-Type"].startswith("text/event-stream")
    threading.Timer(0.5, person.end).start()
    events = []
    for line in event_stream_lines(stream):
        if line.startswith("event:"):
            events.append(line.split(":", 1)[1].strip())
            if events[-1] == "ended":
                break
    assert events == ["ended"]


def test_health_needs_every_internal_process(hub_url: str) -> None:
    response = requests.get(f"{hub_url}/healthz", timeout=30)
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": True, "rasa": True, "action_server": True}


def test_the_api_is_described_in_openapi(hub_url: str) -> None:
    response = requests.get(f"{hub_url}/openapi.yaml", timeout=30)
    assert response.status_code == 200
    spec = yaml.safe_load(response.text)
    assert "/api/chat/sessions/{session_id}/messages" in spec["paths"]


def test_unknown_routes_answer_in_the_same_error_shape(hub_url: str) -> None:
    response = requests.get(f"{hub_url}/api/nothing-here", timeout=30)
    assert response.status_code == 404 and error_of(response)["code"] == "not_found"


def test_rasa_and_the_action_server_are_not_public(stack: Stack) -> None:
    settings = stack.settings
    # Both listen on loopback only, and Rasa's API refuses anyone without the token.
    assert requests.get(f"{settings.rasa_url}/conversations/x/tracker", timeout=30).status_code == 401
    rest = requests.post(f"{settings.rasa_url}/webhooks/rest/webhook", json={"sender": "x", "message": "hi"}, timeout=30)
    assert rest.status_code == 404
    forged = requests.post(f"{settings.rasa_url}/webhooks/hub/webhook", json={"sender": "x", "text": "hi"}, timeout=30)
    assert forged.status_code == 401


def test_logs_hold_no_session_token(stack: Stack, person: ChatPerson) -> None:
    person.say("hello")
    assert stack.log_dir is not None and person.session_id is not None
    for log in stack.log_dir.glob("*.log"):
        assert person.session_id not in log.read_text(errors="replace"), log.name
