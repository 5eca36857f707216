"""Copy held-out sets into a read set for a teaching round, or a blind writer's file into the held-out file.

  python -m tests.teaching.read_set extract tests/heldout/pl.yml /work/tools/teach/pl6_set.yml danger_fresh6 not_danger_fresh6
  python -m tests.teaching.read_set append pl /work/tools/blind/pl-fresh7.yml

A round (docs/benchmarks.md, "Twenty-sixth round taught"): blind sets written first by helpers that read nothing
of ours (briefs/blind-common.md) and appended here before anything is measured on them; the sets read are moved
out of tests/heldout/ (git keeps them) and taught by helpers that never open tests/heldout/ (briefs/teach-*.md).
After appending, `pytest tests/data -k held` finds lines that are already training examples: take them out."""
from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import yaml

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"
# English's held-out sets are read per DASH category (tests/bench_danger.py): a writer's "# N name" comment
# (briefs/blind-common.md) becomes that category's key.
ENGLISH_CATEGORIES = ("strangulation", "fire", "weapon", "threat_to_kill", "released_or_found", "child_in_danger",
                      "held_captive", "forced_marriage_or_fgm", "attack_on_home_now", "self_harm_overdose", "general")
CATEGORY_COMMENT = re.compile(r"^  # (\d+)\b")
NOTE = ("# Committed before it was measured and before the next teaching round was merged; never copy these into\n"
        "# training data or patterns.\n")


def count(value: Any) -> int:
    return sum(len(v) for v in value.values()) if isinstance(value, dict) else len(value)


def extract(source: Path, out: Path, keys: list[str]) -> None:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    picked = {key: data[key] for key in keys}
    out.write_text(yaml.safe_dump(picked, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    print({key: count(value) for key, value in picked.items()})


def append(code: str, written: Path) -> None:
    """The writer's file (its header comment, then its keys) at the end of the language's held-out file."""
    text = written.read_text(encoding="utf-8").rstrip() + "\n"
    new = yaml.safe_load(text)
    target = HELDOUT / ("danger_en.yml" if code == "en" else f"{code}.yml")
    old = target.read_text(encoding="utf-8").rstrip() + "\n"
    clash = set(new) & set(yaml.safe_load(old))
    if clash:
        raise SystemExit(f"already in {target.name}: {sorted(clash)}")
    lines = text.splitlines()
    if code == "en":
        lines = by_category(lines)
    body = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    target.write_text(old + "\n\n" + "\n".join(lines[:body]) + "\n" + NOTE + "\n".join(lines[body:]) + "\n", encoding="utf-8")
    print({key: count(value) for key, value in new.items()})


def by_category(lines: list[str]) -> list[str]:
    """A writer's flat lists under "# N name" comments, nested under English's category keys (a set already
    nested, with no such comment at two spaces, is left as it is)."""
    nested = []
    for line in lines:
        number = CATEGORY_COMMENT.match(line)
        if number:
            nested.append(f"  {ENGLISH_CATEGORIES[int(number.group(1)) - 1]}:")
        nested.append("  " + line if line.startswith("  ") else line)
    return nested if any(CATEGORY_COMMENT.match(line) for line in lines) else lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    taking = commands.add_parser("extract")
    taking.add_argument("source", type=Path)
    taking.add_argument("out", type=Path)
    taking.add_argument("keys", nargs="+")
    adding = commands.add_parser("append")
    adding.add_argument("code")
    adding.add_argument("written", type=Path)
    args = parser.parse_args()
    if args.command == "extract":
        extract(args.source, args.out, args.keys)
    else:
        append(args.code, args.written)


if __name__ == "__main__":
    main()
