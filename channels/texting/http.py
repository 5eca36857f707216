"""The hub's error shape for the texting webhooks (as bot.http_errors, raised rather than returned)."""
from __future__ import annotations

import json

from aiohttp import web


def refuse(kind: type[web.HTTPException], code: str, message: str) -> web.HTTPException:
    return kind(text=json.dumps({"error": {"code": code, "message": message}}), content_type="application/json")
