"""`make bench-languages`: how well SpeakUp tells and understands each language, on data it never trained on.

- Language identification: accuracy on each language's held-out short messages (tests/heldout/<code>.yml,
  written apart from the training data), overall and on messages of two words or more, for the detector
  SpeakUp uses (bot/languages/identification.py) and the alternatives it was chosen over: lingua alone
  (high accuracy, restricted to the 12 of ours it knows) and, where installed, langdetect (`pip install`
  it into .venv to compare; SpeakUp does not depend on it). A set's fresh messages ("identification_fresh",
  written before the detector was last changed) are reported on their own rows.
- Intent macro F1 per language: 5-fold stratified cross-validation of the per-language classifier
  (bot/languages/intents.py) on data/languages/<code>/nlu.yml, and English's on data/training/nlu/.
- Danger recall and precision per language on the held-out danger and hard non-danger messages, decided as
  the assistant's DangerDetector decides: the patterns, and the intent classifier (above the fallback
  classifier's thresholds, config.yml) and binary danger-now classifier of the language the hub reads the
  message in (its text language, else the conversation's), each trained on all that language's examples.
  A held-out set that was looked at while tuning has a fresh pair, reported on its own row.
- The cost of language handling per message (identification, the hub's decision, the danger patterns).
Figures go in docs/benchmarks.md with the date and the command. Not a test: nothing here passes or fails."""
from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import yaml
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline

from bot.assistant_contract import HUB_INTENTS
from bot.config import PROJECT_ROOT
from bot.languages.choice import decide, word_count
from bot.languages.identification import identify
from bot.languages.danger_now import DangerNowClassifiers, danger_probability, train_binary
from bot.languages.intents import NOT_TYPED, Example, ranking, train_model
from bot.languages.phrases import ROMANISED
from bot.languages.supported import ENGLISH
from bot.rasa_plugins.danger_detector import ClassifierReadings, decide_danger, detect_danger

HELDOUT = PROJECT_ROOT / "tests" / "heldout"
LANGUAGES = PROJECT_ROOT / "data" / "languages"
DANGER = "danger_now"
# A held-out set's danger lists, by row label: a set that has been looked at while tuning gets a fresh pair
# ("danger_fresh" / "not_danger_fresh"), written before the next round of tuning and reported on its own row.
DANGER_SETS = {"": ("danger", "not_danger"), " (fresh)": ("danger_fresh", "not_danger_fresh"),
               " (fresh 2)": ("danger_fresh2", "not_danger_fresh2"), " (fresh 3)": ("danger_fresh3", "not_danger_fresh3"),
               " (fresh 4)": ("danger_fresh4", "not_danger_fresh4"),
               " (fresh 5)": ("danger_fresh5", "not_danger_fresh5"),
               " (fresh 6)": ("danger_fresh6", "not_danger_fresh6"),
               " (fresh 7)": ("danger_fresh7", "not_danger_fresh7"),
               " (fresh 8)": ("danger_fresh8", "not_danger_fresh8"),
               " (fresh 9)": ("danger_fresh9", "not_danger_fresh9"),
               " (fresh 10)": ("danger_fresh10", "not_danger_fresh10"),
               " (fresh 11)": ("danger_fresh11", "not_danger_fresh11"),
               " (fresh 12)": ("danger_fresh12", "not_danger_fresh12"),
               " (fresh 13)": ("danger_fresh13", "not_danger_fresh13"),
               " (fresh 14)": ("danger_fresh14", "not_danger_fresh14"),
               " (fresh 15)": ("danger_fresh15", "not_danger_fresh15"),
               " (fresh 16)": ("danger_fresh16", "not_danger_fresh16"),
               " (fresh 17)": ("danger_fresh17", "not_danger_fresh17"),
               " (fresh 18)": ("danger_fresh18", "not_danger_fresh18"),
               " (fresh 19)": ("danger_fresh19", "not_danger_fresh19")}


def fallback_thresholds() -> tuple[float, float]:
    """config.yml's FallbackClassifier threshold and ambiguity threshold: below them the assistant takes a
    classifier's danger_now for "I didn't understand", so the bench does too."""
    pipeline = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    fallback = next(step for step in pipeline if step["name"] == "FallbackClassifier")
    return float(fallback["threshold"]), float(fallback["ambiguity_threshold"])


