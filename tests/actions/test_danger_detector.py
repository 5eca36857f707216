"""The danger patterns: present danger is caught; negations and past events are left to the account."""
from __future__ import annotations

import pytest
import regex
from rasa.shared.nlu.training_data.message import Message

from bot.rasa_plugins.danger_detector import DangerDetector, LanguagePatterns, detect_danger, told_as_not_now, told_as_not_now_in
from bot.rasa_plugins.guarded_pattern import GuardedPattern


@pytest.mark.parametrize(
    "text",
    [
        "he's outside",
        "hes outside my house",
        "He is outside right now",
        "my ex is at the door",
        "he has a knife",
        "they've got a gun",
        "he's got a knife",
        "he is going to kill me",
        "hes gonna kill me",
        "help me now",
        "please help me",
        "I'm bleeding",
        "im bleeding",
        "he locked me in the bedroom",
        "he won't let me leave",
        "I'm in danger",
        "I'm not safe",
        "someone is banging on the door",
        "he's hitting me",
        "they're outside right now",
        "No, he's outside now!",
        "he threatened to kill me last year and now he's outside",
        "there's someone in my garden right now",
        "I'm being followed",
        "a gang is chasing me",
        "i'm hiding from him",
        "send help",
        "call the police",
        "he's threatening me with a hammer",
        "my ex just turned up and wont leave",
        "he won't let me leave the house",
        "they're taking me abroad tomorrow to get married",
        "they're going to cut my daughter this week",
        "sos",
        "cant breath his hands are on my neck",
        "there's blood everywhere",
        "there's a guy following me through the park",
        "a car is following me and i'm walking home alone",
        "a man is following me home right now what do i do",
        "my stepdad is hitting my little brother",
        "a group of lads are kicking a man on the floor outside",
        "he says he'll shoot me",
        "he pushed me down the stairs and i can't get up",
        "he poured petrol everywhere",
        "someone has put something burning through my letterbox",
        "i'm in his car and he won't stop to let me out",
        "someone's getting beaten up outside the shop right now",
        "they're shouting racist stuff and punching my dad right now",
        "my family are taking me to the airport right now to get married",
        "he's trying to force himself on me",
        "my ex is ringing the doorbell and he's not supposed to come near me",
        "there's men with knives outside the mosque right now",
        "they've just broken the door down",
        "they just threw a petrol bomb at our house",
        "she's hurt and needs an ambulance",
        "he has me pinned on the floor",
    ],
)
def test_present_danger_is_detected(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I'm not in danger",
        "I am not in danger right now, it was last week",
        "he isn't outside any more",
        "last year he had a knife",
        "he threatened to kill me last year",
        "he was outside my house last week",
        "my ex keeps turning up at my work",
        "someone shouted racist abuse at me on the bus",
        "help",
        "I want to report something",
        "he doesn't have a knife",
        "years ago he locked me in",
        "my boyfriend wont let me go out and checks my phone",
        "he won't let me leave the house without him",
        "my family want me to get married next year",
        "I was cut when I was a child",
        "someone cut my tyres today",
        "I was being followed for months last year",
        "he keeps following me",
        "a man is following me on instagram",
        "he forced himself on me",
        "he'll never change",
        "my ex keeps ringing my doorbell at night",
        "someone set fire to my car last year",
        "he's been hitting me for years",
        "my son is being bullied at school",
        "i think my neighbour is being beaten by her husband i hear screaming every night",
        "they'll be married next year",
        "he broke the door down last year",
        "the ambulance came and took her to hospital",
    ],
)
def test_negations_past_events_and_ordinary_messages_are_not(text: str) -> None:
    assert detect_danger(text) is None


# One or two per DASH risk category (issue 10), written for these tests: the held-out evaluation set
# (tests/heldout/danger_en.yml, `make bench-danger`) is never copied here.
@pytest.mark.parametrize(
    "text, category",
    [
        ("hes choking me", "strangulation"),
        ("my partner strangled me a minute ago", "strangulation"),
        ("he had his hands around my throat and squeezed", "strangulation"),
        ("someone is pouring petrol on my doorstep", "fire"),
        ("they have just set fire to our shed next to the house", "fire"),
        ("my brother is waving a machete around", "weapon"),
        ("he is swinging a bat at me", "weapon"),
        ("my husband is threatening to murder me", "threat_to_kill"),
        ("he got out of jail this morning and he's texting me", "released_or_found"),
        ("my ex has tracked me down to my mums house", "released_or_found"),
        ("he's shaking the baby really hard", "child_in_danger"),
        ("my neighbours toddler is locked in a hot car", "child_in_danger"),
        ("he tied me up and left", "held_captive"),
        ("im not allowed out of the house and they took my phone", "held_captive"),
        ("i'm being forced to marry my cousin on sunday", "forced_marriage_or_fgm"),
        ("they want to have her cut tomorrow", "forced_marriage_or_fgm"),
        ("a gang is throwing rocks at my windows", "attack_on_home_now"),
        ("i have swallowed a whole packet of paracetamol", "self_harm"),
        ("im going to kill myself", "self_harm"),
        ("he hit me years ago. now he's outside with a knife", "weapon"),
        ("he was released last week and he's outside my flat", "general"),
        # Text-speak and the wider words people use (issue 10, fourth round).
        ("a burning rag just came thru the letterbox", "fire"),
        ("she's got a pair of scissors to my face", "weapon"),
        ("he's on tag and he's already outside the school", "general"),
        ("my grandson is locked in the car", "child_in_danger"),
        ("he's shaking my infant", "child_in_danger"),
        ("ive been locked in this room since the weekend", "held_captive"),
        ("they're forcing me into a nikah tmrw", "forced_marriage_or_fgm"),
        ("the wedding is in 3 hours and i have no say", "forced_marriage_or_fgm"),
        ("my family want to cut my cousin tonite", "forced_marriage_or_fgm"),
        ("the back door has just been smashed", "attack_on_home_now"),
        ("i'm standing on the railway line", "self_harm"),
        # Slang, dialect, witnesses and danger told by its effect (issue 10, fifth round).
        ("me neck hurts, hes just gone for me throat again", "strangulation"),
        ("some bloke has a zombie knife out on the tram", "weapon"),
        ("he's aiming it at the kids", "weapon"),
        ("he's texting that i'll be dead by the weekend", "threat_to_kill"),
        ("they rang saying say your prayers", "threat_to_kill"),
        ("someone has set light to our wheelie bins and it's catching the shed", "fire"),
        ("the bloke downstairs said he'd do us in, there's smoke coming under the door", "fire"),
        ("i've just spotted him opposite my house in his van", "released_or_found"),
        ("a toddler is on the window sill upstairs", "child_in_danger"),
        ("she's padlocked the front gate and hidden my keys", "held_captive"),
        ("been shut in the box room for two days", "held_captive"),
        ("they're doing my rishta on friday whether i like it or not", "forced_marriage_or_fgm"),
        ("they are flying my cousin out on monday to get cut", "forced_marriage_or_fgm"),
        ("someone is trying to prise the patio door open", "attack_on_home_now"),
        ("rocks flying through our front windows", "attack_on_home_now"),
        ("popped a whole strip of tramadol", "self_harm"),
        ("i'm stood on top of the multi-storey", "self_harm"),
        ("watching two men kick a lad on the floor by the bus station", "general"),
        ("i can hear the woman upstairs screaming get off", "general"),
        ("her fella is lamping her in the street", "general"),
        ("gettin battered by my stepdad", "general"),
        ("my ex has been pressing the buzzer for half an hour", "general"),
        ("3 men have been right behind me since the cashpoint", "general"),
        ("can u send sum1", "general"),
        # A word of harm and a sign that it is happening as they write, in any wording (issue 10, sixth round:
        # present_harm), and the kinds that set found: ESL tenses, a threat with a condition said now, a
        # burning building beside a reported threat, household poisons, a euphemism for cutting.
        ("me and my mum are in the attic he has the wood axe", "weapon"),
        ("he is punch my face", "general"),
        ("the hallway reeks of diesel and theres a man with a lighter", "fire"),
        ("im hiding in the car, he has my throat marks on me and is looking for me", "strangulation"),
        ("i can hear them getting the henna ready and i never agreed", "forced_marriage_or_fgm"),
        ("i keep taking the tablets while i type this", "self_harm"),
        ("she says if i tell anyone she will stab me, she is in the kitchen", "threat_to_kill"),
        ("the man in my cab has just told me he'll kill me if i dont drive him to nottingham", "threat_to_kill"),
        ("the garage is ablaze, he said he would do it", "fire"),
        ("drank half a mug of oven cleaner", "self_harm"),
        ("aunty is coming tomorrow to do the girls", "forced_marriage_or_fgm"),
        ("my stepdad is drunk driving with my little brother in the car", "child_in_danger"),
        ("hes not letting me out the flat, i cannot open the door", "held_captive"),
    ],
)
def test_present_danger_in_each_risk_category_is_detected_with_its_category(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category
    assert found.self_harm == (category == "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "he strangled me back in 2019",
        "he would grab me by the throat when we were together",
        "he always says he will burn the flat down",
        "if he sees me with someone else he'll kill me",
        "my sister is going to kill me for borrowing her top lol",
        "i'll kill him if he does that again",
        "i used to self harm at school",
        "my wedding is on saturday and i can't wait",
        "my ex has found me a new flat",
        "my mum won't let me go to the party",
        "someone set fire to the bins outside last week",
        "i'm worried he might find my address",
        "my throat still hurts from when he strangled me in july",
        "he set my coat on fire a while back",
        "the doctor asked if hed ever choked me",
        "my nephew's wedding is tomorrow and please help me find a gift for it",
        "my daughter's friend wont wake up in time for school lol",
        "i was kept in hospital for two nights",
        "dad says he'll kill us if we trek mud in, it's a family joke",
        # A film or a game, good news, the weather, a worry, and a time told beside the event by a comma.
        "in the film he strangled her with a rope",
        "playing gta and got stabbed lol",
        "my ex has a shotgun licence",
        "he has a toy gun",
        "i got out of work early",
        "my brother got out of prison today and we're throwing him a party",
        "the storm is battering the windows",
        "had an overdose of sugar at the party",
        "i'm scared he'll find my new address",
        "he choked me, that was back in 2018",
        "in 2018, he had his hands round my neck",
        # The present_harm net leaves accounts, settled states, coercive control told as a habit and videos alone.
        "she slapped me and now i have a bruise on my cheek",
        "my partner won't let me go out without him",
        "he always says he will stab me if i leave",
        "im at my nans now, he smashed the window but im safe",
        "someone posted a video of people burning a flag, it is going round now",
        "my aunt was married off abroad and now she lives there",
        "he keeps following me in town",
        # Sixth round's false alarms, by kind: clothes, play, a hobby, a release from hospital, a date told as
        # "for when he ...", asking what to do if, a drill.
        "this collar is choking me",
        "we were play fighting and he got me in a headlock",
        "my husband does kendo and keeps a sword on the wall",
        "my dad was released from hospital this morning",
        "the hearing for when he choked me is on friday",
        "who do i call if he tries to choke me again",
        "the door is locked, just checking if i can report for my friend",
        # A conditional threat told as said before, not just now, stays an account.
        "he told me he would kill me if i ever left him",
        "when we split he said he'd kill me if i told anyone",
    ],
)
def test_past_habitual_hypothetical_and_joking_forms_are_not(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "we learned about fgm in pshe today",  # an Arabic, a Tamil and an Urdu pattern read its English words too
    "we learned about forced marriage today",
    "tonight there is a documentary about forced marriage on bbc",
    "today is zero tolerance day for fgm",
    "this week the charity is running an fgm workshop",
    "tomorrow we have a talk about forced marriage at college",
])
def test_forced_marriage_or_cutting_learned_about_with_nobody_in_it_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None
    assert told_as_not_now(text)  # the classifiers' danger_now gives way too


@pytest.mark.parametrize("text", [
    "they're making me marry him tomorrow, we did a lesson on it",
    "she is being taken for fgm tomorrow, we learned about it in pshe and she is scared",
    "we have a lesson tomorrow, then the family is forcing us to marry after school",
    "they talk about marrying me off tomorrow",
])
def test_forced_marriage_or_cutting_about_to_happen_to_someone_stays_danger_beside_a_lesson(text: str) -> None:
    assert detect_danger(text) is not None


# False alarms of the English patterns, each with paraphrases of its kind: a promise not to self-harm, knives
# sharpened to cook, children locking someone in for a laugh, building work, the people outside gone.
@pytest.mark.parametrize("text", [
    "i wont hurt myself i promise",
    "i promise i won't hurt myself",
    "i won't cut myself again, promise",
    "i wouldn't hurt myself, don't worry about me",
    "sharpening my knives for sunday dinner",
    "i'm sharpening the kitchen knives before i carve the turkey",
    "dad's sharpening his knife for the bbq",
    "the kids locked me in the garden for a laugh",
    "my little brother locked me in the shed as a joke",
    "the grandkids locked me in the bathroom for fun",
    "the builder is smashing down a wall next door",
    "builders are smashing up the old kitchen next door",
    "the workmen next door are smashing out the bathroom tiles right now",
    "police have been and the lads outside have gone",
    "the cops came and the lads outside have left",
    "those lads outside have gone now the police came",
])
def test_a_promise_cooking_a_childrens_joke_building_work_or_people_gone_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


# Real danger close to those false alarms, which their guards must leave alone.
@pytest.mark.parametrize("text", [
    "i want to hurt myself",
    "i'm going to hurt myself",
    "i won't lie, i want to hurt myself",
    "he's sharpening a knife and staring at me",
    "he is sharpening a knife for dinner and says tonight is my last night",
    "he grabbed a knife while i was cooking dinner",
    "he locked me in the bedroom",
    "the kids' dad locked me in the bedroom for a laugh",
    "my husband locked me in the garden for a laugh",
    "the builder next door is smashing my windows",
    "the builder is punching his apprentice right now",
    "the lads outside have gone round the back",
    "the lads outside are kicking the door",
    "someone is trying to get in through the back door",
    "he's trying to get inside, i'm in the bathroom",
])
def test_danger_close_to_a_guarded_false_alarm_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Misses of the English patterns: the one who hurt them back in minutes, someone trying the door as they write,
# a child's wedding or a refused one celebrated by everyone else, cutting planned for a girl named by her school year.
@pytest.mark.parametrize("text, category", [
    ("he done it an hour ago and hes only nipped to the offy, back in 5", "general"),
    ("he battered me earlier and hes just gone to the shop, be back in 10", "general"),
    ("she hit me this morning, shes nipped out and will be back any minute", "general"),
    ("my husband punched me and hes gone to get fags, back in 5 mins", "general"),
    ("someones trying to get in the back door, the handle keeps going down, im 84", "attack_on_home_now"),
    ("somebody's trying the back door, the handle keeps going down", "attack_on_home_now"),
    ("someone is trying to break in and the letterbox keeps rattling", "attack_on_home_now"),
    ("i'm 15, the wedding's tomorrow and everyone is doing henna and celebrating, i don't want to marry him", "forced_marriage_or_fgm"),
    ("the nikah is tomorrow, everyone's celebrating but i don't want to marry him", "forced_marriage_or_fgm"),
    ("im 14 and my wedding is on saturday, the whole family is excited", "forced_marriage_or_fgm"),
    ("they're having a party tonight for my wedding tomorrow and i said no", "forced_marriage_or_fgm"),
    ("my mate in year 10 says shes going to Somalia when we break up on friday to get cut", "forced_marriage_or_fgm"),
    ("my friend in year 9 is going to Sudan on saturday to be cut", "forced_marriage_or_fgm"),
    ("a girl in year 8 says she's being taken tomorrow to get cut", "forced_marriage_or_fgm"),
])
def test_an_imminent_return_a_door_tried_now_and_a_childs_marriage_or_cutting_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


# What those new readings must leave alone.
@pytest.mark.parametrize("text", [
    "he's only nipped to the shop, back in 5",
    "she hit the shops, back in 10",
    "he didn't hit me, he's back in 5",
    "he hurt his back, home in 10",
    "my ex keeps ringing my doorbell at night",
    "we're getting married abroad tomorrow, so excited",
    "my sister is getting married tomorrow, so excited",
    "he strangled me back in 2019",
    # "Trying to get in" touch is no break-in.
    "my ex is trying to get in touch with me",
    "his mum keeps trying to get in contact",
])
def test_a_return_without_hurt_a_wanted_wedding_and_the_past_stay_quiet(text: str) -> None:
    assert detect_danger(text) is None


def _message(text: str, intent: str = "tell_story_stalking") -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.91}, add_to_output=True)
    message.set("intent_ranking", [{"name": intent, "confidence": 0.91}, {"name": "danger_now", "confidence": 0.05}],
                add_to_output=True)
    return message


def test_the_component_overrides_the_intent_and_keeps_the_original_in_the_ranking() -> None:
    [message] = DangerDetector({}).process([_message("he's outside my flat with a knife")])
    assert message.get("intent") == {"name": "danger_now", "confidence": 1.0}
    ranking = message.get("intent_ranking")
    assert ranking[0]["name"] == "danger_now"
    assert [r["name"] for r in ranking].count("danger_now") == 1
    assert ranking[1]["name"] == "tell_story_stalking"


def test_the_component_leaves_other_messages_and_button_payloads_alone() -> None:
    messages = DangerDetector({}).process([_message("my ex keeps texting me"), _message('/choose{"x":"help me now"}')])
    assert all(m.get("intent")["name"] == "tell_story_stalking" for m in messages)


def _classified_as_danger(text: str, written_in: str = "en") -> Message:
    message = Message(data={"text": text, "metadata": {"language": written_in, "text_language": written_in}})
    ranking = [{"name": "danger_now", "confidence": 0.8}, {"name": "tell_story_stalking", "confidence": 0.1}]
    message.set("intent", dict(ranking[0]), add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)
    return message


def test_the_component_records_the_risk_category_for_the_actions() -> None:
    [message] = DangerDetector({}).process([_message("i have taken an overdose")])
    assert message.get("danger") == {"category": "self_harm", "pattern": "overdose"}
    [message] = DangerDetector({}).process([_message("he's got a knife")])
    assert message.get("danger")["category"] == "weapon"


@pytest.mark.parametrize("text", ["last year he had a gun", "I'm not in danger now, I just want to report it",
                                  # Help has come, a release years away, medicine as prescribed (sixth round).
                                  "the officers have arrived and the lads have legged it", "he is staying inside till 2031",
                                  "i had my pills with my tea", "my psychiatrist switched my meds",
                                  "he goes to the shooting range every saturday", "i was hurt back then but im getting support now",
                                  "he use to hit me but that is finish", "i was bullied at school when i was 12, im 25 now",
                                  "he doesn't have a knife", "if I leave he'll kill me",
                                  "he always threatens to stab me when he drinks", "we're not in any danger, it's over",
                                  "does sending death threats online count as a crime",
                                  "im on fire at work haha", "in the show she takes an overdose",
                                  "is there a way to find out when hes released", "im ok now, hes left",
                                  "the kids are fine at my mums", "he's in prison until 2030",
                                  "i'm getting engaged next month and i'm so excited",
                                  "our shaadi is tonight and we're so happy", "my back is killing me after that shift",
                                  "im scared she'll turn up at my work", "saw another stabbing on the news"])
def test_the_classifiers_danger_for_a_past_safe_or_ruled_out_message_gives_way_to_its_next_intent(text: str) -> None:
    [message] = DangerDetector({}).process([_classified_as_danger(text)])
    assert message.get("intent")["name"] == "tell_story_stalking"
    assert message.get("danger") is None


@pytest.mark.parametrize("text, language", [
    ("w zeszłym roku mąż groził mi nożem", "pl"),  # last year my husband threatened me with a knife
    ("ano passado ele ameaçou-me com uma faca", "pt"),
])
def test_another_languages_classifier_gives_way_when_its_own_words_say_the_past(text: str, language: str) -> None:
    [message] = DangerDetector({}).process([_classified_as_danger(text, language)])
    assert message.get("intent")["name"] == "tell_story_stalking"


def test_only_the_messages_own_language_says_what_is_past() -> None:
    # "temu" is Polish for "ago"; read as Portuguese the message has no past marker, and danger stands.
    [message] = DangerDetector({}).process([_classified_as_danger("rok temu", "pt")])
    assert message.get("intent")["name"] == "danger_now"
    [message] = DangerDetector({}).process([_classified_as_danger("ele está aqui agora, foi há um ano", "pt")])
    assert message.get("intent")["name"] == "danger_now"  # "agora": now wins over the past


@pytest.mark.parametrize("text, demoted", [
    ("હું હવે મારી બેનના ઘરે સુરક્ષિત છું", True),  # I'm safe now at my sister's
    ("hu atyare safe chu", True),  # romanised: I'm safe now ("now" does not undo "safe")
    ("હું સુરક્ષિત નથી, એ બહાર છે", False),  # I'm not safe, he is outside
])
def test_a_gujarati_message_that_says_safe_gives_way_and_one_that_says_not_safe_does_not(text: str, demoted: bool) -> None:
    [message] = DangerDetector({}).process([_classified_as_danger(text, "gu")])
    assert message.get("intent")["name"] == ("tell_story_stalking" if demoted else "danger_now")


def _knife_patterns(clause_break: str | None) -> LanguagePatterns:
    """A made-up language whose only danger is "has a knife" and whose only past word is "yesterday"."""
    return LanguagePatterns(
        "xx", (("weapon", GuardedPattern("has a knife")),), negation=None, past=regex.compile("yesterday"), now=None,
        habitual=None, clause_break=regex.compile(clause_break) if clause_break else None,
        present_cue=regex.compile("hiding"),
    )


def test_a_past_word_silences_the_whole_message_in_a_language_that_does_not_read_clauses() -> None:
    assert _knife_patterns(None).detect("he came yesterday, he has a knife") is None
    assert _knife_patterns(None).tells_not_now("he came yesterday, I'm hiding")


def test_a_past_word_silences_only_its_own_clause_in_a_language_that_reads_clauses() -> None:
    patterns = _knife_patterns(r",\s*")
    assert patterns.detect("he came yesterday, he has a knife") is not None
    assert patterns.detect("yesterday he has a knife, I called") is None
    assert not patterns.tells_not_now("he came yesterday, I'm hiding")  # the classifier's danger_now stands
    assert patterns.tells_not_now("he came yesterday, I called the council")


@pytest.mark.parametrize("text", [
    "ગયા મહિને પણ આવું કર્યું હતું, ને એ મારું ગળું દબાવી રહ્યો છે",  # he did it last month too, and he is strangling me
    "એ ગઈ રાતે છૂટ્યો હતો, ને એ મારા ઘરની બહાર ઊભો છે",  # he got out last night, and he is outside my house
    "gaya varshe pan maryo hato, ane e mane mari rahyo che",  # romanised: he hit me last year too, and he is hitting me
])
def test_a_gujarati_danger_clause_is_caught_beside_a_past_one(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "ગયા વર્ષે એ મારું ગળું દબાવતો, હવે અમે અલગ છીએ",  # he used to strangle me last year, now we are apart
    "ગઈ કાલે એ છરી લઈને ઘર પાસે ઊભો હતો, પોલીસ એને લઈ ગઈ હતી",  # yesterday he stood near the house with a knife
    "ફિલ્મમાં હીરો ગરીબ હતો, ને વિલન કહે છે તને મારી નાખીશ",  # a film: never read clause by clause
])
def test_a_gujarati_message_past_in_every_clause_or_a_film_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text, demoted", [
    ("ગયા મહિને એ છૂટ્યો, સવારથી ગલીમાં ફરે છે", False),  # released last month, about the street since this morning
    ("ગયા મહિને એ છૂટ્યો, મને કાઉન્સિલે પત્ર લખ્યો", True),  # released last month, the council wrote to me
    ("જો એને ખબર પડશે તો મને ઘરમાંથી કાઢી મૂકશે", True),  # if he finds out he will throw me out
    ("અત્યારે એ કામે ગયો છે, પણ સાંજે આવશે", True),  # he has gone to work now
])
def test_a_gujarati_past_clause_demotes_the_classifiers_danger_unless_another_clause_says_it_is_happening(
    text: str, demoted: bool
) -> None:
    [message] = DangerDetector({}).process([_classified_as_danger(text, "gu")])
    assert message.get("intent")["name"] == ("tell_story_stalking" if demoted else "danger_now")


@pytest.mark.parametrize("text", [
    "એજન્ટે અમારા બધાના પાસપોર્ટ લઈ લીધા છે ને ફેક્ટરીની બહાર પગ મૂકવા નથી દેતો",  # the agent took our passports, won't let us step out
    "sheth e mara documents potani pase rakhya che, bahar nikalu to marvani dhamki aape che",  # romanised: papers kept, threatened for leaving
    "કાકાઓ મને સગાઈ માટે હા કહેવા ફટકારે છે",  # the uncles are beating me to say yes to the engagement
    "mara abbu mane nikah mate mani java mare che",  # romanised: my father beats me to agree to the nikah
])
def test_gujarati_danger_said_in_round_sevens_kinds_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "બેંકે મારો પાસપોર્ટ ઓળખ માટે માગ્યો છે, લઈ જાઉં?",  # the bank asked for my passport as ID
    "શેઠે વિઝા માટે પાસપોર્ટ લઈ લીધો છે, આવતા અઠવાડિયે પાછો આપશે",  # the boss has the passport for the visa, back next week
    "મમ્મી મને લગ્ન માટે હા પાડવા સમજાવે છે, પણ મારી મરજી પૂછે છે",  # mum persuades me to say yes, but asks what I want
    "e loko mane bahar javani na pade che karan ke raat padi gai che",  # romanised: not allowed out because it is night (no papers)
])
def test_gujarati_papers_or_a_marriage_talk_without_force_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


def test_a_question_or_a_film_gives_way_unless_something_in_it_is_happening_as_they_write() -> None:
    patterns = LanguagePatterns(
        "xx", (("weapon", GuardedPattern("has a knife")),), negation=None, past=None, now=regex.compile("tonight"),
        habitual=None, present_cue=regex.compile("hiding"), not_real=regex.compile("film"), question=regex.compile(r"\?\s*$"),
    )
    assert patterns.tells_not_now("is carrying a blade a crime?")
    assert not patterns.tells_not_now("he is at the door, I'm hiding, what do I do?")
    assert patterns.tells_not_now("in the film the villain kills them all tonight")  # the film's "tonight"
    assert not patterns.tells_not_now("he is at the door tonight")


def test_a_soon_part_is_read_past_an_earlier_parts_past_word_but_only_its_own_match() -> None:
    # Issue 9: a language with no clause break (Arabic) reads a later part opened by a soon word on its own.
    patterns = LanguagePatterns(
        "xx", (("cutting", GuardedPattern("cut her")),), negation=None, past=regex.compile("as a child"), now=None,
        habitual=None, soon_part=regex.compile(r"(?:, |\band )tomorrow\b"),
    )
    assert patterns.detect("they cut me as a child and tomorrow they will cut her")
    assert patterns.detect("they cut me as a child, tomorrow they will cut her")
    assert patterns.detect("they cut her as a child and tomorrow we talk") is None  # the match is the earlier part's
    assert patterns.detect("we meet and tomorrow I tell how they cut her as a child") is None  # a past word in the part
    assert patterns.detect("tomorrow they will cut her, they said so as a child") is None  # no earlier part


def test_a_whole_message_guard_still_reads_the_whole_message_when_a_clause_is_read_alone() -> None:
    # Issue 9: a past word makes the patterns read clause by clause; a guard written for the whole message
    # (sport_figure: a game named and its meaning given) must still see the words in the other clauses.
    patterns = LanguagePatterns(
        "xx", (("threat", GuardedPattern("kill you")),), negation=None, past=regex.compile(r"\bsaid\b"), now=None,
        habitual=None, clause_break=regex.compile(","),
        message_guards={"threat": (regex.compile(r"(?=.*\bcricket\b)"),)},
    )
    assert patterns.detect("he said so, today I will kill you")
    assert patterns.detect("he said it at cricket, today I will kill you") is None


@pytest.mark.parametrize("text, demoted", [
    ("ઘરમાં તલવાર રાખવી એ ગુનો ગણાય?", True),  # is keeping a sword at home a crime?
    ("એ બારણું ઠોકે છે, હું બાથરૂમમાં છું, શું કરું?", False),  # he is banging the door, I'm in the bathroom, what do I do?
    ("વેબ સિરીઝમાં ગુંડો આજે રાત્રે બધાને મારવાનો છે", True),  # in a web series the gangster will kill everyone tonight
    ("રસોઈમાં ધુમાડો થયો હતો, બારી ખોલી, હવે બધું બરાબર છે", True),  # smoke from cooking, all fine now
])
def test_a_gujarati_question_film_or_all_clear_gives_way_unless_it_says_it_is_happening(text: str, demoted: bool) -> None:
    [message] = DangerDetector({}).process([_classified_as_danger(text, "gu")])
    assert message.get("intent")["name"] == ("tell_story_stalking" if demoted else "danger_now")


@pytest.mark.parametrize("text", [
    "e mara bhai ne slap kari rahyo che",  # Leicester Gujarati: he is slapping my brother
    "maro ex mari school na gate par ubho che",  # my ex is standing at my school gate
    "એ ફોન પર કહે છે કે તને ઉપર પહોંચાડી દઈશ",  # on the phone he says he'll "send you up"
    "બેબી શ્વાસ નથી લેતી, જલદી આવો",  # the baby isn't breathing, come quickly
    "ઈ વાડ કૂદીને ઘરમાં ઘૂસી આયો સે",  # Kathiawadi: he jumped the fence and got into the house
    "ઈ કે સે કે તારા ટુકડા કરી નાખીસ",  # Kathiawadi: he says he'll cut you to pieces
    "મારી બેને નસ કાપી નાખી છે",  # my sister has cut her vein
    "બાબો કંઈક ખાઈ ગયો, મોઢામાંથી ફીણ નીકળે છે",  # the boy ate something, foam is coming from his mouth
])
def test_gujarati_danger_said_in_round_fives_kinds_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "લિફ્ટમાં ફસાઈ ગયા છીએ, ટેક્નિશિયન આવે છે",  # stuck in a lift, the technician is coming
    "છોકરો પોતાને રૂમમાં બંધ કરીને બેઠો છે, રિસાયો છે",  # the boy has shut himself in his room, sulking
    "આ કોલર મારું ગળું દબાવે છે, બીજું શર્ટ પહેરું",  # this collar presses my throat, I'll wear another shirt
    "આંગળી કપાઈ, થોડું લોહી નીકળે છે",  # cut a finger, a little blood
    "પરિણામ ખરાબ આવશે તો પપ્પા મારી નાખશે",  # if the results are bad dad will kill me (a what-if)
])
def test_gujarati_everyday_uses_of_dangers_words_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


def test_the_classifiers_danger_stands_when_nothing_says_it_is_not_now() -> None:
    [message] = DangerDetector({}).process([_classified_as_danger("come quick he's going mental")])
    assert message.get("intent")["name"] == "danger_now"


@pytest.mark.parametrize("text", ["how do i stop the bleeding", "how do i get out of here"])
def test_a_question_with_something_urgent_in_it_keeps_the_classifiers_danger(text: str) -> None:
    [message] = DangerDetector({}).process([_classified_as_danger(text)])
    assert message.get("intent")["name"] == "danger_now"


def test_no_danger_example_the_classifier_learns_would_be_made_to_give_way() -> None:
    """Every danger_now training example, in any language, keeps the classifier's danger_now."""
    import yaml
    from bot.config import PROJECT_ROOT
    from bot.rasa_plugins.danger_detector import told_as_not_now

    files = [*(PROJECT_ROOT / "data" / "training" / "nlu").glob("*.yml"), *(PROJECT_ROOT / "data" / "languages").glob("*/nlu.yml")]
    examples = [
        line.strip()[2:].strip()
        for path in files
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []
        if block["intent"] == "danger_now"
        for line in str(block.get("examples") or "").splitlines()
        if line.strip().startswith("- ")
    ]
    assert len(examples) > 200
    assert [text for text in examples if told_as_not_now(text)] == []


def test_no_danger_example_of_a_language_gives_way_to_its_own_past_words() -> None:
    import yaml
    from bot.config import PROJECT_ROOT
    from bot.rasa_plugins.danger_detector import other_languages

    gave_way = []
    for patterns in other_languages():
        path = PROJECT_ROOT / "data" / "languages" / patterns.language / "nlu.yml"
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            if block["intent"] != "danger_now":
                continue
            for line in str(block.get("examples") or "").splitlines():
                text = line.strip()[2:].strip()
                if line.strip().startswith("- ") and patterns.tells_not_now(text):
                    gave_way.append(f"{patterns.language}: {text}")
    assert gave_way == []


@pytest.mark.parametrize("text", [
    "im in year 12 and my little sister is getting beaten with a spoon in the next room",  # a school year now
    "he is unscrewing the lock on my door, i can hear the drill",  # a tool, not a fire drill
    "he should be in jail until 2030 but his car is outside my work",  # a release years away, yet here
])
def test_a_school_year_a_drill_or_a_release_date_does_not_make_danger_now_an_account(text: str) -> None:
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "my 14 year old is being married to her cousin on saturday",  # nobody under 18 can consent
    "my brother has learning disabilities and they are marrying him tomorrow, he cant consent",
    "im being sent to bangladesh on saturday and the wedding invitations have my name on",
])
def test_a_marriage_soon_of_someone_who_cannot_consent_or_is_sent_away_for_it_is_forced(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# Twelfth English round (sets 11 and 12 read): false alarms of the English patterns, each with paraphrases of its
# kind: a past event beside the now of the report or of today's life, a what-if's "again", a hold in a sport, "i want
# to die" asked about as slang or said of a train late every time, a smoke alarm or a glass that broke, a lock
# denied, someone else coming back, a lesson that made the learner feel sick, a day away for a reason.
@pytest.mark.parametrize("text", [
    "he put his hands round my throat when we lived together, that was 2018, i want to report it now",
    "my ex strangled me back in 2020 and nothing happened, can i still report it?",
    "i took an overdose in 2017 and pulled through, i work as a peer mentor now",
    "if he ever grabs me by the throat again i'm leaving him",
    "if she ever puts her hands round my neck again i will call you",
    "got choked out in judo tonight, my neck is a bit sore",
    "rough sparring session, got strangled by a black belt twice",
    "people keep saying i want to die when they mean embarrassed, is that normal slang",
    "this job is killing me, i want to die every time the printer jams lol",
    "set the fire alarm off cooking again, the whole floor knows now",
    "a plate broke in my hand drying up, just a scratch",
    "he doesn't lock me in or anything, he just checks my phone",
    "my brother got punched at football, mum's home in 10",
    "we had an assembly on FGM today and it made me feel sick",
    "i won't be here tomorrow, i'm on holiday",
    "i won't be here tomorrow, it's my day off",
    "one year since i last hurt myself, just wanted to tell someone",
    "i've been clean from cutting for 18 months",
])
def test_twelfth_round_false_alarms_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


# Real danger close to those, which the new readings must leave alone, and the misses of the same round.
@pytest.mark.parametrize("text, category", [
    ("he was released last month and is outside my house right now", "released_or_found"),
    ("my boyfriend does bjj and he's choking me right now", "strangulation"),
    ("i want to die, i cant do this anymore", "self_harm"),
    ("he locked me in and i can't get out", "held_captive"),
    ("he hit me and he's gone to the shop, back in 5", "general"),
    ("i won't be here tomorrow", "self_harm"),
    ("i won't be around much longer", "self_harm"),
    ("he says i won't be alive by the weekend", "threat_to_kill"),
    ("the man who trafficked me is in the reception now", "released_or_found"),
    ("the lad that attacked me is sat outside the library", "released_or_found"),
    ("took my mums pills, idk how many", "self_harm"),
    ("i've swallowed some tablets, not sure how many", "self_harm"),
    ("been cutting my arm with a razor blade", "self_harm"),
    ("this is my last message, tell my son i love him", "self_harm"),
    ("gonna do it tonight, this is my last text", "self_harm"),
    ("we fly tomorrow, they say its a holiday but the wedding invitations have my name on", "forced_marriage_or_fgm"),
    ("they told me we're going on holiday on friday but it's for my wedding", "forced_marriage_or_fgm"),
    ("i've been clean for 2 years but i cut myself tonight", "self_harm"),
])
def test_twelfth_round_danger_is_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "if he comes back again and does what he did, what should i do",
    "the man who attacked me is in the news again",
    "the man who attacked me is inside till 2030, can i move back",
    "this is my last message before my phone dies, love you",
    "i haven't taken my tablets, not sure how many are left",
])
def test_twelfth_round_close_non_danger_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None


# The classifier's danger_now gives way for danger's words in their everyday sense: the weather, a pet, keys, years
# clean, a question of what is allowed, harm only denied, a date months away, him far away or barred, paperwork, a
# scare that is over, routine medicine, a habit said "sometimes".
@pytest.mark.parametrize("text", [
    "the storm has been rattling the shed door all night",
    "locked myself out again, waiting for a locksmith",
    "been clean from self harm for six months today",
    "my dog got out again and we found him at the park",
    "is he allowed to keep an air rifle in his flat?",
    "he's never laid a finger on me, it's the money",
    "he gets out next year and i'm dreading it",
    "he moved to wales after the trial and has an exclusion zone",
    "i just need a crime number for the insurance",
    "she fell off the climbing frame today, scary but she's absolutely fine",
    "the pharmacist said my tablets are fine with ibuprofen",
    "my mum has dementia and sometimes hits out when she's confused, the nurse is coming to see her",
    "i won't be here tomorrow, i'm at a conference",
    "i was held in a house for a month in 2016, i'm ready now to talk about it",
])
def test_the_classifiers_danger_gives_way_to_everyday_senses(text: str) -> None:
    assert told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "he won't stop hitting me",
    "he doesn't stop hitting me",
    "he gets out next year but he was seen on my street 5 mins ago",
    "i moved to scotland to get away and he just commented on my new street's page",
    "the nurse is coming but he's kicking off and i'm scared",
    "my sister's wedding is next month and they're forcing her",
])
def test_the_classifiers_danger_stands_beside_those_senses(text: str) -> None:
    assert not told_as_not_now(text)


