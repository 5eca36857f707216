"""`make bench-danger`: is present danger ever missed, by DASH risk category (issue 10), on held-out messages.

The set is tests/heldout/danger_en.yml: present danger and hard non-danger (past, habit, hypothetical,
questions) per category, written apart from the patterns and the training data. For each category:

- the detector alone (bot/rasa_plugins/danger_detector.py), the patterns' own net;
- the detector and the trained model (the assistant's whole NLU pipeline, loaded in-process from
  SPEAKUP_MODEL_PATH or models/): what the opening and the free-text account answer, where the intent
  danger_now from the classifier also gets the emergency answer;
- mid-form: the same pipeline's intent and confidence put to the report form's own decision
  (actions/form_base.py `interrupts`) at each of its choice questions: the emergency answer there is
  danger_now interrupting. Danger counts as caught only when it interrupts every one of them, and a hard
  non-danger message as a false alarm when it interrupts any;
- the model alone (the detector's patterns switched off; the intent classifier's danger_now, and in a model
  trained since the eighth round the binary danger-now classifier's, which the DangerDetector still applies
  and demotes by told_as_not_now), to see what each layer adds.

Recall = present danger caught / present danger; precision = caught / (caught + hard non-danger caught).
Figures go in docs/benchmarks.md with the date and the command. Not a test: nothing here passes or fails.
`--misses` lists what was missed and what was wrongly taken for danger. `--as-hub` reads each line as the
first message of a new conversation reaches Rasa from the hub: with the hub's language decision
(bot/languages/choice.py) in its metadata, so that a Polish or Dari line in an English set is read by its
own language's classifiers and not-now words, as it would be in use; without it (the figures' history)
every line is read as English."""
from __future__ import annotations

import argparse
import asyncio
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from functools import lru_cache
from typing import Any, Callable, Iterator, Optional

import yaml

from bot.config import PROJECT_ROOT
from bot.domain_files import load_domain
from bot.launcher import MODEL_FILE
from bot.rasa_plugins import danger_detector
from bot.rasa_plugins.danger_detector import detect_danger

HELDOUT = PROJECT_ROOT / "tests" / "heldout" / "danger_en.yml"
DANGER = "danger_now"

Judge = Callable[[str], bool]
# The report form's choice questions a message can arrive in (hate_motivation is asked only for hate
# incidents; the review's own two questions are about changing answers, not telling).
CHOICE_QUESTIONS = ("incident_kind", "reporter_role", "place_type", "ongoing", "contact_preference", "consent_share")


@dataclass
class Tally:
    caught: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    negatives: int = 0

    @property
    def recall(self) -> float:
        total = len(self.caught) + len(self.missed)
        return len(self.caught) / total if total else float("nan")

    @property
    def precision(self) -> float:
        flagged = len(self.caught) + len(self.false_alarms)
        return len(self.caught) / flagged if flagged else float("nan")

    def cell(self) -> str:
        total = len(self.caught) + len(self.missed)
        return (f"{self.recall:.2f} ({len(self.caught)}/{total}) | "
                f"{self.precision:.2f} ({len(self.false_alarms)}/{self.negatives} false)")