def says_danger(model: Pipeline, text: str, thresholds: tuple[float, float]) -> bool:
    """The language's classifier says danger_now confidently enough to survive the fallback classifier."""
    (top, confidence), *rest = ranking(model, text, limit=2)
    threshold, ambiguity = thresholds
    return top == DANGER and confidence >= threshold and (not rest or confidence - rest[0][1] >= ambiguity)
IDENTIFICATION_SETS = {"": "identification", " (fresh)": "identification_fresh"}


def heldout() -> dict[str, dict]:
    # danger_en.yml is the danger set by risk category (tests/bench_danger.py), not a language's set.
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(HELDOUT.glob("*.yml"))
            if not path.stem.startswith("danger_")}


def _read(path: Path, code: str) -> list[Example]:
    return examples_in(yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or [], code)


def examples_in(blocks: list[dict], code: str) -> list[Example]:
    """The examples of Rasa NLU blocks (`- intent: ...` with `examples: |` lines)."""
    found = []
    for block in blocks:
        for line in str(block.get("examples") or "").splitlines():
            text = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
            if text:
                found.append(Example(text, str(block["intent"]), code))
    return found


def examples(code: str) -> list[Example]:
    path = LANGUAGES / code / "nlu.yml"
    return _read(path, code) if path.is_file() else []


def all_english_examples() -> list[Example]:
    """What English's classifier learns from: every English example."""
    return [e for path in sorted((PROJECT_ROOT / "data" / "training" / "nlu").glob("*.yml")) for e in _read(path, "en")]


def english_examples() -> list[Example]:
    """What every other language's classifier also learns from (as in the assistant): the English examples people type."""
    return [e for e in all_english_examples() if e.intent not in NOT_TYPED]


def _alternatives() -> dict[str, Callable[[str], Optional[str]]]:
    detectors: dict[str, Callable[[str], Optional[str]]] = {"speakup": lambda text: identify(text).language}
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0

        def by_langdetect(text: str) -> Optional[str]:
            try:
                return {"pa": "pa", "ur": "ur"}.get(detect(text), detect(text))
            except Exception:  # noqa: BLE001 - langdetect raises on text without features
                return None

        detectors["langdetect"] = by_langdetect
    except ImportError:
        pass
    try:
        from lingua import Language, LanguageDetectorBuilder

        ours = [Language.ENGLISH, Language.GUJARATI, Language.PUNJABI, Language.POLISH, Language.ROMANIAN,
                Language.URDU, Language.BENGALI, Language.PORTUGUESE, Language.ARABIC, Language.SOMALI,
                Language.HINDI, Language.TAMIL]
        lingua = LanguageDetectorBuilder.from_languages(*ours).build()

        def by_lingua(text: str) -> Optional[str]:
            found = lingua.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else None

        detectors["lingua (restricted, no Kurdish)"] = by_lingua
    except ImportError:
        pass
    return detectors


def identification(sets: dict[str, dict]) -> None:
    print("\n## Language identification (held-out short messages)\n")
    detectors = _alternatives()
    print("| detector | all messages | two words or more |")
    print("| --- | --- | --- |")
    per_language: dict[str, Counter] = {}
    for name, detect_with in detectors.items():
        for label, key in IDENTIFICATION_SETS.items():
            right = total = right2 = total2 = 0
            for code, data in sets.items():
                for text in data.get(key) or []:
                    ok = detect_with(str(text)) == code
                    right, total = right + ok, total + 1
                    if word_count(str(text)) >= 2:
                        right2, total2 = right2 + ok, total2 + 1
                    if name == "speakup":
                        per_language.setdefault(code, Counter())[(label, ok)] += 1
            if total:
                print(f"| {name}{label} | {right / total:.1%} ({right}/{total}) | {right2 / total2:.1%} ({right2}/{total2}) |")
    print("\n| language | SpeakUp's detector | fresh |\n| --- | --- | --- |")
    for code, counts in per_language.items():
        columns = [f"{counts[(label, True)]}/{counts[(label, True)] + counts[(label, False)]}"
                   if counts[(label, True)] + counts[(label, False)] else "" for label in IDENTIFICATION_SETS]
        print(f"| {code} | {' | '.join(columns)} |")