# Thirteenth English round (sets 13 and 14 read): the patterns' false alarms, each beside paraphrases of its kind:
# a threat denied, bleeding seen to, pills a pet ate, an overdose of sweets, someone else's self-harm asked about as
# a what-if, a lock-in by accident, in an escape room or denied, a decade or a late husband, a childhood told, a
# knife sharpened for a chef's course, a film watched, a love match, a break-in on the street, stubble burning, an
# old weapon to hand in, a scare that came to nothing, a pet got out.
@pytest.mark.parametrize("text", [
    "he's never actually said he'll kill me, it's more the looks he gives, is that enough for a report?",
    "she has never once said she'll hurt me, she just goes quiet for days",
    "the butcher on the market caught his hand on the cleaver, blood everywhere, he's fine, stitched up at the LRI",
    "my lad sliced his thumb open on a tin, blood everywhere, all glued up at the walk-in",
    "the vet says the dog ate a whole packet of my ibuprofen but he's had charcoal and he's okay now",
    "our puppy has eaten a whole strip of my nan's tablets, vet says bring him in",
    "overdosed on Quality Street at the Christmas do haha, anyway I need advice about my ex",
    "totally overdosed on mince pies this week",
    "what do i do if my friend tells me shes thinking of hurting herself",
    "what should i say if my son tells me he's been cutting himself",
    "escape room with the work lot tonight, got locked in for an hour and it was brilliant",
    "got locked in the church hall by accident after toddler group, the caretaker let me out, all fine",
    "the gym locked me in the changing rooms by mistake, security let me out after ten minutes",
    "I'm not locked in, I can leave whenever, I just don't know where I'd go",
    "Dear Sir, I wish to report that my late husband strangled me on a number of occasions during the 1980s.",
    "my late father beat us with a belt in the seventies, I'd like it on record",
    "I had FGM as a baby in Sudan. I am a midwife now and would like to volunteer",
    "my son is learning to sharpen knives for his chef course and the noise is driving me mad",
    "watched a film where a bloke pulls a machete in a corner shop, cant sleep now",
    "booked our flights to Lahore for my brothers wedding, hes marrying the girl he met at uni",
    "my cousin's marrying the lad she met at college next month, we're all going",
    "there was a break in on our street last night and the police are doing door to door, has anyone got a ring doorbell",
    "they're stubble burning on the next field and the smoke is coming in through the windows, is that allowed?",
    "found an old machete in the garage of the house we've just bought, where do I hand it in?",
    "clearing out dads loft and found an old bayonet, can i hand it in at the station",
    "the builders next door were banging all morning and I thought someone was breaking in, turned out fine",
    "the cat got out this morning but we found her under the neighbours car, panic over",
    "my lanyard caught in the shredder at work and nearly choked me, first aider checked me over, all fine",
    "my necklace got tangled in the machine and nearly strangled me, the supervisor checked me over",
    "my two boys are going to kill each other over the xbox tonight",
    "my 8 year old says he'll kill his sister if she reads his diary again",
])
def test_thirteenth_round_false_alarms_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


# Danger close to those, which the new readings must leave alone, and a habit beside a clear now.
@pytest.mark.parametrize("text, category", [
    ("he's just said he'll kill me and he's outside", "threat_to_kill"),
    ("he never said sorry, he said he'll kill me tonight", "threat_to_kill"),
    ("he's stabbed my brother, blood everywhere", "general"),
    ("i've taken a whole packet of my ibuprofen", "self_harm"),
    ("my friend is cutting herself right now in the toilets, what do i do", "self_harm"),
    ("he's locked me in the bedroom and taken my phone", "held_captive"),
    ("he's got an old machete out and he's waving it at me", "weapon"),
    ("they're pouring petrol through my letterbox", "fire"),
    ("sometimes he hits me and hes doing it right now", "general"),
    ("he always kicks me when he's drunk and he's doing it again now", "general"),
    ("he was released this morning and he's outside my house", "released_or_found"),
    ("he grabbed my scarf and strangled me, it got caught on the door", "strangulation"),
    ("I thought it was the wind but it turned out to be him trying the back door", "attack_on_home_now"),
    ("my son says he's going to kill his sister, he's got a knife", "weapon"),
    ("my brother says he's going to kill me and he's coming up the stairs", "threat_to_kill"),
])
def test_thirteenth_round_danger_is_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


# The classifier's danger_now gives way: a scare over ("all sorted", "she's fine now"), him on bail, on licence or
# living elsewhere now, free to come and go, a drill, an animal, a what-if about someone's dad, harm only denied
# beside today's ordinary news.
@pytest.mark.parametrize("text", [
    "the baby was choking on a grape just then but i did the back blows and shes fine now, just shaken",
    "bonfire next door set our fence smoking a bit, fire brigade came, all sorted, just annoyed with them",
    "my ex put his hands round my throat in march. hes on bail now with conditions and ive moved to my sisters",
    "police told me he got out early in October, he's in Wales on licence now, is there anything else I should do?",
    "hes been released on bail not to contact me and hes living in Nottingham now, do i need to do anything",
    "in the refuge now, they gave me my own key and i can come and go, feels weird",
    "fire drill at the refuge today, the staff showed us the back stairs",
    "our lost ewe turned up in the next village, the farmer's bringing her back tomorrow",
    "one of the ewes got her head caught in the wire and half strangled herself, the farmer next door cut her free",
    "if his dad turns up at school ive told them not to let him take her, is that enough",
    "my stepdad has never hit my brother, he just shouts a lot, my teacher asked me about it today",
    "my grandson says hes going to murder his sister for eating his Easter egg, kids eh",
])
def test_thirteenth_round_the_classifiers_danger_gives_way(text: str) -> None:
    assert told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "Not being funny but what are you meant to do if someone is stood outside your door with a hammer? because that's what's happening",
    "whispering. he said he'd end me and then himself. got the door wedged with the chest of drawers",
    "theyre saying the ticket is booked for wednesday and i wont come back till im married. my teacher doesnt know. im in year 11",
    "the baby was choking but she's fine now, he's still here and he's shouting",
    "he's on bail now but he's outside my house",
    "my dad has never hit me before but today he's outside with a bat",
    "is it normal for someone to be banging on my back door like this? the glass is cracking",
    "is it allowed for my neighbour to be smashing my windows with a brick",
])
def test_thirteenth_round_the_classifiers_danger_stands(text: str) -> None:
    assert not told_as_not_now(text)


# The fourteenth round's false alarms of the English patterns (read sets 15 and 16), each with a paraphrase of its
# kind: choking on a cough, a gun locked away, weapons the police took, attackers arrested, a cut while shaving, a
# thought of self-harm not to be acted on or asked about for later, a scarf caught, a boss's "kill me", an
# offender recalled, "not locked in", a topic taught, "just sharing".
@pytest.mark.parametrize("text", [
    "im choking on this cough all night, hay fever is awful",
    "been choking on this cold all week, cant stop coughing",
    "my dad keeps a shotgun for the pigeons on the farm, licensed and locked in the cabinet",
    "the air rifle is locked in the gun cabinet in the garage",
    "police took all his knives when they arrested him, im at my mums now",
    "the officers confiscated his machete last week, im at my sisters now",
    "police came and arrested the men who were kicking the door, its quiet now",
    "the police have arrested the lads who were smashing our windows, all calm now",
    "cut myself shaving, bit of blood",
    "i cut myself cooking, it's only a nick",
    "sometimes i think about hurting myself but im not going to, i see my therapist tomorrow",
    "what should i do if i feel like hurting myself in the future, who do i call",
    "my nan with dementia keeps saying someone is strangling her but it's her scarf catching, the carers checked, she's fine",
    "my boss is going to kill me for being late again, bus broke down",
    "my teacher's gonna kill me for not doing my homework",
    "he was released yesterday but he's been recalled and the officer confirmed he's back inside",
    "i was locked out, not locked in, my key snapped in the door, locksmith's on the way",
    "he pulled a knife on me in summer 2022, it went to crown court, can i get updates on his release date",
    "teacher here, we're doing a knife crime assembly, any resources for year 9",
    "i found my birth mum after 20 years, it's a happy thing, just sharing",
    "my sister's wedding got cancelled because the venue flooded, not forced just unlucky",
])
def test_round_fourteens_false_alarms_and_their_kinds_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


# Real danger close to those, which their guards must leave alone.
@pytest.mark.parametrize("text", [
    "im choking, he's got his hands on my neck",
    "he locked me in the garage and took my phone",
    "police took his knives but he's outside now with a hammer",
    "police arrested one of them but the others are still kicking the door",
    "police arrested him but his mates are kicking the door in",
    "cut myself at work in the staff toilets, it's deep and i meant to",
    "i've cut myself and it won't stop bleeding",
    "i'm thinking about hurting myself right now",
    "he's strangling her, she's fine he says but she's gone blue",
    "my boss is going to kill me, he's outside my car with a bat",
    "he was released yesterday and he's outside my house",
    "i'm locked in the bedroom, he took the key",
    "he's got a knife and he's coming up the stairs",
])
def test_danger_close_to_round_fourteens_false_alarms_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The fourteenth round's misses of the English patterns, each with a paraphrase of its kind.
@pytest.mark.parametrize("text, category", [
    ("house on fire he did it", "fire"),
    ("our flat is on fire and he's blocking the stairs", "fire"),
    ("he sad hes gonna kill me to night and he ment it", "threat_to_kill"),
    ("took my mum's morphine, all of it, feeling floaty", "self_harm"),
    ("i've swallowed my dad's oxycodone, the lot", "self_harm"),
    ("husband kicking me, he stop only when i type", "general"),
    ("my boyfriends parents found out hes gay and are flying him out tomorrow to marry a girl, he just texted me hes terrified",
     "forced_marriage_or_fgm"),
    ("his family are making him marry his cousin tonight, he's terrified", "forced_marriage_or_fgm"),
])
def test_round_fourteens_misses_are_caught_with_their_category(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


# The fifteenth round (sets 17 and 18 read). A threat with a condition said now names a way of killing the earlier
# list lacked (slit, strangle, murder): the condition is the threat's, not a what-if of the person's.
@pytest.mark.parametrize("text, category", [
    ("she says if i tell anyone she will strangle me", "threat_to_kill"),
    ("he's saying if i ring my mum he'll slit her throat", "threat_to_kill"),
    ("they keep shouting through the letterbox, they say if we open the door they will murder us", "threat_to_kill"),
])
def test_round_fifteens_conditional_threats_said_now_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "if he finds out he'll slit my throat",
    "what if she says she'll strangle me again",
])
def test_round_fifteens_what_ifs_of_those_threats_stay_quiet(text: str) -> None:
    assert detect_danger(text) is None


# The danger's name alone, typed in a hurry or hiding.
@pytest.mark.parametrize("text, category", [
    ("knife", "weapon"),
    ("GUN!!", "weapon"),
    ("a machete help", "weapon"),
    ("trapped", "held_captive"),
    ("locked in pls", "held_captive"),
    ("fire!!! help", "fire"),
    ("nife. hes got a nife", "weapon"),
])
def test_round_fifteens_the_dangers_name_alone_is_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", ["knives?", "knife crime", "gun licence", "fire alarm", "not trapped", "fire drill"])
def test_round_fifteens_a_dangers_name_asked_about_or_named_in_a_thing_is_not(text: str) -> None:
    assert detect_danger(text) is None


# Past told in new ways: the act named as what someone was arrested or charged for, the day it was on, the age he
# was then, a year counted from.
@pytest.mark.parametrize("text", [
    "the police nicked him for choking me, he's on remand and i'm at my mums",
    "she was charged with strangling me and the court gave her bail conditions",
    "the brawl at the bus station was on friday night, officers are already dealing with it",
    "the first time my brother punched me was when he was 15, it's all behind us",
    "everything from 2012 onwards is in my statement, the beatings and the threats, I'm just adding dates",
])
def test_round_fifteens_past_told_by_a_charge_a_day_or_an_age_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "police are arresting him for choking me right now but his brother is kicking the door in",
    "he was convicted for stabbing someone and now he's outside with a knife",
    "the party was on saturday and now he says he'll kill me",
])
def test_round_fifteens_danger_beside_such_past_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# A plant strangling or choking another plant or a fence: a gardener's words.
@pytest.mark.parametrize("text", [
    "the bindweed has completely strangled my roses this summer",
    "brambles are choking the allotment, need a strimmer",
    "the ivy next door keeps strangling our trellis, had words with him about it",
])
def test_round_fifteens_plants_choking_plants_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "the ivy is strangling the fence and he's got his hands round my neck",
    "he's choking my mum in the garden by the weeds",
])
def test_round_fifteens_strangling_beside_a_gardeners_words_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Trapped in a way of life, not a place.
@pytest.mark.parametrize("text", [
    "i'm trapped in a cycle of debt and it's getting me down",
    "we're trapped in this tenancy till march, the landlord wont budge",
    "feel like im trapped in a dead end career, any advice",
])
def test_round_fifteens_trapped_in_a_way_of_life_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "im trapped in the house, he took my keys",
    "im trapped in this marriage and he's outside with a knife",
    "i'm trapped in his flat and he won't let me leave",
])
def test_round_fifteens_trapped_in_a_place_or_beside_danger_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Self-harm named inside a condition, asked about: what to do if it comes back.
@pytest.mark.parametrize("text", [
    "what should i do if i get the urge to cut myself again",
    "who do i ring if i end up hurting myself again over christmas",
])
def test_round_fifteens_self_harm_inside_an_asked_condition_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "i've just cut myself, who do i call if i feel like doing it again",
    "i'm cutting myself right now, what do i do if it won't stop",
    "im hurting myself again, who do i call",
])
def test_round_fifteens_self_harm_told_beside_such_a_question_still_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.self_harm


# A wedding the bride or groom chose, soon and abroad: no language's forced-marriage pattern reads it as forced.
@pytest.mark.parametrize("text", [
    "we fly to pakistan tomorrow for my brothers nikah, he picked her himself",
    "flying to bangladesh tonight for my cousins wedding, it was her own choice",
])
def test_round_fifteens_a_chosen_wedding_abroad_soon_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "flight to india tonight, they're forcing me to marry the man she chose",
    "mum says the man she chose for me is waiting, flight to india tonight for my wedding",
])
def test_round_fifteens_a_wedding_chosen_by_someone_else_stays_forced(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# Someone breaking into their own home, locked out, with nothing feared in it.
@pytest.mark.parametrize("text", [
    "my son forgot his keys and put the back window through to get in, the glass guy's coming tomorrow",
    "my husband locked himself out last night and kicked the door in, it's hanging off, any good joiners?",
])
def test_round_fifteens_breaking_into_ones_own_home_when_locked_out_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "my ex lost his key and he's kicking the door in, i'm scared",
    "he locked himself out and kicked the door in and now he's screaming at me",
    "my dad smashed the door in when he forgot his keys, he was drunk and raging",
])
def test_round_fifteens_breaking_in_beside_fear_or_someone_feared_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The classifier's danger_now gives way to the fifteenth round's kinds: no weapons there, nobody forcing a marriage,
# him moved to a town of his own, tagged, or not allowed back, an order in place now, children asleep, papers with a
# solicitor, a trip called off, damage mended or footage with the police, livestock penned, fired from a job, a
# carer's pill box, "..., i'm ok" at the end.
@pytest.mark.parametrize("text", [
    "he hasnt got a temper like that and there are no knives in the flat, he just sulks",
    "no one is forcing me to get married, im asking for my cousin",
    "she's been let out but she's moved to bristol and wears a tag, i'm fine",
    "my ex came round last month, police moved him on and there's a non molestation order on him now",
    "officers took him away, the baby is asleep now and he isn't allowed back",
    "the holiday to bangladesh was called off and my passport is with the police now",
    "the door they kicked in has been fixed and the officers have the doorbell footage",
    "the cows are penned in the shed for calving",
    "my stepdad got sacked from the warehouse for swearing at me, good riddance",
    "i do my nan's pills into her dosette every sunday",
    "there isn't any weapons in the flat, she just slams doors",
    "police removed him this afternoon and he cannot come back to the flat",
])
def test_round_fifteens_the_classifiers_danger_gives_way(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "there are no knives in the house but he's smashing the place up",
    "nobody's forcing me but my dad says i'm flying out tomorrow to marry my cousin and i'm scared",
    "he's moved to derby but he's outside my house right now",
    "he's not allowed back but he's banging on the door",
    "the wedding was called off but now they're taking me to pakistan tomorrow instead",
    "he got fired at work and now he's outside with a bat",
    "the kids are asleep now and he's pacing with a knife",
    "there aren't any knives in the house but he's got a hammer and he's shouting",
    "he can't come back here but he's at the door",
])
def test_round_fifteens_the_classifiers_danger_stands_beside_those_kinds(text: str) -> None:
    assert not told_as_not_now(text)


# Verb forms the patterns lacked: pills counted by the pack or injected, a door hammered on or booted off its hinges,
# "being jumped" with the "I'm" dropped.
@pytest.mark.parametrize("text, category", [
    ("i've just injected a load of my insulin, feeling shaky", "self_harm"),
    ("swallowed two whole packets of co-codamol an hour ago", "self_harm"),
    ("my ex is pounding on the front door shouting my name", "attack_on_home_now"),
    ("they've kicked the back door off its hinges", "attack_on_home_now"),
    ("being mugged on the canal path, help", "general"),
])
def test_round_fifteens_missing_verb_forms_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "i had a couple of strips of ibuprofen in my bag",
    "the nurse injected my insulin this morning",
    "the joiner is hammering on the door frame all morning",
    "being hit as a child shaped me",
    "he used to pound on the door every night",
    "being hit every day by my dad, is that abuse",
])
def test_round_fifteens_those_verbs_in_an_everyday_or_past_sense_are_not(text: str) -> None:
    assert detect_danger(text) is None


def test_round_fifteens_a_plant_strangling_a_fence_makes_the_classifiers_danger_give_way_unless_fear_is_beside_it() -> None:
    assert told_as_not_now("brambles are choking the allotment, need a strimmer")
    assert not told_as_not_now("the ivy's strangling our fence and he's been screaming he'll hurt me over it, i'm scared")


# Sixteenth round (sets 19 and 20 read): the patterns' false alarms, by kind. A break-in inside a condition asked
# about, a year or a child's age told as when it was, the night he did it, a vow for the future, a self-harm denied
# in so many words, other people's self-harm asked about, a lock-in denied, "we were kept" (the past), a referee's
# decision, a joke laughed in an emoji beside an idiom.
@pytest.mark.parametrize("text", [
    "what happens if someone tried kicking the door in while we're on holiday",
    "in case somebody ever tries smashing my windows while i'm at work, do i need cameras",
    "the fire bomb through our letterbox was 2019, is the investigation still open",
    "my aunt was forced to marry at 16 in pakistan, she is settled now here, can we talk about it",
    "i keep having flashbacks of the night my ex strangled me, i moved away and i'm with my sister",
    "i'll never let anyone put their hands round my throat again, he's gone and i'm in a new flat",
    "work's hard but no thoughts of hurting myself, just knackered",
    "are there any groups for people who have self harmed in their teens?",
    "she never locked me in, but i felt watched all the time, is that abuse?",
    "we were kept in the ground after the game for two hours by stewards, is that allowed",
    "the referee strangled us with that decision, robbed again",
    "maths revision is killing me i want to die 🤣",
])
def test_round_sixteens_false_alarms_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "if someone tries breaking in i'm terrified he'll hurt me, he's been outside all night",
    "someone is kicking the door in, what would happen if they get upstairs",
    "if he's breaking in right now what do i do",
    "the case is still open and he's outside my house right now",
    "i will never let him put his hands on my neck again, he's got a knife now",
    "i will never let anyone hit me again, he's hitting me right now",
    "no thoughts of harming myself before but i've just cut myself badly",
    "i want to die 😂 no really i've taken 20 pills",
    "the night he strangled me was last year and now he's strangling me again",
    "we're kept in the back room and they lock us in at night",
])
def test_round_sixteens_danger_beside_those_kinds_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The classifier's danger_now gives way to the sixteenth round's kinds: no weapon said first, nothing physical, not
# going to hurt anyone, never found, a tag worn, him living abroad, help had for someone's mental health.
@pytest.mark.parametrize("text", [
    "no knife, she just yelled at me at the bus stop on monday",
    "nothing physical, she just glares at me across the office",
    "he has never been physical, he just sulks for days",
    "she isn't going to hurt anyone, she's just loud when she drinks",
    "my ex has never tracked me down since i moved, i just want to close the case",
    "my nephew came out of young offenders and has to wear the tag, just asking about the rules",
    "my stalker found my new twitter but he lives in france, just want it logged",
    "my brother's struggled since his tour but he sees someone at the mental health team now",
    "my gran was married off at 14, she's happy now, is that something you record",
])
def test_round_sixteens_the_classifiers_danger_gives_way(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "nothing physical yet but he's at my door now shouting",
    "he's never found me before but he's at my door right now",
    "he isn't going to hurt me if i keep quiet, he says, and he won't let me leave",
    "he lives in spain but he's outside my flat right now",
    "my cousin lives in pakistan and they're flying me out tomorrow to marry him, i said no",
    "i see a counsellor but i've taken all my tablets",
])
def test_round_sixteens_the_classifiers_danger_stands_beside_those_kinds(text: str) -> None:
    assert detect_danger(text) is not None or not told_as_not_now(text)


# The sixteenth round's misses, by kind: an ultimatum to marry ("or else", "or they'll disown me"), a yes never
# given, "locks us in" with the person in there now, a death foretold to the listener on a near day (a threat, not
# the listener's own wish), the feared one at the door with the "is" dropped, the next room, a cut too deep, a wound
# that will not stop bleeding; and verb forms the patterns lacked: breaking the door, a stone just come through the
# window, a man in her bedroom, someone tied up, out of young offenders, kept in with locks.
@pytest.mark.parametrize("text, category", [
    ("dad says i marry him next week or else", "forced_marriage_or_fgm"),
    ("my uncle says i marry the man on sunday or they'll disown me", "forced_marriage_or_fgm"),
    ("they're flying me out on friday for the nikah, i never said yes", "forced_marriage_or_fgm"),
    ("she locks us in the cellar when she goes out, we're in there now", "held_captive"),
    ("his brother texted: you're gonna die this weekend", "threat_to_kill"),
    ("stalker outside my flat again, i'm on my own", "general"),
    ("my ex is in the next room, i'm in the bathroom", "general"),
    ("i've cut too deep and i can't stop it", "self_harm"),
    ("the cut on his head won't stop bleeding, the lads ran off", "general"),
    ("they're breaking my front door, i'm upstairs", "attack_on_home_now"),
    ("a rock's just come through the bedroom window", "attack_on_home_now"),
    ("there's a man in her bedroom and she's crying", "attack_on_home_now"),
    ("there's a girl tied up in the van next door", "held_captive"),
    ("my brother got out of young offenders this morning and he's outside", "released_or_found"),
    ("they keep us in the unit at night and put locks on the outside", "held_captive"),
])
def test_round_sixteens_misses_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "we're getting married on saturday or next month, not decided yet",
    "we're getting married tomorrow or they'll have to move the venue",
    "the shop locks us in at closing for the stock count, is that allowed",
    "you'll die this weekend when you see my new haircut lol",
    "my ex outside my house last week, police moved him on",
    "my nose won't stop bleeding, is that normal",
    "i cut deep into the lino with the stanley knife",
    "the builders are breaking the back door out today for the new one",
    "i'll never let a man lock me in again, i'm in my own flat with my kids now",
])
def test_round_sixteens_those_words_in_an_everyday_past_or_joking_sense_are_not(text: str) -> None:
    assert detect_danger(text) is None


# The seventeenth round's false alarms, by kind: a brother, a sister or a flatmate at a door in a laughing squabble, a
# broken lift or stairlift keeping someone in, a film on again and laughed at, cutting long ago of a woman grown now,
# force denied before the marriage, a likeness ("felt like being held prisoner"), found by someone who only wrote.
@pytest.mark.parametrize("text", [
    "my flatmate is banging on my door because i ate her yoghurt lol",
    "my sister is kicking my door cos i borrowed her straighteners 😂",
    "the lift in our block is out of order again so i can't get out with the pram, who do i complain to",
    "my stairlift is broken and i cant get out of the flat, can the council help",
    "Gladiator is on again tonight lol blokes getting stabbed left right and centre",
    "the school nurse said a mum she met today had FGM as a baby in Sudan, she's 40 now, do I record it",
    "nobody is forcing me to get married, i just don't fancy the trip to pakistan next summer, can they make me go?",
    "being in that hostel felt like being held prisoner, glad i'm out now",
    "my old dentist found my new address and just sent a reminder letter lol",
])
def test_round_seventeens_false_alarms_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "my brother is kicking my door in lol he's got a knife",
    "my ex is banging on my door lol i'm scared",
    "the lift is broken and he's locked me in the flat",
    "the lift is broken and i cant get out, he took my phone and keys",
    "it feels like being held hostage, he won't let me leave",
    "my ex found my new address and only sent a letter but i'm terrified",
    "she had FGM as a child and now they want to cut her daughter tomorrow",
])
def test_round_seventeens_danger_beside_those_kinds_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The seventeenth round's misses, by kind: a head stamped on or kicked in as it happens, a cut "bad" that is "not
# stoping bleeding", a threat in the present progressive in someone's reported words ("says he's killing me tonight"),
# a tool brought to the door ("at the door with a bat"), a daughter sold into a marriage, "lock us in" in the present
# as people with little English write it, fuel poured on a home and a can of petrol held.
@pytest.mark.parametrize("text, category", [
    ("lads outside the chippy, one is getting his head kicked in", "general"),
    ("i've cut my legs really bad and it's not stoping bleeding", "self_harm"),
    ("the cut on my arm is not stoping bleeding", "general"),
    ("her boyfriend is texting that he's killing her tonight", "threat_to_kill"),
    ("my loan shark is at the door with a hammer", "weapon"),
    ("my uncle sold me to marry his friend, the wedding is on saturday", "forced_marriage_or_fgm"),
    ("my dad sold my sister to a man, she is getting married tomorrow", "forced_marriage_or_fgm"),
    ("they lock us in the room at the car wash, we are 4 men", "held_captive"),
    ("someone pours petrol through my letterbox", "fire"),
    ("he's in the hallway with a can of petrol", "fire"),
    ("there's a man in my kitchen. GUN. please", "weapon"),
    ("she set fire to the curtains and its spreading, the baby is upstairs", "fire"),
    ("som1 set my shed on fire and they're still in the garden", "fire"),
])
def test_round_seventeens_misses_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "i'm going to lock us in the house tonight and watch films",
    "he says he's killing it at work",
    "he filled the mower with a can of petrol",
    "i bought a can of petrol for the generator",
    "we sold my car to pay for the wedding next week",
    "what should i bring for the picnic: fork, spoon, knife.",
    "they set fire to the bins last week, still no one arrested",
])
def test_round_seventeens_those_words_in_an_everyday_sense_are_not(text: str) -> None:
    assert detect_danger(text) is None


# Two more of the seventeenth round's misses: a wheelchair or a frame taken so the person cannot move, and poison
# drunk told in the present as people with little English write it; not a chair taken for repair, nor a pet.
@pytest.mark.parametrize("text, category", [
    ("she's hidden my walking frame in the garage, i cant get up off the sofa", "held_captive"),
    ("my son locked away my mobility scooter and says i'm not going anywhere. i can't leave", "held_captive"),
    ("my brother drink bleach, he is on the kitchen floor", "self_harm"),
])
def test_round_seventeens_a_mobility_aid_taken_or_poison_drunk_is_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "the wheelchair was taken for repair, i can't move around much this week",
    "someone took my chair in the canteen lol",
    "my dog drinks antifreeze? what do i do",
])
def test_round_seventeens_a_chair_taken_or_a_pet_is_not(text: str) -> None:
    assert detect_danger(text) is None


# The eighteenth round (sets 23 and 24 read). Past time: "last night" and "last <weekday>", a date right after a past
# act ("punched 3rd March"); "back in" a place is not a past time ("the minute I walk back in the house").
@pytest.mark.parametrize("text", [
    "someone tried my car door handle last night, nothing taken, want to log it",
    "the cctv caught a man trying the back door last friday, he ran off",
    "choked 2nd June at his flat, statement already given to the officer, im at my mums now",
])
def test_round_eighteens_last_night_a_weekday_or_a_date_is_past(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "he says he's gonna kill me as soon as I walk back in the house, I'm sat in the car",
    "he's been outside since last night and he's banging on the door",
    "my dad is shouting this is your last night on earth at my mum",
    "they tried the door last night and they're back now trying the door again",
])
def test_round_eighteens_danger_beside_such_words_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The eighteenth round's false alarms, by kind: a door kicked in on a game's map, "on fire" of a mouth after a chilli or
# of a worker doing well, a pet that found its owner, pills locked in a box, clothes too tight, a lanyard that caught, a
# game or a title choked, a word asked about, the feared one dead now, a marriage years away, a weary moan, a knife
# asked about as an offensive weapon.
@pytest.mark.parametrize("text", [
    "smashing the windows in on the new map is the best bit of the update",
    "that vindaloo set my tongue on fire 🔥",
    "our new striker is on fire, scored twice again 🔥",
    "our dog found me at the park after he ran off lol",
    "i keep my nan's pills locked in a tin so she doesn't double up",
    "these trousers are choking me after all that turkey 😂",
    "my headphones cable nearly choked me when it caught on the door handle, all fine",
    "the visitors are strangling the life out of the match, nil nil",
    "is strangle a rude word or a real word in football",
    "he never actually set the shed alight, he threatened to years ago and he's dead now",
    "my family want me to get married in a few years after my degree, not forcing me",
    "work is killing me i want to die 😫",
    "is a machete an offensive weapon if it's for the allotment",
])
def test_round_eighteens_false_alarms_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "my house is on fire 🔥 help",
    "he set my curtains on fire and my mouth is burning from the smoke",
    "his dog found me at my new flat and he's outside now",
    "he's locked me in the box room",
    "he's choking me with my scarf help",
    "he choked the life out of my sister, she's not breathing",
    "he's dead now but his brother is outside my house with a knife",
    "they're forcing me to marry my cousin tomorrow, in a few years i'd have finished uni",
    "i want to die 😩 i've taken all my tablets",
    "is it a crime, he's got a knife to my throat",
])
def test_round_eighteens_danger_beside_those_kinds_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The eighteenth round's misses, by kind: a rope or a blade ready, "over dose" in two words, a bottle of drink downed with
# pills, a car's exhaust piped in, the danger's name alone ("strangled"), a farewell sent with a photo, a stranger in the
# house with the "there's" dropped, "at door now" with the article dropped, the car that followed them just pulled in
# behind, passports held by a boss and the workers kept at the work, "knifes".
@pytest.mark.parametrize("text, category", [
    ("got the noose ready for when everyone's asleep", "self_harm"),
    ("my daughter took an over dose of her tablets, she's drowsy", "self_harm"),
    ("necked a bottle of wine and the whole of my sertraline", "self_harm"),
    ("in the garage with the engine running and a pipe from the exhaust", "self_harm"),
    ("strangled. help", "strangulation"),
    ("my ex sent me a picture of the kids saying say goodbye to them", "threat_to_kill"),
    ("a man inside my flat, i can hear him in the kitchen", "attack_on_home_now"),
    ("my ex is outside house now, kids are here", "general"),
    ("the van that's been behind me for miles has just pulled up behind me at the lights", "general"),
    ("the gangmaster keeps our passports and we live in a caravan on the farm", "held_captive"),
    ("he's waving the knifes at me", "weapon"),
])
def test_round_eighteens_misses_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "my parents took my passport so i can't leave",
    "the agency kept my passport for a week last year when i started",
    "got the rope ready for the tug of war at sports day lol",
    "my husband took an over dose in 2019, he's doing well now",
    "mechanic says the exhaust pipe needs replacing",
    "she sent a card saying goodbye, she's moving to Spain",
    "someone in my house keeps eating my yoghurts",
    "a van pulled up behind me at the lights last week and flashed me",
])
def test_round_eighteens_those_words_in_an_everyday_or_past_sense_are_not(text: str) -> None:
    assert detect_danger(text) is None


# A beating seen long ago that "still bothers" the person: a lingering feeling, not a danger now, so the classifiers'
# danger_now gives way; "still" of someone there stays present.
def test_round_eighteens_a_past_event_that_still_bothers_someone_is_told_as_not_now() -> None:
    assert told_as_not_now("saw a man get glassed outside a club years ago and it still haunts me")
    assert not told_as_not_now("he glassed me years ago and he's still outside my flat")


# The nineteenth round's false alarms, by kind (sets 25 and 26 read): a work released, a burden "strangling" someone,
# injuries healed, a dose forgotten, "not an emergency", the person better now, a past act on a feast day, a break-in it
# only sounds like, a teacher of FGM, a grandparent who found them and sent a card, a forced marriage asked about as a
# what-if.
@pytest.mark.parametrize("text", [
    "we just released our debut album this morning, go stream it",
    "the bills are choking us this month, I want to ask about the victim fund",
    "the cuts on my arm have all healed now and he is in prison",
    "missed my meds yesterday and I feel rubbish today, not urgent",
    "im much better now, seeing a therapist, I want to report what my uncle did to me",
    "my son pushed me into the wardrobe on new year's eve, he's moved out and I'd like to talk to someone",
    "he grabbed my neck on my birthday and hasn't been near since, can I make a statement",
    "the builders next door are so loud it sounds like a gang breaking in lol",
    "we're running a workshop on forced marriage for teachers next month, can you send posters",
    "my nan tracked down where i work and sent me flowers 🥰",
    "what happens if my parents ever tried to take my sister abroad for cutting? asking for the future",
])
def test_round_nineteens_false_alarms_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "the police released him this morning and he's outside my flat",
    "my boss is strangling me in the stockroom help",
    "the bruises have gone down but he's outside now with a knife",
    "i forgot my tablets so i've taken the whole box of paracetamol instead",
    "he grabbed my neck on christmas day and now he's got his hands round my neck again",
    "it sounds like someone's breaking in downstairs, i'm terrified",
    "we're running a workshop on forced marriage and my sister is being taken to the airport tomorrow to marry a stranger",
    "my ex found where i live and he's at the door right now",
    "if my family tries to stop me they'll kill me, the wedding is tomorrow and I'm being forced",
])
def test_round_nineteens_danger_beside_those_kinds_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The nineteenth round's misses, by kind: a forced marriage soon said as "not my choice", as a "no" in few words, or as a
# marriage "to fix" someone gay while they are kept at a relative's, "not want" in few words, nobody asked her.
@pytest.mark.parametrize("text", [
    "wedding is on friday, it was never my choice, please",
    "they marry me next week. i say no. they not listen",
    "my parents are marrying me off tomorrow to cure me of being gay",
    "the nikah is this weekend and they're keeping me at my aunties house till then",
    "nikah sunday. me not want. family angry",
    "the wedding is in three days and nobody asked me, pls",
])
def test_round_nineteens_forced_marriage_soon_is_caught(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


@pytest.mark.parametrize("text", [
    "my sister's wedding is this weekend and it was her choice, so excited",
    "my cousin's nikah is tomorrow and i'm keeping her at my house tonight to do her henna, can't wait",
])
def test_round_nineteens_a_wanted_wedding_soon_is_not(text: str) -> None:
    assert detect_danger(text) is None



# A wedding soon read as wanted gives way to no one when the Banglish says it is forced or unwanted ("jor kore", "ami
# raji na", a girl of 16): the language rounds teach such lines as danger_now (twenty-third round, after the merge).
@pytest.mark.parametrize("text", [
    "nikah ei sunday, ami raji na, keu sunche na",
    "ei sunday nikah dicche jor kore, amar icche nai",
    "sunday te or nikah, o matro 16 bochor",
])
def test_a_banglish_forced_wedding_soon_is_no_wanted_wedding(text: str) -> None:
    assert not told_as_not_now(text)


def test_a_banglish_wanted_wedding_soon_still_is() -> None:
    assert told_as_not_now("amar nikah sunday, khub excited, sobai asbe")

# "Not an emergency" said in so many words lets a classifier's danger_now give way (the patterns still read it).
def test_round_nineteens_not_an_emergency_is_told_as_not_now() -> None:
    assert told_as_not_now("found a blade in my daughter's school bag, took it off her, not an emergency, who should I speak to")
    assert not told_as_not_now("not an emergency but please help, he's scaring me")


# So do a game's kill told "in cod", medicine taken "as prescribed" and one child said to be safe; "not as prescribed" and
# fear beside do not.
def test_round_nineteens_a_game_medicine_as_prescribed_or_a_child_safe_is_told_as_not_now() -> None:
    assert told_as_not_now("in cod my mate stabbed me 5 times in a row 😂")
    assert told_as_not_now("had my night meds as prescribed, carry on")
    assert told_as_not_now("my son is safe at his nan's and there's an order on his dad, can I add to my statement")
    assert not told_as_not_now("took my tablets, not as prescribed, the whole lot")
    assert not told_as_not_now("my son is safe upstairs but please help, I'm scared of what he'll do")


# Issue 9/10 gap: fuel on a fire lit for the garden, the grill or the hearth, told as a hobby or a warning, is not
# arson; the same fuel with danger beside (a threat, fear, someone's home or car, "he", people "now") still fires.
@pytest.mark.parametrize("text", [
    "my grandad always chucks petrol on the bonfire to get it going",
    "is lighter fluid on a charcoal bbq safe or does it taint the food",
    "never use petrol on your firepit, it can flash back",
    "we put a bit of diesel on the garden fire to burn the hedge trimmings",
    "can i use paraffin on my log burner when the wood is damp",
    "poured petrol on the bonfire yesterday and lost my eyebrows lol",
])
def test_fuel_on_a_hobby_fire_is_not(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "he's pouring petrol on the bonfire and says he'll throw me on it",
    "i'm terrified, she's soaked the bonfire in petrol right by our back door",
    "they're pouring petrol on a bonfire against my car now",
    "someone is pouring petrol on the barbecue next to my house and shouting my name",
    "pouring petrol on the garden fire and its spreading to next door's fence",
])
def test_fuel_on_a_hobby_fire_with_danger_beside_still_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "fire"


