"""The danger detector over every training example (and read sets), before and after a change to the patterns.

  python -m tests.teaching.detector_replay snapshot BEFORE.json [READSET.yml ...]
  (change the patterns)
  python -m tests.teaching.detector_replay snapshot AFTER.json [READSET.yml ...]
  python -m tests.teaching.detector_replay diff BEFORE.json AFTER.json

Every example of data/training/nlu/*.yml and data/languages/*/nlu.yml (about 60,000, 3 minutes), with its file and
intent, and every line of the read sets; for each, the pattern that fired or none. `diff` lists each line whose
verdict changed: a line outside danger_now (or a read set's not_danger) that now fires is a new false alarm."""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Optional

import yaml

from bot.config import PROJECT_ROOT
from bot.rasa_plugins.danger_detector import detect_danger

# Rasa's entity markup in an example: "[text](entity)" or "[text]{...}" reads as "text".
_ENTITY = re.compile(r"\[([^\]]*)\](?:\{[^}]*\}|\([^)]*\))")
Verdicts = list[tuple[str, str, Optional[str]]]


def training_examples() -> list[tuple[str, str]]:
    files = sorted((PROJECT_ROOT / "data/training/nlu").glob("*.yml")) + sorted((PROJECT_ROOT / "data/languages").glob("*/nlu.yml"))
    found = []
    for path in files:
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if not block.get("intent") or not isinstance(block.get("examples"), str):
                continue
            where = f"{path.relative_to(PROJECT_ROOT)}:{block['intent']}"
            for line in block["examples"].splitlines():
                if line.strip().startswith("- "):
                    found.append((where, _ENTITY.sub(r"\1", line.strip()[2:].strip())))
    return found


def read_set_lines(path: Path) -> list[tuple[str, str]]:
    found = []
    for key, value in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
        groups = value.values() if isinstance(value, dict) else [value]
        found += [(f"{path.name}:{key}", str(line)) for lines in groups for line in lines or []]
    return found


def snapshot(out: Path, read_sets: list[Path]) -> None:
    verdicts: Verdicts = []
    for where, text in training_examples() + [line for path in read_sets for line in read_set_lines(path)]:
        found = detect_danger(text)
        verdicts.append((where, text, found.pattern if found else None))
    out.write_text(json.dumps(verdicts, ensure_ascii=False), encoding="utf-8")
    print(f"{len(verdicts)} lines, {sum(pattern is not None for _, _, pattern in verdicts)} fire")


def diff(before: Path, after: Path) -> None:
    old = {(where, text): pattern for where, text, pattern in json.loads(before.read_text(encoding="utf-8"))}
    new = {(where, text): pattern for where, text, pattern in json.loads(after.read_text(encoding="utf-8"))}
    changed = sorted((key, old[key], new[key]) for key in new if key in old and (old[key] is None) != (new[key] is None))
    for (where, text), was, now in changed:
        print(f"- [{where}] {'now fires' if now else 'no longer fires'} ({now or was}): {text}")
    print(f"{len(new)} lines, {len(changed)} changed; lines only in one snapshot (added or taken out) are not compared")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    taking = commands.add_parser("snapshot")
    taking.add_argument("out", type=Path)
    taking.add_argument("read_sets", type=Path, nargs="*")
    comparing = commands.add_parser("diff")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out, args.read_sets)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
