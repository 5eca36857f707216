"""The hub's chat API (docs/api.md, docs/openapi.yaml): sessions, messages, and a live stream of
messages pushed later. A session id is a bearer secret: only its hash is stored, and it never reaches
Rasa (the conversation id is separate and random)."""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import secrets
from typing import Any, AsyncContextManager, Optional

from aiohttp import web

from bot import conversations as store
from bot.app_keys import DATABASE, LOCKS, NOTIFIER, ROUTER, SETTINGS, STATUS_EVENTS
from bot.assistant_contract import START_CONVERSATION as START_CONVERSATION_INTENT
from bot.assistant_contract import WEB, command
from bot.conversations import ChatSession, StoredMessage
from bot.event_stream import TopicChanges, event, stream_changes
from bot.http_errors import json_error, read_json_object
from bot.identity import new_session_token, token_hash
from bot.inbound import InboundRejected, clean_text
from bot.languages.supported import CODES, is_supported
from bot.notifier import person_topic
from bot.router import Inbound
from bot.storage.database import utcnow

CHANNEL = WEB
START_CONVERSATION = command(START_CONVERSATION_INTENT)
MAX_EXTERNAL_ID = 80
# Message ids are SQL integers (64 bits): 18 digits always fit.
MAX_ID_DIGITS = 18
# Send text as UTF-8, not \u escapes: lighter, and readable in a browser's network panel.
_dumps = functools.partial(json.dumps, ensure_ascii=False)


def _iso(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.timezone.utc).isoformat()


def _messages(stored: list[StoredMessage]) -> list[dict[str, Any]]:
    return [message.as_json() for message in stored]


# At most this much of a session's idle time goes unrecorded (_keep_session_alive).
KEEP_ALIVE_WRITE_EVERY = dt.timedelta(seconds=30)


def _idle(request: web.Request) -> dt.timedelta:
    return dt.timedelta(minutes=request.app[SETTINGS].session_idle_minutes)


async def _session(request: web.Request) -> tuple[str, ChatSession]:
    """The session named in the path, or the 404/410 that explains why it cannot be used."""
    hashed = token_hash(request.match_info["session_id"])
    session = await request.app[DATABASE].run(lambda c: store.find_chat_session(c, hashed))
    if session is None:
        raise _http(web.HTTPNotFound, "session_not_found", "There is no chat with this id. Start a new one.")
    if not session.usable(utcnow()):
        raise _http(web.HTTPGone, "session_ended", "This chat has ended. Start a new one to carry on.")
    return hashed, session


async def _keep_session_alive(request: web.Request, hashed: str, session: ChatSession) -> None:
    """A message moves the session's expiry to the whole idle time from now. Written once at most every
    KEEP_ALIVE_WRITE_EVERY (or twentieth of the idle time, if shorter), not on every message: one write
    per turn was a twentieth of the hub's work under load (docs/benchmarks.md "Cost of a turn"). The
    widget counts the idle time from each message and warns two minutes before: the session it counts
    on may end that much earlier, well inside its warning."""
    idle = _idle(request)
    if session.expires_at - utcnow() > idle - min(KEEP_ALIVE_WRITE_EVERY, idle / 20):
        return
    await request.app[DATABASE].run(lambda c: store.extend_chat_session(c, hashed, idle))


def _http(kind: type[web.HTTPException], code: str, message: str) -> web.HTTPException:
    return kind(text=json.dumps({"error": {"code": code, "message": message}}), content_type="application/json")


async def _chosen_language(request: web.Request) -> Optional[str]:
    """A language the person chose before the chat started (the widget's control), if the request names one."""
    if not request.can_read_body:
        return None
    body = await read_json_object(request)
    # Absent means "not chosen"; a null or anything else is refused, as docs/openapi.yaml says.
    if "language" not in body:
        return None
    code = body["language"]
    if not isinstance(code, str) or not is_supported(code):
        raise _http(web.HTTPBadRequest, "unsupported_language", f"language must be one of: {', '.join(CODES)}.")
    return code