# Issue 9/10 gap: a forcing act going on as they write, with a bare "now", to a marriage ("driving me to the imam now");
# a marriage or an engagement that is simply so now, or a forcing act told in the past, is not.
@pytest.mark.parametrize("text", [
    "my brothers are driving me to the imam now, i never agreed",
    "my uncle is taking me to the nikah now",
    "they're dragging me to the mosque now to marry a man i've never met",
    "i'm being taken to the imam now to be married",
])
def test_forcing_act_now_to_a_marriage_is_caught(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


@pytest.mark.parametrize("text", [
    "i'm married now and very happy",
    "we're engaged now, he proposed on the beach",
    "my sister's happily married now with two kids",
    "they were taking me to the imam back in 2019 and now i'm divorced and safe",
])
def test_married_or_engaged_now_is_not(text: str) -> None:
    assert detect_danger(text) is None


# The twentieth round's false alarms (sets 27 and 28 read), by kind: walls knocked through by builders with no article, a
# cook's "knife skills", a weapon flashed "every few weeks", a door kicked in years ago that is "still" unfixed and a lock-in
# that one "still can't" get over, a song or a meal that "was fire" and a mouth still burning from it, a harm word with a
# "no" right before it, a panic attack, a feeling of being trapped, "nobody is locked in", a project's question of law,
# being made to dance at a wedding, letters or photos burnt.
@pytest.mark.parametrize("text", [
    "the workmen upstairs are knocking walls through all week, the dust is everywhere",
    "my knife skills are getting better, chopped all the veg in five minutes tonight 🔪",
    "a lad waves a blade at the bus drivers every few weeks, our depot wants to log it for the figures",
    "my ex smashed the window in 2020 and the council still haven't replaced the glass, who do i ask",
    "he held me in the flat for a week back in 2017 and i still can't bear a locked room, is there counselling",
    "that new tune is fire, been playing it on repeat",
    "the chilli at the staff party was fire, my lips are still burning",
    "the carbon monoxide alarm went off, no smoke or anything, just a fault i think",
    "i keep getting panic attacks on the bus, my chest goes tight, nothing has happened to me",
    "since the accident i feel so trapped in the house but no one stops me going out",
    "is anyone forced to work at that car wash? nobody is kept in or locked in as far as i know",
    "doing an essay on domestic abuse, is strangling during sex a crime in the uk now",
    "my cousin's wedding is this saturday and mum is making me sing a song in front of everyone",
    "she just burnt all the photos of us together, we're over i guess",
])
def test_round_twenties_false_alarms_are_not_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "the builder is smashing my windows and shouting at me right now",
    "he's waving a blade at me right now, he's done it before every few weeks but never this close",
    "he locked me in last night and i still can't get out",
    "my mouth is burning, he put something in my drink and i'm scared",
    "no fire yet but the smoke is coming under the door now",
    "i feel trapped in the house, he took my keys and says he'll hurt me",
    "they locked me in the room and nobody is here to help",
    "the wedding is on saturday, they're making me wear the dress and i don't want to marry him",
    "he just burnt my photos in the garden and says the house is next",
])
def test_round_twenties_danger_beside_those_kinds_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The twentieth round's misses, by kind: a small child alone by a road or water, a threat with "hell"/"shell" for
# "he'll"/"she'll", a reported condition with a deadline in hours or a threat to kill and then himself, a negation inside
# the condition ("if she isn't back by ten he's going to kill her"), a shout kept up as they listen, told they are not
# coming back before a wedding soon.
@pytest.mark.parametrize("text, category", [
    ("little girl about three wandering on her own by the canal, nobody with her", "child_in_danger"),
    ("a baby in a pushchair is out on the dual carriageway by itself, no adults about", "child_in_danger"),
    ("my ex says shell stab me when i get in, shes waiting in the flat", "threat_to_kill"),
    ("he texted if i'm not back by 11 he'll kill the dog and then me, he's at the house now", "threat_to_kill"),
    ("my uncle says if i dont come home tonight he's going to hurt my mum, she's alone with him", "threat_to_kill"),
    ("he said if i call anyone he will kill me and the kids and then himself, he's in the kitchen", "threat_to_kill"),
    ("the man upstairs keeps shouting put the gun down again and again, i can hear her crying", "weapon"),
    ("my dad just told me i'm not going back to college, the nikah is on sunday", "forced_marriage_or_fgm"),
])
def test_round_twenties_misses_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "what age can a toddler be left alone at home",
    "my 4 year old walks to nursery with me along the main road",
    "my sister says shell kill me if i scratch her car 😂",
    "my brother says hell murder me for nicking his charger",
    "nan has dementia and keeps telling the carers she'll shoot them, she's 90 and in bed",
    "if he doesn't stop drinking he's going to kill himself one day",
    "the toddler group by the river is on saturdays, can i bring my nephew",
    "my cousin's wedding is on saturday and she's not coming back to work till after the honeymoon, so happy for her",
])
def test_round_twenties_those_words_in_an_everyday_sense_are_not(text: str) -> None:
    assert detect_danger(text) is None


# More of the twentieth round's detector misses, by kind: a throat misspelt, a stranger with a weapon with no article, "she
# been stabbed" with the "has" dropped, a sofa or a bed lit, someone shut in a car's boot.
@pytest.mark.parametrize("text, category", [
    ("hes got both hands round my throte, i got away to the bathroom", "strangulation"),
    ("lads with knives outside the chippy on Narborough Road, everyone running", "weapon"),
    ("he been stabbed in the leg and its pouring out, Braunstone", "general"),
    ("she's lit the mattress upstairs and the kids are in there", "fire"),
    ("they've put me in the boot, the car is moving, i can't see", "held_captive"),
])
def test_round_twenties_more_misses_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "there was a man with a gun in the film last night, scary stuff",
    "the dog's lead is in the boot of the car",
    "she been stabbing at her dinner with a fork all night lol",
    "we lit the candles on the cake and sang",
])
def test_round_twenties_more_of_those_words_are_not(text: str) -> None:
    assert detect_danger(text) is None


# Issue 9, eleventh language teaching round (Punjabi): 'nothing so far' ('abhi tak kuch nahi', 'ਹੁਣ ਤੱਕ ਕੁਝ ਨਹੀਂ',
# 'ہن تک کجھ نئیں') is no now word, so a what-if asked in a question gives way; 'abhi tak' with something going on
# as they write does not.
@pytest.mark.parametrize("text, language, gives_way", [
    ("je kade oh ghar aa gaya taan main ki karaan? abhi tak kuch nahi hoya bas puchh rahi aa", "romanised", True),
    ("ਜੇ ਉਹ ਕਦੇ ਘਰ ਆ ਗਿਆ ਤਾਂ ਮੈਂ ਕੀ ਕਰਾਂ? ਹੁਣ ਤੱਕ ਕੁਝ ਨਹੀਂ ਹੋਇਆ, ਬੱਸ ਪੁੱਛ ਰਹੀ ਆਂ", "pa", True),
    ("جے کدی اوہ گھر نوں اگ لا دیوے تے میں کی کراں؟ ہن تک کجھ نئیں کیتا، بس پچھ رہی آں", "pa", True),
    ("abhi tak oh darwaza kutt reha aa, main andar luki aa", "romanised", False),
])
def test_nothing_so_far_is_no_now_word_in_punjabi(text: str, language: str, gives_way: bool) -> None:
    assert told_as_not_now_in(text, language) is gives_way


# Twenty-first English round (sets 29 and 30 read): the detector's misses by kind, in other words than the sets'.
@pytest.mark.parametrize("text, category", [
    # "end it" with a time set, a goodbye with the act said done, a roof named with its place before it
    ("im gonna end it after my shift, ive had enough", "self_harm"),
    ("bye. did it this time", "self_harm"),
    ("stood on the hospital roof and i want to jump", "self_harm"),
    # a strangling misspelt, and a stranger's neck
    ("he strngld me in the car just now", "strangulation"),
    ("some bloke has his arm round a lad's throat outside the chippy right now", "strangulation"),
    # a petrol bomb by what it is made of, fire with its word left out, another fuel poured on furniture
    ("three lads by the gate lighting a rag in a wine bottle", "fire"),
    ("the sofa has caught and he's still in the lounge", "fire"),
    ("our front door feels really hot and theres shouting on the landing", "fire"),
    ("she splashed paraffin all over the bedroom carpet and shes got a lighter", "fire"),
    # a tool without its article and a threat to use it; a head or legs to be broken
    ("my brother has bat. he says he will smash my face", "weapon"),
    ("he just texted hes going to break my legs tonight", "threat_to_kill"),
    # behind them as they write; the one who follows them, said in the present, at their home
    ("a guy from the bar is still behind me and i'm nearly home", "general"),
    ("the lad who stalks me is at the back gate", "released_or_found"),
    # a child held over a drop, snatched out of a pram; a child next door out on a ledge
    ("her boyfriend is holding him out of the window", "child_in_danger"),
    ("a woman just yanked her out of the buggy at the bus stop", "child_in_danger"),
    ("the toddler upstairs is out on the window sill and nobody's answering", "child_in_danger"),
    # held in a two-word room, not let go out; a ticket bought for her and a wedding on landing
    ("they lock us in the back store room at the nail bar", "held_captive"),
    ("my dad is screaming at me and won't let me go out", "held_captive"),
    ("my uncles got the flights for me for tomorrow, married the day i land", "forced_marriage_or_fgm"),
    # someone feared over the fence as they write; a neighbour's windows put in
    ("her ex is getting over the side fence now", "attack_on_home_now"),
    ("the old lady opposite is getting her windows put in by lads", "attack_on_home_now"),
])
def test_round_twenty_ones_misses_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


# ... and the same words in their everyday sense, or the set's false alarms' kinds, in other words.
@pytest.mark.parametrize("text", [
    "i'm going to end it with him tonight, wish me luck",
    "bye, did it all myself, the shed looks great",
    "we had our lunch on the car park roof at work",
    "the oven door is hot, careful",
    "my car door is hot from the sun",
    "i poured white spirit on my brushes after painting the door",
    "we light the bottle candles at christmas",
    "he has a hammer for the shelves, he says he will hit the nails in",
    "you'll break your neck on those icy steps",
    "we're still behind with the rent",
    "the nurse took her from my arms to weigh her",
    "my mum won't let me go out with my mates tonight",
    "i booked the tickets for me and my wife, our anniversary is tomorrow",
    "my nephew is in danger of failing maths",
    "no phone for a week, basically a prisoner in my room lol",
    "all locked in for the night, kids asleep, all safe",
    "my son found my new house and came round with a cake, we're on good terms now",
    "next door's bonfire smoke gets on my washing, not dangerous just annoying",
    "the man who mugged me with a knife got sentenced last week, thank you",
    "We had forced marriage training at work today, what signs should a TA look for",
])
def test_round_twenty_ones_everyday_words_are_not(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "going to kill it at my interview tomorrow 💪",
    "grounded all weekend, literally held hostage by my mum",
])
def test_round_twenty_ones_figures_give_way(text: str) -> None:
    assert told_as_not_now(text)


# Twenty-second round (English sets 31 and 32 read): each kind the sets missed, in other words.
@pytest.mark.parametrize(("text", "category"), [
    ("he swallowed everything in the cupboard and feels really sleepy", "self_harm"),
    ("my mate has taken a whole packet of something and is going grey", "self_harm"),
    ("i'm gonna inject all my insulin tonight", "self_harm"),
    ("after work today i'm ending it, been saving my tablets for weeks", "self_harm"),
    ("someone sat in a car in the lay-by with a hosepipe through the back window, engine running", "self_harm"),
    ("he is shoving me out of the car on the motorway", "general"),
    ("two lads dragging a girl into a van on the high street", "general"),
    ("he just raped me and he's still in the flat", "general"),
    ("she says she'll finish the job when she gets back tonight", "threat_to_kill"),
    ("message from her saying i'm killing you when i see you", "threat_to_kill"),
    ("he's holding the screwdriver and says hell use it on me if i scream", "weapon"),
    ("a lad waiting outside the gym with a crowbar for my brother", "weapon"),
    ("i moved to Hinckley to get away and she's just parked outside", "released_or_found"),
    ("my sister just saw him walking down our street", "released_or_found"),
    ("the bloke who keeps stalking me just sat down next to me on the tram", "released_or_found"),
    ("she's following me in her car as i walk to work", "general"),
    ("a woman trying to get a little boy to go with her at the park, he's crying", "child_in_danger"),
    ("my daughter's been taken to some older lads' flat tonight", "child_in_danger"),
    ("he says he'll take them both tonight and i'll never see them again", "child_in_danger"),
    ("my husband is drunk and about to drive off with the kids", "child_in_danger"),
    ("i can hear slaps through the wall and the little one next door is crying", "child_in_danger"),
    ("the boy upstairs is screaming for help", "child_in_danger"),
    ("he's sending me a photo of a gun next to her cot", "child_in_danger"),
    ("he's got me in his lorry and won't let me out", "held_captive"),
    ("they say she's not leaving until she signs", "held_captive"),
    ("took my phone and locked the room, my dad did", "held_captive"),
    ("we're on the landline hidden in the wardrobe", "general"),
    ("someone smashed through the conservatory doors, we're upstairs", "attack_on_home_now"),
    ("she's kicked the bedroom door open and she's inside now", "attack_on_home_now"),
    ("our van has just been set alight outside the house", "fire"),
    ("the cutter is booked for tomorrow to do it to my niece", "forced_marriage_or_fgm"),
    ("flight's at 4am, mum says it's a trip to see nan but it's my wedding", "forced_marriage_or_fgm"),
    ("he's got the rolling pin and keeps hitting me with it", "weapon"),
    ("she rang this morning and said she'll kill me after my shift today", "threat_to_kill"),
    # a play park is no stage play (the picture guard's "play")
    ("in the play park and hes got his hands round my neck", "strangulation"),    ("someone dragging a girl across the car park now", "general"),
])
def test_round_twenty_twos_misses_are_caught(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


# ... and the kinds of the sets' false alarms, in other words: a dream, a weapon kept as evidence, a drink "overdosed"
# on, food burnt for a laugh, a sibling's threat over a thing of theirs, a law question put after its condition, made
# to go to someone else's wedding, a neck in a painting or a film, a theft of "everything i had".
@pytest.mark.parametrize("text", [
    "i had a nightmare that he'd locked me in the shed",
    "i keep dreaming she's choking me, then i wake up",
    "the gun he had is with the police now, can I get a copy of the report",
    "the knife he held is still with police evidence",
    "overdosed on energy drinks revising lol",
    "burnt the rice again lol whole kitchen is smoke 😂",
    "my sister says she'll kill me if i wear her dress again 😂",
    "if my husband takes my passport and locks me in, would that count as a crime?",
    "made to go to my mate's wedding on saturday, so boring lol",
    "the painting shows a man with his hands round a girl's neck",
    "in the gallery there's a statue of a woman with a rope round her neck",
    "he took everything i had and i feel sick about it",
    "i'm going to take them all to the park tonight",
    "dragging the bins to the car before work",
    # "dragging" with no person after it (present_harm): feet, a suitcase, a week that drags
    "im dragging my feet about reporting it",
    "this week is really dragging",
    "dragging my suitcase out of the house now",
])
def test_round_twenty_twos_everyday_words_are_not(text: str) -> None:
    assert detect_danger(text) is None


# Thirteenth language round, after the merge: danger_now examples that gave way to their own language's past words,
# by kind, in other words: "if she tells" closed by a comma before "and now he is outside" (Arabic); someone sitting
# in front of the home watched from the window (Bengali); a plea to be got out (Punjabi, both scripts); "refuses
# marriage" is no "since the wedding" (Punjabi); a reported plan for this weekend in its own clause, and a joke said to
# be one (romanised Punjabi).
@pytest.mark.parametrize("text, language, gives_way", [
    ("قالت لي انه بيضربها اذا تأخرت، وهلق هو واقف عند باب المدرسة", "ar", False),
    ("اذا رجع هلق بتصل فيكم", "ar", True),
    ("ভাই জেল থেকে বের হইছে গত মাসে, বাড়ির সামনে দাঁড়িয়ে আছে গাড়ি নিয়া", "bn", False),
    ("ਸਹੁਰਿਆਂ ਨੇ ਫੋਨ ਖੋਹ ਲਿਆ ਸੀ, ਮੈਨੂੰ ਇੱਥੋਂ ਕੱਢੋ", "pa", False),
    ("ਭਰਾ ਨੇ ਭੈਣ ਨੂੰ ਕਮਰੇ ਚ ਡੱਕ ਕੇ ਰੱਖਿਆ ਹੈ ਕਿਉਂਕਿ ਉਹ ਵਿਆਹ ਤੋਂ ਇਨਕਾਰ ਕਰਦੀ", "pa", False),
    ("ਵਿਆਹ ਤੋਂ ਬਾਅਦ ਉਹ ਮੈਨੂੰ ਮਾਰਦਾ ਸੀ", "pa", True),
    ("oh dasdi si, agle hafte apni kudi nu pind lai ke jaa rahe cutting layi", "romanised", False),
    ("yaar kehnda si tenu maar dunga, mazaak karda si", "romanised", True),
])
def test_a_danger_example_keeps_its_now_beside_its_own_past_words(text: str, language: str, gives_way: bool) -> None:
    assert told_as_not_now_in(text, language) is gives_way


# Twenty-third round (English sets 35 and 36 read), by kind. An account with a past time followed by a present clause
# that is itself a safe or elsewhere statement keeps its past reading: the one hurt has recovered or died long since, is
# getting help, the matter is sorted, the writer is staying with family, the other person is at work, away on a trip or
# abroad, the home's "now", the danger said not to be happening; a patois "inna di" read as "in the".
@pytest.mark.parametrize("text", [
    "someone glassed my brother outside a pub in april, he recovered now, is it too late to report",
    "my nan was beaten by a neighbour back in the eighties, she passed away now, i want it on record",
    "he was choking her back inna di sixties, she pass now",
    "my aunt took an overdose last year, we live far away, she is getting help now",
    "he hit me in june, im at my sisters in oadby now and i want to know what happens next",
    "he always threatens to stab me when he drinks, hes away with work at the moment, what are my options",
    "he always says he'll torch my car when he loses his temper. now he is in portugal for a month so im alright",
    "if she ever finds where we live now she will kill us, that's why we moved, i want to report the old stuff",
    "is it a crime if he holds me down for a bit? it is not happening now, i just want to understand the law",
    "someone punched my mate in october, he's fine now, can he still report it",
])
def test_round_twenty_threes_safe_present_clause_keeps_the_past(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# ... and both ways: a past time and a present clause that says the danger is here stays danger now.
@pytest.mark.parametrize("text", [
    "he broke my nose in march, he is outside now banging on the door",
    "back in the nineties he burnt our shop, now hes at the door with a can of petrol",
    "he strangled me last year, hes out now and parked outside",
    "hes at his mums now but hes coming back tonight to kill me",
    "now he is in the garden with a knife",
])
def test_round_twenty_threes_past_time_with_danger_here_stays_danger(text: str) -> None:
    assert not told_as_not_now(text)


# "little brothers"/"little sisters" (plural, or with the 's dropped) are children; a dream told in the second net
# (present_harm) gives way as in the patterns, unless something is feared now beside it.
@pytest.mark.parametrize(("text", "danger"), [
    ("my little sisters in the kitchen with my stepdad and i can hear him hitting her", True),
    ("my dads hitting my little brothers right now", True),
    ("my little brothers are playing football in the garden", False),
    ("i keep having nightmares that hes hurting me again", False),
    ("keep dreaming my ex is burning the flat with me in it, every night this week", False),
    ("had a nightmare about him, but hes actually hitting me right now", True),
    # a nightmare as a figure of speech is no dream, wherever the message puts it
    ("its a nightmare he's strangling me now", True),
    ("it's a living nightmare, he's hitting me now", True),
])
def test_round_twenty_threes_children_and_dreams(text: str, danger: bool) -> None:
    assert (detect_danger(text) is not None) is danger


# A dream that ends with waking to quiet is still only a dream; waking to someone there is not.
@pytest.mark.parametrize(("text", "danger"), [
    ("dreamt he was breaking in through the kitchen window, woke up and the flat was silent, still shaking", False),
    ("i dreamt he was breaking in and woke up to him in the hallway", True),
])
def test_round_twenty_threes_waking_from_a_dream(text: str, danger: bool) -> None:
    assert (detect_danger(text) is not None) is danger


# False alarms of the round, by kind: snacks burnt with an embarrassed face; a year told in patois ("inna 1981"); a
# joke's "you're dead"; the writer's own exasperated "i'll kill him" with a laughing face; the attackers or the one who
# threatened taken by the police a clause later; a question of law about a fire or put with "legally".
@pytest.mark.parametrize("text", [
    "burnt the samosas again, kitchen full of smoke 🙈",
    "dem police search mi bredda inna 1979 seh him carry knife, him never have none",
    "my boss said im dead if i forget the milk again lol",
    "my puppy chewed my new trainers, im going to kill him 😂",
    "officers turned up while they were kicking at the door, theyve arrested both of them and im at my nans",
    "he said hed kill me on friday but the police took him, hes in custody over the weekend",
    "does burning down a shed with someone inside count as arson or murder? asking about something from 2010",
    "can you legally get married at 16 in scotland?",
])
def test_round_twenty_threes_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


# ... and the same words with danger beside stay danger.
@pytest.mark.parametrize("text", [
    "police took him but hes out now and hes outside saying he will kill me",
    "the police arrested him last week but his brother is kicking the door in now",
    "hes saying im going to kill you 😂 and holding a knife",
    "what age can you legally get married, they are marrying me off tomorrow and i am 15",
])
def test_round_twenty_threes_near_misses_stay_danger(text: str) -> None:
    assert detect_danger(text) is not None


# A weapon drawn as they write keeps the classifiers' danger_now beside a "keeps saying"; a habit of it, told with him
# away, still gives way.
@pytest.mark.parametrize(("text", "gives_way"), [
    ("shes got the kitchen knife out and keeps telling me to sit still", False),
    ("he always gets the knife out when hes drunk, hes at work now", True),
])
def test_round_twenty_threes_weapon_drawn_is_now(text: str, gives_way: bool) -> None:
    assert told_as_not_now(text) is gives_way


# Lead's review of the thirty-sixth round: the forced-marriage forms it added never fire on a wedding's own trouble or on a
# guest's, a helper's or a groom's words: a bare "Help!" after the caterer cancelled, a trip to a brother's wedding, a cousin
# of 15 doing the mehndi, a daughter of 16 getting her ears pierced for it, a groom "never seen so nervous".
@pytest.mark.parametrize("text", [
    "Wedding is tomorrow and the caterer just cancelled. Help!",
    "my sisters mehndi is on saturday and I still have no outfit. help",
    "they send me to dubai for my brothers wedding on friday",
    "my cousin 15 is doing my mehndi tomorrow",
    "wedding saturday, my nephew he 8 and niece she 6 are page boy and flower girl",
    "nikah is tomorrow and I've never seen him so nervous, my brother I mean",
    "my daughter 16 is getting her ears pierced for the wedding on saturday",
])
def test_a_weddings_own_trouble_and_its_guests_are_not_forced_marriage(text: str) -> None:
    assert detect_danger(text) is None


# (twenty-second session) A weapon held pointed at someone, whoever's it was, or "it" once the weapon is named, is danger
# now; a camera or a finger pointed at a house is not, nor a gun pointed at someone in a film.
@pytest.mark.parametrize("text", [
    "my stepdad has my late grandad's hunting rifle pointed at my nan",
    "the air rifle from the shed, my brother has it pointed at my mum in the kitchen",
    "hes holding the crossbow aimed at us",
    # an heirloom is no past event: "my late X's" is not "my late X did"
    "my late husband's shotgun is out of the cabinet and my son is waving it at us",
])
def test_a_weapon_pointed_at_someone_is_danger_now(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "weapon"


@pytest.mark.parametrize("text", [
    "my neighbour has his camera pointed at my garden, is that allowed",
    "he has his finger pointed at me every time he walks past, what do I do",
    "in the film the bad guy has a gun pointed at her the whole time",
])
def test_something_else_pointed_at_someone_is_not_a_weapon(text: str) -> None:
    found = detect_danger(text)
    assert found is None or found.category != "weapon"


# Twenty-fourth round (English sets 37 and 38 read), by kind. Danger now the patterns lacked: a wedding one "must" go
# through; a cutting set for the holidays with the flight this week; learner English's "i take many pill now".
@pytest.mark.parametrize("text", [
    "my uncle says i must marry his friend's son this weekend, i said no",
    "they are taking my niece abroad in the holidays to be cut, the flight is this friday",
    "i take too many tablet now, about 40, my head is spinning",
])
def test_round_twenty_fours_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words told of the past or as a worry stay accounts.
@pytest.mark.parametrize("text", [
    "we went to india in the holidays for my cousin's wedding, it was lovely",
    "i take many tablets every day for my heart, the doctor knows",
])
def test_round_twenty_fours_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round by the patterns, by kind: farmers burning off; a test that "killed me" with a laughing face;
# shut in with one's own revision; a nurse's question answered no; turned up and taken off by the police; a two-digit
# year; learner "before" and an account opening in another country; a custom told with the one chosen minded; the
# "now" of "is there anything i can do now" after a what-if.
@pytest.mark.parametrize("text", [
    "the farmers are burning off the stubble by the village again, the smoke gets everywhere",
    "that driving test absolutely murdered me, i want to die 😂",
    "basically locked in with my dissertation till may 💀 anyway how do i report a comment",
    "the health visitor asked if i ever cut myself and i told her no",
    "she showed up at my work this afternoon but the police came and took her away, im at my mates now",
    "back in 79 some skinheads put our shop windows in, i still remember it",
    "my husband before always hit me, now we are divorced and he lives far",
    "In Poland my father beat me when I was a child. Now I am safe here in Leicester.",
    "my cousins all got married young, my aunt says i will too, i dont mind him honestly",
    "what if my dad tries to send me away to marry after college, is there anything i can do now",
])
def test_round_twenty_fours_pattern_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


# The classifiers' false alarms of the round, by kind (told_as_not_now): a present clause that is safe or elsewhere
# ("now he lives in X", "she's staying with her family now", "grand now", "in prison now", "dead now, god rest him",
# "getting treatment now", learner "now she alone, is ok"); a "today" that is not the danger's (calm or away today, a
# thing found today, someone else's telling today); the attackers gone by the time one got there; the fire out; an ex
# "stalked" on social media; a patient with dementia; someone else's news in the paper; not an attack said so; a
# game's bat at the cricket nets; one who cannot leave a far country.
@pytest.mark.parametrize("text", [
    "my brother punched me three years ago. now he lives in cardiff with his girlfriend, i just want it noted",
    "my neighbour's windows got smashed last month, she's staying with her parents now",
    "my nephew got knocked off his bike by a van last week, he's grand now",
    "the lad who threatened my son is in prison now, we moved house",
    "my step dad came at me with a belt years back, he's dead now, god rest him",
    "my cousin cut herself last year, she is getting treatment now and doing ok",
    "her boyfriend hit her before, when they lived in romania. now she alone here, is ok",
    "i worry my husband will hurt me one day. today he is calm, he went fishing",
    "someone threw eggs at my car last weekend, today i found the marks on the bonnet",
    "at the mosque today a sister said her husband used to beat her, how can i help her",
    "saw two lads fighting by the station, by the time the police came they'd legged it",
    "the fire brigade came and the fire is out, we are all at my aunt's",
    "my daughter keeps stalking her ex's tiktok, so embarrassing",
    "a resident with dementia slapped me on my shift, the manager says to write it up",
    "a man in our street was stabbed, it was in the leicester mercury, everyone is shocked",
    "the police are coming to talk to the neighbours about the noise, i know its not an attack",
    "my son is down at the cricket nets with his bat and his coach tonight",
    "last week my ex in the army wrote that he will hurt me, but he cannot leave iraq",
])
def test_round_twenty_fours_classifier_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# ... and both ways: the same words with danger here keep the classifiers' danger_now.
@pytest.mark.parametrize("text", [
    "he is in prison now but his brothers are outside my house",
    "please help me he is hitting me, my mum is getting help now",
    "today he is outside my door shouting he will kill me",
    "a boy at the cricket nets is threatening my son with his bat",
    "he's got a hammer and he's trying to get the door open",
    "they are taking her abroad in the holidays, the flight is tomorrow, she is scared",
])
def test_round_twenty_fours_danger_beside_stays(text: str) -> None:
    assert not told_as_not_now(text)


# A habit coped with now ("i just tune it out now") and a quarrel over ("they're all mates again now"): their "now" and
# "again" are no danger's; a hitting "again now" still is.
@pytest.mark.parametrize(("text", "danger"), [
    ("whenever she's had a drink she says she'll kill me, it's been that way for years, i tune it out now", False),
    ("a row kicked off at the christening on sunday between the uncles, they're all mates again now", False),
    ("they were friends again for a week and now he's hitting her again", True),
])
def test_round_twenty_fours_coped_with_or_made_up(text: str, danger: bool) -> None:
    assert (detect_danger(text) is not None) is danger


# A what-if with the plural's bare verb ("what if they come back and ...") is a worry, unless danger is beside it.
@pytest.mark.parametrize(("text", "danger"), [
    ("what if those lads come round and smash our windows in again, can the council fit shutters", False),
    ("what if they come back, they are smashing the windows in right now", True),
])
def test_round_twenty_fours_plural_what_if(text: str, danger: bool) -> None:
    assert (detect_danger(text) is not None) is danger


# "All sorted" of a wedding or flights arranged is no safety said; of the matter itself it still is.
@pytest.mark.parametrize(("text", "gives_way"), [
    ("i heard my uncle say the wedding is all sorted for next friday, im 16 and nobody asked me", False),
    ("the police came and took him, all sorted now", True),
])
def test_round_twenty_fours_wedding_all_sorted(text: str, gives_way: bool) -> None:
    assert told_as_not_now(text) is gives_way


# Twenty-fifth round, changed in the fifteenth session. _SAID_SAFE's "not an attack" alternative: "it's not abuse",
# "this is not an attack", "isnt"/"isn't an attack", "isn't violence" are said safe (a classifier's danger_now gives
# way); a bare "that's dangerous" or "that's abuse" names the harm and is not (it was, through an optional "not").
@pytest.mark.parametrize(("text", "said_safe"), [
    ("the man next door shouts at his dog, its not abuse i know", True),
    ("my son came home with a cut lip from rugby, this is not an attack", True),
    ("the lads were mucking about by the bins, that isnt an attack", True),
    ("someone keyed my car, that's not violence but can i report it", True),
    ("they kept texting me all night, this isn't an attack", True),
    ("the noise from upstairs, it isn't violence, just loud", True),
    ("he said the marks were nothing, that's dangerous", False),
    ("my stepdad is drunk and throwing plates at mum, it's dangerous", False),
    ("he won't let her eat till he gets home, that's abuse", False),
    ("they're shoving my brother about outside the chippy, this is an attack", False),
])
def test_round_twenty_fives_not_an_attack_said(text: str, said_safe: bool) -> None:
    from bot.rasa_plugins.danger_detector import _SAID_SAFE, _plain_english
    assert bool(_SAID_SAFE.search(_plain_english(text))) is said_safe


# Twenty-fifth round (English sets 39 and 40 read): present danger the patterns lacked, by kind, in new words. A threat
# whose condition is negated and ends in a time ("if you don't bring it by friday we kill you"); a cry to be let out
# heard now, and "keeps" inside a witness's scene; a wedding she "doesn't want", a sister under 18 named, a no signed;
# one's own whole box of tablets, "sleepers", medicine saved up and had all at once, insulin taken from work; a fire
# sensed as they write beside a threat reported with "would"; punctuation spoken to dictation; learner "come and
# kill", not leaving a place alive, a home to be burnt with someone in it; a rope put up; cutting in learner words and
# as a ceremony "to become a woman"; laying into, standing over, a fence catching, fuel poured and a lighter; learner
# "follow me now", followed since a place; the feared one's car at the end of the road; blows heard through a wall; a
# message written a word at a time.
@pytest.mark.parametrize("text", [
    "the loan man rang just now, if we dont give him the money by friday they kill us",
    "a girl is hammering on the door of the van screaming let me out, a man keeps shoving her back in",
    "my niece is 15 and her dad says shes getting married next week, she doesnt want to",
    "my mum says the nikah is on sunday, i signed no to the imam but nobody listens",
    "just took my whole packet of sertraline, feeling weird",
    "necked a load of my sleepers about ten minutes ago",
    "i've been saving up my codeine for weeks and tonight i swallowed them all",
    "we can smell smoke in the hallway and he said he would torch the flat, we're upstairs",
    "he is still in the house full stop I am hiding in the loft comma please send someone",
    "her cousins coming and kill us tonight he says",
    "text from him says i wont leave this flat alive, hes on his way",
    "he's outside with a can of petrol saying he'll burn the house down with us inside",
    "i've got the noose tied over the banister and i'm sat on the stairs",
    "her grandma wants to cut my 2 girls when we go there next week",
    "they're flying her out on saturday for a ceremony to become a woman, shes 9",
    "my stepbrother is laying into my mum in the kitchen",
    "he knocked me down outside the shop and he's still stood over me",
    "the shed next to our back door is catching, someone threw something over the fence",
    "a man poured petrol on the porch and hes flicking a lighter, im inside",
    "a man follow me from the station now, walking fast behind me",
    "a van been following me since the roundabout, i'm on my bike",
    "his car is at the end of our road with the engine running and i've got an order against him",
    "i can hear slapping and a child crying through the wall right now",
    "he's. kicking. the door in",
    "his cousin come with big knife to my house, shouting my name, i am alone",
    "i smell smoke on the landing and she said she would burn us out, we are in the back room",
])
def test_round_twenty_fives_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words told past, as a worry, as a game or taken back stay accounts.
@pytest.mark.parametrize("text", [
    "if you dont pay your council tax by friday they take you to court, is that true",
    "my little one always yells let me out when i put him in the bath lol",
    "she was 16 when she got married in 2001, she didnt want to but its over now",
    "my nan takes her sleepers every night at ten",
    "the fire alarm went off in the night full stop it was the toast comma all fine",
    "my dad used to say he would come and kill anyone who hurt us, he was joking",
    "we got the rope up for the tug of war at the school fete",
    "my mate said the boxing lad was laying into the bag for an hour",
    "his car was at the end of my road every night last year, he moved away in march",
    "ok. thanks. bye",
    "if i tell anyone he might lock me in the shed, he hasnt yet",
    "every time he loses at darts he says hell burn the flat down with me in it, hes in turkey this month",
    "a lad keeps following me from the gym, it's every tuesday, what can i do",
])
def test_round_twenty_fives_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round, by kind, in new words: an injury healing now; a threat in the country fled with the
# writer here now; found out only feared; a scare explained ("was the postman", "turned out it was my son"); a boss who
# will "kill me" for being late; a suicide "if" a team loses taken back at once; a dose doubled by forgetting and a
# locked medicine box; an incident over ("it got sorted", "everyone went home"); a dictated past act; farmers burning
# with an ex named in the message (a known gap); a punch-up told as a noun (a known gap).
@pytest.mark.parametrize("text", [
    "the bruises on my arm from last week are fading now, do i still need photos",
    "in eritrea the soldiers said they will kill me, that is why i came. now we are in leicester",
    "my ex is out of prison and im worried hes found out where i work, he hasnt turned up though",
    "the knocking at the window was the wind, sorry for the panic",
    "heard someone smashing about downstairs, turned out it was my husband dropping the pans",
    "my manager is gonna kill me, missed the bus again",
    "if we lose the derby im gonna kill myself jk",
    "my nan takes her heart tablets twice when she forgets, the pharmacy gave us a locked dosette box",
    "a fight started outside the chippy but it got sorted and everyone went home",
    "In 2018 he choked me at a party full stop I only told my counsellor this year",
    "the farmers are burning off the stubble again and the smoke is everywhere, my ex has the kids this weekend",
    "my lad just told me there was a punch-up at school on friday, he wasnt in it",
])
def test_round_twenty_fives_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


# ... and both ways: the same kinds with danger here stay danger.
@pytest.mark.parametrize("text", [
    "the bruises are fading now but he's outside my door right now shouting",
    "in sudan they said they will kill me and now his brother is outside my house in leicester",
    "im scared hes found out where i live, hes outside now banging on the door",
    "i thought it was the wind but it turned out to be him kicking the back door in",
    "my boss is going to kill me he said, and he's got a knife, i'm in the stock room",
    "if they take my kids im going to kill myself, ive got the pills here",
    "there's a punch-up kicking off outside the pub right now, a lad is on the floor",
    "the farmers are burning off next door and my ex is pouring petrol on my car, please help",
])
def test_round_twenty_fives_danger_beside_stays(text: str) -> None:
    assert detect_danger(text) is not None


# Twenty-sixth round (English sets 43 and 44 read): present danger the patterns lacked, by kind, in new words. A blade
# held to the ribs or a side, with an order to "keep" going (no habit); a weapon fetched out of a safe or down from a
# loft; the rest of a medicine taken with drink or felt in the body; too much of a drug taken and felt; a lighter
# flicked as they write; a weapon held and a threat kept up; a threat of "you'll regret it" with a knife in hand;
# learner "come to my room with a bar" and "banging the door"; a photo of their own new door sent just now; the one
# feared named by a daily habit; more of a medicine than one should; shut in with a razor; bins lit, a lit bottle
# thrown, the gas left on unlit; something thrown through a window with the throwers still there; "getting rushed",
# "jumping" a person, shoved down the stairs just now; bystanders not stepping in.
@pytest.mark.parametrize("text", [
    "a man in the back seat has a blade to my ribs and told me to keep going",
    "she's taken the rifle out of the gun safe and is sat on the stairs with it",
    "swallowed what was left of my diazepam with a bottle of wine, my lips are tingling",
    "relapsed tonight, took far too much, my chest is tight and im dizzy",
    "she's poured petrol on the doormat and keeps flicking the lighter, we're in the hall",
    "my brother's got a machete and keeps shouting that he'll use it on me",
    "he is holding a kitchen knife and says if i ring my sister i'll regret it",
    "my landlord come to my room with a metal bar and he is banging the door",
    "my ex has just sent me a pic of my new front door, i never gave anyone this address",
    "the lad who messages me every night is banging on my door",
    "my mum has taken more of her sleeping pills than she should and wont wake properly",
    "my brother's locked himself in the loo with a razor and won't answer",
    "someone has just set fire to our wheelie bins by the back door",
    "they threw a lit bottle at the shop window, we're inside",
    "he's turned the gas rings on without lighting them and shut the kitchen door",
    "a brick was thrown through our kitchen window and the lads are still in the street",
    "my cousin is getting rushed by a gang at the bus station",
    "she's just shoved me down the stairs and my ankle is twisted",
    "three lads jumping a delivery driver outside the chippy right now",
    "two men kicking a lad on the ground by the station and nobody is stopping it",
    "my sister has barricaded herself in her room with a razor",
    "they've put a brick through the bay window and are still hanging about outside",
])
def test_round_twenty_sixes_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words as an everyday order, a hobby, a headache, a meal, the past or a figure stay accounts.
@pytest.mark.parametrize("text", [
    "the nurse told me to keep taking the tablets",
    "my dad's taken his shotgun out to the shooting club today",
    "i took the rest of the paracetamol for my headache",
    "ate way too much at the buffet, feel sick lol",
    "she used to flick her lighter at me when we argued",
    "he sent me a photo of my front door last year when we split",
    "she took more tablets than she should once, years ago, she's fine now",
    "i used to get rushed at school for being gay",
    "it's not a knife to my throat, it's the debt, that's what it feels like",
])
def test_round_twenty_sixes_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round, by kind, in new words: whom the abuse falls on said by a cleft ("it's me she's hurting"); a
# lock only believed in by someone with dementia; a family that pressed a marriage and dropped it; a wedding denied
# ("nobody is getting married"); medicine at the prescribed dose; an account from a city elsewhere, the writer living
# here now; a feast day told as when it was; a threat said "for years", "just a thing she says"; a supervisor's "kill
# me" with a drawn-out laugh; someone outside "most evenings" explained ("turns out it's the district nurse"); made
# to go to someone else's mehndi; an act asked about whether it "would count", its "just" an "only".
@pytest.mark.parametrize("text", [
    "the children are fine, it's me she's hurting, i wanted that said first",
    "my dad believes he's locked in at the nursing home, it's the dementia talking",
    "my family wanted to marry me off but they've dropped it since i started work",
    "we're flying to lahore next month for a holiday, nobody is getting married",
    "i take a lot of co-codamol for my knees but always the prescribed dose, the pharmacist checks it",
    "in tirana my husband hit me and choke me, now i live in leicester with my son, he is far",
    "the bit where she had her hands round my throat, that was christmas eve at her flat, not recent",
    "she's said she'll stab me if i leave for years now, it's just a thing she says",
    "my supervisor said she'll kill me if i'm late again loool",
    "a van's been parked outside my house most evenings, turns out it's the district nurse for next door",
    "my aunty is forcing us to go to my cousin's mehndi on friday 🙄",
    "she never choked me, she just shoved me against the fridge, would that count",
])
def test_round_twenty_sixes_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


# ... and both ways: the same kinds with danger here stay danger.
@pytest.mark.parametrize("text", [
    "it's me he's hurting and he's doing it right now",
    "in kabul they beat me, now i live in leicester but he found me and he is outside",
    "a car's been parked outside most nights, turns out it's my ex, he's outside now with a knife",
    "nobody is getting married, they say, but they've taken my passport and the flight is tonight",
    "my nan thinks she's locked in, and she is, her son has taken her keys and won't let her out",
    "he's just shoved me against the fridge and he's still going, please help",
])
def test_round_twenty_sixes_danger_beside_stays(text: str) -> None:
    assert detect_danger(text) is not None


# Twenty-seventh round (English sets 45 and 46 read), by kind, in new words: something thrown in the face that burns or
# blinds, acid unnamed; a "joke" about where the body would go made with the spade or the knife in hand; someone feared
# walking past the home again and again just now, or under an order and at the person's door or stop now; a whole bottle
# of drink "had" with pills, told with a "don't worry".
@pytest.mark.parametrize("text", [
    "a lad on a bike just chucked some liquid at my sister's face and she's screaming that it stings",
    "some girl sprayed stuff in my eyes by the tram stop, i cant see anything and my skin is burning",
    "he keeps laughing about digging my grave in the allotment, and right now he's stood in the kitchen holding a shovel",
    "she was joking about where she'd bury his body and she's got the axe in her hand, its midnight",
    "my ex has just driven past the house three times in the last half hour",
    "she's on bail for hurting me and she's sat in her car outside my work right now",
    "he isn't allowed anywhere near me but he's stood at the gate waiting for me",
    "no need to worry, i've had a whole bottle of gin and all my sertraline",
    "dont panic but i finished a bottle of wine with the co-codamol",
])
def test_round_twenty_sevens_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words as an accident, the past, a habit or a what-if stay accounts.
@pytest.mark.parametrize("text", [
    "hot fat spat out of the pan onto my face and it burns a bit",
    "a lad threw bleach in my face in 2019, it burned so much i couldnt see for days",
    "he jokes about hiding my body, he's such a weirdo but he's never hurt anyone",
    "he used to drive past my house three times a night when we split up",
    "what happens if he walks past my house while he's on bail?",
    "he has a restraining order and lives in Derby now, I haven't seen him since",
    "i had a glass of wine with my tea and took my tablets after, is that ok",
])
def test_round_twenty_sevens_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round, by kind, in new words: a thing or the heat only felt as choking; a threat at the ref or a
# player on the screen; held in only inside "if ... ever" asked about; a worry with "nothing is happening now"; a door of
# one's own kicked in for a lost key; a threat to burn belongings told as a habit, asked whether it is "still abuse"; a
# suicidal feeling only supposed; a finger cut at the chopping board.
@pytest.mark.parametrize("text", [
    "this polo neck at work feels like it's strangling me, anyway i wanted to ask about my neighbour",
    "my uncle is screaming at the screen that he'll kill the referee, united are losing again",
    "if my partner ever locks me in, could the police come out?",
    "i worry my family might push me to marry a man one day, but nothing's happening at the moment",
    "my brother's kicking the back door in because he forgot his keys again haha",
    "she always says she'll burn my clothes when she's drunk but never has, is that still abuse",
    "in case i get suicidal again over christmas, is there a number i can text?",
    "sliced my thumb peeling potatoes at work, bleeding's stopped now",
])
def test_round_twenty_sevens_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


# The classifiers' danger_now gives way too: someone outside explained as waiting for a lift; an old scar from a fight
# decades ago, still there; an age gone by ("in his day").
@pytest.mark.parametrize("text", [
    "a man kept standing by my gate this evening, turns out he was only waiting for his taxi. sorry, nerves",
    "got glassed in a club in loughborough in the 90s, i've still got the scar on my cheek",
    "my nan says in her day husbands hit their wives and everyone kept quiet",
    "my grandad says in his day men hit their kids, he asks if that is allowed here now",
])
def test_round_twenty_sevens_explained_accounts_give_way(text: str) -> None:
    assert detect_danger(text) is None
    assert told_as_not_now(text)


# ... and both ways: the same kinds with danger here stay danger.
@pytest.mark.parametrize("text", [
    "my polo neck isn't the problem, he's choking me right now",
    "he's threatening to kill me, not the ref, he's got the remote and he's hitting me with it",
    "if he ever let me out i'd run, he's locked me in the box room now",
    "my ex is kicking the back door in, says he lost his key but he's drunk and screaming he'll hurt me",
    "she's going to burn me with the iron, she's holding it right now",
    "cut my finger chopping onions and he's grabbed the knife off me, he's screaming he'll kill me",
    "turned out he was waiting for the bus, but now he's followed me home and he's outside with a knife",
])
def test_round_twenty_sevens_danger_beside_stays(text: str) -> None:
    assert detect_danger(text) is not None


# Twenty-eighth round (English sets 47 and 48 read), by kind, in new words: a threat said with the joke denied ("she's
# not kidding"); a wedding days away with the person kept in till then or writing on a hidden phone; a marriage meant to
# "cure" someone gay, the flight booked; a farewell with everything made ready and nobody caring, the act unnamed.
@pytest.mark.parametrize("text", [
    "she's just said she's going to stab me and she isnt kidding, she's got that look",
    "my brother says he'll kill me tonight and this is no joke, he's stood over me",
    "the nikah is on friday and they're keeping her indoors until then, she's 17",
    "shaadi in two days, they've locked me in the house till it happens",
    "writing on a secret phone, my wedding is tomorrow and i never agreed",
    "my parents found out i'm a lesbian and want a husband to cure me, the flight is on sunday for the wedding",
    "it's all planned now, no one will even notice i'm gone",
    "i've got it all sorted tonight. everyone's better off without me",
])
def test_round_twenty_eights_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words with no danger now stay accounts: a joke that is one, a wedding wanted, a party got ready.
@pytest.mark.parametrize("text", [
    "my sister said she'd kill me if i ate her chocolate lol",
    "our wedding is in three days and we can't wait, everything's booked",
    "got everything ready for the bake sale, sorry for the late reply",
    "it's all sorted for the move on saturday, thanks for asking",
    "my mum says i should be married by thirty, she's only teasing",
])
def test_round_twenty_eights_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round, by kind, in new words: a firework at a feast told as an account opening with the feast day;
# a threat told of when he drank, sober or calmer now; someone's own overdose threatened for years as control; a thing
# (an exam, a shift, a deadline) that is "going to kill me"; a wish to die a burden "makes me" feel, taken back with a
# joke.
@pytest.mark.parametrize("text", [
    "On bonfire night some lads threw a lit banger at our door and legged it. No one was injured, should I report it?",
    "when she was drinking she would scream she'll kill me, but she hasn't had a drink for 8 months and she's much calmer",
    "she's said for years she'll swallow all her tablets if i ever go, is that emotional blackmail",
    "this night shift is going to kill me, anyway how do i report graffiti",
    "my viva makes me want to jump off a cliff haha, two weeks left",
])
def test_round_twenty_eights_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


# ... and both ways: the same kinds with danger here stay danger.
@pytest.mark.parametrize("text", [
    "it's bonfire night and someone has just lit the bins under our window",
    "he's not had a drink in months but tonight he's drunk and says he's going to kill me",
    "she's just swallowed all her tablets in front of me",
    "my dad is going to kill me, he's outside with a hammer",
    "work makes me want to die and i've got the rope up",
])
def test_round_twenty_eights_danger_beside_stays(text: str) -> None:
    assert detect_danger(text) is not None


# Twenty-ninth round (English sets 34, 49 and 50 read), by kind, in new words: a cry to be let out with the one crying
# pulled "back in" (a movement, not a past time); a relative locked in by others (not by the writer); a door rammed or
# battered again and again while the writer is stuck inside ("keeps", no habit); learner English's door attack without
# its "are" ("his cousins now kicking our door"); a sister shut in by others till her wedding.
@pytest.mark.parametrize("text", [
    "there's a girl at a window above the chippy crying let me out and a bloke just yanked her back in",
    "a lad is banging on the door of the flat opposite shouting let me out and his dad just dragged him back in",
    "my uncles have locked my cousin in the back bedroom till the nikah on friday",
    "his brothers have locked my wife inside the flat and taken her phone",
    "a man keeps battering my front door and i'm stuck on the sofa, i can't walk",
    "his cousins now kicking our door, i am upstairs with the baby",
    "they smashing my window now, me and kids in bedroom",
    "they've shut my little sister in her room until the shaadi tomorrow",
])
def test_round_twenty_nines_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words with no danger now stay accounts: the writer's own lock, keys locked in, a door kicked as a
# neighbour's habit, "back in" as a time.
@pytest.mark.parametrize("text", [
    "I locked my little brother in the garden for two minutes and now mum's cross with me",
    "locked my keys in the car again, how do I get a locksmith",
    "my neighbour keeps kicking our door when he's drunk, can the council do anything",
    "he came back in 2016 and hit me again, can I still report it",
    "my nan used to lock my mum in the coal shed back in the sixties",
])
def test_round_twenty_nines_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round, by kind, in new words: an act dated years before a move ("many years before we came"); a
# carving knife waved about at the table with a laugh; "for now" (for the time being) beside a threat inside a
# condition; the one who did it named and dead now; someone here with the writer and said safe; an act asked about by
# its crime's name ("is ... arson or attempted murder"), any fire pattern; a threat made in a country unnamed ("in my
# country", "back home") that the writer fled; a door forced by the police or bailiffs; not getting out much.
@pytest.mark.parametrize("text", [
    "my stepdad strangled me many years before we came to Wales, I'd like to tell someone about it",
    "my uncle carving the lamb and swinging the knife around like a pirate haha",
    "dad's carving the beef and waving the knife about like he's conducting an orchestra lol",
    "if he says he's going to kill me again I'll ring you, for now he's working in Hull",
    "if she ever says she'll kill me again i'll come back on here, for now things are calm",
    "a man stalked me at college decades ago, the man is dead now, my daughter said I should tell you",
    "my ex husband choked me in the eighties, my ex husband is dead now and I'd like to talk",
    "my son says a lad from school keeps messaging him after he blocked him. He's here with me and safe, what should we do?",
    "is throwing acid at someone attempted murder or GBH, its for my criminology coursework",
    "is putting a lit rag through a letterbox arson or attempted murder, revising for my law exam",
    "in my country the gangs say they will kill me, that is why I came to the UK, I share a house in Leicester with two others",
    "back home the soldiers said they will kill me, this is why I came to England, I live in Leicester with my uncle",
    "the police raided the house opposite at six and kicked the door in, everyone's gone quiet",
    "officers smashed the door in at the flat below this morning looking for someone, all quiet again now",
    "can't get out much since my knee op, nobody is keeping me in, just lonely",
])
def test_round_twenty_nines_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


# ... and both ways: the same kinds with danger here stay danger.
@pytest.mark.parametrize("text", [
    "someone is smashing our door in and the police aren't here yet, i'm terrified",
    "police are on the way but he's kicking the door in right now",
    "he's carving the roast and keeps pointing the knife at me, i'm scared",
    "he's gone for now but he still has my keys and says he's coming back tonight to kill me",
    "my stepdad is dead now but his son is outside with a knife",
    "she's outside and she's got a knife",
    "is he going to murder me, he's pouring petrol through the letterbox right now",
    "does pouring petrol count as arson, he's doing it right now at my door",
    "in my country they said they will kill me and now one of them is outside my house in Leicester",
    "he's locked the front door and i can't get out, he's got the key in his pocket",
])
def test_round_twenty_nines_danger_beside_stays(text: str) -> None:
    assert detect_danger(text) is not None


# Thirtieth round (English sets 57 and 58 read), by kind, in new words: a bride-to-be or a girl shut upstairs by others;
# a relapse with the whole bag or stash used at once.
@pytest.mark.parametrize("text", [
    "the wedding is tomorrow morning and my brothers have locked me upstairs",
    "his family locked her downstairs and took her phone, the imam comes at six",
    "relapsed tonight after two years clean and did the whole gram, my heart is racing",
    "my brother relapsed and took his entire stash, he's grey and barely talking",
])
def test_round_thirtys_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words with no danger now stay accounts: the writer's own lock, a relapse with no bag used at once.
@pytest.mark.parametrize("text", [
    "we locked the puppy downstairs so it wouldn't chew the carpets",
    "i relapsed at christmas but i've been clean since new year, where can i get support",
    "ate the whole bag of crisps watching the match",
])
def test_round_thirtys_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round, by kind, in new words: a threat said in fun over a trifle with a laugh beside; a guard
# locked in on a night shift as routine; someone else's self-harm asked about with them said out of danger now; a threat
# of his drinking days, sober now; a weapon brought to school and confiscated, no one hurt; a weapon only supposed and
# denied; a marriage dated to a decade long past; a punch at a boxing class; toast burnt setting the smoke alarm off.
@pytest.mark.parametrize("text", [
    "my housemate said she's going to murder me because i finished her milk lol, anyway how do i make a report",
    "my cousin texted i'm gonna kill you for spoiling the film haha",
    "locked in for the night shift at the warehouse till six, normal for security staff. can i ask about something that happened last month",
    "how can I help my brother who says he thinks about cutting himself? he's not in danger now, he's at his dad's",
    "he always said he'd set fire to the flat when he was drunk, he's been sober a year and lives in Derby",
    "a year 9 lad brought a penknife to school, it was confiscated straight away and no one was hurt",
    "if she had a knife she'd wave it about, that's her temper, but she doesn't have one and she's in Poland",
    "my gran was made to marry at 15 in the seventies in Punjab. she passed away last year",
    "sparring at boxing club tonight, took a punch to the nose and loved it. any LGBT groups nearby?",
    "burnt toast set the smoke alarm off again, the dog howled for ages, all quiet now",
])
def test_round_thirtys_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


# ... and both ways: the same kinds with danger here stay danger.
@pytest.mark.parametrize("text", [
    "my flatmate said she's going to kill me cos i told the landlord lol and now she's got a knife at my door",
    "my ex said he's going to kill me because i left him, he's outside now",
    "i'm a guard, locked in on the night shift and a man has got in with a knife",
    "my brother says he's cutting himself right now and won't open the door",
    "he said he'd burn the house down when he was drinking and tonight he's drunk and pouring petrol",
    "a lad brought a knife to school and he's waving it at kids in the yard right now",
    "he has got a knife and he's coming at me",
    "they're forcing me to get married tonight, my uncle is outside",
    "my boyfriend punched me in the face after boxing club and he's still here shouting",
    "the kitchen is on fire, the smoke alarm is going and i can't get out",
])
def test_round_thirtys_danger_beside_stays(text: str) -> None:
    assert detect_danger(text) is not None


# A laugh said with the writer's own fear is nervous laughter, not a joke (found while merging the thirtieth round): the
# threat stays a threat. Without the fear, a threat in fun over something trivial still gives way (above).
@pytest.mark.parametrize("text", [
    "my husband said he will kill me when he gets home haha im so scared",
    "lol my ex keeps saying hes going to kill me tonight and im actually terrified",
    "he told me he's going to stab me lmao i am literally shaking",
])
def test_a_threat_laughed_at_in_fear_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "my sister says she'll kill me for borrowing her straighteners lol",
    "mum will kill me when she sees the state of my room haha im so scared",
])
def test_a_threat_in_fun_still_gives_way_without_fear_of_it(text: str) -> None:
    assert detect_danger(text) is None


# Thirty-first round (English sets 59 and 61 read), by kind, in new words: found at a hostel or a relative's with what
# they keep doing there now; doors and windows shut and the key kept on them; "you won't leave here alive"; a bare
# "someone following me" and a bare "let me out"; a trip booked and told they'll come back married; a relative flown out
# to be married; an engagement soon and refused; "take her to marry"; the cutter's "do it to my girls" with a time, or a
# quoted "do"; documents taken and locked in, in learner English; a driver who locked the doors; kept in with the children;
# held in a car that will not stop, said from inside.
@pytest.mark.parametrize("text", [
    "she's found me at my aunt's, she's sat in her car across the road and keeps beeping the horn",
    "my ex has tracked me down at the hostel, he's pacing by the entrance and keeps staring up at my room",
    "my partner has shut every door and window and kept the keys on him, he says i'm not going anywhere",
    "he lock all doors and take the key with him, I cannot go out",
    "my brother says you will not get out of this house alive tonight",
    "she is texting me that i'm not leaving this flat alive",
    "man following me",
    "a car following me help",
    "please let me out",
    "let me go!!",
    "they've bought flights for saturday to lahore and mum says i'll be coming back married",
    "my niece is being flown out next week to marry a man she's never met",
    "my engagement party is on saturday and I said no to him, they won't listen",
    "they take my cousin to marry in Iraq, flight tonight, she cry",
    "my gran says the old woman will do it to my 3 girls tomorrow and nobody can stop her",
    "a lady is coming on sunday to 'do' my niece, she is 6",
    "my boss take my papers and lock me, I am in kitchen, I cannot go",
    "the taxi driver has locked the doors and won't stop, he's going the wrong way",
    "she wont let me and the kids leave, she's standing in the hall",
    "we're stuck in his van and he won't pull over, he's on the motorway",
])
def test_round_thirty_ones_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words told as past, habit, what-if, wanted or everyday stay accounts.
@pytest.mark.parametrize("text", [
    "he found me at the hostel last year and kept turning up, he's been in prison since",
    "she closed all the doors and windows because of the wasps, the keys are on the hook",
    "my dad locks all the doors at night and keeps the key in his room, he's just careful, we are fine",
    "the film was called nobody leaves alive, we watched it last night",
    "someone following me on instagram with a fake account",
    "let me out of this group chat lol",
    "can you let me out of the form",
    "my cousin went to Bangladesh in the summer and came back married, she's so happy",
    "im flying to Pakistan on Sunday for my own nikah, so excited, he's lovely",
    "my engagement party is on saturday, I said no to a big do, just family",
    "the lady is coming tonight to do my girls hair for eid",
    "the henna aunty will do it on my sisters tonight, cant wait",
    "he took my keys and locked me out again, im at my mums",
    "i'm stuck in the car in traffic and it won't stop raining",
])
def test_round_thirty_ones_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round, by kind, in new words: a knife named in a course or a drill; dying as a figure for a chore
# or an exam once more; self-harm asked about by a nurse and answered no; a weapon only talked of and doubted; builders
# smashing up a flat on a renovation; trapped in traffic or a meeting; an offence heard of and asked whether it is so; a
# passenger who got out of the cab; the attackers charged, the one hurt fine now.
@pytest.mark.parametrize("text", [
    "we have knife safety training at college tomorrow, where do i report a racist tutor",
    "the staff have a gun awareness course on monday, can volunteers come",
    "im literally going to die if i have to sit another exam, anyway how do i report a teacher",
    "the nurse asked me whether id ever thought of harming myself and i told her no, honestly. will it go on my file?",
    "my gp asked if i was cutting myself, i said no, is that ok",
    "my ex keeps going on about getting a knife from his cousin but i dont reckon he has one, its just to frighten me",
    "workmen smashing up the kitchen next door, so noisy, it's a refurb",
    "i'm trapped in this traffic on the ring road, ill message later",
    "trapped in a meeting that could've been an email, anyway how do I report an incident",
    "my nan says pulling someone's hair is a crime now, is that right",
    "a customer swore at me in the cab then got out at the lights, nobody hurt",
])
def test_round_thirty_ones_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


def test_round_thirty_ones_attackers_charged_is_told_as_over() -> None:
    text = "some lads beat up my brother outside the gurdwara at Vaisakhi, he's fine now, two of them were charged"
    assert detect_danger(text) is None
    assert told_as_not_now(text)
    assert not told_as_not_now("he beat me up, he got charged but he's outside my house again now")


# ... and both ways: the same kinds with danger here stay danger.
@pytest.mark.parametrize("text", [
    "we were at knife safety training and a man came in with a knife and he's stabbing people",
    "im going to die, i've taken all my pills",
    "my gp asked if i was cutting myself and i am, i just cut my wrists and cant stop the bleeding",
    "he talks about getting a gun and he's got one now, he's showing me it in his car outside",
    "some men are smashing up our house right now, help",
    "i'm trapped in the bathroom, he's outside the door with a knife",
    "i cant get out, he locked the door and took my keys",
    "he got out of prison today and he's outside my house",
])
def test_round_thirty_ones_danger_beside_stays(text: str) -> None:
    assert detect_danger(text) is not None


# Thirty-second round (English sets 63 and 64 read), by kind, in new words: a child touched by a grown stranger as a
# witness writes ("keeps" is the act going on); a child dragged by an adult, told by a phone call; a forced marriage in
# learner English told by its arrangements ("me 15", "no want", a man "me never see").
@pytest.mark.parametrize("text", [
    "little girl on the tram on her own, a drunk man keeps touching her leg, she looks terrified",
    "theres a boy maybe 10 at the back of the train and some bloke is stroking his hair, he keeps moving away",
    "my niece just phoned, her stepdad's got her little brother by the collar dragging him to the car",
    "he's dragging my son down the path by his hood, screaming at him",
    "aunty say Friday Pakistan fly. marry man me never see. me 15",
    "dad say this weekend wedding, cousin from village. me no want, cry every day",
])
def test_round_thirty_twos_danger_now_is_caught(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the same words told as past, what-if, a child's own touch or a wanted wedding stay accounts.
@pytest.mark.parametrize("text", [
    "what if a man keeps touching my daughter on the school bus, who do i tell",
    "my toddler keeps touching the oven door, how do i childproof it",
    "aunty say next year maybe wedding, me 17 now, I happy, he nice boy",
    "me and my fiance marry Saturday, we choose together",
])
def test_round_thirty_twos_near_misses_stay_accounts(text: str) -> None:
    assert detect_danger(text) is None


# False alarms of the round, by kind, in new words: a weapon denied in learner English ("no have", "here no"); it is over
# in learner English ("now finish", "2 year before", "now he prison"); the heating or a scent "choking me"; a fight
# watched on a screen; a cook "cutting onions"; knives bought and still boxed; a school project or a film in a lesson
# asked about; "what's the difference between"; a cut by accident with a plaster; a hand caught on a tool at work and
# stitched; tablets twice by mistake and 111 says fine; a threat said every time he drank, told while he is away abroad;
# a scarf caught in a machine; a key lost and all fine; stuck in with a bad back.
@pytest.mark.parametrize("text", [
    "my brother no have knife, no gun, he just shout loud. I want ask about housing",
    "In Syria soldiers had guns. Here no guns. I am fine.",
    "3 year before, husband hand on neck. now finish, divorce done. I want know about papers",
    "old boss say kill me, 2 year before. now he prison. how I know when he come out",
    "the radiator in this office is choking me, can't wait to go home",
    "her perfume is literally choking me on this train lol",
    "watching the ufc down the pub, the champ is getting battered haha",
    "cutting carrots with the big knife for the soup, my hands are tired",
    "my dad showing off the new carving knives he bought, still in the box, he loves cooking",
    "writing my coursework on knife crime, is carrying a blade common for teens in Leicester?",
    "we watched a video about forced marriage in RE today, is it common in the UK?",
    "what's the difference between honour abuse and domestic abuse?",
    "my daughter cut herself by accident on a tin lid, plaster on, she is fine",
    "dad sliced his thumb on the saw in the garage, couple of stitches, he's back home now",
    "grandad took his heart tablets twice by mistake, the pharmacist said he will be ok",
    "my husband every time he drink he say he kill me. now he is in Romania for work two month, i want to leave",
    "my lanyard got caught in the conveyor at work, nearly choked me, the line stopped, I'm fine",
])
def test_round_thirty_twos_false_alarms_give_way(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "lost my house keys, stood outside for an hour, neighbour let me in, all fine now",
    "stuck at home with my bad back, can't get to the shops, is there help with shopping",
    "Saw a man by my car on Monday. Today no. ok",
])
def test_round_thirty_twos_everyday_is_told_as_not_now(text: str) -> None:
    assert detect_danger(text) is None
    assert told_as_not_now(text)


# ... and both ways: the same kinds with danger here stay danger.
@pytest.mark.parametrize("text", [
    "he have knife now, he in kitchen",
    "my brother has a gun, no joke, he is pointing it at mum",
    "he no have knife before, now he have big knife, he say he kill me",
    "before he was nice. now he hit me, he is here now",
    "smoke is choking me, the flat is on fire, I can't get out",
    "he's cutting the onions with the big knife and says he's going to stab me with it",
    "he bought a gun, it was in a box, he's pointing it at me now",
    "I took all my tablets on purpose, the whole box, I want to die",
    "my son cut himself on purpose and it won't stop bleeding",
    "he always says he'll kill me and he's outside the door now with a knife",
])
def test_round_thirty_twos_danger_beside_stays(text: str) -> None:
    assert detect_danger(text) is not None


# The lead's review of the thirty-second round: its everyday and "it is over" accounts never excuse a body in trouble or
# an attack going on said beside them, nor "no one is safe", and they do not teach the classifier to give way to them.
@pytest.mark.parametrize("text", [
    "my mum took her tablets twice by mistake and now shes not breathing",
    "stuck at home with my bad knee and he is hitting me right now",
    "i lost my key, hes got me locked in, ok?",
    "he has a knife here no one is safe",
    "now he prison, finish. but his brother is at the door with a bat",
    "finish now? he is still punching the door",
])
def test_round_thirty_twos_accounts_never_excuse_acute_danger(text: str) -> None:
    assert detect_danger(text) is not None
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "Here no gun. Here safe. I am ok now",
    "my nan took her water tablets twice by mistake, the GP said she'll be fine",
])
def test_round_thirty_twos_calm_accounts_still_give_way(text: str) -> None:
    assert detect_danger(text) is None


