"""The danger detector in every other language (data/languages/<code>/danger.yml): what each language's
file says must be caught is caught, what must not is not, and no language's patterns turn anybody's
ordinary message (any language's examples of other intents) into an emergency."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.assistant_contract import SELF_HARM
from bot.rasa_plugins.danger_detector import (
    FORCED_MARRIAGE_OR_FGM, LanguagePatterns, detect_danger, other_languages, told_as_not_now_in,
)

LANGUAGES = PROJECT_ROOT / "data" / "languages"
DANGER_FILES = sorted(LANGUAGES.glob("*/danger.yml"))


def _cases(path: Path) -> dict[str, list[str]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _ordinary_examples() -> list[tuple[str, str]]:
    """(where, text) for every training example, in any language, of an intent other than danger_now."""
    found = []
    files = [*sorted((PROJECT_ROOT / "data" / "training" / "nlu").glob("*.yml")), *sorted(LANGUAGES.glob("*/nlu.yml"))]
    for path in files:
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            if block["intent"] == "danger_now":
                continue
            for line in str(block.get("examples") or "").splitlines():
                text = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if text:
                    found.append((f"{path.parent.name}/{block['intent']}", text))
    return found


def test_every_language_but_english_has_its_patterns() -> None:
    assert {language.language for language in other_languages()} >= {
        "gu", "pa", "pl", "ro", "ur", "bn", "pt", "ar", "so", "hi", "ta", "ku", "ckb", "romanised"
    }


@pytest.mark.parametrize("path", DANGER_FILES, ids=[p.parent.name for p in DANGER_FILES])
def test_what_a_language_says_is_danger_is_caught_in_that_language(path: Path) -> None:
    patterns = LanguagePatterns.read(path)
    missed = [text for text in _cases(path)["detected"] if patterns.detect(text) is None]
    assert missed == []


@pytest.mark.parametrize("path", DANGER_FILES, ids=[p.parent.name for p in DANGER_FILES])
def test_past_habit_negation_and_stories_are_not_danger_in_any_language(path: Path) -> None:
    wrongly = [(text, found.pattern) for text in _cases(path)["not_detected"] if (found := detect_danger(text))]
    assert wrongly == []


KNOWN_OVERLAPS = PROJECT_ROOT / "tests" / "actions" / "data" / "danger_overlaps.yml"


# Every pattern of every language over every example of every language (25,000 texts): 30 s on its own, as
# long as the rest of the fast tier. `make test` runs it; the patterns' own cases above stay fast.
@pytest.mark.slow
def test_no_ordinary_example_of_any_language_is_taken_for_danger_beyond_the_known_overlaps() -> None:
    known = set(yaml.safe_load(KNOWN_OVERLAPS.read_text(encoding="utf-8"))["overlaps"])
    taken = {text: (where, found.pattern) for where, text in _ordinary_examples() if (found := detect_danger(text))}
    assert {text: taken[text] for text in set(taken) - known} == {}, "new overlaps"
    assert known - set(taken) == set(), "resolved overlaps: take them out of danger_overlaps.yml"


@pytest.mark.parametrize("path", DANGER_FILES, ids=[p.parent.name for p in DANGER_FILES])
def test_self_harm_in_any_language_names_its_category_so_the_answer_adds_samaritans(path: Path) -> None:
    patterns = LanguagePatterns.read(path)
    self_harm = [name for name, _ in patterns.patterns if patterns.categories.get(name) == SELF_HARM]
    said = [text for text in _cases(path)["detected"] if any(p.search(text) for name, p in patterns.patterns if name in self_harm)]
    assert said, f"{path.parent.name}: no self-harm example among `detected`"
    assert [(text, found.category) for text in said if (found := detect_danger(text)) and found.category != SELF_HARM] == []


@pytest.mark.parametrize("path", DANGER_FILES, ids=[p.parent.name for p in DANGER_FILES])
def test_every_language_names_its_marriage_or_cutting_patterns(path: Path) -> None:
    # The learned-about reading ("we learned about fgm in pshe today") finds them by this category.
    assert FORCED_MARRIAGE_OR_FGM in LanguagePatterns.read(path).categories.values()


def test_a_category_naming_no_pattern_fails_when_the_patterns_load(tmp_path: Path) -> None:
    danger = tmp_path / "xx" / "danger.yml"
    danger.parent.mkdir()
    danger.write_text("language: xx\npatterns:\n  weapon: 'has a knife'\ncategories:\n  weapon: [wepon]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="wepon"):
        LanguagePatterns.read(danger)
    danger.write_text("language: xx\npatterns:\n  weapon: 'has a knife'\ncategories:\n  weapons: [weapon]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown danger category"):
        LanguagePatterns.read(danger)


def test_a_pattern_naming_a_shared_guard_reads_it_in_and_an_unknown_one_fails_at_load(tmp_path: Path) -> None:
    danger = tmp_path / "xx" / "danger.yml"
    danger.parent.mkdir()
    danger.write_text("language: xx\npatterns:\n  marriage: '^{{lesson_on_it}}.*\\bkal\\b'\n", encoding="utf-8")
    patterns = LanguagePatterns.read(danger)
    assert patterns.detect("abbu kal mera nikah kar rahe hain") is not None
    assert patterns.detect("nikah par project hai, kal dena hai") is None  # a lesson on it
    assert patterns.detect("nikah par project hai magar kal mera nikah hai") is not None  # the subject again: not only a lesson
    danger.write_text("language: xx\npatterns:\n  marriage: '^{{lesson_on_iy}}nikah'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown shared guard"):
        LanguagePatterns.read(danger)


# Twelfth language teaching round (Punjabi): 'now' said of what no longer happens ('ਹੁਣ ... ਨਹੀਂ ਕੁੱਟਦਾ', he does not beat me
# now) is no now word, so the account's classifier danger_now gives way; 'now' beside what is happening still keeps it.
@pytest.mark.parametrize("text", [
    "ਉਹ ਹੁਣ ਮੈਨੂੰ ਨਹੀਂ ਕੁੱਟਦਾ, ਅਸੀਂ ਵੱਖ ਹੋ ਗਏ ਤੇ ਮੈਂ ਭੈਣ ਕੋਲ ਰਹਿੰਦੀ ਆਂ",
    "ਸਹੁਰਾ ਹੁਣ ਨਹੀਂ ਡਰਾਉਂਦਾ, ਅਸੀਂ ਆਪਣੇ ਘਰ ਰਹਿੰਦੇ ਆਂ",
])
def test_punjabi_now_said_of_what_no_longer_happens_is_no_now_word(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now_in(text, "pa")


@pytest.mark.parametrize("text", [
    "ਉਹ ਹੁਣ ਮੈਨੂੰ ਕੁੱਟ ਰਿਹਾ ਤੇ ਬੱਚੇ ਰੋਈ ਜਾਂਦੇ",
    "ਹੁਣ ਉਹ ਦਰਵਾਜ਼ਾ ਨਹੀਂ ਖੋਲ੍ਹਦਾ ਤੇ ਅੰਦਰੋਂ ਚੀਕਾਂ ਆਉਂਦੀਆਂ",
])
def test_punjabi_now_beside_what_goes_on_is_still_a_now_word(text: str) -> None:
    assert not told_as_not_now_in(text, "pa")


# Thirteenth language teaching round (Punjabi, Round 18), one kind each, both directions where it matters.
@pytest.mark.parametrize("text, category", [
    ("ਜੀਜਾ ਕਹਿੰਦਾ ਤੈਨੂੰ ਮਾਰ ਦੂੰ ਅੱਜ ਰਾਤ", "threat_to_kill"),            # a threat in the colloquial first-person future
    ("ਸਾਰੇ ਭਰਾ ਕਹਿ ਰਹੇ ਉਹਨੂੰ ਵੱਢ ਦਿਆਂਗੇ", "threat_to_kill"),             # ... and the plural
    ("ਕਹਿੰਦਾ ਤੈਨੂੰ ਮਾਰ ਕੇ ਦਰਿਆ ਚ ਰੋੜ੍ਹ ਦੂੰ", "threat_to_kill"),           # kill and throw away
    ("ਉਹਨੇ ਹੁਣੇ ਮੇਰੀ ਸੰਘੀ ਨੱਪਿਆ, ਮੈਂ ਡਰੀ ਹੋਈ", "strangulation"),          # strangled just now, in the simple past
    ("ਉਹਨੇ ਤਕੀਆ ਮੇਰੇ ਚਿਹਰੇ ਤੇ ਨੱਪ ਦਿੱਤਾ", "strangulation"),                # a pillow pressed on the face
    ("ہنے میرے پیو نے میرا گلا دبایا", "strangulation"),                     # ... and in Shahmukhi
    ("ਭਾਬੀ ਨੇ ਮੈਨੂੰ ਸਟੋਰ ਚ ਤਾਲਾ ਲਾ ਕੇ ਬੰਦ ਕੀਤਾ", "held_captive"),         # a lock put on, a relative shutting in
    ("ਮੇਰੀ ਧੀ ਨੂੰ ਉਹਨਾਂ ਕਮਰੇ ਚ ਕੈਦ ਕਰਕੇ ਰੱਖਿਆ ਹੈ", "held_captive"),         # a relative shut in said with 'ਹੈ'
    ("ਗੈਰਾਜ ਚ ਬੰਦ ਆਂ, ਕੋਈ ਖੋਲ੍ਹੋ", "held_captive"),                       # 'I am shut in' with 'ਆਂ'
    ("ਕਹਿੰਦਾ ਫਲੈਟ ਨੂੰ ਅੱਗ ਲਾ ਦਿਆਂਗੇ", "fire"),                           # fire threatened in the everyday future
    ("ਬਾਹਰ ਕੋਈ ਲਾਈਟਰ ਹੱਥ ਚ ਲੈ ਕੇ ਖੜ੍ਹਾ, ਪੈਟਰੋਲ ਦੀ ਮੁਸ਼ਕ ਆ ਰਹੀ", "fire"),     # a lighter beside petrol
    ("کوئی پچھلے دروازے تے ٹھڈے مار رہیا اے", "attack_on_home_now"),        # a door kicked on now, in Shahmukhi
])
def test_punjabi_round_eighteens_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "ਤਿੰਨ ਸਾਲ ਪਹਿਲਾਂ ਉਹਨੇ ਮੇਰਾ ਗਲਾ ਘੁੱਟਿਆ ਸੀ",                           # a strangling of the past
    "ਬੱਚਾ ਮੂੰਹ ਤੇ ਕੰਬਲ ਲੈ ਕੇ ਸੌਂ ਗਿਆ",                                  # a blanket slept under
    "ਮੈਂ ਤਾਲਾ ਲਾ ਕੇ ਗੱਡੀ ਬੰਦ ਕੀਤੀ",                                     # a lock on a thing
    "ਮੇਰੀ ਧੀ ਨੂੰ ਉਹਨਾਂ ਕਮਰੇ ਚ ਬੰਦ ਕਰਕੇ ਰੱਖਿਆ ਸੀ",                         # a shut-in of the past
    "ਚਾਚਾ ਲਾਈਟਰ ਲੈ ਕੇ ਬੈਠਾ ਬੀੜੀ ਪੀਣ ਨੂੰ",                                # a lighter for smoking
    "ਕੜਾਹੀ ਚ ਤੇਲ ਨੂੰ ਅੱਗ ਲੱਗ ਗਈ 😂 ਪਕੌੜੇ ਕਾਲੇ",                          # a kitchen joke
    "ਜੇ ਉਹਨੇ ਕਦੇ ਕਿਹਾ ਕਿ ਘਰ ਨੂੰ ਅੱਗ ਲਾ ਦੂੰ ਤਾਂ ਕੀ ਕਰਾਂ",                  # an if
])
def test_punjabi_round_eighteens_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


def test_punjabi_a_wedding_only_as_if_forced_is_not_forced_marriage() -> None:
    assert detect_danger("ਵੀਰ ਦਾ ਵਿਆਹ ਪਰਸੋਂ, ਉਹ ਇੰਜ ਡਰਿਆ ਜਿਵੇਂ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਹੋਵੇ") is None
    assert detect_danger("ਪਰਸੋਂ ਮੇਰਾ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਕਰ ਰਹੇ, ਮੈਂ ਨਹੀਂ ਕਰਾਉਣਾ") is not None


def test_punjabi_no_danger_said_and_shahmukhi_police_arrested_him_are_safe() -> None:
    assert told_as_not_now_in("ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਕੋਈ ਖ਼ਤਰਾ ਨਹੀਂ, ਦਵਾਈ ਥੋੜ੍ਹੀ ਵੱਧ ਖਾ ਲਈ ਸੀ", "pa")
    assert not told_as_not_now_in("ਕੀ ਕੋਈ ਖ਼ਤਰਾ ਨਹੀਂ? ਉਹ ਬਾਹਰ ਖੜ੍ਹਾ", "pa")
    assert told_as_not_now_in("پولیس نے اوہنوں گرفتار کر لیا، میں بھین دے گھر آں", "ur")


# Fourteenth language teaching round (Punjabi, Round 19), one kind each, both directions where it matters.
@pytest.mark.parametrize("text, category", [
    ("ਭਰਾ ਬਾਹਰ ਚੀਕ ਰਿਹਾ ਕਿ ਜੇ ਤੂੰ ਦਰਵਾਜ਼ਾ ਨਾ ਖੋਲ੍ਹਿਆ ਤਾਂ ਤੈਨੂੰ ਮਾਰ ਦੂੰ", "threat_to_kill"),   # a threat quoted with its 'if', said now
    ("ਉਹ ਹੁਣੇ ਫੋਨ ਤੇ ਕਹਿੰਦਾ ਜੇ ਪੁਲਿਸ ਬੁਲਾਈ ਤਾਂ ਸਾਰਿਆਂ ਨੂੰ ਵੱਢ ਦਿਆਂਗਾ", "threat_to_kill"),  # ... 'says' with now and a call
    ("اوہ ہنے گلی وچ کہہ رہیا اے جے توں نہ آئی تے تینوں مار دیاں گا", "threat_to_kill"),   # the same in Shahmukhi
    ("ਚਾਚੀ ਨੇ ਮੈਨੂੰ ਸਟੋਰ ਚ ਡੱਕ ਕੇ ਬਾਹਰੋਂ ਤਾਲਾ ਲਾ ਦਿੱਤਾ", "held_captive"),               # shut in, then a lock put on
    ("ਉਹ ਮੈਨੂੰ ਚੁਬਾਰੇ ਚ ਜਿੰਦਾ ਲਾ ਕੇ ਬਜ਼ਾਰ ਚਲੇ ਗਏ", "held_captive"),                   # locked in, then gone off
    ("نند نے باہروں جندا لا دتا اے، میں کمرے وچ آں", "held_captive"),                   # a lock put on from outside
])
def test_punjabi_round19_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


# Fourteenth language teaching round (Bengali, Round 19, fresh 11 and 12 read), one kind each, in the round's own words.
@pytest.mark.parametrize("text, category", [
    ("হে কাস্টডি থাকি ছাড়া পাইছে কাইল, অখন আমার দরজাত নক করের", "released_or_found"),           # out of custody, knocking now
    ("amar ex er bhai jail theke ber hoise ei shoptahe, ekhon amader gate e dariye ache", "released_or_found"),
    ("গত সপ্তাহে যে লোকটা মেসেজ দিত সে এখন আমার পিছু পিছু আসতেছে", "released_or_found"),       # followed now: stalking's category
    ("মাতাল বাপে মেয়েরে ঘরো লইয়া গেছে, মেয়ে কান্দের, আমারে ঢুকতে দিতাছে না", "child_in_danger"),  # a child shut away with a drunk
    ("o drunk hoye baccha ke room e niye lock kore dise, amake dhukte dicche na", "child_in_danger"),
    ("ঘুমের বড়ি জমাই রাখছি, আইজ রাইতে শেষ করমু, আর পারি না", "self_harm"),                     # ending it tonight, pills saved
    ("blade ta drawer theke nisi, ajke shesh korbo sob", "self_harm"),
    ("ওষুধ জমিয়ে রেখেছিলাম মাসখানেক, এখন সবগুলো খেয়ে ফেলেছি", "self_harm"),                     # saved up and swallowed now
    ("ami chhade uthsi, ar parchi na, lafabo ekhuni, sorry ammu", "self_harm"),                  # on a roof, about to jump
    ("আমারে শাশুড়ি রুমো তালা মারি রাখছইন, খানা দেইন না", "held_captive"),                       # Sylheti locked in
])
def test_bengali_round_nineteens_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


# Fourteenth language teaching round (Arabic, Round 19), one kind each, in new words; both directions where it matters.
@pytest.mark.parametrize("text, category", [
    ("جيراني قاعدين يكبو بنزين على باب شقتي هلق", "fire"),                     # fuel poured now, a plural progressive
    ("شباب شعلوا النار في باب محلي هسه والدخان مالي المكان", "fire"),          # a fire set by several people now
    ("wa7ed rama 2anine fiha nar 3al beit", "fire"),                          # a fire bottle thrown, in Arabizi
    ("جوزها بعتلها هسه انه جاي الليلة ونذبحك", "threat_to_kill"),              # a threat with the n- first person
    ("hala2 ra7 nkotlak wallah, ana barra", "threat_to_kill"),                # ... and in Arabizi
    ("masakni men ra2abti w mesh 2adra atnaffas", "strangulation"),           # grabbed by the neck, in Arabizi
    ("ماسك بنته من رقبتها هسه وهي تصرخ", "strangulation"),                    # someone else held by the neck
    ("7absouna fel ghurfa w akhadu el passport", "held_captive"),             # held in a room, in Arabizi
    ("جوزي سد عليا فالبيت وخدا التليفون", "held_captive"),                    # shut in, in Moroccan
    ("bokra ra7 yzawjooni ghasbin 3anni", "forced_marriage_or_fgm"),          # a wedding forced on me, in Arabizi
    ("بتتجوزيه الجمعة وغصب عنك", "forced_marriage_or_fgm"),                   # 'you will marry him on Friday'
    ("عمتها جاية عشان الختان هذا الويكند وهي بنت ٦ سنين", "forced_marriage_or_fgm"),  # cutting on a day soon
    ("3am ykassroon el shubbak hala2 w ana jowwa", "attack_on_home_now"),     # windows broken now, in Arabizi
    ("اختي شربت كلور اسع وما بترد", "self_harm"),                             # poison drunk now; Sudanese اسع is now
    ("abooy ma3ah el khanjar hala2 bel ghurfa", "weapon"),                    # a dagger, with the article, in Arabizi
])
def test_arabic_round_nineteens_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "ਜੇ ਕਦੇ ਉਹਨੂੰ ਪਤਾ ਲੱਗਾ ਤਾਂ ਉਹ ਮੈਨੂੰ ਮਾਰ ਦਊਗਾ",                 # an 'if he ever' worry: no one saying it
    "ਚਾਚੇ ਕਹਿੰਦੇ ਜੇ ਮੈਂ ਗੋਰੇ ਨਾਲ ਵਿਆਹ ਕੀਤਾ ਤਾਂ ਮੈਨੂੰ ਮਾਰ ਦੇਣਗੇ",        # a standing threat, nothing now
    "ਪਾਪਾ ਨੇ ਮੈਨੂੰ ਮਾਰ ਦੇਣਾ ਜੇ ਰਿਜ਼ਲਟ ਦੇਖ ਲਿਆ 💀",                    # dead of laughing
    "ਪਿਛਲੇ ਸਾਲ ਉਹ ਮੈਨੂੰ ਕਮਰੇ ਚ ਬੰਦ ਕਰਕੇ ਜਿੰਦਾ ਲਾ ਦਿੰਦੇ ਸੀ",            # a lock of the past
    "ਬੱਕਰੀਆਂ ਵਾੜੇ ਚ ਬੰਦ ਕਰਕੇ ਬਾਹਰੋਂ ਕੁੰਡੀ ਲਾ ਤੀ ਕੁੱਤੇ ਤੋਂ ਬਚਾਉਣ ਲਈ",      # an animal shut in
    "ਉਹ ਕਹਿੰਦਾ ਰਹਿੰਦਾ ਸੀ ਤੈਨੂੰ ਮਾਰ ਦੂੰ, ਹੁਣ ਉਹ ਕੈਨੇਡਾ ਰਹਿੰਦਾ",         # 'now he lives elsewhere' is no now word
    "ਉਹਨੇ ਦਸ ਸਾਲ ਕਮਰੇ ਚ ਡੱਕ ਕੇ ਰੱਖਿਆ ਸੀ, ਹੁਣ ਮੈਂ ਸ਼ੈਲਟਰ ਚ ਆਂ",           # ... nor 'now in a shelter'
])
def test_punjabi_round19_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


# Fifteenth language teaching round (Punjabi, Round 20, fresh 14 read), one kind each, in new words; both directions.
@pytest.mark.parametrize("text, category", [
    ("ਨਾਲ ਵਾਲਾ ਬੰਦਾ ਆਪਣੀ ਮਾਂ ਨੂੰ ਸੋਟੀ ਨਾਲ ਕੁੱਟੀ ਜਾਂਦਾ, ਮੈਂ ਪੌੜੀਆਂ ਚ ਖੜੀ ਆਂ", "general"),  # 'keeps beating', the one hit named
    ("ਗਲੀ ਚ ਦੋ ਜਣੇ ਇੱਕ ਮੁੰਡੇ ਦੇ ਢਿੱਡ ਚ ਠੁੱਡੇ ਮਾਰੀ ਜਾਂਦੇ", "general"),              # ... the blows named
    ("ਉਹ ਅਜੇ ਵੀ ਮਾਰੀ ਜਾਂਦਾ, ਕੋਈ ਆਓ", "general"),                                   # ... 'still'
    ("ਦਿਓਰ ਦਾਤਰ ਫੜੀ ਘੁੰਮਦਾ ਵਿਹੜੇ ਚ, ਅਸੀਂ ਅੰਦਰ ਆਂ", "weapon"),                       # a weapon carried about
    ("ਉਹਦੇ ਹੱਥ ਚ ਰਾਡ ਦਿਸਦੀ ਮੈਨੂੰ ਬਾਰੀ ਚੋਂ", "weapon"),                              # a weapon seen in a hand
    ("بوہے تے کھلوتے بندے دے ہتھ اچ ٹوکا اے", "weapon"),                             # ... Shahmukhi 'اچ'
    ("ہنے ای میں پیناڈول دیاں تن پتے کھا لئے", "self_harm"),                         # packs of pills counted
    ("ਹੁਣੇ ਪਿੱਛੋਂ ਆ ਕੇ ਚੁੰਨੀ ਨਾਲ ਮੇਰਾ ਗਲਾ ਘੁੱਟਿਆ", "strangulation"),                 # 'just now' with more words before the throat
    ("ਕਹਿੰਦਾ ਅੱਜ ਤੁਹਾਡੇ ਦੋਹਾਂ ਨੂੰ ਮੁਕਾ ਦੇਣਾ, ਗੱਡੀ ਬਾਹਰ ਖੜੀ ਆ", "threat_to_kill"),      # 'both of you' threatened
    ("ਮਾਮੀ ਦੀ ਕੁੜੀ ਦਾ ਵਿਆਹ ਸ਼ਨਿੱਚਰਵਾਰ ਕਰ ਰਹੇ ਆ ਤੇ ਉਹਨੂੰ learning disability ਆ", "forced_marriage_or_fgm"),  # cannot consent
])
def test_punjabi_round20_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "ਉਹ ਮੈਨੂੰ ਮਿਸ ਕਾਲਾਂ ਮਾਰੀ ਜਾਂਦਾ ਸਾਰਾ ਦਿਨ",                 # calls, not blows
    "ਚਾਚਾ ਗੱਪਾਂ ਮਾਰੀ ਜਾਂਦਾ ਵਿਆਹ ਚ",                          # boasting, no one hit
    "ਪਹਿਲਾਂ ਉਹ ਮੈਨੂੰ ਠੁੱਡੇ ਮਾਰੀ ਜਾਂਦਾ ਸੀ",                   # the continuative told in the past
    "ਕਬੱਡੀ ਚ ਰੇਡਰ ਨੂੰ ਜੱਫੇ ਮਾਰੀ ਜਾਂਦੇ ਸਾਰਾ ਮੈਚ",              # a sport
    "ਭੈਣ ਦਾ ਵਿਆਹ ਸ਼ਨਿੱਚਰਵਾਰ ਆ, ਦੋਵੇਂ ਰਾਜ਼ੀ ਨੇ ਤੇ ਬਹੁਤ ਖੁਸ਼",     # a wanted wedding on the new weekday word
])
def test_punjabi_round20_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text, code", [
    ("ਉਹ ਮੈਨੂੰ ਕੁੱਟਦਾ ਸੀ, ਹੁਣ ਮੈਂ ਦੋਵਾਂ ਨਿਆਣਿਆਂ ਨਾਲ ਮਾਸੀ ਕੋਲ ਰਹਿੰਦੀ ਆਂ", "pa"),     # now where I live, more words between
    ("اوہ مینوں ماردا سی، ہن میں اپنے بچیاں نال ماسی کول رہندی آں", "ur"),             # ... Shahmukhi, read by Urdu
    ("kam te aari naal ungal kat jandi jandi bachi 😅 hun theek aa", "romanised"),      # a near miss laughed off
    ("ohne kade hath nahi chukeya, bas paise nahi dinda. ehnu vi abuse mannde ne?", "romanised"),  # does this count as abuse?
])
def test_punjabi_round20_accounts_and_asides_are_told_as_not_now(text: str, code: str) -> None:
    assert told_as_not_now_in(text, code)


def test_punjabi_round20_now_beside_someone_outside_is_still_a_now_word() -> None:
    assert not told_as_not_now_in("ਉਹ ਮੈਨੂੰ ਕੁੱਟਦਾ ਸੀ, ਹੁਣ ਉਹ ਸਾਡੇ ਘਰ ਦੇ ਬਾਹਰ ਖੜ੍ਹਾ ਚੀਕ ਰਿਹਾ", "pa")


# Sixteenth language teaching round (romanised, Round 21, romanised fresh 3 read), one kind each, in new words; both directions.
@pytest.mark.parametrize("text, category", [
    ("oh parson jail ton chhutteya te hun saade gate de bahar khada aa", "released_or_found"),       # out of jail, at the gate now
    ("mera ex bail pe bahar aaya hai aur abhi mere flat ke saamne car me baitha hai", "released_or_found"),  # ... on bail, waiting in a car
    ("wo abhi bhi neeche khara hai aur upar dekh raha", "general"),                                   # standing below, 'khara hai'
    ("agle hafte Pakistan ja rahe hain, abbu ne bola nikah wahin hoga, mujhse kisi ne poocha nahi", "forced_marriage_or_fgm"),  # a wedding sprung abroad
    ("ammi ne mujhe store wale kamre me band kr diya hai", "held_captive"),                           # 'kr' for 'kar'
    ("boss ne hume godown wale flat me band rakha hai", "held_captive"),                              # kept shut in a flat
    ("oh gate de bahar machete lai ke khada aa", "weapon"),                                           # a machete named
    ("usne cleaver nikala aur mere taraf aa raha", "weapon"),                                         # a blade drawn, perfective
    ("koi mere ghar ki khidkiyan tod raha hai abhi", "attack_on_home_now"),                          # windows, plural
    ("mera darwaza koi peet raha hai zor zor se", "attack_on_home_now"),                             # 'someone' between door and verb
])
def test_romanised_round21_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "wo jail se nikla hai, pata nahi kahan hai",                                   # released, nowhere near
    "wo jail se nikla tha aur ghar ke bahar khada tha",                            # ... standing there told in the past
    "is week Pakistan ja rahe, bhai ki shaadi wahin hogi, bohat maza aayega",      # someone else's wedding abroad
    "agle mahine India ja rahe, meri shaadi wahin hogi, main bohat khush hun",     # one's own, gladly
    "dukaan raat ko band rakhi hai",                                               # a shop kept shut
    "pichle saal usne knife nikali thi",                                           # a knife drawn, last year
    "meri gaari ka sheesha kisi ne tor diya, insurance claim karna hai",           # a car's glass, 'gaari' spelling
])
def test_romanised_round21_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "হে আমারে মারি লাইমু কইয়া কুনোদিন হুমকি দেয় নাই, খালি বকে",          # a threat said never to have been made
    "বাবা আমাকে মেরে ফেলবে কখনো বলেনি, শুধু রাগ করে",
    "গত বছর ও বলেছিল মেরে ফেলবে, এখন কি কোনো প্রমাণ লাগবে?",             # 'now, what proof is needed?' asks about the past
    "2020 te o bolse khun korbe, ekhon ki proman lagbe?",                   # a year in Banglish is a past word
    "o hoyto next month jail theke ber hobe, tokhon ki amake janabe?",       # a release still to come
    "chacha jail theke chhara peyeche, ekhon amader basay dawat e ache, sobai khushi",
    "baccha ra ghumacche, amake dhukte dicche na karon porikkha er pora korche",
    "নতুন কাজটা আজকেই শেষ করব, ওষুধ খেয়ে ঘুমাব",                          # work finished, a tablet for sleep
    "chhade uthe pool e lafabo, swimming party",                            # a jump into a pool
])
def test_bengali_round_nineteens_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "اوہ مینوں ہر ہفتے کٹدا ہوندا سی، ہن امی کول رہندی آں",        # Punjabi 'used to' in Shahmukhi
    "پچھلے ورھے اوہنے میرے تے چاقو کڈھیا سی",                           # Punjabi 'last year'
    "کی ایہہ وی harassment ہوندی اے؟ کوئی روز میسج کردا اے",              # 'is this ...?' asked
])
def test_shahmukhi_punjabi_past_habit_and_questions_are_read_by_urdu(text: str) -> None:
    assert told_as_not_now_in(text, "ur")


@pytest.mark.parametrize("text", [
    "میں پہلاں ڈر گئی سی، ہن اوہ باہر دروازے تے کھلوتا اے",              # Punjabi's now beside a past clause
    "پچھلے مہینے چھڈ کے آئی سی، اج اوہ گیٹ تے کھڑا اے",                 # someone standing at the gate now
])
def test_shahmukhi_punjabi_now_keeps_danger_for_urdu(text: str) -> None:
    assert not told_as_not_now_in(text, "ur")


@pytest.mark.parametrize("text", [
    "o amake ar mare na, ekhon amra alada thaki, shudhu contact niye jhamela",     # no longer, apart (Banglish)
    "o ekhon kaje ache, rag uthle gola dhore, eta ki report kora jay?",            # away at work now, a habit
    "tai ekhono kichu korini, jodi jane tahole mere felbe, just info chai",        # 'not yet done anything' is no now word
    "হে আমারে ২০২২ সালো মারছিল, পুলিশে আইয়া তারে লইয়া গেছইন, অখন আমি ভালা",     # the police took him (Sylheti)
    "গতকাল মারছিল, ekhon o police custody te, ami bon er basay",                   # in custody now (Banglish)
])
def test_bengali_round_nineteens_accounts_are_told_as_not_now(text: str) -> None:
    assert told_as_not_now_in(text, "bn")


@pytest.mark.parametrize("text", [
    "كانوا يصبون بانزين على السيارة السنة الماضية",                           # fuel poured, of the past
    "طفيت النار في الفرن هسه الحمد لله",                                      # a fire put out
    "نقتلك من الضحك ههه",                                                    # a laugh
    "el exam ra7 y2tolni hala2 😂",                                           # exams 'killing'
    "ro7na escape room w 7abasuna sa3a 😂",                                   # an escape room
    "in sha allah bt7ebbi el 3ariis, 3ersek el jum3a",                        # a wanted wedding
    "اسع هو في السجن الحمد لله",                                              # 'now he is in prison', settled
    "ebni hayemawetni el naharda bel gawaz el gedid 😂",                      # a child 'will be the death of me'
])
def test_arabic_round_nineteens_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


# Twenty-fourth English round: Gujarati's imminent forced marriage needs a Gujarati letter or a romanised Gujarati word;
# a plain English message with a wedding, a day and a flight or "forced" is left to the English patterns.
@pytest.mark.parametrize(("text", "fires"), [
    ("the flight to the wedding is tomorrow, i am so nervous", False),
    ("we fly to my brother's wedding from the airport tonight, cannot wait", False),
    ("can they force someone to get married this week, asking for my course", False),
    ("kale mara lagna che, mari marji nathi", True),
    ("aaje mane parane lagna karave che, bachavo", True),
    ("આવતીકાલે મારા લગ્ન જબરદસ્તી કરાવે છે", True),
])
def test_gujarati_forced_marriage_needs_a_gujarati_word(text: str, fires: bool) -> None:
    gujarati = next(language for language in other_languages() if language.language == "gu")
    found = gujarati.detect(text)
    assert (found is not None and found.pattern == "gu:imminent_forced_marriage") is fires


# Fifteenth language teaching round (Arabic, Round 20, fresh 14 and 15 read), one kind each, in new words.
@pytest.mark.parametrize("text, category", [
    ("توه خنقها جوزها قدامي وهي بتكح", "strangulation"),                        # strangled a moment ago (توه before)
    ("tawwa 5ana2ni w ana ma agdar atkallam", "strangulation"),                 # ... in Arabizi
    ("توه ضربني على راسي بالكرسي", "general"),                                 # hit a moment ago
    ("اخوها خرج من الحبس وهو قاعد هلق قدام باب الدار", "released_or_found"),    # out of prison and at the door
    ("طلع من السجن امس وبعتلي انو جاي علي الليلة", "released_or_found"),        # ... and coming tonight
    ("عمامها شالوها من المدرسة وبيسفروها الليلة على الاردن", "forced_marriage_or_fgm"),  # taken, to be flown abroad
    ("جوزي سكران وركب البنت بالسيارة وطلع يسوق", "child_in_danger"),            # a drunk parent driving off with a child
    ("خالها سكران وشال البنات معه وهو سايق بيهم هسه", "child_in_danger"),     # ... girls (البنات), driving them now
    ("قفلو علينا المطبخ من برا وراحو", "held_captive"),                         # locked in from outside, قفلو
    ("البيبي بلع حبوب ضغط ستو هلق", "child_in_danger"),                        # a small child's overdose is no self-harm
    ("شربت كمية كثيرة من حبوب النوم وراسي بيلف", "self_harm"),                 # a large amount of a medicine
    ("5dit ga3 l pilules dial mama w rasi kaydour", "self_harm"),              # Maghrebi Arabizi pills taken
    ("ابوي قافل علينا الباب من برا وماخد التلفونات", "held_captive"),           # locked from outside: a state still true
])
def test_arabic_round_twentys_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "ابوي هيذبحني لو شاف علاماتي، رسبت في الرياضيات",                          # a parent 'will kill me' over a failed exam
    "اختي هتقتلني لما تشوف الفستان 😂",                                         # ... with a laugh
    "امي رح تموتني لما تشوف العلامات، جبت صفر بالانجليزي",                       # ... over school marks
    "قبل سنة قالي رح يقتلني، هلق انا ساكنة مع اهلي",                           # now living with family
    "ila 3raf baba ghadi yqtlni",                                              # (Arabizi stays as before)
    "الا عرف اخوي رح يذبحني، بس ما عرف شي",                                    # the Maghrebi 'if' in script
    "el shahr el madi 2alli ra7 2otlak, hala2 huwe b balad tani",               # Arabizi 'last month'
    "المدير حابسني في المكتب لين نخلص التقرير",                                # a manager 'keeping me' at work
    "قفلت الباب من برا وطلعت عالشغل",                                           # a door locked from outside by oneself
    "طليقي هيطلع من السجن السنة الجاية",                                       # a release next year
])
def test_arabic_round_twentys_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "ما صار شي لحد هلق بس خايفة يجوزوني بعد التخرج",                            # nothing has happened yet
    "طليقي رح يطلع من الحبس السنة الجاية، شو بقدر اعمل من هلق؟",                # a release next year; 'from now'
    "كي يسكر يولي يضربني، بصح ضرك راهو في الخدمة",                              # Algerian habit; he is at work now
    "محدش حاول يكسر الباب، وطلع الهوا",                                         # it was the wind
    "شفتي البوست عن البنت اللي انخطفت؟ الله يستر",                               # a post about others' news
    "el police khadouh w tawa kolna labes 3and khalti",                         # a family safe now (Arabizi)
])
def test_arabic_round_twentys_accounts_give_way_to_the_classifier(text: str) -> None:
    assert told_as_not_now_in(text, "ar")


# Sixteenth language teaching round (Arabic, Round 21, fresh 16 and 17 read), one kind each, in new words.
@pytest.mark.parametrize("text, category", [
    ("شدها من زورها هلق وهي ما عم تقدر تحكي", "strangulation"),                   # grabbed by the throat, a now word
    ("الستارة ولعت نار هسه والدخان بالغرفة", "fire"),                            # a curtain caught fire now
    ("واحد دخل خرقة مولعة من فتحة الباب", "fire"),                               # something burning put in at the door
    ("7ad waddo nar fi el zbala jamb el bab hassi", "fire"),                     # a fire in a bin, Sudanese Arabizi
    ("ريحة بنزين قوية تحت الباب وما بعرف مين برا", "fire"),                      # petrol smelt at the door
    ("قال رح احرق الدار عليكم وجايب كاز", "fire"),                                # a threat to burn the home with them in it
    ("خمسة قدام البيت ماسكين سواطير ويصرخو", "weapon"),                          # a group with cleavers
    ("عمي يقول الحين بيقتلني اذا ما فتحت", "threat_to_kill"),                   # the Gulf ب- future with a now word
    ("جوزها يقول هلق رح يقتل مرته التانية", "threat_to_kill"),                   # a threat against someone named
    ("khali jay 3al dar y2tolni", "threat_to_kill"),                            # coming to kill, in Arabizi
    ("في واحد عم يسحب ولد صغير على فان ابيض هلق", "child_in_danger"),            # a child dragged to a van
    ("تاركين الجهال لوحدهم من الصبح والباب مسكر", "child_in_danger"),            # children left alone since morning
    ("3am yedrob okhti hala2 bel shareet", "general"),                          # beating someone named, Arabizi
    ("ضربوه ووقع وما يصحى الحين", "general"),                                   # someone down and not waking
    ("ديضرب امي هسه بالمطبخ", "general"),                                       # the Iraqi joined دي- progressive
    ("عم يحاولوا يخلعوا الباب هلق", "attack_on_home_now"),                      # trying to force the door
    ("قاعدين يكسرون شبابيك الدكان هسه", "attack_on_home_now"),                  # the bare plural present, with a now word
    ("مربوط بالكرسي بالمخزن وما حدا سامعني", "held_captive"),                   # tied to a chair
    ("2aflou 3alayna el bab w ra7o", "held_captive"),                           # locked in, the plural in Arabizi
    ("بدهم يطهروا بنت اخوي يوم الجمعة", "forced_marriage_or_fgm"),              # cutting soon, the soon word apart
    ("3amto ra7 t6ahar binti bokra", "forced_marriage_or_fgm"),                 # ... in Arabizi
    ("ra7 nzawjek bokra ghasban 3annek", "forced_marriage_or_fgm"),             # a wedding forced on 'you' tomorrow
    ("صاحبي جرح حالو بالشفرة هلق", "self_harm"),                                # someone cutting himself with a blade now
    ("بلعت حبوب وايد من الدرج", "self_harm"),                                   # many pills swallowed
    ("klit bzaf dial dwa ta3 ddad", "self_harm"),                               # ... in Maghrebi Arabizi
])
def test_arabic_round_twentyones_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


# Sixteenth language teaching round (Gujarati, Round 21, fresh 12 read), one kind each, in new words; both directions.
@pytest.mark.parametrize("text, category", [
    ("ઈ તકિયો મારા નાક પર દાબે સે, બોલાતું નથી", "strangulation"),                      # smothered now
    ("e theli mara moh par dabavi rakhi che", "strangulation"),                          # ... a bag, romanised
    ("મારો વર મારી ડોક બારણા સાથે દબાવી રાખ્યો છે", "strangulation"),                    # the neck pinned, words between
    ("સસરાએ ઘાસલેટ છાંટ્યું ને પડદા ભડકે બળે છે", "fire"),                              # fuel and burning now
    ("e kahe che tara katka kari ne kuva ma nakhi daish", "threat_to_kill"),             # pieces, then a later verb
    ("એક્સ મેસેજ કરે છે કે હું તારા ફ્લેટ નીચે જ ઊભો છું, તને જોઈ લઈશ", "released_or_found"),  # a stalker's own 'I am outside'
    ("aaje ena bhaio mari school ni bahar gaadi ma betha che", "released_or_found"),      # his people outside now
    ("એ મને શોધતો શોધતો આવ્યો, અતારે દરવાજે ઊભો સે", "released_or_found"),               # ... Kathiawadi now
    ("કાકા નાની દીકરીને ઓરડામાં લઈ ગયો છે, દરવાજો લોક છે, એ છોડો છોડો કરે છે", "child_in_danger"),
    ("ઉપરના ફ્લેટમાંથી બાળકના રોવાનો ને થપ્પડનો અવાજ આવે છે", "child_in_danger"),          # heard through the wall
    ("બસ સ્ટોપ પાસે એક બાળક ઠંડીમાં એકલું ધ્રુજે છે, કોઈ સાથે નથી", "child_in_danger"),   # alone out in the cold
    ("મને જેઠે ગેરેજમાં ગોંધી છે", "held_captive"),                                       # shut in, told short
    ("aaje saanje dayan aavshe ane bhatriji ni 'vidhi' karse", "forced_marriage_or_fgm"),  # a cutter coming
    ("બે બુકાનીધારી બારી તોડવાની કોશિશ કરે છે", "attack_on_home_now"),                   # a window being forced
    ("ચોર ઘરમાં પ્રવેશ્યા છે, અમે માળિયે સંતાયેલા છીએ", "attack_on_home_now"),             # entered, we hide
    ("mari ben e potane room ma lock kari che, ena pase goli o che, javab aapti nathi", "self_harm"),
    ("બાપુ ભાઈને પટ્ટાથી ઝૂડે છે, હું વચ્ચે પડ્યો", "general"),                            # beaten, the writer steps in
    ("club ni bahar 3 jana ek chhokra ne laat mare che", "general"),                       # a group kicking in public
])
def test_gujarati_round21_kinds_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "عالقة بالزحمة ومحبوسة بالسيارة من ساعة",                                    # stuck in traffic
    "بنت خالي الصغيرة رح تقتلني 😤 كبت العصير عاللابتوب",                        # a small child 'will kill me'
    "ابوي كان يقول بيذبحنا اذا تأخرنا، هاد من زمان",                             # 'he used to say' before the Gulf future
    "حدا كب حجر على شباكنا وصرخ عرب برا",                                        # 'out!' is no presence
    "كان يقول رح يولع بالبيت، بس هو رجع على سوريا من زمان",                     # gone back to his country
    "النار مسكت بالفحم اخيرا والمشاوي جاهزة",                                   # a barbecue
])
def test_arabic_round_twentyones_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "الاسبوع الماضي هددني، بس هلق هو بالشغل ومعي وقت احكي",                     # now he is at work
    "shefto 3al insta el osboo3 el madi 3am y7awel yfut 3al beit",              # Arabizi last week (osboo3)
    "البنت اللي عندي بالقسم حالتها مستقرة هلق، بدي رقم مساعدة الها",             # her condition stable now
    "ضربني امبارح، هلق انا في بيت اختي",                                        # now at her sister's home
])
def test_arabic_round_twentyones_accounts_give_way_to_the_classifier(text: str) -> None:
    assert told_as_not_now_in(text, "ar")


def test_arabic_after_is_no_negation() -> None:
    # "after my family found out" (ba3d ma, بعد ما) is no "not": the harm told after it stays danger.
    assert detect_danger("ba3d ma 3erfo jara7et m3asmi w fi dam kteer") is not None


@pytest.mark.parametrize("text", [
    "ઉનાળામાં તડકામાં ચામડી ભડકે બળે છે",                                 # heat burns, no fuel
    "બાળકો ઓશીકાથી રમે છે ને હસે છે",                                      # a pillow fight
    "હું તારા ઘરની બહાર જ ઊભો છું, નીચે આવ ચા પીવા જઈએ",                     # a friend waiting outside
    "મમ્મી બાબાને બાથરૂમમાં લઈ ગઈ છે, નવડાવે છે",                           # a bath
    "આજે દાયણ આવશે, ભાભીની ડિલિવરી છે",                                    # a midwife for a birth
    "papa chavi bhuli gaya, door kholva try kare che",                     # a father and a lost key
    "દીકરો રમતમાં બૂમ પાડે છે 'તને પતાવી દઈશ', પછી હસી પડે છે",              # a game's threat laughed off
])
def test_gujarati_round21_near_misses_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


def test_gujarati_remain_is_no_progressive() -> None:
    # 'only the marks remain' ('રહ્યા છે' after a noun) is no sign of now beside a past word.
    assert told_as_not_now_in("કોલેજમાં મેં હાથ પર બ્લેડ ફેરવી હતી, હવે નિશાન જ રહ્યા છે", "gu")
    assert not told_as_not_now_in("એણે ગઈ કાલે ધમકી આપી હતી, ને એ મને મારી રહ્યો છે", "gu")


# Seventeenth language teaching round (Portuguese, Round 26, fresh 5 read), one kind each, in new words.
@pytest.mark.parametrize("text", [
    "o meu pai diz sempre que me casa com um primo quando eu fizer 18, mas ainda faltam anos",    # years to go
    "a noiva está radiante, o casamento é domingo em Loughborough",                               # a happy bride
    "a faculdade está a dar cabo de mim, tenho exames todos os dias",                             # an idiom of work
    "este exame de química vai-me matar",                                                         # a thing 'kills'
])
def test_portuguese_round26_accounts_and_idioms_give_way_to_the_classifier(text: str) -> None:
    assert told_as_not_now_in(text, "pt")


@pytest.mark.parametrize("text", [
    "obrigaram a minha irmã a casar no sábado e ela está feliz, diz o meu pai",   # forced: no happy bride
    "estou trancada no quarto faz dois dias, ele levou a chave",                   # kept in for days ('faz')
])
def test_portuguese_round26_danger_is_not_given_way(text: str) -> None:
    assert not told_as_not_now_in(text, "pt")


# Twenty-seventh session (Gujarati fresh 10 read with bench_languages --misses): a negation in the clause before is not the
# match's own. "Nothing is left, I have tied the dupatta to the fan" is danger; "I have not tied it" is not.
@pytest.mark.parametrize("text", [
    "jivan ma kai nathi rahyu, pankha par odhani bandhi didhi che",
    "koi nathi samajtu, fan sathe dori bandhi che",
])
def test_a_negation_in_the_clause_before_is_not_the_matchs_own(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "self_harm"


def test_a_negation_in_the_matchs_own_clause_still_silences_it() -> None:
    assert detect_danger("pankha par dupatto nathi bandhyo che") is None


# Fifty-second round (fresh111): Roman Urdu's grip on the neck held as they write ("abbu ne ammi ko gale se pakda hua hai"),
# not a child's hug of a toy; and English's "gun he threatened" is no Roman Urdu "gun hai".
def test_roman_urdu_held_by_the_neck_fires() -> None:
    found = detect_danger("mere bhai ne meri behen ko gardan se daboch rakha hai, jaldi aao")
    assert found is not None and found.category == "strangulation"


def test_roman_urdu_a_hug_of_a_toy_is_no_grip() -> None:
    assert detect_danger("munna ne teddy ko gale se pakad rakha hai pyar se, so gaya") is None


def test_english_gun_before_a_verb_is_no_roman_urdu() -> None:
    assert detect_danger("my ex lives in Glasgow but he kept the gun he threatened me with back then") is None


# Kurdish in Latin letters (Sorani and Kurmanji): a marriage with a day soon and the no, force or an age under 18; not a
# sister's wedding looked forward to.
@pytest.mark.parametrize("text", [
    "dayka m dallê haftay dahatu ba zor bmdat ba shu ba kurî xalm",
    "bawkm ayawet haftay dahatu bmdat ba shu, min 16 salm, help",
])
def test_kurdish_in_latin_letters_a_wedding_soon_refused_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


def test_kurdish_in_latin_letters_a_wedding_looked_forward_to_is_not() -> None:
    assert detect_danger("xwişka min sibê dawet e, ez pir kêfxweş im") is None


# Somali's and Romanian's own past: married or cut "when I was 6", "now I am 30" an age, not a now.
@pytest.mark.parametrize(("text", "code"), [
    ("gudniinka waxaa la ii sameeyay markaan 7 jir ahaa, hadda waxaan ahay 28. waxaan rabaa inaan caawiyo hooyooyinka", "so"),
    ("m-am maritat la 16 ani, acum am 41, sunt divortata. vreau sa vorbesc cu fetele din comunitate", "ro"),
])
def test_somali_and_romanian_married_or_cut_as_a_child_is_told_as_past(text: str, code: str) -> None:
    assert told_as_not_now_in(text, code)


# Somali: the cutting "done to me" tomorrow in its passive ("berri ayaa gudniinka la ii samaynayaa").
def test_somali_the_cutting_done_to_me_tomorrow_fires() -> None:
    found = detect_danger("ayeeyo waxay tiri berri gudniinka ayaa la ii samaynayaa, waan baqayaa")
    assert found is not None and found.category == "forced_marriage_or_fgm"
