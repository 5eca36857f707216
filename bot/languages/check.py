"""Checks a language's catalogue the way the tests do: `python -m bot.languages.check pl [gu ...]`.

Every message translated (not fuzzy), every {placeholder} kept exactly, every number kept exactly in
ASCII digits (a translation never changes or adds a number: phone numbers are placeholders anyway), no
letter glued to a number or reference, and
the header saying whether a native speaker reviewed it."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from bot.languages.catalogue import LANGUAGES_DIR, TEMPLATE_PATH, Catalogue, catalogue_path
from bot.languages.supported import TRANSLATED

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_DIGITS = re.compile(r"\d")  # any script's digits
_ASCII_DIGITS = re.compile(r"[0-9]+")
# A number or reference with a letter glued to it ("{reference}ە") is misread and copied wrongly: a suffix
# needs a space, a hyphen or punctuation between them.
_GLUED_NUMBER = re.compile(r"(?:\w\{(?:tel_\w+|number|reference\w*)\}|\{(?:tel_\w+|number|reference\w*)\}\w)")


def _outside(text: str) -> str:
    """The text without its placeholders (whose names may hold digits)."""
    return _PLACEHOLDER.sub("", text)


def _template_ids(path: Path = TEMPLATE_PATH) -> list[tuple[str, str]]:
    with path.open("rb") as handle:
        return [(m.context or "", str(m.id)) for m in read_po(handle) if m.id]


def problems(code: str, directory: Path = LANGUAGES_DIR, complete: bool = True) -> list[str]:
    """What is wrong with a catalogue; with `complete`, a message not yet translated is wrong too."""
    path = catalogue_path(code, directory)
    if not path.is_file():
        return [f"{code}: no catalogue at {path}"]
    catalogue = Catalogue.read(code, path)
    found: list[str] = []
    for context, english in _template_ids(directory / TEMPLATE_PATH.name):
        translated = catalogue.messages.get((context, english))
        where = f"{code} [{context}] {english[:60]!r}"
        if translated is None:
            if complete:
                found.append(f"{where}: not translated (or still fuzzy)")
            continue
        if sorted(_PLACEHOLDER.findall(translated)) != sorted(_PLACEHOLDER.findall(english)):
            found.append(f"{where}: placeholders differ: {sorted(_PLACEHOLDER.findall(translated))}")
        if sorted(_ASCII_DIGITS.findall(_outside(translated))) != sorted(_ASCII_DIGITS.findall(_outside(english))):
            found.append(f"{where}: numbers differ (keep every number exactly, in 0-9 digits)")
        if _DIGITS.search(_ASCII_DIGITS.sub("", _outside(translated))):
            found.append(f"{where}: digits of another script; write numbers in 0-9")
        if _GLUED_NUMBER.search(translated):
            found.append(f"{where}: a letter is glued to a number or reference; put a space or punctuation between")
    if not catalogue.review.status:
        found.append(f"{code}: the header has no 'Review status:' line")
    return found


def main(argv: list[str]) -> int:
    codes = argv or list(TRANSLATED)
    all_problems = [problem for code in codes for problem in problems(code)]
    for problem in all_problems:
        print(problem)
    print(f"{len(all_problems)} problem(s) in {', '.join(codes)}")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