# A forced marriage arranged for a day soon, told with the past of its arrangements or its threats as conditions: the
# classifier's danger_now is trusted, not demoted (lead, seventeenth session); one told as long over still gives way.
@pytest.mark.parametrize("text", [
    "the imam was booked last week for the nikah this Sunday. mum said if I make a scene they'll send me back to Sylhet",
    "they booked the hall last month for the engagement this Saturday, I said no and dad said if I refuse I'm dead to him",
])
def test_a_forced_marriage_soon_told_with_its_past_or_threats_is_not_demoted(text: str) -> None:
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "when I was 15 they forced me into a nikah on a Friday, I'm 40 now and I want to talk to someone",
    "my sister's engagement is on Saturday, she chose him herself, we're all so happy",
])
def test_a_forced_marriage_long_over_or_a_wanted_one_still_gives_way(text: str) -> None:
    assert told_as_not_now(text)


# Signs of force the forced-marriage focus set taught (lead, seventeenth session): a phone hidden to write from, nobody
# knowing they write, got there "whatever it takes", disowned if they do not go; not a wedding wanted "whatever it
# takes", nor a threat of long ago.
@pytest.mark.parametrize("text", [
    "writing on a phone i hid under the mattress. nikah is on saturday in mirpur, we fly thursday, i never agreed",
    "my brother says they'll get me to the wedding on friday whatever it takes, i'm 19 and i said no",
    "the engagement is tomorrow night, nobody knows im messaging you, i dont want this",
])
def test_a_forced_marriage_told_by_its_hidden_phone_or_its_threats_is_caught(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


@pytest.mark.parametrize("text", [
    "whatever it takes I will make my wedding on saturday perfect, so excited",
    "my parents said I'd be dead to them if I didn't marry him, that was 2012, I'm divorced and fine now",
])
def test_a_wanted_wedding_or_an_old_threat_is_not(text: str) -> None:
    assert detect_danger(text) is None


# Thirty-third round (set 65 and the focus sets on forced marriage / FGM, held captive and attack on the home), in new
# words. Forced marriage or cutting told by its arrangements: told to her face she "will come back married", no return
# ticket, pulled out of college for the trip, a threat to the family if she does not go, one who cannot consent, the
# cards done with a no and a threat; cutting told as "a small operation like her sister's" or "what they did to my
# cousin, now my turn".
@pytest.mark.parametrize("text", [
    "uncle bought the flights to Dhaka for tuesday and told me straight, you will come back married",
    "we leave for Mirpur on thursday, my cousin says the shaadi over there is mine, and the ticket is one-way",
    "mum pulled my sister out of college, they fly to Lahore on Saturday and her rishta is all set",
    "my engagement is next week in Erbil, if I don't go they'll hurt my little brother",
    "my cousin is 30 with severe learning disabilities and they are flying him to Jalandhar on Monday to get married, he thinks it is a trip to the zoo",
    "the lavan are fixed, the invitations are printed, I said no and my father says he'll send me to the village and I'll never come back",
    "auntie says Fatima will have a little operation like her big sisters did, the flight is on Sunday, she is 8",
    "nani said tonight they'll do to me what they did to my older cousin, it's my turn now, she was bleeding for days",
])
def test_round_33_forced_marriage_or_cutting_told_by_its_arrangements(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# A woman called for a girl on a day soon where cutting is named: the classifier is trusted, not demoted, though the
# mother's own cutting is told in the past.
def test_round_33_a_woman_called_for_a_girl_is_not_demoted() -> None:
    assert not told_as_not_now("they cut me when I was a child. Grandma has booked a lady to come on Friday for my daughter, she is 5, I heard it all")
    assert told_as_not_now("my grandmother booked a lady to come on Friday to do my daughter's henna for the mehndi")


@pytest.mark.parametrize("text", [
    "my two nephews keep moaning about being dragged along to a wedding in Derby this weekend, made me wonder if they're ok",
    "my bestie will come back married, she flies out tomorrow for her own wedding, she's been planning it for two years",
    "Nobody is forcing me to marry, I'm 19 and at uni, I just want to know the UK law for my cousin back home",
    "my son's circumcision is at the hospital on Monday, the surgeon went through everything, I'm a bit anxious",
])
def test_round_33_a_guest_a_wanted_wedding_a_law_question_or_a_sons_circumcision_is_not(text: str) -> None:
    assert detect_danger(text) is None


# Held captive told without "locked in": not let out since a day, told they are not leaving till he says so or till the
# wedding, the keys or the passport kept and the door locked or watched, locked in a unit with the workers inside, a
# chain on and the door stood in front of, a relative locking them in with a parent.
@pytest.mark.parametrize("text", [
    "she hasn't let me out of the flat since Tuesday and says she'll know if I try",
    "my uncle has my passport and says I'm not going out till he says so",
    "he locked the bedroom and took the key with him, i can't get out",
    "the boss keeps all the keys and we are not allowed to go out of the back kitchen",
    "they hide my passport and lock the gate every morning, I am inside now and the doors are locked",
    "the manager locked the doors of the unit with all of us still inside and went home",
    "she has bolted the chain and is standing in front of it, every time I walk to the door she pushes me back",
    "my grandad with dementia has locked me and nan in the conservatory and hidden the keys",
    "brother in law is sat by the front door all day and they took my passport, they won't let me go out",
])
def test_round_33_held_captive_told_without_locked_in(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "held_captive"


@pytest.mark.parametrize("text", [
    "my mum grounded me for a fortnight, not allowed out after college, so unfair",
    "i haven't let my daughter go out since the party, she's 14 and that's my rule",
    "stuck in the lift at the station for half an hour, the engineers got us out",
    "mum says I'm not leaving the house until I've tidied my room",
])
def test_round_33_a_grounding_a_rule_or_a_lift_is_not_held_captive(text: str) -> None:
    assert detect_danger(text) is None


# An attack on the door told with "keep" or "won't stop" is going on now (only a strong habit makes it an account); the
# door, the lock or the glass giving; things thrown at the windows as they write; forcing a shutter or a letterbox.
@pytest.mark.parametrize("text", [
    "he keeps ramming the back door with his shoulder",
    "they keep booting the front door and shouting open up or else",
    "they won't stop hammering",
    "the lock's going",
    "lads at the front, one is kicking the frame and the glass is cracking",
    "somebody is prising the shop shutter and I'm in the flat above",
    "stones getting thrown at our windows right now, whole gang out there",
    "someone's trying the french doors at the back, I'm upstairs on my own",
    "they smashed the door of the flat next door and now they're coming up the stairs to us",
    "wedged the wardrobe against the door, they're still outside",
    "men are banging on my kitchen window shouting at me",
])
def test_round_33_an_attack_on_the_home_going_on(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "attack_on_home_now"


@pytest.mark.parametrize("text", [
    "he always keeps kicking the door when he's drunk, every weekend, I'm trying to get the courage to leave",
    "my toddler keeps kicking the door of the washing machine",
    "our van got keyed overnight, found it this morning, just need a crime number for the insurance",
    "he kicked the back door in on Monday, police came and he's on remand now, who fixes the door?",
])
def test_round_33_a_habit_an_everyday_kick_or_damage_over_is_not(text: str) -> None:
    assert detect_danger(text) is None


# The round's excuses read as an attacker would: a grounding, a wedding of one's own, damage found after the night, a
# feeling of being trapped or a son's circumcision never silence an attack or a body in trouble said beside them.
@pytest.mark.parametrize("text", [
    "I feel trapped in this marriage, he isn't stopping me going out but right now he's strangling me",
    "grounded for a week but dad has locked me in the shed and I can't breathe",
    "the car got smashed overnight, found it this morning, and now he's outside with a knife",
    "my son's circumcision is at the clinic tomorrow but my husband is hitting me right now",
])
def test_round_33_excuses_never_silence_acute_danger(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "I feel trapped in this marriage but he doesn't stop me going anywhere, how do I leave",
    "im gonna kill my sister she ate my last chocolate",
])
def test_round_33_a_feeling_or_a_petty_threat_is_not(text: str) -> None:
    assert detect_danger(text) is None


def test_round_33_a_sibling_banging_on_the_bathroom_door_in_jest_is_not() -> None:
    assert detect_danger("my sister keeps hammering on the bathroom door because I've been in the bath an hour haha") is None
    assert detect_danger("he keeps hammering on the bathroom door haha im so scared he's got a knife") is not None


def test_round_33_a_door_locked_on_workers_inside_is_held_not_locked_out() -> None:
    found = detect_danger("the supervisor locked the fire door on us, eight of us in here and his phone is off")
    assert found is not None and found.category == "held_captive"
    assert detect_danger("my flatmate locked the door on me as a joke and I was stuck outside in the rain for ten minutes") is None


def test_round_33_a_door_kept_kicked_when_he_is_drunk_is_a_habit_unless_now() -> None:
    assert detect_danger("the man upstairs keeps booting our front door when he's had a drink, who do I tell") is None
    assert detect_danger("the man upstairs keeps booting our front door when he's had a drink and he's doing it right now") is not None


# An account from another country, the writer here and safe or supported now, or a threat said there before with the two
# separated and him abroad, read on the whole message; never with someone here now or a threat said now beside it.
@pytest.mark.parametrize("text", [
    "In Syria they held a knife to my throat. Now I am in the UK and I am safe, but I have bad dreams. Is there help for this?",
    "In Sudan I took many pills once. Now I have a therapist here, he helps me, I am ok",
    "my ex said back home in Poland he would kill me if I left. Now we are divorced and he lives in Poland.",
])
def test_round_33_an_account_from_afar_is_not(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "In Eritrea my uncle beat me. Now I am in Leicester, safe. But today he is outside my house with a knife",
    "In Iraq my cousin said he will kill me. Now I am in Leicester safe but he is coming tonight",
    "my ex said in Poland he will kill me. we are divorced and he is in Poland but he just texted he is coming to kill me tonight",
])
def test_round_33_an_account_from_afar_never_silences_danger_here_now(text: str) -> None:
    assert detect_danger(text) is not None


# The lead's review of the thirty-third round, read as an attacker and as a careless reader would: a door or gate kept
# at by the weather, a pet or a small child, children knocking and running off, a what-if, a bare "it's going", a
# wedding joke that is not the writer's own, and a job one feels trapped in stay quiet; the attack beside them does not.
@pytest.mark.parametrize("text", [
    "the gale keeps slamming our side gate all night, any way to fix the latch?",
    "my puppy keeps scratching and banging the back door to go out",
    "my little one keeps kicking it across the lounge, it's a foam ball",
    "some kids keep banging on the front door and legging it, every half term",
    "what if my ex keeps kicking the door like he did last winter",
    "it's going",
    "if i dont turn up to the walima sunday my khala will kill me haha",
    "feel trapped in my job tbh but no one is stopping me leaving, just need the money",
])
def test_round_33_review_a_thing_a_joke_or_a_what_if_at_the_door_is_not(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "the storm woke us but now two men keep kicking the back door",
    "kids keep banging on the door and running off, now they've put the kitchen window in and are climbing through",
    "the lock's going, they're still at it",
    "he locked the flat and took all my keys, i cant get out",
    "they're marrying me off on saturday lol i said no, dad says i'll go whether i like it or not",
])
def test_round_33_review_the_attack_or_the_force_beside_them_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# The lead's review of the fourth forced-marriage focus set (eighteenth session), in new words: a wedding hidden from
# the one it is for, a door locked on them beside a wedding soon, "it doesn't matter what I say", kept from school
# because married by then, the arrangement told over several sentences with a past word in one, a family "coming to fix
# the date", the nights before a wedding (a dholki, a mayun), their joke not the writer's.
@pytest.mark.parametrize("text", [
    "my khala let slip the dholki is on thursday and its for me not my cousin. i'm 17",
    "she has no idea it's her own nikah on saturday, they've told her it's a family dinner",
    "mehndi is tomorrow night and they've locked my bedroom door, i'm texting from my old phone",
    "the baraat comes on sunday. i told them no a hundred times and dad says it doesn't matter what i want",
    "We leave for Sylhet on Wednesday. Abbu phoned the college yesterday and said I won't be back after Christmas because I'll be married",
    "the boy's family came round last night to agree it. the nikah is on friday. i've said no and mum says i have no choice",
    "the elders are coming tomorrow to fix the date and the wedding is the same week, i'm 15 and i dont want this",
    "my aunties keep saying 'you'll be a bride by friday' like it's a joke but the flight is booked and i never agreed",
])
def test_lead_review_18_a_wedding_forced_soon_told_by_its_arrangements(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


@pytest.mark.parametrize("text", [
    "I was made to marry at 17 back in 1996. The nikah was on a Friday and I still remember it",
    "my cousin was pushed into a nikah last year but she's happy now. we're going to hers on sunday for dinner",
    "I'll be back in January after my brother's wedding on saturday, so excited",
    "the electrician is coming tomorrow to fix the lights before the mehndi, so much to do",
    "my sister's dholki is on thursday and she's buzzing, she picked him herself",
    "mum keeps saying i'll be next to get married like it's a joke, i'm 29 and happily single lol",
    # the lead's second read: a door locked by the writer or for a cake, a slip of the tongue, are not force
    "nikah on saturday and i've locked my bedroom door so i can practise my vows in peace",
    "wedding's tomorrow!! locked the back door so the kids can't get at the cake",
    "the mehndi is friday and i nearly let slip to my cousin what her present is",
])
def test_lead_review_18_a_wedding_past_wanted_or_teased_is_not(text: str) -> None:
    assert detect_danger(text) is None


# The lead's read of the thirty-third round's account from afar: safety here now excuses what happened there, never a
# danger told after it.
@pytest.mark.parametrize("text", [
    "back in Eritrea the soldiers beat us. now we are in Leicester, safe, but my uncle tracked us down and he has a machete",
    "in Kosovo he said he would kill me. now i live in Leicester, i am fine, but he just texted that he is in Leicester and will kill me tonight",
])
def test_lead_review_18_safety_here_never_excuses_a_danger_told_after_it(text: str) -> None:
    assert detect_danger(text) is not None


def test_lead_review_18_an_account_from_afar_with_safety_here_stays_quiet() -> None:
    assert detect_danger("In Sudan the militia held a gun to my father. Now we are in Leicester, safe, and my mum has a counsellor") is None


# Thirty-fourth round (sets 69 and 70, the third forced-marriage focus set and the focus sets on self-harm, released or
# found and forced marriage), in new words. Forced marriage or cutting told by its arrangements: the wedding's own words
# in other languages (a thaali, a katb el kitab, a viah, a sagai, a zemawend), a date this month ("on the 18th"), a
# ticket one way told apart, "I won't be coming back", dead to the family, a mother's poison, a schoolgirl's year, "I
# haven't even agreed", "whether I turn up or not", dragged there, not allowed to say no, a girl's age after a comma,
# "they said holiday", a passport gone, the cutting's own names (tahoor, gudniin, a "small kutting").
@pytest.mark.parametrize("text", [
    "amma has fixed the thali ceremony for sunday, I keep telling her I don't want this man",
    "baba says the katb al kitab is on friday with my uncle's son, I'm 16",
    "everyone keeps saying my viah is next saturday, i'm 17 and nobody asked me",
    "the sagai is tomorrow at the community hall and I never agreed to any of it",
    "they fixed my nikah for the 18th, that's ten days away, and dad says I'm dead to this family if I fight it",
    "abbu got me a flight to Lahore for thursday, one way, and my khala says the rishta is already done",
    "my walima is saturday and i haven't even agreed to the nikah",
    "my mangni is tomorrow evening whether I show up or not, my brothers said they'll drag me there",
    "my husband's cousin comes tomorrow and they will do the nikah with my girl, 15, on saturday, I am not allowed to say no",
    "we're at the airport now, they said holiday but my cousin just told me the shaadi is mine, we board in an hour",
    "mum says if I make trouble she will drink poison, the biye is on friday in Sylhet",
    "my passport has gone from my bag and we fly on monday for a wedding, my nan says the wedding is mine",
    "granny says the old woman will do the tahoor on my little sister this weekend",
    "my auntie says a lady is coming tomorrow to do gudniin on me, I'm 10",
])
def test_round_34_forced_marriage_or_cutting_told_by_its_arrangements(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# A forced marriage soon told over several sentences with a past in them is not demoted (the classifier is trusted).
@pytest.mark.parametrize("text", [
    "mum told us it's only a holiday. my sister just texted congrats on the nikah. we board at gatwick in an hour",
    "mum packed for me. she says it's only a holiday. I won't be coming back, the wedding is sunday over there",
])
def test_round_34_a_forced_marriage_told_over_sentences_is_not_demoted(text: str) -> None:
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "the church is booked for the 18th and I'm so excited, he proposed at Christmas",
    "my niece is marrying her long-term boyfriend on saturday, I'm doing the flowers",
    "the girls in our youth theatre are rehearsing a play about FGM tonight, I play the woman who brings the blade",
    "my brother's wedding isn't till june, I'm just sorting the caterers and the playlist now",
    "I was married off at 18 and now I'm 39 and divorcing him at last, he's moved out already",
    "my dad will kill me if I'm late for the mehndi again lol",
])
def test_round_34_a_wedding_wanted_played_far_off_or_over_is_not(text: str) -> None:
    assert detect_danger(text) is None


# Self-harm or an overdose now: pills "all of them" unnamed, a cut gone too deep, the French for all the tablets, someone
# cut down breathing slowly, tablets taken within the hour, someone feared "going to do something" now; not children
# taken out, a nose bleed, someone asleep breathing slowly.
@pytest.mark.parametrize("text", [
    "swallowed them all about ten minutes ago, my heart is racing",
    "i meant to just scratch but i cut way too deep and it's still going",
    "j'ai avalé tous les comprimés, je suis désolée",
    "I got her down from the banister, she is breathing really shallow and not opening her eyes",
])
def test_round_34_self_harm_or_a_body_in_trouble_now(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "I've lost my job and I'm behind on rent. I swallowed all the tablets twenty minutes ago. I just wanted someone to know",
    "he gave his little brother his watch and his trainers, said he won't need them any more, I think he's going to do something tonight",
    "my ex is back for his shift in twenty minutes and he said if I told anyone he'd kill me",
])
def test_round_34_a_present_danger_told_calmly_is_not_demoted(text: str) -> None:
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "took them all to the cinema after school, they loved it",
    "my granddad is breathing slowly now, fast asleep in his chair after dinner",
    "my nose won't stop bleeding in this dry weather, is that normal",
    # (lead's review at the merge: the round's new patterns in their everyday senses)
    "nan baked scones and the grandkids took them all",
    "I went too deep with the pruning saw into the hedge lol",
    "I'm in year 8 and my auntie's wedding is on sunday, can't wait",
    "my sister is waiting in front of our flat to give me a lift to college",
    "he's sat across the road on the bench eating his sandwich",
    "the courier is walking to our door with something in his hand",
])
def test_round_34_children_taken_out_or_someone_asleep_is_not(text: str) -> None:
    assert detect_danger(text) is None


