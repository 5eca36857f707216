"""Just enough of regular expressions' syntax to walk a pattern item by item: where a group, a class or an escape
ends, what quantifier follows it, and the alternatives at its top level. Used to move a pattern's guards
(guarded_pattern.py) and to read which strings it needs (pattern_prefilter.py); `regex`'s own parser is not
public."""
from __future__ import annotations


def item_end(source: str, start: int) -> int:
    """Where the item starting at `start` ends: after its closing parenthesis for a group, after a character
    class, an escape or one character otherwise."""
    if source[start] == "\\":
        if source.startswith(("\\p{", "\\P{", "\\N{", "\\x{"), start):
            return source.index("}", start) + 1
        return start + 2
    if source[start] == "[":
        return class_end(source, start)
    if source[start] != "(":
        return start + 1
    depth, position = 0, start
    while position < len(source):
        char = source[position]
        if char == "\\":
            position = item_end(source, position)
            continue
        if char == "[":
            position = class_end(source, position)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    raise ValueError(f"unbalanced parenthesis in {source!r}")


def class_end(source: str, start: int) -> int:
    """After the "]" closing the character class opened at `start` (a "]" first in it, or after "^", is literal)."""
    position = start + 1
    if position < len(source) and source[position] == "^":
        position += 1
    if position < len(source) and source[position] == "]":
        position += 1
    while position < len(source):
        if source[position] == "\\":
            position += 2
            continue
        if source[position] == "]":
            return position + 1
        position += 1
    raise ValueError(f"unclosed character class in {source!r}")


def top_level_alternatives(source: str) -> list[str]:
    """The pattern's alternatives at its top level ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    alternatives, start, position = [], 0, 0
    while position < len(source):
        if source[position] == "|":
            alternatives.append(source[start:position])
            start = position + 1
            position += 1
            continue
        position = item_end(source, position)
    return [*alternatives, source[start:]]


def quantifier_end(source: str, position: int) -> int:
    """After the quantifier at `position` (and its lazy or possessive mark); `position` itself if there is none."""
    if source.startswith("{", position) and "}" in source[position:]:
        position = source.index("}", position) + 1
    elif position < len(source) and source[position] in "?*+":
        position += 1
    else:
        return position
    return position + 1 if position < len(source) and source[position] in "?+" else position