async def create_session(request: web.Request) -> web.Response:
    language = await _chosen_language(request)
    token = new_session_token()
    # Random, not derived from the token: knowing the conversation id must not open the chat.
    conversation_id = secrets.token_hex(20)
    idle = _idle(request)
    db = request.app[DATABASE]

    def create(connection: Any) -> None:
        store.open_conversation(connection, conversation_id, CHANNEL)
        if language:
            store.update_conversation(connection, conversation_id, language=language, language_chosen=True)
        store.create_chat_session(connection, token_hash(token), conversation_id, idle)

    await db.run(create)
    opening = await request.app[ROUTER].receive(
        Inbound(conversation_id, CHANNEL, rasa_text=START_CONVERSATION, shown_text=None)
    )
    return web.json_response(
        {
            "session_id": token,
            "expires_at": _iso(utcnow() + idle),
            "idle_timeout_seconds": int(idle.total_seconds()),
            "messages": _messages(opening),
        },
        status=201,
        dumps=_dumps,
    )


def _external_id(body: dict[str, Any]) -> Optional[str]:
    if "client_message_id" not in body:
        return None
    value = body["client_message_id"]
    if not isinstance(value, str) or not 0 < len(value) <= MAX_EXTERNAL_ID:
        raise _http(web.HTTPBadRequest, "invalid_client_message_id", "client_message_id must be a short string.")
    return f"web:{value}"


async def _inbound_from(request: web.Request, conversation_id: str, body: dict[str, Any]) -> Inbound:
    text, payload = body.get("text"), body.get("payload")
    external_id = _external_id(body)
    # Presence, not truthiness or null: {"text": "hi", "payload": null} is as ambiguous as sending both.
    if ("text" in body) == ("payload" in body):
        raise _http(web.HTTPBadRequest, "text_or_payload", 'Send either "text" or "payload".')
    if "payload" in body:
        if not isinstance(payload, str):
            raise _http(web.HTTPBadRequest, "invalid_payload", "payload must be a string.")
        offered = await request.app[DATABASE].run(lambda c: store.last_buttons(c, conversation_id))
        chosen = next((button for button in offered if button.get("payload") == payload), None)
        if chosen is None:
            raise InboundRejected("not_a_choice", "utter_hub_not_a_choice")
        return Inbound(conversation_id, CHANNEL, rasa_text=payload, shown_text=chosen["title"], external_id=external_id)
    if not isinstance(text, str):
        raise _http(web.HTTPBadRequest, "invalid_text", "text must be a string.")
    cleaned = clean_text(text, request.app[SETTINGS].max_message_chars)
    return Inbound(conversation_id, CHANNEL, rasa_text=cleaned, shown_text=cleaned, external_id=external_id)


def _one_copy_at_a_time(request: web.Request, inbound: Inbound) -> AsyncContextManager[None]:
    """Copies of one message (the same client_message_id: the widget's retry, maybe through another hub)
    are handled one after the other, so that a copy sent while the first is still being answered finds
    that answer stored instead of taking the turn again; only a first try that ended unanswered (its
    request cut short by the database) is answered again (bot/router.py)."""
    if inbound.external_id is None:
        return contextlib.nullcontext()
    return request.app[LOCKS].hold(f"{inbound.conversation_id}:{inbound.external_id}")


async def post_message(request: web.Request) -> web.Response:
    hashed, session = await _session(request)
    body = await read_json_object(request)
    inbound = await _inbound_from(request, session.conversation_id, body)
    await _keep_session_alive(request, hashed, session)
    async with _one_copy_at_a_time(request, inbound):
        replies = await request.app[ROUTER].receive(inbound)
    return web.json_response({"messages": _messages(replies)}, dumps=_dumps)


async def put_language(request: web.Request) -> web.Response:
    """The person chose a language in the widget: the hub says so in it, and the assistant asks its
    question again in it; what was told so far is kept."""
    hashed, session = await _session(request)
    body = await read_json_object(request)
    code = body.get("language")
    if not isinstance(code, str) or not is_supported(code):
        raise _http(web.HTTPBadRequest, "unsupported_language", f"language must be one of: {', '.join(CODES)}.")
    await _keep_session_alive(request, hashed, session)
    replies = await request.app[ROUTER].choose_language(session.conversation_id, CHANNEL, code)
    return web.json_response({"language": code, "messages": _messages(replies)}, dumps=_dumps)