# Released or found, here now: a new partner walking to the door with something in his hand, one out of prison standing
# in front of the house (learner English, the "now" split off by a comma), someone sat across the road as they look out.
@pytest.mark.parametrize("text", [
    "her ex has been in his car for an hour and now he's heading towards the front door with something in his hand",
    "the man who hurt me is out of prison, now he standing outside our flat with his cousin, my kids are inside",
    "a neighbour said someone asked for my flat number. I just looked and he's sat on the bench across the road",
    "my ex is parked across the road staring up at the kids' window",
    "my tablets, I took them all",
])
def test_round_34_released_or_found_here_now(text: str) -> None:
    found = detect_danger(text)
    assert found is not None


@pytest.mark.parametrize("text", [
    "my sister is sitting across the road at the bus stop waiting for her friend",
    "he stands outside my house every morning to smoke, it's his house too",
])
def test_round_34_someone_across_the_road_or_a_habit_is_not(text: str) -> None:
    assert detect_danger(text) is None


# The round's give-ways by kind: whether self-harm must be reported, asked; self-harm as a teenager or years not done;
# knives for the crop at work; a cut finger plastered; a game's guns; a new address given to the council; "only the
# wind" with him in prison for years; a brother released and welcomed with a family meal; self-harm only not mentioned.
@pytest.mark.parametrize("text", [
    "if I admit I cut myself before, do you have to tell my school?",
    "do counsellors have to inform the police if a client says they hurt themselves?",
    "I cut myself as a teen and haven't done it for 6 years, I want to ask about a neighbour dispute",
    "the pickers carry knives for the lettuces, it's just the job, but the supervisor swore at me, who do I tell?",
    "sliced my thumb on the mandoline, bleeding loads but now a plaster on and I'm fine",
    "my nephew plays a shooting game online and tells his mates I'll kill you, should I worry?",
    "I need to update my new address with the council, could my ex find out from it?",
    "I kept imagining he was at the window but it's only the tree, he is in prison until 2029",
    "my son got out of prison yesterday and we had a family dinner to welcome him home",
    "my daughter hasn't mentioned anything about hurting herself but she seems withdrawn, where can she get support?",
])
def test_round_34_a_question_an_account_or_an_everyday_sense_is_not(text: str) -> None:
    assert detect_danger(text) is None


# ... and read as an attacker would, none of them silences an attack or a body in trouble beside it.
@pytest.mark.parametrize("text", [
    "if I tell you I cut myself before, will you report it? I've just cut again and it's pouring with blood",
    "I self-harmed as a teenager, now I've swallowed 30 pills",
    "the pickers carry knives for the lettuces but one of them is holding his to my neck right now",
    "my nephew plays a shooting game online, but now he's got a real knife at his sister",
    "it's only the wind I thought, but he's still at the door and he's kicking it in",
    "my son got out of prison yesterday, we had a family dinner, and now he's hitting his girlfriend",
    "my brother's wedding isn't till june but my dad is strangling my mum right now",
    # (lead's review at the merge: a weapon in hand whatever the game; the old self-harm's time is not the new dose's;
    # "only the wind" with someone at the window now)
    "my lad plays that war game every night and now he's got a knife in his hand saying he'll kill us",
    "my son plays a shooting game and he just said he will shoot me, he has his dad's gun",
    "I cut myself as a teenager, and today I took 40 paracetamol",
    "it's only the wind I keep telling myself, he is in prison until 2029, but his brother is at my window now",
])
def test_round_34_excuses_never_silence_acute_danger(text: str) -> None:
    assert detect_danger(text) is not None


# ... nor make the classifier give way when harm is looked ahead to beside the account.
@pytest.mark.parametrize("text", [
    "I self-harmed years ago, and tonight I'm going to end it",
    "do counsellors have to tell anyone if a client self-harmed before? I can't go on any more",
])
def test_round_34_an_account_beside_harm_ahead_does_not_give_way(text: str) -> None:
    assert not told_as_not_now(text)


# Lead's review (twentieth session): a condition or a what-if in one sentence does not make another sentence one; each
# other sentence is read as if it had come alone.
@pytest.mark.parametrize("text", [
    "if I tell you I self-harmed before, will you have to tell my school? he's got a knife",
    "my dad will kill me if I'm late. he's holding a knife",
    "what happens if I ring 101 instead? my ex is outside the door now",
    # (twenty-first session) in one sentence, a part after a condition that follows its consequence
    "my dad will kill me if I'm late, he's holding a knife",
    "she says she'll end me if i tell anyone, she's got scissors in her hand right now",
    "he'll go mad if i ring you; he's kicking the bedroom door in",
])
def test_a_condition_in_one_sentence_does_not_make_another_a_what_if(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "What if he comes back tonight. He'd kill me.",
    "If my ex finds out he will burn the house down. He's done it before.",
    "What if someone breaks in. I'd be on my own.",
    "if anyone asks, i'm fine. im just tired.",
    # (twenty-first session) a condition that opens its sentence governs what follows; a part saying what will or
    # would happen is the consequence; a part with a condition of its own is one
    "if he finds out where I am, he's got a knife and he'll use it",
    "he'll kill me if I leave, he'd burn the house down with us in it",
    "mum will kill me if i'm late, i'm at the bus stop now",
    "my sister will murder me if i miss her wedding, she's booked the hall",
    "he'd kill me if he knew, he could find me easily",
])
def test_a_what_if_over_several_sentences_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None


# Thirty-fifth round (set 73 read): a weapon held, its use threatened on a condition said now; a body's trouble with pills
# washed down with drink; a witness's "there's someone being beaten" (each in new words).
@pytest.mark.parametrize("text", [
    "he's holding a hammer and says he'll use it if anyone tries to leave",
    "my flatmate is holding a bread knife and telling me she'll use it if I call the police",
    "he's washed a whole box of co-codamol down with cider",
    "there's a lad being kicked by three blokes outside the chippy",
])
def test_round_thirty_five_present_danger_is_read(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the accounts, questions and everyday senses of the same words stay quiet: a separation's now, a flinch that
# lingers, a threat of one dead now or of a drinker away in rehab, "screaming blue murder", someone the writer let out,
# a marriage happy for decades or "in my time", a subject done in a lesson, pills washed down the sink, a carving knife
# offered, a film's beating.
@pytest.mark.parametrize("text", [
    "would it count as assault if he squeezed my neck? that was last spring and we're not together now",
    "my ex strangled me back in college, he's not in my life now but i still flinch when someone touches my throat, who can I talk to",
    "my father when alive said many times he would kill me. he is died 5 year now, why do I still fear him",
    "when he's been drinking he says he'll kill me. he's in rehab now for six weeks, I just want to understand it",
    "the baby is yelling blue murder because I took the remote off her",
    "the toilet door jammed on a customer at the shop today, let him out straight away, all good",
    "in my day girls married at 16, I married at 16 and we were happy 40 years, now it's different",
    "we covered honour abuse in PSHE today, what's the difference between forced and arranged marriage?",
    "washed all my old tablets down the sink like the pharmacist said",
    "my grandad is holding the carving knife and says he'll use it if anyone wants more turkey",
    "the coach says he'll use the whistle if anyone tries to cheat",
    "we bought a fire extinguisher and dad says he'll use it if anyone tries to light a barbecue indoors lol",
    "the chef handed me his best knife and said I can use it if I'm careful",
    "there's a man getting beaten in the film we're watching lol",
    "there's a kid being kicked in the football match on telly, dirty tackle",
])
def test_round_thirty_five_an_account_or_an_everyday_sense_is_not(text: str) -> None:
    assert detect_danger(text) is None


# ... and read as an attacker would, none of the round's excuses silences an attack, a weapon or someone at the door beside it.
@pytest.mark.parametrize("text", [
    "we're not together now but he's got his hands round my neck right now",
    "my ex strangled me back in college, he's not in my life now but i still flinch, and he's outside my window right now",
    "my father when alive said many times he would kill me, he died 5 years ago, now my uncle is at the door with a knife",
    "when he's been drinking he says he'll kill me. he's in rehab now but he's just walked out and is outside the house",
    "when he's been drinking he says he'll kill me. he's in rehab now, but his brother has a knife and is at my door",
    "my neighbour is screaming blue murder, her husband is hitting her right now",
    "he was let out of prison today and he's at my door",
    "in my time marriages were arranged, but now my son is forcing my granddaughter to marry her cousin tomorrow",
    "we did forced marriage in RS today and my parents are taking me to Pakistan tomorrow to marry my cousin",
    "my husband is happily married to me he says, but he is strangling me right now",
])
def test_round_thirty_five_excuses_never_silence_acute_danger(text: str) -> None:
    assert detect_danger(text) is not None


# Thirty-fifth round, self-harm (the first and second self-harm focus sets, read): each kind the detector and the model
# missed or took wrongly for danger, in new words, both ways.
@pytest.mark.parametrize("text", [
    # a count hedged ("like", "about", "roughly")
    "i've taken about 25 of my dad's codeine and my ears are ringing",
    "took roughly 30 of the sleeping tablets an hour ago",
    "swallowed like 18 nurofen at lunch and my stomach is burning",
    # a whole box without its article; everything in the cupboard; the lot of a medicine; taken on purpose
    "swallowed whole packet co-codamol with cider, getting sleepy",
    "ive swallowed everything that was in the bathroom cabinet, sorry",
    "took the lot of my gabapentin with cider, done now",
    "injected loads of insulin on purpose and i'm shaking",
    # some of a poison, a rat poison, learner English's "drink ... just now"
    "drank some of the antifreeze from the garage, throat on fire",
    "i swallowed the rat poison from the shed an hour ago",
    "my sister drink the drain cleaner just now, she crying",
    # a limb just cut; "cut deep" opening a message; cut with a blade; fuel poured on oneself; a weapon turned on oneself
    "i've just cut my arms in my room and can't stop shaking",
    "cut deep tonight, wont stop",
    "cut my arms with a razor blade just now",
    "i have poured the petrol over myself and i have a lighter",
    "I've got a knife and I'm going to use it on myself",
    # a jump now in learner English, a farewell or a height beside
    "I go jump now, nobody want me, sorry",
    "I am on balcony of 5th floor, I jump now",
    # someone's farewell received, then silence, a place or a means
    "my brother posted goodbye and a picture of the railway line, not answering",
    "my daughter messaged me 'thank you for everything, sorry' and a photo of tablets, she wont pick up",
    "got a text from my cousin 5 mins ago saying forgive me, her phone is off now",
    "my dad left a note on the fridge saying sorry for everything and his van's gone, he used to talk about the reservoir",
])
def test_focus_self_harm_35_present_danger_is_caught(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "self_harm"
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    # a time, a dose's unit, a thing carried away
    "it took 20 minutes to find the paracetamol in the big tesco",
    "took 10 mg of sertraline this morning like the gp said",
    "took everything in the cupboard to the tip on saturday",
    # a leg cut shaving or on a nail; a pumpkin cut deep; petrol on a bonfire; a razor or scissors for one's hair
    "just cut my arm on a nail at work",
    "cut deep into the pumpkin for the lantern",
    "I'm going to use my new razor on myself for the first time, so nervous about shaving",
    "I am going to use the scissors on myself to trim my fringe",
    # a jump into a pool or off a board; a death one only thought was coming
    "I am jumping now into the pool haha",
    "im jumping now off the top board at the leisure centre",
    "thought i was going to die, the rollercoaster was so fast",
    # an ex's apology, a mum at work, a goodbye from the airport
    "my ex texted sorry for everything and now he won't answer",
    "she texted goodbye from the airport and now her phone's off",
])
def test_focus_self_harm_35_everyday_words_are_not_caught(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    # self-harm told over, the person well now
    "my cousin took an overdose last month but she's recovering at home, how can I help her?",
    "my uncle tried to end his life in 2018, he is doing well now and works at the allotment",
    "Rough time in 2020, ended up in A&E after tablets. Three years good now.",
    # things given away for a reason, a goodbye with its reason, a height for an everyday doing
    "giving away my books to the charity shop, moving house next week",
    "said goodbye to my colleagues, moving to Manchester",
    "on the multi storey roof taking photos of the fireworks with my kids",
    "on the top of the car park and cant find my car, been walking for ages",
    # pills explained, a rope for a job, a normal dose asked about
    "found pills in my daughters room, turned out to be her vitamins",
    "slung a rope over the beam to lift the engine block",
    "can I take another paracetamol if the headache comes back?",
    # dying as a figure of speech, venting, a threat over a result
    "so tired i could die, 3 nights of no sleep with the baby",
    "i could die of embarrassment, he saw my messages",
    "baby screamed all night, I'm fine, just venting",
    "my son says he'll kill himself if city lose on saturday, it's about the football, is that a saying?",
])
def test_focus_self_harm_35_an_account_or_an_everyday_sense_gives_way(text: str) -> None:
    assert detect_danger(text) is None
    assert told_as_not_now(text)


# ... and read as an attacker would, none of the round's excuses silences harm, a weapon or a body in trouble beside it.
@pytest.mark.parametrize("text", [
    "my friend took an overdose last month but she's doing better now. I've taken 30 paracetamol",
    "she overdosed last year, she's fine now, but tonight she's taken her whole box of pills again",
    "she took an overdose on sunday and she's recovering, but her boyfriend is hitting her right now",
    "standing on the bridge feeding the ducks, going to jump in a minute",
    "found pills in my daughters room, turned out she took 20 of them and she's drowsy",
    "just venting, I'm fine, but I've taken 40 tablets",
    "he's stabbing her right now, she's dead on her feet",
    "dead on my feet after the shift, he's got a knife to my throat",
    "i took all my tablets, can i take ibuprofen as well?",
    "my son says he'll kill himself tonight if city lose, is that a saying?",
])
def test_focus_self_harm_35_excuses_never_silence_danger_beside(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "my son tried to hang himself in 2022, he is good now but he's got the rope out again",
    "gave all my stuff away to charity, won't need it where I'm going",
    "said goodbye to everyone, tonight's the night, sorry for everything",
    "rope over the beam, stood on the chair, sorry for everything",
    "giving my games to my brother cos I'm moving on, going to the bridge tonight",
])
def test_focus_self_harm_35_an_excuse_beside_harm_ahead_does_not_give_way(text: str) -> None:
    assert not told_as_not_now(text)


# Lead's review of the thirty-fifth round's self-harm give-way: things given away or a goodbye with a warning sign beside
# (not needing them where one is going, heaven, "this is goodbye") never give way, nor a ledge on a sunny day; the means
# laid out ready is danger now, even after an overdose told as over.
@pytest.mark.parametrize("text", [
    "handing all my books to the charity shop, i won't need any of it where i'm going",
    "gave my camera to my cousin, dont need it anymore, this is goodbye",
    "my brother is giving his xbox away and saying bye to everyone, says he'll see mum in heaven",
])
def test_things_given_away_with_a_warning_sign_do_not_give_way(text: str) -> None:
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "sitting on the ledge at the top of the multi storey, sunny day for it",
    "I took an overdose in 2020 and I'm fine now but I've got my tablets lined up on the bed",
    "got the co-codamol counted out in front of me",
])
def test_a_ledge_on_a_sunny_day_and_the_means_laid_out_are_danger(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "my grandad has his pills lined up for the week on the kitchen table",
    "gave all my daughter's old school uniform to the charity shop, she's outgrown it",
    "fed the swans off the canal bridge with my niece, lovely afternoon",
])
def test_a_week_of_doses_and_things_given_for_a_reason_stay_quiet(text: str) -> None:
    assert detect_danger(text) is None


# Thirty-fifth round, the sixth forced-marriage focus set (read set 911): each kind the round caught or gave way, in new
# words, both ways.
@pytest.mark.parametrize("text", [
    # never asked; a no that cannot be said; a day cut short
    "the nikah's fixed for saturday at my uncle's and i was never even asked",
    "they told me the rishta is done and the mangni is this sunday, i cant say no to my father",
    "theyre marrying me to my cousin on fri and i dont want him",
    # the cutting's names said of a girl; "the cut on" a girl; what it is called; the cutter coming for a girl
    "my mother-in-law has arranged khitan for my daughter on saturday",
    "they will do the sunnah on my niece tomorrow, she is six",
    "gran says they're doing the cut on my little sister this weekend",
    "the old lady is coming tonight, they are doing the cut on me after dinner",
    "grandma keeps saying my niece must be made pure like the other girls, they fly out tonight",
    "aunty says it is time for my cousin to be finished, the plane is tomorrow",
    "a cutter is coming 2day for our little girl",
    # the woman named by what she does, then booked for a girl
    "the lady who does the khatna is visiting from Mogadishu and my aunt has booked her for my baby sister on sunday",
    # the husband or the man chosen; an age in brackets or in learner English; no discussion; school not to be told
    "I'm 14 and my dad says a man from Dhaka comes next week to be my husband",
    "my sister is 16 and they've already got the man and the jewellery, we leave for Erbil on saturday",
    "my girl (12), her father say she marry his friend next week",
    "she have 13 year and they marry her on sunday",
    "dad said there's no discussion, my engagement is on sunday and the wedding is straight after",
    "my cousin has been told not to tell school, the wedding is next week in Bradford",
    # exams not needed any more; a sibling's same trip that ended married, years ago
    "last week my uncle fixed my rishta with a boy in Jhelum, we fly on Sunday and he said I won't need my GCSEs any more",
    "we go to Mirpur on Tuesday to see family. my big sister went the same way four years ago and came back married, I know it's the same. I'm 14",
    # a party that is the wedding, not wanted
    "I'm 14 and they've arranged for me to marry a man from my dad's village, the party is on friday. I don't want it",
])
def test_focus_forced_marriage_6_kinds_caught(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


@pytest.mark.parametrize("text", [
    # not asked to be a bridesmaid; no said to a job; a sun lounger
    "my cousin's wedding is saturday and i wasn't even asked to be a bridesmaid",
    "my best friend's wedding is on friday and I can't say no to doing her makeup",
    "im 15 and I sat on sun loungers all day at my aunts wedding in Dubai",
    # a son's circumcision, a prayer, a surgeon's excision, the barber's or the hairdresser's cut, a pizza cutter
    "my son's khatna is on sunday, the whole family are coming",
    "we're praying the sunnah tomorrow at the mosque with my daughters",
    "the excision for my daughter's mole is tomorrow at the LRI",
    "the barber is doing the cut on me tomorrow before the match",
    "the hairdresser is doing the cut on my daughter tomorrow, just a trim",
    "the pizza cutter is here today for my daughter's party",
    "it's time for her to be finished with the bathroom tonight, she's been in there an hour",
    "the builders say the kitchen will be finished like my neighbour's by friday",
    # a husband coming home; the man for the job; an age that is no child's, a school year beside
    "my husband is coming home tomorrow from Dhaka, I can't wait",
    "we've got the man for the job coming saturday to fix the boiler, my daughter is 16",
    "my daughter (25) is marrying her boyfriend on saturday, so proud",
    "my daughter 14 year in school, she go to her friend wedding sunday",
    "the wedding is saturday and there's no discussion about the menu, mum has decided",
    "my sister's surprise engagement is on saturday and mum said not to tell anyone",
    "the wedding is on friday and the teacher said we won't need our exams results till august",
    # a bride who chose him herself; a henna night for a wedding wanted; a child's own ceremony
    "my cousin is marrying a man she chose at uni, the mehndi is tomorrow",
    "the walima is on sunday and I'm doing my aunty's henna tonight, she's so excited",
    "the ceremony for my daughter (7) is on sunday, her first holy communion, she looks like a princess",
])
def test_focus_forced_marriage_6_everyday_words_stay_quiet(text: str) -> None:
    assert detect_danger(text) is None


# The family against it, nothing arranged; a cutting overheard that was a cake's or a ribbon's; a lesson debated or a
# classmate's mother's past: accounts, the classifier's danger_now gives way ...
@pytest.mark.parametrize("text", [
    "we are completely against fgm and so is her grandmother, my daughter flies to Hargeisa in July to see family",
    "my cousin is 16 and aunties keep hinting about rishtas, her mum shut it down and nobody is planning a wedding",
    "my wife and I are firmly against cutting, our girls are safe and go to see their nani every Eid",
    "heard my aunt say the cutting is on sunday and my heart stopped, turned out she meant cutting the ribbon at the new shop",
    "we're debating FGM law in citizenship tomorrow, any good facts?",
    "a boy in my year said it happened to his grandmother, we learnt about FGM in RE today",
])
def test_focus_forced_marriage_6_accounts_give_way(text: str) -> None:
    assert detect_danger(text) is None
    assert told_as_not_now(text)


# ... but read as an attacker would, none of them silences a cutting or a marriage arranged, an attack or a body in
# trouble beside it.
@pytest.mark.parametrize("text", [
    "we are against it. the woman is coming to cut my niece tonight",
    "my parents say they are against forced marriage but they've taken my passport and the flight is tonight",
    "we are all against it, and right now my uncle is hitting my sister to make her agree",
    "nobody is arranging anything they said, but the imam is downstairs now and they want me to sign, I'm 15",
    "turns out she's cutting the cake tomorrow, but the woman is also coming to cut my little sister",
    "we learnt about FGM in PSHE today and a girl in my class said it is being done to her on saturday",
])
def test_focus_forced_marriage_6_accounts_never_silence_danger_beside(text: str) -> None:
    assert detect_danger(text) is not None
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "my husband and I are against cutting but his mother has booked the woman for our daughter tomorrow",
    "her family are very against it, but her uncle says she will be married on Friday whether she likes it or not",
])
def test_focus_forced_marriage_6_a_stand_with_a_but_does_not_give_way(text: str) -> None:
    assert not told_as_not_now(text)


# Thirty-sixth round, the fourth self-harm focus set (read set 912). Present danger of the kinds it showed: a medicine's
# name misspelt in a hurry (paracetemol, paracetomol, ibuprofin) or a sleeping tablet in the singular; the lot swallowed
# with a drink; a car left running in a shut garage; over the barrier at a height; a farewell sent with empty packs and
# then silence.
@pytest.mark.parametrize("text", [
    "just swallowed about 25 paracetomol, dont tell anyone",
    "ive had like 30 ibuprofin and now my stomach hurts",
    "I have taken all my sleeping tablet, the whole week of them",
    "whatever. swallowed the lot with a bottle of cider, leave me alone",
    "engine's on in the garage and the garage door is down, I'm sat in the driver's seat",
    "up on the multi storey roof, climbed onto the wrong side of the railings",
    "my brother sent 'love u bye' and a picture of empty packets, now he won't answer his phone",
])
def test_focus_self_harm_4_present_danger_is_caught(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "self_harm", text
    assert not told_as_not_now(text)


# ... and the same words in their everyday senses stay quiet: a dose as on the box, a car warmed up with the door open,
# the wrong side of a road, a week's blister pack.
@pytest.mark.parametrize("text", [
    "took 2 paracetomol for my period pain like it says on the box",
    "the car's running in the garage to warm it up, door wide open",
    "parked on the wrong side of the road outside the car park again",
    "the barrier at the car park is broken so we're on the wrong side of the queue",
    "mum sent bye with a photo of her blister pack for the week, she's on nights so not answering",
    "swallowed the lot of my dinner with a can of coke, so full",
])
def test_focus_self_harm_4_everyday_words_are_not_caught(text: str) -> None:
    assert detect_danger(text) is None, text


# The hard lines' kinds: a story being written and what happens in it; a wish to die over a test, laughed at; an episode
# told as "once," or learner English's "one time", the writer a little better or the medication working now (a fear of
# going back there is no one feared).
@pytest.mark.parametrize("text", [
    "for drama I'm writing a script where a boy overdoses on his mum's pills, is that ok to show year 9?",
    "writing a short story about a woman who cuts herself for my creative writing module, need advice on tone",
    "wanna die lol my driving test is in the morning and i cant parallel park",
    "this essay is due at 9 and i want to die haha",
    "Once, after my divorce, I stood on a bridge for an hour. The therapy is really helping now and I'm worried I'll relapse over christmas.",
    "In Iraq one time I want to kill myself, very bad. Now I am little bit better, I have friend in college",
])
def test_focus_self_harm_4_a_story_a_figure_or_an_account_gives_way(text: str) -> None:
    assert detect_danger(text) is None, text


# ... but read as an attacker would, none of them silences a present danger beside it, in another clause or sentence.
@pytest.mark.parametrize("text", [
    "writing a poem about a girl on a bridge, and i have just taken 40 tablets",
    "doing a story where she dies and im cutting now, cant stop the bleeding",
    "i want to die my exam is tomorrow lol. got all my pills lined up in front of me",
    "wanna die lol my test is tomorrow, going to jump off the car park roof tonight",
    "i want to die my exams are tomorrow lol and i've taken 30 paracetamol",
    "Once, years ago, I was in hospital for an overdose. I'm a bit better now but I've just taken 50 tablets",
    "In Turkey one time I want to die. Now I am little bit better but tonight I want to die again, I am on the bridge",
    "last year I took an overdose and I'm recovering, one time I'm going to kill myself tonight",
])
def test_focus_self_harm_4_excuses_never_silence_danger_beside(text: str) -> None:
    assert detect_danger(text) is not None, text
    assert not told_as_not_now(text)


# A wish over a test that is not laughed at, or with a means named, is the classifier's and the pattern's.
@pytest.mark.parametrize("text", [
    "i want to die, my exam is tomorrow and i failed everything",
    "i want to die my exam is tomorrow lol, the rope is in my room",
])
def test_focus_self_harm_4_a_wish_over_a_test_not_laughed_or_with_means_is_caught(text: str) -> None:
    assert detect_danger(text) is not None, text

# Thirty-sixth round, the eighth forced-marriage focus set (913): what it missed is told in very few words. Each kind in
# new words: a yes said for them by others; a stranger to marry ("i don't even know who he is"); not coming back single; a
# wedding called a party, a visit or a holiday that is really theirs, or told to them; a girl's age bare after her ("cousin
# 15", "she 13"); flown or sent off, taken "for marry"; a plea alone at the end; a gay writer's own wedding with a plea;
# a clock time, "tommorow", after a named prayer, "going airport"; a girl taken for khatna, her khatna done, told it is
# sunna, a trip for the khatna, a girl who gets cut, a "becoming a woman" ceremony or one in quotes, a small operation by
# an old lady, the cutter for a "lil" cousin.
@pytest.mark.parametrize("text", [
    "dad's already said yes on behalf of me, the nikah is friday",
    "the shaadi is tomorrow and i don't even know who he is",
    "flying to Lahore on Tuesday and apparently I won't be coming back single",
    "mum tells everyone it's an eid party on saturday. its my engagement",
    "they told her college it's a short holiday but it's her shaadi, they go tomorrow",
    "on the motorway now, they said its my nikah tonight",
    "cousin 15 getting married in Dhaka next week, the boy is 30 and she was never asked",
    "my lil sis she 13, they marry her on sunday",
    "they send her Karachi on friday to get married",
    "they bring me to Sylhet on monday for marry",
    "flight at 7am to Islamabad, to marry a man from there. help",
    "im lesbian and my nikah is tonight. please",
    "my wedding is on sunday and i'm gay. help",
    "we set off at 5 for the airport, my nikah is in Mirpur on sunday and i never agreed",
    "the rishta is tommorow and i said no",
    "molvi comes after maghrib to do my nikah, not my choice",
    "going airport now, they say its my biye",
    "they're bringing my niece to Birmingham tomorrow for khatna",
    "next week she'll have her khatna done at nani's, she is 7",
    "grandma told her it's sunna, they go to the woman's house tomorrow",
    "the trip on friday is for the khatna, my niece is 6",
    "my cousin says on saturday she gets cut like her sisters",
    "her becoming a woman ceremony is tomorrow in the village, she is 9",
    "they say she will 'become a woman' on Sunday, she is 8",
    "the old lady is coming saturday to do a small operation on my niece",
    "the cutter is coming tonight for my lil cousin",
    "the nikah is on friday and she has never even seen the man, she's crying",
    "mum says we're visiting grandma in Mirpur but it's my shaadi there on sunday",
    "the sunnah aunty comes tonight for my younger sister",
])
def test_focus_forced_marriage_8_kinds_caught(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"
    assert not told_as_not_now(text)


# ... and the same words in their everyday senses stay quiet: a surgeon's operation, a relative's groom not known well
# yet, a yes for a bridesmaid, a love match, a son's khitan, a netball cut, a haircut, the sunnah of fasting and prayer,
# a bride choosing her cake, a party that is not a cover, a holiday romance, a girl's age beside school, a nan flown over,
# an invite sent, a gay guest's outfit, ears pierced, a reception called a party.
@pytest.mark.parametrize("text", [
    "the doctor is doing a little operation on my daughter tomorrow, her tonsils",
    "my sister's wedding is friday, I don't know him very well yet",
    "we fly to Dhaka on friday for my cousin's wedding, mum said yes for me to be a bridesmaid",
    "we leave for the airport at 6 for my brother's wedding, he chose her himself",
    "taking my son for khitan on saturday at the clinic",
    "she's getting cut from the netball team on friday",
    "my hair gets cut tomorrow at 10am",
    "my daughter is fasting tomorrow, she says it is for the sunnah",
    "taking my daughter to the mosque tonight for the sunnah prayers",
    "told her it's sunnah to eat dates tonight at iftar",
    "mum says its my wedding so i get to pick the cake, it's on saturday",
    "everyone says the party after is the best bit but it's my wedding on saturday and im so excited",
    "i'm not coming back single from ibiza this weekend lol",
    "she 12 and loves her new school, parents evening tomorrow",
    "we fly her nan over on friday for the wedding",
    "we'll send her the wedding invite tomorrow",
    "dinner at 8 tonight then the wedding on saturday, so happy",
    "my wedding is tomorrow and im gay and so happy to marry my husband",
    "i'm gay and my best friend's wedding is tomorrow, please help me pick an outfit",
    "my daughter gets her ears pierced saturday, she is 9",
    "they call it a party but its my wedding reception on saturday, we chose a small do",
    "my little cousin 6 is a page boy at the wedding on saturday",
    "the imam is coming after isha to bless the new flat, mum is cooking all day",
    "can a forced marriage protection order cover my brother? nothing happening right now, just asking",
])
def test_focus_forced_marriage_8_everyday_words_stay_quiet(text: str) -> None:
    assert detect_danger(text) is None


# The no accepted and nobody pressing any more; a marriage put off till they are older or done with uni; a lesson taught to
# a class: accounts, not danger now ...
@pytest.mark.parametrize("text", [
    "we said no to the khatna for our girls and now the in-laws accept it, nobody pushes us about it anymore",
    "nobody pressures me anymore about the rishta, my family respect my no now",
])
def test_focus_forced_marriage_8_accounts_give_way(text: str) -> None:
    assert detect_danger(text) is None
    assert told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "my uncle says I'll marry my cousin when I'm older, not now, after I finish uni",
    "we covered FGM in PSHE with my Year 9s today, is it still a crime if it's done overseas?",
])
def test_focus_forced_marriage_8_later_or_taught_is_not_danger(text: str) -> None:
    assert detect_danger(text) is None


# ... but read as an attacker would, none of them silences a cutting or a marriage arranged, an attack or a weapon beside.
@pytest.mark.parametrize("text", [
    "we said no to the khatna and the family accept it now, but the woman is coming tonight for my daughter",
    "nobody pushes us anymore about it. my husband is hitting me right now",
    "the family accept it now. he has a knife and he's at the door",
    "my uncle says I'll marry my cousin when I'm older, but the imam is here now and they're making me sign, im 15",
    "when I'm older they said, but now they've booked my flight to Lahore for tomorrow and I'm being married there",
    "Did forced marriage in PSHE with my Year 9s today, one of them says she's being married off on saturday",
])
def test_focus_forced_marriage_8_accounts_never_silence_danger_beside(text: str) -> None:
    assert detect_danger(text) is not None
    assert not told_as_not_now(text)


