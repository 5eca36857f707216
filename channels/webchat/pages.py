"""The web chat widget, the demo page standing in for the force's website, and the pages that go
with it (accessibility statement, staying safe online, and the neutral page quick exit goes to).

Everything is served from here, by the hub: no third-party host, no build step. Pages are Jinja2
templates (autoescaped) in `pages/`; the widget's components (`widget/<component>/`) each hold their
template, script, styles and an accessibility README. Every text the widget shows comes from one
catalogue (`widget/locales/en.json`, in English, translated by data/languages/<code>/messages.po under
the context `widget:<key>`), which the page embeds as JSON for the scripts; the widget fetches another
language's texts from /webchat/texts/<code>.json when the person changes language.
"""
from __future__ import annotations

import copy
import json
import mimetypes
from functools import lru_cache
from pathlib import Path
from typing import Any, Awaitable, Callable

import jinja2
from aiohttp import web

from bot.app_keys import SETTINGS
from bot.config import DEFAULT_QUICK_EXIT_URL
from bot.languages.catalogue import translations
from bot.languages.supported import ENGLISH, LANGUAGES, is_supported, language

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"
WIDGET_DIR = HERE / "widget"
LOCALES_DIR = WIDGET_DIR / "locales"

# The plain local weather page that says nothing about the chat: quick exit's default destination (offline,
# and the tests'); production sets QUICK_EXIT_URL to an external neutral site (docs/webchat.md).
EXIT_PATH = DEFAULT_QUICK_EXIT_URL
ASSET_PREFIX = "/webchat"
# Only these kinds of file are served as assets (never the templates or the READMEs).
ASSET_TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json"}
DEFAULT_LANGUAGE = "en"

_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader([str(PAGES_DIR), str(WIDGET_DIR)]),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _translated(value: Any, key: str, code: str) -> Any:
    """The widget's English texts with every string translated (context `widget:<key>`) and its numbers
    filled; the widget's own placeholders ({size}, {minutes}) are left for its script."""
    if isinstance(value, dict):
        return {k: _translated(v, f"{key}.{k}" if key else k, code) for k, v in value.items()}
    if isinstance(value, list):
        return [_translated(v, f"{key}.{i}", code) for i, v in enumerate(value)]
    return translations().render(code, "widget:" + key, str(value))


@lru_cache(maxsize=None)
def _texts(code: str) -> dict[str, Any]:
    with (LOCALES_DIR / f"{ENGLISH}.json").open(encoding="utf-8") as handle:
        english: dict[str, Any] = json.load(handle)
    settings = {"lang": language(code).tag, "dir": language(code).direction, "code": code}
    body = {k: v for k, v in english.items() if k not in ("lang", "dir")}
    return {**settings, **_translated(body, "", code)}


def load_texts(code: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The widget's texts in one of our languages (English for any other code)."""
    return copy.deepcopy(_texts(code if is_supported(code) else ENGLISH))


def page_config(texts: dict[str, Any], exit_url: str = EXIT_PATH) -> dict[str, Any]:
    """What the widget's scripts read from the page (#speakup-config)."""
    languages = [{"code": l.code, "lang": l.tag, "dir": l.direction, "name": l.own_name} for l in LANGUAGES]
    return {"exitUrl": exit_url, "apiBase": "/api/chat", "texts": texts, "languages": languages,
            "textsUrl": ASSET_PREFIX + "/texts/"}


def render(template: str, exit_url: str = EXIT_PATH, **values: Any) -> str:
    texts = load_texts()
    config = page_config(texts, exit_url)
    return _environment.get_template(template).render(t=texts, config=config, languages=LANGUAGES, **values)


async def widget_texts(request: web.Request) -> web.Response:
    """The widget's texts in another language, for a person who changes language in the chat."""
    code = request.match_info["code"]
    if not is_supported(code):
        raise web.HTTPNotFound()
    return web.json_response(load_texts(code), dumps=lambda value: json.dumps(value, ensure_ascii=False))


def _page(template: str) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handler(request: web.Request) -> web.Response:
        page = render(template, exit_url=request.app[SETTINGS].quick_exit_url)
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    return handler


def _safe_file(base: Path, relative: str) -> Path:
    """The file under `base` named by `relative`, or 404: never a path outside it, never a template."""
    path = (base / relative).resolve()
    if base.resolve() not in path.parents or path.suffix not in ASSET_TYPES or not path.is_file():
        raise web.HTTPNotFound()
    return path


def _assets(base: Path) -> Callable[[web.Request], Awaitable[web.FileResponse]]:
    async def handler(request: web.Request) -> web.FileResponse:
        path = _safe_file(base, request.match_info["path"])
        return web.FileResponse(path, headers={"Content-Type": f"{ASSET_TYPES[path.suffix]}; charset=utf-8"})

    return handler


def setup(app: web.Application) -> None:
    """Adds the demo site's pages, the neutral exit page and the widget's assets."""
    mimetypes.add_type("text/javascript", ".js")
    app.router.add_get("/", _page("demo.html"))
    app.router.add_get("/accessibility", _page("accessibility.html"))
    app.router.add_get("/staying-safe-online", _page("staying-safe-online.html"))
    app.router.add_get(EXIT_PATH, _page("neutral/weather.html"))
    app.router.add_get(EXIT_PATH + "/{path:[A-Za-z0-9_.-]+}", _assets(PAGES_DIR / "neutral"))
    app.router.add_get("/site/{path:[A-Za-z0-9_.-]+}", _assets(PAGES_DIR / "site"))
    app.router.add_get(ASSET_PREFIX + "/texts/{code:[a-z]{2,3}}.json", widget_texts)
    app.router.add_get(ASSET_PREFIX + "/{path:[A-Za-z0-9_-]+/[A-Za-z0-9_.-]+}", _assets(WIDGET_DIR))