# (title, present danger key, hard non-danger key) in the held-out file. Held out: sets 33, 41, 42, 51 to 56, 60, 62 and from 65 on (63 and 64 read for the thirty-second round). Sets 1 to 5
# ("danger", "danger_fresh", "danger_blind", "danger_fresh4", "danger_fresh5") were taught in the ninth round,
# sets 6 and 7 in the tenth, 8 to 10 in the eleventh, 11 and 12 in the twelfth, 13 and 14 in the thirteenth,
# 15 and 16 in the fourteenth, 17 and 18 in the fifteenth, 19 and 20 in the sixteenth, 21 and 22 in the
# seventeenth, 23 and 24 in the eighteenth, 25 and 26 in the nineteenth, 27 and 28 in the twentieth, 29 and 30 in the twenty-first and 31 and 32 in the twenty-second,
# 35 and 36 in the twenty-third, 37 and 38 in the twenty-fourth, 39 and 40 in the twenty-fifth, 43 and 44 in the twenty-sixth, 45 and 46 in the twenty-seventh, 47 and 48 in the twenty-eighth, 34, 49 and 50 in the twenty-ninth, 57 and 58 in the thirtieth, 59 and 61 in the thirty-first, 63 and 64 in the thirty-second
# (data/training/nlu/danger_taught.yml),
# after each had been measured blind and read.
SETS = (
    ("thirty-third set (written blind by a helper that had read none of SpeakUp, 2026-12-03, eighth session, before the twentieth round was merged)", "danger_fresh33", "not_danger_fresh33"),
    ("forty-first set (written blind by a helper that had read none of SpeakUp, 2026-12-04, twelfth session, before the twenty-fourth round was merged)", "danger_fresh41", "not_danger_fresh41"),
    ("forty-second set (written like the forty-first, at the same time, with other voices)", "danger_fresh42", "not_danger_fresh42"),
    ("fifty-first set (written blind by a helper that had read none of SpeakUp, 2026-12-04, fifteenth session, after the twenty-eighth round)", "danger_fresh51", "not_danger_fresh51"),
    ("fifty-second set (written like the fifty-first, at the same time, with other voices)", "danger_fresh52", "not_danger_fresh52"),
    ("fifty-third set (written blind by a helper that had read none of SpeakUp, 2026-12-04, sixteenth session, before the twenty-ninth round)", "danger_fresh53", "not_danger_fresh53"),
    ("fifty-fourth set (written like the fifty-third, at the same time, with other voices)", "danger_fresh54", "not_danger_fresh54"),
    ("fifty-fifth set (written blind by a helper that had read none of SpeakUp, 2026-12-04, sixteenth session, before the twenty-ninth round was merged; first measured after it)", "danger_fresh55", "not_danger_fresh55"),
    ("fifty-sixth set (written like the fifty-fifth, at the same time, with other voices)", "danger_fresh56", "not_danger_fresh56"),
    ("sixtieth set (written blind by a helper that had read none of SpeakUp, 2026-12-04, sixteenth session, while the thirtieth round was taught; first measured after it)", "danger_fresh60", "not_danger_fresh60"),
    ("sixty-second set (written blind by a helper that had read none of SpeakUp, 2026-12-05, sixteenth session, after the thirtieth and nineteenth language rounds were merged)", "danger_fresh62", "not_danger_fresh62"),
    # The sixty-fifth set was read in the thirty-third round (eighteenth session): git has it at 4a4c589.
    ("sixty-sixth set (written like the sixty-fifth, at the same time, with other voices)", "danger_fresh66", "not_danger_fresh66"),
    ("sixty-seventh set (written blind by a helper that had read none of SpeakUp, 2026-12-05, eighteenth session, before the thirty-third round)", "danger_fresh67", "not_danger_fresh67"),
    ("sixty-eighth set (written like the sixty-seventh, at the same time, with other voices)", "danger_fresh68", "not_danger_fresh68"),
    # Sets 69 and 70 and the third forced-marriage focus set were read in the thirty-fourth round (nineteenth session): git has them at d53f33b.
    ("second held and attack-on-the-home focus set (categories 7 and 9, 30 + 30 each, written blind like the sixty-ninth; the first was read)", "danger_focushome2", "not_danger_focushome2"),
    ("seventy-first set (written blind by a helper that had read none of SpeakUp, 2026-12-05, eighteenth session, after the thirty-third round was merged)", "danger_fresh71", "not_danger_fresh71"),
    ("seventy-second set (written like the seventy-first, at the same time, with other voices)", "danger_fresh72", "not_danger_fresh72"),
    # The fourth forced-marriage focus set was read after its first reading (eighteenth session): git has it at 159fda3.
    # Set 73 and the first and second self-harm focus sets were read in the thirty-fifth round (twenty-first session): git has them at 94e6b71.
    ("seventy-fourth set (written blind by a helper that had read none of SpeakUp, 2026-12-05, nineteenth session, before the thirty-fourth round, like the seventy-third, which was read)", "danger_fresh74", "not_danger_fresh74"),
    ("first released-or-found focus set (category 5 only, 60 + 60, written blind like the seventy-third)", "danger_focusrel1", "not_danger_focusrel1"),
    ("seventy-fifth set (written blind by a helper that had read none of SpeakUp, 2026-12-05, twentieth session, after the thirty-fourth round)", "danger_fresh75", "not_danger_fresh75"),
    ("seventy-sixth set (written blind by a helper that had read none of SpeakUp, 2026-12-05, twenty-first session, before the thirty-fifth round was merged)", "danger_fresh76", "not_danger_fresh76"),
    ("seventy-seventh set (written like the seventy-sixth, at the same time, with other voices)", "danger_fresh77", "not_danger_fresh77"),
    ("third self-harm focus set (category 10 only, 60 + 60, written blind like the seventy-sixth; the first two were read)", "danger_focussh3", "not_danger_focussh3"),
    ("fifth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventy-sixth; every earlier one was read)", "danger_focusfm5", "not_danger_focusfm5"),
    ("seventy-eighth set (written blind by a helper that had read none of SpeakUp, 2026-12-05, twenty-second session, before the thirty-sixth round)", "danger_fresh78", "not_danger_fresh78"),
    ("seventh forced-marriage focus set (category 8 only, 60 + 60, written blind by a helper that had read none of SpeakUp, 2026-12-05, twenty-second session, before the thirty-sixth round; the sixth was read)", "danger_focusfm7", "not_danger_focusfm7"),
    ("tenth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-05, twenty-second session, after the thirty-sixth round and before the thirty-seventh; the eighth and ninth were read)", "danger_focusfm10", "not_danger_focusfm10"),
    ("eleventh forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-05, twenty-third session, before the lead's give-way changes of that session; the twelfth was read)", "danger_focusfm11", "not_danger_focusfm11"),
    ("seventy-ninth set (written blind by a helper that had read none of SpeakUp, 2026-12-05, twenty-third session, before the lead's give-way changes of that session)", "danger_fresh79", "not_danger_fresh79"),
    ("thirteenth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-05, twenty-third session, after the thirty-eighth round and the lead's give-way changes, measured before anything was changed for it)", "danger_focusfm13", "not_danger_focusfm13"),
    ("eightieth set (written blind by a helper that had read none of SpeakUp, 2026-12-05, twenty-third session, after the thirty-eighth round, measured before anything was changed for it)", "danger_fresh80", "not_danger_fresh80"),
    ("fourteenth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-05, twenty-fourth session, while the thirty-ninth round was taught; measured blind before and after the thirty-ninth and fortieth rounds, then read by the lead)", "danger_focusfm14", "not_danger_focusfm14"),
    ("eighty-first set (written blind by a helper that had read none of SpeakUp, 2026-12-05, twenty-fourth session, while the thirty-ninth round was taught; measured blind before and after the thirty-ninth and fortieth rounds, then read by the lead)", "danger_fresh81", "not_danger_fresh81"),
    ("sixteenth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-05, twenty-fourth session, after the thirty-ninth and fortieth rounds, measured once the lead's reading of the fourteenth was done and before anything was changed for it)", "danger_focusfm16", "not_danger_focusfm16"),
    ("eighty-second set (written blind by a helper that had read none of SpeakUp, 2026-12-05, twenty-fourth session, after the thirty-ninth and fortieth rounds, measured once the lead's reading of the fourteenth focus set was done and before anything was changed for it)", "danger_fresh82", "not_danger_fresh82"),
    ("seventeenth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-fifth session, before anything was changed in the session; measured once before the marriage-and-cutting classifier was tried)", "danger_focusfm17", "not_danger_focusfm17"),
    ("eighty-third set (written blind by a helper that had read none of SpeakUp, 2026-12-06, twenty-fifth session, before anything was changed in the session)", "danger_fresh83", "not_danger_fresh83"),
    ("eighteenth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-fifth session, during the forty-first round, measured once after it)", "danger_focusfm18", "not_danger_focusfm18"),
    ("eighty-fourth set (written blind by a helper that had read none of SpeakUp, 2026-12-06, twenty-fifth session, during the forty-first round, measured once after it)", "danger_fresh84", "not_danger_fresh84"),
    ("nineteenth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-fifth session, after the lead's reading of the eighteenth; first measured in the twenty-sixth session, 0.98, then read in the forty-second round)", "danger_focusfm19", "not_danger_focusfm19"),
    ("eighty-fifth set (written blind by a helper that had read none of SpeakUp, 2026-12-06, twenty-fifth session, after the lead's reading of the eighty-fourth; first measured in the twenty-sixth session, 1.00, then read in the forty-second round)", "danger_fresh85", "not_danger_fresh85"),
    ("twentieth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-sixth session, before the session changed anything; measured after the forty-second round's patterns, 0.97, and after its data, 0.98, then read)", "danger_focusfm20", "not_danger_focusfm20"),
    ("eighty-sixth set (written blind by a helper that had read none of SpeakUp, 2026-12-06, twenty-sixth session, before the session changed anything; measured after the forty-second round's patterns, 1.00, and after its data, 1.00, then read)", "danger_fresh86", "not_danger_fresh86"),
    ("twenty-first forced-marriage focus set (category 8 only, 60 + 58, written blind like the seventh, 2026-12-06, twenty-sixth session, after the forty-second round; first read blind in the twenty-seventh session, 0.98 (59/60), precision 0.92; three of its present-danger lines had been printed on the lead's screen by a give-way check before any measurement, nothing changed for them)", "danger_focusfm21", "not_danger_focusfm21"),
    ("eighty-seventh set (written blind by a helper that had read none of SpeakUp, 104 + 107, 2026-12-06, twenty-sixth session, after the forty-second round; first read blind in the twenty-seventh session, 1.00 (104/104), precision 0.96; two of its present-danger lines had been printed on the lead's screen by a give-way check before any measurement, nothing changed for them)", "danger_fresh87", "not_danger_fresh87"),
    ("twenty-second forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-seventh session, before the session changed anything; first read blind after the lead's reading of fm21 and fresh87, 1.00 (60/60), precision 0.92)", "danger_focusfm22", "not_danger_focusfm22"),
    ("eighty-eighth set (written blind by a helper that had read none of SpeakUp, 105 + 110, 2026-12-06, twenty-seventh session, before the session changed anything; one present-danger strangulation line was printed on the lead's screen while taking out training duplicates, nothing changed for it; first read blind after the lead's reading of fm21 and fresh87, 1.00 (105/105), precision 0.95)", "danger_fresh88", "not_danger_fresh88"),
    ("twenty-third forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-seventh session, after the lead's reading of fm21 and fresh87; first read blind after the reading of fm22 and fresh88, 1.00 (60/60), precision 0.92)", "danger_focusfm23", "not_danger_focusfm23"),
    ("eighty-ninth set (written blind by a helper that had read none of SpeakUp, 105 + 106, 2026-12-06, twenty-seventh session, after the lead's reading of fm21 and fresh87; first read blind after the reading of fm22 and fresh88, 0.99 (104/105), precision 0.95)", "danger_fresh89", "not_danger_fresh89"),
    ("twenty-fourth forced-marriage focus set (category 8 only, 60 + 59, written blind like the seventh, 2026-12-06, twenty-seventh session, after the forty-third round's data was merged; first read blind at the session's end, 0.97 (58/60), precision 0.91; mid-form 0.95)", "danger_focusfm24", "not_danger_focusfm24"),
    ("ninetieth set (written blind by a helper that had read none of SpeakUp, 107 + 108, 2026-12-06, twenty-seventh session, after the forty-third round's data was merged; first read blind at the session's end, 1.00 (107/107), precision 0.95)", "danger_fresh90", "not_danger_fresh90"),
    ("twenty-fifth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-eighth session)", "danger_focusfm25", "not_danger_focusfm25"),
    ("ninety-first set (written blind by a helper that had read none of SpeakUp, 108 + 104, 2026-12-06, twenty-eighth session)", "danger_fresh91", "not_danger_fresh91"),
    ("twenty-sixth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-eighth session)", "danger_focusfm26", "not_danger_focusfm26"),
    ("ninety-second set (written blind by a helper that had read none of SpeakUp, 107 + 107, 2026-12-06, twenty-eighth session)", "danger_fresh92", "not_danger_fresh92"),
    ("twenty-seventh forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, twenty-ninth session)", "danger_focusfm27", "not_danger_focusfm27"),
    ("ninety-third set (written blind by a helper that had read none of SpeakUp, 107 + 106, 2026-12-06, twenty-ninth session)", "danger_fresh93", "not_danger_fresh93"),
    ("twenty-eighth forced-marriage focus set (category 8 only, 59 + 60, written blind like the seventh, 2026-12-06, twenty-ninth session)", "danger_focusfm28", "not_danger_focusfm28"),
    ("ninety-fourth set (written blind by a helper that had read none of SpeakUp, 108 + 109, 2026-12-06, twenty-ninth session)", "danger_fresh94", "not_danger_fresh94"),
    ("twenty-ninth forced-marriage focus set (category 8 only, 60 + 59, written blind like the seventh, 2026-12-06, twenty-ninth session)", "danger_focusfm29", "not_danger_focusfm29"),
    ("ninety-fifth set (written blind by a helper that had read none of SpeakUp, 108 + 110, 2026-12-06, twenty-ninth session)", "danger_fresh95", "not_danger_fresh95"),
    ("thirtieth forced-marriage focus set (category 8 only, 60 + 58, written blind like the seventh, 2026-12-06, thirtieth session)", "danger_focusfm30", "not_danger_focusfm30"),
    ("ninety-sixth set (written blind by a helper that had read none of SpeakUp, 107 + 110, 2026-12-06, thirtieth session)", "danger_fresh96", "not_danger_fresh96"),
    ("thirty-first forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, thirtieth session)", "danger_focusfm31", "not_danger_focusfm31"),
    ("ninety-seventh set (written blind by a helper that had read none of SpeakUp, 106 + 106, 2026-12-06, thirtieth session)", "danger_fresh97", "not_danger_fresh97"),
    ("thirty-second forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, thirtieth session)", "danger_focusfm32", "not_danger_focusfm32"),
    ("ninety-eighth set (written blind by a helper that had read none of SpeakUp, 106 + 109, 2026-12-06, thirtieth session)", "danger_fresh98", "not_danger_fresh98"),
    ("thirty-third forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-06, thirty-first session)", "danger_focusfm33", "not_danger_focusfm33"),
    ("ninety-ninth set (written blind by a helper that had read none of SpeakUp, 107 + 108, 2026-12-06, thirty-first session)", "danger_fresh99", "not_danger_fresh99"),
    ("thirty-fourth forced-marriage focus set (category 8 only, 60 + 59, written blind like the seventh, 2026-12-06, thirty-first session)", "danger_focusfm34", "not_danger_focusfm34"),
    ("hundredth set (written blind by a helper that had read none of SpeakUp, 106 + 109, 2026-12-06, thirty-first session)", "danger_fresh100", "not_danger_fresh100"),
    ("thirty-fifth forced-marriage focus set (category 8 only, 60 + 58, written blind like the seventh, 2026-12-06, thirty-first session)", "danger_focusfm35", "not_danger_focusfm35"),
    ("hundred-and-first set (written blind by a helper that had read none of SpeakUp, 108 + 109, 2026-12-06, thirty-first session)", "danger_fresh101", "not_danger_fresh101"),
    ("thirty-sixth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-second session)", "danger_focusfm36", "not_danger_focusfm36"),
    ("hundred-and-second set (written blind by a helper that had read none of SpeakUp, 108 + 108, 2026-12-07, thirty-second session)", "danger_fresh102", "not_danger_fresh102"),
    ("thirty-seventh forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-second session)", "danger_focusfm37", "not_danger_focusfm37"),
    ("hundred-and-third set (written blind by a helper that had read none of SpeakUp, 106 + 109, 2026-12-07, thirty-second session)", "danger_fresh103", "not_danger_fresh103"),
    ("thirty-eighth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-third session)", "danger_focusfm38", "not_danger_focusfm38"),
    ("hundred-and-fourth set (written blind by a helper that had read none of SpeakUp, 107 + 110, 2026-12-07, thirty-third session)", "danger_fresh104", "not_danger_fresh104"),
    ("thirty-ninth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-third session)", "danger_focusfm39", "not_danger_focusfm39"),
    ("hundred-and-fifth set (written blind by a helper that had read none of SpeakUp, 106 + 109, 2026-12-07, thirty-third session)", "danger_fresh105", "not_danger_fresh105"),
    ("fortieth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-fourth session)", "danger_focusfm40", "not_danger_focusfm40"),
    ("hundred-and-sixth set (written blind by a helper that had read none of SpeakUp, 109 + 108, 2026-12-07, thirty-fourth session)", "danger_fresh106", "not_danger_fresh106"),
    ("forty-first forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-fourth session)", "danger_focusfm41", "not_danger_focusfm41"),
    ("hundred-and-seventh set (written blind by a helper that had read none of SpeakUp, 110 + 110, 2026-12-07, thirty-fourth session)", "danger_fresh107", "not_danger_fresh107"),
    ("forty-second forced-marriage focus set (category 8 only, 60 + 59, written blind like the seventh, 2026-12-07, thirty-fourth session)", "danger_focusfm42", "not_danger_focusfm42"),
    ("hundred-and-eighth set (written blind by a helper that had read none of SpeakUp, 110 + 110, 2026-12-07, thirty-fourth session)", "danger_fresh108", "not_danger_fresh108"),
    ("forty-third forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-fifth session)", "danger_focusfm43", "not_danger_focusfm43"),
    ("hundred-and-ninth set (written blind by a helper that had read none of SpeakUp, 107 + 110, 2026-12-07, thirty-fifth session)", "danger_fresh109", "not_danger_fresh109"),
    ("forty-fourth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-fifth session)", "danger_focusfm44", "not_danger_focusfm44"),
    ("hundred-and-tenth set (written blind by a helper that had read none of SpeakUp, 109 + 108, 2026-12-07, thirty-fifth session)", "danger_fresh110", "not_danger_fresh110"),
    ("forty-fifth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-sixth session)", "danger_focusfm45", "not_danger_focusfm45"),
    ("hundred-and-eleventh set (written blind by a helper that had read none of SpeakUp, 107 + 109, 2026-12-07, thirty-sixth session)", "danger_fresh111", "not_danger_fresh111"),
    ("forty-sixth forced-marriage focus set (category 8 only, 60 + 59, written blind like the seventh, 2026-12-07, thirty-sixth session)", "danger_focusfm46", "not_danger_focusfm46"),
    ("hundred-and-twelfth set (written blind by a helper that had read none of SpeakUp, 107 + 109, 2026-12-07, thirty-sixth session)", "danger_fresh112", "not_danger_fresh112"),
    ("forty-seventh forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-seventh session)", "danger_focusfm47", "not_danger_focusfm47"),
    ("hundred-and-thirteenth set (written blind by a helper that had read none of SpeakUp, 107 + 108, 2026-12-07, thirty-seventh session)", "danger_fresh113", "not_danger_fresh113"),
    ("forty-eighth forced-marriage focus set (category 8 only, 60 + 60, written blind like the seventh, 2026-12-07, thirty-seventh session)", "danger_focusfm48", "not_danger_focusfm48"),
    ("hundred-and-fourteenth set (written blind by a helper that had read none of SpeakUp, 109 + 109, 2026-12-07, thirty-seventh session)", "danger_fresh114", "not_danger_fresh114"),
)