# Thirty-seventh round (the ninth forced-marriage focus set, 914): a wedding soon whose force is said as a cover story
# (a visit to a grandparent, a dua or prayer ceremony, a relative's mehndi or wedding that is really the writer's, the
# wedding's card or dress found after "a visit" was said), as the man's face never seen, or as an ultimatum to leave the
# home, was read as a wanted wedding and the classifier's danger_now gave way to it. The patterns now keep them ...
@pytest.mark.parametrize("text", [
    "we are visiting nana in bangladesh on friday but actually its my nikah there",
    "mum says prayer ceremony on saturday but its my wedding",
    "everyone calls it my aunts mehndi but the henna goes on my hands, its tonight",
    "trip to see my nan they told me. now i saw the wedding dress in the wardrobe, we fly tomorrow",
    "my sisters nikah on friday is actually mine",
    "nikah on zoom at 8 tonight, i never even seen the man's face",
    "mum says tomorrow i marry my cousin or get out of this house",
])
def test_focus_forced_marriage_9_a_cover_story_a_face_never_seen_or_an_ultimatum_is_forced(text: str) -> None:
    assert detect_danger(text) is not None
    assert not told_as_not_now(text)


# ... and stay quiet on a wedding's own trouble, a guest, a planner, a visit that is only a visit, a name a guest does not
# know, a cover that is only a dinner, a small ceremony chosen.
@pytest.mark.parametrize("text", [
    "the caterer cancelled for the dua ceremony on sunday, help!",
    "my cousins wedding on saturday is actually mine to organise, wish me luck",
    "mum says my cousins mehndi is tomorrow and the henna goes on my hands too",
    "going to see dadi tomorrow they said, then i found the wedding card for my cousins wedding",
    "my best friend's wedding is saturday and i dont know the groom's name lol",
    "should we marry in the summer or leave the house hunting till after?",
    "visiting nani on sunday, she is sewing my wedding dress, so excited",
    "flying to my brothers wedding on friday, cant wait",
    "i havent seen his face yet, the photographer sends the wedding pics friday",
    "visiting my gran on saturday, its my birthday",
    "we say its a family ceremony but its really just a big dinner on sunday",
    "they call it a small ceremony but its my wedding and we chose a small one, saturday",
])
def test_focus_forced_marriage_9_everyday_words_stay_quiet(text: str) -> None:
    assert detect_danger(text) is None


# Twenty-third session (the lead, reading what demotes the held-out misses left, tests/teaching/README.md step 7): a season
# ahead was read as a season gone by, a family's wedding revealed to be the writer's was read as a wanted wedding, a
# passport in a relative's keeping was no sign of force, and someone following or filming the writer as they write was
# made past by an older event told beside it; the classifier's danger_now gave way to each. Now ...
@pytest.mark.parametrize("text", [
    "they will take my niece to Mogadishu in the summer holidays to have her cut, she is 6",
    "next month in the holidays my brother is taking his girl abroad for the sunna, please help",
])
def test_a_season_ahead_is_no_past(text: str) -> None:
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "he threatened to stab me in the summer, I moved and he doesn't know where",
    "my stepdad choked me over the holidays and I never told anyone",
    "my uncle wants to know if the fire at the shop in the summer counts as a hate crime",
])
def test_a_season_gone_by_is_still_past(text: str) -> None:
    assert told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "we fly tonight, they keep calling it a family wedding in Sylhet but my aunty just told me it's mine",
    "dad says it's my sister's wedding in Lahore on saturday but the bridal dress in my bag is in my size",
    "tomorrow we go to Mirpur and I get married there. my passport is with my uncle",
    # a day after a flight or a leaving dates it ("we fly weds"); her name on the card of "a cousin's wedding"
    "my aunts wedding in lahore is really mine, we leave thurs",
    "mum says it's my cousins wedding but my name is on the invitation, we fly fri",
])
def test_a_family_wedding_revealed_as_the_writers_or_a_passport_kept_by_a_relative_is_forced(text: str) -> None:
    assert detect_danger(text) is not None
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "mum keeps saying it's only a family wedding on sunday but honestly it's mine and I want it bigger",
    "they call it a family do on saturday but it's mine, my engagement, we picked each other",
    "my cousin's wedding is next week and the lehenga she lent me is my size, so lucky",
    "my passport is with my dad because he's sorting the visa for our holiday on friday",
    # every "it's mine" of a wedding ends the same way (_MINE_NOW_END): a turn to come, or one to run, is no force
    "my masi's daughter's wedding is on sunday but it's mine next year",
    "my cousin's nikah is friday but it's mine to organise, so stressed",
    "the wedding is saturday and it's mine in june, can't wait",
])
def test_a_wedding_wanted_a_dress_lent_or_a_passport_for_a_holiday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "on the train to Loughborough, a man got on at my stop and now he's filming me, I think it's the one who attacked me last summer",
    "he's following me down Granby Street, he's my ex, he was jailed last year for hitting me",
])
def test_someone_following_or_filming_now_is_not_made_past_by_an_older_event(text: str) -> None:
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "my ex started following me on tiktok in the summer, blocked him, is that stalking?",
    "he filmed me at the party last year and put it online, can I report it now?",
])
def test_following_online_or_filmed_before_still_gives_way(text: str) -> None:
    assert told_as_not_now(text)


# Thirty-eighth round (the twelfth forced-marriage focus set, 915, read and taught): five kinds the give-way read as a wanted
# wedding or a celebration, and one lesson-like kind the detector took for danger. Caught now: a relative's wedding named
# as people say it ("masi's daughter's lagna") that is the writer's, told after a "but"; the writer's own wedding told apart
# from the relative's the family said it was; a pupil's school year as the one to be married; others buying a daughter's
# ticket to be married; a party "to become a big girl" where the trip is to where cutting is done.
@pytest.mark.parametrize("text", [
    "everyone says it's my mami's daughter's biye in Sylhet but it's mine, we fly on friday",
    "its my nikah not my sisters like mum told the school, flight is on monday",
    "year 8 pupil told me she is going to Kotli on sunday to be married",
    "her father buys tickets for my daughter, monday, to marry in Sanaa",
    "pupil 6 says she flies to Egypt on Sunday, a special celebration to become a big girl",
])
def test_focus_forced_marriage_12_kinds_caught(text: str) -> None:
    assert detect_danger(text) is not None
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "my masi's daughter's lagna is on saturday but it's mine next month, so much to plan",
    "my chachi's son's wedding is at our hall but it's mine to decorate, so stressed",
    "it's my wedding not my sister's, so I choose the songs for saturday",
    "year 9 girl says she's so excited her sister is getting married on saturday",
    "year 10 boy says he's helping at his brother's wedding tomorrow",
    "we bought tickets for my daughter to fly to Aden for her cousin's wedding on friday",
    "we threw her a party to become a big girl when she stopped nappies, so cute",
    "running a session on FGM for our mums group next week, any leaflets in Somali?",
])
def test_focus_forced_marriage_12_everyday_words_stay_quiet(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    # a session on it is no excuse for a person in danger beside it
    "running a session on forced marriage next week, but one of my girls just told me she flies to Lahore tonight to be married",
    "doing a session on FGM on monday, and a girl in the group says the cutter comes to her house tonight",
])
def test_focus_forced_marriage_12_a_session_never_silences_danger_beside(text: str) -> None:
    assert detect_danger(text) is not None
    assert not told_as_not_now(text)


# Twenty-third session: kept in a room by others for days and still, as learner English says it ("since 3 days"), was
# read by the classifier alone and given way to a habit said beside it ("they watch me all the time"); retrained, the
# classifier read it under its sure threshold and it was missed. A kind of its own now, in kept_in.
@pytest.mark.parametrize("text", [
    "my in-laws keep me in the small room since 4 days, they took my passport",
    "her brothers have kept my cousin inside since sunday and they check on her all the time",
    "they keep us in the flat for two weeks now and never let the kids to school",
])
def test_kept_in_a_room_for_days_and_still_is_held(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "held_captive"


@pytest.mark.parametrize("text", [
    "the hospital kept me in for 3 days after the op, home now",
    "mum keeps me in my room since 2 days because im grounded lol",
    "we keep the cat inside since tuesday because of the fireworks",
    "my ex kept me in the house for 3 days once, that was in 2019",
])
def test_kept_in_for_a_stay_a_grounding_a_pet_or_long_ago_is_not(text: str) -> None:
    assert detect_danger(text) is None


# Twenty-third session: the last forced-marriage misses were each the classifier's danger given way as a wanted wedding
# (_wanted_wedding), with the coercion said in words the give-way did not read. Now it reads _COERCION_SAID too: a bride's
# age as a stranger sees it or opening the message, the school kept out of it, a relative's trip that ended married and
# "I'm next"; and the patterns read a visit that "is actually my biye" and a nikah set for the landing.
@pytest.mark.parametrize("text", [
    "imam here, they want the nikah done tonight and the girl looks about 14, she is crying",
    "15 and engaged on saturday",
    "trip to sylhet sunday. mum says dont tell the school",
    "my sister went on a 'holiday' to mirpur and came back married. now we go on friday and im next",
])
def test_coercion_said_in_other_words_is_no_wanted_wedding(text: str) -> None:
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "the visit to my aunt in pakistan is actually my nikah, we go thursday",
    "cases packed. we fly tonight. shaadi as soon as we land",
])
def test_a_visit_that_is_the_wedding_or_a_wedding_on_landing_is_forced(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "i dont know him that well yet but i chose him, engagement tomorrow, so nervous!!",
    "our trip to rome is actually my engagement trip, he proposes tomorrow and i know lol",
    "my cousin came back married from lahore, so happy for her, im next to get engaged lol, we pick in the summer",
])
def test_a_wedding_chosen_or_a_trip_for_it_is_still_wanted(text: str) -> None:
    assert detect_danger(text) is None


# Twenty-fourth session: a child trailing round the house after a snack is no pursuit; anyone following round the house
# with anything else said still fires.
@pytest.mark.parametrize("text, pattern", [
    ("my son is following me around the house all morning asking for biscuits", None),
    ("my brother's following me about the flat today wanting a cuddle", None),
    ("my ex is following me around the house screaming", "being_followed"),
    ("he is following me round the garden wanting the car keys", "being_followed"),
])
def test_a_child_after_a_snack_is_no_pursuit(text: str, pattern: str | None) -> None:
    found = detect_danger(text)
    assert (found.pattern if found else None) == pattern


# Thirty-ninth round (the fifteenth forced-marriage focus set, read): the force as learners and phonetic spellers say it
# ("no want", "no like", "not raji", "dnt no da man", "i 15", "X say i marry", "must marry", "no more talk", a phone
# taken, an ultimatum with a bare "house", a jirga's decision) is forced; "no want" refuses only the marriage or the man.
@pytest.mark.parametrize("text", [
    "shadi on monday. me no want him",
    "nikah is tmrw, i no like dat man",
    "i not raji, biye on friday",
    "wedding saturday, i dnt no da man",
    "dem say i must marry him next week",
    "my papa told me i marry his friends son on sunday",
    "engagement is on thursday. no more talk, dad said",
    "rishta fixed, nikah next friday, nobody ask me",
    "the jirga said my sister is to marry their son on saturday",
    "marry him on sunday or get out of house, dad said",
    "i 15. shaadi on saturday",
    "they took my fone, nikah friday",
])
def test_focus_forced_marriage_15_learner_force_is_forced(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and the same words in a wedding's everyday: a cake, the gym, a DJ, a sister's own news, the budget, a dance, leaving
# the house for the day; the day's nerves ("I'll forget the words"); a stylist or the mahr; a son's tahur at a clinic; a
# case on the news.
@pytest.mark.parametrize("text", [
    "wedding tomorrow and i no want cake, too full lol",
    "no want go gym today, sister mehndi is tonight",
    "engagement party saturday, i no like the dj music lol",
    "my sister says she will get married on friday, so happy",
    "wedding tomorrow, no more talk of the budget please",
    "nobody asked me to dance at the walima on sunday lol",
    "we leave house at 9 for the wedding tomorrow",
    "nikah sunday, im so nervous i'll forget the words lol",
    "terrified ill trip on my lehenga at the wedding saturday",
    "stylist here, bride wants a bun for her wedding saturday, im doing her trial tomorrow",
    "mahr agreed for my nikah on friday, a gold ring, we both chose it",
    "tahur for my baby son at the clinic next week, what should I bring?",
    "saw on the news today a man was jailed for a forced marriage in Bradford, shocking",
    "i no want cake",
    "no want go school today",
])
def test_focus_forced_marriage_15_everyday_words_stay_quiet(text: str) -> None:
    assert detect_danger(text) is None


# The round's excuses (the day's nerves, a stylist or the mahr, a son's circumcision, the news) never silence force, a girl
# to be cut or a marriage said beside them.
@pytest.mark.parametrize("text", [
    "nikah tomorrow, im scared i forget the words, they are forcing me",
    "stylist booked for my wedding friday, im 15 and i never agreed",
    "mahr settled for my nikah sunday, i dont want him",
    "tahur for my son at the clinic tomorrow, and the cutter comes for my daughter too",
    "saw on the news today about fgm, now my aunty is taking my sister to be cut tomorrow",
    "saw it on the news, and my dad says i marry his cousin on saturday",
])
def test_focus_forced_marriage_15_excuses_never_silence_danger_beside(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# Lead's review of the thirty-ninth round: a learner's refusal is of the man or the marriage, never of a thing named
# after "this" or "her"; a parent's "you'll get married in red" is the outfit, not the force.
@pytest.mark.parametrize("text, fires", [
    ("i no like this lehenga for the walima tomorrow, too itchy", False),
    ("me not like her mehndi design, shaadi is friday tho so whatever", False),
    ("dad says i get married in the green sherwani on saturday, i chose it", False),
    ("i no like him, plz, dey fix nikah for friday", True),
    ("i no want dis nikkah, sunday", True),
    ("abu say i must marry him friday", True),
])
def test_focus_forced_marriage_15_lead_review_refusal_of_the_man_not_a_thing(text: str, fires: bool) -> None:
    assert (detect_danger(text) is not None) == fires


# Fortieth round, self-harm (focus set 917, read): its false alarms and misses by kind. A wish to die or jump over a
# machine or a queue (a trifle, no one's life) needs no laugh; "end it all" or "kill myself" over a deadline, laughed, is
# the wish over a test; a cut "on" a tool at a task told small, or a finger's cut with the plaster on; what the service
# does if someone tells of self-harm, asked first; what a song is about, its span only; an overdose at the weekend with
# the person stable in hospital. Each with present danger beside it, which still stands; "had" packets of a medicine.
@pytest.mark.parametrize("text", [
    "this laptop is making me want to jump out the window",
    "my inbox is killing me honestly i want to die",
    "the wifi in these halls is making me want to end it all",
    "gonna kill myself if this assignment doesnt submit in time lol",
    "cut my thumb on the tin lid opening the beans, only a small nick, back to cooking",
    "cut my finger slicing bread, blood everywhere, plaster on",
    "what does the bot do if a student writes that they hurt themselves? it's for a leaflet",
    "cant stop playing that track about swallowing all the pills",
    "my brother overdosed at the weekend, he's stable on the ward now, can you help me report the dealer",
    "had 2 packets of crisps an hour ago and a kitkat",
    "i had three boxes of paracetamol in the cupboard so gave one to my nan",
])
def test_focus_self_harm_5_rants_accidents_questions_songs_and_stable_are_quiet(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "this wifi is making me want to kill myself tonight",
    "my laptop is making me want to end it all, got the rope ready",
    "my life is making me want to die",
    "work is making me want to kill myself",
    "this printer is making me want to die, he's hitting me again",
    "gonna end it all if this exam goes badly lol, pills are in my bag",
    "cut myself on the glass doing the washing up, tiny cut, but ive taken 20 tablets",
    "cut myself on the glass doing the washing up, tiny cut, and now im cutting my wrists",
    "cut my finger on the knife, blood everywhere, plaster on, and he's still hitting me",
    "what happens if someone says they're cutting themselves? because I'm cutting myself right now",
    "what happens if i tell you i hurt myself? i have hurt myself",
    "listening to that song about the bridge, i've taken 40 paracetamol",
    "that song about overdosing is on repeat and i've swallowed all my sertraline",
    "my brother overdosed at the weekend, he's stable now but mum has taken 30 of her tablets too",
    "she took an overdose at the weekend, she's stable in hospital. I've taken 30 too",
    "had 3 packets of co-codamol 20 mins ago and my ears are ringing",
])
def test_focus_self_harm_5_present_danger_beside_still_stands(text: str) -> None:
    assert detect_danger(text) is not None
    assert not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "cut myself with the craft knife again, only a small cut, its fine",
    "stable now, took the lot an hour ago",
])
def test_focus_self_harm_5_not_excused_as_an_accident_or_as_stable(text: str) -> None:
    assert not told_as_not_now(text) or detect_danger(text) is not None


# Lead's review of the fortieth round: a taking said beside an overdose now over is of pills or of oneself, not a son
# taken to football nor the grass cut.
@pytest.mark.parametrize("text, said", [
    ("I've taken 30 too", True),
    ("mum's just swallowed the lot", True),
    ("he's cutting himself again", True),
    ("im taking him to football tonight", False),
    ("he's cutting the grass as we speak", False),
])
def test_focus_self_harm_5_lead_review_a_taking_said_done(text: str, said: bool) -> None:
    from bot.rasa_plugins.danger_detector import _TAKING_SAID_DONE
    assert bool(_TAKING_SAID_DONE.search(text)) == said


# Twenty-fourth session, the lead's reading of the fourteenth forced-marriage focus set and the last misses (kinds, in
# new words): a trip that "=" the wedding; a pretext in quotes; a wedding found out by its bride, whoever congratulates
# her; the bride dressed by others; a girl sent by her own parent; a girl taken "for the excision"; an attempt just made;
# cutting that will not stop; about to take the lot with the boxes named; a pursuit told step by step.
@pytest.mark.parametrize("text", [
    "eid trip to mirpur = my nikah. we go sat",
    "nani 'sick' in sylhet, we fly tonight, really its my biye",
    "my nikah is on friday and i only just found out this morning when my aunty rang to say mubarak",
    "they have dressed me in the red lehenga, nikah on video in an hour",
    "my uncle is sending his daughter to Erbil next week to marry his friend, she is 15",
    "her grandmother takes the girls to Hargeisa on sunday for the khatna, they are 7 and 9",
    "my flatmate has just tried to hang herself in the wardrobe, she is breathing",
    "i've been cutting since tea and i cant stop",
    "gonna take them all tonight. 3 packets",
    "a van has followed me from the bus stop. every time i slow down it slows down. im nearly home in syston",
])
def test_lead_reading_of_focus_fm14_kinds_are_danger(text: str) -> None:
    assert detect_danger(text) is not None or not told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "the half term trip = my favourite week of the year, we go sat",
    "my sister was 'ill' all week lol, cousin's wedding tomorrow, she's fine",
    "my wedding is saturday and i only found out from my planner that the venue flooded",
    "they already put the dress on me for the photos lol, nikah tomorrow and i'm so happy",
    "booked in for the excision of a mole on friday, my daughter is driving me",
    "she's just tried to kill the spider with a shoe lol",
    "i've just tried to end it with him, he wont accept its over",
    "he's cutting the hedge and cant stop lol",
    "about to take the lot to the tip, boxes everywhere from the move",
    "he follows me every time i walk the dog, has done for months",
])
def test_lead_reading_of_focus_fm14_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None


# Twenty-fifth session, the lead's reading of the sixteenth and seventeenth forced-marriage focus sets and the eighty-
# second and eighty-third sets (forty-first round; kinds, in new words): a relative's wedding denied and owned; the cover
# told in learner English; a short day after the do it falls on; a girl's age told by who saw her; the girls to be cut on
# arrival; the bride unwilling or a stranger to the groom; a toddler's fall a scene threatens.
@pytest.mark.parametrize("text", [
    "its not my sisters nikah on sunday its mine",
    "mum say aunty function. it my shaadi. friday",
    "the dholki sat is really my nikah and i said no",
    "pupil 15 told me at break: nikah on sunday, please dont tell her dad",
    "flying to khartoum in 3 days, my aunt is arranging the cutting the girls when we land",
    "my cousin is getting married on thursday to a man she met once on a whatsapp call, she says she would rather die",
    "dad says the wedding is this sunday at the gurdwara, i have never even talked to the boy",
    "the toddler next door is alone on the window sill, nobody home since this morning, he may fall",
])
def test_lead_reading_41_kinds_are_danger(text: str) -> None:
    assert detect_danger(text) is not None


# ... and what they must leave quiet: a bride's day laughed off with the groom loved; a trip or a booking is no force
# when it is only a dress "for my wedding"; a son's circumcision told in learner English; the age asked in a lesson;
# FGM a leaflet's subject; an account dated to a year gone; nobody about now; nothing on fire; words choked on; food
# choked on and seen to; a boy who locked himself out; an asylum seeker safe here.
@pytest.mark.parametrize("text", [
    "nikah tomorrow and im so scared i'll cry my makeup off lol, love him so much",
    "trying on 5 more dresses for my wedding on friday, mums driving me mad haha",
    "my nikah is on saturday, my sister is driving me to the hairdressers first",
    "my boy have his khitan at the doctor on monday, any tips for after",
    "what age can girls get married in scotland? we had a debate in citizenship",
    "the practice nurse put up the FGM poster in reception today, looks good",
    "in 1992 my father threw a knife at my mother. he is dead now and she lives with me. i want to tell someone",
    "that was 2019, he said he would burn the house down, he is in Poland now",
    "someone keyed my car at the gym overnight, nobody about now, need a crime number for insurance",
    "the fire alarm in the hall is chirping, nothing's on fire, who changes the battery",
    "im choking on my words sorry, it is hard to say he used to hit me when we were married",
    "my grandad choked on a fishbone at dinner, i did the back blows and he's fine now",
    "my son kicked the back door in cos he locked himself out haha dads gonna kill him",
    "In Eritrea the army said they would kill me, that is why I am here. In Leicester I am safe. I need help with my asylum claim.",
])
def test_lead_reading_41_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "in 1998 he broke my jaw and now he is outside again",
    "back in 2019 he threatened to kill me and today he turned up at my work",
    "im getting married saturday lol they say i have to, help",
])
def test_lead_reading_41_a_year_gone_or_a_laugh_does_not_hide_danger_now(text: str) -> None:
    assert detect_danger(text) is not None or not told_as_not_now(text)


# ... and of the eighteenth focus set and the eighty-fourth set, read after they were measured once (kinds, in new
# words): khatna as Kurdish writers spell it; Roman Urdu's tomorrow; a refusal in the third person; a girl's cutting
# named as hers; the trip's illness found false by a congratulation; a refusal told last night beside a wedding soon; a
# bride seen to be a child.
@pytest.mark.parametrize("text", [
    "xetene for my two girls on friday, my mother in law says",
    "behen ki shaadi kal hai, she doesnt want him",
    "the 'sleepover' at aunty's tonight is my nieces cutting",
    "dad says we fly to dhaka on monday because nanu is sick. nanu just phoned me, she is fine and said congratulations on your wedding",
    "my cousin's nikah is on friday and last night she told me she doesnt want to marry him",
    "caterer here, the wedding is tomorrow and the bride looked 14 maybe, in her school uniform at the tasting",
])
def test_lead_reading_41_fm18_kinds_are_danger(text: str) -> None:
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", [
    "my sisters cutting her hair tomorrow before the wedding",
    "the bride came with 15 maybe 20 guests on saturday for the walima",
    "kal hai party, so excited for my cousins wedding",
    "nearly set the chip pan on fire making dinner lol, all out now",
    "ex has no weapons now, police took his knives last year, i just want to ask about an order",
    "I'm marrying a couple at the registry on Friday, both chose each other. Where can I do training on spotting forced marriage?",
    "overdosed on revision lol, 2 exams tomorrow",
])
def test_lead_reading_41_fm18_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None


# Twenty-sixth session, the lead's reading of the nineteenth forced-marriage focus set and the eighty-fifth set (forty-
# second round; kinds, in new words): the one to be married threatening herself if it goes ahead is no wanted wedding.
@pytest.mark.parametrize("text", [
    "my cousin's nikah with a man from Dubai is on friday, she says she'll do something stupid if it happens",
    "the wedding is sunday, my sister told me she will 'do something' if it goes ahead",
    "my friend says she will take something if the engagement goes ahead on sunday",
    "my cousin is getting married tomorrow and said she will end it if it happens",
])
def test_lead_reading_42_a_threat_of_her_own_is_no_wanted_wedding(text: str) -> None:
    assert not told_as_not_now(text)


# ... and what they must leave quiet, both to the patterns and as the classifiers' give-way: a marriage long ago told for
# the first time today; a boy's circumcision at the hospital and his nerves; a parent who will "kill" one for a detention;
# a no the family accepted, life going on since; a dose the GP changed; a salon locked up at closing; a neighbour's DIY.
@pytest.mark.parametrize("text", [
    "I was forced to marry at 15 back home. He passed away long ago, I am 68 now. I never told anyone until today",
    "my nephew is having his khatna at the hospital on saturday, he is 5 and nervous",
    "dad is going to kill me, I got another detention",
    "mum wanted me to marry my cousin at 17 but i said no and they accepted it, now im at uni",
    "gp's changed my antidepressants, I take two in the morning now",
    "locking up the salon at 8 tonight, last customer at 7",
    "loud banging upstairs, they're putting up shelves I think",
])
def test_lead_reading_42_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "my gran worries that in some years my uncle will pick a husband for my cousin, nothing is planned now",
    "sat in traffic on the A6 for an hour, cant get out of this jam",
])
def test_lead_reading_42_years_off_or_a_jam_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... while the same words beside danger still fire: a car locked with him in it, a sister next for the cutter, a shop
# locked with the writer inside, a cry beside the DIY, a wedding booked after the no.
@pytest.mark.parametrize("text", [
    "stuck in traffic and he's locked the car doors, he won't let me out, I can't get out",
    "my little brother is getting his khatna at the clinic tomorrow and my sister is next, the cutter is coming for her",
    "he's locking the shop with me inside tonight, he took my keys",
    "i said no and they accepted it but now they've booked my nikah for saturday",
])
def test_lead_reading_42_danger_beside_the_everyday_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


def test_lead_reading_42_a_cry_beside_the_diy_is_not_given_way() -> None:
    assert not told_as_not_now("banging next door, I think they're putting up shelves but she's screaming help")


