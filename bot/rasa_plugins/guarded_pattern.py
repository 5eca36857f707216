"""A danger pattern whose leading lookarounds are checked only where the rest of it matches.

The languages' danger patterns guard against whole-message contexts with lookarounds at their start: "not in a
message about a game" is written `(?<!game.*)(?!.*game)threat`. The regex engine tries every position of the
message and evaluates those guards at each before the threat itself fails there, each guard scanning the message
again: the cost grows with the square of the message's length (0.4 to 1.9 ms a pattern on the held-out texts,
most of the danger patterns' 15 ms a message in December 2026). A lookaround is zero-width and atomic, so
checking the guards only at the positions where the rest matches finds exactly the same matches, in the same
order: GuardedPattern does that, and the patterns stay written as plain regular expressions.

Only lookarounds at the very start of an alternative are moved: at the top level, or at the start of a first
group that is neither repeated nor split by "|" (descending as long as that holds). A pattern made of lookarounds
alone is compiled as it is."""
from __future__ import annotations

from typing import Iterator, Optional

import regex

from bot.rasa_plugins.regex_syntax import item_end, quantifier_end, top_level_alternatives

_LOOKAROUNDS = ("(?<!", "(?<=", "(?!", "(?=")


def split_leading_guards(source: str) -> tuple[str, str]:
    """(the leading lookarounds, the rest) of a pattern; ("", source) when none can be moved."""
    if len(top_level_alternatives(source)) > 1:
        return "", source
    guards, position = [], 0
    while source.startswith(_LOOKAROUNDS, position):
        end = item_end(source, position)
        guards.append(source[position:end])
        position = end
    rest = source[position:]
    if rest.startswith("(?:"):
        end = item_end(rest, 0)
        if quantifier_end(rest, end) == end:  # a repeated group's guards hold at each repetition
            inner_guards, inner_rest = split_leading_guards(rest[3:end - 1])
            if inner_guards and inner_rest:
                guards.append(inner_guards)
                rest = f"(?:{inner_rest}){rest[end:]}"
    if not rest:
        # Lookarounds alone: an empty match wherever they hold; nothing to check them after.
        return "", source
    return "".join(guards), rest


class _GuardedAlternative:
    """One pattern without a top-level "|": its leading lookarounds are checked where the rest matches."""

    def __init__(self, source: str, flags: int) -> None:
        guards, rest = split_leading_guards(source)
        self.rest = regex.compile(rest, flags)
        self.guards: Optional[regex.Pattern[str]] = regex.compile(guards, flags) if guards else None

    def first_from(self, text: str, position: int) -> Optional[regex.Match[str]]:
        """The first match starting at `position` or later, as the pattern as written would find it."""
        while position <= len(text):
            match = self.rest.search(text, position)
            if match is None or self.guards is None or self.guards.match(text, match.start()) is not None:
                return match
            # The whole pattern fails here: the next try starts one character on, as the engine's would.
            position = match.start() + 1
        return None


class GuardedPattern:
    """Finds what `regex.compile(source, flags)` finds (search and finditer), checking the pattern's leading
    lookarounds only where the rest of it matches. A pattern with a "|" at its top level whose alternatives
    carry guards is searched alternative by alternative: at the leftmost position any of them matches, the
    first in the written order wins, as in the engine."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        alternatives = top_level_alternatives(source)
        if len(alternatives) == 1 or not any(split_leading_guards(a)[0] for a in alternatives):
            alternatives = [source]
        self._alternatives = tuple(_GuardedAlternative(alternative, flags) for alternative in alternatives)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        if len(self._alternatives) == 1 and self._alternatives[0].guards is None:
            yield from self._alternatives[0].rest.finditer(text)
            return
        position = 0
        while position <= len(text):
            found: Optional[regex.Match[str]] = None
            for alternative in self._alternatives:
                match = alternative.first_from(text, position)
                if match is not None and (found is None or match.start() < found.start()):
                    found = match
            if found is None:
                return
            yield found
            # As finditer goes on: after the match, or one on after an empty one.
            position = found.end() if found.end() > found.start() else found.end() + 1

    def search(self, text: str) -> Optional[regex.Match[str]]:
        return next(self.finditer(text), None)
