"""A language's read set (keys danger_freshN / not_danger_freshN) read as the assistant decides, every miss and
false alarm listed: the language's patterns and its classifiers retrained from this checkout's data (1-3 minutes).

  python -m tests.teaching.language_read_set CODE SETFILE

As tests/bench_languages.py --danger reads, but only the read set: a teaching helper runs it without seeing the
held-out files."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Optional

import yaml

from bot.rasa_plugins.danger_detector import detect_danger
from tests import bench_languages as bench


def read(code: str, setfile: Path) -> None:
    data = yaml.safe_load(setfile.read_text(encoding="utf-8"))
    models: dict[str, object] = {code: bench.train_model(bench.examples(code) + bench.english_examples())}
    readers: dict[str, Optional[bench.Reader]] = {}
    caught = bench.danger_judge(code, models, readers, bench.fallback_thresholds())

    for key in [k for k in data if k.startswith("danger")]:
        present, hard = [str(t) for t in data[key]], [str(t) for t in data.get("not_" + key) or []]
        missed = [t for t in present if not caught(t)]
        false = [t for t in hard if caught(t)]
        by_detector = sum(detect_danger(t) is not None for t in present)
        print(f"{code} {key}: recall {1 - len(missed) / len(present):.2f} ({len(present) - len(missed)}/{len(present)}), "
              f"detector alone {by_detector}/{len(present)}, false alarms {len(false)}/{len(hard)}")
        for text in missed:
            print(f"- missed: {text}")
        for text in false:
            found = detect_danger(text)
            print(f"- false alarm: {text}  ({found.pattern if found else 'classifiers'})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("code")
    parser.add_argument("setfile", type=Path)
    args = parser.parse_args()
    read(args.code, args.setfile)


if __name__ == "__main__":
    main()