def _message_id(raw: str) -> Optional[int]:
    """A message id, or None. int() alone takes "-1", " 7" and "1_0", and a number past 64 bits reaches the
    database as an overflow (a 500 the fuzzer found): at most MAX_ID_DIGITS digits."""
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_ID_DIGITS:
        return None
    return int(raw)


def _after(raw: str) -> int:
    """`?after=`, or the 400 saying it is not a message id."""
    after = _message_id(raw)
    if after is None:
        raise _http(web.HTTPBadRequest, "invalid_after", "after must be a message id (a whole number).")
    return after


async def get_messages(request: web.Request) -> web.Response:
    """The transcript so far (after `?after=ID`): how a reloaded page resumes the chat. A malformed `after`
    is refused (400) before the session is looked up, whatever state the session is in."""
    after = _after(request.query.get("after", "0"))
    _hashed, session = await _session(request)
    stored = await request.app[DATABASE].run(lambda c: store.transcript(c, session.conversation_id, after_id=after))
    return web.json_response({"messages": _messages(stored)}, dumps=_dumps)


async def keep_alive(request: web.Request) -> web.Response:
    """Extends the session: the widget warns before it times out and lets the person stay."""
    hashed, _session_ = await _session(request)
    expires_at = await request.app[DATABASE].run(lambda c: store.extend_chat_session(c, hashed, _idle(request)))
    return web.json_response({"expires_at": _iso(expires_at)})


async def end_session(request: web.Request) -> web.Response:
    """Quick exit: the session is over at once, and leaves the handoff queue."""
    hashed = token_hash(request.match_info["session_id"])
    ended = await request.app[DATABASE].run(lambda c: store.end_chat_session(c, hashed))
    if ended is None:
        return json_error(404, "session_not_found", "There is no chat with this id.")
    conversation_id, event = ended
    # Someone who leaves while waiting for a person leaves the staff queue at once (the event says so).
    request.app[STATUS_EVENTS].publish([event])
    # Their own stream closes, even when the conversation had already been closed by a handler.
    request.app[NOTIFIER].notify(person_topic(conversation_id))
    return web.Response(status=204)


async def stream_events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: each message pushed later (by a call handler or the service), with its id,
    so that a reconnecting EventSource (Last-Event-ID) resumes without missing or repeating one."""
    hashed, session = await _session(request)
    # A browser's EventSource sends back the last id it saw; anything else in that header means "from the start".
    resumed = _message_id(request.headers.get("Last-Event-ID", ""))
    last_id = resumed if resumed is not None else _after(request.query.get("after", "0"))
    db = request.app[DATABASE]

    async def send_pushed_messages(response: web.StreamResponse) -> bool:
        nonlocal last_id
        pushed = await db.run(lambda c: store.transcript(c, session.conversation_id, after_id=last_id, pushed_only=True))
        for message in pushed:
            await response.write(event("message", message.as_json(), event_id=message.id))
            last_id = message.id
        current = await db.run(lambda c: store.find_chat_session(c, hashed))
        if current is None or not current.usable(utcnow()):
            await response.write(event("ended", {}))
            return False
        return True

    changes = TopicChanges(request.app[NOTIFIER], person_topic(session.conversation_id))
    return await stream_changes(request, changes, send_pushed_messages)


def setup(app: web.Application) -> None:
    app.router.add_post("/api/chat/sessions", create_session)
    app.router.add_post("/api/chat/sessions/{session_id}/messages", post_message)
    app.router.add_get("/api/chat/sessions/{session_id}/messages", get_messages)
    app.router.add_put("/api/chat/sessions/{session_id}/language", put_language)
    app.router.add_get("/api/chat/sessions/{session_id}/events", stream_events)
    app.router.add_post("/api/chat/sessions/{session_id}/keepalive", keep_alive)
    app.router.add_delete("/api/chat/sessions/{session_id}", end_session)