# ... and from the reading's probes and the data round's drafts (kinds, in new words): cake or sandwiches cut for the
# children; a wedding's size not wanted; a no the family listened to; a parent's "kill me" over a school's trouble a few
# words on; stuck on a motorway.
@pytest.mark.parametrize("text", [
    "nani will cut the kids a slice of cake each tonight after the mehndi",
    "cutting the boys their sandwiches now, then the party",
    "he doesnt want a fancy wedding on sunday, just the registry and a curry",
    "my parents wanted a rishta for me at 17, i said no and they backed off, now im at college",
    "abbu will kill me, the school rang about my detention",
    "sitting on the M69 for an hour, cant get out of this lane",
])
def test_lead_reading_42_more_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "aunty will cut the girls tonight after the cake, they are 7 and 9",
    "she doesnt want the wedding on saturday, he is 40 and she is 16",
])
def test_lead_reading_42_the_cutting_or_the_wedding_itself_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and of the twentieth focus set and the eighty-sixth set, read after they were measured twice, tables only (kinds, in
# new words): the one to be married asking how to stop her own wedding on a day soon.
@pytest.mark.parametrize("text", [
    "how can i stop my own nikah, it is on friday",
    "please help me get out of my wedding tomorrow",
])
def test_lead_reading_42_fm20_kinds_are_danger(text: str) -> None:
    assert detect_danger(text) is not None


# ... and what they must leave quiet: a bride happy in Roman Urdu; a cutting the mother refused for her daughters long
# grown; smoke that sets off an old fear; a tutor's "murder" over an essay; children with the other parent as the court
# ordered; a nurse's patient seen to; a girls' hair done before the walima (patterns only: the classifiers read that one).
@pytest.mark.parametrize("text", [
    "meri shaadi next week hai aur main bahut khush hoon",
    "back home they used to cut all the girls but my mum refused for us. im 22 now. is it still done there?",
    "the flat in Aleppo was burnt down in the war, my son panics whenever he smells smoke",
    "my tutor is going to murder me, essay was due at 9",
    "the kids are at their dad's this weekend as the court order says, they rang to say they're at the cinema",
    "had a self-harm patient on nights, he's stable now, just needed to say it",
])
def test_lead_reading_42_fm20_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


def test_lead_reading_42_hair_done_before_the_walima_is_no_cutting() -> None:
    assert detect_danger("mum's friend is coming on saturday to do the girls' hair before the walima") is None


@pytest.mark.parametrize("text", [
    "whenever i smell smoke i panic and there is smoke coming under the door now, help",
    "my boss is going to kill me, he said it with a knife in his hand, I'm hiding in the stockroom",
    "the kids are with their dad as the court order says but he's drunk and won't bring them back",
])
def test_lead_reading_42_fm20_danger_beside_the_everyday_is_not_given_way(text: str) -> None:
    assert detect_danger(text) is not None or not told_as_not_now(text)


# Forty-third round: the lead's reading of the twenty-first focus set and the eighty-seventh set, first read blind (kinds, in
# new words). A cutting named by the one telling, a day soon, the family's party or "special day" planned for it: the
# classifiers' danger is not given way as good news.
@pytest.mark.parametrize("text", [
    "a Year 5 girl told me she goes to Sudan on Friday for a party to celebrate, I think this is FGM",
    "my niece is 10 and going to Egypt on saturday for her 'special day', new clothes and a party planned. I think it's FGM",
])
def test_lead_reading_43_cutting_named_with_a_party_soon_is_not_good_news(text: str) -> None:
    assert not told_as_not_now(text)


# ... and what they must leave quiet, both to the patterns and as the classifiers' give-way: a bride buzzing for her
# wedding; a bride marrying her best friend; girls choosing for themselves now; a tackle in sport; a garment "strangling";
# a screening question answered no; a parent's "kill me" over a mishap; a clinic's usual FGM chat before a trip.
@pytest.mark.parametrize("text", [
    "makeup trial for a bride tomorrow, wedding is saturday and she's buzzing, she's been begging me for lashes",
    "drove a bride to the registry office today, happy tears the whole way, she's marrying her best friend",
    "my nani says in her day girls married at 15, it was wrong. now my sisters choose themselves. where can I give a talk?",
    "got a late tackle round the neck at footy, physio says it's just a strain",
    "this scarf is strangling me, it's way too tight in the car",
    "the nurse asked whether I had ever been strangled and I said no",
    "dad's gonna kill me, I scratched his car reversing off the drive",
    "practice nurse: family flying to Ghana next week for a wedding, kids excited, we had the usual FGM conversation and nothing of concern came up",
])
def test_lead_reading_43_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# (patterns only: the classifiers read these) a documentary or a podcast about FGM; no holiday this summer
@pytest.mark.parametrize("text", [
    "just watched a documentary about FGM in Egypt and cried all the way through, how can i volunteer against it",
    "just finished a podcast about FGM in Sudan, cried my eyes out, how can I help",
    "dad says we're not going anywhere this summer, flights cost too much",
])
def test_lead_reading_43_a_documentary_or_no_holiday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... while the same words beside danger still fire: a scarf pulled by him, a parent's "kill me" with a belt out, a
# sister not let go anywhere till the wedding.
@pytest.mark.parametrize("text", [
    "he grabbed my scarf and it's strangling me, he won't let go",
    "dad is going to kill me, I smashed the telly and he's got his belt out, I'm hiding in the bathroom",
    "he says she's not going anywhere till the wedding, he took her passport",
])
def test_lead_reading_43_danger_beside_the_everyday_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and of the twenty-second focus set and the eighty-eighth set, first read blind after that (no danger missed; their
# false alarms by kind, in new words): force denied; a mother cut herself who will never let it happen; a machine's cutter;
# a habit's threat to smother with him away; an ex abroad by messages only; a knee cut at sport and patched up.
@pytest.mark.parametrize("text", [
    "mum and dad aren't forcing me to marry anyone, they said it's my choice",
    "we fly to Sierra Leone in the summer holidays, mum was cut herself and she will never let it happen to my sisters",
    "the cutter on the vinyl printer is broken so the wedding signs won't be ready by friday",
    "every time he drinks he says he'll put a pillow over my face. he's not here, he's away with work till friday",
    "my ex in Poland keeps messaging me on Instagram. he is not in the UK and he can't travel. can anything be done?",
    "cut my knee at netball tonight, blood everywhere, the first aider patched me up",
])
def test_lead_reading_43_fm22_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


def test_lead_reading_43_fgm_in_a_patients_childhood_is_no_other_languages_pattern() -> None:
    assert detect_danger("a patient told me today she had FGM in her childhood in Sudan, she's 40. do I have to report it?") is None


# ... while force told beside a denial, or a cutting planned beside a mother's no, still fire.
@pytest.mark.parametrize("text", [
    "my parents aren't making me marry him, they're making me marry his brother on friday",
    "my sister is 9, mum says she won't let it happen to us but dad's family are taking her to Somalia on friday for the cut",
])
def test_lead_reading_43_fm22_danger_beside_a_denial_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and of the twenty-third focus set and the eighty-ninth set, first read blind after that (kinds, in new words): kept in
# a house to work off a debt, whatever habit word comes with it, is held now.
@pytest.mark.parametrize("text", [
    "the family I clean for keep me in the house, I can't leave till I pay them 2000, they always lock the door",
    "boss say I cannot go out until I pay for the visa. every night door locked. I am in Leicester somewhere",
])
def test_lead_reading_43_kept_in_for_a_debt_is_not_given_way(text: str) -> None:
    assert not told_as_not_now(text)


# ... and what they must leave quiet: a nephew's khatna had at the clinic; a parent who will "literally" kill one for a
# failed test. Beside a belt got out, the "kill me" still fires.
@pytest.mark.parametrize("text", [
    "my grandson had his khatna at the hospital yesterday, he is sore but ok",
    "mum is literally going to kill me, I failed another maths test",
])
def test_lead_reading_43_fm23_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


def test_lead_reading_43_a_kill_me_with_a_belt_got_out_still_fires() -> None:
    assert detect_danger("dad is literally going to kill me, I failed my mock and he's got the belt out") is not None


# ... and the end bench after the data round: a girl's wedding told without the word (at a church or a temple on a day
# soon, a saree or a lehenga given her) is not a self-harm sign's "things given away" because a place of worship is named.
def test_lead_reading_43_a_place_of_worship_named_is_not_things_given_away() -> None:
    assert not told_as_not_now("it's at the temple on saturday not the church, im 15 and nobody asked me, nani gave me the lehenga today and said smile")
    assert told_as_not_now("gave my dad's clothes to the gurdwara, he would have liked that")


# Forty-fourth round: the lead's reading of the twenty-fourth focus set and the ninetieth set, first read blind (kinds, in
# new words). A wedding soon with force said as people type it: a registry office and a threat; a girl given to a man for
# money; a refusal in Banglish beside "biye kal"; the cutter already in the house with a girl; a "won't see morning"; a van
# that will not stop to let one out; the gas turned on with a light threatened; someone placed "from last week" breaking in.
@pytest.mark.parametrize("text", [
    "they booked the register office for friday and my uncles said if i dont sign they will deal with me",
    "my stepdad is giving my sister to a man of 50 for money, the nikah is on sunday, she is 15",
    "amar biye kal, ami raji na, please help",
    "the cutter is upstairs right now with my little niece, i can hear her",
    "he told me I won't see morning and locked the bedroom door",
    "he won't stop the car and let me out, we're on the A6 past Oadby",
    "he's turned the gas on in the kitchen and he's got a lighter in his hand",
    "the man from last week is trying to break my back door, I can hear the wood going",
])
def test_lead_reading_44_force_said_as_people_type_it_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and the give-way's wanted wedding no longer takes weddings where a child's age, a surprise or others' doing is said
# ("my sister is 13", "girl (12)", "they told me it's my nikah", "not my cousin's wedding. it's mine", "they'll marry me
# there", "being made to fly out", "took our passports"): the classifiers' danger stands.
@pytest.mark.parametrize("text", [
    "wedding is on saturday, my sister is 13 and the man is from Bradford",
    "a girl (12) in my class says her nikah is this weekend",
    "omg my aunty just told me its my nikah on sunday not my sisters",
    "not my cousin wedding. its mine. next saturday",
    "flight tmrw night, they will marry me in sylhet",
    "my friend is being made to fly to Dhaka tomorrow to get married",
    "dad has all our passports, we fly for the wedding on friday",
])
def test_lead_reading_44_a_child_a_surprise_or_force_is_no_wanted_wedding(text: str) -> None:
    assert not told_as_not_now(text)


# ... and what they must leave quiet, to the patterns and as the classifiers' give-way: a bride finally marrying her best
# friend; a child with a part in the day; a business choked by roadworks; FGM done in decades gone; a
# chess "kill you" asked about as an expression; a wrong-flat drunk; a wedding off for good; a festival gone by; texts
# from last week till yesterday.
@pytest.mark.parametrize("text", [
    "mehndi is tomorrow night and im so excited, finally marrying my best friend on sunday",
    "my niece 7 is a flower girl at the nikah on saturday, she's practising her walk",
    "the bus lane works are strangling our high street, two shops shut this month",
    "my nan had FGM in Sudan decades ago, I'm organising a talk at the community centre, can someone come?",
    "my brother said he would kill me when I won at monopoly, my dad says it's just a saying, is that a threat?",
    "someone knocking at 2am turned out to be a lost student at the wrong flat, he said sorry and left",
    "the wedding is off for good, dad cancelled the venue himself. still shaky but it's over",
    "last Eid someone threw a banger at our car, the paint still has a mark",
    "I got nasty texts from last week until yesterday, can I report them?",
])
def test_lead_reading_44_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# (patterns only) a cake's or a tailor's cutting on a day soon, no girl named; a new paper cutter come; gas turned on by the
# writer to light the oven; FGM as a PSHE lesson's subject, whatever other language's "today" reads.
@pytest.mark.parametrize("text", [
    "who's doing the cutting on saturday, me or nani? the cake has four tiers",
    "the aunty who does the cutting for our salwar is coming tomorrow to measure us",
    "the new cutter is here, delivered today for my craft room",
    "i turned the gas on to light the oven and the lighter clicked but nothing",
    "we did FGM in PSHE today, it isn't happening to me, I just want to understand it",
])
def test_lead_reading_44_cake_cloth_or_a_machine_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and of the twenty-fifth focus set and the ninety-first set, first read blind after that (kinds, in new words): an
# engagement found out at the party, typed in a hurry; someone parked a few doors down; a count taken past what the packet
# says; a girl's cutting named beside her hair done; made to marry, a party planned; the wedding clothes let slip to be one's
# own size.
@pytest.mark.parametrize("text", [
    "at the hall. they said its my engagment. i never knew. pls",
    "he's parked three doors down again and he's on bail not to come here, I'm on my own with the baby",
    "I've had 20, the box says 2 every 4 hours, is that bad",
    "the lady is coming tomorrow to do our hair and then do the khatna on my sister",
    "my dad is making me marry my cousin, the party is on saturday at the hall, i dont want this",
    "going to Mirpur next week for my brother's wedding they say, but my khala let slip the lehenga is my size",
])
def test_lead_reading_44_fm25_danger_in_new_words_fires(text: str) -> None:
    assert detect_danger(text) is not None or not told_as_not_now(text)


# ... and what they must leave quiet: a friend's love match ("been with him since college", "both families came round"); a
# happy arranged nikah whose word "forced" is others'; one's rights asked about; a dad "not arranging anything"; a bin burnt
# on bonfire night; a packet's dose checked; an aunty who is a hairdresser coming round tonight.
@pytest.mark.parametrize("text", [
    "my cousin sent me a pic of her ring!! nikah is next saturday, she's been with him since college and the families came round",
    "we were introduced, we both said yes, nikah is on friday and we're happy. why does my boss call it forced?",
    "I'm 15, back home girls marry young but my dad says I finish school first here. is that my right?",
    "mum said we're not going to Bangladesh this year and she's not arranging anything, I'm relieved",
    "someone set fire to our fence on bonfire night, should I report it to the police or the council?",
    "the calpol bottle says 5ml every 4 hours, is that right for a 3 year old?",
    "my aunty is coming round tonight to trim my hair and my mum's, she's a hairdresser",
])
def test_lead_reading_44_fm25_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


def test_lead_reading_44_a_dog_that_choked_itself_is_no_pattern() -> None:
    assert detect_danger("my sheep dog choked himself on his lead this morning, the vet says he'll be fine") is None
    assert detect_danger("the dog choked himself on his lead and then my husband choked me") is not None


# ... and the end bench's reading of the twenty-sixth focus set (measured blind first): a threat said before its condition,
# beside a wedding on a day soon.
def test_lead_reading_44_a_threat_before_its_condition_fires() -> None:
    assert detect_danger("my nikah is on friday to a man i never chose, my brother says he'll hurt me if i don't marry him") is not None
    assert detect_danger("the wedding is on sunday and my uncle said he'll kill my boyfriend if I don't go through with it") is not None


# Forty-fifth round: the lead's reading of the twenty-sixth and twenty-seventh focus sets and the ninety-second and
# ninety-third sets (kinds, in new words). A girl to "be done like her sister" on a party day soon fires.
def test_lead_reading_45_done_like_her_sister_on_a_day_soon_fires() -> None:
    assert detect_danger("my cousin is 10, the aunties are coming on sunday and she says she will be done like her sister at the party") is not None


# ... and what they must leave quiet, as patterns: FGM had as a child by a woman with no girls; a child who heard of FGM at
# school and a parent asking how to explain it; a licence named after a gun; a marriage years away; an assembly's subject.
@pytest.mark.parametrize("text", [
    "Health visitor. A mum of 31 told me today she had FGM as a child in Egypt. She has three boys and no girls. How do I record it?",
    "my son heard about FGM at school today and asked if it happens to girls he knows. how do I explain it to a 10 year old?",
    "I've a firearms certificate and a rifle licence for deer, my neighbour says he'll report me for threatening him. I never did. What now?",
    "they might push me to marry when I finish college but that's 2 years away and right now my parents are fine with it",
    "we had an assembly today about FGM and it's not happening to anyone I know, just wondering what the police do",
])
def test_lead_reading_45_accounts_and_topics_are_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and, as patterns and as the classifier's give-way: a family's work against FGM; a fringe or nails done by family
# coming round; trapped as a feeling, no violence; a haircut's mock plea; the choice left to a teenager asking the law; force denied; a wedding called off for good, by the
# one who called it off; a session on the law; a past harm with him abroad; thoughts before, not now; a jump off a bar.
@pytest.mark.parametrize("text", [
    "Teacher here. A pupil of 8 is visiting Mali in the summer holidays to see family. Her mum works for an anti FGM charity. Is there anything I should do?",
    "my aunty is coming round tomorrow to trim my son's fringe before his school photo",
    "my sister is coming over later to do my nails for the party",
    "i feel trapped in this relationship, she's not violent, just cold and controlling with the bills. where can I get advice",
    "my sister is cutting my hair tonight to save money, wish me luck",
    "I am girl 15 from Belgrave. in my village girls marry young, but here my parents say I decide later. I want know the law here",
    "I'm not being pushed into anything, my mum just wants me to meet his family on Saturday and she said I can say no",
    "the nikah they arranged for me in Bangladesh is off for good, my dad cancelled the flights himself. I'm staying here",
    "dad called off the engagement completely after I said no, it's over. I'm so relieved",
    "we're running a workshop on forced marriage law next Tuesday at the library, can we get some of your leaflets?",
    "my mum says her ex choked her when they were married in Lagos. she lives with me now and he is in Nigeria. how can she get help?",
    "I've had thoughts of hurting myself before but not now, I see a counsellor. what do you do with reports?",
    "if I serve one more table tonight I'm gonna jump off the counter lol",
])
def test_lead_reading_45_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# ... and the give-way check's lines, in new words: what a wanted wedding's message never says (a plea, a secret kept, a
# cover name for the day, the no already said, a stranger or someone else loved, a child bride's age after a comma, "i cant
# say no"), and the cutting lady coming: the classifier's danger_now is not demoted for them.
@pytest.mark.parametrize("text", [
    "help. the nikah is downstairs in 2 hours",
    "suitcases are packed for the flight tomorrow. the wedding is there. they don't know that I know",
    "party they said. its my engagement. tonight",
    "they say sunday is only a blessing at the temple. it is my wedding",
    "mum says we are visiting family on friday. my cousin says they booked the hall for my shaadi. I've told them no",
    "my sister's nikah is fixed for saturday and she has no idea",
    "dont no him. nikah 2moro",
    "wedding is on friday and i have a girlfriend here, they dont care",
    "the wedding is sunday, the bride is child, 13 years, the groom is old",
    "the cutting lady is coming to our house in Mogadishu and then there is a party for my little sister",
])
def test_lead_reading_45_a_wedding_with_what_a_wanted_one_never_says_is_not_given_way(text: str) -> None:
    assert detect_danger(text) is not None or not told_as_not_now(text)


def test_lead_reading_45_a_wedding_in_its_community_word_with_force_fires() -> None:
    assert detect_danger("appa fixed my kalyanam for next friday with my uncle's son, im 16, i cant say no") is not None
    assert detect_danger("parintii fac nunta mea on saturday, i am 15, i dont want") is not None


@pytest.mark.parametrize("text", [
    "hiding in the Tesco loos for five minutes, mum's dragged me round wedding shopping all day, my wedding is saturday and I love him",
    "hiding from my aunty in the changing rooms, she wants me to try another sari for my cousin's wedding on friday",
    "i dont know him that well yet but i said yes myself, nikah tomorrow, so nervous!!",
])
def test_lead_reading_45_a_wanted_wedding_still_gives_way(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# ... and of the twenty-eighth focus set and the ninety-fourth set, first read blind after the round above (kinds, in new
# words): FGM had as a child by a mother who says her girl never will; a tailor cutting the cloth; what FGM means, asked; a
# danger word in an account dated to a year gone (in its sentence, or a year said alone); a carving knife at Sunday dinner,
# all calm; a habit's threat "still worth reporting"; bailiffs knocking, gone now.
@pytest.mark.parametrize("text", [
    "School nurse. A mum told me today she had FGM in Somalia as a child and her girls will never have it. Is there a form to fill in?",
    "my aunty is cutting the material for my sari on friday, she sews for all the girls in our family",
    "a mum at the school gate asked me what FGM stands for, her daughter heard it in class today",
    "I work the door and wear a clip-on tie since a drunk tried to strangle me with mine in 2021. Can you report old stuff?",
    "my brother overdosed before. 2023. now in therapy. he is good. we want support for us",
    "dad's got the carving knife out for the Sunday roast, everyone's calm for once, just asking about Clare's Law",
    "she always says she'll kill me when she's had a drink but she never has, is it still worth telling someone",
    "bailiffs were knocking on the door all morning, they've gone now, is that allowed",
])
def test_lead_reading_45_fm28_and_94_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and the give-way: ears pierced at the jewellers for a small girl.
def test_lead_reading_45_ears_pierced_gives_way() -> None:
    assert told_as_not_now("getting my 5 year old's ears pierced at Claire's on Saturday, is that too young?")
    assert not told_as_not_now("getting her ears pierced on Saturday and then the cutting lady comes for her, she is 6")


# ... and the give-way check's line of the twenty-eighth set, in new words: a threat after its condition, its act a broken
# bone, beside a nikah on a day soon.
def test_lead_reading_45_a_broken_bone_threat_after_its_condition_fires() -> None:
    assert detect_danger("my uncle says if i dont say qubool on saturday he will break my arms. the nikah is saturday at 3") is not None


# ... and of the twenty-ninth focus set and the ninety-fifth set, first read blind after that (kinds, in new words): Banglish
# with the passport taken and the bride unknown on a weekday soon; a woman's visit after which the girl cannot swim for
# weeks; disowned if one backs out, a yes given only for a blow, "next weekend".
@pytest.mark.parametrize("text", [
    "abbu amar passport niye nise, bolse ei shonibar biye, chele ke ami chini na",
    "a girl in my class said after the old lady comes on Sunday she won't be allowed to swim for a few weeks, she's 9",
    "they say ill be thrown out if i back out, the nikah is next weekend",
    "i only said yes cos my brother hit me, the wedding is on saturday",
])
def test_lead_reading_45_fm29_danger_in_new_words_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and what they must leave quiet: a talk on dowry and forced marriage; recording FGM in notes; a child's naming day, "nobody
# is cutting anything"; the parents' "never for me"; a lasting burn's "still" and the talk's "now"; no weapon, at one's mum's
# now; an overdose last year, abuse disclosed now.
@pytest.mark.parametrize("text", [
    "the gurdwara has a seminar next sunday on dowry and forced marriage, is it open to parents?",
    "how should I code FGM in the notes for a woman of 40 who had it done as a baby?",
])
def test_lead_reading_45_fm29_topics_are_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "our son's naming day is on Sunday, just family and food. Nobody is cutting anything and we will never allow that for our girls",
    "my gran says in her village they did that to girls long ago. my parents say never for me or my sisters. does it still happen?",
    "a client's flat was set on fire in 2019 and she still has the scars. she wants someone to talk to about it now",
    "there's no weapon, he's just shouting, I'm at my sister's in Oadby now and staying there tonight",
    "what is the pathway for a patient who overdosed in 2022 and has now disclosed abuse at home?",
])
def test_lead_reading_45_fm29_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# ... and the give-way check's lines of the twenty-ninth and ninety-fifth sets, in new words: Banglish "rajina" run together;
# "if she says no ... he will kill her" at a nikah that starts soon.
@pytest.mark.parametrize("text", [
    "abba amar biye dibe dhaka te, ami rajina. flight friday",
    "at the hall now, my sister is the bride and she's 15, uncle said if she says no he will kill her. it starts soon",
])
def test_lead_reading_45_fm29_give_way_lines_fire(text: str) -> None:
    assert detect_danger(text) is not None


# Forty-sixth round, the lead reading the third self-harm focus set's false alarms again, in new words: a shin opened on a
# nail at football and stitched; a niece who could die of joy; a son who is "going to die" over a spelling test, an
# eye-roll; a patient who came in with an overdose, medically fit now; goodbyes before going back to Poland.
@pytest.mark.parametrize("text", [
    "cut my shin open on a nail at football training yesterday, got glued at the walk in, is it ok to play sunday",
    "my niece got her uni offer and says she could die of joy, she's ringing everyone now",
    "my son keeps telling me he's going to die because he has a spelling test on friday 🙄",
    "the man in cubicle 4 who was brought in after an overdose last night is medically fit, psych have seen him, discharge today",
    "saying my goodbyes at the warehouse today, I am flying back to Poland on Sunday to live with my mum, giving my car to a friend",
])
def test_lead_reading_46_sh3_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# ... and beside them, what still fires: a limb cut deep on purpose; "going to die" with the means at hand; a goodbye with
# everything given away and no reason for it.
@pytest.mark.parametrize("text", [
    "i just cut my leg open on purpose with a razor and it wont stop bleeding",
    "i'm going to die tonight, i've got all my tablets here, nobody will miss me",
    "said goodbye to everyone, gave my dog to my sister, i won't be here tomorrow",
])
def test_lead_reading_46_sh3_danger_beside_them_fires(text: str) -> None:
    assert detect_danger(text) is not None or not told_as_not_now(text)


# Forty-sixth round, the lead reading the thirtieth forced-marriage focus set and the ninety-sixth set, in new words. What
# now fires: Banglish's "porshu" with the no already said and a threat to kill; a virginity letter asked for a wedding on a
# named day, a girl's silent plea; hands on a woman's throat in learner English.
@pytest.mark.parametrize("text", [
    "porshu amar biye, ami bolechi na kintu abba bolse khun kore felbe",
    "practice nurse here. a dad asked us for a virginity certificate for his daughter, her nikah is on sunday, she looked at the floor the whole time",
    "at the pharmacy counter a girl in school uniform mouthed 'help' at me while her uncle talked about the wedding tomorrow",
    "bus driver, a man at the back has his hands round the lady neck, she is crying, i stop the bus now",
])
def test_lead_reading_46_fm30_and_96_danger_in_new_words_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and what they leave quiet, as patterns: a wedding of one's own told with joy, weeks away; a stereotype asked about, a
# sister's chosen wedding beside it.
@pytest.mark.parametrize("text", [
    "the mehndi is in 3 weeks and its mine, yay!! cousin is sewing my outfit today",
    "why do people at work assume all asian girls get forced into marriage? my sister chose her husband and her wedding is this saturday",
])
def test_lead_reading_46_fm30_wanted_and_asked_are_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and, as patterns and as the classifier's give-way: a marriage years off with nothing planned; a haircut that is "fire"; the hearth lit for warmth; a decade
# gone in patois; a threat over food taken; snow keeping one in; a window cracked by frost or broken by a ball; another's
# threat to hurt himself as a lever, asked about.
@pytest.mark.parametrize("text", [
    "my aunties keep saying they'll find me someone when i graduate, thats years off and nothing is planned, is that normal?",
    "barber said my line up is fire today, is that a good thing? still learning english",
    "freezing tonight so we lit the fire in the living room, lovely and warm now",
    "back in the eighties they spat at me on Narborough Road for my colour, I want to talk to someone about it now",
    "my sister said she'll kill me cos I borrowed her straighteners lol",
    "snowed in at the farm today, can't leave the house till the plough comes",
    "kitchen window cracked from the frost last night, landlord is coming to fix it",
    "the lad over the road kicked his football through our window, his dad came round to say sorry",
    "what would happen if my ex threatens to hurt himself so that I drop the case? he's done it before",
])
def test_lead_reading_46_fm30_and_96_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# ... and what still fires beside them: snow with a door locked on them; a window broken by stones thrown at it; a curfew's
# words with someone locked in now.
@pytest.mark.parametrize("text", [
    "cant leave the house, he's locked us in and it's snowing, please help",
    "they're throwing stones at our window right now, the glass is broken, kids are screaming",
    "he won't let me out of the bedroom, he's locked it and taken my phone",
])
def test_lead_reading_46_fm30_and_96_danger_beside_them_fires(text: str) -> None:
    assert detect_danger(text) is not None or not told_as_not_now(text)


# ... and a curfew is no captivity: "won't let me out past 8" given by a parent after a stabbing nearby.
def test_lead_reading_46_a_curfew_is_no_pattern() -> None:
    assert detect_danger("a lad was stabbed near us in the summer and now dad wont let me out after 9, its so boring") is None


# Forty-sixth round, the lead reading the thirty-first forced-marriage focus set and the ninety-seventh set, in new words.
# What now fires: a girl taken abroad to be "cleaned", the flight's date told.
def test_lead_reading_46_fm31_taken_abroad_to_be_cleaned_fires() -> None:
    assert detect_danger("in the half term they are taking my little sister to somalia to be 'purified', the plane is on the 21st, she is 8") is not None


# ... and what they leave quiet, as patterns and as the classifier's give-way: the woman who does the henna coming for a day;
# a lorry park locked by its hours; a team that choked in a match.
@pytest.mark.parametrize("text", [
    "the aunty who does henna is coming on friday night to do all the girls for the mehndi",
    "locked in the lorry park at Markfield overnight, the barrier closes at 11 and opens at 5, got my bunk and food, just fed up",
    "we choked again in the second half, threw away a two goal lead at the King Power",
])
def test_lead_reading_46_fm31_and_97_everyday_stays_quiet(text: str) -> None:
    assert detect_danger(text) is None and told_as_not_now(text)


# ... and, as patterns: a mother's account of what her father did, he long dead; a girl's trip to her gran with a mum who
# runs a group against FGM.
@pytest.mark.parametrize("text", [
    "my nan says my grandad used to grab her by the throat when she was young, he's been dead years now, she wants it written down",
    "my pupil is 10 and flying to Sierra Leone at Easter to see her aunty, her mum runs an anti FGM charity and says they are all against it",
])
def test_lead_reading_46_fm31_and_97_accounts_are_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and what still fires beside them: a gate's hours with someone locking them in; a choking in the second half of a night.
@pytest.mark.parametrize("text", [
    "he has locked me in the garage, the gates close at 10 so nobody will come",
    "he choked me in the second half of the night and he's still in the house",
])
def test_lead_reading_46_fm31_and_97_danger_beside_them_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Forty-sixth round, the lead reading the thirty-second forced-marriage focus set and the ninety-eighth set, in new words.
# What now fires: a ceremony abroad "like my sisters had", a day soon.
def test_lead_reading_46_fm32_a_ceremony_like_her_sisters_abroad_fires() -> None:
    assert detect_danger("dad booked us to Mali on friday for the ceremony like my sisters had, they were in bed for weeks after") is not None


# ... and what they leave quiet, as patterns: a talk and a school project about forced marriage or FGM; "nobody forcing
# anyone" at a friend's wedding; a sister's blouse cut, scared of a slip; a wedding called off and accepted; a patois decade
# gone, the husband dead twenty year; an asker's own age after a lesson.
@pytest.mark.parametrize("text", [
    "the mosque is holding an evening next Thursday about forced marriage, could your team send someone to speak?",
    "my daughter is 12 and doing a project on FGM for school, are there any leaflets we can use?",
    "my cousin is getting married sunday and he's made up, nobody forcing anyone haha, do you do talks at weddings?",
    "i'm hemming my sister's lehenga tonight for her wedding next week, she's marrying the guy she loves and i'm terrified i'll ruin it",
    "my nikah was meant to be next week but we called it off, both families accepted it and I'm staying in uni",
    "Me mudda use to beat me back inna di sixties. She dead now thirty year. Me just want somebody fi know.",
    "we learnt about FGM in biology today, our teacher said it's a crime here. is it a crime everywhere? im 15 just wondering",
])
def test_lead_reading_46_fm32_and_98_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and what still fires beside them: a wedding called off then set again; the asker's age with force told; a sister's
# wedding soon she is scared of.
@pytest.mark.parametrize("text", [
    "they called the nikah off for good last month but now dad says it's back on for saturday and i'm scared",
    "im 14 and they are making me marry my cousin on friday",
    "my sister is terrified, her wedding is tomorrow to a man she has never met",
])
def test_lead_reading_46_fm32_danger_beside_them_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and two of fm32's danger lines the give-way had taken (held only by the sure binary), in new words: Romanian's "am 14
# ani" and school wanted instead, a party at home for the wedding; the thing done to a sister, a day soon, not wanted (its
# line, with "when she was small" beside, is no longer given way; in these words it fires).
def test_lead_reading_46_fm32_a_child_bride_at_a_party_fires() -> None:
    assert detect_danger("am 14 ani. mama say on sunday i marry a man from the village, the party is at our flat. i want go to school") is not None


def test_lead_reading_46_fm32_the_thing_done_to_a_sister_soon_fires() -> None:
    assert detect_danger("aunty says on saturday i will have the same thing they did to my older sister, i dont want it pls") is not None


# ... and two of fm31/fresh97's danger lines the give-way had taken (held only by the sure binary), in new words: a roka on
# a day soon with a stranger and a threat; a man from the temple walking towards one's car in a car park at work.
def test_lead_reading_46_fm31_a_roka_soon_with_a_threat_fires() -> None:
    assert detect_danger("im 18, my rokka is on saturday with a girl ive never even met and chacha said if i say no he'll break my arms") is not None


def test_lead_reading_46_fm31_someone_coming_at_them_in_a_car_park_is_not_given_way() -> None:
    assert not told_as_not_now("the man from the gurdwara who keeps texting me is in the car park where I work and he's coming towards me now")


# Forty-seventh round: the last two fm31/fresh97 danger lines the give-way took (held only by the sure binary), in new
# words. A wind fanning a fire set by someone who threatened before is no weather's everyday banging; someone there
# watching the writer or the fire as they write is now, whatever was told of last week.
@pytest.mark.parametrize("text", [
    "someone's set fire to our stable near Melton and the man who threatened my dad last month is sat in his van at the gate watching it burn, the wind is blowing towards the cottage",
    "the fella I barred from the bar last month is sat in his car over the road watching me, he's sent me my own address and a thumbs up",
])
def test_lead_reading_47_someone_watching_now_after_a_threat_before_is_not_given_way(text: str) -> None:
    assert not told_as_not_now(text)


# ... and what still gives way beside them: the wind banging a gate; someone watching one play; a watcher told as a habit.
@pytest.mark.parametrize("text", [
    "the wind's been banging the side gate all night and I thought someone was trying to get in, it's fine now",
    "my dad was shouting at me last week but he's on the touchline watching me play and I'm fine",
    "my ex threatened me last year and he's always watching me from his car, is that harassment?",
])
def test_lead_reading_47_the_weather_a_match_or_a_habit_still_gives_way(text: str) -> None:
    assert told_as_not_now(text)


# Forty-seventh round, the lead reading the thirty-third forced-marriage focus set and the ninety-ninth set, in new words.
# What now fires: someone abroad to "make me clean"; a cutting told only by its signs (a woman coming or a girl's own
# cutting before, what she is told of it, a girl child, a day soon).
@pytest.mark.parametrize("text", [
    "coach here. one of my girls (9) says they fly to Banjul on friday and 'a nurse will make me clean down below'",
    "mum got me new clothes and said no breakfast tomorrow cos the old woman is coming. my sister said it hurts loads. im 10",
    "nan keeps telling my little cousin (7) to be brave on sunday and she'll have a party after, same as me. i was cut at 7. i know what sunday means",
])
def test_lead_reading_47_fm33_a_cutting_told_by_its_signs_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and what they leave quiet, as patterns: training on FGM with a question for the service; a groom the writer picked; the cutting promised never to happen; a grandmother argued with, nobody
# travelling.
@pytest.mark.parametrize("text", [
    "I've got FGM prevention training at the surgery next week, can you tell me which charities cover Leicester?",
    "my nikah is on Sunday and I picked him, my parents weren't sure but now they're happy. how do I register it legally?",
    "we learnt about FGM at school today. mum was cut back home but it stopped with her, she swore it will never be done to me",
    "how can I convince my grandmother in Mogadishu that FGM is wrong? she is not coming here and we are not going there",
])
def test_lead_reading_47_fm33_and_99_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and what gives the classifiers' danger way: force denied beside the writer's own wish; a match both said yes to, in
# Roman Urdu; child marriage long ago; whether it is allowed here, asked in learner English.
@pytest.mark.parametrize("text", [
    "no one's forcing me, i really want to marry him, it's just mum wants the wedding earlier than i would",
    "meri shaadi agle saal hai, ladka mujhe bahut pasand hai, hum dono ne haan kaha",
    "long ago in my nani's village girls were married at 12. in Leicester my cousins all go to uni, nobody talks of marriage",
    "i'm 14 from somalia, here in the uk is it allowed to marry at 16? my mum says not until i finish college",
])
def test_lead_reading_47_fm33_and_99_given_way(text: str) -> None:
    assert told_as_not_now(text)


# ... and what still fires beside them: force denied then a threat; a promise broken by a trip tomorrow; and (quiet) an ear
# piercing an aunty comes for.
@pytest.mark.parametrize("text", [
    "nobody is forcing me to marry him but my dad said if I don't marry him on Saturday he will kill me",
    "my mum promised it would never happen to me but my aunty is taking me to Somalia tomorrow to be cut",
])
def test_lead_reading_47_fm33_danger_beside_them_fires(text: str) -> None:
    assert detect_danger(text) is not None


def test_lead_reading_47_fm33_an_aunty_coming_to_pierce_ears_is_no_pattern() -> None:
    assert detect_danger("the aunty is coming tomorrow to pierce my ears, my cousin said it hurts, im 9") is None


# ... and an fm33 danger line the give-way took (held only by the sure binary), in new words: a lure the writer was warned
# of, a wedding days away and a flight in their name.
def test_lead_reading_47_fm33_a_wedding_lure_warned_of_is_not_given_way() -> None:
    assert not told_as_not_now("Mum texted come back to Leicester this weekend. My cousin has warned me it's a trap, the whole family is invited "
                               "to my nikah on Saturday and there's a ticket to Islamabad in my name.")


# Forty-seventh round, the lead reading the thirty-fourth forced-marriage focus set and the hundredth set, in new words.
# Quiet as patterns: a threader named by whose threading she does; a guest at a friend's nikah not wanting to get it wrong;
# a professional's reporting duty asked for a training session; a wish to die with a bad driving test as its reason.
@pytest.mark.parametrize("text", [
    "the lady who does all the girls' threading is coming on friday before my cousin's mehndi",
    "I'm from Romania, my flatmate's nikah is this Sunday and I'm helping, I don't want to get anything wrong, what do I wear?",
    "What are the statutory reporting duties for teachers about FGM? I need it for a training session tomorrow.",
    "urgh i want to die my driving test was so bad",
])
def test_lead_reading_47_fm34_and_100_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and what still fires beside them: a wish to die after bad results with the means ready; a threader with a girl's
# cutting named; a guest's friend who does not want the nikah.
@pytest.mark.parametrize("text", [
    "i want to die, my exam results were so bad, i've got the pills ready",
    "the lady who does the threading is coming saturday to cut my little sister, khatna, she's 7",
    "my friend's nikah is this Sunday and she told me she doesn't want to marry him, her dad will hurt her if she says no",
])
def test_lead_reading_47_fm34_and_100_danger_beside_them_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and what gives the classifiers' danger way: marriage denied with the subject dropped on a no.
def test_lead_reading_47_fm34_a_no_that_ends_the_subject_is_given_way() -> None:
    assert told_as_not_now("my mum and dad aren't forcing me to marry anyone, they send me rishta photos now and then but if i say no they leave it")


# ... and an incident over, the one who did it gone and the writer unhurt, is said safe: even a sure binary classifier's
# danger gives way (a child taken, a weapon or a return threatened beside it is not).
@pytest.mark.parametrize(("text", "danger"), [
    ("someone spat at me at the bus stop this morning and called me a p***, then he walked off. I'm not hurt", False),
    ("he threw a bottle at me then drove off, im not hurt but he said he's coming back tonight", True),
    ("my ex pushed me and drove off with my son, I'm not hurt", True),
])
def test_lead_reading_47_fresh100_an_incident_over_and_unhurt_is_said_safe(text: str, danger: bool) -> None:
    from bot.rasa_plugins.danger_detector import ClassifierReadings, decide_danger
    sure = ClassifierReadings(language=None, intent_says_danger=True, other_intent_confidence=0.0, binary_says_danger=True,
                              binary_says_not_danger=False, binary_sure_of_danger=True)
    assert decide_danger(text, sure).verdict.is_danger is danger


# ... and three fm34/fresh100 danger lines the give-way took (held only by the sure binary), in new words: a threat made
# just now with a tool waved; a child just driven off with by someone drinking; a wedding booked, force said, and where the
# writer is with a plea.
@pytest.mark.parametrize("text", [
    "Man at number 12 has just threatened to kill me over the wall, says he'll come round later to finish it, he's waving a rake about. I'm 80 and live alone in Syston.",
    "my sister's ex has just driven off with her little boy, he's had a few and said he'd crash the car with him in it",
    "mosque hall booked for fri, nobody asked me. mum said if i run they'll find me and bring me back. im at school pls",
])
def test_lead_reading_47_fm34_and_100_danger_now_is_not_given_way(text: str) -> None:
    assert not told_as_not_now(text)


# ... and what still gives way beside them: a threat of last year, the writer asking to report it; a plea that is a
# question about reporting.
@pytest.mark.parametrize("text", [
    "my neighbour threatened to stab me last year over the parking, can I still report it?",
    "he threatened to hurt me years ago when we were married. can I still report it please",
])
def test_lead_reading_47_fm34_and_100_an_account_still_gives_way(text: str) -> None:
    assert told_as_not_now(text)


# ... and a threat made just now is no past of its own: the detector reads it too.
def test_lead_reading_47_a_threat_made_just_now_fires() -> None:
    assert detect_danger("the lad upstairs has just threatened to kill me on the landing, says he'll be down later to finish it, he's got a bat") is not None


# ... and a guest's nerves at a friend's wedding soon are no refusal: the classifiers' danger gives way.
def test_lead_reading_47_fm34_a_guest_not_wanting_to_get_it_wrong_is_given_way() -> None:
    assert told_as_not_now("Soy de España. my colleague from work has her nikah this Saturday in Oadby and I'm invited, I don't want to get anything wrong, what do I bring?")


# Forty-seventh round, the lead reading the thirty-fifth forced-marriage focus set, in new words. What now fires: FGM said
# to be planned and the Bondo society's cutter; a "big girl party" on a trip with what is cut named a bad bit; a wedding
# the bride will not be let back after, a head shaken when asked if she wanted it; everything taken before a wedding.
@pytest.mark.parametrize("text", [
    "School nurse. 7 year old girl, family from Sierra Leone, flying out on Saturday; her aunt said 'the sowei will make her a woman'. We think FGM is planned",
    "year 3 girl told the class she's going to Egypt at Easter for her 'big girl party' and grandma will 'cut the naughty bit off'. Easter holidays start Friday",
    "sixth form tutor. a 17yo in my group asked for an extension because 'my wedding is on friday and I won't be allowed back after'. when I asked if she wanted to marry she just shook her head",
    "cousin rang me sobbing, 'married friday, they took everything, cant say more'",
])
def test_lead_reading_47_fm35_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and what stays quiet beside them: a venue's rule about coming back; a cake's extra bit cut for a wedding; and (given
# way) a registry office wedding the couple chose.
@pytest.mark.parametrize("text", [
    "the venue said we won't be allowed back after the wedding on saturday if the music runs late",
    "my nan is going to cut the extra bit off the cake on saturday for my sister's wedding",
])
def test_lead_reading_47_fm35_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


def test_lead_reading_47_fm35_a_wedding_the_couple_chose_is_given_way() -> None:
    assert told_as_not_now("registry office booked for thursday 2pm, just us two and our mates, my family aren't keen on her but it's our choice")


def test_lead_reading_47_fm35_a_sons_circumcision_booked_is_no_pattern() -> None:
    assert detect_danger("my boy is 4, his circumcision is booked for monday at the hospital, any tips for after?") is None


# Forty-seventh round, the lead reading the hundred-and-first set's detector false alarms, in new words: a uniform so tight
# round the neck it strangles; garden waste burnt, said under control. (Still danger: a hand round the neck beside a tight
# collar; a fire "under control" that someone else set at the door.)
@pytest.mark.parametrize("text", [
    "the new polo shirts at the warehouse are so tight round the neck they're strangling me, who do I moan to",
    "burning the brambles on the allotment now, all under control, I'm writing about the lad who keeps shouting at me there",
])
def test_lead_reading_47_fresh101_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "my collar's tight but that's not it, he has his hands round my neck right now",
    "someone has just set fire to our front door, the neighbours say it's under control but he's still outside",
])
def test_lead_reading_47_fresh101_danger_beside_them_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Forty-eighth round, the lead reading the thirty-sixth forced-marriage focus set and the hundred-and-second set, in new
# words. What now fires: someone else threatening to throw themselves off, a loss last month beside it; a passport kept
# since a past trip with the bridal outfit bought and the date given; one who cannot understand what a wife is; Tamil's
# "not wanted" typed in English letters; a cake cut beside a sister to be cut.
@pytest.mark.parametrize("text", [
    "my flatmate is threatening to throw herself off the fire escape, her gran died in june",
    "they kept my passport after we got back in april. bridal dress is already ordered and the date is the 9th, nobody asked me",
    "my brother has autism and doesn't understand what a wife is, his nikah is next saturday in Bradford",
    "enaku ishtam illa, but thirumanam is this sunday, appa already fixed it",
    "cutting the cake at the party on saturday, then they're taking my little sister to be cut on sunday",
])
def test_lead_reading_48_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and what no pattern reads: force answered no; a Sunday dinner beside a wedding wish; a threat only supposed, asked
# whether the police would "still" believe it; a ball kicked at a door; death threats written online, blocked now.
@pytest.mark.parametrize("text", [
    "arranged, yes. forced? no. our nikah is on saturday and we're both excited",
    "mum was scared I'd never marry after I came out, but my boyfriend and me had sunday lunch with her and she's come round",
    "What if he says he's going to stab me and never does it? Would the police still take me seriously?",
    "kids kicking a ball against my garage door all evening, they've gone in now, is that antisocial behaviour?",
    "getting death threats in my instagram dms from randoms abroad, blocked them all now, who do I tell?",
])
def test_lead_reading_48_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and what the classifiers' danger gives way to: a cake cut at a do with a niece in it; a trip the writer insists is
# only a holiday; a wall knocked through by builders; a habit's day named, the one feared away.
@pytest.mark.parametrize("text", [
    "the christening is sunday, we'll cut the cake after church and my niece is doing a reading",
    "flying to Dhaka on Friday for a fortnight, it's honestly just a holiday, we go every year",
    "the builders knocked through the kitchen wall this morning and the whole house shook",
    "Every Friday he drinks and gets nasty with his fists. Today's Tuesday and he's away at his brother's",
])
def test_lead_reading_48_everyday_is_given_way(text: str) -> None:
    assert told_as_not_now(text)


# ... but not the holiday in someone else's mouth, nor threats online with him at the door.
@pytest.mark.parametrize("text", [
    "they say it's just a holiday but my passport is gone and the nikah is friday",
    "death threats in my dms and now he's outside my house",
])
def test_lead_reading_48_danger_beside_them_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Forty-eighth round, the danger lines of fm35/fresh101 and fm36/fresh102 that only the sure binary held against the give-way,
# in new words: a note found in a library book is no fiction; a threat whose condition has a day soon for its deadline; a
# parent shut in with a child; sent abroad "and never come back" for refusing; Dari's "tomorrow" and a man never met;
# someone walking behind the writer since a place.
@pytest.mark.parametrize("text", [
    "found a note in a library book a girl returned: 'they're taking me to Lahore on the 9th to marry a man I never met'. the 9th is saturday",
    "my ex has barricaded himself in the bedroom with our baby and won't answer",
    "I told mum I love someone else and dad said then you'll go to Somalia and not come back. The engagement is this weekend",
    "nikah-e man farda hast, with a man I have never met, I am 15",
    "a man has been walking right behind me from the bus station, I'm nearly home",
])
def test_lead_reading_48_held_only_by_the_binary_fires(text: str) -> None:
    assert detect_danger(text) is not None


def test_lead_reading_48_a_threat_with_a_day_soon_for_its_deadline_is_not_given_way() -> None:
    assert not told_as_not_now("my uncle told my dad if she's not on the coach to London on Sunday they finish her. she means me. sunday is two days away")


def test_lead_reading_48_someone_shut_in_with_a_friend_is_no_pattern() -> None:
    assert detect_danger("my 15 year old shut herself in her room with her girlfriend to revise, is that normal") is None


# Forty-eighth round, the lead reading the thirty-seventh forced-marriage focus set and the hundred-and-third set, in new
# words. What now fires: Banglish's "razee na" and a phone taken ("phone niye nise"); a trip's pretext found false and the
# girl kept indoors, said in the passive.
@pytest.mark.parametrize("text", [
    "amar biye kal, ami razee na, ma amar phone niye nise",
    "I'm her friend in Leicester. Her family took her to Lahore saying it was a holiday, there was no holiday, her nikah is on Friday and she is kept indoors",
])
def test_lead_reading_48_fm37_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and what no pattern reads: a guest made to wear an outfit; candles lit for a festival; a wish supposed, the writer
# "alright now"; a habit's threat with the one who makes it in hospital right now.
@pytest.mark.parametrize("text", [
    "my brother's walima is on saturday and I'm being forced to wear a pink sherwani, send help lol",
    "we're lighting candles at the vigil for Vaisakhi tonight, do we need a permit for open flames?",
    "What if I get suicidal again after the funeral? I'm alright now, just want a plan",
    "he always says he'll burn the flat down when he's drunk, never has. right now he's in the LRI with his knee",
])
def test_lead_reading_48_fresh103_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and what the classifiers' danger gives way to: an old weapon asked about "handing in"; a father's daughter who will
# choose her own husband.
@pytest.mark.parametrize("text", [
    "found my late dad's old bayonet in the shed, does it need handing in?",
    "My niece will choose her own husband, her dad agrees. How can I help other families think the same?",
])
def test_lead_reading_48_fm37_everyday_is_given_way(text: str) -> None:
    assert told_as_not_now(text)


# ... and fm37/fresh103's lines only the sure binary held, in new words: a nikah done "without me agreeing" with the
# party to come; the one feared known by what he keeps doing, a photo of the door from minutes ago.
@pytest.mark.parametrize("text", [
    "they did the nikah yesterday without me agreeing, the party is on sunday and after it he takes me to his parents house",
    "the man who keeps texting me since the gym just sent a photo of my front door from 5 mins ago",
])
def test_lead_reading_48_fm37_held_only_by_the_binary_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Forty-ninth round, the lead reading the thirty-eighth forced-marriage focus set and the hundred-and-fourth set, in new
# words. What now fires: a passport kept and the doors "always locked", the state the person lives in, no habit.
def test_lead_reading_49_passport_kept_and_doors_always_locked_fires() -> None:
    found = detect_danger("they kept my passport when I came and the doors are always locked, I don't even know which town this is")
    assert found is not None and found.category == "held_captive"


# ... and what no pattern reads: a sister's hair cut; a marriage a parent dropped, only awkward now; a girl said never to be
# cut, a day at the park tomorrow; "choked me off" (fed up); a gun only supposed, an English "he'd" no Urdu "he"; an act
# asked about as domestic abuse; a midwife's note of parents who will never cut their daughter.
@pytest.mark.parametrize("text", [
    "grandma is cutting my little brothers hair tonight and he's crying like it's the end of the world",
    "my mum wanted me to marry a boy from Mirpur but when I said I'm doing my degree first she dropped it. bit awkward at weddings now",
    "my cousin is over from Leicester for the summer. her mum says nobody mentions gudniin near her, she will never be cut. we're going to the park tomorrow",
    "the new supervisor's remarks choked me off, told me to go back to Poland. can I report that?",
    "If he ever got his hands on a gun he'd use it, I know him. He's in prison until 2030.",
    "Is slapping a girlfriend just the once still domestic violence? my mate says no",
    "Health visitor here. Mum delivered today, she had FGM from childhood in Somalia. Both parents say they will never cut their daughter. What do I record?",
])
def test_lead_reading_49_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and what the classifiers' danger gives way to: a religious practice asked about; a question said to be only that.
@pytest.mark.parametrize("text", [
    "is it sunnah to pray two rakat before fajr? want to start it this week",
    "only a question: in the UK can a girl of 16 be married? my cousin was asking",
    "Czy w UK mozna wyjsc za maz majac 17 lat? pytam z ciekawosci",
])
def test_lead_reading_49_questions_are_given_way(text: str) -> None:
    assert told_as_not_now(text)


