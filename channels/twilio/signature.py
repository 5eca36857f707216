"""Reads a Twilio webhook's form and checks its X-Twilio-Signature with the twilio library.

The signature covers the URL Twilio called (our public address, not the one a proxy forwards to) and
every form field, keyed with the account's auth token: a request without a valid one is refused before
anything in it is read or stored."""
from __future__ import annotations

from urllib.parse import parse_qsl

from aiohttp import web
from multidict import MultiDict, MultiDictProxy
from twilio.request_validator import RequestValidator

from channels.texting.http import refuse
from channels.twilio.config import TwilioConfig

FORM = "application/x-www-form-urlencoded"


def public_url(request: web.Request, config: TwilioConfig) -> str:
    return config.public_base_url + str(request.rel_url)


async def signed_form(request: web.Request, config: TwilioConfig) -> MultiDictProxy[str]:
    """The request's form fields when Twilio signed them; 403 (forged or unsigned) or 400/415 otherwise."""
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature:
        raise refuse(web.HTTPForbidden, "signature_missing", "Requests to this address must be signed by Twilio.")
    if request.content_type != FORM:
        raise refuse(web.HTTPUnsupportedMediaType, "unsupported_media_type", f"Send a form ({FORM}).")
    raw = await request.read()
    try:
        # URL-encoded bodies are ASCII; the values inside are percent-encoded UTF-8.
        pairs = parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise refuse(web.HTTPBadRequest, "invalid_encoding", "The form is not valid URL-encoded UTF-8.")
    form = MultiDictProxy(MultiDict(pairs))
    if not RequestValidator(config.auth_token).validate(public_url(request, config), form, signature):
        raise refuse(web.HTTPForbidden, "signature_invalid", "The request's Twilio signature does not match.")
    return form
