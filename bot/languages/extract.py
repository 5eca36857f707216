"""Collects every English text a person can see into data/languages/messages.pot, and brings each
language's messages.po up to date with it: `python -m bot.languages.extract` (or `make catalogues`).

A new English text appears untranslated in every catalogue; a changed one keeps its old translation
marked fuzzy (not shown: English is shown until a translator confirms it); a removed one is dropped.
`--check` changes nothing and fails when a catalogue is out of date (the tests run it)."""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator, Mapping

import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from bot.config import PROJECT_ROOT
from bot.domain_files import DOMAIN_DIR, load_domain
from bot.languages.catalogue import HELPLINES_PATH, LANGUAGES_DIR, TEMPLATE_PATH, catalogue_path
from bot.languages.supported import BY_CODE, TRANSLATED

WIDGET_TEXTS_PATH = PROJECT_ROOT / "channels" / "webchat" / "widget" / "locales" / "en.json"
CONSOLE_REPLIES_PATH = PROJECT_ROOT / "data" / "console_replies.yml"
WIDGET_CONTEXT = "widget:"
HELPLINE_CONTEXT = "helpline:"
CONSOLE_REPLY_CONTEXT = "console-reply:"
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
# Keys of the widget's catalogue that are settings, not text.
_WIDGET_SETTINGS = frozenset({"lang", "dir"})

Source = tuple[str, str, str]  # (context, English, a note for translators)


def _note(text: str, where: str) -> str:
    names = sorted(set(_PLACEHOLDER.findall(text)))
    keep = f" Keep {', '.join(names)} exactly as written: SpeakUp fills them in." if names else ""
    return where + keep


def domain_sources(path: Path = DOMAIN_DIR) -> Iterator[Source]:
    responses: Mapping[str, Any] = load_domain(path).get("responses") or {}
    for name, variations in responses.items():
        for variation in variations:
            if variation.get("text"):
                yield name, str(variation["text"]), _note(str(variation["text"]), "Said to the person.")
            for button in variation.get("buttons") or []:
                yield name, str(button["title"]), "A choice (button, or a numbered line by SMS): keep it short."


def _flatten(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _flatten(f"{prefix}.{key}" if prefix else key, inner)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _flatten(f"{prefix}.{index}", inner)
    else:
        yield prefix, str(value)


def widget_sources(path: Path = WIDGET_TEXTS_PATH) -> Iterator[Source]:
    with path.open(encoding="utf-8") as handle:
        texts = json.load(handle)
    for key, text in _flatten("", {k: v for k, v in texts.items() if k not in _WIDGET_SETTINGS}):
        yield WIDGET_CONTEXT + key, text, _note(text, "Shown by the web chat widget or the pages around it.")


def helpline_sources(path: Path = HELPLINES_PATH) -> Iterator[Source]:
    with path.open(encoding="utf-8") as handle:
        helplines = (yaml.safe_load(handle) or {}).get("helplines") or []
    for entry in helplines:
        if entry.get("status") != "verified":
            continue  # never shown, so never translated
        context = HELPLINE_CONTEXT + str(entry["id"])
        yield context, str(entry["name"]), "A service's name: keep the name itself, translate only a description."
        if entry.get("hours_text"):
            yield context, str(entry["hours_text"]), "When the service is open."
        for route in entry.get("routes") or []:
            yield context, str(route["label"]), _note(str(route["label"]), "How to reach the service.")


def console_reply_sources(path: Path = CONSOLE_REPLIES_PATH) -> Iterator[Source]:
    with path.open(encoding="utf-8") as handle:
        replies = (yaml.safe_load(handle) or {}).get("replies") or []
    for reply in replies:
        text = str(reply["text"]).strip()
        yield CONSOLE_REPLY_CONTEXT + str(reply["id"]), text, _note(
            text, f"A call handler's prepared reply ({reply['title']}); the handler sees the English beside it."
        )


# Dates in a header change on every run; fixed, an unchanged catalogue stays byte for byte unchanged.
_FIXED_DATE = dt.datetime(2026, 11, 30, tzinfo=dt.timezone.utc)


def template_sources() -> Iterator[Source]:
    """Every English text a person can see, with where it is said."""
    for source in (domain_sources(), widget_sources(), helpline_sources(), console_reply_sources()):
        yield from source


def template() -> Catalog:
    catalog = Catalog(
        project="SpeakUp",
        creation_date=_FIXED_DATE,
        revision_date=_FIXED_DATE,
        header_comment="# SpeakUp's texts, in English: the template every language's catalogue follows.\n"
        "# Made by `python -m bot.languages.extract`; do not edit by hand.",
    )
    for context, english, note in template_sources():
        if (english, context) not in catalog:
            catalog.add(english, context=context, auto_comments=[note])
    return catalog


def _header(code: str) -> str:
    name = BY_CODE[code].english_name
    return (
        f"# SpeakUp's texts in {name} ({code}).\n"
        "# Review status: not reviewed (drafted by the SpeakUp team; no native speaker has checked it yet)\n"
        "# When a native speaker has reviewed every message, change the line above to\n"
        "# 'Review status: reviewed by NAME, DATE' (see docs/languages.md)."
    )


def _serialise(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False, ignore_obsolete=True, include_lineno=False)
    return buffer.getvalue()


def updated_catalogue(code: str, source: Catalog, directory: Path = LANGUAGES_DIR) -> bytes:
    path = catalogue_path(code, directory)
    if path.is_file():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=code.split("-")[0])
    else:
        catalog = Catalog(locale=code, project="SpeakUp", header_comment=_header(code))
    catalog.update(source, update_header_comment=False)
    catalog.creation_date = catalog.revision_date = _FIXED_DATE
    return _serialise(catalog)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail when anything is out of date")
    args = parser.parse_args(argv)
    source = template()
    wanted = {TEMPLATE_PATH: _serialise(source)}
    for code in TRANSLATED:
        wanted[catalogue_path(code)] = updated_catalogue(code, source)
    stale = [path for path, content in wanted.items() if not path.is_file() or path.read_bytes() != content]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(PROJECT_ROOT)} (run `make catalogues`)", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(wanted[path])
        print(f"updated {path.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
