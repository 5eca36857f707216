"""The strings a danger pattern cannot match without: a cheap check that skips most patterns for most messages.

Every message is read by the danger patterns of all fourteen other languages (the hub's guess of its language
can be wrong, and people mix), some 500 regular expressions: about 4 ms a message even with guarded_pattern.py,
against issue 9's 2 ms for all language handling (December 2026). Most of them cannot match without one of a
few literal strings (a Polish threat needs "pobić", "podpali"... , a Gujarati one a Gujarati word): looking for
those strings in the message first, as RE2's and ripgrep's prefilters do, skips the pattern when none is there,
and finds exactly the same matches. A string is counted as needed only where the pattern's own syntax makes it
unavoidable: a run of literal characters that is not optional (a small class of letters in it gives one string
per letter); an alternation needs one of what its alternatives need; a positive lookaround's strings are needed
too, a negative one's not. Escapes, other classes, optional parts and anything not understood need nothing, so
the reading errs only towards running a pattern. Patterns are compiled case-insensitively, so strings and
messages are compared casefolded."""
from __future__ import annotations

import re
from typing import Any, Optional

from bot.rasa_plugins.regex_syntax import item_end, quantifier_end, top_level_alternatives

# One of these strings (casefolded) is in any text the pattern matches; empty: nothing is known.
Needed = frozenset[str]
NOTHING: Needed = frozenset()
_NEGATIVE_LOOKAROUNDS = ("(?<!", "(?!")
_READ_GROUPS = ("(?:", "(?=", "(?<=", "(?>")
_SYNTAX = set("\\[]().^$|?*+{}")
# Beyond this many spellings of one run, the run ends (a class of classes grows fast).
_MOST_SPELLINGS = 16
# Marks a trie node where a needed string ends (no character is the empty string).
_END = ""


def needed_strings(source: str) -> Needed:
    """Strings of which any match of `source` (compiled case-insensitively) contains at least one."""
    needed: set[str] = set()
    for alternative in top_level_alternatives(source):
        strings = _sequence_needs(alternative)
        if not strings:
            return NOTHING  # this alternative may match without any string we can name
        needed |= strings
    return frozenset(needed)


def literal_search(needed: Needed) -> Optional["re.Pattern[str]"]:
    """One search for any of the strings, to run on a casefolded text; None when nothing is needed (a pattern
    with no known strings always runs)."""
    if not needed:
        return None
    return re.compile(_trie_pattern(needed))


def _trie_pattern(strings: Needed) -> str:
    """A regular expression for "any of these strings" shaped as a trie ("kill|kick" -> "ki(?:ll|ck)"): `re`
    tries a flat alternation's strings one by one at every position, a trie's branches only where they begin.
    A string that begins with another needed string is dropped: the shorter one is enough."""
    trie: dict[str, Any] = {}
    for string in sorted(strings, key=len):
        node = trie
        for char in string:
            if node.get(_END):
                break
            node = node.setdefault(char, {})
        else:
            node.clear()
            node[_END] = True
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    if node.get(_END):
        return ""
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def may_match(search: Optional["re.Pattern[str]"], folded_text: str) -> bool:
    """False only when the pattern cannot match the text (`folded_text`: the text casefolded)."""
    return search is None or search.search(folded_text) is not None


def _sequence_needs(source: str) -> Needed:
    """The most telling need of the sequence: each unavoidable run of literal characters (a small class in it
    spells each of its letters), and each unavoidable group's need, is one on its own; the one whose shortest
    string is longest is kept."""
    candidates: list[Needed] = []
    run: set[str] = {""}
    position = 0
    while position < len(source):
        end = item_end(source, position)
        item = source[position:end]
        position = quantifier_end(source, end)
        letters = _spellings(item)
        quantified, optional = position > end, _is_optional(source, end)
        if letters and not optional and len(run) * len(letters) <= _MOST_SPELLINGS:
            run = {spelled + letter for spelled in run for letter in letters}
            if not quantified:
                continue
            # A repeated letter still needs one of itself after the run; what follows starts a new one.
        _keep(candidates, run)
        run = {""}
        if not letters and not optional:
            candidates.append(_item_needs(item))
    _keep(candidates, run)
    useful = [needed for needed in candidates if needed]
    return max(useful, key=lambda needed: (min(map(len, needed)), -len(needed)), default=NOTHING)


def _spellings(item: str) -> frozenset[str]:
    """The letters a literal character or a small class of them ("[aą]") stands for; empty for anything else."""
    if len(item) == 1:
        return NOTHING if item in _SYNTAX else frozenset({item})
    body = item[1:-1] if item.startswith("[") else ""
    if not body or len(body) > _MOST_SPELLINGS or any(char in _SYNTAX or char in "^-" for char in body):
        return NOTHING  # a negated class, a range or an escape: not spelled out
    return frozenset(body)


def _keep(candidates: list[Needed], run: set[str]) -> None:
    strings = frozenset(spelled.casefold() for spelled in run)
    if all(string.strip() for string in strings):
        candidates.append(strings)


def _item_needs(item: str) -> Needed:
    if item.startswith(_NEGATIVE_LOOKAROUNDS) or not item.startswith("("):
        return NOTHING  # a negative lookaround, an escape, a class, "." or an anchor
    for opening in _READ_GROUPS:
        if item.startswith(opening):
            return needed_strings(item[len(opening):-1])
    if item.startswith("(?"):
        return NOTHING  # named groups, inline flags and the like: not read
    return needed_strings(item[1:-1])


def _is_optional(source: str, end: int) -> bool:
    return source[end:end + 1] in ("?", "*") or source.startswith(("{0", "{,"), end)