# Forty-ninth round, the lead reading the thirty-ninth forced-marriage focus set and the hundred-and-fifth set, in new
# words. What now fires: the wedding card seen with one's own name on it, a flight soon; a girl "put on a plane" with the
# wedding days away; the "tahara" done on a girl tomorrow.
@pytest.mark.parametrize("text", [
    "mum says we're visiting desh for a funeral but I found the nikah invitation, my name is on it. flight is on thursday",
    "Teacher here. A Year 10 girl was put on a flight to Lahore yesterday, her friends say the nikah is on Sunday",
    "my aunty arranged for the old woman to do the tahara on my two nieces on saturday",
    # in English's own words, which only Urdu's pattern read until it was kept to Urdu
    "my niece is being taken for fgm on sunday, her mum told me at school pickup",
])
def test_lead_reading_49_fm39_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and what no pattern reads: a ribbon cut at an opening with FGM leaflets (English, no Urdu pattern's); someone's
# name on a wedding card as a guest.
@pytest.mark.parametrize("text", [
    "Ribbon cutting at the new family hub tomorrow, will anyone have FGM information there?",
    "the wedding invitations came back from the printers, my name is on them as the best man, nikah is saturday and I'm buzzing",
])
def test_lead_reading_49_fresh105_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and petrol and matches said to be absent, a car parked outside a few times this year (no Urdu pattern's fire, no
# here-and-now); given way: a neighbour's staring "done for years", a mother cut long ago in Pidgin who will never do it
# to her own.
def test_lead_reading_49_fresh105_parked_a_few_times_this_year_is_no_pattern() -> None:
    assert detect_danger("No petrol, no matches, nothing like that. He's just parked outside my house a few times this month. Is that harassment?") is None


@pytest.mark.parametrize("text", [
    "The man upstairs stares into my garden from his window, he's done it for years, probably just bored",
    "Dem cut my aunty for village long time ago, she don old now. We no go ever do am to our pikin.",
])
def test_lead_reading_49_fm39_accounts_are_given_way(text: str) -> None:
    assert told_as_not_now(text)


# ... and two of fm38's danger lines only the sure binary held against the give-way, in new words: a girl to be taken "for
# tahara" with no article; Dari's "man nemekhayam" (I do not want) beside a nikah "farda".
@pytest.mark.parametrize("text", [
    "his mother flew in from Alexandria and wants to take our daughter to a lady in Highfields on saturday for tahara, I said no",
    "man 16 sala hastam. padar-am farda mara ba pesar-e kaka-yam nikah mekona, man nemekhayam",
])
def test_lead_reading_49_fm38_held_only_by_the_binary_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and fresh105's: the photos of the door that keep coming from outside, the last from minutes ago (not a family's
# photos of the house being painted).
def test_lead_reading_49_door_photos_still_coming_fires() -> None:
    found = detect_danger("my ex keeps sending me photos of our flat door taken outside, the latest one came 2 minutes ago, I'm alone with the baby")
    assert found is not None and found.category == "released_or_found"


def test_lead_reading_49_a_familys_photos_of_the_house_being_painted_are_no_pattern() -> None:
    assert detect_danger("my dad keeps sending me pics of our house from the street with the new paint, the last one was a minute ago") is None


# Fiftieth round, the lead reading the fortieth and forty-first forced-marriage focus sets and the hundred-and-sixth and
# hundred-and-seventh sets, in new words. What now fires: Pashto's "na ghwaarum" with its long a; Arabizi's passport taken and
# "lazem atzawaj"; Gujarati's "kaale"; a girl to "become a proper girl" on a near day, the pain told in another sentence; a
# husband waiting let slip behind a visit.
@pytest.mark.parametrize("text", [
    "da juma zama wada da, mor mi wai, za ye na ghwaarum",
    "baba akhad passporti w ygool lazem atzawaj ibn khali, el 3ers bukra",
    "kaale mari bhatriji ne khatna mate lai jase, e 6 varas ni che",
    "auntie told my little sister that on saturday she will become a proper girl. she cried because it hurts, she's 9",
    "they say we are flying to lahore on friday to see dadi but my brother let slip there's a husband already waiting for me",
])
def test_lead_reading_50_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and a flight soon said without "on" or as a clock time: the classifier is trusted, no longer given way to the past told
# beside it.
@pytest.mark.parametrize("text", [
    "they keep telling me we're visiting nani for Eid but Eid was ages ago. my khala already bought the gold for my biye. flight is thursday and im 16",
    "School safeguarding lead. The family emptied the house yesterday and the girl, 15, told us in June about a rishta. Their flight to Lahore departs at 19:30",
])
def test_lead_reading_50_flight_soon_is_not_given_way(text: str) -> None:
    assert not told_as_not_now(text)


# ... and what no pattern reads: a no that was listened to, and one's own partner married now; kept in only as a feeling, asked
# about; an attack on the home feared again as before; readying to answer a stranger's overdose; self-harm only supposed, the
# writer all right now; a festival's noise taken for an attack; the when of a marriage left to the one to marry.
@pytest.mark.parametrize("text", [
    "I said no to the rishta when I was 18 and they actually listened. now I'm 25 and marrying a guy I met at uni, everyone's happy",
    "She doesn't hit me, she just makes me feel like I can't leave the house. Is that controlling behaviour?",
    "I'm scared they'll come back and put the windows through again like they did at new year",
    "How should I respond if a student tells me they've taken an overdose? I'm a new teacher",
    "if I ever felt like cutting myself again who do I ring? I'm fine at the moment, just want to be ready",
    "new year fireworks are so loud grandad keeps thinking someone is attacking the house but it's just the street party",
    "when i came out 4 yrs ago my family tried to marry me off back home. i refused and we've since made peace, im engaged to my boyfriend and dad is coming to the wedding",
    "my grandma was married at 13, she tells me about it now. she says i marry when i want",
])
def test_lead_reading_50_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and harm told years ago, the one who did it gone back to his home city, the writer settled somewhere new.
def test_lead_reading_50_gone_back_to_a_home_city_is_given_way() -> None:
    assert told_as_not_now("Coalville, 2 years ago my old landlord grabbed my neck. I am in new house now and he is gone back to Lahore. Police help with old thing?")


# ... while the same shapes with danger now beside them still fire.
@pytest.mark.parametrize("text", [
    "im scared theyll smash the windows in again, theyre in the garden right now",
    "what should I do if he tells me he's taken an overdose, he's texting me now saying goodbye",
    "if i ever felt like cutting myself again what do i do? im ok right now but i have the blade in my hand",
])
def test_lead_reading_50_danger_beside_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and a plea texted beside a wedding days away ("he texted me 'help'"), in a part of its own beside another part's past
# time; not a plea for the caterers.
@pytest.mark.parametrize("text", [
    "the walima is friday, my friend whatsapped me 'help' and now her phone is off",
    "my nephew is 16 and they drove him to Rawalakot last month, the nikah is on sunday, he snapchatted me 'help' and has not been online since",
])
def test_lead_reading_50_plea_texted_beside_a_wedding_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


def test_lead_reading_50_plea_for_the_caterers_is_no_pattern() -> None:
    assert detect_danger("my sister's wedding is on saturday and she texted me 'help' because the caterers cancelled") is None


# ... and from the forty-second focus set and the hundred-and-eighth set: Dari forced ("mara majbur mekunan") with its wedding
# ("arusi") and its tomorrow ("farda"); Urdu's "main ghar se bhaag jaungi" beside a nikah next week; a plea in Pidgin ("abeg
# help") as the last sentence.
@pytest.mark.parametrize("text", [
    "familam mara majbur mekunan ke arusi kunum, farda mara ba Herat mebaran",
    "abbu ne kaha nikah next sunday hai, main ghar se bhaag jaungi",
    "dem don collect my bride price, dem wan marry me give old man next week. abeg help",
])
def test_lead_reading_50_fm42_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and what no pattern reads: a parent come to a child, the one who shouted gone; a minibus's window put through overnight,
# nobody hurt (not a car's window being put through with someone inside: the guard test below).
@pytest.mark.parametrize("text", [
    "we were having a snowball fight and a man shouted at us, he walked off and my dad is here now",
    "someone put the window through on the minibus overnight, nobody hurt, probably kids",
])
def test_lead_reading_50_fresh108_everyday_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


def test_lead_reading_50_a_car_window_being_put_through_with_someone_inside_fires() -> None:
    assert detect_danger("theyre putting the window through on my car and im inside it") is not None


# ... and given way: an awards ceremony with family flying in; a love match that trolls call "forced marriage" (present_harm
# read the quoted words as the force).
def test_lead_reading_50_an_awards_ceremony_is_given_way() -> None:
    assert told_as_not_now("the awards ceremony is next Friday, mum is flying in from Lahore to see me get my prize")


def test_lead_reading_50_forced_marriage_only_in_trolls_mouths_is_no_pattern() -> None:
    assert detect_danger("she's 23 and picked him herself, we're so happy for her, but people keep commenting 'forced marriage' under the nikah photos tonight") is None


# ... and what a wanted wedding's message never says, in the new sets' shapes: a plea for someone to be told, the marriage
# arranged once the family knows who the writer is. The classifier is trusted, no longer given way as a wanted wedding.
@pytest.mark.parametrize("text", [
    "nikah in karachi tomorrow. please tell someone at my college",
    "my parents know I'm bi and they've found me a husband, the engagement is on sunday",
])
def test_lead_reading_50_signs_of_an_unwanted_wedding_are_not_given_way(text: str) -> None:
    assert not told_as_not_now(text)


# Fifty-first round: the lead's reading of what only the binary classifier held on fm40-fm42 and fresh106-fresh108, in new
# words. Others doing "her" tahara is the cutting (her own purification before prayer is not).
@pytest.mark.parametrize("text", [
    "they're doing her tahara at my mother-in-law's on sunday, i said no",
    "my sister in law just rang, they are going to do her tahara when the girls land in khartoum tomorrow",
])
def test_lead_reading_51_others_doing_her_tahara_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


def test_lead_reading_51_her_own_tahara_before_prayer_is_no_pattern() -> None:
    assert detect_danger("my daughter is doing her tahara before maghrib, she's learning so fast") is None


# ... a child and "his sister" in one message is no siblings' squabble when a marriage or a girl's cutting is in it (the
# father's sister who tells of it), so the classifier is not given way.
def test_lead_reading_51_a_marriage_beside_his_sister_is_not_a_squabble() -> None:
    assert not told_as_not_now("our son is with his sister at my mums while my husband takes our daughter to somalia tomorrow to get married to his friend")


# ... a child taken abroad to be married by someone other than the writer is no wanted wedding; the writer's own family trip is.
def test_lead_reading_51_a_child_taken_abroad_to_marry_is_not_a_wanted_wedding() -> None:
    assert not told_as_not_now("her dad takes my girl to yemen on friday to be married to his cousin")


def test_lead_reading_51_the_family_taking_their_daughter_to_her_wedding_is_still_wanted() -> None:
    assert told_as_not_now("we're taking our daughter to india next week to get married, so excited for her")


def test_lead_reading_51_a_squabble_between_siblings_is_still_given_way() -> None:
    assert told_as_not_now("my son says he'll murder his sister if she touches his xbox again")


# ... a threat as a condition ("if I run they'll find me") to someone who never agreed to what is set for a day soon is
# coercion now, not a worry; the same threat told of long ago is still an account.
def test_lead_reading_51_a_threat_to_one_refusing_soon_is_not_a_worry() -> None:
    assert not told_as_not_now("saturday is the day, the hall is booked, i never said yes. my uncle told me if i leave he'll drag me back")


def test_lead_reading_51_a_conditional_threat_long_ago_is_still_an_account() -> None:
    assert told_as_not_now("years ago he told me if i left he'd find me. i never agreed to go back and i'm safe in my own flat now")


# ... Pidgin's future of the cutting said of a girl is read; a child's hair in the same words is not.
def test_lead_reading_51_pidgin_cutting_of_a_girl_fires() -> None:
    found = detect_danger("grandma wan cut my daughter for village next week, dem don book flight")
    assert found is not None and found.category == "forced_marriage_or_fgm"


def test_lead_reading_51_pidgin_haircut_is_no_pattern() -> None:
    assert detect_danger("dem go cut my pikin hair saturday for the party") is None


# The lead's reading of fm43 and fresh109 (fifty-first round), in new words. A girl's "operation" or "special procedure"
# abroad given as the cutting's cover, a day soon, is read; a real operation is not.
@pytest.mark.parametrize("text", [
    "school nurse here. a year 6 girl says she's off to Khartoum on friday for a 'little operation' her nan has arranged",
    "my niece told me they're flying to Hargeisa next week for a special procedure for her and her sister",
])
def test_lead_reading_51_a_girls_operation_abroad_as_a_cover_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


def test_lead_reading_51_a_girls_real_operation_abroad_is_no_pattern() -> None:
    assert detect_danger("my daughter is having her hip operation in Karachi next month, her surgeon there is excellent") is None


# ... and no pattern: choking on food told over ("fine now" is no "now" of an attack); a weapon kept by one far away or barred;
# FGM named only in another's quoted question; the law asked about in Pidgin.
@pytest.mark.parametrize("text", [
    "a bit of apple went down wrong and my little one was choking for a second, all ok now",
    "my ex still has that machete but he's not in the uk anymore, he lives in Lagos. I only want advice on a protective order",
    "we're off to Djibouti over christmas to see my nan and my PE teacher asked if it was an 'FGM thing', so awkward, it's just a holiday and I'm a lad",
    "abeg wetin be di law for UK about circumcision for girl pikin? my cousin for Kano just dey ask for im church group, nobody dey plan am",
])
def test_lead_reading_51_fm43_fresh109_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


def test_lead_reading_51_choking_now_still_fires() -> None:
    assert detect_danger("he's choking my sister now in the hallway") is not None


# ... and given way to the classifiers: a girl's coming-of-age ceremony by its name; a forced-marriage poster asked about.
@pytest.mark.parametrize("text", [
    "my girl's ritu kala function is this sunday, we've got the temple hall booked and family flying in from Jaffna",
    "there's an FGM poster up in the staff room, a dinner lady asked me what the letters stand for",
])
def test_lead_reading_51_fm43_given_way(text: str) -> None:
    assert told_as_not_now(text)


# The lead's reading of fm44 and fresh110 (fifty-first round), in new words. No pattern: one's studies to be finished
# ("i will finish my degree") are no threat; a real operation at a hospital is no cover.
@pytest.mark.parametrize("text", [
    "mum told the aunties i will finish my degree first and then we'll see about a husband, so relieved",
    "Receptionist here: a dad rang, his 7 year old's 'small operation' is on Monday at the hospital, her grommets, he wants a school letter",
])
def test_lead_reading_51_fm44_fresh110_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... the trip's reason doubted beside a wedding is no wanted wedding.
def test_lead_reading_51_a_trip_supposedly_a_visit_beside_a_wedding_is_not_wanted() -> None:
    assert not told_as_not_now("going to Sylhet on sunday, apparently just a family visit, but my aunt let slip the wedding clothes are ready")


# ... and given way: the law's minimum age asked; none of one's girls ever to be cut; a child's naming day; a Roman Urdu
# marriage chosen by the one to marry with the parents happy; food burnt, the neighbour saying everything is all right.
@pytest.mark.parametrize("text", [
    "What's the minimum age to marry in Wales? Someone said it's 18 now.",
    "None of my daughters will be cut, my husband and I agree. Where can I find a mothers' group against it?",
    "her naming day is this saturday, the imam is coming and we're doing jollof for everyone",
    "bhai ki shaadi agle mahine hai, usne larki khud pasand ki hai, sab khush hain",
    "mi burn up the rice dis morning, whole landing smell it, neighbour come check and say everything alright",
])
def test_lead_reading_51_fm44_fresh110_given_way(text: str) -> None:
    assert told_as_not_now(text)


# What the retrained classifiers (e08abff) no longer held in the end bench, read by patterns now, in new words: the night
# named for it or a rope got beside a farewell; someone gone off with a gun and a note left; a girl and the cutting's name
# close by with a day soon. A rope for a game, a gun taken shooting with a note saying when back, are not.
@pytest.mark.parametrize("text, category", [
    ("today's the day i end it all, nobody will even notice", "self_harm"),
    ("i've got a rope in the shed and i just want to say goodbye to my kids", "self_harm"),
    ("dad went off into the woods with his rifle and left a note for mum on the kitchen table", "self_harm"),
    ("my granddaughter 7, khatna on sunday at the aunty's house", "forced_marriage_or_fgm"),
])
def test_lead_reading_51_end_bench_losses_fire(text: str, category: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize("text", [
    "we bought a rope for the tug of war at sports day, say goodbye to your trophy lol",
    "he took the gun to the clay ground and left a note saying back at 6",
])
def test_lead_reading_51_rope_or_gun_for_a_pastime_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and a Roman Urdu family happy is no love match on its own: the one to marry may be the one crying.
def test_lead_reading_51_the_family_happy_in_roman_urdu_is_not_a_love_match() -> None:
    assert not told_as_not_now("nikah kal hai, ghar mein sab khush hain, main kamre mein ro rahi hoon")


# ... and given way, from fm5's false alarms in the end bench: a stand against the cutting told ("I am against cutting and
# they respect it"); the law asked after what is told ("here in UK what is the law?").
@pytest.mark.parametrize("text", [
    "We go to Djibouti this summer to see my sister. My girls are 5 and 9. My in-laws know I am against cutting and respect it, no one will touch them.",
    "We travel to Asmara at Easter to see my aunt. My girl is 6. My aunt is also against cutting now, the village has changed",
    "back home girls get engaged at 13, my cousin did. here in england what is the law for marriage age?",
])
def test_lead_reading_51_against_it_or_the_law_asked_is_given_way(text: str) -> None:
    assert told_as_not_now(text)


# ... the same trip that married another, the writer next, a day soon ("came back married. I'm next.").
def test_lead_reading_51_came_back_married_and_i_am_next_fires() -> None:
    found = detect_danger("flying to Lahore on Monday. my big sister went 'for a holiday' and came back a bride. I'm next.")
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and (the lead's review) the one to marry saying they are against it is no wanted wedding.
def test_lead_reading_51_against_the_marriage_is_not_a_wanted_wedding() -> None:
    assert not told_as_not_now("my parents fixed my nikah with my cousin from Sylhet, we fly on monday, i am totally against it")


# ... a girl asking about the cutting is no cutting of hers (the replay's catch of the first "niece 9, excision saturday" rule).
def test_lead_reading_51_a_girl_asking_about_it_is_no_pattern() -> None:
    assert detect_danger("my granddaughter asked me about excision after her PSHE lesson, I told her it was done to me in Conakry long ago, never to her") is None


# Fifty-second round (focusfm45/fresh111 read). The cutting's verb said of the girls, in English and in French; the writer
# taken for it by its name; the girl taken "into the Sande"; its cover as her making, as "the lady" brought for her, as the
# "old custom" done on a baby girl.
@pytest.mark.parametrize("text", [
    "my husband's aunt has booked a cutter for saturday to circumcise both my girls, I said no and she laughed",
    "ma belle-mère veut exciser ma fille, le vol est samedi, please before saturday",
    "my aunt is taking me to a clinic in Cairo on friday for tahara, mama says every girl has it",
    "grandma flies with my cousins, 8 and 11, to Freetown on Friday to take them into the Bondo",
    "my little sister's going to Hargeisa tomorrow so a woman can 'make her a real woman', she's 7",
    "the child minder said the nan arrives tomorrow with 'the old woman' for her and the baby",
    "my in-laws are taking our 2 month old baby girl to Djibouti on monday so nana can 'do the custom'",
])
def test_lead_reading_52_the_cutting_by_its_verb_or_its_cover_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and not a mole excised nor a son circumcised, nor a family tradition that is a dance or a project.
@pytest.mark.parametrize("text", [
    "the dermatologist will excise the mole on my daughter's back tomorrow",
    "they circumcise my son at the clinic on saturday",
    "my girl is doing a school project on 'our family tradition', it's due monday",
    "my daughters are doing 'the old tradition' dance at the mehndi tomorrow",
])
def test_lead_reading_52_a_mole_a_son_or_a_dance_is_no_cutting(text: str) -> None:
    assert detect_danger(text) is None


# ... a forced nikah by its own words: the yes ordered, the officiant on his way, an ultimatum, the one to marry watched; a
# child's wedding with a party ready is no celebration; the day told after "and" beside last night's arrival.
@pytest.mark.parametrize("text", [
    "my mum says when the molvi comes i must say qabool, he is coming tonight, i don't want this",
    "they took my phone when i said no, now the kazi comes on sunday for the kabin at home",
    "she has given me until saturday, I marry my cousin or I'm kicked out",
    "my brothers say I go to Erbil tomorrow and marry my cousin, they watch me 24/7",
    "my mum say I marry her friend son next saturday, I am 15, the hall is booked and the food ordered for the party",
    "My niece landed from Leicester last week and her nikah is on Saturday. She says she never agreed, her passport is with my aunt",
])
def test_lead_reading_52_a_forced_nikah_by_its_own_words_fires(text: str) -> None:
    found = detect_danger(text)
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... and a 14-year-old excited for her sister's wedding party is no child's wedding.
def test_lead_reading_52_a_child_at_her_sisters_party_is_a_celebration() -> None:
    assert detect_danger("my sister is getting married on sunday, i am 14 and so excited for the party") is None


# ... signs a wedding is not wanted: tears, the day's real owner told, an ultimatum, the one to marry watched.
@pytest.mark.parametrize("text", [
    "my cousin's 'family wedding' in Sylhet is next week, she's been crying every night, the wedding is hers",
    "wedding on the 20th, I marry the man dad chose or I'm out on the street",
])
def test_lead_reading_52_tears_or_an_ultimatum_is_no_wanted_wedding(text: str) -> None:
    assert not told_as_not_now(text)


# ... given way: Pidgin's "he don forget am" after the no (a parent who dropped it); a scare checked and put down to a smell
# nearby, calmed down now; nobody stopping the writer leaving.
@pytest.mark.parametrize("text", [
    "my mama wan make I marry one old man for 2019 but I no gree, now she don drop am. I just wan know my options",
    "there's no smoke, we checked the whole house, it was just the smell from the neighbour's bonfire. sorry, calmer now",
    "no one is keeping me in, I just don't have money for a deposit. can the council find me a flat?",
])
def test_lead_reading_52_dropped_checked_or_free_to_leave_is_given_way(text: str) -> None:
    assert told_as_not_now(text)
    assert detect_danger(text) is None


# ... and not when something urgent or at hand is beside them.
@pytest.mark.parametrize("text", [
    "there's no petrol, I checked, but he's outside now with a lighter",
    "nobody's stopping me leaving but he took my keys and locked the door",
])
def test_lead_reading_52_at_hand_beside_a_check_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Other languages' patterns keep to their own words: English's gun before "he threatened" is no Roman Urdu "gun hai".
def test_lead_reading_52_english_gun_he_threatened_is_no_roman_urdu() -> None:
    assert detect_danger("he lives in Glasgow now but he still has the gun he threatened me with years ago") is None


# ... from fresh111's lines only the model read (each rewritten): lips going blue, a child alone on a road, fallen from a
# window or driven off by one who has been drinking, swallowed tablets, poison taken, a car's fumes, locked in from outside,
# a car that will not stop, followed by car, the known one at the drive, an order broken as they write, a liquid thrown on a
# door beside a fire word, a witness's message that opens on an attack.
@pytest.mark.parametrize("text", [
    "her lips are going grey and he won't take his hands off her neck",
    "kid about 4 wandering alone down the dual carriageway",
    "the girl upstairs has just fallen off the balcony, she's not moving",
    "my dad has been drinking since noon and just sped off with the baby in the back",
    "the toddler has swallowed some of nan's pills",
    "my brother has eaten rat poison, he's being sick everywhere",
    "my dad's engine is running in the locked garage and he won't open the door",
    "door locked from outside, we cant go",
    "he's driving really fast, I'm stuck in the car, he refuses to pull over or let me out",
    "a white van has been tailing my car since the M1, I'm at the services",
    "the woman who's been harassing my mum is sat on our doorstep right now",
    "he's on a stalking protection order. he's still there.",
    "my ex has sloshed something over my front door, there's a lighter in his hand",
    "Customer being punched at the till",
])
def test_lead_reading_52_what_only_the_model_read_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and not the cold's blue lips, a toddler on the road with a parent, a bus driver who missed the stop, a boiler man
# outside, varnish on a door, a car running for a repair, a friend following to a party.
@pytest.mark.parametrize("text", [
    "my lips are going blue it's freezing at this bus stop",
    "our toddler loves walking along the road to the park with me",
    "the bus driver wont stop or let me out at my stop, so annoying",
    "the man who fixes our boiler is outside now",
    "the decorator sloshed something on the front door, it's only varnish",
    "the car is running in the garage while I fix the exhaust, door open",
    "my mate is following my car to the party so he doesn't get lost",
])
def test_lead_reading_52_their_everyday_twins_are_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... the lead's reading of focusfm46/fresh112: a sister who "came back cut" from the same trip, a day soon, fires.
def test_lead_reading_52_came_back_cut_from_the_same_trip_fires() -> None:
    found = detect_danger("mum says we go to Bamako on saturday 'for a holiday'. my cousin went last summer and came back cut. i'm 8")
    assert found is not None and found.category == "forced_marriage_or_fgm"


# ... given way: the capacity to marry asked about; Pidgin's "e don gree" after the no, fine now; a gun on a licence for
# clay shooting, never pointed. No pattern: a small child's tantrum at a door; a lead rope caught round a girl's neck, checked
# over, fine.
@pytest.mark.parametrize("text", [
    "my sister has a learning disability and her boyfriend of 8 years wants to marry her. who assesses capacity to marry? we want it done right",
    "my uncle wan make I marry him friend, I tell am say no and e don gree. everything dey fine now",
    "My husband has a licensed shotgun for shooting clays at weekends. He has never aimed it at me. Is it worth mentioning for the risk assessment?",
])
def test_lead_reading_52_asked_agreed_or_licensed_is_given_way(text: str) -> None:
    assert detect_danger(text) is None
    assert told_as_not_now(text)


@pytest.mark.parametrize("text", [
    "my daughter kicked her bedroom door in a tantrum, she's 3, there's a dent",
    "the lead rope got wrapped around my pony girl's neck when she slipped, the first aider checked her over and she's fine",
])
def test_lead_reading_52_a_tantrum_or_a_rope_caught_is_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... and not when at hand: a licensed gun pointed now, a door kicked in by a grown man.
@pytest.mark.parametrize("text", [
    "my ex has a licensed shotgun and he's outside my house with it right now",
    "he's kicking my door in, in a drunken tantrum, he's 40 and says he'll kill me",
])
def test_lead_reading_52_a_licence_or_a_tantrum_beside_danger_still_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... the give-way check of fm46/fresh112's lines no pattern read: a wedding with a bare plea and a child's bare age, a call
# in tears from the airport, the trip's cover undone by a "but", are no wanted weddings; a feared ex's quoted "bonfire" and
# petrol at the door is no hobby fire.
@pytest.mark.parametrize("text", [
    "walima sunday. help. 16",
    "my friend just phoned me sobbing from the airport, they said it was a family visit but actually her nikah is in Sylhet on saturday",
    "we fly to Dhaka on Monday for Eid but my aunt let slip it's for my engagement on Friday",
])
def test_lead_reading_52_a_plea_tears_or_an_undone_cover_is_no_wanted_wedding(text: str) -> None:
    assert not told_as_not_now(text)


def test_lead_reading_52_an_ex_and_petrol_at_the_door_is_no_hobby_fire() -> None:
    assert detect_danger("ex sent me 'have fun at the bonfire' 5 mins ago and now i can smell petrol under the kitchen door") is not None


# ... and a holiday before a cousin's wedding looked forward to is still a wanted wedding.
def test_lead_reading_52_a_holiday_then_a_wedding_looked_forward_to_is_wanted() -> None:
    assert told_as_not_now("nikah tmrw, so happy, mehndi was amazing")


# ... and patterns for fm46/fresh112's lines only the model read (each rewritten): the family waiting for the yes, to be
# "made clean", the cutter already in the house, a small child driven off by one who has been drinking, a child on a balcony's
# rail, someone heard inside after a door broken.
@pytest.mark.parametrize("text", [
    "my aunties are all waiting for me to come down and say qubool tonight",
    "dad says on sunday we go to the village so my sister can be made pure, she is 9",
    "the cutter's already upstairs with my aunties",
    "his mum's been drinking all afternoon and just sped off with our 3 year old",
    "the toddler in the flat above is climbing the balcony railings",
    "someone forced the back door lock, I hear them in the hallway",
])
def test_lead_reading_52_what_only_the_model_read_in_fm46_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... not a cutter in a toolbox, a toddler at a window sill, a family heard making tea after an old lock broke, a school play.
@pytest.mark.parametrize("text", [
    "the cutter is already in the toolbox, pass it over",
    "my toddler is standing on the window sill watching the rain",
    "we broke the window lock last year, I can hear them downstairs in the kitchen making tea",
    "the kids want me to say qubool hai in the school play tomorrow",
])
def test_lead_reading_52_their_fm46_twins_are_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... the lead's review: an injunction named anywhere, not only at the message's start, with the one it binds still there;
# and a grown son's strop at a door is no small child's tantrum.
@pytest.mark.parametrize("text", [
    "there is an injunction against him. he's still outside",
    "my son kicked the door in during a strop, he's 25",
])
def test_lead_reading_52_review_an_injunction_or_a_grown_sons_strop_fires(text: str) -> None:
    assert detect_danger(text) is not None


# Fifty-third round (focusfm47 and fresh113 read): what neither pattern nor model read, each rewritten: the cutting's verb
# with two words before the girl, consent said not given in a formal report's words, a door battered in next door, Arabizi's
# travel day with its "al-".
@pytest.mark.parametrize("text", [
    "my husband's aunt flies in tomorrow to circumcise the little baby girl after the naming on Sunday",
    "I wish to tell you that my parents intend to marry me to a man in Sylhet. I have not consented. My flight is on the 14th. I am 20.",
    "the house over the road is getting its door battered in, a big crowd of men",
    "abui qal lazim atzawaj ibn 3ammi, al-safar yom al-jum3a. ana 15. ma abgha",
])
def test_lead_reading_53_what_fm47_missed_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and their false alarms: a wedding date tried years ago and thanks for "back then"; a talk with a word before it, a unit
# a class covers, activism's stall; a wrestling partner the writer tapped out to; a polo neck felt as strangling; dying of
# tiredness; tics others take for a beating; a rishta called off once the no was heard; Pidgin's promise not to do it to us; one
# who lives the same way.
@pytest.mark.parametrize("text", [
    "My parents once tried to set a wedding date for me with a cousin. That was 2020. I'm out now and they've accepted it. Thanks for your help back then.",
    "Mum here. We'd like to host a community talk on FGM and forced marriage at the centre on Friday, can someone come?",
    "We're covering forced marriage in the PSHE module next week, any resources?",
    "our students are running a stall for the 16 days of activism against FGM and forced marriage on Monday",
    "wrestling club tonight, my partner put me in a chokehold and I tapped out, coach says it's normal",
    "this roll neck is so tight I feel like I'm being strangled lol",
    "two shifts tomorrow, I'm going to die of exhaustion haha",
    "my tics make me punch myself, its my tourettes, teachers think someone is hurting me at home",
])
def test_lead_reading_53_fm47s_false_alarms_are_no_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "mum lined up a rishta for me, I said I won't and she listened, called it off the next day",
    "grandma tell us say dem cut her for village long time. she no go do am to us, she don swear",
    "a man keeps walking behind me after college but he lives on my road so it's just the same way home",
])
def test_lead_reading_53_a_no_heard_a_promise_or_a_neighbour_is_not_now(text: str) -> None:
    assert told_as_not_now(text)


# ... and the give-way check of their lines only the model read: a goodbye written from a bridge is no sightseeing; a school
# year's girl and a term she won't come back for are no wanted wedding.
def test_lead_reading_53_a_goodbye_from_a_bridge_is_no_photo_trip() -> None:
    assert detect_danger("my brother is standing on the bridge over the railway, he sent a pic from there and wrote goodbye") is not None


@pytest.mark.parametrize("text", [
    "a Year 8 girl told me her engagement party is on Saturday in Mirpur and the nikah is the day after",
    "her mehndi is on Sunday and she's been told she won't be going back to school after Christmas",
])
def test_lead_reading_53_a_school_girls_wedding_is_no_wanted_one(text: str) -> None:
    assert not told_as_not_now(text)


# ... and patterns for fm47/fresh113's lines only the model read (each rewritten).
@pytest.mark.parametrize("text", [
    "they took her passport and they fly to Pakistan on Sunday, she won't be back for college",
    "on Saturday they will do my sunnah. I am 8 and scared",
    "her nani has arranged her khatna in Hargeisa, they fly Thursday",
    "My husband's family plan cutting for my two girls when they fly to Conakry on Sunday",
    "dem wan carry my niece go village next week make dem cut am",
    "she told her teacher she is 'going to become a big girl' in Gambia, they leave on the 20th",
    "my mother-in-law says khafz must be done for my daughter, a lady comes on Sunday",
    "taking my sunnat daughter for sunnat on saturday",
    "he's dangling our baby over the balcony rail",
    "my ex has taken our 4 year old from school and says I'll never see him again",
    "he take the axe out of the shed, he say he will use it on me",
    "he keeps saying tonight is your last night. He is in the kitchen",
    "a man being dragged by his hair across the road outside the chippy",
    "they've got my brother up against the wall by the bins",
    "the boss lock the door at night, we cannot go out",
    "they're inside the house",
    "found a tracker under my car and he messaged 'nice shopping?' I'm still at Tesco",
    "lad ripping a woman's hijab off at the bus stop",
    "they've bricked my window and they're still outside at the end of the road",
])
def test_lead_reading_53_what_only_the_model_read_in_fm47_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... not their twins: a passport renewed before a trip, one's own sunnah prayers, a holiday's "not coming back till", a tool's
# use on a wall, a last day at work, a sofa against the wall, a hijab straightened, a window broken by a ball.
@pytest.mark.parametrize("text", [
    "my passport expired, we fly to spain on friday and i'm not coming back till september",
    "I do my sunnah prayers tomorrow after fajr",
    "the decorator will use the hammer on the wall tomorrow",
    "my boss said today is your last day lol",
    "they've got the sofa up against the wall now",
    "she keeps pulling her hijab down over her face",
    "the kids smashed a window with the football, I can still hear them laughing outside",
])
def test_lead_reading_53_their_fm47_twins_are_no_pattern(text: str) -> None:
    assert detect_danger(text) is None


# ... the second pair (focusfm48 and fresh114) read: what neither pattern nor model read, each rewritten: a "proper woman"
# promised after the trip, the wedding cards with one's name printed, the society joined abroad, a no said to the rishta for
# months.
@pytest.mark.parametrize("text", [
    "nani keeps saying after this holiday I'll be a real woman and no man would marry me otherwise. we fly on saturday",
    "mum says we're visiting nani in Lahore for a while. I found wedding cards with my name printed on them. flight is thursday",
    "my niece, 11, flies to Freetown with her dad on Friday and his family say she will join the society there",
    "my cousin just texted 'they moved the date, its this friday'. she's been saying no to this rishta for a year",
])
def test_lead_reading_53_what_fm48_missed_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... and their false alarms: a graze's cut, a cousin's wedding that is not the writer's, a throat grabbed two summers ago, a
# door burnt "back when", a haircut; the talk of a marriage long dropped, a trip cancelled once the no was heard.
@pytest.mark.parametrize("text", [
    "my daughter tripped at nursery today and cut her lip, she's fine",
    "my sister fell off the climbing frame today and cut her chin, she's fine, mum put a plaster on",
    "we fly to Dhaka on Saturday for my cousin's wedding, not mine! I'm 14, mum wants me to meet everyone",
    "he grabbed my throat at a party two summers ago. it never happened again and I'm not scared of him",
    "back when we first moved to Belgrave in the eighties, they put lit rags through our letterbox. my son says I should tell someone",
])
def test_lead_reading_53_fm48s_false_alarms_are_no_danger(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text", [
    "there was talk of marrying me off when I came out but it came to nothing, now they've met my partner",
    "mum wanted me to marry a cousin in Mirpur. I said I'm not ready and she listened and cancelled the whole visit",
    "my aunt cut my hair today and it's way too short, everyone's going to laugh at me",
])
def test_lead_reading_53_a_dropped_talk_a_cancelled_trip_or_a_haircut_is_not_now(text: str) -> None:
    assert told_as_not_now(text)


# ... and patterns for fm48/fresh114's lines only the model read (each rewritten): a week's supply taken at once, pills and a
# sorry as the whole message, going into the water, not coming down from a car park's top, the razor started, a group
# stamping on someone, a gun outside in fragments, a back door prised open in Jamaican English.
@pytest.mark.parametrize("text", [
    "I've just taken my whole week of epilepsy meds at once",
    "took the pills. bye",
    "I'm by the river at Abbey Park and I'm going to walk in, I'm done",
    "on the roof of the multi storey by the station, I'm not coming down",
    "can't face work again. top floor of the car park and I'm not coming down",
    "holding the razor and I've started, mum's out",
    "gang of youths kicking a man on the floor by the clock tower",
    "knife. outside. my flat",
    "someone trying to jimmy open mi front door, I can hear them",
])
def test_lead_reading_53_what_only_the_model_read_in_fm48_fires(text: str) -> None:
    assert detect_danger(text) is not None


# ... not their twins: a week's pills packed for a trip, a dog going into the canal, a roofer not coming down till it's done, lads
# kicking a ball, Spanish's "mi".
@pytest.mark.parametrize("text", [
    "took my whole week of meds for the trip to spain",
    "at the canal with the dog, she's going to go in again lol",
    "im on the roof of the flats fixing the aerial, not coming down till it's done",
    "lads kicking a ball about outside",
    "mi casa es su casa, mi door is always open",
    "got the razor and I've started shaving my legs for tonight",
])
def test_lead_reading_53_their_fm48_twins_are_no_pattern(text: str) -> None:
    assert detect_danger(text) is None
