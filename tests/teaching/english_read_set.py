"""An English read set (keys danger_freshN / not_danger_freshN, nested by category), read after a teaching change.

  python -m tests.teaching.english_read_set SETFILE N...   (the model in SPEAKUP_MODEL_PATH or models/)

Before a change, `python -m tests.bench_danger --misses --read-set SETFILE` lists each layer's misses and false
alarms with the trained model. This retrains English's intent and danger-now classifiers (scikit-learn,
seconds) on this checkout's data/training/nlu with this checkout's detector, inside the trained model, and lists
what is still missed or taken for danger at the opening and mid-form: the figure after a teaching change without
`make train`. Neither reads tests/heldout/, so a teaching helper can run both without seeing the blind sets."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tests import bench_danger


def after(setfile: Path, numbers: list[int]) -> None:
    from rasa.core.agent import Agent

    from bot.assistant_contract import DANGER_NOW
    from tests import bench_danger_teaching as teaching

    agent = Agent.load(str(bench_danger.model_path()))
    teaching.english_retrained(agent, teaching.training_examples())
    for number in numbers:
        present, hard = teaching.held_out_set(number, setfile)
        parsed: dict[str, dict[str, Any]] = teaching.parse_all(agent, present + hard)
        print(f"set {number}: {teaching.figures(parsed, present, hard)}", flush=True)
        for text in present + hard:
            opening = parsed[text]["intent"]["name"] == DANGER_NOW
            mid_form = bench_danger.interrupted_questions(text, parsed[text])
            if text in present and not (opening and all(mid_form)):
                print(f"- missed ({'' if opening else 'opening '}{'' if all(mid_form) else 'mid-form'}): {text}")
            if text in hard and (opening or any(mid_form)):
                print(f"- false alarm ({'opening ' if opening else ''}{'mid-form' if any(mid_form) else ''}): {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("setfile", type=Path)
    parser.add_argument("numbers", type=int, nargs="+", help="the N of danger_freshN")
    args = parser.parse_args()
    after(args.setfile.resolve(), args.numbers)


if __name__ == "__main__":
    main()