# Macro F1 is taken over the intents people type. The hub's own intents ("/handoff_ended", ...) reach Rasa as
# payloads, which Rasa's RegexMessageHandler reads, never a classifier: English's two or three placeholder
# examples of each only keep Rasa's domain whole, and with so few their cross-validated F1 (0.00 to 0.94, changing
# with the seed) swung English's macro figure by 0.04. The other languages have no examples of them.
NOT_CLASSIFIED = NOT_TYPED | HUB_INTENTS


def intent_f1(codes: Optional[list[str]] = None, confusions: bool = False) -> dict[str, object]:
    print("\n## Intent macro F1 per language (5-fold stratified cross-validation)\n")
    print("| language | examples | intents | macro F1 | macro F1, every intent | danger_now recall | train (s) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    models: dict[str, object] = {}
    typed_english = english_examples()
    for code in codes or [ENGLISH, *(path.parent.name for path in sorted(LANGUAGES.glob("*/nlu.yml")))]:
        # English's classifier learns the English examples alone (bot/languages/intents.py).
        found, english = (all_english_examples(), []) if code == ENGLISH else (examples(code), typed_english)
        texts, intents = [e.text for e in found], [e.intent for e in found]
        predicted = [""] * len(found)
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
        for train, test in folds.split(texts, intents):
            model = train_model([found[i] for i in train] + english)
            for i, intent in zip(test, model.predict([texts[i] for i in test])):
                predicted[i] = str(intent)
        started = time.perf_counter()
        models[code] = train_model(found + english)
        seconds = time.perf_counter() - started
        typed = sorted(set(intents) - NOT_CLASSIFIED)
        macro = f1_score(intents, predicted, average="macro", labels=typed)
        every = f1_score(intents, predicted, average="macro")
        danger = [p for p, t in zip(predicted, intents) if t == DANGER]
        recall = sum(p == DANGER for p in danger) / len(danger) if danger else float("nan")
        print(f"| {code} | {len(found)} | {len(typed)} | {macro:.3f} | {every:.3f} | {recall:.2f} | {seconds:.1f} |")
        if confusions:
            mistaken = Counter((t, p) for t, p in zip(intents, predicted) if t != p)
            print("\nMost confused (intent -> taken for):", ", ".join(f"{t} -> {p} ({n})" for (t, p), n in mistaken.most_common(15)))
            per_intent = f1_score(intents, predicted, average=None, labels=sorted(set(intents)))
            print("Per intent F1:", ", ".join(f"{i} {f:.2f}" for i, f in zip(sorted(set(intents)), per_intent)))
    return models


@dataclass(frozen=True)
class Reader:
    """A language's two classifiers, as the assistant trains them: the intent classifier and the binary
    danger-now classifier (bot/languages/danger_now.py), both taught the typed English examples too."""

    language: str
    intents: Pipeline
    danger_now: Pipeline


def reader_for(readers: dict[str, Optional[Reader]], models: dict[str, object], language: str) -> Optional[Reader]:
    if language not in readers:
        found = all_english_examples() if language == ENGLISH else examples(language)
        taught = found + ([] if language == ENGLISH else english_examples())
        intents = models.get(language) or (train_model(taught) if found else None)
        readers[language] = Reader(language, intents, train_binary(taught)) if found and intents is not None else None
    return readers[language]


# The binary classifiers' threshold and floor, read as the DangerNowClassifier reads them.
_THRESHOLDS = DangerNowClassifiers({})


def readings(reader: Reader, conversation: Optional[Reader], text: str,
             thresholds: tuple[float, float]) -> ClassifierReadings:
    """What the assistant's classifiers make of a message read in `reader`'s language in a conversation in
    `conversation`'s: the intent classifier's (above the fallback thresholds) and the binary classifier's
    (the higher of its two readings, bot/rasa_plugins/danger_classifier.py)."""
    probability = max(danger_probability(r.danger_now, [text])[0] for r in (reader, conversation) if r is not None)
    other = next((c for intent, c in ranking(reader.intents, text, limit=3) if intent != DANGER), 0.0)
    return ClassifierReadings(language=reader.language, intent_says_danger=says_danger(reader.intents, text, thresholds),
                              other_intent_confidence=other, binary_says_danger=_THRESHOLDS.reaches_threshold(probability),
                              binary_says_not_danger=_THRESHOLDS.says_not_danger(probability),
                              binary_sure_of_danger=_THRESHOLDS.sure_of_danger(probability))


def assistant_says_danger(reader: Optional[Reader], conversation: Optional[Reader], text: str,
                          thresholds: tuple[float, float]) -> bool:
    """The DangerDetector's decision (bot/rasa_plugins/danger_detector.py, decide_danger) on the classifiers'
    readings; the patterns alone for a language with no classifier."""
    if reader is None:
        return detect_danger(text) is not None
    return decide_danger(text, readings(reader, conversation, text, thresholds)).verdict.is_danger


def danger_judge(code: str, models: dict[str, object], readers: dict[str, Optional[Reader]],
                 thresholds: tuple[float, float]) -> Callable[[str], bool]:
    """Whether the assistant takes a message for danger in a conversation in `code`: read in the hub's text language
    for it, else the conversation's (readers are trained once and kept in `readers`)."""

    def caught(text: str) -> bool:
        language = decide(code, False, text).text_language or code
        return assistant_says_danger(reader_for(readers, models, language), reader_for(readers, models, code), text,
                                     thresholds)

    return caught


def danger(sets: dict[str, dict], models: dict[str, object], misses: bool = False) -> None:
    print("\n## Danger per language (held-out; as the assistant decides: the patterns, and the intent and binary"
          " danger-now classifiers of the language the hub reads the message in)\n")
    print("| language | recall | caught by the detector alone | precision | false alarms |")
    print("| --- | --- | --- | --- | --- |")
    thresholds = fallback_thresholds()
    readers: dict[str, Optional[Reader]] = {}
    missed: list[str] = []
    for code, data in sets.items():
        caught = danger_judge(code, models, readers, thresholds)
        for label, (danger_key, not_danger_key) in DANGER_SETS.items():
            present, hard = [str(t) for t in data.get(danger_key) or []], [str(t) for t in data.get(not_danger_key) or []]
            if not present:
                continue
            missed_here = [t for t in present if not caught(t)]
            alarmed_here = [t for t in hard if caught(t)]
            hits, false = len(present) - len(missed_here), len(alarmed_here)
            by_detector = sum(detect_danger(t) is not None for t in present)
            missed += [f"- {code}{label} missed: {t}" for t in missed_here]
            missed += [f"- {code}{label} false alarm: {t}" for t in alarmed_here]
            precision = hits / (hits + false) if hits + false else float("nan")
            print(f"| {code}{label} | {hits / len(present):.2f} ({hits}/{len(present)}) | {by_detector}/{len(present)} | "
                  f"{precision:.2f} | {false}/{len(hard)} |")
    if misses and missed:
        print("\n### Danger missed and false alarms\n\n" + "\n".join(missed))


def cost(sets: dict[str, dict]) -> None:
    texts = [str(t) for data in sets.values() for key in ("identification", "danger") for t in data.get(key) or []]
    # Warm: the first call of each compiles its patterns (seconds for every language's danger patterns).
    for _ in range(3):
        decide(None, False, texts[0])
        detect_danger(texts[0])
    started = time.perf_counter()
    for text in texts:
        decide("en", False, text)
    deciding = (time.perf_counter() - started) / len(texts) * 1000
    started = time.perf_counter()
    for text in texts:
        detect_danger(text)
    patterns = (time.perf_counter() - started) / len(texts) * 1000
    print(f"\n## Cost per message ({len(texts)} messages)\n\n- the hub's language decision: {deciding:.3f} ms"
          f"\n- the danger patterns of every language: {patterns:.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--f1", metavar="CODE", help="only the cross-validated intent F1 of this language, with its confusions")
    parser.add_argument("--danger", metavar="CODE", nargs="*",
                        help="only the danger rows, of these languages or all (no cross-validation: minutes fewer)")
    parser.add_argument("--misses", action="store_true",
                        help="with --danger: list each danger message missed and each false alarm under the table")
    args = parser.parse_args()
    if args.f1:
        intent_f1([args.f1], confusions=True)
        return
    if args.danger is not None:
        chosen = {code: data for code, data in heldout().items() if not args.danger or code in args.danger}
        typed_english = english_examples()
        danger(chosen, {code: train_model(examples(code) + typed_english) for code in chosen if examples(code)},
               misses=args.misses)
        return
    sets = heldout()
    print(f"# Languages bench, {time.strftime('%Y-%m-%d')}: held-out sets for {', '.join(sets)}")
    identification({k: v for k, v in sets.items() if k != ROMANISED})
    models = intent_f1()
    danger(sets, models)
    cost(sets)


if __name__ == "__main__":
    main()