def evaluation_sets(path: Path = HELDOUT) -> list[tuple[str, dict[str, list[str]], dict[str, list[str]]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(title, data[present], data[hard]) for title, present, hard in SETS if present in data]


def read_set(path: Path) -> list[tuple[str, dict[str, list[str]], dict[str, list[str]]]]:
    """Every danger_<name> / not_danger_<name> pair of a read set file, whatever its names."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(f"read set {key}", data[key], data["not_" + key]) for key in data if key.startswith("danger_")]


@dataclass(frozen=True)
class Layer:
    """How one layer reads a message: caught (for present danger) and false alarm (for hard non-danger)
    are the same question except mid-form, where a message meets several questions."""

    caught: Judge
    false_alarm: Judge


def tally(layer: Layer, present: list[str], hard: list[str]) -> Tally:
    result = Tally(negatives=len(hard))
    for text in present:
        (result.caught if layer.caught(text) else result.missed).append(text)
    result.false_alarms = [text for text in hard if layer.false_alarm(text)]
    return result


def model_path() -> Path:
    return Path(os.environ.get("SPEAKUP_MODEL_PATH") or PROJECT_ROOT / "models") / MODEL_FILE


@contextmanager
def detector_switched_off() -> Iterator[None]:
    """The pipeline's DangerDetector looks detect_danger up in its module at each message."""
    original = danger_detector.detect_danger
    danger_detector.detect_danger = lambda text: None
    try:
        yield
    finally:
        danger_detector.detect_danger = original


Parsed = dict[str, dict[str, Any]]


def as_first_message(text: str) -> dict[str, Any]:
    """The metadata the hub sends Rasa with a new conversation's first message: the language it answers
    in and, when the message says enough, the language it is written in (bot/router.py)."""
    from bot.languages.choice import decide
    from bot.languages.supported import ANSWER_LANGUAGE_KEY, TEXT_LANGUAGE_KEY

    decision = decide(None, False, text)
    metadata: dict[str, Any] = {ANSWER_LANGUAGE_KEY: decision.answer_language}
    if decision.text_language:
        metadata[TEXT_LANGUAGE_KEY] = decision.text_language
    return metadata


def model_intents(texts: list[str], as_hub: bool = False) -> tuple[Parsed, Parsed]:
    """What the whole pipeline makes of each text, with the detector and without it; `as_hub`: with the
    metadata the hub would send (else none: read as English)."""
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import UserMessage

    agent = Agent.load(str(model_path()))
    metadata = {text: as_first_message(text) for text in texts} if as_hub else {}

    async def parse_all() -> Parsed:
        return {text: await agent.processor.parse_message(UserMessage(text, metadata=metadata.get(text)))
                for text in texts}

    with_detector = asyncio.run(parse_all())
    with detector_switched_off():
        without_detector = asyncio.run(parse_all())
    return with_detector, without_detector


def interrupted_questions(text: str, parsed: dict[str, Any]) -> list[bool]:
    """Whether the message interrupts each of the report form's choice questions as danger (the form's
    own code; an interruption for another intent, "are you a bot", is not the emergency answer)."""
    from actions.report_form import ValidateReportForm
    from tests.actions.conftest import make_tracker

    form, domain = ValidateReportForm(), report_domain()
    intent = parsed.get("intent") or {}
    if intent.get("name") != DANGER:
        return [False] * len(CHOICE_QUESTIONS)
    outcomes = []
    for slot in CHOICE_QUESTIONS:
        tracker = make_tracker(text, intent.get("name"), {"requested_slot": slot}, active_loop="report_form")
        tracker.latest_message["intent"]["confidence"] = float(intent.get("confidence") or 0.0)
        outcomes.append(form.interrupts(slot, tracker, domain))
    return outcomes


@lru_cache(maxsize=1)
def report_domain() -> dict[str, Any]:
    return load_domain()


def print_table(title: str, rows: dict[str, dict[str, Tally]], layers: list[str]) -> None:
    print(f"\n### {title}\n")
    print("| category | " + " | ".join(f"{layer}: recall | {layer}: precision" for layer in layers) + " |")
    print("| --- |" + " --- | --- |" * len(layers))
    for category, by_layer in rows.items():
        label = f"**{category}**" if category == "all" else category
        print(f"| {label} | " + " | ".join(by_layer[layer].cell() for layer in layers) + " |")


def print_misses(rows: dict[str, dict[str, Tally]], layers: list[str]) -> None:
    for layer in layers:
        print(f"\n#### {layer}: missed and false alarms\n")
        for category, by_layer in rows.items():
            if category == "all":
                continue
            for text in by_layer[layer].missed:
                print(f"- missed [{category}] {text}")
            for text in by_layer[layer].false_alarms:
                found = detect_danger(text)
                print(f"- false alarm [{category}] {text}" + (f"  ({found.pattern})" if found else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detector-only", action="store_true", help="skip loading the trained model")
    parser.add_argument("--misses", action="store_true", help="list missed danger and false alarms")
    parser.add_argument("--read-set", type=Path, metavar="FILE",
                        help="instead of the held-out sets, every danger_*/not_danger_* pair of FILE (a teaching round's "
                             "read set: tests/teaching/)")
    parser.add_argument("--as-hub", action="store_true",
                        help="send each line with the hub's language decision, as a new conversation's first message")
    args = parser.parse_args()
    sets = read_set(args.read_set) if args.read_set else evaluation_sets()
    detector: Judge = lambda text: detect_danger(text) is not None
    judges: dict[str, Layer] = {"detector": Layer(detector, detector)}
    if not args.detector_only:
        texts = [t for _, present, hard in sets for group in (*present.values(), *hard.values()) for t in group]
        started = time.perf_counter()
        with_detector, without_detector = model_intents(texts, as_hub=args.as_hub)
        reading = "each line with the hub's language decision" if args.as_hub else "every line as English"
        print(f"(model {model_path()}, loaded and run in {time.perf_counter() - started:.0f} s; {reading})")
        whole: Judge = lambda text: with_detector[text]["intent"]["name"] == DANGER
        alone: Judge = lambda text: without_detector[text]["intent"]["name"] == DANGER
        mid_form = {text: interrupted_questions(text, parsed) for text, parsed in with_detector.items()}
        judges["detector + model"] = Layer(whole, whole)
        judges["mid-form"] = Layer(lambda text: all(mid_form[text]), lambda text: any(mid_form[text]))
        judges["model alone"] = Layer(alone, alone)
    print(f"# Danger by risk category, {time.strftime('%Y-%m-%d')} ({args.read_set or HELDOUT.relative_to(PROJECT_ROOT)})")
    for title, present, hard in sets:
        report(title, present, hard, judges, args.misses)


def report(title: str, present: dict[str, list[str]], hard: dict[str, list[str]], judges: dict[str, Layer], misses: bool) -> None:
    layers = list(judges)
    rows: dict[str, dict[str, Tally]] = {}
    for category in present:
        rows[category] = {layer: tally(judge, present[category], hard.get(category, [])) for layer, judge in judges.items()}
    everything_present = [t for group in present.values() for t in group]
    everything_hard = [t for group in hard.values() for t in group]
    rows["all"] = {layer: tally(judge, everything_present, everything_hard) for layer, judge in judges.items()}
    print_table(f"{title}: {len(everything_present)} present danger, {len(everything_hard)} hard non-danger", rows, layers)
    if misses:
        print_misses(rows, layers)


if __name__ == "__main__":
    main()
