"""Would teaching held-out English danger sets help the others? Main's model, its English classifiers retrained.

The replay (tests/replay_en_danger.py) retrains only the binary danger-now classifier, at each set's blind
commit. Since English's intent classifier is plain scikit-learn too (bot/languages/intents.py, 2026-12-01),
both can be retrained in seconds: this loads the trained model in SPEAKUP_MODEL_PATH (or models/), replaces
English's intent classifier and binary danger-now classifier inside it by ones trained on data/training/nlu
plus the sets named by --teach (present danger as danger_now, the hard non-danger as the first intent after
danger_now that English's classifier, trained on the training data alone, gives them; a message a danger
pattern reads as danger now is not taught as another intent, as tests/data/test_nlu_examples.py requires),
and reads the sets named by --read as tests/bench_danger.py does: at the opening (the whole pipeline,
detector, thresholds and overruling included) and mid-form (the report form's own `interrupts`).

`python -m tests.bench_danger_teaching --teach 13 --read 14` (numbers are the sets' in
tests/heldout/danger_en.yml: danger_fresh13 is 13). Labels taught are automatic, not corrected by reading as
data/training/nlu/danger_taught.yml's are, so a figure here is a guide. Not a test: nothing passes or fails.
It chose teaching sets 6 and 7 in the tenth round (docs/benchmarks.md)."""
from __future__ import annotations

import argparse
import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

import yaml

from bot.assistant_contract import DANGER_NOW
from bot.languages.danger_now import train_binary
from bot.languages.intents import NOT_TYPED, Example, ranking, train_model
from bot.languages.supported import ENGLISH
from bot.rasa_plugins.danger_detector import detect_danger
from tests.bench_danger import HELDOUT, interrupted_questions, model_path

FALLBACK = "nlu_fallback"
Parsed = dict[str, dict[str, Any]]


def held_out_set(number: int, path: Path = HELDOUT) -> tuple[list[str], list[str]]:
    """(present danger, hard non-danger) of danger_fresh<number> (in the held-out file, or a read set's)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    present, hard = data[f"danger_fresh{number}"], data[f"not_danger_fresh{number}"]
    return [t for group in present.values() for t in group], [t for group in hard.values() for t in group]


def training_examples() -> list[Example]:
    from rasa.shared.nlu.training_data.loading import load_data

    from bot.config import PROJECT_ROOT
    from bot.rasa_plugins.language_intents import intent_examples

    return [e for e in intent_examples(load_data(str(PROJECT_ROOT / "data" / "training" / "nlu"))) if e.language == ENGLISH]


def taught_examples(numbers: Sequence[int], training: list[Example]) -> list[Example]:
    labeller = train_model(training)

    def first_other_intent(text: str) -> str:
        return next(intent for intent, _ in ranking(labeller, text) if intent not in (DANGER_NOW, FALLBACK))

    taught = []
    for number in numbers:
        present, hard = held_out_set(number)
        taught += [Example(text, DANGER_NOW, ENGLISH) for text in present]
        taught += [Example(text, first_other_intent(text), ENGLISH) for text in hard if detect_danger(text) is None]
    return taught


def english_retrained(agent: Any, examples: list[Example]) -> None:
    """Swaps English's two classifiers inside the loaded model's pipeline, as `rasa train` would make them."""
    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    components = {type(node._component).__name__: node._component for node in nodes}
    components["LanguageIntentClassifier"].intents.models[ENGLISH] = train_model(examples)
    danger_net = components["DangerNowClassifier"]
    typed = [e for e in examples if e.intent not in NOT_TYPED]
    danger_net.classifiers = replace(danger_net.classifiers,
                                     models={**danger_net.classifiers.models, ENGLISH: train_binary(typed)})


def parse_all(agent: Any, texts: list[str]) -> Parsed:
    async def parse() -> Parsed:
        return {text: await agent.parse_message(text) for text in texts}

    return asyncio.run(parse())


def figures(parsed: Parsed, present: list[str], hard: list[str]) -> str:
    opening = {t: parsed[t]["intent"]["name"] == DANGER_NOW for t in present + hard}
    mid_form = {t: interrupted_questions(t, parsed[t]) for t in present + hard}
    return (f"opening {sum(opening[t] for t in present)}/{len(present)}, {sum(opening[t] for t in hard)} false | "
            f"mid-form {sum(all(mid_form[t]) for t in present)}/{len(present)}, {sum(any(mid_form[t]) for t in hard)} false")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teach", type=int, nargs="*", default=[], help="held-out sets to teach (danger_fresh<N>)")
    parser.add_argument("--read", type=int, nargs="+", required=True, help="held-out sets to read")
    args = parser.parse_args()
    if set(args.teach) & set(args.read):
        parser.error("a set taught cannot be read")
    from rasa.core.agent import Agent

    agent = Agent.load(str(model_path()))
    training = training_examples()
    read = {number: held_out_set(number) for number in args.read}
    texts = [t for present, hard in read.values() for t in present + hard]
    for name, examples in (("training data", training), (f"+ sets {args.teach}", training + taught_examples(args.teach, training))):
        if name.startswith("+") and not args.teach:
            continue
        english_retrained(agent, examples)
        parsed = parse_all(agent, texts)
        for number, (present, hard) in read.items():
            print(f"{name}: set {number}: {figures(parsed, present, hard)}", flush=True)


if __name__ == "__main__":
    main()
