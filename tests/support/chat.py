"""A person using the chat API, as the web widget does: for tests and the benchmark."""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

import requests


class ChatError(AssertionError):
    pass


def event_stream_lines(response: requests.Response) -> Iterator[str]:
    """The lines of a server-sent event stream, as the browser reads them: split on line breaks only and
    decoded as UTF-8, the stream's one encoding (requests would guess Latin-1 for a text/ type with no
    charset, or hand back bytes when it cannot guess)."""
    for line in response.iter_lines():
        yield line.decode("utf-8")


@dataclass
class ChatPerson:
    hub_url: str
    http: requests.Session = field(default_factory=requests.Session)
    session_id: Optional[str] = None
    last_messages: list[dict[str, Any]] = field(default_factory=list)
    heard: list[str] = field(default_factory=list)

    def start(self) -> list[dict[str, Any]]:
        response = self.http.post(f"{self.hub_url}/api/chat/sessions", timeout=60)
        if response.status_code != 201:
            raise ChatError(f"could not start a chat: {response.status_code} {response.text}")
        body = response.json()
        self.session_id = body["session_id"]
        return self._heard(body["messages"])

    @property
    def session_url(self) -> str:
        assert self.session_id, "start() the chat first"
        return f"{self.hub_url}/api/chat/sessions/{self.session_id}"

    def post(self, body: Any, raw: Optional[bytes] = None, headers: Optional[dict[str, str]] = None) -> requests.Response:
        data = raw if raw is not None else json.dumps(body)
        return self.http.post(
            f"{self.session_url}/messages",
            data=data,
            headers=headers or {"Content-Type": "application/json"},
            timeout=60,
        )

    def say(self, text: str) -> list[dict[str, Any]]:
        response = self.post({"text": text})
        if response.status_code != 200:
            raise ChatError(f"saying {text!r} got {response.status_code} {response.text}")
        return self._heard(response.json()["messages"])

    def choose(self, title_part: str) -> list[dict[str, Any]]:
        """Presses the offered button whose title contains `title_part` (case-insensitive)."""
        offered = self.offered_buttons()
        matches = [b for b in offered if title_part.lower() in b["title"].lower()]
        if not matches:
            raise ChatError(f"no button like {title_part!r} among {[b['title'] for b in offered]}")
        response = self.post({"payload": matches[0]["payload"]})
        if response.status_code != 200:
            raise ChatError(f"choosing {title_part!r} got {response.status_code} {response.text}")
        return self._heard(response.json()["messages"])

    def press(self, payload_part: str) -> list[dict[str, Any]]:
        """Presses the offered button whose payload contains `payload_part`: the same in every language."""
        matches = [b for b in self.offered_buttons() if payload_part in b["payload"]]
        if not matches:
            raise ChatError(f"no button with {payload_part!r} among {[b['payload'] for b in self.offered_buttons()]}")
        response = self.post({"payload": matches[0]["payload"]})
        if response.status_code != 200:
            raise ChatError(f"pressing {payload_part!r} got {response.status_code} {response.text}")
        return self._heard(response.json()["messages"])

    def offered_buttons(self) -> list[dict[str, Any]]:
        return [b for m in self.last_messages for b in m.get("buttons") or []]

    def title_of(self, payload_part: str) -> str:
        """What the button with this payload says, as the person reads it."""
        for button in self.offered_buttons():
            if payload_part in button["payload"]:
                return str(button["title"])
        raise ChatError(f"no button with {payload_part!r} among {[b['payload'] for b in self.offered_buttons()]}")

    def transcript(self) -> list[dict[str, Any]]:
        response = self.http.get(f"{self.session_url}/messages", timeout=30)
        response.raise_for_status()
        return list(response.json()["messages"])

    def end(self) -> int:
        return self.http.delete(self.session_url, timeout=30).status_code

    def _heard(self, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.last_messages = messages
        self.heard.extend(m["text"] for m in messages)
        return messages

    @property
    def last_text(self) -> str:
        return "\n".join(m["text"] for m in self.last_messages)

    def button_titles(self) -> list[str]:
        return [b["title"] for b in self.offered_buttons()]


class LiveStream:
    """The person's live stream (server-sent events), as the web widget reads it, with arrival times."""

    def __init__(self, person: ChatPerson) -> None:
        self.received: list[tuple[float, dict[str, Any]]] = []
        self._response = requests.get(f"{person.session_url}/events", stream=True, timeout=(10, 120))
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            for line in event_stream_lines(self._response):
                if line and line.startswith("data: ") and line != "data: {}":
                    self.received.append((time.monotonic(), json.loads(line[6:])))
        except (requests.RequestException, ValueError, AttributeError):  # AttributeError: closed mid-read
            pass

    def first_from(self, sender: str, after: float, timeout: float = 10.0) -> tuple[float, dict[str, Any]]:
        """The first message from `sender` that arrived at or after `after` (time.monotonic())."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = next(((t, m) for t, m in self.received if m["sender"] == sender and t >= after), None)
            if found:
                return found
            time.sleep(0.02)
        raise ChatError(f"no message from {sender} on the live stream within {timeout:.0f} s")

    def close(self) -> None:
        self._response.close()
