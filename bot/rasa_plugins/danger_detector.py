"""A safety net under the intent classifier: messages that plainly say someone is in danger *now*
become `danger_now`, whatever the classifier thought.

The classifier learns `danger_now` from examples, but a statistical model can miss a short, misspelt,
panicked message, or be outvoted by a story it resembles. These patterns are deliberately narrow (high
precision): present-tense danger only. They stay quiet for negations ("I'm not in danger") and for
danger told as past events ("last year he had a knife"), which belong in the person's account.

Every other language has its own patterns in data/languages/<code>/danger.yml (with its own words for
negation, the past, habit and now), checked on every message whatever language the hub thinks it is:
a panicked message is the one most likely to be misidentified.

The pattern matching (`detect_danger`) is plain Python so that it can be tested without a model; the
Rasa component around it only rewrites the intent, keeping the classifier's ranking underneath.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Text

import regex

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    METADATA,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.assistant_contract import DANGER_KEY, DANGER_NOW, GENERAL, NLU_FALLBACK, SELF_HARM
from bot.languages.danger_now import PATTERN_OVERRULE_SURE
from bot.languages.supported import ANSWER_LANGUAGE_KEY, ENGLISH, TEXT_LANGUAGE_KEY
from bot.rasa_plugins.danger_classifier import (
    classifier_probability, classifier_says_danger, classifier_says_not_danger, classifier_sure_of_danger,
)
from bot.rasa_plugins.guarded_pattern import GuardedPattern
from bot.rasa_plugins.pattern_prefilter import literal_search, may_match, needed_strings
from bot.yaml_files import read_yaml

DANGER_INTENT = DANGER_NOW
FALLBACK_INTENT = NLU_FALLBACK

# Someone who is (or may be) the danger, as people refer to them in a hurry.
_WHO = (
    r"(?:he|she|they|someone|somebody|some ?one|a man|a woman|a guy|men|people|a gang|"
    r"my (?:ex|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mother|brother|sister|"
    r"son|uncle|cousin|family|neighbou?r|stalker|landlord|step ?dad|step ?father|step ?mum|step ?mother|abuser|"
    # (twenty-fifth round) step-siblings and in-laws, a partner's own child ("my partner's son is laying into me")
    r"step ?brother|step ?sister|step ?son|step ?daughter|(?:brother|son|father)[- ]in[- ]law|nephew|grandson|"
    r"partner'?s (?:son|daughter|brother)|"
    r"(?:mum|mom|dad)'?s (?:boyfriend|girlfriend|partner))|"
    r"the (?:man|woman|guy|stalker|attacker|babysitter|neighbou?r|lodger|landlord)|a mob|a crowd|(?:a group of |some |these |those )(?:lads|men|boys|girls|kids|people)|"
    # British words for a man, and someone else's partner or parent (a witness, or a child telling).
    r"(?:a|some|the|this|that) (?:bloke|fella|geezer|lad|stranger)|(?:her|his|their|our) (?:dad|mum|father|mother|step ?dad|boyfriend|"
    r"girlfriend|husband|wife|partner|fella|ex|brother|uncle))"
)
_BE = r"(?:is|'s|’s|s|are|'re|’re|re|is still|are still|'s still|s still)"
# Weapons whatever they are doing; tools (a bat, a hammer) only when used against someone or brought to a door.
_WEAPON = (r"(?:(?:kitchen )?(?:knife|nife)|knives|knifes|nives|gun|guns|blade|blades|machete|machetes|weapon|weapons|axe|acid|sword|swords|"
           r"crowbar|shotgun|pistol|rifle|crossbow|taser|dagger|katana|shank|shanks|chiv|chivs)")
# A weapon with a word before it ("a bread knife", "a samurai sword", "a big blade"), but not a thing named
# after one ("a shotgun licence", "a knife block") nor a toy; "a collection of knives" is not held either.
# ... nor a cook's "knife skills".
# (thirty-first round) ... nor a course or a drill about one ("knife safety training at work today").
_NOT_A_THING_NAMED = (r"(?!\s*(?:licen[cs]e|permit|certificate|collection|cabinet|block|sharpener|amnesty|crime|set|drawer|skills?|"
                      r"safety|training|awareness|course|courses|class|classes|lessons?|workshops?|demo|demonstration)\b)")
_A_WEAPON = rf"(?:(?:a|an|his|her|their|the|two|some)\s+)?(?:(?!(?:of|own|toy|fake|plastic|nerf|water|butter|no|any)\b)\w+\s+)?{_WEAPON}\b{_NOT_A_THING_NAMED}"
_TOOL = r"(?:(?:baseball |cricket |metal |wooden |golf )?(?:bat|bats|club)|hammer|hammers|screwdriver|bottle|broken bottle|glass|brick|bricks|stick|pole|iron bar|bar|scissors|cleaver|meat cleaver)"
_VIOLENCE_ING = r"(?:hitting|punching|kicking|beating|stabbing|attacking|strangling|choking|stamping on|battering|smashing|spraying|throwing)"
# Hitting as British people say it ("lamping", "leathering"), for people being hurt now.
_SLANG_HITTING = r"(?:lamping|leathering|thumping|bashing|belting|walloping|twatting|booting|decking|knocking seven bells out of)"
_CHILD = (r"(?:baby|babies|newborn|infant|child|children|kid|kids|son|daughter|step ?son|step ?daughter|grandson|granddaughter|nephew|niece|"
          r"little (?:one|boy|girl|brother|sister|lad)s?|toddler|boy|girl|little ones)")
_NECK = r"(?:neck|throat)"
# Whose neck: a pronoun's, or someone named ("a girl's neck", "the lad's throat", "a girls neck" with the apostrophe dropped).
# (forty-sixth round: learner English's dropped "'s" too, "the passenger has his hands on the woman throat")
_WHOSE_NECK = rf"(?:my|her|his|their|(?:a|the|this|that|some) (?:\w+ )?(?:girl|boy|lad|lass|woman|man|bloke|guy|kid|child|lady|fella)(?:'?s)?) {_NECK}"
_HOME = r"(?:house|home|flat|door|doors|front door|back door|window|windows|letterbox|shop|car|garden|gate|fence)"
_PERSON = r"(?:me|us|her|him|them|my (?:\w+ )?\w+)"
# Who is dragged off: a person by relation or by kind, never a thing ("dragging the bins to the car").
_PEOPLE_DRAGGED = (r"wife|husband|partner|girlfriend|boyfriend|mum|mother|dad|father|sister|brother|friend|mate|cousin|woman|women|lady|"
                   rf"girl|man|lad|{_CHILD}")
# "Got out" of prison, not of a shift, a car or bed.
_RELEASED = (r"(?:(?:been released|got released|released)(?! from (?!prison|jail|custody|hmp|the nick)\b)"
             # a work put out ("released my first single today"), not a person let out
             r"(?! (?:my|a|an|the|his|her|their|our|its) (?:\w+ )?(?:single|album|song|track|ep|mixtape|record|book|novel|game|app|video|film|"
             r"podcast|statement|update|version|photos?|pics|figures|results|collection)s?\b)|been freed|freed|"
             # (thirty-fifth round) not someone the writer let out of a car or a room ("the child locks were on, let her out
             # straight away"; "I let him out of the cab"): a door opened, no release
             r"(?<!\bi )(?<!\bwe )(?<!, )let (?:him |her |them )?out(?: early)?(?! (?:straight away|right away|at once|immediately)\b| of (?:the|my|our|his|her|their) "
             r"(?:car|cab|taxi|van|room|bathroom|toilet|house|flat|boot|back|lift|shed|garage|cupboard)\b)|got out(?! of (?!prison|jail|custody|the nick|nick|young offenders|a young offenders|yoi|borstal)\b)|"
             r"(?:come|came|is|'s|s) out of (?:prison|jail)|"
             r"out on (?:licen[cs]e|bail|parole|tag)|got bail|given bail|bailed)")
# "It's mine" of a wedding, as the writer's own now, not "mine to plan", "mine as well" nor "mine next year" (lead's
# review, twenty-third session: every "it's mine" of the forced-marriage patterns ends with it).
# (forty-sixth round: nor joy after it, "the wedding is in 2 weeks and its MINE, finally!!")
_MINE_NOW_END = (r"(?! to\b| as well\b| too\b| next\b| in\b| on\b| this\b| soon\b| later\b| after\b|"
                 r"\W*(?:finally|yay+|woo+|woohoo|whoop\w*|so (?:happy|excited)|can'?t wait|cant wait)\b)")
# An act of forcing, so that a wanted wedding tomorrow is not an emergency.
# A wedding hidden from the one it is for (lead's review, eighteenth session): "a relative let slip it's my nikah", "I don't
# think she knows it's her own wedding", "it's actually my wedding".
# (forty-first round) The one to be married unwilling, or a stranger to the other, in few words: "she says she'd rather die",
# "family says she'll get used to it", "never even spoken to the man", "seen him once on video" (for _FORCED and
# _COERCION_SAID). Not "I'd rather die than wear that dress", nor "you'll get used to the heels".
_UNWILLING_OR_A_STRANGER = (r"(?:'?d|would) rather (?:be )?(?:die|dead)(?=\s*(?:[.,;!?]|$|(?:than|then) (?:marry|be married|marrying|wed)\b|and\b|but\b))|"
                            r"(?:she'?ll|she will|you'?ll|you will|i'?ll|ill|i will|u'?ll|he'?ll|he will) (?:soon |just )?get used to (?:it|him|her)\b|"
                            r"never (?:even )?(?:spoken|spoke|talked|talk) to (?:him|her|the (?:man|guy|boy|groom|bride|girl))\b|"
                            r"(?:seen|met|saw|spoken to|talked to) (?:him |her |the (?:man|guy|boy|groom) )?(?:only )?once\b[^.?!,]{0,20}\b(?:video|facetime|whatsapp|zoom|skype|phone)\b(?! (?:call )?(?:then|and then|since)\b)")
# (forty-first round) A bride seen to be a child ("the bride came in today with her mum in school uniform, 15 maybe").
_A_CHILD_BRIDE_SEEN = r"\bbride\b[^.?!]{0,80}\b(?:school uniform|(?:1[0-7]|[5-9]) maybe(?! (?:\d+|or|to)\b)|maybe (?:1[0-7]|[5-9])(?! (?:mins?|minutes|hours?|hrs|days|weeks|months|miles|o'?clock|pm|am|quid|pounds?|guests?|people)\b))"
_HIDDEN_WEDDING = (# let slip whose it is or what is booked, not any slip of the tongue ("let slip to my mates i might cry")
                   r"let (?:it )?slip\b[^.?!]{0,40}\b(?:(?:it'?s|its|it is|it'?ll be|it will be) (?:actually |really )?(?:my|her|his)\b|for (?:me|her|him)\b|"
                   # (forty-fourth round) ... or that the wedding clothes are one's own size ("let slip the sherwani is my size")
                   r"(?:is|are) (?:in )?(?:my|her|his) size\b|"
                   # (fiftieth round: "my cousin let slip theres a groom waiting")
                   r"there'?s (?:a|the) (?:dholki|mehndi|mayun|nikah|wedding|baraat|rishta|(?:groom|husband|man|boy) (?:already )?(?:waiting|lined up|ready|chosen)))|(?:(?:doesn'?t|doesnt|does not|don'?t|dont|didn'?t|didnt) (?:even )?know|(?:don'?t|dont|do not) think (?:she|he) "
                   r"(?:even )?knows|(?:has|have|had) no idea) (?:it'?s|its|it is|it'?ll be|it will be) (?:her|my|his) (?:own )?(?:wedding|nikah|shaadi|marriage)|"
                   # (forty-ninth round) the wedding card seen with one's own name on it ("bhaiya showed me the biye card, my name is on it")
                   r"(?:biye|wedding|shaadi|nikah|nikkah|marriage) (?:card|invite|invitation)s?\b[^.?!]{0,40}[.,;]?\s*(?:and )?(?:my|her|his) name (?:is |was |'s )?(?:on|in) (?:it|them|the card)\b(?! as\b)|"
                   # (twenty-third session) the trip or the visit that "is actually my biye"
                   r"(?:it'?s|its|it is|is) (?:actually|really|secretly) (?:my|her|his) (?:own )?(?:wedding|nikah|nikkah|shaadi|biye|engagement|mehndi)\b"
                   # (the wedding itself, not a thing of it: "my engagement trip", "my wedding venue")
                   r"(?=\s*(?:[.,!?;:)]|$|(?:there|here|in|on|at|this|next|tomorrow|tmrw|2moro|tonight|and|but|so|not|help|pls|please)\b))|"
                   # (twenty-fourth session) the holiday or the trip that is the wedding, said plainly ("summer hols in
                   # pakistan = my wedding"), the wedding itself, not "our trip is my engagement present"
                   r"(?:hols|holiday|holidays|trip|visit|break)\b[^.?!]{0,30}?\b(?:is|it'?s|its) (?:my|her) (?:own )?(?:wedding|nikah|nikkah|shaadi|biye|engagement|rishta)\b"
                   r"(?=\s*(?:[.,!?;:)]|$|(?:there|here|in|on|at|this|next|tomorrow|tmrw|tonight|and|but|so|help|pls|please|we|they)\b))|"
                   # ... or one's own wedding only found out ("my anand karaj is this sunday ... i only found out today when my
                   # massi messaged me"), not news of the day found out ("just found out today my dj cancelled")
                   r"\bmy (?:own )?(?:wedding|nikah|nikkah|shaadi|biye|anand karaj|lagna|engagement|rishta)\b[^.?!]{0,80}\b(?:only|just) (?:found out|find out|learnt|learned|heard|been told)\b"
                   r"(?=\s*(?:today|this morning|tonight|last night|yesterday|now)?\s*(?:[.,!?;:)]|$|when (?:my|i|she|he|they|someone)\b))|"
                   # (thirty-seventh round) a relative's wedding that is really the writer's ("cousins wedding in erbil is
                   # actually mine"), not one that is "actually mine to plan"
                   # (thirty-eighth round) the relative named as people say it ("masi's daughter's lagna"), the wedding by its
                   # Gujarati, Punjabi or Bengali name, and the reveal after a "but" ("... in Vadodara but it's mine"), not
                   # "but it's mine next month" nor "mine to plan"
                   r"(?:cousins?'?s?|sisters?'?s?|brothers?'?s?|friends?'?s?|aunt\w*|uncle'?s?|(?:masi|massi|mausi|khala|phuphi|phupho|chachi|mami|bua)'?s?"
                   r"(?: (?:daughter|son)'?s?)?) (?:wedding|nikah|shaadi|mehndi|engagement|lagna|lagan|viah|biye|anand karaj)\b[^.?!]{0,30}?"
                   r"\b(?:(?:is|it'?s|its|it is) (?:actually|really|secretly)|but (?:it'?s|its|it is)(?: actually| really)?) (?:mine|hers|for me|for her)\b"
                   rf"{_MINE_NOW_END}|"
                   # (thirty-eighth round) ... or told the other way round, with the cover said to be others' ("its my wedding not
                   # my cousins like they told college"), not "it's my wedding not my sister's, I choose the music"
                   # (forty-first round) ... or denied to be the relative's and owned, no choice said ("its not my cousins wedding
                   # saturday its mine"), not "mine to plan" nor "it's mine and I want it bigger" (_MINE_NOW_END, the wanted
                   # wedding's own words for the rest)
                   # (forty-fourth round: the "it's" left out and the owning in a sentence of its own, "not my cousin wedding. its mine")
                   r"(?:(?:it'?s|its|it is|it) )?not (?:my|her|our) (?:cousins?|cuz|sisters?|sis|brothers?|friends?|aunt\w*|uncle)'?s? (?:wedding|nikah|nikkah|shaadi|biye|lagna|engagement)\b"
                   rf"[^?!]{{0,30}}?\b(?:it'?s|its|it is|it) (?:mine|hers|my own|her own)\b{_MINE_NOW_END}(?![^.?!]*\b(?:and i|i want|i choose|i pick|i get|so i)\b)|"
                   # (forty-fourth round) found out, to one's surprise, that the wedding is one's own ("my cousin just told me the
                   # wedding everyone cooking for is mine"); "they told me it's my nikah" is _FORCED's own
                   r"(?:just |only )?(?:told (?:me|her)|found out|find out|let slip|overheard)\b[^.?!]{0,20}?\bthe (?:wedding|nikah|nikkah|shaadi|biye|lagna|engagement)\b[^.?!]{0,40}?"
                   rf"\b(?:is|it'?s|its) (?:mine|hers|for me|for her)\b{_MINE_NOW_END}|"
                   # (forty-first round) ... or the illness given for the trip found false by the one said ill, who congratulates
                   # ("bcz hajurama is very sick. I called hajurama. she is fine and she said congratulations on ur wedding")
                   r"(?:sick|ill|unwell|dying|poorly)\b[^?!]{0,120}?\b(?:said|says|told me|tells me) congrat\w* (?:on|for|about) (?:ur|your|my|her) (?:wedding|nikah|shaadi|marriage|engagement)\b|"
                   r"(?:it'?s|its|it is) (?:actually |really )?(?:my|her) (?:own )?(?:wedding|nikah|shaadi|biye|lagna|engagement) not (?:my|her) "
                   r"(?:cousins?|sisters?|brothers?|friends?|aunt\w*|uncle)'?s?\b[^.?!]{0,10}?\b(?:like|as) (?:they|he|she|mum|dad|my \w+|everyone) "
                   r"(?:told|said|say|says|tell|pretend\w*)\b")
# (thirty-sixth round) A wedding called something else that is really theirs ("they call it cousins function. its my
# wedding", "told the school it's a family funeral but it's her wedding"): a sign of force, and no celebration's. Not "a
# party" alone ("everyone says the party after is the best bit but it's my wedding"), nor the wedding's own do.
_WEDDING_DISGUISED = (r"(?:call|calls|calling|called|say|says|saying|said|told|tells|tell|telling|thinks?|pretend\w*|"
                      # (thirty-seventh round) the visit itself named as the cover ("visiting nani in pakistan sunday but
                      # really its my shaadi")
                      r"visit|visits|visiting|going to see|go to see)\b[^?!]{0,60}?\b(?:function|(?:family|eid|birthday|dinner|cousins?'?s?|aunt\w*|uncle'?s?) party|"
                      # (thirty-seventh round) a small religious do or a relative's own night named as the cover ("they say
                      # dua ceremony sunday but its my nikah", "calling it my cousins mehndi")
                      r"(?:dua|duaa|prayer|religious|naming) ceremony|(?:cousins?'?s?|sisters?'?s?|aunt\w*|uncle'?s?) (?:mehndi|mehendi|dholki|wedding|nikah|shaadi)|"
                      # (a visit to a grandparent: "they say we go to nani in Sylhet but its my biye there")
                      r"nani|nana|dadi|dada|nan|gran|grandma|grandmother|grandad|grandfather|"
                      r"holiday|trip|visit|funeral|event|dawat|gathering|get-together|"
                      # (twenty-third session) a family's wedding said, whose it is told ("saying it's a family wedding in
                      # Delhi but my cousin just told me it's MINE"), or the outfit packed for it the writer's ("the lengha
                      # in the case is my size")
                      # (forty-first round: learner English's "it my wedding")
                      r"family (?:wedding|function|do))\b[^?!]{0,40}?\b(?:(?:it'?s|its|it is|it) (?:really |actually )?(?:my|her|his) (?:own )?"
                      r"(?:wedding|nikah|nikkah|shaadi|engagement|rishta|biye|marriage|mehndi)\b(?! (?:reception|party|day|dress|cake|venue|planning|photos?|do)\b)|"
                      # (whose it is told as a discovery, not "it's mine and I want it bigger")
                      r"(?:(?:told (?:me|her)|found out|finds out|turns out|turned out|realised|realized|overheard|heard)\W+(?:that )?(?:it'?s|its|it is)|"
                      r"(?:it'?s|its|it is) (?:really|actually|secretly)) (?:mine|hers|for (?:me|her))\b"
                      rf"{_MINE_NOW_END}|"
                      r"but (?:the )?(?:\w+ ){0,3}?(?:lehn?gas?|lenghas?|lehengas?|bridal (?:dress|outfit|suit|jewellery|set)|wedding (?:dress|outfit)|jora|sari|saree)\b[^.?!]{0,30}?"
                      r"\b(?:(?:is|are|'s) (?:in )?(?:my|her) size|(?:has|have|with) (?:my|her) name|made (?:to measure )?for (?:me|her))|"
                      # ... or her name on its card ("they say cousins wedding in mirpur but my name on the card")
                      r"but (?:\w+ ){0,2}?(?:my|her) name (?:is |'s )?(?:on|in) (?:the|a|its|their) (?:wedding )?(?:cards?|invitations?|invites?)\b|"
                      # (thirty-seventh round) the henna on the writer's own hands, not the cousin's (not "on my hands too")
                      r"but (?:the )?(?:mehndi|mehendi|henna) (?:is |goes )?on (?:my|her) (?:own )?hands\b(?! (?:too|as well)\b))|"
                      # (thirty-seventh round) the visit said, then the wedding's card or outfit found ("going to see dadi
                      # they said. then i found the wedding card in the suitcase"), not a card found for a wedding wanted
                      r"(?:see|seeing|visit\w*|holiday|trip)\b[^?!]{0,40}?\b(?:they|he|she|mum|mom|dad|abbu|ammi|abba|amma|my \w+) (?:said|say|says|told (?:me|us|her))\W+"
                      r"(?:then |but |and |later |now )?(?:i|we|she) (?:found|saw|seen) (?:the|a|my|her) (?:wedding|nikah|shaadi|bridal|biye) "
                      r"(?:cards?|invitations?|invites?|dress|lehn?gas?|outfits?)\b(?! (?:for|from|of) )")
# (thirty-ninth round) What a learner's "no want" / "not want" / "no like" refuses when it is the marriage: nothing after it, the man,
# the wedding, "it" or "this", or a plea; not a cake, school or a game ("i no want cake", "no want go school today").
# (lead's review) "him", "her", "this" or "it" only when nothing is named after it: "i no like him, plz help" refuses him,
# "i no like this dress for the mehndi" or "her lehenga" a thing.
_REFUSAL_OF_IT = (r"(?=\s*(?:[.,!?;:)]|$|(?:to |2 )?(?:marry|marri\w*|marrij|mariij|wedd?in\w*|nikk?ah|nikka|shaa?di|biye|rishta|engagement|husband|wife|"
                  r"(?:the|da|dis|this|that|dat) (?:man|boy|guy|groom|marriage|wedding|weddin|nikk?ah|nikka|shaa?di|biye|rishta)|plz|pls|please|help)\b|"
                  r"(?:him|her|dis|this|that|dat|it)\b(?=\s*(?:[.,!?;:)]|$|(?:plz|pls|please|help|at all|no|never|but|and|i|me|he|she|they|dey|dem|"
                  r"mum|mom|dad|abbu|ammi|abba|amma|abu|abo|family|parents)\b))))")
# Force or refusal said in romanised Urdu, Hindi, Punjabi or Banglish ("zabardasti", "ami chai na"): with a wedding soon,
# imminent_marriage reads it as force said.
_REFUSED_ROMANISED = (
    r"(?:zabardasti|zabrdasti|zabardusti|zbrdsti|jabardasti|jabran|dhakke\s+(?:se|naal|nal)|"
    r"(?:marzi|mrzi|ijazat|ijaazat|razamandi|raza)\s+(?:ke\s+|de\s+)?(?:bina|bagair|baghair|khilaf|khilaaf|ton\s+bina)|"
    r"bina\s+(?:meri\s+|uski\s+|ohdi\s+)?(?:marzi|mrzi|ijazat|razamandi|pooche|puche|poochhe|puchhe|bataye|dasse)|"
    r"(?:mujhe|mujhko|mainu|menu|main|mai|usko|use|ohnu|onu)\s+(?:\w+\s+){0,3}?(?:nahi|nahin|nai|nhi|ni)\s+(?:jaana|jana|karni|karna|karwani|karwana|"
    r"karani|karana|chahti|chahta|chaundi|chaunda|chahidi|chahida)|"
    r"(?:mana|inkaar|inkar|naa|na)\s+(?:kar\s+(?:diya|dia|ditta|dita|chuki|chuka|rahi|raha)|kiya|kita|keha|kaha)|qubool\s+(?:nahi|nai|nhi)|"
    r"passport\s+(?:\w+\s+){0,3}?(?:le\s+liya|le\s+li|le\s+lia|lai\s+leya|chheen|cheen|chhupa|chupa|khoh|rakh\s+liya|rakh\s+li|jala|phaad|faad)\w*|"
    # Banglish: not willing, not my wish ("ami raji na", "amar icche nai")
    # (forty-fifth round: run together, "ami rajina")
    # (forty-eighth round: "ami rajee na")
    r"(?:ami|o|she)\s+(?:raji|razi|rajee|razee|rajii|chai)\s*na\b|(?:amar|or|tar)\s+(?:icche|iccha|mot)\s+(?:nai|nei|chhilo\s+na)|"
    # (forty-sixth round) Banglish's no already said ("ami bolsi na") and a threat to kill ("na korle meray felbe", "khun kore felbe")
    # (forty-eighth round) Tamil typed in English letters: not wanted ("enakku venda", "enaku ishtam illa")
    r"(?:enakku|enaku|ennaku)\s+(?:\w+\s+)?(?:venda|vendam|vendaam|venaam|venam|ishtam\s+illa|istam\s+illa|pidikala|pidikkala|virupam\s+illa)\b|"
    # (forty-ninth round) Dari typed in English letters: "man nemekhayam" (I do not want)
    # (fifty-third round: written apart, "man nami khaham")
    r"(?:man\s+)?(?:nemekhayam|nemikhayam|nemekhaham|nemikhaham|namekhayam|nemekhom|nemikhom|na(?:mi|me|mey) ?kh(?:aham|ayam|wahum|ahum))\b|"
    # (fiftieth round) ... and forced ("mara majbur mekunan", they force me); Urdu's "main bhaag jaungi" (I will run away)
    r"majbur\s+(?:mekunan|mekonan|mikunan|mikonan|mekunand|mekonand|mekona|mekune|kardan|karda|kardand)\b|"
    r"(?:main|mai|me)\s+(?:ghar\s+se\s+)?(?:bhaag|bhag)\s+(?:jaungi|jaunga|jaaungi|jaoongi|jaungee|jaongi)\b|"
    r"ami\s+(?:to\s+|toh\s+|already\s+)?(?:bolsi|bolchi|bolechi|bolci|boleci|bollam)\s+na\b|(?:mere|meray|mare|maira|khun\s+kore)\s+(?:fel(?:be|bo|lbe|bi)|dibe)\b)"
)
# ... and Banglish's "by force" ("jor kore", which may be a lehenga bought by force for a cousin's wedding) and a girl's age
# said in those languages ("sirf 16", "17 saal ki", "17 bochor"), which also keep a wedding soon from being given way as
# wanted (_wanted_wedding), but name no force of a wedding alone.
_FORCED_ROMANISED_WORDS = (
    rf"(?:{_REFUSED_ROMANISED}|jor\s*(?:kore|jobordosti)|joborjosti|jobordosti|(?:sirf|bas|only|abhi)\s+1[0-7]\b|1[0-7]\s+(?:saal|sal|years?|yrs?)\s+(?:ki|ka|di|da|ke|de|old)\b|"
    r"1[0-7]\s+(?:bochor|bochhor|bosor|bochor\s+boyosh))"
)
# "Forced" and its forms, not the word put to an arranged marriage by others (forty-fourth round: "why do people at work call
# it forced just because it was arranged?")
# (forty-eighth round: nor the word answered no, "arranged yes, forced no")
_FORCED_WORD = (r"(?<!call it )(?<!calls it )(?<!called it )(?<!think it's )(?<!think its )(?<!say it's )(?<!say its )(?<!assume it's )forc\w*\b"
                # (forty-eighth round: nor made to wear or eat something, "im being forced to wear a lengha the colour of a sofa lol")
                r"(?! to (?:wear|eat|dance|sing|sit through|listen to|watch|dress up|match)\b)"
                r"(?![,?]? no\s*(?:[.,!;]|$))")
# What a "don't want" is when it is no refusal of the wedding: a guest's or the couple's nerves ("I don't want to get it wrong",
# forty-seventh round; "don't want to be late")
_WANT_NOT_A_REFUSAL = (r"to (?:mess|ruin|spoil|forget|miss|be late|let (?:them|anyone|her|him|everyone) down|upset|wake|overdo|"
                       r"get (?:it|anything|things|this) wrong|offend|make a mistake|look stupid|embarrass myself)")
_FORCED = (# (lead's review, eighteenth session, the fourth forced-marriage focus set) a wedding hidden from the one
           # it is for ("a relative let slip it's my nikah", "she doesn't know it's her own wedding"); a door locked on them
           # beside it ("video nikah in an hour, they've locked my door"); "it doesn't matter what I say"; not coming back to
           # school because married by then
           rf"(?:{_HIDDEN_WEDDING}|"
           # (fifty-first round) the same trip that married another, the writer next ("My cousin went 'to see nani' and came back
           # married. I'm next.")
           r"came back (?:married|engaged|a bride|a wife)\b[^?!]{0,60}\b(?:i'?m|im|i am|she'?s|she is) next\b|"
           # (fifty-second round) an ultimatum ("I marry the man from his mosque or I'm out on the street"), the one to marry watched
           # ("they watching me all the time"), the nikah's yes ordered ("when the maulvi asks i have to say qubool hai")
           r"\bor (?:i'?m|im|i am|she'?s|she is|he'?s|he is|i'?ll be|she'?ll be|he'?ll be) (?:out on the street|on the street|kicked out|thrown out|disowned)\b|"
           r"(?:watching|watch|watches) (?:me|her|him) (?:all the time|24/7|constantly|every (?:minute|second|moment))\b|"
           r"(?:have|has|had|got|must|made|make me|makes me|told|tell me|tells me) (?:to )?say ['\"‘’“]?(?:qubool|qabool|qubul|i do|yes)\b|"
           r"(?:waiting for|want|wants|expect|expects|expecting) (?:me|her|him) to (?:come down and |go in and |just )?say ['\"‘’“]?(?:qubool|qabool|qubul)\b|"
           # (forty-sixth round) a silent plea ("the girl mouthed 'help me' at me while mum was talking") and a virginity letter
           # or test asked for the wedding ("a letter saying her daughter is a virgin, for the wedding on saturday")
           r"mouth(?:ed|s|ing)\s+(?:the words?\s+)?['\"‘’“]?(?:help|save me|please)\b|virgin(?:ity)? (?:letter|test|testing|certificate|check)|"
           # (fiftieth round) ... or texted ("his nikah is tomorrow, he texted me 'help' and his phone has been off since")
           r"(?:texted|messaged|whatsapped|snapchatted|sent) (?:me|us|her|him) (?:just |only )?['\"‘’“]?(?:help|help me|save me|please help|sos)\b['\"‘’”]?(?!['\"‘’”]? (?:with|to|for|on|choose|pick|plan|because|cos|coz|cause|as|since|about|lol|haha)\b)|"
           # (forty-ninth round) sent off by others ("she was put on a plane to Dhaka this morning, wedding Friday")
           r"(?:was|been|got|being|is being) (?:put|bundled|shoved|pushed) (?:on|onto) (?:a|the) (?:plane|flight)\b|"
           r"(?:letter|note|certificate|proof)\b[^.?!]{0,30}\b(?:is|she'?s|shes|i'?m|im|am) (?:still )?a virgin\b|"
           # (someone else locks it: not "I locked my door to get ready", nor "locked the door so the kids don't see the cake")
           r"(?:they|they'?ve|theyve|they have|he|he'?s|hes|he has|she|she'?s|shes|she has|(?:my )?(?:mum|dad|mom|abbu|ammi|abba|ammu|brothers?|uncles?|parents)(?: has| have|'s|'ve)?) "
           r"(?:locked|locking|lock|locks) (?:my|her|his) (?:bedroom |room )?door|locked (?:me|her|him) (?:in|up)\b|"
           r"(?:doesn'?t|dont|don'?t|does not|doesnt|do not) matter what (?:i|she|he) (?:say|says|said|want|wants|think|thinks)|"
           r"(?:won'?t|wont|will not|not) be (?:back|coming back|returning)\b[^.?!]{0,40}\b(?:married|wedding|nikah|shaadi)|"
           rf"{_FORCED_WORD}|making (?:me|her|him)|make (?:me|her|him)|made (?:me|her|him)|marrying (?:me|her|him) off|marry (?:me|her|him) off|"
           # (forty-fifth round) "i cant say no", to them or to the match (not "can't say no to doing her makeup")
           r"(?:can'?t|cant|cannot) say no(?=\s*(?:[.,!?;]|$)| to (?:him|them|my (?:dad|father|abba|abbu|appa|mum|mother|amma|ammi|family|parents|uncle|brothers?)|"
           r"marrying|the (?:marriage|wedding|nikah|rishta|proposal|match))\b)|"
           # (forty-seventh round) not let back after the wedding ("my nikah is on saturday and I won't be allowed back after"); a
           # head shaken when asked if she wanted it; everything taken ("married on sunday, they took everything, cant talk")
           r"(?:i|she|he|i'?m|im|she'?s|shes|he'?s|hes) (?:won'?t|wont|will not|not) be allowed (?:to (?:come|go) back|back|to return|to finish|to stay)\b|"
           r"asked (?:her |him |them )?if (?:she|he|they) (?:wanted|wants|want) (?:it|to|him|her)\b[^.?!]{0,40}\bshook (?:her|his|their) heads?\b|"
           r"(?:they|he|she|dad|mum|my (?:dad|mum|family|parents|brothers?|uncle))(?:'ve| have| has)? (?:took|taken|take|taking) (?:everything|all my (?:stuff|things|documents|papers)|"
           r"my (?:phone|passport|documents|papers|id))\b|"
           # (forty-eighth round) one who cannot consent ("she thinks it's a party, she doesn't understand what a husband is")
           r"(?:doesn'?t|doesnt|does not|can'?t|cant|cannot|don'?t|dont|do not) (?:really |even |fully )?understand what (?:a |an |being )?"
           r"(?:husband|wife|marriage|married|wedding|nikah|shaadi) (?:is|means)\b|lacks? (?:the )?(?:mental )?capacity|"
           rf"married off|against (?:my|her) will|(?:don'?t|dont|do not) want(?! {_WANT_NOT_A_REFUSAL})|no choice|won'?t let (?:me|her)|"
           # (forty-first round) the one it is for refusing it, in the third person ("she doesnt want him", "he cried all
           # night, doesnt want")
           rf"(?:doesn'?t|doesnt|does not) (?:even )?want(?: to)?{_REFUSAL_OF_IT}|"
           r"wont let (?:me|her)|refuse|(?:took|taken|have|has|have got|has got|got|hid|hidden|kept|keeping) (?:all )?(?:my|her|our) passports?|never met|a stranger|"
           # (forty-fourth round) married by others' doing ("they marry me in lahore"), made to go ("she's being made to fly out")
           r"(?:(?:they|dad|mum|mom|abbu|ammi|abba|family|parents|my (?:dad|mum|father|mother|parents|family|uncles?|brothers?))(?:'ll| will| are going to| r gonna| gonna| going to| are)? "
           r"(?:marry|marrying) (?:me|her)|(?:he|she)(?:'ll| will| is going to| gonna| going to)? marry me)\b(?! off\b)|"
           r"(?:being|been|was|is|am|'m|'s) made to (?:fly|go|leave|travel|get married|marry|wed)\b|"
           rf"{_UNWILLING_OR_A_STRANGER}|{_A_CHILD_BRIDE_SEEN}|"
           # (forty-first round) told that one must, and nothing more ("they say i have to, help"), not "i have to wear the red one"
           r"(?:they|he|she|dad|mum|mom|abbu|ammi|family|parents|my \w+) (?:say|says|said|told me|tell me) (?:i|she|we|u|you) (?:have to|has to|must|got to|gotta)"
           r"(?=\s*(?:[.,!?;]|$|marry|get married|do it|go through with it|accept))|"
           # (twenty-third session) the passport in a relative's keeping ("my passport is with my father")
           r"(?:my|her) passports? (?:is|are|'s) (?:with|kept by|held by) (?:my|her|his|their|our) (?:\w+ )?(?:father|dad|abbu|abba|baba|mum|mother|ammi|amma|"
           r"uncle|chacha|mama|brothers?|aunt\w*|famil\w+|parents|husband|in-laws|grand\w+)\b|"
           # (thirty-seventh round) the man never met told by his face ("i dont even know his face"); not his name, which a
           # guest may not know either
           r"(?:don'?t|dont|do not|never) (?:even )?(?:know|seen|saw|met) (?:his|the (?:man|boy|groom)'?s?) face\b(?! yet\b)|(?:never|not|didn'?t|didnt|did not) agree(?:d)?|disown\w*|whatever (?:i|she) says?|no matter what|no say|(?:please|pls|plz) help(?: me)?\W*$|"
           # (forty-sixth round: not scared of a slip of one's own, "i'm scared i'll mess it up" cutting a sister's blouse)
           r"(?:took|taken) (?:my|her) (?:phone|fone|mobile)|(?:scared|terrified|petrified|frightened)(?! (?:i'?ll|ill|i will|i'?m going to|im gonna|of) "
           r"(?:mess|ruin|spoil|cock|muck|get it wrong|trip|forget|cry|faint|burn)\w*)|"
           # (twenty-fourth session) the trip's pretext in quotes, not believed ("grandad in lahore 'ill', flight tomorrow");
           # the bride dressed by others ("they already put the dress on me"); a girl taken or sent by her own parent ("my
           # brother sending his daughter, 14 years, to Basra on Tuesday to marry")
           # (forty-eighth round: the pretext quoted whole, "'just a family trip' my arse")
           r"(?<=['‘\"“])(?:(?:just|only) )?(?:an? )?(?:ill|sick|poorly|dying|unwell|holiday|holidays|hols|summer hols|visit|family visit|family holiday|"
           r"family trip|funeral|trip)(?=['’\"”])|"
           r"(?:they|he|she|mum|mom|dad|ammi|amma|aunt\w*|my \w+) (?:have |'ve |ve |has |'s |already |just )*(?:put|putting|dressed|dressing) "
           r"(?:the (?:\w+ )?(?:dress|lehenga|lehnga|outfit|jora|sari|saree|bridal \w+) on me|me in (?:the |a )?(?:\w+ )?(?:red|dress|lehenga|lehnga|jora|sari|saree|bridal\w*))\b|"
           r"(?:sending|shipping) (?:his|her|their) (?:\w+ )?(?:daughter|niece|sister|granddaughter|girl)\b(?![^.?!]{0,40}\bfor (?:my|her|his|our|their|the) (?!own\b)\w+'?s? (?:wedding|nikah|shaadi|biye|party|mehndi|walima|engagement)\b)|"
           # Twenty-eighth round: kept in till the wedding ("they're keeping me home till then"), writing on a hidden phone;
           # a marriage meant to "fix" or "cure" someone gay, bi or trans ("they say it'll fix me")
           # (twenty-ninth round: a sister or a daughter shut in by others, "have shut my sister in the box room till the nikah")
           # (forty-eighth round) kept in, said in the passive ("she is kept inside the house"); the pretext found false ("told it was
           # for nani's funeral. There was no funeral")
           r"(?:i'?m|im|i am|she'?s|shes|she is|is) (?:being )?(?:kept|locked|shut) (?:inside|indoors|in the house|at home|in (?:a|the|her|my) room)\b|"
           r"there (?:was|is|were) (?:no|never (?:a|any)) (?:funeral|illness|holiday|visit)\b|"
           r"(?:keeping|keep|kept|locking|locked|shut|shutting) (?:me|her|my (?:little |younger |older |big )?(?:sister|daughter|niece|cousin|granddaughter|girl))"
           r" (?:at home|home|in|inside|indoors|in the house|off school|locked up)\b|"
           r"(?:hidden|secret|spare|second) phone|only time (?:i|she) can (?:message|text|talk|write|type)|"
           # (lead, seventeenth session: the forced-marriage focus set) a phone hidden to write from, nobody knowing they
           # write, "whatever it takes", disowned if they do not go
           r"(?:phone|mobile) (?:that )?(?:i|she|we)(?:'ve| have| had)? (?:hid|hidden|hide|keep hidden)\b|(?:nobody|no one|noone|no-one) knows (?:i'?m|im|i am|she'?s|she is) "
           r"(?:messaging|texting|writing|typing|on (?:here|this))|(?:get|take|put|drag|make|send|force) (?:me|her|him)\b[^.?!]{0,40}\bwhatever it takes|dead to (?:them|him|her|us|the family|my family)\b[^.?!]{0,20}\bif (?:i|she|he) (?:don'?t|dont|do not|doesn'?t|won'?t|wont)|"
           # (thirty-first round) told they will come back from the trip married ("they said i'll come back married"), not
           # someone who came back married and happy
           r"(?:i'?ll|ill|i will|i'?m|im|i am|she'?ll|shell|she will|she'?s|shes|she is|he'?ll|he will|he'?s|hes|he is|we'?ll|we will|"
           # (thirty-third round) told to her face: "he say you will come back married"
           r"you'?ll|you will|u'?ll|u will|you are|you'?re) (?:be )?"
           r"(?:come|coming|go|going|get|getting) back (?:home )?married\b|"
           # (thirty-third round) the trip's arrangements that say it: no way back, taken out of school for it
           r"no return (?:ticket|flight)s?|one[- ]way (?:ticket|flight)s?|(?:tickets?|flights?) (?:is|are|was|were) one[- ]way|"
           r"(?:pulled|took|taken|taking|pulling|kept|keeping) (?:me|her|him|my \w+) out of (?:school|college)|"
           # a threat if they do not go ("if i dont go they hurt my mother", "my brother will deal with me")
           # (forty-fifth round) disowned if one backs out, passive ("they say ill be disowned if i back out"); a yes only for a blow
           r"(?:be|get|being) (?:disowned|thrown out|kicked out|sent back)\b[^.?!]{0,15}\bif (?:i|she|he) (?:back out|pull out|don'?t|dont|do not|refuse|say no|won'?t|wont)\b|"
           r"(?:only |just )?said yes (?:only |just )?(?:cos|cause|coz|because|bc) (?:\w+ )?(?:\w+ )?(?:hit|beat|slapped|threatened|hurt)\b|"
           # (forty-fifth round) Banglish: the passport taken, the one to be married unknown ("amar passport niye gese", "meye ke ami chini na")
           # (forty-eighth round: or the phone, "abba amar phone niye geche")
           r"(?:passport|phone|fone|mobile)\s+(?:niye|nie|niya)\s+(?:gese|geche|gechhe|nise|nilo|nichhe|rakhse|rekheche)|(?:take|ke|re)\s+(?:ami\s+)?chini\s+na|"
           # (forty-fifth round: "if she says no at the nikah he will kill her")
           r"if (?:i|she|he) (?:don'?t|dont|do not|won'?t|wont|refuses?|says? no|shame \w+)\b[^.?!]{0,30}\b(?:they|he|she|we|my \w+)(?:'ll| will| would| are going to| gonna)? "
           # (forty-fifth round: "if i dont say qubool hai tomorrow he will break my legs")
           r"(?:hurt|kill|beat|harm|disown|send|deal with|throw|break(?! up\b))\w*|(?:will|'ll|gonna|going to) deal with (?:me|her|him)\b|"
           # (forty-fourth round) ... the threat said before its condition ("my dad said he'll kill him if I don't go through with it")
           r"(?:will|'ll|would|'d|gonna|going to) (?:kill|hurt|beat|disown)\w* (?:me|him|her|them|us|my \w+)\b[^.?!]{0,10}\bif (?:i|she|he) (?:don'?t|dont|do not|won'?t|wont|refuse|say no)\b"
           r"[^.?!]{0,20}\b(?:go through with|marry|agree|get married)\b|"
           r"(?:i'?ll|ill|i will|she'?ll|she will) never (?:come|be coming|get) back\b|"
           # (forty-eighth round) sent abroad not to come back, said to the one refusing ("dad said then you'll go to India and not
           # come back"); a man the one to marry has never seen ("with a man from Herat I never seen")
           r"(?:you'?ll|you will|u'?ll|u will|she'?ll|she will|i'?ll|i will) (?:go|be sent|get sent) (?:back )?to (?:\w+ ){1,2}and (?:not|never) (?:come|be coming) back\b|"
           r"(?:a|the) (?:man|boy|guy) (?:\w+ ){0,3}(?:i|she) (?:have |has |had )?(?:never|not) (?:seen|met)\b|"
           r"(?:fix|cure|straighten(?: out)?|change|sort out|turn) (?:me|her|him)(?: out| straight)?\b(?=[^.?!]*\b(?:gay|lesbian|bi|bisexual|trans|queer)\b)|"
           r"(?:gay|lesbian|bi|bisexual|trans|queer)\b[^.?!]{0,90}\b(?:fix|cure|straighten(?: out)?|change|sort out|turn) (?:me|her|him)\b|"
           # Sold to a husband ("my father sell me to marry a man this week").
           r"(?:sell|sells|sold|selling) (?:me|her|my (?:daughter|sister|niece|granddaughter|girl|cousin))\b|"
           # (forty-fourth round) given or promised to a man, or married off for money ("my father give her to man of 40 years
           # for money", "abu promised me to my cousin in mirpur"), not a promise to do something ("promised me to take me")
           r"(?:give|gives|giving|gave|given|promise|promises|promised|promising) (?:me|her|my (?:\w+ )?(?:daughter|sister|niece|granddaughter|girl|cousin))(?: away)? "
           r"to (?:a |an |the |this |that |my |his |her |their |our )?(?:old |older |rich )?(?:man|stranger|guy|bloke|cousin|nephew)\b|"
           r"(?:marry|married|marrying|wed|nikah|give|gives|gave|given)\b[^.?!]{0,40}\bfor (?:money|cash|the money|a dowry|dowry|a visa|his visa)\b|"
           # ("marrying her uni boyfriend" is her own choice: thirty-fourth round)
           # (forty-first round: not "driving me mad"; forty-fourth: nor "finally marrying my best friend")
           r"(?!marrying my (?:best|boyfriend|girlfriend|fianc\w*|partner|sweetheart|bf|gf|soul ?mate|childhood|uni|long[- ]?time)\b)"
           r"(?:taking|sending|marrying|flying|shipping|driving) (?:me|her|him|my \w+)(?<!marrying her)(?<!marrying him)(?! (?:mad|crazy|insane|nuts|up the wall|round the bend)\b)"
           # (nor a lift to the day's own errands: "mums driving me to the salon")
           r"(?! (?:to|into) (?:the |my |her )?(?:salon|hairdressers?|parlour|beauty \w+|venue|hall|rehearsal|fitting|dress shop|boutique|shops?|"
           r"school|work|college|uni|gym|dentist|doctors?)\b)|marrying (?:her|him)\b(?! (?:[\w-]+ )?(?:boyfriend|girlfriend|fianc\w*|partner|sweetheart|bf|gf|best friend|soul ?mate)\b)|(?:i|she|he) (?:must|has to|have to|has got to|'ve got to) marry\b|going to marry (?:me|her)|"
           # (forty-first round) a trip or a booking "for my wedding", not anything bought, tried on or planned for it ("try
           # on another ten lehengas for my wedding saturday", "a surprise for her wedding")
           r"(?:taking|take|took|sending|send|sent|flying|fly|going|go|travel\w*|trip|flights?|plane|tickets?|booked|booking|back home|there|visit\w*|"
           r"holidays?|hols|imam|molvi|maulvi|mullah|qazi|kazi|priest|pastor|pandit|granthi)\b[^.?!]{0,60}?\bfor (?:my|her) (?:wedding|marriage|nikah)|"
           # ("said no" to a big do or a venue is a wedding planned, not refused: thirty-first round; nor "said not to tell anyone",
           # thirty-fifth)
           r"over there|back home|abroad|said no\b(?! to (?:a |the )?(?:big |small |fancy |huge |massive |large )?(?:do|party|venue|cake|dj|band|hall|dress|menu|"
           r"guest list|caterers?|photographer)\b)|(?:never|didn'?t|did not|haven'?t|have not|not) (?:said|say) yes|"
           # (thirty-first round) learner English's "take her to marry" ("they take her to marry in Bangladesh")
           r"(?:take|takes|took) (?:me|her|my \w+) (?:\w+ ){0,3}?to (?:marry|get married|be married)\b|"
           r"(?:marry|married|wed)\b[^.?!]{0,20}\bor (?:else\b|(?:they|he|she|we|you|my \w+)(?:'ll| will| would| are going to| gonna)? "
           r"(?:kill|send|disown|hurt|throw|take|beat|ship|drag|lock|force|burn|cut)\w*|i(?:'ll| will)? (?:be |get )?(?:killed|sent|disowned|thrown out|beaten|dead|die)\b|"
           # (thirty-seventh round) or be put out of the home ("i marry him or leave this house"), not "or leave it till spring" nor
           # "or leave the house hunting till after"
           r"(?:(?:i|she|he|you) (?:must |have to |has to |will |'ll )?)?(?:leave|get out of|be out of|out of) (?:(?:this|my|our|his|their|dis|da) )?(?:house|home)\b(?! (?:hunting|plans?|move|search)\b))|"
           r"(?:send|sends|sent) (?:me|her|him) (?:back|away|abroad|home)\b|told (?:me|her) (?:i'?m|im|i am|she'?s|she is) (?:getting|being) married|won'?t listen|wont listen|not listening|(?:booked|bought) (?:my|her) (?:flight|ticket)|"
           # a ticket bought for her by others, the wedding waiting at the other end ("they booked the flight for me, i'll be
           # married when i land")
           r"(?:booked|bought|got) (?:the|a) (?:flights?|tickets?) for (?:me|her)|(?:married|nikah|nikkah|shaadi|biye) (?:is )?(?:when|as soon as|the day|once) (?:i|we|she) (?:land|get there|arrive)|"
           # (thirty-eighth round) ... as a mother tells it, others buying her girl's ticket to be married there ("they buy
           # ticket for my girl, Friday, to marry in Yemen"), not "we bought tickets for my daughter's wedding"
           r"(?:they|he|her (?:father|dad)|my husband|his family|my in-laws) (?:booked|bought|buy|buys|book|books|got|get) (?:the |a )?(?:flights?|tickets?) "
           r"for (?:my|our) (?:girl|daughter|sister|niece)\b[^.?!]{0,30}\bto (?:marry|be married|get married)\b|"
           # (thirty-eighth round) a pupil told by her school year (Year 7 to 11, under 16) as the one to be married ("Y9 girl
           # says she's flying to Mirpur Saturday to be married"), not a pupil telling of a sister's wedding
           r"\b(?:y|yr|year) ?(?:[7-9]|1[01]) (?:girl|boy|pupil|student|kid)\b[^.?!]{0,20}?\b(?:she|he)(?:'s| is|s)? (?:(?!says?\b|said\b|told\b|thinks?\b|her\b|his\b|their\b|my\b)\w+ ){0,5}?"
           r"(?:to be married|getting married|being married|marrying)\b|"
           # Consent refused, a threat for refusing, a husband chosen for her, a trip said to be a holiday.
           r"whether (?:i|she) (?:like|likes|want|wants)(?: it| to)? or not|if (?:i|she) (?:don'?t|dont|do not|won'?t|wont|refuse to) marry|"
           r"(?<!marrying )(?<!marry )(?<!marries )(?:the|a) (?:man|boy|guy|bloke) she (?:picked|chose|has chosen)|"
           r"not (?:his|their|her|your) daughter|(?:the|a) (?:man|boy|guy|bloke) (?:he|they) (?:picked|chose|has chosen|have chosen)|"
           # (forty-eighth round: "without me agreeing", "without me saying yes")
           # (fifty-third round: in a formal report's words, "I have not consented", "she never consented")
           r"(?:don'?t|dont|do not) consent|without (?:my|her) consent|without (?:me|her) (?:saying yes|agreeing|agreement)|"
           r"(?:i|she|he) (?:have|has|had|did)? ?(?:not|never|n'?t) (?:given (?:my|her|his|any) )?consent(?:ed)?\b|"
           # (fifty-third round) a no said for months ("shes been saying no to this rishta for months")
           r"(?:i|she|he)(?:'s|'ve| has| have)? (?:been )?(?:saying|said) no to (?:the|this|that|her|my|his|their) (?:rishta|match|marriage|wedding|proposal|nikah|engagement|man|boy|guy)\b|"
           # Twenty-fifth round: said of her ("she doesnt want to", "she doesn't want him"); a no signed, written or mouthed
           # ("I sign no"); a sister, daughter or niece under 18 ("my sister is 16")
           r"(?:doesn'?t|doesnt|does not) want (?:to|it|him|her|this|that|any of it)\b|(?:i|she|we) (?:sign|signs|signed|wrote|write|typed|mouthed|texted) no\b|"
           r"(?:my|our|her|his) (?:sister|daughter|niece|cousin|granddaughter|step ?daughter|girl)(?: here| there| back home)? (?:is|'s) (?:only |just )?(?:1[0-7]|[5-9])\b(?! (?:mins?|minutes|hours?|hrs|days|weeks|months|miles)\b)|"
           # (forty-eighth round: not the writer's own insistence, "its literally just a holiday, mum said i can bring my switch")
           r"(?<!literally )(?<!honestly )(?<!genuinely )(?<!truly )(?:just|only) a holiday|(?:lied|lying) to (?:me|her)|"
           # A trip said to be a holiday, invitations already printed with the person's name.
           r"(?:say|says|said|saying|told (?:me|us|her)|tell (?:me|us|her)|telling (?:me|us|her)|pretend\w*)(?: that)? (?:it'?s|its|it is|it'?ll be|"
           r"it will be|we'?re going on|we are going on|we'?re going for|we are going for) (?:just |only )?(?:a |on )?holiday|"
           r"(?:cards?|invitations?|invites?) (?:with|have|has|had|that have|that has) (?:my|her|his) name on|"
           r"begg\w*|plead\w*|(?:i'?m|im|i am|she'?s|she is) being married\b|"
           # Nobody under 18 can consent (the Marriage and Civil Partnership (Minimum Age) Act 2022), nor can
           # someone without capacity; being sent or taken away for it, or to a man twice her age.
           # (forty-sixth round: not the asker's own age given with a question, "im 14 just curious")
           r"(?:i'?m|im|i am|she'?s|shes|she is|he'?s|hes|he is) (?:only |just )?(?:1[0-7]|[5-9])\b(?! (?:mins?|minutes|hours?|hrs|days|weeks|months|miles)\b)"
           r"(?!,? (?:and )?(?:just |only )?(?:curious|wondering|asking)\b)|"
           # (forty-sixth round) Romanian's "am 15 ani" (I am 15)
           r"am (?:doar |numai )?1[0-7] ani\b|"
           r"(?:1[0-7]|[5-9])[- ]?(?:year|yr)s?[- ]old|(?:can'?t|cant|cannot|unable to) (?:consent|understand)|learning disabilit\w*|lacks? (?:mental )?capacity|"
           r"(?:being|been|be|getting) (?:sent|taken|flown|shipped) (?:to|back|abroad|home|off|out)|(?:taken|took|taking) (?:me|her|him|them) to (?:the )?airport|"
           r"twice (?:my|her|his) age|"
           # (thirty-second round) as people with little English write it: "me 16", "no want", "man me not know"
           r"me (?:only )?(?:1[0-7]|[5-9])\b(?! (?:mins?|minutes|hours?|hrs|days|weeks|months|miles|o'?clock|pm|am)\b)|"
           # (thirty-ninth round) ... "no want", "no like", "no raji" only of the marriage or the man: said alone or
           # with him, the wedding or a plea after it ("nikka tonite. me no want", "i no like dis man"), not "i no want cake"
           # nor "no want go school today"; "i 14" as a learner gives an age; "i dnt no da boy" as a phonetic speller says it
           rf"(?:me |i |she )?no (?:want|like|raji|razi|agree)\b{_REFUSAL_OF_IT}|(?:i|me|she) (?:not|nt) (?:like|raji|razi)\b{_REFUSAL_OF_IT}|"
           r"(?:i|me|she) (?:don'?t|dont|dnt|do not) like (?:dis|dat|da) (?:man|boy|guy)\b|"
           r"(?:i|me|she) (?:don'?t|dont|dnt|do not|not|never) (?:even )?no (?:him|(?:da|dis|dat|the) (?:boy|man|guy))\b|"
           r"\bi (?:only |just )?1[0-7]\b(?! (?:mins?|minutes|hours?|hrs|days|weeks|months|miles|o'?clock|pm|am|quid|pounds?|times?)\b)(?=\s*(?:[.,!?;:]|$|and\b|an\b|n\b|yrs?\b|years?\b))|"
           r"(?:man|boy|him|person) (?:me|i) (?:not|no|don'?t|dont|never) (?:know|knows|see|seen|meet|met)\b|"
           # Not her choice, a no said as people with little English write it, a marriage "to fix" someone gay, the person
           # kept at a relative's till it ("nikah tomorrow, not my choice", "me say no", "theyre keeping me at my uncles").
           r"(?:not|never) (?:my|her|his|our|their) (?:own )?choice|(?:me|i|she|we) (?:say|says|saying) no\b|to (?:fix|cure|straighten|sort) (?:me|her|him)(?: out)?\b|"
           r"(?:keeping|kept|holding|held) (?:me|her|him) (?:at|in) (?:my|her|his|their|the) (?:\w+ )?(?:uncle|aunt|auntie|aunty|cousin|nan|gran|grandparent|relative)\w*|"
           # "not want" in few words ("married Friday. not want"), nobody asked her
           rf"\b(?:me|i|she) not want\b{_REFUSAL_OF_IT}|(?<![\w'] )not want\b{_REFUSAL_OF_IT}|(?:no one|nobody|noone|no-one) (?:has |ever )?(?:asked|asks|ask|aks) (?:me|her)\b(?! (?:to|for|about|round|out)\b)|"
           # (thirty-ninth round) a marriage said for the writer by another ("mi uncle say i marry his son", "must marry
           # cousin tomoro, abu say"), not "my sister says she will get married"; a jirga's marriage to settle a feud
           r"(?:they|dey|dem|he|she|mum|mom|mama|mummy|ammi|amma|ammu|dad|abba|abbu|abu|abo|baba|father|fada|mother|mada|uncle|aunty|auntie|"
           r"family|parents|my \w+) (?:say|says|said|sey|sez|tell|tells|told)(?: me)? (?:i|me) (?:must |have to |got to |gotta |go )?(?:marry|get married)\b"
           # (lead's review) not what she marries in ("mum says i get married in a red lehenga")
           r"(?! (?:in|wearing|at the|first|before|after|whoever|whenever|who(?:m)?ever)\b)|"
           r"(?:^|[.,!?;:]\s*)must marry\b|jirga (?:has |have )?(?:decided|decide|ruled|says?|said)\b|(?:i am|i'?m|im|she is|she'?s|shes) the (?:payment|price|compensation)\b|"
           # told she is not coming back ("mum texted that i'm not coming back after the holidays, we fly saturday")
           r"(?:i'?m|im|i am|she'?s|shes|she is) not (?:coming|going) back\b|"
           # (thirty-fourth round) the trip's and the family's words that say it: a one-way ticket told apart, "I won't be
           # coming back", dead to this family, a mother who will drink poison, a schoolgirl's year, "haven't even agreed",
           # "whether I turn up or not", dragged there, not allowed to say no, a girl's age after a comma, "said holiday",
           # a passport gone, the wedding found to be one's own, cards with one's name found
           r"(?:tickets?|flights?)\b[^.?!]{0,30}\bone[- ]way\b|(?:i|she) (?:won'?t|wont|will not) be coming back\b(?! (?:to (?:work|school|college|uni|class|the \w+)|till|until|for|before)\b)|"
           # (a schoolgirl's year alone is her age, not force: "I'm in year 9 and so excited", lead's review)
           r"dead to (?:this|the|our|my|his|her) family|(?:drink|take|swallow|drinks|takes) poison|"
           r"(?:haven'?t|havent|have not|hasn'?t|hasnt|has not) (?:even |ever )?(?:agreed|said yes)|whether (?:i|she) (?:turn|turns|show|shows) up(?: or not)?|"
           r"drag (?:me|her) (?:there|to it|along)|(?:not|never) allowed (?:to )?say no|"
           r"(?:daughter|sister|niece|granddaughter|girl),? (?:only |just |aged? )?(?:1[0-7]|[5-9]),|"
           # (forty-first round) an age under 18 told by the one who saw her ("patient 16 whispered at desk", "pupil, 15:")
           # (not a relative's age told before what she does at it: "my cousin 15 is doing my mehndi")
           r"(?:(?:patient|pupil|student),? (?:only |just |aged? )?(?:1[0-7]|[5-9])\b(?=\s*[,:;]| (?:whisper\w*|told|tells|said|says|asked|came|is|was|just)\b)|"
           r"(?:girl|daughter|sister|niece|cousin|bride),? (?:only |just |aged? )?(?:1[0-7]|[5-9])(?=\s*[:;]))"
           # (not a guest at a relative's: "girl 15 told me her sister's wedding is friday")
           r"(?![^.?!]*\b(?:her|his|their|my) (?:\w+ )?(?:sisters?|brothers?|cousins?|aunt\w*|uncles?|friends?|mum|dad)'?s? (?:wedding|nikah|nikkah|shaadi|mehndi|engagement)\b)|"
           r"(?:said|says|told (?:me|us|her)) (?:it was |it'?s |its )?(?:a |just a |only a )?holiday\b|passport'?s? (?:is |has )?(?:gone|missing|disappeared)|"
           r"(?:the )?(?:wedding|nikah|nikkah|shaadi|biye|engagement|rishta|mehndi|mehendi)(?: there| here| over there)? (?:is|'s) (?:actually |really )?(?:mine|for me)\b"
           rf"{_MINE_NOW_END}|"
           # (thirty-sixth round) "I think it's a wedding and it's mine"
           r"(?:wedding|nikah|nikkah|shaadi|biye|engagement|rishta)\b[^.?!]{0,15}\b(?:and|but) (?:it'?s|its|it is) (?:actually |really )?(?:mine|for me)\b"
           rf"{_MINE_NOW_END}|"
           r"(?:i|she|me|we) (?:said|say|says|saying) (?:na|nahi|nahin|naa)\b|(?:cards?|invitations?|invites?)\b[^.?!]{0,25}\bwith (?:my|her|his) name on|"
           # (thirty-fifth round) never asked ("the molvi is coming and i wasnt even asked"), not asked to be a bridesmaid; a
           # no that cannot be said ("i cant say no"), not to a cake or a job; a passport taken in learner English ("he take her passport
           # already"); an age in brackets or as learner English says it ("one of the girls (15)", "she have 6 year", "my
           # daughter 14 year"); no discussion, school not to be told; her exams not needed any more ("I've got my GCSEs in
           # May and he said I won't need them"); a sibling's same trip that ended married
           r"(?:i|she|he) (?:wasn'?t|wasnt|was not|weren'?t|was never|have not been|haven'?t been|hasn'?t been|has not been|never got|never been) (?:even |ever )?asked\b"
           r"(?! (?:to|if|for|about|whether|what|which|how|round|out|back)\b)|"
           r"(?:i|she|he|me|we) (?:can'?t|cant|cannot|couldn'?t|could not) (?:even )?say no\b(?! to (?!(?:him|them|her|my (?:dad|father|mum|mother|parents|family|uncle|brothers?|abbu|abba|ammi))\b))|"
           r"(?:he|she|they|father|dad|mother|mum|uncle|brother|husband) (?:take|takes|keep|keeps|hide|hides) (?:my|her|our) passports?\b(?! (?:with|to|for|when)\b)|"
           r"(?:girls?|daughter|sister|niece|cousin|pupil|student|child|kid)s?'?\s*\((?:1[0-7]|[5-9])\)|"
           r"(?:daughter|sister|niece|granddaughter|girl|she|me) (?:is |have |has )?(?:only |just )?(?:1[0-7]|[5-9]) (?:year|yr)s?\b(?! (?:ago|before|later|old|in|at|of)\b)|"
           r"no more (?:talk|talking|discussion|discussing|arguing|argument)\b(?! (?:of|about|on)\b)|(?:there'?s|there is|theres|it'?s|its|it is) no (?:discussion|discussing it|arguing|argument|debate|negotiating|backing out|getting out of it)\b"
           r"(?!\s+(?:about|on|of|over|needed|required|with (?:the|my) (?:caterers?|venue|dj|planner))\b)|"
           r"(?:not|never) (?:to|allowed to) tell (?:the |her |my |his |any )?(?:school|teachers?|police|social services)\b|"
           r"(?:gcses?|a[- ]?levels?|exams?|school|college|education|studies)\b[^.?!]{0,40}\b(?:won'?t|wont|will not|will never|(?:you'?ll|she'?ll|i'?ll) never) need (?:them|it|those|that)\b|"
           r"(?:won'?t|wont|will not|will never) need (?:my |her |your |ur |any )?(?:gcses?|a[- ]?levels?|exams?|education|qualifications)\b|"
           r"(?:same|exact same) (?:thing|story|excuse|lie|trip|reason)\b[^.?!]{0,60}\b(?:came|come|coming|got sent|was sent) back (?:home )?married\b|"
           # (thirty-sixth round) a yes said for them by others ("mum already said yes for me"); the one to marry a
           # stranger ("i dont know him"), not a relative's groom not known well yet; told they will not come back single;
           # a wedding called something else that is really theirs ("they call it cousins function. its my wedding", "told
           # the school it's a family funeral but it's her wedding"), or told to them ("they say its my shaadi"), not "my mum
           # says it's my wedding so I choose"; a girl's age bare after her ("sister 14", "she 14"); flown or sent off ("they
           # fly her Lahore"), not a mother or a card sent; taken "for marry" in learner English; a plea alone as the last
           # sentence ("to marry my cousin. help me"); a gay writer's own wedding with a plea
           r"(?:said|say|says|saying|gave|given|signed) (?:yes|ok|okay) (?:for|on behalf of|instead of) (?:me|her|him)\b(?! to\b)|"
           # (lead's review: not a groom never seen "so nervous", "like this", "this happy")
           r"(?:never|not) (?:even )?(?:seen|saw) (?:him|the man|the guy|the boy|his face)\b(?! (?:so|this|that|like|look\w*|happier|happy|smil\w*|cry\w*|laugh\w*|nervous|dressed|dance|danc\w*)\b)|"
           r"(?:i|she|me) (?:don'?t|dont|do not|doesn'?t|doesnt|does not) (?:even )?know (?:him|the man|the guy|the boy|who he is)\b"
           r"(?! (?:yet|that|very|too|so|well|much|personally|though|tbh|really)\b)|"
           r"(?:not|won'?t|wont|will not|never) (?:be )?(?:coming|come|going|get|getting) back (?:home )?single\b|"
           rf"{_WEDDING_DISGUISED}|"
           # (forty-fourth round: "omg they jus told me its MY nikah 2moro", "my aunty just told me its my nikah")
           r"(?:they|he|she|dad|mum|abba|abbu|ammi|ammu|family|parents|aunty|auntie|uncle|cousin|my \w+)(?: (?:jus|just|only|already|finally))? "
           r"(?:say|says|said|told (?:me|her)|tell (?:me|her))(?: that)? (?:it'?s|its|it is) (?:my|her) (?:own )?"
           # (forty-fourth round: "engagment" as typed in a hurry)
           r"(?:shaadi|wedding|nikah|nikkah|biye|engage?ment|rishta)\b(?! (?:so|and i|i can|my choice|not)\b)|"
           r"(?:daughter|sister|sis|niece|granddaughter|girl|cousin|she|he) (?:only |just |aged? )?(?:1[0-7]|[5-9])\b"
           r"(?! ?(?:mins?|minutes|hours?|hrs|days|weeks|months|miles|years?|yrs?|am|pm|o'?clock|th|st|nd|rd|:|%)\b)"
           # (lead's review) said as the whole of what is told of her ("she 14.", "sister 14 they fly her"), or with her
           # marriage or its force after it, not a guest's or a helper's ("my cousin 15 is doing my mehndi", "my daughter
           # 16 is getting her ears pierced for the wedding", "he 8 and niece she 6 are page boy and flower girl")
           r"(?=\s*(?:[.,!;:)]|$|(?:they|dad|mum|abba|abbu|ammi|ammu|family|parents|i|we)\b(?! (?:is|are|'s|will|can|might)\b)|(?:is |'s |are )?(?:being|getting married|to (?:be )?marr|marr|forced|made|taken|sent|flown|scared|crying|locked)\w*))|"
           r"(?:fly|flies|send|sends|ship|ships) (?:me|her|him)\b(?! (?:mum|mother|dad|father|husband|wife|fianc\w*|family|parents|gran\w*|nan\w*|a|the|an|some|"
           r"flowers|money|cards?|photos?|pics?|messages?|texts?|love|home|over)\b)"
           # (lead's review) not to a relative's wedding ("they send me to dubai for my brothers wedding on friday")
           r"(?![^.?!]{0,40}\bfor (?:my|her|his|our|their|the) (?!own\b)\w+'?s? (?:wedding|nikah|nikkah|shaadi|biye|party|mehndi|walima|engagement)\b)|"
           r"(?:take|takes|took|taking|fly|flies|send|sends|bring|brings) (?:me|her|him|my \w+)\b[^.?!]{0,30}\bfor (?:marry|marriage|get married|married|shaadi|biye|nikah)\b|"
           # (lead's review) a plea with its object ("please help" alone is above, beside "no say"), or a bare "help"
           # after a marriage told as done to them ("THEY SAY IM GETTING MARRIED THERE. HELP"), not a bare "Help!" after a
           # caterer cancelled
           r"(?:^|[.!?]\s*)(?:(?:pls|plz|please) )?help (?:me|us|her)(?: (?:pls|plz|please))?\W*$|"
           r"(?:to marry|getting married|marry (?:me|her)|married off|(?:they|dad|mum|abba|abbu|family|parents) (?:say|says|said))\b[^?]{0,80}[.!?]\s*(?:(?:pls|plz|please|abeg) )?help\W*$|"
           r"(?:my (?:own )?(?:wedding|nikah|nikkah|shaadi|biye|engagement|rishta)\b[^?]*\b(?:i'?m|im|i am) (?:gay|lesbian|bi|queer)|(?:i'?m|im|i am) (?:gay|lesbian|bi|queer)\b"
           r"[^?]*\bmy (?:own )?(?:wedding|nikah|nikkah|shaadi|biye|engagement|rishta))\b[^?]*\b(?:pls|plz|please|help)\W*$)")
# (forty-first round) Roman Urdu's and Hindi's tomorrow and tonight, with their verb ("bhai ka nikah kal hai"), for
# imminent_marriage only: the wanted-wedding reading (_SOON_RE) is English's, and Roman Urdu's force is read by
# _FORCED_ROMANISED and the language's own patterns.
# The wedding's own words in the languages spoken here, typed in English letters (forty-fifth round: the Tamil kalyanam and
# thirumanam, the Kurdish dawet, the Romanian nunta, with the Panjabi, Hindi, Bengali and Sikh words read before, moved here
# out of imminent_marriage's own list).
# (forty-sixth round: the Panjabi roka, "theyre doing my roka sunday with a girl ... ive never even spoken to")
_WEDDING_IN_COMMUNITY_WORDS = (r"nikkah|shadi|viah|vyah|biah|biya|vivah|vivaah|anand karaj|lavan|laavan|kalyanam|kalyaanam|thirumanam|sagai|mangni|roka|rokka|"
                               r"zemawend|dawet|nunta|nunti|katb (?:el|al|il) kitab")
# (forty-fourth round) ... or "kal" right after the wedding's own word ("biye kal", "nikah kal"), not one that was ("shaadi kal thi")
_SOON_ROMANISED = (r"(?:kal (?:hai|he|ko|subah|raat|sham|shaam|hoga|hogi)|aa?j raat|parso(?:n)? (?:hai|he|ko)|"
                   # (fiftieth round) Dari's next week, tomorrow and tonight typed in English letters ("hafta-ye ayanda", "farda")
                   r"hafta\W?y?e\W?ayanda|haftaye ayanda|farda(?! \w+ (?:bud|bood)\b)|pas\W?farda|emshab|"
                   r"(?:(?<=\bnikah )|(?<=\bshaadi )|(?<=\bshadi )|(?<=\bmehndi )|(?<=\brishta ))kal(?! (?:thi|tha|thaa|hui|hua|huwa|ho gayi|ho gaya|gayi|gaya)\b)|"
                   r"(?<=\bbiye )kal(?! (?:chilo|chhilo|hoyechilo|hoyeche|holo|hoise|hoyse)\b)|"
                   # (forty-fifth round) Banglish's coming weekday ("ei shukrobar biye")
                   r"(?:ei|agami|next|ashche|asche)\s+(?:shukrobar|shonibar|robibar|sombar|mongolbar|budhbar|brihoshpotibar|brihospotibar)|"
                   # (forty-sixth round) Banglish's "porshu" (the day after tomorrow, or before yesterday: not with a past verb after it)
                   r"(?:porshu|porsu|porshudin)(?![^.?!]{0,30}\b(?:chilo|chhilo|hoyechilo|hoyeche|holo|hoise|hoyse|hoilo|gese|gelo)\b)|"
                   # (forty-eighth round) Dari and Farsi: the weekdays, tomorrow and tonight ("nikah-e man panjshanbe hast")
                   r"(?:yekshanbe|yekshambe|doshanbe|doshambe|seshanbe|seshambe|chaharshanbe|chaharshambe|panjshanbe|panjshambe|farda|emshab)\b)")
# A cutter that is a tool ("the pizza cutter", "a stanley cutter"), not one who cuts girls: a look-behind to put before "cutter".
# Where girls are taken to be cut, for the trip's own words ("to become a big girl", "to get 'cleaned'").
# A girl's own cutting told ("i was cut at 8"): a sign of the cutting to come (cutting_told_by_its_signs) and no past of it (_CUT_BEFORE).
_A_GIRLS_OWN_CUTTING = r"(?:i|she|we) (?:was|were|got) (?:cut|circumcised)"
# (forty-seventh round: the capitals too, "they fly to Cairo on Saturday")
# (fiftieth round) A girl to "become a proper girl" on a near day, and the pain or the fast before it told (imminent_cutting;
# across sentences in _detect_in_frame)
_PROPER_GIRL_SOON = (r"\b(?:today|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:weekend|week)) (?:i|she|we|they) "
                     r"(?:become|becomes|will become|will be made|am going to become|is going to become|gonna become|get to become) (?:a |into a )?"
                     r"(?:proper|real|clean|pure|true) (?:girl|girls|woman|women|lady)\b")
_PAIN_OR_FAST_BEFORE = r"\b(?:hurts?|hurting|painful|pain|bleed\w*|not allowed (?:any )?(?:breakfast|food|to eat|to drink))"
_WHERE_GIRLS_ARE_TAKEN_TO_BE_CUT = (r"(?:somalia|somaliland|hargeisa|mogadishu|egypt|cairo|sudan|khartoum|guinea|conakry|mali|bamako|gambia|banjul|sierra leone|"
                                    r"freetown|ethiopia|addis ababa|eritrea|asmara|djibouti|kenya|yemen|nigeria|abroad|back home)")
_NOT_A_TOOLS_CUTTER = r"(?<!cookie )(?<!pizza )(?<!box )(?<!hair )(?<!paper )(?<!grass )(?<!hedge )(?<!glass )(?<!tile )(?<!wire )(?<!bolt )(?<!veg )(?<!stanley )(?<!laser )"
# (forty-fourth round) A message whose cutting is a cake's or a tailor's ("who's doing the cutting tomorrow ... the cake is
# massive", "the aunty who does the cutting for our suits"): no girl, no cutting's own name, no fear or pain in it. A lookahead
# to read at a message's start.
# The cutting's own names, for the checks that a cutting named is a girl's, not a cake's.
_CUTTING_NAMES = r"fgm|khatna|khatana|khitan|sunnah?|gudniin|tahur|tahoor|circumcis\w*"
_CLOTH_OR_CAKE_CUT = (r"(?=.*\b(?:cake|cakes|fabric|cloth|material|suits?|salwar|kameez|blouses?|sewing|tailor\w*|measur\w*|stitch\w*|ribbons?)\b)"
                      rf"(?!.*\b(?:{_CUTTING_NAMES}|girls?|daughters?|nieces?|granddaughters?|scared|"
                      # (forty-eighth round: nor anyone to be cut beside the cake, "cutting the cake at the party on saturday,
                      # then they're taking my little sister to be cut on sunday")
                      r"crying|cry|pain|bleed\w*|(?:be|get|getting|being|been) cut)\b)")
_SOON = (r"(?:today|tonight|tonite|2nite|2day|tomorrow|tmrw|tmr|tmoz|tomoz|2moro|2morrow|(?<!nothing happening )(?<!nothing is happening )(?<!nothing's happening )(?<!nothings happening )right now|"
         # (thirty-sixth round) tomorrow misspelt, a clock time ("leaving for pakistan 6am", "we leave for the airport at 4"),
         # after a named prayer ("after isha"); not an age or an amount after "at"
         # (a clock time only after a leaving, a flight or the wedding's words: not "overthinking at 2am", nor Arabizi's "3am")
         r"tomorow|tommorow|tommorrow|tomoro|2mrw|"
         r"(?:leave|leaving|leaves|flight|flights|plane|fly|flying|set off|setting off|airport|taxi|pick(?:ing)? (?:me|us|her) up|nikah|nikkah|wedding|shaadi|biye|"
         r"ceremony|imam|molvi)\b[^.?!,]{0,30}?\b(?:at (?:[1-9]|1[0-2])(?::[0-5]\d)?(?! ?(?:years?|yrs?|months?|weeks?|days?|percent|%|miles|stone|kg|kilos?|pounds?|quid)\b)|"
         r"(?:[1-9]|1[0-2])(?::[0-5]\d)? ?(?:am|pm)\b)|"
         r"after (?:isha|esha|maghrib|magrib|asr|zuhr|zohr|dhuhr|fajr|jummah|juma|jumma|jumuah)|(?:going|go|driving|heading|on (?:the|our|my) way)(?: to)? (?:the )?airport|in the morning|this (?:week|weekend|morning|afternoon|evening)|"
         # (forty-fifth round: "next weekend" too; the ceremony starting soon, "it starts soon")
         r"(?:starts|is starting|begins|starting) (?:soon|any minute|in a (?:bit|minute|few minutes))|"
         # (forty-eighth round: not a meal named by its day, "had Sunday dinner with them")
         r"(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:dinner|lunch|roast|tea|league|school)\b)|next week(?:end)?|"
         # (thirty-fifth round) a day cut short after a word that dates it ("im gettin married sat", "nikah on fri"), not a
         # sun lounger nor "sat down"; (twenty-third session) or after a flight or a leaving ("we fly weds", "leaving fri")
         # (forty-first round) or after the do it falls on ("engagement party sat", "the function fri")
         r"(?:on|this|next|by|till|til|until|married|wedding|nikah|nikkah|fly|flying|flight|leave|leaving|we go|going|party|function|engagement|"
         r"mehndi|mehendi|dholki|ceremony|shaadi|biye) (?:sat|sun|mon|tues?|weds?|thurs?|fri)\b(?![-'])"
         r"(?! (?:loungers?|cream|bed|beds|hats?|glasses|dress|roof|shine|trap|set|rise|light|lamp|down|up|on|in|there|with|next)\b)|"
         r"(?:in|that'?s|thats|it'?s|its) (?:a|1|2|3|4|5|6|one|two|three|four|five|six|a few|a couple of) days?|"
         # (thirty-fourth round) a date this month ("fixed for the 20th, that's 9 days", "we fly on the 14th")
         # (forty-sixth round: or the flight's date, "the flight is the 18th")
         # (forty-eighth round: or the wedding's, "the date is the 20th")
         r"(?:(?:on|for) |(?:flights?|plane|tickets?) (?:is|are|'s|s) (?:booked )?(?:for |on )?|(?:the )?(?:date|day|wedding|nikah|nikkah|shaadi|big day) (?:is|'s|s) (?:set )?(?:for |on )?)"
         r"the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
         r"(?! (?:of )?(?:january|february|march|april|june|july|august|september|october|november|december)\b)|"
         r"(?:in|that'?s|thats|it'?s|its) (?:[7-9]|1[0-4]|seven|eight|nine|ten) days|"
         r"in (?:an|a|half an|1|2|3|one|two|three|a few|a couple of) (?:hours?|hrs?|minutes|mins)|on the plane|when we land|"
         r"when (?:we|school|they|she|he) breaks? up|(?:cards?|invitations?|invites?) (?:are|is|have been|'ve been|has been|were|was) (?:all )?(?:done|printed|sent|out|given out|ready)|(?:here|downstairs|waiting|arrived|ready) (?:right )?now|"
         # A forcing act going on as they write, then "now" ("they are driving me to the imam now", "taking me to the
         # mosque now to marry him"): not "i'm married now" nor "we're engaged now", which have no act, nor one told in the
         # past ("we were taking her to the wedding and now she's married") nor a relative's wedding one is taken to.
         r"(?<!was )(?<!were )(?:taking|driving|dragging|sending|flying|forcing|making|marrying) (?:me|her|us)(?: off)?\b"
         r"(?! to (?:my|her|his|our|their|the) \w+'?s (?:wedding|nikah|party)\b)[^.?!,]{0,40}?\bnow|"
         r"(?<!was )(?<!were )being (?:taken|driven|dragged|sent|flown|forced|made)\b[^.?!,]{0,40}?\bnow|later (?:today|tonight|on)|after (?:dinner|tea|lunch|school|prayers)|(?:at|to|for) (?:the airport|heathrow|gatwick|stansted|luton|east midlands|birmingham airport|manchester airport))")

# Hurt done to the person ("he done it", "she battered me"), not "hit the shops" nor "hurt his back".
# A girl's hair, nails or henna done for a day (thirty-first round): what "do my girls" means beside it.
_GROOMING = r"(?:hair|hairs|nails|make ?-?up|henna|mehndi|mehendi|eyebrows|brows|threading|braids|plaits|cornrows|lashes|"
# (thirty-fifth round) ... the hairdresser's or the barber's cut ("the barber is doing the cut on me tomorrow")
_GROOMING += r"haircuts?|hairdressers?|hairdresser'?s|barbers?|barber'?s|salon|stylist|fringe|trim|skin fade)"
_HURT_DONE = (r"(?:done it|did it|done this|did this|done that|did that|hit(?! the (?:shops?|road|gym|pub|town|hay|sack|bar|motorway)\b)|"
              r"hurt(?! (?:his|her|their|himself|herself|themselves)\b)|beat (?:me|us|her|him)|battered|beaten|punched|kicked|strangled|choked|"
              r"throttled|attacked|stabbed|slapped|raped|leathered|lamped|smacked|pushed|headbutted|bit (?:me|us|her|him)|threw (?:me|us|her|him))")
# Back in minutes: "back in 5", "home in ten mins", "be back any minute".
_BACK_SOON = (r"(?:back|home|here) (?:in (?:a (?:sec|second|min|minute|mo|moment|bit)|(?:\d+|two|three|five|ten|fifteen|twenty|thirty|a few|a couple of)"
              r"(?: ?(?:mins?|minutes|secs?|seconds))?|half an hour|an hour)|any (?:minute|second|moment|time now))\b")
# Medicines people overdose on, by what they call them (UK brand and generic names, "the sleeping ones").
# Choking on a cough or a crisp, not at someone's hands.
# (forty-first round: a bone or a sweet, and patois "pon": "nearly choke pon a chicken bone, mi do di heimlich")
# The "now" of being well again ("fine now", "all ok now"), not of something happening.
_NOT_FINE_AGAIN = r"(?<!fine )(?<!ok )(?<!okay )(?<!better )(?<!alright )(?<!all right )(?<!good )(?<!safe )"
_NOT_ON_A_COUGH = (r"(?! (?:on|pon) (?:this|a|my|the|some|his|her|a bit of) (?:\w+ )?(?:cough|cold|food|dinner|tea|crisps?|sweets?|water|drink|toast|phlegm|pollen|"
                   r"hay ?fever|bones?|fishbones?|grapes?|nuts?|peanuts?|popcorn|crumbs?|chips?|sandwich|biscuits?|steak|meat|mints?|gum|lolly)\b)")
# (thirty-sixth round, self-harm) the two commonest names as they are misspelt in a hurry ("paracetemol", "paracetomol",
# "ibuprofin"), and a sleeping tablet in learner English's singular ("taken all my sleeping tablet")
_MEDS = (r"(?:pills|tablets|paracet[aeo]m[oa]l|painkillers|meds|medication|medicine|co-?codamol|codeine|tramadol|ibuprof[ei]n|nurofen|calpol|aspirin|"
         r"insulin|antidepressants|sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|diazepam|zopiclone|propranolol|lithium|"
         r"methadone|morphine|oramorph|oxycodone|fentanyl|pregabalin|gabapentin|quetiapine|olanzapine|sleeping (?:pills?|tablets?|ones)|sleepers)")
# What people say they will "die of" as a figure ("I'm going to die of embarrassment", "three weddings this weekend, I'm
# going to die of tiredness haha"): no wish to die (suicide_intent, _DYING_AS_A_FIGURE).
_WHAT_ONE_DIES_OF_AS_A_FIGURE = (r"(?:embarrassment|shame|boredom|laughter|laughing|cringe|heat|hunger|happiness|joy|excitement|pride|relief|jealousy|"
                                 r"tiredness|exhaustion|fatigue|stress|thirst)")
# Self-harm first: a message that says so also gets Samaritans (actions/danger.py), whatever else it says.
_SELF_HARM_PATTERNS = (
    # "an overdose of chocolate" is not one; "an overdose of my tablets" is.
    # (thirtieth round) a relapse with the whole bag or stash used at once ("relapsed last night and did the whole bag, heart
    # going mad"): a drug overdose in a user's words, the relapse said
    ("relapse_whole_bag", r"^(?=.*\brelaps\w*)(?=.*\b(?:done|did|took|taken|had|used|snorted|injected|smoked|necked) (?:the|my|his|her) (?:whole|entire|full) "
     r"(?:bag|stash|gram|g|lot|batch|wrap|score)\b)"),
    ("overdose", rf"\b(?:taken|took|take|taking|had|done|did) (?:an? )?(?:over ?dose|od)\b(?! of (?!(?:\w+ )?{_MEDS}))|\boverdos(?:ed|ing|e now)\b"),
    # Injected too ("just injected a load of insulin"), and counted by the pack ("took 3 strips of sertraline").
    # (thirty-fifth round, self-harm) a count hedged ("took like 16 paracetamol", "taken about 40 ibuprofen"), never a time,
    # money or a dose's unit ("took 20 mins to find the paracetamol", "took 10 mg of sertraline"); a whole box told without
    # its article ("took whole box diazepam")
    # (forty-fourth round) a count taken set against what the packet says ("I've taken 16, the packet says 8, is that ok?")
    ("taken_past_the_packet", r"\b(?:i'?ve|ive|i have|i|she'?s|he'?s|she has|he has) (?:just )?(?:taken|took|swallowed|had) (?:[5-9]|\d{2,})\b[^.?!]{0,40}\b"
     r"(?:packet|box|label|leaflet|bottle|instructions|doctor|pharmacist) (?:says?|said)\b"),
    ("swallowed_pills", r"\b(?:taken|took|take|swallowed|swallowing|swallow|had|necked|taking|eaten|ate|done|downed|popped|injected|injecting) (?:all|loads|a load|lots|a lot|the whole|"
     rf"a (?:whole )?(?:bottle|handful|packet|box|pack|strip|sheet|blister pack|tub)|whole (?:bottle|packet|box|pack|strip|sheet|blister pack|tub)|"
     r"(?:(?:like|about|around|roughly|nearly|almost|over|at least|maybe) )?(?:[5-9]|\d{2,})(?! ?(?:mins?|minutes|hours?|hrs?|secs?|seconds|days?|weeks?|months?|years?|yrs?|"
     r"quid|pounds?|p|%|mg|ml|mcg|g|am|pm)\b)|"
     # one's own whole pack ("took my whole box of sleepers"), not "took my box of tablets with me"
     rf"(?:my|her|his|their) (?:whole|full|entire) (?:bottle|packet|box|pack|strip|sheet|blister pack|tub))\b[^.?!]{{0,30}}?\b{_MEDS}\b|"
     # medicine saved up and then had all at once ("been saving my morphine up and ive just had it all"); insulin taken
     # from somewhere and injected ("injected the insulin i took from work")
     rf"\b(?:saving|saved|stockpil\w*|hoard\w*|storing|stored) (?:up )?(?:(?:my|her|his|their|the) )?(?:\w+ )?{_MEDS}\b[^.?!]{{0,40}}\b(?:had|taken|took|swallowed|necked|downed) "
     r"(?:it|them) all\b|"
     r"\binjected (?:the|some|all the|a load of|loads of) (?:\w+ )?insulin (?:i|that i|she|he) (?:took|nicked|stole|got) from\b|"
     # Twenty-sixth round: the rest of a medicine taken with drink or felt in the body ("i've had the rest of my
     # diazepam with a bottle of wine", "swallowed what was left of the codeine, my lips are tingling"), not the rest
     # of a course finished as told
     rf"\b(?:taken|took|swallowed|necked|had|downed) (?:all )?(?:the rest|what was left|whats left|what'?s left) of (?:my |the |her |his |their )?(?:\w+ )?{_MEDS}\b"
     r"(?=[^.?!]*\b(?:vodka|wine|whisky|whiskey|gin|rum|beer|cider|alcohol|booze|bottle of|feel\w* (?:\w+ )?(?:weird|strange|funny|sick|dizzy|faint|"
     r"drowsy|sleepy|wrong|spaced)|numb|tingl\w*|heart (?:is )?(?:racing|pounding|going)|can'?t (?:breathe|stay awake|keep my eyes open)|cant breathe)\b)|"
     r"\b(?:taken|took|swallowed|necked|eaten|ate|downed|popped|injected) (?:[2-9]|two|three|four|five|six|several|a few|a couple of) (?:whole )?"
     rf"(?:bottles|handfuls|packets|boxes|packs|strips|sheets|blister packs|tubs|pens)\b[^.?!]{{0,30}}?\b{_MEDS}\b|"
     # (fortieth round, self-harm) "had" packs of a medicine with the time since said ("had 2 packets of paracetamol an hour
     # ago"), never packs one has with one ("i had a couple of strips of ibuprofen in my bag")
     rf"\bhad (?:[2-9]|two|three|four|five|six) (?:whole )?(?:packets|boxes|packs|strips|sheets|blister packs) of (?:\w+ )?{_MEDS}\b"
     r"(?=[^.?!]{0,12}\b(?:(?:an?|\d+|one|two|three|four|five|ten|twenty) (?:hours?|hrs?|mins?|minutes) ago|just now)\b)|"
     rf"\b(?:drank|drunk|downed|necked|swallowed) (?:a |the )?(?:whole )?bottle of (?:\w+ )?{_MEDS}\b|"
     # learner English's present for what was just done ("i take many pill now", "i drink too many tablet now")
     r"\b(?:i|she|he) (?:take|took|taken|drink|drank|swallow|eat|ate) (?:so |too )?(?:many|much) (?:pill|pills|tablet|tablets|medicine|medicines)\b"
     r"(?= now\b|[^.?!]*[.?!,]\s*(?:maybe|about|like|around) \d+\b)|"
     # a bottle of drink downed with them ("drank a whole bottle of vodka with my tablets")
     # (twenty-seventh round: "had" or "finished" too: "i just had the whole bottle of vodka with the paracetamol")
     rf"\b(?:drank|drunk|downed|necked|had|finished|sank) (?:a |the )?(?:whole )?bottle of \w+ (?:with|and|on top of) (?:all )?(?:my|the|her|his|some|a load of) (?:\w+ )?{_MEDS}\b|"
     # (thirty-fifth round) a pack or all of them washed down with drink ("washed a pack of paracetamol down with wine"), not
     # pills washed down the sink
     rf"\bwash(?:ed|ing)? (?:all |loads of |a (?:whole )?(?:pack|packet|box|strip|handful|bottle|load|tub) of |(?:my|her|his|their|the) (?:whole |full |entire )?(?:pack|packet|box|strip|bottle|tub) of )"
     rf"(?:(?:my|her|his|their|the) )?(?:\w+ )?{_MEDS} down with\b|"
     # (thirty-sixth round, self-harm) the lot swallowed with a drink, the pills unnamed ("swallowed the lot with a can of
     # cider"): "swallowed", not a round of drinks necked nor a meal eaten
     r"\bswallowed (?:the (?:whole )?lot|them all|em all|all of (?:them|em)) (?:with|and) (?:a |some |my |half a |the )?(?:can|bottle|glass|pint|shot|cup|mug)s? of\b|"
     # All of someone's medicine, told after it: "took my mum's morphine, all of it".
     rf"\b(?:taken|took|swallowed|necked|downed|had|injected) (?:(?:my|her|his|their|the) )?(?:\w+'s )?(?:\w+ )?{_MEDS}(?: pens| patches| injections)?,? (?:all of (?:it|them)|the lot|every (?:last )?one)\b|"
     # What is left behind: an empty packet of someone's medicine.
     rf"\bempty (?:packets?|box(?:es)?|bottles?|strips?|blister packs?) of (?:\w+ )?{_MEDS}\b|"
     # (thirty-fifth round, self-harm) everything in the cupboard taken ("ive taken everything that was in the cupboard"),
     # not carried somewhere ("took everything in the cupboard to the tip"); the lot of one's medicine ("took the lot of my
     # tramadol"); a medicine or a poison taken on purpose ("taken too many of my insulin on purpose")
     r"\b(?:taken|took|swallowed|necked|downed) (?:everything|all) (?:that was |that'?s |thats |what was |what'?s |whats )?in (?:the|my|her|his|our|mums?'?|dads?'?) "
     r"(?:medicine |bathroom |kitchen |meds? )?(?:cupboard|cabinet|drawer)\b(?!\s+(?:to|out|into|back|down|up|with|for|and put|off)\b)|"
     rf"\b(?:took|taken|swallowed|necked|downed|had) the lot of (?:my|her|his|their|the) (?:\w+ )?{_MEDS}\b|"
     rf"\b(?:taken|took|swallowed|injected|had|drunk|drank|downed) (?:far |way )?(?:too (?:many|much)|some|all|loads|a load) (?:of )?[^.?!]{{0,30}}?\b(?:{_MEDS}|weed ?killer|bleach|poison)\b"
     r"[^.?!]{0,20}\bon purpose\b"),
    # (thirty-fifth round, self-harm) "some of the weedkiller", "the rat poison", "drink the toilet cleaner just now"
    # (fifty-second round: "taken" and "eaten" too, "Amma has taken rat poison, she is vomiting")
    ("poison", r"\b(?:drunk|drank|drinking|swallowed|swallowing|taken|eaten) (?:some (?:of )?|(?:a|half a|the) (?:bottle|cup|glass|mug|capful|cap|tub) of )?(?:the |my |her |his )?"
              r"(?:rat |slug )?(?:bleach|antifreeze|poison|weed ?killer|(?:drain|toilet|oven) cleaner|disinfectant|dettol|white spirit|screenwash|kerosene|paraffin|phenyl)\b|"
              r"\bdrinks? (?:some |the |a )?(?:bleach|antifreeze|poison|weed ?killer|(?:drain|toilet|oven) cleaner|kerosene|phenyl) (?:just now|right now)\b|"
     # ... as people with little English write it ("my friend at factory drink weed killer, he is on floor").
     r"\b(?:he|she|they|i|my (?!(?:dog|cat|puppy|pup|kitten|rabbit|hamster|horse|pony|goat|ferret)\b)\w+|friend|\w+ at (?:the )?\w+) (?:drink|drinks) (?:some |the |a )?(?:bleach|antifreeze|poison|weed ?killer|(?:drain|toilet|oven) cleaner)\b|"
     # (fifty-second round: "my baby swallowed some of my tablets i think, hes gone floppy")
     r"\b(?:toddler|baby|child|kid|son|daughter) (?:has |'s )?(?:swallowed|eaten|taken) (?:some of (?:my|his|her|the|mum'?s|dad'?s|nan'?s) |"
     r"(?:some|my|his|her|the|a|loads of) )?(?:\w+ )?(?:tablets|pills|medicine|bleach|batteries|battery|detergent|capsules)\b"),
    # (fifty-second round) a car's fumes let into a closed garage or through a hose ("he's got the car running in the garage with a hose in
    # the window")
    ("car_fumes", r"^(?!.*\b(?:fix\w*|repair\w*|mechanic|servic\w*|warm\w* (?:it |the engine |the car )?up|(?:garage )?door (?:is |'s )?(?:open|up))\b).*"
     r"(?:\b(?:car|engine)(?:'s| is)? (?:running|on|left running) in (?:the|a|his|her|my|their) (?:closed |locked |shut )?(?:garage|shed|lock-?up)\b|"
     r"\bhose(?:pipe)? (?:from|on|in|into|through|to) the (?:exhaust|car window)\b|\bhose(?:pipe)? (?:in|through|into) (?:the|his|her|their) (?:car )?window\b)"),
    # (forty-third round: not "she was cut herself", the passive's emphatic, of a mother's own cutting long ago)
    ("cut_self", r"\b(?<!\bwas )(?<!\bwere )(?<!\bgot )(?<!\bbeen )(?:cut|slit|slashed|slashing|cutting|burnt|burned|burning|hurt|hurting|harmed|harming) (?:myself|herself|himself|themselves|"
     r"(?:my|her|his|their) wrists?)\b|\b(?:just|(?<!\bwho )(?<!\bpeople )(?<!\bthose )have|(?<!\bwho)'ve|ive|i'?m|im) (?:just )?self[- ]?harm(?:ed|ing)\b|"
     r"\b(?:opened|sliced|slashed) (?:up )?(?:my|her|his) (?:arms?|legs?|wrists?|thighs?)\b|\bcut (?:my|her|his) (?:arms?|legs?|thighs?) (?:open|deep|badly|bad|really bad)\b|"
     # "i've cut deep this time", "just cut too deep"
     r"\b(?:i'?ve|ive|i have|i|just) (?:just )?cut (?:myself |my (?:arms?|legs?|wrists?|thighs?) )?(?:too |really |so |very )?deep(?:er)?\b(?!\s+(?:into|through) (?:the|a|some|that|this)\b)|"
     # (thirty-fifth round, self-harm) a limb just cut ("just cut my thighs in the bathroom"), not a leg cut shaving or on a
     # nail; "cut deep" opening a message; fuel poured on oneself ("today i pour the kerosene on me"); a weapon to be
     # turned on oneself ("got my bayonet out, I'm using it on myself tonight"), not clippers or a razor for one's hair
     r"\b(?:just|i'?ve just|ive just|i have just) cut (?:my|her|his) (?:arms?|legs?|thighs?|wrists?|stomach|belly)\b(?!\s+(?:on|open on|shaving|while|when|at|by)\b)(?![^.?!]*\bshav\w*)|"
     r"^\W*cut (?:too |really |so |very )?deep(?:er)?\b(?!\s+(?:into|through)\b)|"
     r"\b(?:i|i'?ve|ive|i have|i'?m|im|i am)\s+(?:just\s+|now\s+)?(?:pour\w*|douse\w*|doused|soak\w*|cover\w*) (?:the |some |a can of |a bottle of |all the )?"
     r"(?:petrol|kerosene|paraffin|lighter fluid|diesel|fuel|white spirit) (?:on|over) (?:me|myself)\b|"
     r"^(?!.*\b(?:shav\w*|trim\w*|fringe|hair|beard|massage|tattoo|clippers|glue)\b)(?=.*\b(?:knife|knives|blade|blades|razor|bayonet|gun|shotgun|rifle|pistol|machete|stanley)\b)"
     r".*\b(?:(?:i'?m|im|i am) (?:going to |gonna )?(?:use|using|turn|turning)|(?:i'?ll|i will|going to|gonna) (?:use|turn)) (?:it|them|this|that|(?:the|my|his|her) (?:\w+ )?\w+) on myself\b"),
    # (forty-eighth round) threatening to, of another ("One of my regulars is up on the pub roof threatening to throw himself off")
    ("suicide_intent", r"\b(?:going to|gonna|gna|about to|will|'ll|ll|want to|wanna|trying to|try to|tryna|threatening to|threatens to|i'?m|im|i am|he'?s|she'?s) "
     r"(?:kill myself|end (?:it all|it now|my life|my own life|everything)|take (?:my|her|his) (?:own )?life|"
     # (forty-fifth round: not a jump off the bar or onto a call, "one more pint tonight I'm gonna jump off the bar lol")
     r"commit suicide|jump(?! (?:off|on|onto|over|on top of) (?:the |a |my |this |that )?(?:bar|counter|table|sofa|couch|bed|chair|desk|stage|trampoline|bandwagon|queue)\b)"
     r"(?! (?:on|onto) (?:a |the |this |that |my )?(?:call|zoom|teams|bus|train|plane|tram)\b)|"
     r"hang myself|(?:step|walk|jump|throw myself) (?:in front of|under) (?:a|the) (?:train|lorry|bus|car|truck|traffic)|"
     r"throw (?:myself|himself|herself|themselves) (?:off|from)\b|"
     r"walk into (?:the sea|the river|traffic)|drown myself)\b|\b(?:and|then) kill myself\b|"
     # "end it" (one's life) with a time set ("going to end it tonight when they're asleep"), not a relationship
     # ended ("going to end it with him tonight") nor a thing ("end it tonight, the argument")
     r"\b(?:going to|gonna|gna|about to|will|'ll|i'?m|im|i am) end it (?:all )?(?:tonight|today|this (?:evening|afternoon|morning)|after (?:work|my shift|this)|when (?:they|he|she|everyone)(?:'re|'s| are| is)? (?:asleep|gone|out))\b(?! with\b)|"
     # one's own wish, not a threat to the listener ("you're gonna die this weekend")
     # (thirty-fifth round, self-harm) not a death one only thought was coming ("wore my binder too long, thought i was
     # gonna die lol")
     r"(?<!\byou're )(?<!\byoure )(?<!\byou are )(?<!\bur )(?<!\bu r )(?<!\bu are )(?<!\byou )(?<!\bu )(?<!\bwas )(?<!\bwere )\b(?:(?:want to|wanna) die\b|(?:going to|gonna) die\b"
     # (fifty-third round) not a figure's "die of" foretold ("I'm going to die of tiredness haha"); a wish to die is still one,
     # whatever of ("i want to die of embarrassment" is never overruled: the Samaritans answer is the cheaper mistake)
     rf"(?! of {_WHAT_ONE_DIES_OF_AS_A_FIGURE}\b))|\bsuicidal\b|"
     # (thirty-fifth round, self-harm) a jump now in learner English ("I go jump now sorry", "I am jumping now, nobody love
     # me"), a farewell or a height beside; not a pool, a trampoline or a plane
     r"^(?=.*\b(?:sorry|goodbye|bye|nobody|no one|noone|forgive me|window|roof|bridge|ledge|balcony|floor|car park|multi ?-?storey)\b)"
     r"(?!.*\b(?:trampoline|pool|diving|dive|bungee|parachute|skydiv\w*|plane|lake|sea|swim\w*|lol|haha|puddle|queue|bandwagon)\b)"
     r".*\b(?:i|i'?m|im|i am) (?:go |going to |gonna )?jump(?:ing)? now\b"),
    ("suicide_threat", r"(?:\b(?:going to|gonna|about to|will|and|then|threatening to|trying to)|'ll|\bll) kill (?:herself|himself|themselves)\b"),
    # (fifty-third round) at the water's edge, going in ("I'm stood by the canal at Aylestone and I'm going to go in, I cant do it
    # anymore"); at the top of a car park, not coming down ("I'm on the top floor of the Haymarket car park and I don't want to come
    # down"); the razor taken to oneself now ("I've got the razor and I've started, I can't stop")
    # (the writer's own going in: "she's going to go in" may be the dog's)
    ("going_in_the_water", r"^(?=.*\b(?:canal|river|reservoir|lake|sea|quarry|the soar|the water|weir|docks?)\b)(?!.*\b(?:swim\w*|paddl\w*|kayak\w*|canoe\w*|fishing|"
     r"wetsuit|boat|lol|haha)\b).*\b(?:i'?m|im|i am) (?:going to|gonna|about to) (?:go|jump|walk|step) in\b"),
    ("not_coming_down", r"^(?!.*\b(?:fix\w*|repair\w*|aerial|gutters?|roofer|tiles|cat|kitten|drone|protest\w*)\b)"
     r".*\b(?:top floor|roof|top) of (?:the |a )?(?:\w+ )?(?:car ?park|multi ?-?storey|flats|tower|building|block)\b[^.?!]{0,40}\b"
     r"(?:don'?t|dont|do not|not|never) (?:want to |going to |gonna )?(?:come|coming|get|getting) (?:back )?down\b(?![^.?!]{0,20}\b(?:till|until|before)\b)"),
    # (its start said alone or with no stopping: not "got the knife and I've started chopping")
    ("razor_started", r"\b(?:got|have|'ve got|holding) (?:the|a|my) (?:razor|blade|knife|sharpener blade)\b[^.?!]{0,25}\b(?:i'?ve|ive|i have) (?:started|begun)\b"
     r"(?=\s*(?:[,.!;]|$|now\b|and (?:i )?(?:can'?t|cant|cannot) stop))"),
    ("not_here_anymore", r"\b(?:don'?t|dont|do not) want to (?:be here|live|be alive|wake up)(?: any ?more)?\b[^.?!]{0,40}\b(?:going to|gonna|do it|tonight|now|pills|tablets)\b"),
    ("on_the_edge", r"\b(?:standing|stood|sat|sitting|i'?m|im|i am|up) on (?:the|a|top of (?:the|a)|top of) (?:train |railway |rail |motorway |car ?park |multi ?-?storey |hospital |flats'? |block of flats )?"
     r"(?:bridge|ledge|edge|roof|railway|tracks?|line|cliff|balcony|multi ?-?storey)\b|"
     # (thirty-sixth round) over the barrier at a height ("top floor of the car park ... i'm on the wrong side of it"), not the
     # wrong side of a road or of a queue
     r"^(?=.*\b(?:bridge|footbridge|flyover|car ?park|multi ?-?storey|roof|balcony|top floor|cliff|tower|viaduct)\b)"
     r".*\b(?:i'?m|im|i am|standing|stood|sitting|sat|climbed|got) (?:over |on |onto )?(?:the )?wrong side of (?:it|them|the (?:barrier|railings?|rail|fence|wall|edge))\b"),
    # The person's own goodbye or own "not here by morning", unless it is someone else's threat they report
    # ("he says im not gonna be here tomorrow" is a threat to kill, below).
    ("goodbye", r"^\W*(?:this is|its|it's) (?:goodbye|my goodbye)\W*$|\bgoodbye (?:forever|everyone|world)\b|"
     # a goodbye with the act said done ("bye. i've done it this time"), not a goodbye to a guest
     r"^\W*(?:goodbye|bye|byee+|ta ?ra)\W+(?:i'?ve |ive |i have )?(?:done it|did it|taken them)(?: this time| now| properly)?\W*$"),
    # "i won't be here tomorrow" said of oneself, not of a holiday, a shift or a trip ("i won't be here tomorrow,
    # i'm on holiday").
    ("not_here_tomorrow", r"^(?!.*\b(?:holidays?|hols|away|trip|travel\w*|visit\w*|staying|flying|flight|work|working|shift|course|conference|"
     r"festival|camping|wedding|funeral|moving|off sick|leave|half term|in (?:hospital|class|court)|at (?:my|the|work|school|uni|college)|"
     r"back (?:on|next|in|at|tomorrow)|appointment|interview|meeting|day off|session|lesson|class|rota|on call)\b)"
     r"(?:(?!\b(?:says?|said|saying|tell(?:s|ing)?|told|texted|texting|messag\w*|shout\w*|yell\w*|scream\w*|threat\w*)\b).)*?"
     r"\b(?:(?:i'?m|im|i am) not (?:going to|gonna)|(?:i|i'?ll|ill) (?:won'?t|wont|will not)) (?:be here|be alive|be around|wake up) "
     r"(?:by|in the|tomorrow|tonight|after tonight|this time tomorrow|much longer|for (?:much )?longer)"),
    # Pills taken and no idea how many ("took my nan's pills, idk how many").
    # (fifty-third round) a supply meant for days taken at once ("I've just taken my whole week of epilepsy meds at once"); pills taken and
    # a sorry or a goodbye as the whole message ("took pills. sorry")
    ("supply_at_once", rf"\b(?:taken|took|swallowed|necked|downed) (?:my|the|her|his|a) (?:whole|entire|full) (?:week'?s?|month'?s?|fortnight'?s?|box|packet|bottle|"
     rf"prescription|supply|strip)(?: (?:worth|supply))?(?: of)? (?:\w+ )?{_MEDS}\b(?! (?:for|to) (?:the|my|her|his) (?:trip|holiday|week away)\b)|"
     r"^\W*(?:i\s+|i'?ve\s+|i have\s+)?(?:just\s+)?(?:took|taken|swallowed) (?:all (?:the |my )?|loads of |some |the |my )?(?:pills|tablets|meds)\W+(?:sorry|bye|goodbye|love you(?: all)?)\W*$"),
    ("pills_uncounted", rf"(?<!n't )(?<!nt )(?<!not )(?<!never )\b(?:took|taken|swallowed|necked|downed|popped|eaten|ate|had)\b[^.?!]{{0,30}}?\b{_MEDS}\b[^.?!]{{0,25}}?"
     r"\b(?:idk|i don'?t know|i dont know|dont know|don'?t know|not sure|no idea|lost count(?: of)?|can'?t remember|cant remember)\s+how (?:many|much)\b"),
    # Hurting oneself with a sharp thing ("been scratching w a compass", "cutting my arm with a razor").
    # (thirty-fifth round, self-harm) done as well as doing ("cut my legs with the blade out of a sharpener"), not shaving
    ("sharp_on_self", r"\b(?:scratch\w*|cut|cutting|carving|slicing) (?:myself |(?:my|her|his) (?:arms?|wrists?|legs?|thighs?|skin) )?(?:with|w) "
     r"(?:a |my |the |his |her )?(?:compass|razor|razor blade|blade|sharpener blade|sharpener)\b(?![^.?!]*\b(?:shav\w*|by accident|accidentally)\b)"),
    # (thirty-fifth round, self-harm) someone's farewell just received or left, and then silence, a place or a means
    # (thirty-sixth round: empty blister packs in a photo sent are a means: "sent 'bye x' and a pic of empty blister packs")
    # ("sent me 'goodbye ...' and now she wont answer", "said bye, now his phones off", "left a note saying sorry for
    # everything and his cars gone"): a plain "bye" or "sorry for everything" only with a place or means beside (an ex's
    # apology and a blocked number is no emergency); never a flight, a move or a shift
    ("farewell_received", r"^(?!.*\b(?:plane|flight|boarding|airport|holiday|boat|cruise|battery|signal|moving|move|new job|leaving do|leaving party|retir\w*|funeral|shift)\b)"
     r"(?=.*\b(?:sent|send|texted|text|messaged|msg|message|snap\w*|posted|rang|phoned|called|left a note|note|letter)\b)"
     r"(?=.*\b(?:last time (?:you'?ll|you will|u'?ll|youll) (?:hear|see)|best thing (?:that ever happened )?in my life|i love you,? i'?m sorry|forgive me)\b|"
     r"(?=.*\b(?:(?:good)?bye|sorry for everything|thanks? (?:you )?for everything)\b)(?=.*\b(?:bridge|railway|tracks|railway line|car park|multi ?-?storey|roof|quarry|"
     r"river|canal|pills|tablets|rope|location|(?:car|van)'?s? (?:is )?gone|empty (?:blister packs?|packets|boxes|bottles|strips))\b))"
     r"(?=.*\b(?:not (?:picking up|answering|replying|responding)|(?:won'?t|wont|isn'?t|isnt|not|can'?t|cant) (?:answer|pick up|reply|respond)\w*|"
     r"phone(?:s|'s)?(?: is| are)? (?:off|dead|going (?:straight )?to voicemail)|location|(?:car|van)'?s? (?:is )?gone|(?:doesn'?t|doesnt|don'?t|dont|nobody) knows? where)\b)"),
    # A last message with the act or a farewell in it ("gnna do it tonite. ths is the last txt").
    ("last_message", r"^(?!.*\b(?:phone (?:dies|is dying|is about to die)|battery|signal|credit|before (?:i|we) (?:board|take off|go|leave|land|sleep))\b)"
     r"(?=.*\b(?:this is|this'?ll be|this will be|its|it'?s|here'?s) (?:my |the )?(?:very )?last (?:text|message|post)\b)"
     r"(?=.*\b(?:do it|end it|goodbye|love you|forgive me|tell (?:\w+ ){1,3}i love|(?:won'?t|wont) be here|can'?t do this|cant do this)\b)"),
    # Twenty-fifth round: learner English's singular after a number or "many" ("i take 20 sleeping pill just now", "she
    # took many pill"); someone else's medicine taken with one's own ("taken her morphine and mine")
    # (lead's review, thirty-fifth round) the means laid out ready ("I've got all my pills lined up"; "the tablets are counted
    # out on the table in front of me"), not a week's doses set out ("nan's got her pills lined up for the week")
    ("means_laid_out", r"^(?!.*\b(?:for the (?:week|day|morning|night|weekend)|dosette|pill ?box|organi[sz]er|blister pack for)\b)"
     rf".*\b(?:got|have|'ve got|ive got|i'?ve|are|is|'re|been) (?:all )?(?:my |the |her |his |their )?(?:\w+ )?(?:{_MEDS}|rope|noose|blades?|razors?)\b"
     r"[^.?!]{0,25}\b(?:lined up|laid out|counted out|all out in front of me|in a row)\b"),
    ("pills_counted_singular", r"\b(?:taken|took|take|swallowed|swallow|had|drink|drank|eat|ate) (?:[5-9]|\d{2,}|(?:many )?many|lots of|too many|so many) "
     r"(?:sleeping |pain ?killer |strong )?(?:pill|tablet|tablet of \w+|pill of \w+)\b|"
     rf"\b(?:taken|took|swallowed|had|necked|downed) (?:her|his|their|my \w+'s|mum'?s|dad'?s) (?:\w+ )?{_MEDS} and (?:all )?(?:mine|my own)\b"),
    # Twenty-sixth round: too much of a drug taken and felt in the body as they write ("relapsed last night, took far too
    # much, my chest is tight and im dizzy"), a relapse after time clean; not food, drink or time ("ate way too much")
    ("took_too_much", r"\b(?:took|taken|used|injected|snorted|smoked|swallowed|necked|dropped|popped) (?:way |far |much |so much |a lot |a bit )?too much\b"
     r"(?! (?:time|notice|interest|care|sun|food|of a|on)\b)"
     r"(?=[^.?!]*\b(?:feel\w* (?:\w+ )?(?:weird|strange|funny|sick|dizzy|faint|wrong|spaced|off)|dizzy|heart (?:is )?(?:racing|pounding|going|banging)|"
     r"chest (?:is )?(?:tight|hurting|pounding)|can'?t (?:breathe|stay awake|keep my eyes open|feel my)|cant breathe|numb|passing out|pass out|drowsy|"
     r"room (?:is )?spinning|being sick|throwing up)\b)"),
    # ... more of a medicine than one should ("she's taken more of her sleeping pills than she should", "took more
    # tablets than it says on the box"); shut in alone with a blade or pills ("he's locked himself in the loo with a razor")
    ("more_than_should", r"\b(?:taken|took|swallowed|had|necked) (?:a lot |far |way |much )?more (?:of )?(?:my |her |his |their |the )?(?:\w+ )?"
     rf"{_MEDS}\b[^.?!]{{0,20}}\bthan (?:i|she|he|they|you|it says|the box says|prescribed|i'?m meant|i'?m supposed)\b|"
     r"\b(?:locked|shut|barricaded) (?:herself|himself|themselves|myself) in (?:the|a|her|his|their|my) \w+(?: at \w+)? with (?:a |the |her |his |their |my |some )?"
     r"(?:razor|razors|blade|blades|knife|rope|pills|tablets|belt|cord)\b"),
    # ... and a rope or a noose put up ("i've got the rope up", "the noose is tied"), not for a game or a job
    ("rope_up", r"\b(?:got|put|tied|have|set|'ve got) (?:the|a|my) (?:rope|noose|ligature|cable|belt) (?:up\b|(?:tied )?(?:to|round|over|from) the "
     r"(?:beam|ban+ister|door|loft hatch|stairs|tree|rail|hook))\b"
     r"(?! for (?:the|a|an|our|my|his|her|their) )|\b(?:the|a) (?:rope|noose) is (?:up|tied|ready)\b"),
    ("pills_in_front", r"\b(?:got|have|holding) (?:the|all (?:the|my)|my|a) (?:pills|tablets|rope|noose|blade|razor)\b[^.?!]{0,20}\b(?:in front of me|ready|here|in my hand)"
     # not a rope ready for a game or a job ("for the tug of war")
     r"(?! for (?:the|a|an|our|my|his|her|their) )|"
     # (fifty-first round, what the retrained classifiers no longer held) the night named for it, or a rope or a noose got
     # beside a farewell ("tonight's the night i end it, got the rope, everyone will be better off")
     r"\b(?:tonight|today)(?:'s|s| is) the (?:night|day) (?:i|he|she) (?:end it|end it all|end everything|do it|kill (?:myself|himself|herself))\b|"
     r"\b(?:got|have|bought|found) (?:the|a|my) (?:rope|noose)\b(?! for\b)(?=[^?!]{0,60}\b(?:better off|end it|end it all|goodbye|say goodbye|"
     r"won'?t be here|not be here)\b)|"
     # ... or someone gone off with a gun or a rope, a note left ("my brother's gone up to the barn with the shotgun and left a note")
     # (not off to shoot: "took the gun to the range and left a note saying back at 6")
     r"\b(?:gone|went|taken|took)\b(?![^.?!]*\b(?:back at|back by|back in|back soon|range|club|clays?|pigeons|rabbits|vermin|hunting|shoot\w*)\b)"
     r"[^.?!]{0,40}\b(?:shotgun|gun|rifle|rope)\b[^.?!]{0,40}\b(?:left|leaving|wrote) (?:a|me a|us a|his|her) (?:note|letter)\b"),
    # Twenty-eighth round: a farewell with everything made ready, the act unnamed ("it's all sorted now. nobody will miss
    # me", "got it all planned, forgive me"): preparations said beside nobody caring or a goodbye, not a party or a move
    # got ready ("got everything ready for the party, sorry for the late reply" has neither)
    ("farewell_ready", r"^(?=.*\b(?:got|have got|'ve got|ive got|i have|have|it'?s|its|everything'?s|everything is|all) (?:everything |it |it all |all )?(?:all )?"
     r"(?:ready|sorted|planned|set up|prepared|in place)\b(?! (?:for (?!tonight|today|later|this (?:evening|afternoon|morning))|to go|when)\b))"
     r"(?=.*\b(?:(?:nobody|no one|noone|no-one) (?:cares?|(?:will|would|is going to|gonna)(?: even)? (?:care|miss me|notice|mind))|"
     r"better off without me|forgive me|goodbye (?:everyone|all|mum|dad|world)|this is goodbye)\b)"),
    # A car's exhaust piped in ("sat in the car with the engine running and the hose in").
    # (twenty-second round) "hosepipe" written as one word, and a few more words between ("a hosepipe coming in the
    # window, engine running")
    # (thirty-sixth round) ... or the car left running in a garage shut on the person ("I've got the car running in the
    # garage with the door shut"), not one warmed up with the door open
    ("exhaust", r"\bengine running\b[^.?!]{0,45}\b(?:hose(?:pipe)?|pipe|tube)\b|\b(?:hose(?:pipe)?|pipe|tube)\b[^.?!]{0,45}\b(?:exhaust|engine running)\b|"
                r"\b(?:car|engine|van)(?:'s| is)? (?:running|on)\b[^.?!]{0,25}\bgarage\b[^.?!]{0,30}\b(?:garage )?doors? (?:is |are )?(?:shut|closed|down|locked)\b"),
    # (thirty-fourth round) "took them all" of pills unnamed (not children taken out: "took them all to the park"); the
    # French "j'ai pris tous les cachets"; a cut that will not stop bleeding or went too deep
    # (lead's review at the merge: only with pills, a packet or a bottle named, or told alone; not the cupcakes the boys
    # took, nor the puppies)
    ("took_them_all", r"^(?:(?=.*\b(?:pills?|tablets?|meds|medication|medicine|paracetamol|co-?codamol|capsules|packets?|box|bottle|sleeping|overdos\w*|od)\b)"
     r".*|\W*(?:i\s+|i'?ve\s+|i have\s+)?(?:just\s+)?(?=(?:took|taken|swallowed|necked|downed) (?:them|em) all\b[^.?!,]{0,50}(?:[.?!,]|$)))"
     r"\b(?:took|taken|swallowed|necked|downed) (?:them|em) all\b(?!\s+(?:to|out|home|for|with|back|round|into|in|on|off|shopping|swimming|"
     r"bowling|along|away|there|up|down|over|apart|at|inside|outside|upstairs|downstairs)\b)"),
    # (twenty-fourth session) an attempt just made ("he's just tried to hang himself off the banister"); cutting that will
    # not stop ("came home and started cutting and I can't make myself stop"), not a haircut or a job; about to take the lot,
    # the pills or the boxes named ("bout to take the lot. 2 boxes"), not the rubbish to the tip
    ("attempt_just_now", r"\b(?:has|'s|s|have|'ve|ve) just (?:tried|attempted) to (?:(?:hang|kill|strangle|drown|gas|suffocate|poison|electrocute|hurt|cut) "
     r"(?:himself|herself|myself|themselves)|overdose|end (?:it all|his life|her life|my life|their life))\b"),
    ("cutting_wont_stop", r"\b(?:started|start|been|keep|kept|am|i'?m|im|she'?s|he'?s|is) cutting(?: (?:myself|herself|himself|again|my (?:arms?|legs?|wrists?|thighs?)))?\b"
     r"(?! (?:the|a|an|my|his|her|some|up|down|back|out|into|onions?|hair|grass|it|them|corners|costs?|ties|class|school)\b)[^.?!]{0,40}\b"
     r"(?:can'?t|cant|cannot|can not|won'?t|wont) (?:make (?:myself|herself|himself) )?stop\b"),
    ("take_the_lot", r"\b(?:about to|gonna|going to|i'?ll|i will) (?:take|swallow|neck|down) (?:the lot|them all|all of them)\b"
     r"(?! (?:to|of|home|back|up|down|out|in|round|over|with|swimming|shopping)\b)"
     rf"(?=[^?]*\b(?:{_MEDS}|pill|tablet|box|boxes|packs?|packets?|strips?|bottles?)\b)"),
    ("pills_in_french", r"\bj'?\s?ai (?:pris|aval[ée]|avale) tou(?:s|tes) (?:les|mes) (?:cachets|m[ée]dicaments|comprim[ée]s|pilules)\b"),
    # (a nose that won't stop bleeding is not a cut: wont_stop_bleeding reads bleeding with its cause)
    # (lead's review at the merge: a cut on the body, not an onion or a splinter)
    ("cut_too_deep", r"^(?!.*\b(?:onions?|veg\w*|wood|splinter|hedge|tree|plants?|paper|cardboard|cake|meat|chicken|fish|pruning|carving|lol|haha)\b)"
     r"(?=.*\b(?:cut\w*|blade|razor|self[- ]?harm\w*|wrists?|arms?|thighs?|legs?|skin|bleed\w*|blood)\b)"
     r".*(?:\b(?:intend|intended|mean|meant) to (?:go|cut) (?:so|that|too) deep\b|\b(?:went|gone|cut) (?:too|so|way too) deep\b"
     r"|\bkeeps? (?:coming out|pouring|gushing)\b[^.?!]{0,25}\bwhen i press\b)"),
)

# Countries someone may be in or move to, far from here (_ABROAD, _SAFE_NOW, sent_abroad_not_to_return).
_COUNTRY = (r"(?:spain|portugal|france|germany|italy|greece|cyprus|poland|romania|bulgaria|lithuania|latvia|"
            r"the netherlands|holland|belgium|america|the (?:us|usa|states|uae)|canada|australia|new zealand|dubai|thailand|turkey|jamaica|"
            r"nigeria|ghana|kenya|south africa|pakistan|india|bangladesh|somalia|iraq|iran|kurdistan|syria|afghanistan|albania|ukraine|"
            r"sudan|eritrea|ethiopia|yemen|libya|egypt|sri lanka|zimbabwe|congo|hong kong|china|vietnam|"
            # (fiftieth round) the home cities and regions Leicester's people name as the place ("he is gone back to Sylhet")
            r"sylhet|dhaka|chittagong|lahore|karachi|islamabad|mirpur|kashmir|gujarat|kerala|goa|delhi|mumbai|kolkata|lagos|abuja|accra|"
            r"nairobi|mogadishu|hargeisa|kabul|baghdad|erbil|damascus|aleppo|cairo|khartoum|addis ababa|asmara|harare|colombo|jaffna|bucharest|warsaw)")

# Each pattern on its own means danger now, unless a negation or a past time frame says otherwise.
# Someone feared, told anywhere in the message: one released, an ex, an abuser, a threat or fear (the thirty-fourth
# round's patterns of someone waiting or sat outside).
_FEARED_ONE = (r"(?:prison|jail|released|my ex|ex[- ]?(?:husband|wife|partner|boyfriend|girlfriend|bf)|hurt me|abuser|attacker|restraining order|"
                    r"non[- ]molestation|injunction|bail|scared|afraid|terrified|frightened|threat\w*|(?:who|that) (?:raped|attacked|beat|stalked|hurt))")
_PATTERN_SOURCES: tuple[tuple[str, str, str], ...] = (
    *((name, SELF_HARM, source) for name, source in _SELF_HARM_PATTERNS),
    ("here_now", "general", rf"\b{_WHO}\s*{_BE}\s+(?:right\s+|already\s+|just\s+)?(?:outside|here|downstairs|upstairs|at (?:the|my) (?:door|window|house|flat)|"
     rf"in (?:the|my|our) (?:back |front )?(?:house|flat|home|room|garden|yard|street|hallway|stairwell|porch)|in the (?:next|other) room|in my street|on my street|"
     rf"on (?:the|my|our) (?:drive|driveway|doorstep|landing|stairs|balcony)|there now|coming (?:back|over|for me|for us|here|round)|on (?:his|her|their) way|"
     # (fifty-third round) "my ex is across the road from the pharmacy again"
     rf"(?:across|over) the (?:road|street)|"
     rf"(?:standing|stood|sat|sitting|waiting|parked) (?:in|at|outside|by) (?:the|my|our) \w+)"
     # (forty-ninth round) not times counted over a year, nothing now ("He's just parked outside my gate a few times this year")
     r"(?!(?=[^.?!]{0,30}\b(?:a few|several|a couple of|many|loads of|lots of|\d+|two|three|four|five) times (?:this|last|in the past|over the) "
     r"(?:year|month|months|week|weeks|summer|winter)\b)(?!.*\bnow\b))"
     # "the lads outside have gone": the people who were there, gone now.
     r"(?!\s+(?:have|has|'ve|had|are|is)\s+(?:now\s+|all\s+|finally\s+|just\s+)?(?:gone|left|went|cleared off|run off|ran off|driven off|drove off)\b"
     r"(?!\s+(?:round|around|to|into|in|up|over|through|behind|down|back|for|with|and got)\b))"),
    # The one who hurt them is coming back any minute ("he done it an hour ago and hes only nipped to the offy,
    # back in 5"): the hurt told first or after, the return in minutes.
    ("back_any_minute", "general", rf"\b(?:he|she|they|my \w+)\b[^.?!]{{0,20}}?\b{_HURT_DONE}\b(?=.*\b{_BACK_SOON})|"
     rf"\b{_BACK_SOON}(?=.*\b(?:he|she|they|my \w+)\b[^.?!]{{0,20}}?\b{_HURT_DONE}\b)"),
    ("been_outside", "general", rf"\b{_WHO}\s*(?:has|'s|s|have|'ve) been (?:sitting|standing|waiting|parked)\b"
     r"[^.?!]{0,25}\b(?:outside (?:my|our|the) (?:house|home|flat|door)|at (?:the|my|our) (?:door|window)|in (?:my|our) (?:street|garden|road))"),
    ("outside_my", "general", r"\b(?:outside|at) my (?:door|house|flat|window|home|work)\s+(?:right )?now\b|"
     # the article dropped, as people with little English write it ("he is at door now")
     r"\b(?:he|she|they|my ex)\s*(?:is|'s|are|'re)\s+(?:at|outside) (?:door|house|window)\s+(?:right )?now\b"),
    # The one feared at the door with the "is" (and the "my") dropped, as a clause of its own, saying now ("ex on my
    # doorstep now", "stepdad outside the house again").
    ("at_the_door_unsaid_be", "general", r"(?:^|[.,;:!?]\s*)(?:my |the |her |his )?(?:ex|ex[- ]?(?:husband|wife|partner|boyfriend|girlfriend)|stalker|abuser|"
     r"attacker|husband|wife|partner|boyfriend|girlfriend|bf|gf|step ?dad|step ?father|step ?mum)\s+(?:(?:is|'s|s)\s+)?(?:right |still |already |back )?"
     r"(?:on|at|outside|by) (?:my|the|our) (?:front |back )?(?:doorstep|door|window|house|flat|gate|drive|driveway|work|car)\b"
     r"(?=[^.?!]{0,20}\b(?:now|right now|again)\b)"),
    # Twenty-sixth round: a weapon fetched out or down just now ("she's taken the rifle out of the gun safe", "he's got the
    # gun down from the loft"), not a thing named after one (a gun cabinet, a knife block)
    ("weapon_fetched", "weapon", rf"\b(?:has|'s|have|'ve|just|has just|'s just) (?:taken|took|got|gotten|fetched|brought|grabbed) (?:the|a|his|her|their|my|our) "
     rf"(?:\w+ )?{_WEAPON}\b{_NOT_A_THING_NAMED} (?:out|down)\b"),
    ("weapon", "weapon", rf"\b(?:has|has got|'s got|’s got|got|have|holding|waving|pulling out|pulled out|pulled|pulling|brandishing|"
     rf"sharpening|pointing|swinging|put|grabbed|picked up|brought|flashed|flashing|loading|loaded|aiming)\s+{_A_WEAPON}|"
     rf"\b{_WHO}\s*{_BE}\s+carrying\s+{_A_WEAPON}|"
     # a tool held, the article dropped as people with little English write it, with a threat to use it beside ("he has
     # hammer. he say he will hit me")
     rf"\b(?:he|she|they|my \w+)(?:'s|s)?\s+(?:has|has got|got|have|holding|is holding|take|took)\s+(?:a |an |the |his |her )?{_TOOL}\b"
     r"(?=[^?]*\b(?:will|gonna|going to|'ll|say|says|saying)\b[^.?!]{0,30}\b(?:break|smash|hit|kill|hurt|use it on|batter|crack|bash|stab|beat)\b "
     r"(?:me|us|her|him|my|our|the kids|the baby)\b)|"
     rf"\b(?:turned up|showed up|arrived|come round|came round|come back|came back|here|back|there(?:'s| is| are)\b[^.?!]{{0,30}}?)\s*with\s+{_A_WEAPON}|"
     # A stranger seen with one: "a bloke on the bus with a big blade".
     rf"\b(?:a|the|some) (?:man|woman|guy|lad|lads|gang|group|bloke|geezer|fella|kid|kids|boy|boys|men)\b[^.?!,]{{0,25}}?\s(?:with|w)\s+{_A_WEAPON}"),
    # The weapon's name shouted as a sentence of its own ("he's got something in his hand. KNIFE. hes in the living
    # room"): capitals only, so a calm "knife." in a list is not one.
    ("shouted_weapon", "weapon", r"(?-i:(?:^|(?<=[.!?,:;])|(?<=[.!?,:;]\s))\s*(?:KNIFE|KNIVES|GUN|GUNS|MACHETE|AXE|BLADE|SWORD|SHOTGUN|CROSSBOW)(?=\s*(?:[.!?,;]|$)))"),
    ("tool_as_weapon", "weapon", rf"\b(?:holding|waving|swinging|brandishing|pointing|coming at (?:me|us|her|him) with)\s+(?:a|an|his|her|their|the|some)?\s*{_TOOL}\b"),
    ("pointing_at", "weapon", r"\bpointing (?:it|a \w+|the \w+|something) at (?:me|us|her|him|my \w+)\b|"
     r"\b(?:aiming|flashing|brandishing) (?:it|them) (?:at|out of|out the|towards|in)\b|"
     # (twenty-second session) a weapon held pointed at someone, whoever's it was ("my brother has my dad's air rifle
     # pointed at mum"), or "it" after the weapon was named; a camera or a finger "pointed at my house" is no weapon
     rf"\b(?:has|have|'s got|’s got|got|holding|is holding)\s+(?:[\w'’]+\s+){{0,4}}?{_WEAPON}\s+(?:pointed|aimed)\s+(?:at|towards)\s+"
     r"(?:me|us|her|him|them|my \w+|our \w+)\b|"
     rf"\b{_WEAPON}\b[^?]{{0,80}}\b(?:has|have|'s got|’s got|got) (?:it|them) (?:pointed|aimed) (?:at|towards) (?:me|us|her|him|them|my \w+|our \w+)\b"),
    ("coming_at", "weapon", rf"\b{_WHO}\s*{_BE}\s+coming at (?:me|us|her|him|my \w+)\b"),
    # (twenty-sixth round: a side, the ribs, a back or a belly too: "a blade to my ribs")
    ("knife_to", "weapon", rf"\b(?:{_WEAPON}|{_TOOL}) (?:to|at|against|in|into) (?:my|her|his|their|our) (?:throat|neck|head|chest|face|side|ribs|back|"
     r"stomach|belly|tummy|gut|waist|cheek)\b"),
    ("threat_to_kill", "threat_to_kill", r"(?:\b(?:going to|gonna|gna|will|is going to|'s going to|about to|threatening to|trying to|coming to|"
     r"coming (?:round |over |here |back )to|on (?:his|her|their) way to)|(?<!\bi)'ll|(?<=\s)ll)\s+(?:kill|stab|shoot|hurt|strangle|burn|murder|slit|batter|"
     # (twenty-seventh round) not one's belongings ("he always says he'll burn my stuff"): a threat to property, not to a life
     # (forty-second round) nor someone's hair ("aunty will cut my daughter's hair on saturday")
     r"finish|end|cut|murk|merk|shank|bury|drown)\s+(?:me|us|(?:my|her)(?!\s+(?:\w+'?s\s+)?(?:stuff|things|clothes|photos|pictures|letters|books|diary|papers|"
     # (fifty-first round) nor one's studies or work ("my father said I will finish my degree at De Montfort first")
     r"documents|notes|homework|bag|bags|hair|fringe|nails|plans|chances|career|reputation|degree|studies|course|exams?|education|"
     r"gcses?|a[- ]?levels?|apprenticeship|training|shift|hours|contract)\b)|him|them|the kids|the baby|the (?:dog|cat))\b|"
     r"\bput (?:me|us|her|him) (?:in the ground|six (?:foot|feet) under)\b|"
     # a bone or a head to be broken ("he say he will break my head", "gonna smash your skull in"), not a heart
     r"(?:\b(?:going to|gonna|gna|will|is going to|'s going to|about to|threatening to|coming to)|(?<!\bi)'ll|(?<=\s)ll)\s+(?:break|smash|cave|crack|bash|kick|split) "
     r"(?:(?:my|her|his|our|their) |(?:me|her|him) (?:by the |in the ))(?:head|skull|face|legs?|neck|jaw|arms?|bones|teeth)\b|"
     r"(?:\b(?:going to|gonna|will|coming to)|'ll|(?<=\s)ll)\s+do (?:me|us|her|him) in\b|"
     r"\b(?:tonight|today) (?:i|you|we) die\b|\b(?:i|you|we)(?:'ll| will| are going to|'re going to|'m going to| am going to) die (?:tonight|today)\b|"
     r"\b(?:you|u)(?:'ll| will| are going to|'re going to| r going to| are gonna|'re gonna| r gonna| gonna) (?:all )?die "
     r"(?:tomorrow|this (?:week|weekend|month)|soon|before (?:the )?(?:morning|weekend)|by (?:the )?(?:morning|weekend|friday|saturday|sunday|monday))\b|"
     r"\bcoming (?:round |over |here |back )?to get (?:me|us|her|him|them)\b|\b(?:he|she|they) kills? (?:me|us)\b|"
     # The threat in the present progressive, in someone's reported words ("says hes killing me tonight").
     r"\b(?:says?|said|saying|told (?:me|us)|texted|texting|shouting|screaming|yelling)\s+(?:that\s+)?(?:he'?s|she'?s|they'?re|he is|she is|they are)\s+"
     r"(?:killing|stabbing|murdering|ending|burying|shooting)\s+(?:me|us|you|her|him|them)\b"),
    # Twenty-fifth round: learner English's "he come and kill my husband", "they coming and kill us"; the threat's own
    # words reported with a now ("say i kill you today"); not to finish a shift or leave a place alive; a home to be
    # burnt with someone in it ("he say he will burn it with me inside")
    ("come_and_kill", "threat_to_kill", r"\b(?:he|she|they|he'?s|she'?s|they'?re|hes|shes) (?:will |gonna |going to )?(?:come|coming) (?:and|to|for) "
     r"(?:kill|stab|shoot|murder|burn|finish) (?:me|us|you|him|her|them|my \w+)\b|"
     r"\b(?:say|says|said|saying|shout\w*|tell\w*|told me) (?:i|we)(?:'ll| will| gonna)? (?:kill|murder|stab|shoot) (?:you|u)\b(?=[^.?!]*\b(?:today|tonight|now|this moment)\b)|"
     r"\b(?:won'?t|wont|will not|not gonna|not going to|never) (?:finish|survive|get through|leave|get out of|make it (?:through|out of)) (?:this|the|your|ur|here|there)\b"
     r"(?: (?:shift|day|night|week|house|flat|place|building|room|car))? alive\b|"
     r"\bburn (?:it|the house|the flat|the place|the door|the car|us|them)(?: down)? with (?:me|her|him|us|them|the kids|my \w+) (?:inside|in it|in there|in)\b"),
    ("says_im_dead", "threat_to_kill", r"\b(?:says?|saying|said|texted|texting|messag\w*|voicemail|shouting|screaming|yelling|telling|told|tells|phoned|rang)\b[^.?!]{0,25}"
     r"\b(?:i'?m|im|i am|you'?re|youre|you are|we'?re|we are) (?:dead|a dead (?:man|woman|girl))\b(?!\s+to\b)"),
    # A death foretold in someone's words: "we'll all be dead by morning", "not gonna be here tomorrow",
    # "the last night I'll ever see", "say goodbye to your mum", "dig your own grave".
    ("farewell_threat", "threat_to_kill", r"\b(?:says?|saying|said|texted|texting|sent|sending|messag\w*|voicemail|shouting|screaming|yelling|telling|told|tells|phoned|rang|whisper\w*)\b[^.?!]{0,40}"
     r"(?:\b(?:dead|gone) (?:by|before) (?:the )?(?:morning|tonight|tomorrow|the weekend)\b|"
     r"\bnot (?:gonna|going to) (?:be here|be alive|live|see|make it)\b|\b(?:won'?t|wont|will not) (?:be here|be alive|be breathing|live to see)\b|\blast (?:night|day) (?:i'?ll|ill|i will|you'?ll|youll|you will|we'?ll|we will) ever see\b|"
     r"\bsay (?:goodbye|bye|your goodbyes|ur goodbyes|my goodbyes|your prayers|ur prayers)\b|\bdig (?:your|ur|my|our) (?:own )?graves?\b|\bwrite (?:a|your|ur|my) will\b)"),
    # (forty-fourth round: told of her, and the morning without its "the": "telling her she won't see tomorrow", "I won't see
    # morning")
    ("wont_see_tomorrow", "threat_to_kill", r"\b(?:(?:i|we|you) (?:won'?t|wont|will not|are not going to|aren'?t going to) (?:see|live to see|survive|make it (?:to|through))|"
     r"(?:telling|told|tells|says?|said|saying|shouting|screaming|yelling) (?:her |him |them )?(?:that )?(?:she|he|they) (?:won'?t|wont|will not|is not going to|"
     r"isn'?t going to|are not going to|aren'?t going to) (?:see|live to see)) (?:tomorrow|tonight|morning|the (?:night|morning|weekend))\b(?!'s|s\b)"),
    ("help_now", "general", r"\b(?:help me|help us|need help|send help|i need the police|call the police|call 999|get the police|send (?:the )?police)\s*(?:right\s+)?(?:now|quick|quickly|please now|asap|!+)"),
    ("help_shout", "general", r"^\W*(?:help me|please help(?: me)?|help me please|(?:somebody|someone) help(?: me)?|help+\s*!+|sos|"
     r"(?:please )?send (?:help|someone|somebody|an ambulance|the police|police)(?: please| now| quick)?|(?:call|get) the police|call an ambulance)\W*$|"
     r"\b(?:can|could|will) (?:you|u) (?:please |pls |plz )?send (?:someone|somebody|help|the police|police|an ambulance|officers)\b"),
    # The danger's name and nothing else, as a panicked or hiding person types it ("knife", "a gun!!", "trapped",
    # "fire help"): a message of one such word has no account around it (a question mark makes it one: "knives?").
    ("weapon_alone", "weapon", rf"^\W*(?:(?:a|an|the|his|her|big)\s+)?{_WEAPON}(?:\W+(?:help|please|pls|plz|now|quick))*[^\w?]*$"),
    ("trapped_alone", "held_captive", r"^\W*(?:(?:i'?m|im|i am|we'?re|we are)\s+)?(?:trapped|locked in|shut in)(?:\W+(?:help|please|pls|plz|now|quick))*[^\w?]*$"),
    ("fire_alone", "fire", r"^\W*(?:fire|there'?s a fire|on fire)(?:\W+(?:help|please|pls|plz|now|quick))*[^\w?]*$"),
    ("choked_alone", "strangulation", r"^\W*(?:(?:i'?m |im |i am |being |getting )?(?:choked|strangled|throttled)|(?:he'?s |hes |she'?s |he is |she is )?(?:choking|strangling) me)"
     r"(?:\W+(?:help|please|pls|plz|now|quick))*[^\w?]*$"),
    ("bleeding", "general", rf"\b(?:i'?m|i am|im|she'?s|he'?s|they'?re|my \w+ is)\s+(?:badly\s+)?(?:bleeding|unconscious|choking{_NOT_ON_A_COUGH})\b"),
    # Someone who cannot be woken is a medical emergency, whatever caused it.
    ("wont_wake_up", "general", r"\b(?:won'?t|wont|will not|isn'?t|isnt|is not|not|can'?t|cant) (?:wake|waking|be woken) up\b"),
    ("not_breathing", "general", r"\b(?:isn'?t|isnt|is not|not|stopped|can'?t|cant|cannot|couldn'?t|couldnt) breath(?:e|ing)\b"),
    ("being_hurt", "general", rf"\b{_WHO}\s*{_BE}\s+(?:hitting|beating|kicking|punching|strangling|choking|stabbing|attacking|hurting|raping|dragging|chasing|"
     # (twenty-fifth round) "laying into me", "still going at him", "shoving mum round the kitchen"
     r"laying into|going at|setting about|piling into|shoving (?:\w+ ){1,2}(?:round|around|about)|"
     rf"throttling|shaking|smothering|suffocating|smashing (?:everything|things|the place|the house|it up|up)|throwing (?:things|stuff|\w+) at|"
     rf"throwing (?:me|her|him|us|my \w+) (?:against|into|down|at|across)|battering|slapping|biting|burning|whipping|stamping on|headbutting|"
     rf"guarding the door|driving off with (?:my|our|the) \w+|{_SLANG_HITTING})\b"),
    # Someone being hurt now, whoever is doing it ("a bloke across the road is leathering a little kid").
    ("hurting_a_child", "child_in_danger", rf"\b(?:is|are|'s|'re)\s+(?:still\s+)?(?:{_VIOLENCE_ING}|{_SLANG_HITTING}|hurting|slapping|dragging|shaking)\s+"
     rf"(?:a|an|the|his|her|their|my|our|some|this|that)\s+(?:(?:little|young|small|tiny)\s+)?{_CHILD}\b"),
    ("hurting_someone", "general", rf"\b(?:is|are|'s|'re)\s+(?:still\s+)?(?:{_VIOLENCE_ING}|{_SLANG_HITTING}|hurting|slapping|dragging|strangling|throttling)\s+"
     r"(?:a|an|the|his|her|their|my|our|some|this|that)\s+(?:(?:young|old|pregnant|poor)\s+)?(?:girl|woman|man|lady|guy|bloke|person|wife|husband|partner|"
     r"girlfriend|boyfriend|mum|mother|dad|brother|sister|friend|mate|neighbou?r)\b"),
    # What a witness sees or hears happening ("watching a bloke choke a girl", "i can hear him hitting her").
    ("witnessed", "general", r"\b(?:watching|i can see|can see|i can hear|can hear|i see|i hear|just saw|just seen)\s+(?:\w+\s+){0,3}?"
     r"(?:hit|hitting|punch|punching|kick|kicking|beat|beating|batter|battering|strangle|strangling|choke|choking|stab|stabbing|attack|attacking|"
     r"drag|dragging|slap|slapping|hurt|hurting|leather|leathering|throttle|throttling|stamp on|stamping on)\s+(?:a|an|the|her|him|them|his|my|some|this|that)\b|"
     r"\b(?:i can hear|can hear|i hear|hearing)\s+(?:a|the|my)?\s*(?:woman|man|girl|lady|someone|somebody|neighbou?r|her|him|them)\b[^.?!]{0,25}\b"
     r"(?:screaming|yelling|shouting|crying|begging) (?:for help|stop|help|no|get off|leave (?:me|her|him) alone|please)\b"),
    # Being beaten now, as people say it ("getting battered", "gettin strangled", "getting a kicking").
    ("getting_hurt", "general", r"(?<!of )(?<!about )(?<!avoid )(?<!after )(?<!from )(?<!since )\bgetting (?:battered|beaten(?: up)?|leathered|lamped|strangled|strangld|choked|throttled|"
     r"stabbed|kicked|punched|attacked|jumped|rushed|glassed|mugged|raped|dragged|smothered|grabbed|stamped on)\b|\b(?:getting|being given) a (?:kicking|beating|hiding|battering|leathering|good hiding)\b|"
     # ... and a head or a face done in ("guys getting his head stamped on", "getting her face kicked in").
     r"\bgetting (?:his|her|their|my|some \w+'?s?) (?:head|face) (?:stamped on|kicked in|smashed in|caved in|kicked|punched in)\b"),
    ("being_hurt_passive", "general", r"\b(?:i'?m|i am|im|we'?re|we are)\s+being\s+(?:followed|attacked|chased|hurt|hit|beaten|stabbed|strangled|kidnapped|held|kept)\b|"
     # (fifty-third round) someone dragged as the writer watches ("woman being dragged by her hair across the car park")
     r"\b(?:being|getting) dragged (?:by (?:her|his|their|the) hair|along the (?:floor|ground|road|pavement)|across the (?:floor|ground|road|car ?park|street|pavement)|"
     r"(?:out of|into) (?:a|the|his|her) (?:car|van|house|flat))\b"),
    # (fifty-third round) a tracker found and its owner placing the writer now ("found an airtag sewn into my coat lining and he's texted
    # 'nice to see you in the Co-op' - I'm still in the Co-op")
    ("tracked_here_now", "released_or_found", r"^(?=.*\b(?:air ?tags?|trackers?|tracking device|gps tracker|tile tracker)\b)"
     r"(?=.*\b(?:(?:i'?m|im|i am) still (?:in|at|here)|(?:he|she|they) must be (?:here|near|close|nearby|watching)|(?:he|she|they) (?:knows?|knew) where i am (?:right )?now)\b)"),
    # (fifty-third round) a hijab or a turban pulled as the writer watches ("Man pulling the girls hijab on the number 31 bus right now")
    ("pulling_off_hijab", "general", r"\b(?:pulling|ripping|tearing|yanking|grabbing) (?:off )?(?:the |a |her |my |his |their |this |that )?(?:girls?'? |woman'?s |women'?s |lady'?s )?"
     r"(?:hijab|headscarf|head ?scarf|turban|patka|niqab|kippah|dupatta)s?\b(?! (?:down|up|on (?:properly|again|tight)|over (?:her|his|my|their) (?:face|head|hair|ears)|straight|back|forward|tighter|into place)\b)"),
    # (fifty-third round) a window smashed and those who did it still heard or seen there ("They've smashed my front room window ... I can
    # still hear them laughing at the end of the path")
    ("smashed_and_still_there", "attack_on_home_now", r"^(?!.*\b(?:football|ball|cricket|playing|accident\w*|lol|haha)\b)(?=.*\b(?:smashed|broken|broke|put through|kicked in|bricked)\b[^.?!]{0,30}\b(?:windows?|doors?)\b)"
     r"(?=.*\b(?:can still (?:hear|see) (?:them|him|her)|(?:they'?re|theyre|they are|he'?s|he is) still (?:outside|there|out there|at the end)|"
     r"(?:hear|see) them (?:outside|laughing|shouting) (?:at|on|in|outside))\b)"),
    # (fifty-third round) a witness's message on a group attacking someone ("group of lads stamping on a man outside the Co-op ... he's
    # not moving"); a gun outside the home in three fragments ("gun. outside. my house")
    ("group_attacking_someone", "general", r"\b(?:lads|men|boys|blokes|guys|youths|group of \w+|gang(?: of \w+)?)\s+(?:are\s+)?(?:stamping on|kicking|punching|beating|"
     r"battering|attacking|jumping|laying into|kicking in) (?:a|an|the|this|some|that) (?:old |young |little )?(?:man|woman|lad|boy|girl|guy|bloke|kid|person|lady|fella)\b"),
    ("weapon_outside_in_fragments", "weapon", r"^\W*(?:a |there'?s a |man with a |guy with a )?(?:gun|knife|machete|shotgun)\W+outside\W+(?:my|our|the) (?:house|flat|door|home)\W*$"),
    # (fifty-third round) someone held against a wall by those attacking them ("four blokes got out of a car and started on my dad ... they've
    # got him up against the wall")
    ("held_against_the_wall", "general", r"\b(?:they'?ve|theyve|they have|he'?s|hes|he has|she'?s|she has|they'?re|he is|she is|they are)\s+(?:got|holding|pinning|pinned)\s+"
     r"(?:him|her|me|us|my (?:dad|mum|mom|brother|sister|son|daughter|friend|mate|husband|wife|partner|boyfriend|girlfriend))\s+(?:up\s+)?against (?:the|a) (?:wall|car|fence|door|railings?)\b"),
    # (fifty-third round) a weapon taken up with the word that it is for the writer ("my husband take the axe from the shed, he say he
    # will use it on me")
    ("weapon_to_be_used_on_me", "weapon", r"^(?=.*\b(?:axe|knife|knives|machete|hammer|bat|gun|blade|crowbar|screwdriver|scissors|cleaver|meat cleaver|iron bar|spanner)\b)"
     r".*\b(?:will|'ll|gonna|going to|go) use (?:it|that|this|them|the \w+) on (?:me|us|her|him|my (?:kids|children|son|daughter|baby|wife|husband)|the (?:kids|children|baby))\b"),
    # (fifty-third round) the night said to be the writer's last by the one with them ("he holds my phone and say this is the last night I
    # live")
    ("last_night_alive", "threat_to_kill", r"\b(?:says?|said|saying|told me|tells me|texted|shouting|screaming|keeps saying)\b[^.?!]{0,15}\b(?:this is|tonight is|today is|it'?s|its) "
     r"(?:the|my|your|ur) last (?:night|day) (?:i|you|u) (?:live|will live|am alive|are alive|be alive|breathe)\b|"
     r"\b(?:says?|said|saying|told me|tells me|texted)\b[^.?!]{0,15}\b(?:tonight|today|this) is (?:your|ur) last (?:night|day)(?: alive| on earth)?\W*(?:$|[.!])"),
    # (fifty-third round) locked in by the one holding them, the way out shut ("The agency man keep our passports and lock the house, we
    # cannot go out"); its "cannot" is the danger
    ("locked_and_cannot_go_out", "held_captive", r"^(?=.*\b(?:he|she|they|boss|man|agent|husband|wife|dad|uncle|brother)\b[^.?!]{0,40}\block(?:s|ed|ing)? (?:the|our|my|us in the) "
     r"(?:house|door|doors|flat|room|gate)\b).*\b(?:we|i) (?:cannot|can'?t|cant|can not) (?:go|get) out\b"),
    # ... and with the "I'm" dropped, as the message's first words ("being jumped. highfields park. help"); a habit
    # said with it ("being followed every day") is an account.
    ("being_hurt_unsaid_who", "general", r"^\W*being (?:followed|attacked|chased|hurt|hit|beaten(?: up)?|stabbed|strangled|kidnapped|jumped|mugged|robbed|raped)\b"),
    ("has_been_hurt", "general", r"\b(?:has|'s|have|'ve|ive|just|(?<=\bhe )|(?<=\bshe )|(?<=\bthey )) ?(?:just )?been (?:stabbed|shot|glassed|strangled|choked|beaten up|attacked|raped|"
     r"grabbed|snatched|abducted|bundled into|dragged into)\b"),
    ("intruder", "attack_on_home_now", r"\bthere(?:'?s| is| are) (?:someone|somebody|a man|a woman|a guy|people|men) (?:in|outside|at) (?:my|the|her|his|our) (?:house|flat|garden|door|window|room|bedroom|home)\b|"
     # ... with the "there's" dropped, as the message's first words ("somebody in my house. i hear them downstairs")
     r"^\W*(?:someone|somebody|some ?one|a man|men|strangers?|intruders?)\s+(?:is\s+|'s\s+)?(?:in|inside) (?:my|our) (?:house|flat|home|bedroom|room)\b|"
     # (fifty-third round) ... or the whole message that they are in ("they're inside the house")
     r"^\W*(?:they'?re|theyre|they are|he'?s|hes|he is|she'?s|shes|she is)\s+(?:now\s+|already\s+)?inside (?:the|my|our) (?:house|flat|home)\W*$"),
    ("turned_up_at", "general", r"\b(?:turned up|showed up|rocked up) (?:at|outside) (?:my|our) (?:new )?(?:place|house|home|flat|door|work|refuge)\b|"
     r"\b(?:has |'s |'ve |have )?just (?:rung|rang|knocked on|banged on) (?:the|my|our) (?:door ?bell|bell|door|window)\b"),
    ("arrived", "general", r"\b(?:just|has just|'s just|'ve just|have just) (?:turned up|arrived|showed up|got here|walked in|walked into (?:my|our|the) \w+|broken in|broke in|"
     r"(?:broken|broke|kicked|smashed) (?:the|my|our) (?:door|window)s?(?: down| in)?|"
     r"(?:come|came|climbed|got) (?:in )?(?:through|over|thru) (?:the|my|our) (?:back |front |side )?(?:gate|door|window|fence|wall)|barged in|forced (?:his|her|their) way in)\b"),
    ("hiding", "general", r"\b(?:i'?m|i am|im|we'?re|we are) (?:hiding|trapped)\b"),
    ("threatened_with_weapon", "weapon", rf"\bthreatening (?:me|us|her|him|them) with (?:a|an|his|her|their)?\s*(?:{_WEAPON}|{_TOOL})\b"),
    ("strangled", "strangulation", rf"\b(?:strangled|strangld|strngled|strngld|stranggled|choked|throttled|suffocated|smothered|strangling|choking|throttling|suffocating|smothering) {_PERSON}\b|"
     r"\b(?:got|been|being|getting) (?:strangled|strangld|choked|throttled|smothered)\b"),
    # Going for the throat: "he just went for my throat", "he had my throat".
    ("went_for_the_throat", "strangulation", rf"\b(?:gone|went|going|lunged|came|come) for (?:my|her|his|their) {_NECK}\b|\b(?:had|has|got|grabbed) (?:my|her|his|their) {_NECK}\b"),
    # Twenty-fifth round: a cry to be let out or let go heard as they write ("a girl is screaming let me go", "banging on
    # the window shouting let me out"), someone held now, whoever tells it.
    ("cry_to_be_let_out", "held_captive", r"\b(?:shouting|screaming|yelling|crying|begging|calling|sobbing|pleading)(?: out)?,?\s*[\"']?"
     r"(?:please )?let (?:me|us) (?:out|go)\b"),
    ("tried_to_strangle", "strangulation", r"\b(?:tried|trying|tries|try|attempted|attempting) to (?:strangle|choke|throttle|suffocate|smother)\b"),
    ("by_the_throat", "strangulation", rf"\b(?:by|round|around) (?:the {_NECK}|{_WHOSE_NECK})\b"),
    ("hands_on_neck", "strangulation", rf"\b(?:hands?|arms?|forearm|elbow|belt|rope|cord|scarf|wire|knee|foot) (?:are |is )?(?:round|around|on|over|across) {_WHOSE_NECK}\b"),
    ("squeezing_neck", "strangulation", rf"\b(?:squeez|gripp|grabb|press|crush)(?:ed|ing) (?:down )?(?:on )?(?:my|her|his|their) (?:{_NECK}|windpipe)\b|\bchoke ?hold\b|\bhead ?lock\b"),
    ("smothered", "strangulation", r"\b(?:pillow|bag|hand|hands) (?:over|on) (?:my|her|his|their) (?:face|mouth|nose)\b"),
    # (thirty-first round: not a girl's hair, nails or henna done, "the lady's coming tonight to do my girls hair")
    # (forty-fourth round: nor a cake's or a tailor's cutting, no girl or cutting's own name beside: "who's doing the cutting
    # tomorrow, you or aunty? the cake is massive", "the aunty who does the cutting for our suits is coming saturday")
    # (forty-fourth round: unless the cutting's own name is there too, "coming tonight to cut my hair and then cut me, mum says
    # its sunnah")
    ("imminent_cutting", "forced_marriage_or_fgm", rf"^(?!(?!.*\b(?:sunnah?(?! (?:prayers?|fast\w*|salah|salat|namaz|nafl)\b)|khatna|khatana|khitan|fgm|gudniin|tahur|tahoor|circumcis\w*)\b).*\b{_GROOMING}\b)(?=.*\b{_SOON}\b)"
     rf"(?!{_CLOTH_OR_CAKE_CUT})"
     rf"(?=.*\b(?:to be cut|to (?:get|have) cut|for the cut(?:ting)?|have (?:me|her) cut|get (?:me|her) cut|(?:my|her|the) cutting|"
     # (forty-third round: not a machine's, "the cutter on the vinyl machine broke")
     r"do the cutting|the cutter(?! (?:on|of|for|in) (?:the|my|our|a) (?:\w+ )?(?:machine|printer|plotter|cricut|press)\b)|cutting (?:me|her|my)|"
     # (fifty-first round) a girl's "operation" or "special procedure" abroad given as its cover: quoted, called special, or
     # one no doctor has planned ("a letter for school saying she'll be off 'after her operation in Mogadishu'. No operation
     # is planned or referred. They fly Saturday.")
     # (not a real one named: "her 6 year old's 'little operation' is on Friday at the LRI, its her tonsils")
     r"(?:girls?|daughters?|nieces?|granddaughters?|(?:year|yr)s?[- ]old)\b(?!.*\b(?:tonsils?|adenoids?|grommets?|appendix|teeth|tooth|dental|dentist|hernia|"
     r"heart|hip|knee|eyes?|ears?|kidney|lri|hospital|infirmary|nhs|surgeon|consultant|anaesthetic|x-?ray|scan)\b)"
     r"[^?!]{0,200}(?:\bspecial (?:operation|procedure)\b|"
     r"['‘](?:after |for )?(?:her |the |an? )?(?:little |small |tiny |special )?(?:operation|procedure|op)\b(?=[^'’.?!]{0,25}['’])|"
     r"\b(?:operation|procedure|op) (?:in|back home in|over in|abroad)\b[^?!]{0,100}\bno (?:operation|procedure|surgery)\b)|"
     # (fifty-first round) a girl and the cutting's name close by ("niece 9, excision saturday in guinea")
     # (never asked about: "my niece ask me about excision after school lesson")
     r"(?:daughters?|girls?|nieces?|granddaughters?|sisters?)\b(?:(?!\b(?:about|of|on)\b)[^.?!]){0,20}\b(?:excision|khatna|khatana|khitan|gudniin|tahur|tahoor)\b"
     r"(?! (?:of|awareness|prevention|training|campaigns?|day|week|charity|talks?|leaflets?|information|info|clinic|support|lessons?|sessions?|"
     r"projects?|services?|survivors?|specialist|team|nurse|midwife)\b)|"
     # (fifty-third round) the cutting done to the writer or a girl by others ("tomorrow they do my sunnah. im 9 and im scared"), arranged
     # or planned for her ("her grandmother has arranged her sunnah out there", "plan cutting for my two daughters when they travel to
     # Conakry on Monday"); Pidgin's "make dem cut am"; the quoted "going to become a big girl" abroad
     r"(?:they|she|he|dem|grandma|gran|nan|nani|nana|aunt\w*|mum|mama|mother|the lady|the woman)(?:'ll| will| are going to| is going to| gonna| go)? "
     r"(?:do|doing) (?:my|her|their) (?:sunnah?|khatna|khatana|khitan|tahur|tahoor|gudniin)\b(?! (?:prayers?|fast\w*|salah|salat|namaz|nafl)\b)|"
     r"(?:arranged|booked|planned|organi[sz]ed|planning|arranging|booking|plan|plans) (?:my|her|their|the girls'?) (?:sunnah?|khatna|khatana|khitan|tahur|tahoor|gudniin)\b"
     r"(?! (?:prayers?|fast\w*|salah|salat|namaz|nafl)\b)|"
     r"(?:plan|plans|planning|planned|arrang\w*|book\w*) (?:the )?(?:cutting|khatna|sunnah?|fgm|circumcision|excision) (?:for|on) (?:my|our|her|the|both) (?:\w+ ){0,2}"
     r"(?:girls?|daughters?|nieces?|granddaughters?)\b|"
     r"(?:make|for|to) (?:dem|them|they|una) (?:go )?cut (?:am|her|dem)\b|"
     r"(?<=['‘\"“])(?:going to|gonna|will) (?:become|be made) (?:a )?big girl(?=['’\"”])|"
     # ... and the cutting's name said to be due for a girl ("khafz must be done now my daughter has turned 7")
     r"(?:khatna|khatana|khitan|tahur|tahoor|gudniin|sunnah?|fgm) (?:must|has to|have to|will|is going to|needs to|should) be done\b"
     r"(?=[^.?!]{0,60}\b(?:my|our|her|his|their) (?:\w+ )?(?:daughters?|girls?|nieces?|granddaughters?|sisters?)\b)|"
     # (forty-first round) the cutting named as a girl's ("the 'party' tomorrow is my sisters cutting"), not her cutting board
     r"(?:sisters?|daughters?|nieces?|cousins?|girls?)'?s?'? (?:cutting|khatna|khatana|sunnah?)\b"
     r"(?! (?:board|boards|knife|mat|tool|machine|edge|her|his|my|the|their|our|your|some|a|an|it|them|up|down|back|out|off|in|hair|cake)\b)|"
     # (forty-first round) the girls themselves cut ("preparing the party for cutting the girls when we arrive"), not
     # their hair or their nails
     r"(?:cutting|cut) (?:the|our|both|all the|both the|my two|the two) (?:little |small |young )?(?:girls|daughters|nieces|sisters)\b"
     r"(?=\s*(?:[.,!?;:]|$)|\s+(?:when|on|at|in|there|tomorrow|tonight|today|this|next|before|after|too|both|and|while)\b)|"
     # (thirty-fourth round) the cutting's own names ("the tahur for my girl", "gudniin on me", "only small kutting")
     r"(?:the|her|my|do|done) (?:tahur|tahoor|gudniin|gudnin|khafd)|tahur|tahoor|gudniin|"
     # (forty-ninth round) a girl taken for it, or it done to her soon, in English's words (Urdu's pattern read them until it
     # was kept to Urdu): "she is being taken for fgm tomorrow", "said FGM ... it is being done to her on saturday"
     r"(?:taken|taking|take|takes|sent|sending|send|brought|bringing) (?:\w+ ){0,2}?for (?:the |her |their |my )?(?:fgm|gudniin|tahur|tahoor|excision|khafd|cutting)\b(?! (?:board|boards|knife|mat|tool|machine)\b)|"
     r"(?:fgm|gudniin|tahur|excision|cutting) (?:is |'s )?(?:being|going to be|gonna be|will be|to be) done (?:to|on) (?:her|me|them|my|our|the)\b|"
     r"(?:having|have|get|getting|has) (?:fgm|gudniin|tahur|the cut|the cutting) done\b|"
     r"fgm\b[^?!]{0,120}\bit (?:is|'s) (?:being|going to be|gonna be|will be) done (?:to|on) (?:her|me|them)\b|"
     # (forty-ninth round) the "tahara" (purification) done on a girl, never the word alone (ritual purity)
     r"(?:do|doing|does|did|done|make|making) (?:the )?(?:tahara|tahaara|tahar)\b (?:on|for|to) (?:her|me|them|my|our|the|both)\b|kutting|"
     # (fifty-first round) or others doing "her" tahara ("they're doing her tahara there this weekend"), never her own
     # purification ("she's doing her tahara before salah")
     r"\b(?:they|they'?re|they are|they will|they'?ll|(?:they|she|he) (?:is|are|'s|'re) (?:going to|gonna)) (?:be )?(?:do|doing) (?:her|their) (?:tahara|tahaara)\b|"
     # (fifty-first round) Pidgin's future ("dem go cut my pikin tomorrow"), said of a girl, never of hair ("i go cut my hair")
     r"\b(?:dem|they|she|e|im|una|mama|grandma) (?:go|wan|wan go|don wan|wan to) cut (?:my|her|di|dis|our|their|una) (?:small |little )?"
     r"(?:pikin|pikins|girl|girls|daughter|daughters|pikin dem)\b|(?:will|gonna|going to|is going to) be cut|(?:want|wants|going|gonna) (?:to )?cut (?:me|her|my|our)|"
     # (thirty-fifth round) its names said of a girl ("do khatana on both my nieces", "make the excision to my daughter",
     # "the sunna for my niece"), not a son's circumcision; "the cut on me"; what it is called ("time for her to be finished
     # like the other girls", "to be made clean"), not a job finished; the cutter coming for a girl, not a pizza cutter
     # (an excision of a mole or a cyst is a surgeon's: said only of a girl, never of "me" or of a girl's own thing)
     r"(?:khatna|khatana|khitan|sunnah?|fgm) (?:on|for|to) (?:me|her|them)\b(?! (?:is|was|means|says)\b)|"
     # (twenty-fourth session) a girl taken "for the excision" or "for her khatna", the girl named before or after it
     # (forty-ninth round: "tahara" too, and with no article, "take my daughter to a woman in Leicester tomorrow morning for tahara";
     # never a campaign's, a clinic's or a lesson's "for FGM awareness")
     r"(?:daughters?|girls?|nieces?|sisters?|granddaughters?)\b[^.?!]{0,80}\bfor (?:(?:the|her|their) )?(?:excision|khatna|khatana|khitan|fgm|gudniin|tahur|tahoor|tahara|tahaara)\b"
     r"(?! (?:of|awareness|prevention|training|campaigns?|day|week|charity|talks?|leaflets?|information|info|clinic|support|lessons?|sessions?|projects?|services?|survivors?|specialist|team|nurse|midwife)\b)|"
     r"for (?:the|her|their) (?:excision|khatna|khatana|khitan|fgm|gudniin|tahur|tahoor)\b(?! of\b)[^.?!]{0,40}\b(?:daughters?|girls?|nieces?|sisters?|granddaughters?)\b|"
     r"(?:khatna|khatana|khitan|sunnah?|excision|circumcision|fgm) (?:on|for|to) (?:my|our|her|his|the|both|both my|all my|the two|my two) "
     r"(?:\w+ )?(?:girls?|daughters?|nieces?|sisters?|sis|granddaughters?|cousins?)\b(?!'|’)|(?:girl|daughter|niece|sister)'?s (?:khatna|khatana|khitan|circumcision)|"
     # ("the cut on me" only with the one who cuts named beside: not the barber's)
     # (fifty-second round) the verb said of the girls ("arranged a woman to come to our flat tomorrow ... to circumcise my two
     # daughters"), and French's ("la tante ... c'est pour l'exciser. vol dimanche"), never a son's or a surgeon's of a mole
     # (fifty-third round: two words before the girl, "to circumcise the new baby girl before the naming ceremony")
     r"(?:circumcise|circumcising|excise|excising) (?:my|our|her|the|both|both my|all my|the two|my two) (?:\w+ ){0,2}(?:girls?|daughters?|nieces?|"
     r"sisters?|granddaughters?)\b|(?:pour|va|vont|veut|veulent|faire) (?:l'|l’|la |les )exciser\b|exciser (?:ma|mes|la|les|sa|ses) (?:petites? )?filles?\b|"
     r"(?:do|doing|does|done|did|have|having|get|getting) the (?:cut|cutting) (?:on|to|for) (?:(?:me and |both )?(?:my|our|her|the) (?:\w+ )?(?:girls?|daughters?|nieces?|"
     r"sisters?|sis|granddaughters?|cousins?)\b|(?:me|her)\b(?=.*\b(?:lady|woman|aunty|auntie|cutter|old women|fgm|sunnah?|khatna)\b))|"
     r"(?:lady|woman|aunty|auntie|cutter|old women)\b.*\b(?:do|doing|does|done|did|have|having|get|getting) the (?:cut|cutting) (?:on|to|for) (?:me|her)\b|"
     # (forty-seventh round) the cutting said to be imminent or planned ("We think FGM is imminent"); the Bondo society's cutter,
     # the sowei, or the society joined ("the sowei will take care of her"); what is cut named as a bad or extra bit ("her nan is
     # going to 'cut the bad bit off'"), never a cake's or a cloth's
     # (a son's circumcision or khatna booked is a clinic's: "son 5, circumcision booked saturday at the clinic")
     r"(?:fgm|gudniin) (?:is |being |has been |was )?(?:imminent|planned|arranged|booked)\b|"
     r"sowei\b|(?:join|joins|joining|initiat\w*(?: into)?|go into|enter|entering) (?:the )?(?:bondo|bundu|sande)\b|"
     # (fifty-second round) taken "into the Sande bush"; the cutting's cover as the girl's making ("a lady there will 'make her a
     # proper girl'"), "the lady" brought for her, the "old custom" done on a baby girl; the writer taken for it by its name
     r"into the (?:bondo|bundu|sande)\b|make (?:her|them|me) (?:a )?(?:proper|real|clean|pure|complete) (?:girls?|woman|women)\b|"
     # (fifty-third round) the society joined abroad by a girl ("she is due to travel with her father to Sierra Leone on Sunday. His
     # sisters say she will join the society"); the trip's promise that she comes back a "proper woman", no man wanting her else
     r"(?:sierra leone|liberia|guinea|freetown|monrovia|conakry|village|bush|girls?|daughters?|nieces?|granddaughters?)\b[^?]{0,150}?"
     r"\b(?:join|joins|joining|enter|go into|be initiated into) (?:the|a|their) (?:secret )?society\b|"
     r"(?:join|joins|joining|enter|go into|be initiated into) (?:the|a|their) (?:secret )?society\b(?=[^?]{0,150}\b(?:sierra leone|liberia|guinea|freetown|"
     r"monrovia|conakry|village|bush)\b)|"
     r"after (?:this|the) (?:trip|holiday|visit|summer)\b[^.?!]{0,30}\b(?:be|become) (?:a )?(?:proper|real|true|complete|clean|pure) wom[ae]n\b|"
     r"no (?:man|husband|one) (?:would|will|'d|'ll) (?:ever )?(?:want|marry|have) (?:me|her|them) (?:otherwise|if not|unless)\b|"
     # ("the last time she went on that holiday she came back cut"); to be "made clean" ("so we can be 'made clean', I'm 12")
     r"came back (?:cut|circumcised)\b|be ['‘\"“]?made (?:clean|pure)\b|"
     r"(?<=['‘])the (?:lady|woman|aunty|auntie|old (?:lady|woman))['’] (?:for|to (?:do|see)) (?:her|them|me|the girls|my|both)\b|"
     r"(?:girls?|daughters?|nieces?|granddaughters?|bab(?:y|ies)|(?:week|month|year|yr)s? old)\b[^.?!]{0,100}(?:\b(?:do|doing|does|done|for|have|having) ['‘]|['‘](?:do|for) )"
     r"(?:the |our |her )?(?:old |family |village )?(?:custom|tradition)(?=['’](?!\s*(?:dances?|songs?|dish\w*|recipes?|meals?|food|cakes?|dress\w*|outfits?|games?|"
     r"party|parties|music|clothes|costumes?)\b))|"
     r"(?:taking|take|takes|taken|bringing|sending) me\b[^.?!]{0,60}\bfor (?:the |my )?(?:tahara|tahaara|khatna|khatana|khitan|excision|gudniin|tahur|tahoor|fgm)\b"
     r"(?! (?:lessons?|class\w*|books?|talks?|awareness)\b)|"
     r"cut (?:the|her|my) (?:bad|dirty|extra|naughty|ugly) (?:bit|bits|part|parts|thing)\b|"
     r"(?:time|ready|old enough|her turn|my turn) (?:for (?:her|me|them|the girls?|my (?:\w+ )?(?:daughter|niece|sister|cousin|girl)s?) )?to be "
     r"(?:finished|made (?:clean|pure)|purified|cleansed|closed|sealed)\b(?! (?:with|by|at|in|off|up)\b)|"
     # (forty-fifth round: "she'll 'be done like her mum' on the day")
     r"(?:to )?be (?:finished|done|made (?:clean|pure)|purified|cleansed|closed|sealed) like (?:the other girls|all the (?:other )?girls|other girls|"
     r"(?:her|my|our) (?:\w+ )?(?:sisters?|cousins?|mum|mother))|"
     rf"{_NOT_A_TOOLS_CUTTER}"
     r"cutter (?:is |'s )?(?:coming|comes|come|comin|booked|arriving|arrives|here|due|called)\b[^.?!]{0,30}\bfor (?:my|our|her|the) (?:little |lil |baby |younger |small |\d+ ?(?:year|yr) old )?"
     r"(?:sis|sister|daughter|niece|girl|cousin|granddaughter)s?|"
     # (forty-fifth round) a woman's visit after which the girl cannot do PE or swim for weeks ("after 'the lady visits on Saturday' she
     # won't be able to do PE for a few weeks and must be brave")
     r"(?:lady|woman|aunty|auntie|grandma|nan|nani|old women)\b[^.?!]{0,30}\b(?:visits?|coming|comes|come)\b[^.?!]{0,60}\b(?:won'?t|wont|will not|can'?t|cant|cannot|not) "
     r"(?:be able to |be allowed to )?(?:do pe|do sport|do games|swim|go swimming|ride (?:her|a) bike)\b[^.?!]{0,25}\b(?:weeks?|a while|a month)\b|"
     # (twenty-fifth round) "cut my 2 girls", a ceremony "to become a woman"
     r"cut (?:my|our|her) (?:\d+|two|three|both|little) (?:girls|daughters)|(?:ceremony|celebration|party) (?:for (?:her|me|them) )?to (?:become|be made) (?:a )?wom[ae]n|"
     # (fiftieth round) a girl to "become a proper girl" on a near day, with the pain or the fast before it told ("Hooyo says
     # tomorrow I become a proper girl and I'm not allowed breakfast before. my cousin said it hurts really bad")
     rf"{_PROPER_GIRL_SOON}(?=[^\n]{{0,120}}?{_PAIN_OR_FAST_BEFORE})|"
     # (thirty-eighth round) ... or "a big girl", only with the trip to where it is done ("going to Somalia on Friday for 'a
     # special party to become a big girl'"), not a toddler's party for leaving nappies
     rf"{_WHERE_GIRLS_ARE_TAKEN_TO_BE_CUT}\b"
     r"[^.?!]{0,60}?\b(?:(?:ceremony|celebration|party) (?:for (?:her|me|them) )?to (?:become|be made) (?:a )?big girl|"
     # (forty-seventh round) ... or its "big girl party" ("going to Somalia for half term for her 'big girl party'")
     r"['\"‘’“]?big girl['\"‘’“]? (?:party|ceremony|celebration|day)\b)|"
     # (forty-sixth round) ... or for a ceremony "like my cousins had" there ("going to my gran's in Conakry tomorrow for the
     # ceremony like my cousins had")
     rf"{_WHERE_GIRLS_ARE_TAKEN_TO_BE_CUT}\b[^.?!]{{0,60}}?\b(?:ceremony|celebration|party|operation|thing) like (?:my|her|our) (?:\w+ )?(?:sisters?|cousins?)\b|"
     # (forty-sixth round) ... or to "get cleaned" there ("over the christmas holidays they taking me to sudan to get 'cleaned'")
     # (forty-seventh round: or someone there to "make me clean", "they fly to Cairo on Saturday and 'a doctor will make me clean
     # down there'"; not made to clean the house or clean up)
     rf"{_WHERE_GIRLS_ARE_TAKEN_TO_BE_CUT}\b[^.?!]{{0,40}}?\bto (?:get|be) ['\"‘’“]?(?:cleaned|cleansed|purified|made clean|made pure)\b|"
     rf"{_WHERE_GIRLS_ARE_TAKEN_TO_BE_CUT}\b[^.?!]{{0,60}}?\b(?:make|makes|making) (?:me|her|them|us|my \w+) ['\"‘’“]?(?:clean|pure|cleaned|cleansed|purified)\b"
     r"(?! (?:and|the|my|her|his|their|our|your|up|out|a|an|all|this|that|it)\b)|"
     # (thirty-third round) cutting told by what is said around it: a "small operation" like her sister's or cousins',
     # what was done to a sister (who ended in hospital) now "my turn", (the woman called for a girl: woman_called_for_a_girl)
     r"(?:small|little|tiny) (?:operation|op|procedure)\b[^.?!]{0,15}\blike (?:her|my|our|his) (?:\w+ )?(?:sisters?|cousins?|sister'?s|cousins'?|aunt\w*)|"
     # (forty-sixth round) "i will have the thing they did to my sister when she was small", the one it is for unwilling
     r"(?:have|get|be given|go through) the (?:same )?thing (?:they|she|he|you) (?:did|done|gave) (?:to|for) (?:my|her|our) (?:big |older |little |younger )?(?:sisters?|cousins?)\b"
     r"(?=.*\b(?:(?:don'?t|dont|do not|doesn'?t|doesnt) want|scared|afraid|please|pls|plz|help)\b)|"
     r"(?:do|doing|does) (?:to (?:me|her) )?what (?:they|she|he|you) (?:did|done) to (?:my|her|our) (?:big |older |little |younger )?(?:sisters?|cousins?)\b(?=.*\b(?:(?:my|your|her) turn|hospital|bled|bleeding|hurt|cut)\b)|"
     r"(?:to )?do (?:the|my|our) (?:little )?(?:girls|daughters|sisters)|"
     # (thirty-sixth round) a girl taken or flown for it by its name ("taking her to Gujarat on saturday for khatna", "take my
     # girl to the woman in Birmingham for sunna"), not a boy, a haircut nor "a cut"; "her sunna done", "told her it's
     # khatna", "it is for the sunna"; a girl who "gets cut"; the cutting called her "becoming a woman" (a day or a party of
     # it, or in quotes); a "little operation" done on a girl by an aunty or a woman, not by a surgeon
     r"(?:taking|take|takes|took|bringing|bring|brings|sending|send|sends|flying|fly|flies) (?:me|her|them|my (?:\w+ )?(?:girls?|daughters?|sis|sisters?|nieces?|"
     r"granddaughters?|cousins?))\b[^.?!]{0,70}\bfor (?:the |her |my |their )?(?:khatna|khatana|khitan|sunnah?|tahur|tahoor|gudniin|khafd|cutting|cut)\b"
     r"(?! (?:of|prayers?|fast\w*|salah|salat|namaz|nafl)\b)|"
     r"(?:have|having|get|getting|got) (?:her|their|the girls'?) (?:khatna|khatana|khitan|tahur|tahoor|gudniin|khafd|sunnah? done)\b|"
     r"(?:told|tell|telling|says?|said|saying) (?:her|me|them)(?: that)? (?:it'?s|its|it is) (?:her |my |the |their |just |only )?(?:khatna|khatana|tahur|tahoor|gudniin|khafd|sunnah?)\b"
     r"(?! (?:to|prayers?|fast\w*|salah|salat|namaz|nafl)\b)|"
     r"(?:it'?s|its|it is|is) (?:all |really |actually )?for (?:the |her |their )?(?:khatna|khatana|tahur|tahoor|gudniin|khafd|cutting)\b(?! of\b)|"
     r"(?:she|i|her|me) (?:gets?|getting|will get|'ll get|is getting|'s getting|are getting) cut\b(?! (?:off|out|from|short|free|loose|back|down|up|in)\b)|"
     r"(?:will|to|'ll|gonna|going to|shall) ['‘\"“](?:become|be made) (?:a )?wom[ae]n(?=['’\"”])|becoming (?:a )?wom[ae]n (?:day|ceremony|party|celebration)|"
     r"(?:aunty|auntie|aunt|woman|lady|cutter|old women|grandma|nani|dadi)\b[^.?!]{0,40}\b(?:do|doing|does) (?:the|a) (?:small|little|tiny) (?:operation|op|procedure) "
     r"(?:on|for|to) (?:me|her|my (?:\w+ )?(?:sister|sis|daughter|niece|girl|cousin|granddaughter)s?)|"
     # (fifty-third round: not a graze's, "fell off the swing today and cut her knee")
     r"cut (?:(?:me|her)(?! (?:own |right |left |bottom |top )?(?:knees?|fingers?|thumbs?|hands?|arms?|legs?|foot|feet|head|lips?|chin|face|toes?|elbows?|"
     r"hair|fringe|nails?|shins?|forehead|eyebrows?|eye|ear|nose|mouth|gums?|tongue|wrists?|palm|heel|ankle|back)\b)|the girls?|"
     r"my (?:little |younger |baby |\d+ year old )?(?:daughter|sister|sis|niece|cousin|granddaughter|girl|child|baby)))\b)"),
    # (thirty-third round) a woman booked or called to come for a girl on a day soon, in a message that names cutting
    # ("I was cut at 7 ... arranging 'the woman' to come on Wednesday for my girl"); not a woman booked for a girl's hair.
    ("woman_called_for_a_girl", "forced_marriage_or_fgm", rf"^(?!.*\b{_GROOMING}\b)(?=.*\b{_SOON}\b)(?=.*\b(?:cut|cutter|cutting|fgm|sunna|sunnah|khatna|khatana|circumcis\w*|made pure|made clean|tradition)\b)"
     r"(?=.*\b(?:arrang\w*|book\w*|call\w*|bring\w*|ask\w*) (?:for )?\W?(?:the|a) (?:woman|lady|aunty|auntie)\b\W?\s*(?:to )?(?:come|coming)\b[^.?!]{0,40}\bfor (?:my|our|her|the) "
     r"(?:little |baby |\d+ (?:year|yr) old |two |both )?(?:girls?|daughters?|sisters?|niece)\b|"
     # (thirty-fifth round) ... or named by what she does, then booked or coming for a girl ("the woman who does the sunna is in
     # Leicester this week and my sister has booked her for my niece")
     r".*\b(?:the|a) (?:woman|lady|aunty|auntie|one) who (?:does|do|did|will do|is doing) (?:the )?(?:sunnah?|cutting|cut|khatna|khatana|circumcision|it|them)\b"
     r"[^.?!]{0,80}\b(?:book\w*|arrang\w*|call\w*|bring\w*|coming|comes|come|here) (?:her |them )?(?:in )?for (?:my|our|her|the) "
     r"(?:little |baby |\d+ (?:year|yr) old |two |both )?(?:girls?|daughters?|sisters?|nieces?)\b|"
     # ... or by the cutting's name ("booked the sunnah lady for my two nieces", "cutter lady booked tmrw for my cousin")
     r".*\b(?:sunnah?|cutting|cutter|khatna|khatana|tahur|tahoor|gudniin) (?:woman|lady|aunty|auntie)\b(?: (?:is|'s|has been|was))? ?(?:booked|coming|comes|here|arriving|called)?"
     r"[^.?!]{0,30}?\bfor (?:my|our|her|the) (?:little |lil |small |younger |baby |\d+ (?:year|yr) old |two |both )?(?:girls?|daughters?|sisters?|nieces?|cousins?)\b)"),
    # (forty-seventh round) a cutting told only by its signs, no name for it: a day soon; a woman coming, or a girl's own cutting
    # before; what a girl is told of it (it hurts, be brave, lie still); a girl child ("said dont eat anything tomorrow
    # morning because the aunty is coming. my big cousin said it hurts so so much. im 11"; "telling my little sister (8) to
    # be brave on saturday ... i was cut at 8"). Not a grooming, a jab, a piercing or the dentist.
    ("cutting_told_by_its_signs", "forced_marriage_or_fgm", rf"^(?!.*\b{_GROOMING}\b)"
     r"(?!.*\b(?:pierc\w*|jabs?|injections?|vaccin\w*|immunis\w*|dentist|teeth|tooth|braces?|stitches|tattoo\w*|blood tests?|swimming|swim|race|match|"
     r"exams?|tests?|play|show|concert|recital|nativity)\b)"
     rf"(?=.*\b{_SOON}\b)"
     r"(?=.*\b(?:(?:lady|woman|aunty|auntie|grandma|granny|gran|nan|nani|old woman)\b[^.?!]{0,40}?\b(?:is |'s |are |will be )?"
     rf"(?:coming|comes|arriving|arrives|lands|landing|staying)\b|{_A_GIRLS_OWN_CUTTING}\b))"
     r"(?=.*\b(?:(?:said|says|told me|tells me) (?:that )?it (?:hurts|hurt|will hurt|really hurts|hurts so)|be brave|lie still|keep still|stay still)\b)"
     r"(?=.*(?:\b(?:i'?m|im|i am|she'?s|shes|she is|aged?) (?:[4-9]|1[0-4])\b(?! ?(?:mins?|minutes|hours?|o'?clock|pm|am|weeks?|months?)\b)|"
     r"\((?:[4-9]|1[0-4])\)|\b(?:little|baby|younger|small|lil) (?:sister|sis|girl|daughter|niece|cousin)s?\b|\b(?:[4-9]|1[0-4]) ?(?:year|yr)s? old\b))"),
    # (forty-fourth round) the cutter already in the house with a girl named beside ("the cutter is in the house now with my
    # daughter"), or the woman who does it come ("the aunty who does it is here"); not a cutter for paper, pizza or a machine
    ("cutter_here", "forced_marriage_or_fgm", rf"\b(?:{_NOT_A_TOOLS_CUTTER}"
     r"(?<!new )cutter (?:is |'s |has been |was )?(?:now |already |just )?(?:here|arrived|in (?:the|our|my|their) (?:house|flat|home|room|bedroom|"
     r"kitchen|front room)|upstairs|downstairs|with)\b[^.?!]{0,30}\b(?:daughter|girl|sister|sis|niece|granddaughter)s?\b|"
     r"(?:woman|lady|aunty|auntie) who (?:does|do|is doing) (?:it|the girls|the cutting|the sunnah?|the khatna) (?:is |'s |has )?(?:now |already |just )?"
     r"(?:here|arrived|in (?:the|our|my|their) (?:house|flat|home|room|bedroom|kitchen|front room)|upstairs|downstairs)\b)"),
    # (forty-second round) the one to be married asking how to stop or escape her own wedding on a day soon ("how do i stop
    # my own wedding its on saturday"): the binary classifier reads the bare question as a question
    # (not a wedding's nerves laughed at, nor its music or photographer: "how do i get out of my wedding lol cold feet")
    ("stopping_own_wedding", "forced_marriage_or_fgm", rf"^(?!.*\b(?:lol|lmao|haha\w*|cold feet|jk)\b)(?=.*\b{_SOON}\b)(?=.*\b(?:stop|get out of|escape|run away from|get away from) my (?:own )?"
     r"(?:wedding|marriage|nikah|nikkah|shaadi|engagement|rishta)\b(?=\s*(?:$|[.,!?;:]|(?:on|this|next|tomorrow|tonight|today|it|its|it'?s|which|that|from|"
     r"happening|going|to|with|before|at|in|please|pls|plz|help)\b)))"),
    ("imminent_marriage", "forced_marriage_or_fgm", rf"^(?=.*\b(?:{_SOON}|{_SOON_ROMANISED})\b)(?=.*\b(?:married|marry|marrying|marriage|wedding|nikah|ceremony|rishtas?|shaadi|imam|"
     # (thirty-fifth round) the husband or the man already chosen ("the man is coming tomorrow to be my husband", "they
     # already have the man and the gold"), not "my husband is coming"
     rf"(?:to be|be|become) (?:my|her) husband|(?:found|chosen|picked|got) (?:me|her) a husband|"
     rf"(?:have|got|found|chosen|picked|lined up) (?:\w+ )?(?:the|a) (?:man|husband|groom|boy) (?:for (?:me|her)|and the (?:gold|dowry|jewel\w*|dress))|"
     # (fiftieth round) ... waiting there ("theres a groom waiting")
     rf"(?:a|the) (?:groom|husband) (?:is |'s )?(?:already )?(?:waiting|lined up|ready)|"
     # (thirty-first round) an engagement soon, refused ("the engagement party is this weekend and i said no")
     # (thirty-third round) the Sikh wedding's own words ("the anand karaj is on the 12th", "the lavan")
     rf"engagement|engaged|mangna|lavaan|"
     # (lead's review, eighteenth session) the nights and days around a wedding ("a dholki booked for the Tuesday")
     rf"dholki|dholak|mayun|mayoun|baraat|barat|walima|valima|lagna|lagan|biye|mehndi|mehendi|henna|bride|back (?:home )?single|"
     # (fiftieth round) Dari's wedding typed in English letters ("ba pesar-e kaka arusi kunum")
     rf"arusi|arosi|aroosi|"
     # (fifty-second round) the nikah's own words and its officiant ("when the maulvi asks i have to say qubool hai", "the kabin is this
     # friday at home, the kazi is coming")
     rf"qubool|qabool|qubul|maulvi|molvi|moulvi|kazi|qazi|kabin|kabeen|"
     # (forty-eighth round) the bridal outfit already bought ("the lehnga's already bought and the date is the 20th")
     rf"(?:lehnga|lehenga|lengha|bridal (?:dress|outfit|suit|jora|sari|saree))(?:'s| is| was| has been| been)? (?:already )?(?:bought|ordered|made|ready|here|stitched|fitted)|"
     # (thirty-fourth round) more of the wedding's own words: the thaali tied, the katb el kitab, the kuri da viah, a
     # sagai, a Kurdish zemawend
     rf"thaali|thali|kitab|dawat|"
     # (forty-fourth round) the civil wedding's own words ("if i dont sign at the registry office on thursday")
     rf"registry office|register office|registrar|{_WEDDING_IN_COMMUNITY_WORDS})\b)(?=.*\b(?:{_FORCED}|{_REFUSED_ROMANISED}))"),
    # (learner English's bare "lock us inside", not one's own plan nor a what-if: "i'm going to lock us in and watch films",
    # "he might lock me in", "hell lock me in again")
    # (forty-eighth round) someone shut in with a child ("my daughter's dad has locked himself in the flat with her and says he'll do
    # something to her if I ring the police")
    ("locked_in_with_a_child", "child_in_danger", r"\b(?<!i )(?<!we )(?:locked|barricaded|shut) (?:himself|herself|themselves) in\b[^.?!,]{0,30}\bwith "
     # (her, him or them the child told before: not "shut herself in her room with her girlfriend")
     r"(?:(?:her|him|them)(?=\s*(?:[.,!?;]|$|and\b|says?\b|saying\b))|(?:my|our|the|his|her|their) (?:\w+ )?(?:daughter|son|baby|kids?|child|children|girl|boy|grandson|granddaughter)\b)"),
    ("locked_in", "held_captive", r"\b(?:(?<!\bto )(?<!\bi )(?<!\bwe )(?<!ll )(?<!\blet's )(?<!\blets )(?<!might )(?<!may )(?<!could )(?<!would )"
     r"(?<!will )(?<!gonna )(?<!wanna )lock (?:me|us|her|him|them|my \w+) (?:in|inside)\b|locked (?:me |us |her |him |them )?(?:and (?:the kids|my \w+|the \w+|mum|dad|nan|gran|grandad|grandma) )?in"
     # one's own doors locked for the night, said safe ("locked in for the night, all safe")
     r"(?! for the (?:night|evening)\b(?![^.?!]*\b(?:he|she|they|can'?t|cant|won'?t|wont|help)\b))|locked in (?:the|a|my)|"
     # The present as people with little English write it ("they take passport and lock us in house").
     r"(?<!\bto )(?<!\bwill )(?<!'ll )(?<!\bmight )lock (?:me|us|her|them) in (?:the |a |this |that )?(?:\w+ ){0,2}?(?:house|room|flat|caravan|container|shed|van)\b|"
     r"trapped in (?:the|a|my|his|her|their) (?:room|bedroom|bathroom|toilet|house|flat|car|boot|cellar|basement|loft|shed|van|cupboard|building|lift)|"
     # (twenty-ninth round: not going out little, "can't get out much since my hip op")
     r"(?:can'?t|cant) get out(?! (?:much|as much|often|very often|a lot|as often|anymore|any more)\b)|"
     r"(?:keeping|kept|got) (?:me|us|her|him|them|my \w+) locked (?:up|in)|locked up in|"
     # (thirtieth round) shut upstairs or downstairs by others ("they've locked me upstairs till the wedding"), not by the
     # writer ("we locked the dog downstairs")
     r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bive )(?<!\bwe've )(?<!\bweve )locked (?:me|us|her|him|them) (?:upstairs|downstairs)\b|"
     # (twenty-ninth round) a relative locked in by others ("his family have locked my sister in a room"), not by the writer
     # ("i locked my son in his room"), nor keys or a pet ("locked my keys in the car")
     r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bive )(?<!\bwe've )(?<!\bweve )(?<!\bi just )(?<!\bi had )locked (?:my|our|his|her|their) (?:little |younger |older |big |baby |twin |"
     r"\d+ ?(?:year|yr) old )?(?:sister|daughter|son|brother|mum|mother|wife|cousin|niece|nephew|kids|children|child|baby|girlfriend|friend|grandson|"
     r"granddaughter|grandma|nan|gran)s? (?:in|inside)\b|"
     # shut in a car's boot ("im in the boot of a car i think were on the motorway")
     r"(?:i'?m|im|i am|we'?re|we are|she'?s|he'?s|they'?ve put (?:me|us|her|him)|put (?:me|us|her|him)) (?:locked |stuck |shut |tied up )?in (?:the|a) (?:car )?boot)\b"),
    # "won't let me leave" is danger when it is the whole point of the message; "won't let me go out
    # with my friends" or "leave the house without him" is coercive control, for the report rather than 999.
    # (thirty-first round: the children with them, "wont let me n the kids out")
    # (forty-fourth round: a van stopped for no one, "he won't stop and let me out"; a site or a van by name, "won't let me off the site")
    ("kept_in", "held_captive", r"\b(?:won'?t|wont|will not) (?:stop (?:and|to|n) )?let (?:me|us|her|him|them)(?: (?:n|and|&) (?:the|my|our) (?:kids|children|baby|girls|boys))? "
     r"(?:leave|out|go out|go home|go|off(?= (?:the|this|his|her|their) (?:site|van|lorry|truck|boat|bus|coach)\b))"
     r"(?: now| right now|(?: of)? (?:the|this|his|her|their) (?:room|bedroom|house|flat|car|bathroom|place|van|lorry|truck|cab|taxi|site|caravan|trailer|boat|coach|bus))?"
     r"\s*(?:[.!,]|$|and (?:i'?m|im|he'?s|hes|she'?s|they'?re|theyre|has|have|is|are|took|taken|locked)|(?:she'?s|he'?s|they'?re|i'?m|im) (?:screaming|crying|freezing))|"
     # (twenty-third session) kept in a room by others for days and still ("husband family keep me in back room since 3
     # days", "have kept her in the bedroom since tuesday"): learner English's "since" of a time still running, not a stay
     # in hospital ("kept me in for 3 days") nor a grounding (_GROUNDED)
     r"\b(?<!hospital )(?<!doctors )(?<!doctor )(?<!nurses )(?<!ward )(?<!police )(?:keep|keeps|keeping|kept|have kept|'ve kept|has kept) (?:me|us|her|him|my (?:wife|sister|daughter|mum|mother|cousin|niece|friend|daughter-in-law)) "
     r"(?:locked )?(?:in|inside)(?: (?:the|a|this|my|his|her|their|one) (?:back |front |spare |box |small |upstairs |little )?(?:room|bedroom|house|flat|basement|cellar|shed|loft|attic))?"
     r"[^.?!]{0,15}?\b(?:since (?:\d+|two|three|four|five|six|seven|many|a few) (?:days?|weeks?)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|the weekend)|"
     r"for (?:\d+|two|three|four|five|six|seven|many|a few) (?:days?|weeks?) now)\b(?![^.?!]*\b(?:hospital|ward|a&e|op|operation|surgery|observation)\b)"),
    ("held_against_will", "held_captive", r"(?<!\bliterally )(?<!\bbasically )(?<!\bpractically )(?<!\blike )(?<!\bproper )\b(?:holding|keeping|kept|held) (?:me|us|her|him|them|my \w+)? ?(?:here |at home |in (?:the|a|this) \w+ )?"
     r"(?:against (?:my|our|her|his|their) will|hostage|prisoner|captive)\b|\b(?:i'?m|im|i am|(?<!\bwe )we'?re|she'?s|being) (?:being )?(?:held|kept) (?:in|at|here)\b|"
     r"\bbeen (?:held|kept|locked) (?:here|in (?:this|a|the|his|her|their) (?:room|bedroom|house|flat|car|van|place|cellar|basement|loft|shed))\b|"
     r"\bholding (?:me|us|her|him) (?:here|at home|in (?:the|a|this) \w+)\b"),
    ("barricaded", "held_captive", r"\bbarricad\w* (?:me|us|her|him|them|my \w+) in\b|\b(?:holding|keeping) (?:me|us|her|him|them|my \w+) (?:in|at) (?:a|the|this|his|their) \w+\b[^.?!]{0,30}\b(?:won'?t|wont|not) let\b"),
    ("guarding_the_door", "held_captive", r"\b(?:is|'s|are|'re|s) (?:guarding|blocking|standing in) (?:the|my) (?:door|doorway|way out|exit)\b"),
    ("not_allowed_out", "held_captive", r"\bnot allowed (?:out|to leave|outside|to go out|to go home)\b"),
    # A wheelchair or frame taken away so the person cannot move ("He's taken my wheelchair and put it in the shed. I can't
    # move."): held where they are.
    ("mobility_taken", "held_captive", r"\b(?:taken|took|hidden|hid|removed|locked up|locked away|broken|smashed) (?:my|her|his|their|mum'?s|dad'?s|nan'?s) "
     r"(?:wheelchair|chair|walking frame|zimmer(?: frame)?|crutches|walking sticks?|mobility scooter|scooter)\b"
     r"(?=[^.?!]*(?:[.?!]+\s*[^.?!]*)?\b(?:can'?t|cant|cannot) (?:move|get out|leave|get up|walk|get to the door|reach the door)\b)"),
    # Passports held by those they work for, and kept at the work ("boss has our passports and we sleep in the warehouse"):
    # trafficked and held there, not a passport kept last year.
    ("passports_held", "held_captive", r"^(?=.*\b(?:has|have|got|took|taken|keeps?|kept|holding|holds|hides?|hid)\s+(?:all\s+)?(?:our|my|their)\s+passports?\b)"
     r"(?=.*\b(?:(?:sleep|sleeping|live|living|stay|staying|kept|locked)\s+(?:in|at)\s+(?:the|a|his|her|their|this|back|work)\b[^.?!,]{0,20}?"
     r"\b(?:warehouse|back room|room|factory|container|shed|car ?wash|site|yard|farm|shop|kitchen|basement|cellar|caravan|unit|restaurant|salon)|"
     r"(?:hurts?|kills?|beats?|hurt|kill|beat) (?:our|my|us|me)\b))"),
    ("tied_up", "held_captive", r"\btied (?:me|us|her|him|them|my \w+) up\b|\b(?:i'?m|im|i am|she'?s|he'?s) tied up\b|"
     r"\bthere(?:'?s| is) (?:a|an|someone|somebody) (?:(?:young|old|little)\s+)?(?:woman|man|girl|boy|child|kid|lady|person|someone)? ?tied up\b|\bkidnapped (?:me|us|her|him|my)\b"),
    # (thirty-first round: a driver too, "the driver's locked the doors and won't stop")
    ("locked_the_doors", "held_captive", rf"\b(?:he|she|they|my \w+|(?:the )?(?:driver|cabbie|taxi driver|cab driver))\s*(?:has|'s|have|'ve|just)?\s*locked (?:all )?(?:the|my|our) (?:doors|windows|front door)\b[^.?!]{{0,40}}\b(?:keys?|won'?t|wont|can'?t|cant)\b"),
    ("kidnapped", "held_captive", r"\b(?:been|being|got|getting) (?:kidnapped|abducted)\b|\b(?:i'?m|im|i am|she'?s|he'?s) tied (?:up|to)\b"),
    ("blocking_the_door", "held_captive", rf"\b{_WHO}\s*{_BE}\s+blocking (?:the|my) (?:door|way|exit)\b|"
     r"\b(?:sleeps|sleeping|sits|sitting|sat|stands|standing|stood|lies|lying) (?:right )?(?:in front of|against|across) (?:the|my) (?:door|doorway|exit)\b"),
    # Shut in from outside, kept there, or told they cannot leave: "the door is bolted from the outside",
    # "he's chained the gate", "took my keys and says i aint going nowhere", "been in this room since sunday".
    ("shut_in", "held_captive", r"\b(?:chained|padlocked|bolted|nailed|screwed) (?:up |shut )?(?:the|my|our) (?:back |front |bedroom )?(?:door|doors|gate|gates|windows?|room)\b|"
     r"\b(?:door|doors|gate|room) (?:is|are|'s|has been|have been) (?:bolted|padlocked|chained|locked) (?:from|on) the outside\b|"
     # (forty-third round: not a holiday, "we're not going anywhere this summer")
     r"\b(?:i|we|she|he)(?: (?:am|are|is)|'?m|'?re|'?s)? (?:aint|ain'?t|not) (?:going|goin) (?:nowhere|anywhere)\b"
     r"(?! (?:this|next|for the|over the|in the|at|for) (?:summer|year|holidays?|hols|half[- ]term|christmas|easter|eid|winter|break)\b| (?:on holiday|abroad)\b)|"
     r"\b(?:door|doors|gate|keys|locked|bolted|blocking)\b[^.?!]{0,60}\bso (?:i|we|she) (?:can'?t|cant|cannot) (?:leave|get out|escape)\b|"
     r"\b(?:took|taken|has|have|got|hidden|hid)\b[^.?!]{0,15}\bmy (?:keys|shoes|phone)\b[^.?!]{0,40}\b(?:can'?t|cant|cannot|won'?t|wont|aint|ain'?t|not) (?:leave|go|going|goin|get out|escape)\b|"
     r"\bbeen (?:stuck |shut |locked |kept )?in (?:this|the|a|his|her|their) (?:room|bedroom|cellar|basement|loft|attic|shed|van|container|cupboard|box room) (?:since|for)\b|"
     r"\b(?:keep|keeps|keeping|kept) (?:me|us|her|them) (?:in|at) [^.?!]{0,40}\b(?:locks?|bolts?|shutters?)\b"),
    # (thirty-third round) held captive told without "locked in": not let out since a day ("hasn't let me leave since
    # sunday"); told they are not leaving till he says so or till the wedding, or with the keys or passport taken; the
    # keys kept with the door locked ("locked it and took the key", "won't give us the key", "keep the key and we not
    # allowed go out"); the passport kept and the door locked or watched; a boss's shutter locked with the workers
    # inside, nobody able to get out; a chain or the door stood in front of, shoved back from it.
    ("not_let_out_since", "held_captive", r"\b(?:hasn'?t|hasnt|has not|haven'?t|havent|have not) let (?:me|us|her|him|them) (?:leave|out|go out|go|outside)\b"
     r"(?: (?:of )?(?:the|this) (?:house|flat|room))? (?:since|for (?:\d+|two|three|four|five|six|a few|several) days)\b"),
    ("told_not_leaving", "held_captive", r"\b(?:says?|said|told (?:me|us|her))\b[^.?!]{0,20}\b(?:(?:i'?m|im|i am|she'?s|she is|we'?re|we are|you'?re|ur|you are) (?:not|never)|(?:i|she|we|you|u) (?:aint|ain'?t|is not|isn'?t)) "
     r"(?:leaving|going out|going anywhere|getting out)\b[^.?!]{0,25}\b(?:(?:till|until|til) (?:he|she|they|i) (?:says?|say|lets?|agree)|"
     r"(?:till|until|til) (?:after )?(?:the|my|her) (?:wedding|nikah|marriage|shaadi))|"
     r"^(?=.*\b(?:took|taken|has|have|hid|hidden|kept|keeps?)\b[^.?!]{0,20}\b(?:keys?|passport)\b).*\b(?:says?|said|told (?:me|us|her))\b[^.?!]{0,20}\b(?:(?:i'?m|im|i am|she'?s|she is|we'?re|we are) (?:not|never)|(?:i|she|we) (?:aint|ain'?t)) "
     r"(?:leaving|going out|going anywhere|getting out)\b"),
    ("keys_kept_locked", "held_captive", r"\block(?:ed|s)? (?:me|us|her|him|them|it|the door|the room|(?:me|us) and \w+ in)\b[^.?!]{0,40}\b(?:and )?(?:took|taken|hid|hidden|kept|keeps?|"
     r"(?:won'?t|wont|will not|not) give (?:me|us|her|them)|not giving (?:me|us|her|them)) (?:the|his|her|all the|my|our|all my|all our)?\s*keys?\b|"
     r"\b(?:took|taken|hid|hidden|kept|keeps?|keep|has got|got) (?:the|all the) keys?\b[^.?!]{0,30}\b(?:not allowed (?:to )?(?:go|out|leave)|(?:can'?t|cant|cannot) (?:get|go) out|"
     r"(?:can'?t|cant|cannot) leave|locked (?:in|us|me))"),
    ("passport_and_door", "held_captive", r"^(?=.*\b(?:has|have|got|took|taken|keeps?|keep|kept|holding|holds|hides?|hide|hid|hidden)\s+(?:all\s+)?(?:our|my|their|her)\s+passports?\b)"
     # (forty-ninth round: "the doors are always locked", the state they live in, no habit)
     r"(?=.*\b(?:(?:lock|locks|locked|locking) (?:the )?(?:front |back )?(?:door|gate)|(?:door|gate) (?:is|'s) locked|(?:doors|gates) (?:are|'re) (?:always |kept |still )?locked|"
     r"(?:door|gate) (?:is|'s) (?:always|kept|still) locked|(?:won'?t|wont|will not|not) let (?:me|us|her) (?:go|out|leave)|"
     r"not allowed (?:to )?(?:go|out|leave)|(?:i'?m|im|i am|she'?s) not leaving|(?:sitting|sat|stood|standing) (?:by|at|in front of) (?:the )?front door))"),
    ("locked_with_us_inside", "held_captive", r"\block(?:ed|s)? (?:the|a|our|my|this) (?:\w+ )?(?:shutters?|doors?|gates?|unit|warehouse|building|room)(?: of (?:the|a|our|this) \w+)? with (?:me|us|them|her|him|everyone|all of us|the \w+) (?:still )?(?:inside|in)\b|"
     r"\block(?:ed|s)? (?:the|a) (?:\w+ )?(?:gate|doors?|shutters?)\b[^.?!]{0,30}\b(?:nobody|no one|no-one|noone) (?:can |is allowed to |allowed to |to )?(?:go|get|going|getting) out\b|"
     r"\b(?:i'?m|im|i am|we'?re|we are) inside (?:now |alone )?(?:and )?(?:the )?(?:door|doors) (?:is|are) locked\b|"
     # the door locked "on us" with them in there (not locked out: "locked the door on me and I was stuck outside")
     r"\block(?:ed|s)? (?:the|a|our|my) (?:\w+ )?(?:shutters?|doors?|gates?) on (?:me|us|them|her|him)\b(?=[^.?!]{0,40}\b(?:in here|inside|in there|(?:can'?t|cant|cannot) get out)\b)"),
    ("door_stood_in_front_of", "held_captive", r"\b(?:chain|bolt|lock)\b[^.?!]{0,30}\b(?:stood|standing|sat|sitting) (?:right )?in front of (?:it|the door)\b|"
     r"\bevery time (?:i|we|she) (?:go|get|try|move|walk|head)\b[^.?!]{0,25}\b(?:door|way out|exit)\b[^.?!]{0,20}\b(?:shoves?|push(?:es)?|drags?|pulls?|throws?|grabs?) (?:me|us|her) back\b|"
     r"\b(?:in[- ]law|mum|mother|dad|father|he|she|they|husband|brother|uncle|auntie|aunty|someone|man|guard)\s+(?:is |'s )?(?:sitting|sat|stood|standing) (?:by|at) (?:the )?front door\b"),
    ("breaking_in", "attack_on_home_now", r"\b(?:breaking in|breaking into|breaking down|(?:is|are|'s|'re) breaking (?:the|my|our) (?:front |back )?(?:door|window)s?\b(?!\s*(?:frames?|out|off|lock|handle|hinges?)\b)|break down (?:the|my|our)|trying to (?:get|break|kick|force|smash) (?:in(?! touch| contact)|into|(?:the|my|our) (?:\w+ )?(?:door|window)s?)|"
     # someone feared getting over the back gate or the fence as they write ("my ex is climbing over the back gate
     # now"), and a neighbour's door being smashed in ("next door is having their door kicked in")
     r"\b(?:he|she|they|someone|somebody|a man|men|(?:my|her|his) ex|(?:my|her|his) (?:ex[- ]?)?(?:husband|wife|partner|boyfriend|girlfriend))\s*(?:is|'s|are|'re)\s+"
     r"(?:climbing|getting|jumping|coming) (?:over|up) (?:the|my|our) (?:back |front |garden |side )?(?:gate|fence|wall|drainpipe)\b(?=[^.?!]*\bnow\b)|"
     # (fifty-third round: battered too, "next door are getting their door battered in, sounds like a big group")
     r"\b(?:having|getting) (?:their|her|his|my|our|the|its) (?:front |back )?(?:doors?|windows?) (?:smashed|kicked|put|broken|booted|caved|battered|rammed|bashed) in\b|"
     r"banging on (?:the|my) (?:door|window)|(?:hammering|pounding|thumping|battering|booting|banging) on (?:the|my|our) (?:front |back |bedroom |kitchen |bathroom |patio |side |living room )?(?:door|window)s?\b(?! ?frames?)|"
     r"(?:booted|booting|kicked|smashed|ripped|forced) (?:the|my|our) (?:front |back )?(?:door|gate) (?:off (?:the|its) hinges|down)|"
     r"kicking (?:in )?(?:the|my|our) (?:front |back )?door|smashing (?:the|my|our) (?:\w+ )?(?:door|window)|"
     r"climbing (?:in|into|through) (?:the|my|our|a) window|trying (?:the|my|our) (?:front |back )?(?:door|handle)|"
     r"(?:putting|put|kicking|kicked|smashing|smashed) (?:the|my|our) (?:windows?|doors?) (?:in|through)|(?:battering|hammering|ramming) (?:the|my|our) (?:front |back )?(?:door|window)|"
     r"outside (?:my|our|the) (?:house|home|flat) throwing|(?:door|doors|window|windows) (?:is|are) being (?:kicked|smashed|forced|broken|put through|battered|rammed|bashed)|"
     r"(?:door|doors|window|windows) (?:has |have )?just (?:got|been) (?:kicked|smashed|forced|broken|put)|kicked off (?:its|the) hinges|"
     r"trying to (?:slide|prise|prize|pry|jimmy|force|lever|push|pull) (?:the|my|our) (?:\w+ )?(?:door|window)s? open|"
     # (fifty-third round: the other order, "somebody trying to prise open mi back door")
     r"trying to (?:prise|prize|pry|jimmy|force|lever) open (?:the|my|our) (?:\w+ )?(?:door|window)s?\b|"
     r"(?:door|window|glass)\b[^.?!]{0,20}\bjust (?:shattered|smashed|caved in|gave way|went)\b|"
     r"been (?:hammering|banging|kicking|battering|booting|pounding) (?:on )?(?:it|the door|my door|our door|the front door|the windows?)|"
     # (twenty-ninth round) learner English without its "are" ("my ex and his brothers now breaking my door with the foot",
     # "they kicking our door")
     r"\b(?:now|he|she|they|someone|somebody|brothers|men) (?:now )?(?:breaking|kicking|smashing|forcing|battering|ramming|booting) (?:down )?(?:the|my|our) "
     r"(?:front |back |bedroom |flat )?(?:door|window)s?\b(?!\s*(?:frames?|lock|handle|hinges?)\b))"),
    ("attacking_home", "attack_on_home_now", rf"\b(?:throwing|chucking|lobbing)\b[^.?!]{{0,30}}\b(?:at|through|over) (?:my|our|the) {_HOME}\b|"
     rf"\b(?:attacking|smashing up|trashing) (?:my|our|the) {_HOME}\b|\btaking (?:a|an|the) \w+ to (?:my|our|the) {_HOME}\b|"
     r"\b(?:bricks?|stones?|rocks?|bottles?|fireworks?) (?:coming|flying) (?:thru|through|at|in) (?:the|my|our) (?:front |back )?(?:windows?|doors?|house)\b|"
     # "brick thru window just now", "a stone's just come through the window"
     r"\b(?:bricks?|stones?|rocks?|bottles?)\b[^.?!,]{0,20}\b(?:thru|through) (?:the |my |our )?(?:front |back |bedroom |kitchen )?(?:windows?|doors?)\s+just now\b|"
     r"\b(?:bricks?|stones?|rocks?|bottles?)(?:'s| has| have)? just (?:come|came|gone|went|flown|flew|been thrown) (?:thru|through|in) (?:the|my|our|\w+'?s)\b|"
     # (twenty-sixth round) thrown through a window and the throwers still there ("put a stone through the front window and
     # theyre still out the front")
     r"\b(?:thrown|threw|chucked|lobbed|put)\b[^.?!]{0,30}\b(?:thru|through) (?:the|my|our) (?:\w+ )?(?:windows?|doors?)\b"
     r"(?=[^.?!]*\b(?:still|are|'re)(?: (?:stood|standing|hanging about|hanging around|waiting))? (?:outside|out there|out the front|out the back|there|"
     r"in the (?:street|road|garden|close))\b)"),
    # (thirty-third round) an attack on a door or window that "keeps" on or "won't stop": the attack going on, not a
    # habit (unless a strong habit says so: always, every night, whenever); the door, lock or glass giving as they write.
    ("keeps_at_the_door", "attack_on_home_now", r"\b(?:keeps?|kept on|(?:won'?t|wont|will not) stop|not stopping|(?:hasn'?t|hasnt|haven'?t|havent) stopped)\s+(?:on\s+)?"
     r"(?:kicking|banging|hammering|ramming|booting|battering|smashing|shouldering|pounding|thumping|bashing|forcing)\b(?:\s+(?:on|at|in|down))?\s+"
     r"(?:(?:the|my|our|her|his|nan'?s|mum'?s) (?:front |back |bedroom |kitchen |bathroom |flat |patio |side )?(?:door|doors|window|windows|glass|gate|shutter)\b(?! of (?:the|a|my|his|her|our) (?:washing machine|washer|dryer|tumble dryer|fridge|freezer|oven|microwave|dishwasher|cupboard|wardrobe|car|van|cage|hutch))|it\s*(?:in|down|open)?\W*$)|"
     r"^\W*(?:he|she|they|someone|somebody|them)\s+(?:keeps?|(?:won'?t|wont) stop)\s+(?:kicking|banging|hammering|ramming|booting|battering|shouldering|pounding)\W*$"),
    ("door_giving", "attack_on_home_now", r"^\W*(?:it'?s|its|it is)\s+(?:giving(?: way)?|about to go|coming in|coming off)\W*$|"
     # (lead, thirty-third round) "going" only of the door or the lock: a bare "it's going" answers "how's it going"
     r"^\W*(?:the door'?s|door'?s|the lock'?s|lock'?s)\s+(?:giving(?: way)?|going|about to go|coming in|coming off)(?:\W*$|\W+(?:he|she|they|someone|somebody)(?:'s|'re| is| are|s)?\s)|"
     r"^(?=.*\b(?:he|she|they|someone|somebody|hes|shes|theyre|him|them|men|lads)\b)(?=.*\b(?:kick|shoulder|ram|bang|hammer|boot|forc|batter|smash|bash|tap)\w*).*"
     r"\b(?:door|lock|frame|door ?frame|hinges?|glass|window|chain|bolt|shutter|metal)(?:'s| is| are|s)?\s+(?:giving(?: way)?|coming off (?:the|its) hinges|cracking|splitting|bending|"
     r"starting to give|about to go|moving)\b(?! (?:to|on|out|away|house|home|in the wind)\b)|"
     # coming up the stairs to them after another door went in; a door barricaded, they still out there
     r"\b(?:coming|climbing|running) up (?:the )?stairs (?:to|towards) (?:ours|us|me|our (?:flat|door)|my (?:flat|door))\b|"
     r"\b(?:barricad\w* (?:the|my|our) (?:\w+ )?door|(?:wedged|jammed|pushed|put|dragged) (?:the|a|my|our) \w+ (?:against|behind|in front of) (?:the|my|our) (?:\w+ )?door)\b"
     r"[^.?!]{0,40}\b(?:still|are|'re) (?:out there|outside|at the door)\b|"
     # forcing, prising or trying a door, shutter or letterbox, someone else doing it; things thrown at the windows as they write
     r"\b(?:someone|somebody|someones|someone'?s|somebody'?s|he|she|they|men|lads|hes|he'?s|they'?re|theyre|she'?s)\s+(?:is |are )?(?:forcing|prising|prying|jemmying|levering)\b"
     r"[^.?!]{0,10}\b(?:the|my|our) (?:\w+ )?(?:door|window|shutter|letterbox|lock|gate)s?\b|"
     r"\btrying (?:the|my|our) (?:patio|side|kitchen|back|front|french|garden|conservatory) (?:door|doors|window|windows)\b|"
     r"\b(?:being|getting) (?:thrown|chucked|lobbed) at (?:the|my|our) (?:\w+ )?(?:windows?|doors?|house|flat)\b|"
     r"\b(?:they|he|she|boys|men|lads) (?:are|is) (?:break|kick|smash) (?:my|our|the) (?:door|window)s?\b"),
    ("in_danger", "general", r"\b(?:i'?m|i am|im|we'?re|we are|she'?s|he'?s|they'?re|my \w+ is|someone is)\s+(?:in danger|not safe)\b"
     # "in danger of" an everyday loss is a figure ("in danger of failing his exams", "of missing the bus"); of harm it is not
     r"(?! of (?!(?:being|getting) (?:hurt|killed|attacked|beaten|stabbed|taken)|dying|death|(?:losing )?(?:my|her|his|their) life)\w)|^\W*(?:not safe|unsafe)\b"),
    # Twenty-fifth round: someone still standing over the one they knocked down ("hes still stood over me"); a fire
    # catching now ("the fence is catching"); something poured and about to be lit ("poured something over the door and
    # hes trying to light it")
    ("their_car_here", "released_or_found", r"\b(?:his|her|their|my ex'?s?) (?:car|van|motor) (?:is|'s) (?:outside|at the end of (?:the|my|our) (?:road|street|close)|"
     r"parked (?:outside|across|opposite|up|at)|across the road|over the road|on the corner|opposite)\b(?![^.?!]*\b(?:every|always|used to|last)\b)"),
    # (forty-fourth round) someone parked a few doors down or at the end of the road now ("he's parked two doors down, he's on a
    # non-mol and was released last week"); not a habit's
    ("parked_near_home", "released_or_found", r"\b(?:he|she|they|my ex)(?:'s| is| are|'re|s)? (?:just |now |still )?parked (?:up )?(?:right )?"
     r"(?:(?:two|three|four|a few|a couple of|2|3|4) (?:doors|houses) (?:down|up|away|along)|at the end of (?:my|our|the) (?:road|street|close))\b"
     r"(?![^.?!]*\b(?:every|always|used to|last)\b)"),
    # blows heard as they write ("i can hear slaps", "i can hear a man shouting and thuds")
    ("blows_heard", "general", r"\b(?:i|we) can hear\b[^.?!]{0,40}\b(?:thuds?|slaps?|slapping|smacks?|smacking|thumps?|thumping|punches|punching|"
     r"hitting|being hit|blows)\b"),
    # learner English's weapon brought to the door now ("he come with machete to our door", "they came with knife to my house")
    ("came_with_weapon", "weapon", rf"\b(?:come|came|comes|coming|is here|are here) with (?:a |the |his |big |a big )?(?:{_WEAPON}|{_TOOL}) to (?:our|my|the) (?:door|house|flat|home|gate)\b|"
     # (twenty-sixth round) the place first, as learner English has it: "he come to my room in the hostel with a hammer"
     rf"\b(?:he|she|they|someone|somebody|a man|my \w+) (?:come|came|comes|coming|is coming) to (?:our|my|the) (?:door|house|flat|home|gate|room|bedroom)\b"
     rf"[^.?!,]{{0,25}}\bwith (?:a |the |his |her |big |a big )?(?:{_WEAPON}|{_TOOL})\b"),
    ("stood_over", "general", r"\b(?:is|'s|are|'re|still) (?:stood|standing) over (?:me|her|him|us|them)\b"),
    ("fire_catching", "fire", r"\b(?:fence|door|shed|house|roof|curtains?|porch|stairs|hallway|garage|car|van|bins?|hedge|carpet)s? (?:is|'s|are|'re) (?:catching|catching fire|catching light|going up)\b|"
     r"\bpour\w* (?:something|petrol|fuel|diesel|liquid|stuff|paraffin)\b[^.?!]{0,80}\b(?:trying to light|lighting|light it|lighter|matches|flicking)\b"),
    ("been_following", "general", r"\b(?:has|have|'s|'ve) been (?:following|chasing) (?:me|us)\b(?!\s+(?:on|online)\b)"),
    ("following_now", "general", r"\b(?:following|chasing) (?:me|us)(?: home)? (?:right )?now\b|"
     # (twenty-fifth round) learner "he follow me from the warehouse now"; "been following me since the bus stop"; a
     # stranger followed "right behind her" now
     r"\b(?:he|she|they|man|car|van) (?:follow|following|follows) (?:me|us)\b[^.?!,]{0,30}\bnow\b|"
     # (forty-eighth round) walking behind since a place ("Someone has been walking behind me since the station")
     r"\b(?:has|have|'s|'ve|is|are|'re) been (?:walking|driving|cycling|following) (?:right )?behind (?:me|us) (?:since|from|all the way)\b|"
     r"(?<!keeps )(?<!keep )(?<!always )\bfollowing (?:me|us|her|him) (?:since|from) (?:the|a) (?:bus stop|station|stop|shop|shops|lights|roundabout|park|bridge|club|pub|bar|train|bus|"
     r"underpass|car park|church|mosque|school|gym|work|warehouse|hospital|market)\b|"
     r"\bfollow\w* (?:a|this|the) (?:young |little )?(?:woman|girl|lad|boy|kid|lady|child)\b(?=[^.?!]*\b(?:right behind|still (?:right )?on her|right on her|now)\b)|"
     # the car that followed them, just pulled in behind ("it's just pulled in behind me at the services")
     r"\b(?:it|car|van|he|she|they)(?:'s| has| is|s)? just (?:pulled|stopped|parked) (?:in |up )?(?:right )?behind (?:me|us|my \w+)\b|"
     r"\b(?:have|has|'ve|'s) been (?:right )?behind (?:me|us)\b(?!\s+(?:on|in|with|all|100)\b)|"
     # behind them as they write ("he is behind me now", "still behind me on the high street"), not behind on the rent
     # nor a past put behind them
     r"\b(?:is|'s|s|are|'re) (?:still )?(?:right )?behind (?:me|us) (?:now|right now|still)\b|"
     r"(?<!\bit's )(?<!\bthat's )(?<!\bits )(?<!\bthats )(?<!\ball )\bstill (?:right )?behind (?:me|us)\b(?!\s+(?:with|on (?:the )?(?:rent|bills?|payments?|work|points)|in (?:the )?(?:queue|league|table|race))\b)"),
    # "a man is following me", "there's a car following me": present, not "keeps following" (an account)
    # nor following on social media, nor a child trailing round the house after a snack ("my son is following me round
    # the kitchen wanting snacks": one pestering, not pursuit; "following me round the house shouting" still fires).
    ("being_followed", "general", rf"\b(?:{_WHO}\s*{_BE}|there(?:'?s| is) (?:a|some) (?:man|guy|bloke|woman|lad|group|car|van)|"
     rf"(?:a|some) (?:car|van) (?:is|'s))\s+(?:following|chasing) (?:me|us)\b(?!\s+(?:on|online)\b)"
     r"(?!\s+(?:a?round|about)\s+(?:the\s+)?(?:kitchen|house|flat|home|garden|room)\b[^.?!]{0,25}\b(?:wanting|asking for|begging for|after)\s+"
     r"(?:(?:a|some|his|her|more)\s+)?(?:snacks?|food|sweets|biscuits?|treats?|crisps|tea|dinner|attention|cuddles?|a walk|ipad|tablet)\b)"),
    # (fifty-first round: not the "now" of being fine again, "cob got stuck in me throat ... I was choking for a sec, fine now")
    ("violence_right_now", "general", rf"\b{_VIOLENCE_ING}\b[^.?!]{{0,40}}\b(?:right now|{_NOT_FINE_AGAIN}now)\b"),
    # (fifty-second round, from fresh111's lines only the model read) lips going blue, not with cold, water or sweets
    ("lips_going_blue", "strangulation", r"\blips? (?:are |is |have |has |'re )?(?:going|turning|gone|gone all|going all) (?:blue|purple|grey|gray)\b"
     r"(?!.*\b(?:cold|freezing|pool|swim\w*|sea|ice|lolly|lollies|slush\w*|sweets?|raspberr\w*|paint|dye|lipstick|make ?up|blackberr\w*|blueberr\w*|"
     r"wine|squash|drink|juice)\b)"),
    # a small child alone on a road ("kid about 4 walking alone on the main road in just a nappy, no adult anywhere")
    ("child_alone_on_a_road", "child_in_danger", r"^(?=.*\b(?:alone|on (?:his|her|their) own|no (?:adults?|parents?|grown ?ups?|one with (?:him|her))|by (?:himself|herself))\b).*\b(?:kid|child|toddler|little (?:boy|girl|one|lad)|baby)\b[^.?!]{0,60}\b(?:walking|wandering|running|crawling|toddling|standing)\b[^.?!]{0,40}"
     r"\b(?:on|in|along|across|down|into|onto) the (?:main |busy )?(?:road|dual carriageway|motorway|ring road|carriageway)\b"),
    # a child just fallen from a window, a balcony or a roof
    ("child_fallen", "child_in_danger", r"\b(?:toddler|baby|child|kid|little (?:boy|girl|one)|son|daughter|boy|girl)\b[^.?!]{0,30}\b(?:just (?:fell|fallen|tumbled)|(?:has|'s) (?:just )?fallen) "
     r"(?:from|out of|off) (?:the |a |an |his |her |their )?(?:upstairs |bedroom |top |first[- ]floor |second[- ]floor |open )?(?:window|balcony|roof)\b"),
    # a child driven off by one who has been drinking ("he's been drinking all day and he just drove off fast")
    ("drink_driving_a_child", "child_in_danger", r"^(?=.*\b(?:baby|kids?|children|son|daughter|brother|sister|toddler|child|grandson|granddaughter)\b)"
     r"(?=.*\b(?:drunk|been drinking|pissed|off (?:his|her) face|smashed|wasted|over the limit)\b).*\b(?:just )?(?:drove|driven|driving|sped|speeding|screeched) off\b|"
     r"^(?=.*\b(?:\d+ ?(?:year|yr)s? old|toddler)\b)(?=.*\b(?:drunk|been drinking|pissed|smashed|wasted|over the limit)\b).*\b(?:just )?(?:drove|driven|sped) off\b"),
    # the cutter already in the house ("the cutter is already in the front room")
    ("cutter_here_now", "forced_marriage_or_fgm", r"\bthe (?:cutter|circumciser|woman who (?:cuts|does the cutting))\b[^.?!]{0,20}\b(?:is|'s) (?:already |now |just )?"
     r"(?:here|in (?:the|our|my) (?:\w+ )?room|downstairs|upstairs|at (?:the|our|my) (?:house|door|flat))\b"),
    # a child on a balcony's rail or a window's ledge
    ("child_on_a_ledge", "child_in_danger", r"\b(?:toddler|baby|child|kid|little (?:boy|girl|one))\b[^.?!]{0,30}\b(?:is|'s) (?:climbing|hanging|standing|leaning) "
     r"(?:on |over |off |out of |up )?(?:the |an )?(?:balcony(?: railings?| rail| edge)?|(?:open |upstairs )?window(?! ?sill)|window ledge|railings?|ledge|roof)\b"),
    # heard inside after a door or a window broken ("someone broke the back door glass, I hear him inside in the kitchen")
    ("heard_inside_after_a_break_in", "attack_on_home_now", r"^(?=.*\b(?:broke|broken|smashed|kicked in|forced)\b[^.?!]{0,30}\b(?:door|window|glass|lock)\b)"
     r".*\b(?:i )?(?:can )?hear (?:him|them|someone|somebody|a man|men|people) (?:inside|downstairs|in the (?:kitchen|house|hall|hallway|living room|lounge|front room))\b"),
    # locked in from outside ("door locked from outside, 8 of us")
    ("locked_from_outside", "held_captive", r"\b(?:door|doors|gate)(?: is| are|'s|'re)? (?:locked|bolted|padlocked|chained) (?:from|on) (?:the )?outside\b"),
    # followed in a car as they write ("he is following my car since Syston"), the one who has been writing at the drive
    ("following_my_car", "released_or_found", r"\b(?:he|she|they|someone|somebody|a (?:\w+ )?(?:car|van|man|guy|bloke))(?:'s| is| are|'re| has been| have been| been)? "
     r"(?:following|tailing) (?:my|our) (?:car|van|taxi|cab|bus)\b"),
    ("the_one_known_is_here", "general", r"\bthe (?:man|woman|guy|bloke|lad|person) (?:who|that)(?:'s| has| is)? (?:been )?(?:sending|stalking|following|threaten\w*|"
     r"harass\w*|hurt|hit|attacked|raped|assaulted|abused|texting|messaging|watching|calling|ringing|writing|leaving|flashed|exposed)\b[^.?!]{0,50}\b(?:is|'s) (?:now |still |just )?"
     r"(?:standing|stood|sat|sitting|waiting|parked|outside|at (?:the|my) (?:door|gate|window)|on (?:my|the|our) (?:drive|driveway|doorstep))\b"),
    # an order broken as they write ("He's on a restraining order. He's still there.")
    ("order_broken_here", "released_or_found", r"^(?=.*\b(?:(?:restraining|non[- ]molestation|stalking protection|protection) order|injunction))"
     r".*\b(?:he'?s|she'?s|he is|she is|they'?re|they are|hes|shes) still (?:there|here|outside|at (?:the|my) (?:door|gate|window))\b"),
    # a liquid thrown on a door with a fire word beside ("Neighbour's ex has just sloshed something all over their front door ... accelerant")
    ("accelerant_thrown", "fire", r"^(?=.*\b(?:accelerant|petrol|fuel|lighter|matches|flames?|fire|smells? of)\b).*(?<!\bwe )(?<!\bi )(?<!\bwe just )(?<!\bi just )\b(?:sloshed|sloshing|poured|pouring|splashed|splashing|"
     r"squirted|squirting|chucked|tipped|tipping|thrown|throwing)\b (?:something|some liquid|liquid|stuff|a can|a bottle|it)\b[^.?!]{0,20}\b(?:over|on|through|at|into) "
     r"(?:the|their|my|our|his|her) (?:front |back )?(?:door|letterbox|car|house|porch|step|doorstep)\b"),
    ("someone_else_attacked", "general", r"\b(?:someone|somebody|a (?:little |young |small |old |elderly )?(?:man|woman|boy|girl|kid|child|lad|lady)|my \w+|(?:a |the )?(?:passenger|customer|shopkeeper|pensioner|student|cyclist)|(?:the )?\w+'?s? (?:child|kid|son|daughter))\s*(?:is|'s|are|'re)\s+"
     r"(?:getting|being)\s+(?:beaten|attacked|stabbed|hurt|hit|kicked|punched|strangled|raped)\b|\band (?:getting|being) (?:beaten|attacked|stabbed|hit|kicked|punched)\b|"
     # (thirty-fifth round) a witness's "there's a man being beaten by a group", someone there being attacked
     r"\b(?:there'?s|theres|there is|there are) (?:a|an|some|two|three) (?:\w+ )?(?:man|woman|boy|girl|kid|child|lad|lady|bloke|guy|fella|person|people|lads|men|women)"
     r" (?:getting|being) (?:beaten|attacked|stabbed|kicked|punched|strangled|battered|glassed|jumped)(?! (?:up )?(?:in|on) (?:the|a|this|that) (?:film|game|show|video|match|fight)\b)|"
     # (fifty-second round) a witness's message that opens on it ("Passenger being punched on my bus")
     r"(?:^\W*|[.!?]\s+)(?:a |the |an old |some )?(?:passenger|customer|man|woman|lad|bloke|guy|kid|boy|girl|someone|somebody|lady|student|pensioner) "
     r"(?:being|getting) (?:beaten|attacked|stabbed|kicked|punched|strangled|battered|glassed|jumped)\b(?! (?:up )?(?:in|on) (?:the|a|this|that) (?:film|game|show|video|match|fight)\b)"),
    ("weapons_here_now", "weapon", rf"\b(?:with|w) (?:a |an |his |her |their |the )?{_WEAPON}\b{_NOT_A_THING_NAMED}(?=.*\b(?:right now|now)\b)|"
     rf"\b(?:with|w|got|have|has) (?:a |an |his |her |their |the |some )?(?:{_WEAPON}|{_TOOL})\b{_NOT_A_THING_NAMED}[^.?!]{{0,30}}\b(?:outside|at (?:the|my) door|in (?:my|the|our) (?:garden|house|flat|kitchen|street|hall))\b|"
     rf"\b(?:outside|in (?:my|the|our) (?:garden|house|flat|kitchen|street|hall)|at (?:the|my) door)\b[^.?!]{{0,30}}\b(?:with|w) (?:a |an |his |her |their |the |some )?{_WEAPON}\b{_NOT_A_THING_NAMED}|"
     # A tool brought to the door ("my old dealer is at the door with a bat"), not a drink nor a glass.
     r"\bat (?:the|my|our) (?:front |back )?door\b[^.?!]{0,30}\b(?:with|w) (?:a |an |his |her |their |the |some )?(?:baseball |cricket |metal |wooden |golf )?"
     r"(?:bat|bats|club|hammer|crowbar|iron bar|cleaver|meat cleaver|screwdriver|pole|brick|bricks)\b|"
     rf"(?:\b(?:a|the) |^\W*|[.,;!?]\s*)(?:man|woman|guy|lad|gang|group|bloke|men|lads) (?:with|w) (?:a |an )?{_WEAPON}\b{_NOT_A_THING_NAMED}|\b{_WHO}\s*{_BE}\s+(?:stood|standing|sat|sitting|waiting)\b[^.?!]{{0,30}}\bwith (?:a |an |his |her )?{_WEAPON}\b{_NOT_A_THING_NAMED}"),
    ("fire", "fire", r"\b(?:pour(?:ed|ing)|splash(?:ed|ing)|soak(?:ed|ing)) (?:petrol|lighter fluid|fuel|diesel)\b|\b(?:petrol|lighter fluid|fuel|diesel) (?:everywhere|all over|through|on the|over the)\b|"
     r"\b(?:soaked|doused|covered)\b[^.?!]{0,20}\b(?:petrol|lighter fluid|fuel)\b|\bpetrol (?:can|canister)\b|"
     # "man pour fuel on caravan where we sleep", "outside with a can of petrol".
     r"\b(?:he|she|they|man|men|someone|somebody) (?:pour|pours) (?:petrol|lighter fluid|fuel|diesel) (?:on|over|through|in|into|round|around) (?:my|our|the|his|her|their) "
     r"(?:\w+ )?(?:caravan|house|flat|home|door|car|tent|letterbox|hallway|hall|stairs|carpet|sofa|bed|room|bedroom|van|shop)\b|"
     r"^(?!.*\b(?:mower|lawnmower|generator|strimmer|chainsaw|fill\w*|top(?:ped|ping)? up|bought|buy|garage)\b)(?=.*\b(?:with|holding|carrying|waving|got) (?:a|the|his|her) "
     r"(?:can|canister|jerry ?can|bottle) of (?:petrol|lighter fluid|fuel|diesel)\b)|\bsmell (?:of )?(?:petrol|smoke|burning)\b|"
     r"\b(?:petrol bombs?|molotovs?|fire ?bombs?|fire ?bombed)\b|"
     r"\b(?:set|setting|put|putting) (?:a )?light to\b|\bcatching (?:the|our|my|next door'?s) (?:fence|roof|house|hedge|car|door|curtains|shed)\b|"
     r"\blit (?:the|our|my) (?:front |back )?(?:door|house|flat|car|bins?|porch|curtains|fence|shed|hallway|sofa|settee|couch|bed|mattress|carpet|stairs)\b|\bfuel (?:can|canister)\b|"
     r"\b(?:has|have|'s|'ve|ve|just|is|are|'re|re|trying to|going to|gonna|about to|threatening to|will|'ll) (?:just )?set (?:fire to|(?:\w+ ){1,3}(?:on fire|alight))\b|"
     r"\bsetting (?:fire to|(?:\w+ ){1,3}(?:on fire|alight))\b|"
     # Set alight just now, told in the past simple beside what goes on ("he set fire to the bin, its spreading to the
     # fence", "someone set my door on fire and theyre still on the corridor").
     r"\b(?:he|she|they|someone|somebody|people|lads|kids|a man|men|my \w+) (?:just )?set (?:fire to|(?:\w+ ){1,4}(?:on fire|alight))\b"
     r"(?=[^.?!]*\b(?:spreading|still (?:here|there|outside|on|in|at|laughing|watching|burning)|inside|upstairs|trapped|asleep|right now)\b)|"
     r"\b(?:lit|started) a fire\b|\bsomething (?:on fire|burning|alight)\b|\b(?:(?:my|our|the) )?(?:house|flat|home|caravan|trailer|kitchen|bedroom|hallway|landing|stairs)(?:'s| is)? on fire\b|\bfire (?:at|outside) (?:my|our|the) (?:front |back )?(?:door|house|flat|home)\b|\bsmoke'?s? (?:coming|pouring|billowing|everywhere|in|under|through|filling)\b|\bfull of smoke\b|\bflames\b|\b(?:torched|torching|dousing|doused)\b|\bthere(?:'?s| is) (?:a )?fire (?:in|at|outside)\b|"
     r"\bburn(?:ing)? (?:us|me|them|the (?:house|flat|place)|my (?:house|flat)) (?:down|out)\b|\bburn (?:us|me|them|her|him)\b|\bon fire with (?:me|us)\b|"
     r"\bburning (?:rag|paper|cloth|thing|bottle)\b|\b(?:burning|lit|alight)\b[^.?!]{0,20}\b(?:through|thru) (?:my|the|our) (?:letterbox|door|window)\b"),
    # Fire by its signs, its word left out (twenty-first round), in a pattern of its own: a habit beside them ("keeps
    # flicking his lighter" by the fuel he poured) does not make them an account, as it does the fire pattern's words.
    # A petrol bomb told by what it is made of ("lit a rag stuffed in a bottle", "a flaming bottle")
    ("fire_signs", "fire", r"\b(?:lit|lighting|flaming|burning) (?:a |the |an )?(?:rag|cloth)s?\b|\bflaming bottles?\b|\brags? (?:stuffed )?in (?:a|the) bottle\b|"
     # Twenty-sixth round: a lit bottle or firework thrown at a home ("lobbed a lit bottle at the window"); a home's bins,
     # car or shed lit just now ("they've just lit the bins under our window"); the gas turned on and left unlit
     r"\blit (?:bottles?|rags?|fireworks?|bangers?)\b[^.?!]{0,15}\b(?:at|through|into|over) (?:the|my|our|her|his|their|a) \w+|"
     r"\b(?:just|has just|have just|'ve just|'s just) (?:lit|torched|set light to|set fire to) (?:the|my|our|her|his|their|\w+'s) (?:\w+ )?"
     r"(?:bins?|wheelie bins?|car|van|door|shed|fence|hedge|porch|curtains|garage|doormat|letterbox)\b|"
     r"\b(?:turned|turning|put|left|switched) (?:all |every )?(?:the )?(?:gas|hob|cooker|rings?)(?: rings?| taps?| hobs?)? on\b[^.?!,]{0,15}\b(?:without lighting|not lit|unlit)\b|"
     # (forty-fourth round) ... or turned on with a light threatened beside it ("turned all the gas rings on and says hes going to
     # light it", "holding a lighter")
     r"\b(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bive )(?<!\bwe've )(?<!\bi just )(?:turned|turning|put|left|switched) (?:all |every )?(?:the )?gas(?: rings?| taps?| hobs?| cooker| oven)? on\b"
     r"(?=[^.?!]{0,80}\b(?:(?<!on to )light (?:it|a match|up)|"
     r"lighter|matches|a match|spark|flick it|blow (?:us|it|the (?:house|flat|place)) up)\b)|"
     # Fire with its word left out: what is burning "has caught" ("the curtains have caught"), a door hot to the touch
     # (not an oven's, a car's in the sun)
     r"\b(?:curtains?|blinds?|sofa|settee|couch|carpet|bed|mattress|roof|shed|fence|hedge|bins?|house|flat|kitchen|hallway|stairs|door|porch)"
     r"(?:'s| has| have|'ve)? (?:just |now )?caught\b(?! (?:on|in|up|out|the|a|an|my|his|her|him|me|them|us|by|cold|it|sight|fire)\b)|"
     r"(?<!oven )(?<!cooker )(?<!microwave )(?<!dishwasher )(?<!car )(?<!radiator )\b(?:front |flat |bedroom |back )?door(?: handle)? (?:is|'s|feels?) (?:really |very |so |boiling |red )?hot\b|"
     # a fuel other than petrol poured on a home or its furniture ("poured white spirit on the sofa"), not on brushes
     r"\b(?:pour\w*|splash\w*|squirt\w*|sprinkl\w*|put) (?:white spirit|paraffin|accelerant|meths|turps|methylated spirits?) (?:on|over|all over|round|around|through) "
     r"(?:my|our|the|his|her|their) (?:\w+ )?(?:sofa|settee|couch|bed|mattress|carpet|floor|stairs|door|curtains|car|house|flat|room|bedroom|hall|hallway|letterbox|caravan|trailer|van|tent)\b"),
    # Something burning as they write is not a what-if, whatever threat is reported beside it ("the flat is on
    # fire, he screamed he would burn us all"), so it is not among the patterns a "would" rules out.
    ("burning_now", "fire", r"\b(?:is|are|'s|'re|s) (?:on fire|burning|alight|ablaze)\b|\bablaze\b"),
    ("injured_now", "general", r"\b(?:can'?t get up|cant get up|blood everywhere|bleeding (?:everywhere|badly|a lot)|needs? an ambulance)\b"),
    # A wound that will not stop bleeding ("the cut on her head won't stop bleeding"), not a nosebleed.
    ("wont_stop_bleeding", "general", r"\b(?:cut|cuts|wound|gash|stab wound|head|arm|wrist|leg|hand|face|neck)\b[^.?!]{0,30}\b(?:won'?t|wont|will not|isn'?t|isnt|is not|not|can'?t|cant) "
     r"stop(?:p?ing)? bleeding\b|\bbleeding (?:won'?t|wont|will not|isn'?t|isnt|is not) stop(?:p?ing)?\b"),
    ("pinned_down", "general", r"\b(?:has|'s got|got|is holding) (?:me|her|him|us) pinned\b|\bpinning (?:me|her|him|us) (?:down|to)\b"),
    ("forcing_himself", "general", r"\b(?:trying to force (?:himself|herself|themselves) on|forcing (?:himself|herself|themselves) on|"
     r"trying to rape) (?:me|her|him|us)\b"),
    ("at_the_door_now", "general", rf"\b{_WHO}\s*{_BE}\s+(?:ringing|knocking(?: on)?|banging(?: on)?|trying|buzzing|pressing) (?:the|my|our) (?:door ?bell|bell|door|window|buzzer|intercom)|"
     rf"\b{_WHO}\s*(?:has|'s|s|have|'ve) been (?:ringing|knocking on|banging on|buzzing|pressing|trying) (?:the|my|our) (?:door ?bell|bell|door|window|buzzer|intercom)\b"),
    # (fifty-second round) ... nor stop, pull over or slow down to let them out, in a car, not a bus ("stuck in his car, hes doing 80
    # on the A6 and wont stop or let me out")
    ("wont_let_out_of_car", "held_captive", r"\bwon'?t (?:stop (?:the car|to let (?:me|us) out)|let (?:me|us) out of (?:the|his|her|their) car)\b|"
     r"^(?!.*\bbus\b)(?=.*\b(?:car|van|speed\w*|doing \d+|motorway|stuck|trapped|scared)\b).*\b(?:won'?t|wont|will not|refuses to|refusing to) (?:stop|pull over|slow down)(?: the car)?\b[^.?!]{0,20}\b(?:or|and|nor) (?:let|letting) (?:me|us|her) out\b"),
    ("scared_for_life", "threat_to_kill", r"\b(?:scared|afraid|frightened|fear) (?:for my life|he'?ll kill me|she'?ll kill me|they'?ll kill me)\b"),
    ("released_now", "released_or_found", rf"\b(?:just|today|yesterday|this (?:morning|afternoon|week))\b[^.?!]{{0,30}}\b{_RELEASED}\b|\b{_RELEASED}\b[^.?!]{{0,20}}\b(?:today|yesterday|this (?:morning|afternoon|week)|and (?:is|'s|s|he'?s|hes|she'?s)\b[^.?!]{{0,25}}\b(?:here|outside|back|at (?:my|our|the)|in (?:my|our|the)|on my))\b"),
    # The person sees them at home ("i just saw him across the road from my flat").
    ("seen_at_home", "released_or_found", r"\b(?:just (?:saw|seen|spotted|clocked)|i can see|can see|i see) (?:him|her|them|my ex|my abuser|the \w+)\b[^.?!]{0,25}"
     r"\b(?:outside|across|opposite|over the road from|by|near|at|in|looking (?:in|up|at|through))\b[^.?!]{0,20}\b(?:my|our) (?:house|flat|home|door|window|work|place|street|garden)\b"),
    # The one who hurt them, named by what they did, is where the person is ("the man who trafficked me is in the
    # reception now", "the lad that attacked me is sat outside"): not in the news, a court or a cell.
    ("who_hurt_me_is_here", "released_or_found", r"\b(?:the|that|this) (?:man|woman|guy|bloke|lad|fella|person|one|men|lads|people|boy|girl)\s+"
     r"(?:who|that|what)\s+(?:\w+\s+){0,3}?(?:attacked|raped|hurt|abused|assaulted|stabbed|strangled|choked|trafficked|groomed|stalked|stalks|"
     r"harassed|beat|battered|hit|threatened|kidnapped|robbed|mugged|followed|exploited|sold|brought|"
     # the one who keeps at it, told in the present ("the man who follows me", "the lad who's been stalking her")
     r"follows|stalks|harasses|threatens|watches|(?:is|'s|has been|'s been) (?:following|stalking|harassing|watching))\s+(?:me|us|her|him|my \w+)\b[^.?!,]{0,30}?\s"
     r"(?:is|are|'s|'re|has just|have just|just)\s+(?:right |now |still |already |just )?(?:here|outside|downstairs|upstairs|next door|across the road|"
     r"walked in|come in|arrived|turned up|"
     r"(?:in|at|on) (?:the|my|our|this) (?!news|papers?|court|dock|system|cells?|prison|jail|hospital|past|police|station|tv|telly|radio|internet)\w+|"
     r"(?:stood|standing|sat|sitting|waiting|parked) (?:in|at|outside|by|across|opposite|near))"),
    # "Find" is a worry ("he'll find my flat"); "found" is the danger.
    # Twenty-sixth round: a photo of their own door, house or street sent just now ("she's just sent me a pic of my new
    # front door"): found, whatever else the message says
    ("photo_of_my_door", "released_or_found", r"\b(?:just|has|'s|already|has just|'s just|has already|'s already) (?:sent|texted|messaged|posted|dm'?d|snapchatted) "
     r"(?:me )?(?:a |another )?(?:photo|pic|picture|video|snap|selfie)s? (?:of|outside|in front of) (?:my|our) (?:own |new )?(?:front door|door|house|flat|street|road|"
     r"car|window|windows|garden|building|work|kids'? school)\b"),
    # (forty-ninth round) the photos of the door that keep coming, the last from a minute ago ("he keeps sending me pics of my
    # front door from outside ... the last one was a minute ago"): the habit is this hour's, he is there now
    ("door_photos_still_coming", "released_or_found", r"^(?=.*\b(?:from outside|taken outside|across the road|from the street|from the road)\b)(?!.*\b(?:lol|haha\w*|lmao|paint\w*|renovat\w*|decorat\w*|builders?|extension|new (?:door|doors|windows?|roof|fence))\b).*?\b(?:keeps?|keep on|is|'s|has been) (?:sending|texting|messaging|posting|snapchatting) (?:me )?"
     r"(?:photos|pics|pictures|videos|snaps)\b (?:of|outside|in front of) (?:my|our) (?:front door|door|house|flat|window|windows|car|building)\b"
     r"(?=[^?]*\b(?:the )?(?:last|latest|newest) (?:one|pic|photo|picture) (?:was|came(?: in)?|arrived) (?:(?:a|one) (?:minute|min|sec|second)|\d+ (?:mins?|minutes|seconds|secs)|seconds|moments?) ago\b)"),
    ("found_me", "released_or_found", r"\b(?:found|finding|tracked|traced|worked|discovered)\b(?: out| down)? (?:(?:which|what) (?:refuge|house|flat|school|hostel|address)|where (?:\w+'?s? ){1,3}(?:live|lives|is|am|are|works?|stay|stays|go|goes)|"
     r"my (?:new )?(?:address|house|home|flat|place)|me (?:here|at)|the (?:refuge|safe house|kids'? school))\b|\btracked (?:me|us) down\b|\b(?:has|'s|have|'ve|just) (?:just )?(?:found|tracked down|traced) (?:me|us)\b(?!\s+(?:a|an|the|some|another)\b)|"
     r"\bknows where (?:i|we) (?:live|am|are) now\b"),
    ("taken_the_child", "child_in_danger", rf"\b(?:has|'s|have|'ve|just) (?:just )?(?:taken|snatched|grabbed|took) (?:the|my|our) {_CHILD}\b(?!\s+(?:to school|to nursery|to the park|for the weekend))|"
     rf"\btrying to (?:take|grab|snatch|drag|pull) (?:me|my|her|him|the|a) (?:\w+ )?(?:{_CHILD}|into)\b|\b(?:holding|dangling|hanging) (?:my|the|her|his|our|their) (?:\w+ )?{_CHILD} (?:over|out of)\b|"
     # the child named before and held over a drop ("he has the baby and he is holding her over the balcony"), and a child
     # snatched out of a pram or from someone's arms ("grabbed him out of the buggy and ran")
     r"\bholding (?:her|him|them) (?:over|out of) (?:the|a) (?:balcony|window|edge|bridge|railings?|banisters?|stair ?well|ledge)\b|"
     r"\b(?:grabbed|snatched|pulled|ripped|yanked) (?:him|her|them) (?:out of|from) (?:the|her|his|my|our) (?:pram|buggy|pushchair|cot|car ?seat|high ?chair|arms)\b"),
    # (fifty-third round) a child taken and the taker's word that the parent will not see them again ("my ex has taken our 3 year old
    # out of nursery without asking ... his last text says I'll never see her again"); its "never" is the danger
    ("never_see_the_child_again", "child_in_danger", rf"^(?=.*\b(?:taken|took|snatched|picked up|collected|has got|'s got) (?:our|my|the|her|his) (?:\w+ )?(?:{_CHILD}|\d{{1,2}} ?(?:year|yr)s?[- ]?old)\b)"
     r".*\b(?:i'?ll|i will|you'?ll|you will|u will|u'?ll|she'?ll|he'?ll|she will|he will) never see (?:her|him|them|the (?:kids|children|baby)|"
     r"(?:your|my|our|his) (?:kids|children|son|daughter|baby|boy|girl)) (?:ever )?again\b"),
    ("child_locked", "child_in_danger", rf"\b{_CHILD} (?:is |are |'s )?(?:locked|shut|stuck|trapped) (?:out|in)\b|\b{_CHILD} (?:is |are |'s )?left (?:alone )?in (?:a|the) (?:hot )?car\b|"
     rf"\b{_CHILD}(?: (?:next door|from next door|upstairs|over the road|opposite|across the road))? (?:is |are |'s )?(?:out )?on (?:the|a) (?:window ?ledge|ledge|window ?sill|balcony|roof)\b|\b(?:is|are|'s|'m|im|i'?m) stuck (?:in|at) [^.?!]{{0,20}}\bwith (?:him|her|them)\b"),
    ("child_with_danger", "child_in_danger", rf"\b(?:has|'s got|has got|got|took|taken) (?:my|the|our|her|his|their) (?:\w+ )?{_CHILD}\b[^.?!]{{0,25}}"
     r"\b(?:drunk|high|off (?:his|her) (?:head|face)|violent|knife|gun|weapon|won'?t give|wont give|threatening|screaming|raging|kicking off|going mental)"),
    ("shaking_the_baby", "child_in_danger", rf"\bshaking (?:the|my|our|her|his) {_CHILD}\b"),
    # A small child alone by a road, water or a drop, out there as they write ("toddler on his own walking along the A47 no adults
    # anywhere"): a small child, alone, a danger place, and a verb of being there, in one sentence.
    ("small_child_alone", "child_in_danger", r"^(?=[^.?!]*\b(?:toddler|baby|infant|little (?:boy|girl|one|kid|lad)|small (?:boy|girl|child|kid)|"
     r"(?:[1-5]|two|three|four|five)[- ]?(?:year|yr)[- ]?old)\b)"
     r"(?=[^.?!]*\b(?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves)|no (?:adults?|grown ?-?ups?|parents?|one|mum|dad)\b[^.?!,]{0,12}"
     r"\b(?:about|around|anywhere|with|in sight|near)|nobody (?:with|about|around|near))\b)"
     r"(?=[^.?!]*\b(?:roads?|dual carriageway|motorway|hard shoulder|a\d{1,4}|m\d{1,2}|traffic|cars|lorries|canal|river|railway|tracks|lake|quarry|"
     r"roof|balcony|window ledge|window ?sills?|ledge)\b)"
     r"(?=[^.?!]*\b(?:walking|wandering|running|toddling|standing|sitting|playing|crawling|climbing|hanging|is|'s|are|out)\b)"),
    # Twenty-second round (English sets 31 and 32 read), by kind.
    # Pills or a drug taken "all I had" or "a whole packet" with the body already telling of it ("took everything i
    # had, my heart is racing", "she's taken a whole box of something and is going sleepy"), not a sweet eaten.
    # (not "he took everything i had", a theft)
    ("taken_everything", SELF_HARM, r"\b(?:took|taken|swallowed|had|necked|downed) "
     r"(?:(?<!\bhe took )(?<!\bshe took )(?<!\bthey took )(?<!\bhe's taken )(?<!\bshe's taken )(?:everything (?:i had|i'?ve got|in the (?:cupboard|drawer|house))|all (?:i had|of it))|"
     r"all my (?:meds|pills|tablets|medication)|the lot|"
     r"(?:a|the) (?:whole|full|entire) (?:packet|pack|box|bottle|strip|tub|blister)s? of (?:something|pills|tablets|them|(?:my|her|his|their) \w+))"
     r"(?=[^.?!]*\b(?:heart (?:is |'s )?(?:racing|pounding)|feel(?:s|ing)? (?:really |so |very )?(?:weird|strange|funny|sick|dizzy|sleepy|drowsy|numb)|"
     r"(?:going|getting|gone) (?:sleepy|drowsy|floppy|grey|blue)|can'?t (?:stay awake|keep (?:my|her|his) eyes open)|won'?t wake|sorry|goodbye|bye)\b)"),
    # A drug or insulin to be injected or taken all at once ("i'm going to inject all of them", "about to take every
    # one of her insulin pens")
    ("all_at_once", SELF_HARM, r"^(?=.*\b(?:insulin|pens|pills|tablets|meds|syringes?|needles?)\b).*?\b(?:going to|gonna|gna|about to|will|'ll|i'?m|im) "
     r"(?:inject|swallow|take) (?:all|every one|every last one|the lot)(?: of (?:them|it|(?:my|his|her|the) (?:\w+ )?(?:insulin|pens|pills|tablets|meds|injections|syringes)))?\b|"
     # "take them all tonight", the things saved up for it ("i've been saving them up")
     r"\b(?:take|swallow|inject) them all\b(?=[^?]*\b(?:saving|saved|stockpil\w*|hoard\w*) them\b)|"
     # "ending it" said now with a time, and medicine saved up for it ("after my shift tonight i'm ending it")
     r"\b(?:i'?m|im|i am) ending it (?:all )?(?:tonight|today|now|after (?:work|my shift|this)|when)\b|"
     r"\b(?:i'?m|im|i am) ending it\b(?=[^.?!]*\b(?:tonight|today|after (?:work|my shift)|saved|saving|stockpiled|stockpiling)\b)|"
     r"\b(?:saved|saving|stockpiled|stockpiling|been saving|hoarded|hoarding) (?:up )?(?:all )?(?:my|her|his) (?:insulin|pills|tablets|meds|medication)\b"
     r"(?=[^.?!]*\b(?:end|ending|tonight|do it|take them all|can'?t do this)\b)|(?<=\bending it)\b(?=[^.?!]*\bsaved\b)"),
    # (a person dragged, not a suitcase or the bins: "dragging my suitcase out of the house")
    # Pushed or shoved as they write ("he's pushing me down the stairs"), and someone dragged by the hair or an arm
    # ("a man dragging a woman by her hair to his car")
    ("pushed_or_dragged", GENERAL, r"\b(?:is|'s|are|'re|s) (?:pushing|shoving|throwing) (?:me|us|her|him|them) (?:down|off|over|out of|into|against) (?:the )?\w+|"
     rf"\bdragging (?:me|us|her|him|them|a (?:\w+ )?(?:woman|girl|man|lad|boy|kid|child|lady)|(?:the|my|his|her|their) (?:\w+ )?(?:{_PEOPLE_DRAGGED})) (?:by (?:the|her|his|my|their) (?:hair|arm|arms|neck|feet|legs|collar|hood)|"
     r"(?:in)?to (?:his|her|their|a|the) (?:car|van|house|flat)|out of (?:the|his|her|a) (?:car|house|flat|shop))\b"),
    # Raped or forced upon just now ("he just forced himself on me and he's asleep beside me")
    ("forced_upon", GENERAL, r"\b(?:just|has just|'s just|only just) (?:forced (?:himself|herself|themselves) on|raped|sexually assaulted) (?:me|her|him|us)\b|"
     r"\b(?:forced (?:himself|herself|themselves) on|raped) (?:me|her|him|us) (?:just now|tonight|an hour ago|(?:\d+|ten|five|twenty) (?:mins?|minutes) ago)\b"),
    # A threat to "finish it" or "finish the job" when they get back, after a strangling ("he says he'll finish it
    # when he gets back from the pub"), and a threat quoted in the first person ("voice note saying tonight's the
    # night i'm finishing you")
    ("finish_it", "threat_to_kill", r"(?:\b(?:going to|gonna|gna|will|is going to|'s going to|about to|coming (?:back )?to)|(?<!\bi)'ll|(?<=\s)ll)\s+"
     r"finish (?:it|the job|what (?:he|she|they) started|me off)\b(?=[^.?!]*\b(?:when|tonight|later|after|once|back)\b)|"
     r"\b(?:saying|says|said|text\w*|messag\w*|voice ?note\w*)\b[^.?!]{0,40}\b(?:i'?m|im|i am) (?:finishing|ending|killing|gonna (?:kill|finish|end)|going to (?:kill|finish|end)) (?:you|u)\b"),
    # A threat to use the thing held if they move or speak ("he's got a knife and says he'll use it if i move",
    # with the knife misspelt): the threat is the danger, whatever the thing is called.
    ("use_it_if", "weapon", r"(?:\b(?:going to|gonna|gna|will|would)|(?<!\bi)'ll|(?<=\s)ll|\b(?:he|she|they)ll|\bhe'?d|\bshe'?d)\s+use (?:it|that|them|the \w+) (?:on (?:me|us|her|him|you) )?"
     # (thirty-fifth round) anyone, and coming near ("says she'll use it if I come near her", "if anyone tries to leave"); not a
     # carving knife offered "if anyone wants more turkey"
     r"if (?:(?:i|we|she|he|you|u) (?:make a sound|try)|(?:i|we|she|he|you|u|anyone|anybody|someone|somebody|any of us) (?:move|moves|scream|screams|shout|shouts|"
     r"call|calls|ring|rings|leave|leaves|run|runs|speak|speaks|tell|tells|open|opens|(?:try|tries) to (?:leave|run|get out|escape|call|ring|phone|stop|take|tell)|"
     r"(?:come|comes|get|gets|step|steps|go|goes|walk|walks) (?:near|nearer|closer|any closer|close|up to)))\b"),
    # A stranger waiting outside with a bat, a crowbar or a bar ("man outside the college gates with a baseball bat
    # waiting for us"), not one playing cricket or rounders.
    ("waiting_with_a_tool", "weapon", r"^(?!.*\b(?:cricket|rounders|baseball (?:game|match|practice|team|club)|softball|match|nets|batting|innings)\b)"
     r"(?=.*\b(?:outside|waiting|at the (?:door|gates?)|by the (?:door|gates?)|on the doorstep)\b).*?"
     r"\b(?:(?:a|the|some) )?(?:man|woman|guy|lad|lads|gang|group|bloke|fella|men|boys)\b[^.?!]{0,40}?\s(?:with|w) (?:a |an |his |some )?"
     r"(?:baseball bat|bat|crowbar|iron bar|metal bar|golf club|hammer|bats|crowbars)\b"),
    # Moved to get away, and they are here now ("we moved to get away and he's just walked past the window", "and
    # he's just knocked on my new door")
    ("got_away_and_here", "released_or_found", r"\b(?:moved|ran|fled|came|went) (?:\w+ ){0,3}to get away\b[^.?!]*?\b(?:and|but) (?:now )?(?:he|she|they)(?:'s| has| is|'re| have| are)? "
     r"(?:just|now|outside|here|at|standing|parked|knocking|banging|walked|walking|driving)\b"),
    # Seen near home or the hostel just now, walking up the road ("neighbour just saw him walking up our road", "my
    # cousin just saw them outside my hostel")
    ("seen_near_home", "released_or_found", r"\bjust (?:saw|seen|spotted|clocked) (?:him|her|them)\b[^.?!]{0,25}\b(?:walking|driving|outside|opposite|near|by|at|on|in|up|down|past)\b"
     r"[^.?!]{0,15}\b(?:my|our) (?:road|street|close|estate|block|hostel|refuge|building|house|flat|door|school|work)\b"),
    # The one who keeps following or stalking them, named by role, is here or beside them now ("the man who keeps following
    # me just got on my bus", "the punter who stalks me is at my window")
    ("stalker_here_now", "released_or_found", r"\b(?:the|that|this|a) (?:man|woman|guy|bloke|lad|fella|person|punter|client|customer|neighbour|stalker|one)\s+(?:who|that)\s+"
     r"(?:keeps (?:following|stalking|watching|harassing)|stalks|follows|watches|harasses|has been (?:following|stalking))\s+(?:me|us|her)\b[^.?!,]{0,20}?\s"
     r"(?:just (?:got on|got in|sat|walked|came|turned)|is (?:now |right now |still )?(?:at|on|in|outside|behind|here|sat|standing)|'s (?:at|on|in|outside|behind|here))\b"),
    # Following them in a car as they walk ("he's following me in his car, i'm walking home"), and behind them with a
    # place said between ("he's right behind me on the high street now")
    ("following_by_car", GENERAL, r"\b(?:he|she|they|someone|somebody|a (?:man|car|van|guy|bloke))(?:'s| is|'re| are|s) (?:still )?(?:following|chasing|tailing) (?:me|us) "
     r"(?:in|on) (?:his|her|their|a|the) (?:car|van|motorbike|bike|moped|taxi)\b|"
     r"\b(?:is|'s|s|are|'re) (?:still )?(?:right )?behind (?:me|us) (?:on|in|down|along|up) (?:the |my |our )?\w+(?: \w+)? (?:now|right now|still)\b"),
    # A child led off by a stranger as they watch ("a man trying to get a little girl to get off the train with him")
    ("child_lured", "child_in_danger", rf"\btrying to (?:get|make|lure|persuade|coax|talk|convince) (?:a|the|this|that|my|our) (?:\w+ )?{_CHILD} (?:in)?to "
     r"(?:go|come|get (?:off|in|into|out)|leave|follow)\b[^.?!]{0,30}\bwith (?:him|her|them)\b"),
    # A child taken to a stranger's flat (grooming), or threatened to be taken tonight ("she's been taken to some man's
    # flat", "he says he'll take them both tonight")
    ("child_taken_tonight", "child_in_danger", r"\b(?:been|being|was) taken to (?:some|a|an|this|that|an older) (?:\w+ )?(?:man'?s|men'?s|guy'?s|bloke'?s|lad'?s|lads'?) (?:flat|house|place|car)\b|"
     rf"(?:\b(?:going to|gonna|gna|will|coming to|coming round to|on (?:his|her|their) way to)|(?<!\bi)'ll|(?<=\s)ll|\b(?:he|she|they)ll)\s+(?:take|snatch|grab) (?:them both|both of them|the (?:kids|children|baby)|my {_CHILD}|our {_CHILD}) "
     r"(?:tonight|today|now|right now|this (?:evening|afternoon))\b"),
    # A parent drunk and about to drive off with the children ("he's drunk and getting in the car with the kids")
    ("drunk_driving_off", "child_in_danger", r"^(?=.*\b(?:drunk|hammered|wasted|pissed|off (?:his|her) (?:head|face)|high|over the limit|been drinking)\b)"
     rf"(?=.*\b(?:about to|going to|gonna|trying to|getting|got|put|putting|is|'s) (?:drive|driving|drive off|get in|getting in|in) (?:off )?(?:the car |the van )?(?:with|w) (?:the|my|our|his|her) (?:\w+ )?{_CHILD}\b|"
     rf".*\b(?:put|putting|strapping|got) (?:the|my|our) (?:\w+ )?{_CHILD} in (?:the|his|her) (?:car|van)\b)"),
    # A child screaming for help next door, and the sounds of a child hurt ("the little girl next door is screaming
    # help", "i can hear thumps and the little one saying stop")
    ("child_heard", "child_in_danger", rf"\b{_CHILD}(?: next door| upstairs| downstairs| from next door)? (?:is |'s |are )?(?:screaming|crying|shouting|yelling) (?:for )?help\b|"
     rf"\b(?:i can|can|i could) hear\b[^.?!]{{0,20}}\b(?:thumps|thuds|slaps|smacks|banging|hitting)\b(?=[^.?!]*\b(?:{_CHILD}|little one)\b[^.?!]{{0,20}}\b(?:saying stop|screaming|crying|begging)\b)"),
    # A weapon shown beside a child in a video or photo just sent ("sent me a video of a knife next to his cot")
    ("weapon_by_child_sent", "child_in_danger", r"\b(?:sent|sending|showed|shown) me (?:a |this )?(?:video|photo|picture|pic|snap|clip) of (?:a|the|his|her) (?:knife|gun|blade|weapon|lighter)\s+"
     r"(?:next to|by|near|at|to|on|against) (?:his|her|the|my) (?:cot|bed|neck|head|throat|face|pram)\b"),
    # Held in a vehicle that will not stop ("he has me in his van and won't stop"), kept until a debt or a yes ("says
    # i'm not leaving till i've paid him back", "blocked the door and says im not leaving till i agree")
    ("held_till", "held_captive", r"\b(?:has|'s got|got|have) (?:me|us|her) in (?:his|her|their|the|a) (?:\w+ )?(?:van|car|lorry|truck|cab|taxi|boot)\b(?=[^.?!]*\b(?:won'?t|wont|will not) (?:stop|let)\b)|"
     # (thirty-first round) said from inside it ("im stuck in the back of his car and he wont stop driving")
     r"\b(?:i'?m|im|i am|we'?re|we are|she'?s|shes) (?:stuck|locked|trapped|shut) in (?:the back of )?(?:his|her|their|the|a) (?:\w+ )?(?:car|van|cab|taxi|lorry|truck)\b"
     r"(?=[^.?!]*\b(?:he|she|they|driver)(?:'s| is)? (?:won'?t|wont|will not) (?:stop|let (?:me|us|her) out|pull over)\b)|"
     r"\b(?:says?|said|saying|told me)\b[^.?!]{0,10}\b(?:i'?m|im|i am|she'?s|we'?re|you'?re|youre) not (?:leaving|going anywhere|getting out|going out)\b[^.?!]{0,10}\b(?:till|until|unless)\b"),
    # Phone taken and the door locked, and the person hidden inside ("took my phone and locked the door, i'm hidden in
    # the bathroom"); a clipped "LOCKED ROOM." with no food for days
    ("phone_taken_locked", "held_captive", r"\btook (?:my|her|our) (?:phone|passport|keys?)\b[^.?!]{0,10}\band lock(?:ed)? (?:the|my|our) (?:door|room|doors)\b|"
     # (thirty-first round) learner English's "take my documents and lock me" (not "takes ... and locks", a what-if's
     # or a habit's tense: "if he takes my passport and locks me in")
     r"(?<!\bif )\b(?:take|took|taken) (?:my|her|our) (?:documents|papers|passports?|id|phone|keys?)\b[^.?!]{0,10}\band lock(?:ed)? (?:me|us|her)\b(?! out\b)|"
     r"(?:^|[.!]\s*)locked (?:in )?(?:room|bedroom|inside)\s*(?:[.!]|$)(?=.*\bno food\b)"),
    # Hidden from them in a room now ("i'm on my sister's old phone hidden in the bathroom")
    ("hidden_in", GENERAL, r"\b(?:i'?m|im|i am|we'?re|we are)\b[^.?!,]{0,30}\bhidden (?:in|under|behind) (?:the|my|a|our) (?:bathroom|toilet|loo|wardrobe|cupboard|bedroom|shed|attic|garage|bed)\b"),
    # Broken in, and inside now ("he's broken the door of my room and he's inside"), by the patio or conservatory
    # ("someone just came through the patio glass"), trying to climb in ("trying to climb in the back window"), and
    # the clipped sounds of it ("GLASS BREAK. SOMEONE INSIDE HOUSE?")
    ("broken_in_now", "attack_on_home_now", r"\b(?:he|she|they|someone|somebody)(?:'s| has|'ve| have) (?:just )?(?:broken|kicked|smashed|forced) (?:down |in |open )?(?:the|my|our) (?:\w+ )?(?:door|window)\b"
     r"[^.?!]{0,40}\b(?:inside|in here|in the (?:house|flat|room)|in my room)\b|"
     r"\b(?:just )?(?:came|come|got|climbed|smashed|broke) (?:in )?(?:through|thru) (?:the|my|our) (?:back |front )?(?:patio|conservatory|french|sliding|kitchen|bedroom) (?:glass|doors?|windows?)\b|"
     r"\btrying to climb (?:in|into|through) (?:the|my|our|a) (?:\w+ )?(?:window|door)\b|"
     r"\b(?:glass|window|door)s? (?:break|breaking|smash|smashing|broke|smashed)\b[^?]{0,30}\bsomeone (?:is )?(?:inside|in) (?:the |my |our )?(?:house|flat|home)\b"),
    # A cab, a car or a home set alight and still burning near them ("my cab has been set alight")
    ("set_alight", "fire", r"\b(?:has|have|'s|'ve) (?:just )?been (?:set alight|set on fire|torched|petrol bombed|firebombed)\b"),
    # A child cut by a euphemism, the cutter coming ("the woman is coming tomorrow to do it to my daughter")
    ("cutter_coming", "forced_marriage_or_fgm", rf"^(?=.*\b{_SOON}\b).*\b(?:coming|come|here|booked|arranged)\b[^.?!]{{0,40}}\bdo (?:it|that|the thing) (?:to|on) (?:my|our|her|his) "
     r"(?:little |younger |baby )?(?:daughter|girl|sister|niece|granddaughter|girls)\b|"
     # (thirty-first round) the one who will do it named, a number of girls ("tonight the lady will do it to my two girls"), or
     # the "do" in quotes ("a woman is coming on sunday to 'do' my niece"); not a girl's hair or henna done
     rf"^(?!.*\b{_GROOMING}\b)(?=.*\b{_SOON}\b).*\b(?:will|'ll|going to|gonna|is coming to|coming to)\s+do (?:it|that|the thing) (?:to|on) (?:my|our|her|his) "
     r"(?:\d+ |two |three |both |little |younger |baby |small )*(?:daughters?|girls?|sisters?|nieces?|granddaughters?)\b|"
     rf"^(?!.*\b{_GROOMING}\b)(?=.*\b{_SOON}\b).*\b(?:coming|come|here|booked|arranged|will|going)\b[^.?!]{{0,40}}\bto ['\"‘’]do['\"‘’] (?:my|our|her|his) "
     r"(?:\d+ |two |three |both |little |younger |baby |small )*(?:daughters?|girls?|sisters?|nieces?|granddaughters?)\b"),
    # A flight at an hour said, told as a holiday but a wedding ("flight is at 6am, they say it's a holiday but it's my
    # wedding")
    ("wedding_flight", "forced_marriage_or_fgm", r"\b(?:flight|plane|train|coach)(?:'s| is| leaves| goes)? ?(?:at|in) \d{1,2}(?:[:.]\d\d)? ?(?:am|pm|hours|hrs)?\b"
     r"(?=[^?]*\b(?:holiday|trip|visit)\b[^?]*\bbut\b[^?]*\b(?:my|her) (?:wedding|nikah|marriage)\b)"),
    # (fifty-third round) taken abroad within days with the passport held and told there is no coming back ("they've got her passport
    # and they're flying to bangladesh on friday and she 'won't be back for sixth form'"): the Forced Marriage Unit's signs, with
    # no marriage named
    ("sent_abroad_not_to_return", "forced_marriage_or_fgm", rf"^(?=.*\b{_SOON}\b)"
     rf"(?=.*\b(?:fly|flying|flight|plane|tickets?|taking (?:me|her|us)|sending (?:me|her)|going)\b[^.?!]{{0,40}}\b{_COUNTRY}\b)"
     r"(?=.*\b(?:(?:got|taken|took|has|have|hid|hidden|keeping|kept|holding|locked up) (?:my|her) passport|passport (?:is |'s |has been |was )?(?:gone|taken|hidden|missing|locked))\b)"
     r"(?=.*\b(?:(?:i'?m|im|i am|she'?s|she is|shes) not (?:coming|going) back|(?:won'?t|wont|will not) (?:be )?(?:coming )?back (?:for|to|at|in) "
     r"(?:school|college|sixth ?form|uni|term|year \d+)|one[- ]way)\b)"),
    # Hurt with a thing held and still going on ("has got my walking stick and keeps hitting me with it"): the habit
    # word tells of blows now, the thing held says so
    ("hitting_with_it", "weapon", r"\b(?:has|has got|'s got|got) (?:my|his|her|a|the) (?:walking stick|stick|crutch|rolling pin|belt|iron|kettle|pan|frying pan|cane|bat|hammer)\b"
     r"[^.?!]{0,10}\band (?:is |keeps |keep )?(?:hitting|beating|whacking|swinging it at|bashing) (?:me|us|her|him)\b"),
    # Someone stood outside now, said in clipped words ("MAN FOLLOW ME HOME. STAND OUTSIDE NOW.")
    ("clipped_outside", GENERAL, r"\bfollow(?:ed)? me (?:home|here)\b[^?]{0,10}\b(?:stand|stands|standing|wait|waits|waiting) outside (?:now|right now)\b"),
    # Twenty-seventh round (English sets 45 and 46 read), by kind.
    # Something thrown or sprayed in someone's face by someone, and it burns or blinds as they write ("someone threw
    # something on my face it burns", "a lad squirted stuff in her eyes and she can't see"): a corrosive attack, whether
    # or not they know to call it acid. Not oil spitting in the pan (no one threw it), not a drink thrown with no burn.
    ("thrown_in_face", "weapon", r"\b(?:he|she|they|someone|somebody|some ?one|(?:a|some|this|that) (?:man|woman|guy|lad|bloke|girl|boy|stranger|kid)|"
     r"(?:some|these|those|two|three|a group of|a gang of) (?:lads|men|boys|girls|kids|people)|my \w+|her \w+|his \w+)"
     # (a few words of where or how between: "a lad on a bike just chucked ...")
     r"(?: (?:on|in|at|by|from|off) (?:a|the|his|her|their) \w+)?(?:'s|'ve| has| have)? (?:just )?"
     r"(?:threw|thrown|chucked|splashed|sprayed|poured|squirted|flung|lobbed)\b[^.?!]{0,30}?\b(?:in|on|at|over|into|onto|across) "
     r"(?:my|her|his|their|your|the)(?: \w+'?s)? (?:face|eyes)\b"
     r"(?=[^.?!]*\b(?:burn|burns|burning|stings?|stinging|melting|blistering|sizzling|(?:can'?t|cant|cannot) see)\b)|"
     r"\b(?:got|been|was|were|is|'s) (?:just )?(?:thrown|splashed|sprayed|squirted|doused) (?:in|on|at|over|into|across) (?:the|my|her|his|their) (?:face|eyes)\b"
     r"(?=[^.?!]*\b(?:burn|burns|burning|stings?|stinging|melting|blistering|(?:can'?t|cant|cannot) see)\b)"),
    # A "joke" about where the body would go, made with the tool for it in hand ("joking again about where he'd hide my
    # body, except he's holding the spade"): the tool held makes it no joke (the joking frame rules out the threat
    # patterns, not this one). Talk of a body alone stays with the classifier.
    ("body_talk_tool_held", "threat_to_kill", r"^(?=[^?]*\b(?:hide|hiding|bury|burying|dump|dumping|dispose of|disposing of|get rid of|getting rid of|"
     r"chop up|chopping up|dig|digging|dug) (?:up )?(?:my|her|his|your|ur|our) (?:body|bodies|corpse|grave)\b)"
     r"(?=[^?]*\b(?:holding|has got|'s got|has|got|carrying|with|grabbed|picked up|fetched|sharpening) (?:a|the|his|her|their|my|our) "
     r"(?:spade|shovel|pick ?axe|axe|hatchet|saw|knife|machete|hammer|rope|bin bags|tarp|tarpaulin)\b)"),
    # Someone feared walking or driving past the home again and again just now ("hes just walked past the window twice in
    # the last 10 mins"), and someone under an order or bail at the person's place now ("he's not allowed anywhere near
    # me and he's at the bus stop waiting for me"): watching them, whatever the order said.
    ("circling_the_home", "released_or_found", r"\b(?:he|she|they|my ex|(?:my|her|his) ex[- ]?\w+)(?:'s| has| have|'ve|s)? just (?:walked|driven|drove|gone|come|cycled|"
     r"run|been|gone round) (?:past|by|round) (?:the|my|our) (?:front |back )?(?:window|windows|house|flat|door|gate|drive|garden)\b[^.?!,]{0,10}?"
     r"\b(?:twice|again|(?:three|four|five|several|a few|a couple of|\d+) times)\b|"
     r"^(?=.*\b(?:non[- ]?mol\w*|restraining order|injunction|(?:protection|protective|stalking protection|occupation) order|bail conditions?|"
     r"(?:he'?s|she'?s|he is|she is|they'?re|they are|hes|shes) on bail|(?:not|isn'?t|isnt|aren'?t) (?:allowed|supposed|meant|permitted) "
     r"(?:to (?:come|be|go) )?(?:anywhere )?near (?:me|us|her|him|my \w+|the house|here))\b)"
     r"(?=.*\b(?:he|she|they|my ex|(?:my|her|his) ex[- ]?\w+)(?:'s| is| are|'re|s)? (?:just |still |now |right now |literally )?"
     r"(?:(?:walked|walking|driven|drove|driving|come|came|coming|cycled|cycling|standing|stood|sitting|sat|waiting|parked|hanging about|hanging around) )?"
     r"(?:past|by|outside|at|across from|opposite|up|near|round) (?:the|my|our) (?:front |back )?(?:window|windows|house|flat|door|gate|drive|driveway|garden|"
     r"road|street|close|work|school|bus stop|stop|car|shop|building|block|hostel|refuge)\b)"
     r"(?=.*\b(?:just|right now|now|still|twice|again|in the last|at the moment|waiting for (?:me|us|her))\b)"),
    # Thirty-first round (English sets 59 and 61 read), by kind.
    # The doors and windows shut by someone who keeps the key on them, the person held inside now ("he's shut all the
    # doors and has the keys in his pocket, says i'm not going anywhere"), as learner English has it too ("he close all
    # door and keep key with him"): held, whatever "keep" says of habit. Not doors shut for the night or against wasps
    # with the keys on a hook, nothing held or feared.
    ("key_kept_on_them", "held_captive", r"\b(?:he|she|they|my \w+|his \w+|her \w+)\s*(?:has |'s |have |'ve |just )?(?:locked|lock|locks|closed|close|closes|shut|shuts) "
     r"(?:all |every |both )?(?:(?:the|my|our) )?(?:doors?|windows?|front door|back door)\b[^.?!]{0,40}?\b"
     r"(?:keep|keeps|kept|keeping|took|take|takes|taken|has|have|hid|hide|hidden|put|puts|got) (?:all )?(?:the |my |our |all the )?keys? "
     r"(?:in|on|with) (?:his|her|their|him|them)\b"
     r"(?=[^?]*\b(?:can'?t|cant|cannot|won'?t let|wont let|not (?:let|leave|going anywhere|getting out|go out)|alive|now|tonight|help|please)\b)"),
    # A threat to kill said as never leaving a place alive ("he says i won't get out of this flat alive", "she say you will
    # not leave here alive"), said by someone now: its own "not" is the threat, not a denial.
    ("not_leave_alive", "threat_to_kill", r"\b(?:says?|said|saying|told me|tells me|telling me|shouting|screaming|yelling|texted|texting|messaged|messaging)\b[^.?!]{0,25}?"
     r"\b(?:won'?t|wont|will not|will never|not (?:going to|gonna)|never|are not|aren'?t|is not|isn'?t|(?:i'?m|im|i am|you'?re|youre|you are|u r|she'?s|shes|he'?s|hes|we'?re|they'?re) not) (?:leave|leaving|get out of|getting out of|walk out of|walking out of|make it out of|"
     r"come out of|coming out of|get out|getting out)(?: (?:of )?(?:this|the|that|here|my|his|her|our|their)(?: \w+)?)? alive\b"),
    # A bare "someone following me" as the whole of a short message, without its "is" ("man following me", "a car
    # following me help"): followed as they write. Not following online, nor an account with its own time.
    ("followed_bare", "general", r"^\W*(?:there'?s |theres |there is )?(?:someone|somebody|some ?one|a man|man|a guy|guy|a bloke|bloke|a woman|woman|a lad|lads|"
     r"some (?:man|guy|bloke|lads|men|boys)|a car|car|a van|van|men|a group|group)\s+(?:is\s+)?(?:following|chasing) (?:me|us)\b"
     r"(?!\s+(?:on|online|around on|back|for (?:months|weeks|years|ages)|(?:last|in) \w+)\b)(?=[^?]{0,40}$)"),
    # A bare "let me out" or "let me go" as the whole message, a plea or two around it ("please let me out"): a cry to be
    # let out, written as they are held.
    ("let_me_out_alone", "held_captive", r"^\W*(?:(?:please|pls|plz|help|someone|somebody|sombody)\W+){0,3}let (?:me|us) (?:out|go)"
     r"(?:\W+(?:of here|please|pls|plz|now|help|someone|somebody|help me|i cant breathe))*\W*$"),
    # (thirty-second round) A child touched by a grown stranger as the witness writes ("little girl on the train, a man
    # keeps touching her"): "keeps" is the act going on, not a habit. Not a child touching, nor someone they know
    # ("he keeps touching her hair" of a brother).
    ("child_touched_now", "child_in_danger", r"\b(?:kid|child|boy|girl|little (?:boy|girl|one|lad)|toddler|(?:[2-9]|1[0-5]) ?(?:year old|yr old|yo)|maybe (?:[2-9]|1[0-5]))\b"
     r"[^?]{0,80}?\b(?:a |an |the |some |this |that )?(?:old |older |grown |drunk |strange )?(?:man|bloke|guy|adult|stranger|fella|geezer|someone|somebody)\b"
     # (where he sits: "an old man sat next to him keeps stroking his leg")
     r"(?:\s+(?:sat|sitting|stood|standing)(?: (?:next to|beside|behind|opposite|near|by) (?:him|her|them))?)?"
     r"\s*(?:keeps|keep|is|'s|s|has been|'s been|keeps on)\s+(?:touching|groping|stroking|feeling|rubbing|fondling|grabbing at)\s+"
     r"(?:him|her|them|the (?:kid|child|boy|girl)|(?:his|her) (?:leg|legs|thigh|bum|hair|face|knee|chest))\b"),
    # ... and a child dragged or taken hold of by a drunk or raging adult as someone rings or texts it ("my son rang me
    # whispering that his dad is drunk and dragging his sister up the stairs"), the act told with "he's got ... dragging".
    ("child_dragged_now", "child_in_danger", r"\b(?:(?:he|she)(?:'s| is|s) got|(?:he|she)(?:'s| is|s) (?:dragging|pulling|yanking))\s+(?:her|his|my|our|the) "
     r"(?:little |baby |younger |big )?(?:brother|sister|son|daughter|boy|girl|kid|child|baby)\b(?: (?:by the|by her|by his) (?:arm|hair|neck|collar|wrist|leg|legs|hood))?"
     r"[^.?!]{0,20}?\b(?:dragging|pulling|yanking|hauling)\s+(?:him|her|them)\b"),
    # (thirty-fourth round) someone found after a noose or a dose, breathing slowly or not opening their eyes
    ("body_failing_now", "general", r"^(?=.*\b(?:cord|rope|noose|ligature|hang\w*|pills|tablets|overdos\w*|took|taken|(?:cut|got|get|pulled|lifted) (?:him|her|them) down|found (?:him|her|them)|"
     r"blue|won'?t wake|not waking|not respond\w*|collapsed)\b).*?\b(?:he'?s|she'?s|he is|she is|they'?re|they are|hes|shes)\s+(?:still\s+)?(?:breathing (?:very |really |so |too )?"
     r"(?:slow(?:ly)?|shallow|funny|strange(?:ly)?|weird(?:ly)?)|not opening (?:his|her|their) eyes)\b"),
    # (thirty-fourth round) someone feared walking up to the door with something in hand; one who came out of prison
    # standing in front of the house now; someone sat or stood opposite the house as they look out; an ex waiting for
    # the end of their shift, the time said
    ("coming_to_the_door_armed", "released_or_found", r"^(?!.*\b(?:postman|postie|delivery|courier|parcel|amazon|dpd|evri|royal mail|milkman|meter)\b)"
     r".*\b(?:walking|coming|heading|running|marching) (?:up )?(?:to|towards) (?:my|our|the) (?:front |back )?"
     r"(?:door|house|flat)\b[^.?!]{0,30}\bwith something in (?:his|her|their) hands?\b"),
    # (learner English's bare "he stand in front of my house"; its "now" is often split off by a comma before it)
    # (lead's review at the merge: only with a release, an ex, an abuser or fear told; not a lift waited for, nor the
    # neighbours in the sun)
    ("stands_at_the_house_now", "released_or_found", rf"^(?=.*\b{_FEARED_ONE}\b).*\b(?:he|she|they|my ex) (?:stand|standing|is standing|are standing|wait|waiting|is waiting|are waiting|sit|sitting|"
     r"is sitting|are sitting) "
     r"(?:in front of|outside|at) (?:my|our) (?:house|flat|door|home|gate|window)\b"),
    # (lead's review at the merge: with someone feared, looking or asked about, not a man at his lunch on the bench)
    ("sat_opposite", "released_or_found", rf"^(?=.*\b(?:{_FEARED_ONE}|asked (?:for|about)|asking (?:for|about)|star\w+|watching|looking (?:at|up|over|in|out)|"
     rf"(?:just )?looked|followed|found)\b).*\b(?:he|they|my ex|the man|that man)\s*{_BE}\s+(?:just )?(?:sitting|sat|standing|stood|parked|lurking)\b[^.?!,]{{0,25}}"
     r"\b(?:opposite|over the road|across the road|across the street)\b(?! (?:me|us|her|him)\b)(?![^.?!]{0,30}\b(?:waiting for|bus stop|cafe|pub|restaurant|canteen)\b)"),
    ("waiting_for_my_shift", "released_or_found", r"^(?=.*\b(?:ex|husband|partner|byly|he|she)\b)(?=.*\b(?:wait|waits|waiting) for me (?:to (?:finish|come out|leave|get off)|"
     r"after (?:my|the) shift)\b)(?=.*\b(?:(?:it'?s|it is|its) \d{1,2}[.:]\d\d|right now)\b)"),
)
_PATTERN_CATEGORY = {name: category for name, category, _ in _PATTERN_SOURCES}
FORCED_MARRIAGE_OR_FGM = "forced_marriage_or_fgm"
# Every risk category a match can name, in every language (other languages' danger.yml list theirs).
DANGER_CATEGORIES = tuple(dict.fromkeys(category for _, category, _ in _PATTERN_SOURCES))
# Self-harm first (it changes the answer), then a child in danger, the other risk categories, and general
# danger last, so a match names the most telling category.
_CATEGORY_ORDER = {SELF_HARM: 0, "child_in_danger": 1, GENERAL: 3}
_DANGER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(source, re.IGNORECASE))
    for name, category, source in sorted(_PATTERN_SOURCES, key=lambda p: _CATEGORY_ORDER.get(p[1], 2))
)

# A negation just before (or inside) the match turns "he's outside" into "he isn't outside".
_NEGATION = re.compile(
    # (forty-first round: "nothing's on fire", "nothing is burning")
    r"\b(?:not|no longer|isn'?t|aren'?t|wasn'?t|weren'?t|never|no one|nobody|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|hasn'?t|hasnt|haven'?t|"
    r"nothing(?='s|s\b| is\b| was\b))\b",
    re.IGNORECASE,
)
# Patterns whose wording already contains a negation ("I'm not safe", "won't let me leave").
_NEGATION_IS_THE_DANGER = frozenset({"not_let_out_since", "told_not_leaving", "keys_kept_locked", "passport_and_door", "locked_with_us_inside", "held_till", "in_danger", "locked_in", "kept_in", "not_breathing", "not_allowed_out", "wont_see_tomorrow", "wont_wake_up",
                                     "not_here_anymore", "wont_let_out_of_car", "never_see_the_child_again", "locked_and_cannot_go_out", "not_coming_down", "goodbye", "shut_in", "farewell_threat",
                                     "pills_uncounted", "not_here_tomorrow", "wont_stop_bleeding", "not_leave_alive"})

_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
# Danger told as something in the past belongs to the account, not to the emergency answer ...
_PAST = re.compile(
    # (forty-fourth round: a festival gone by too, "last Diwali somebody threw a lit firework at our house")
    # (forty-fourth round: not a person placed by it, "the punter from last week and his mate are trying to force my door")
    r"\b(?:(?<!punter from )(?<!guy from )(?<! man from )(?<!bloke from )(?<!lads from )(?<! lot from )(?<! one from )(?<!woman from )(?<! men from )"
    r"(?<!customer from )(?<!driver from )last (?:year|month|week|weekend|time|summer|winter|spring|autumn|christmas|term|diwali|eid|ramadan|bonfire night|"
    r"halloween|new year|new year'?s eve|easter|vaisakhi|baisakhi|navratri|holi)|"
    # "last night" and "last tuesday" (not "since last night", still going on, nor "the last night i'll ever see"); a date
    # right after a past act ("strangled 14th Feb", "taken on the 16th")
    r"(?<!since )(?<!from )(?<!the )(?<!my )(?<!your )(?<!ur )(?<!her )(?<!his )(?<!our )(?<!their )last (?:night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:i'?ll|ill|i will|you'?ll|youll|you will|we'?ll|we will|of|on earth|alive|ever)\b)|"
    r"(?:\w+ed|took|taken|got|was|were|happened|hit|beat|threw|broke) (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)(?: of)?(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*)?(?! (?:mins?|minutes|hours?|floor)\b)|"
    # (twenty-ninth round) a time counted before a move or an event ("many years before we came to Holland"); "back in"
    # only as a time ("back in 2009", "back in Iraq"), not a person pulled or let back inside ("a man pulled her back in", "dragged
    # him back in and shut the window")
    r"(?:many|some|a few|several|\d+|two|three|four|five|six|ten|fifteen|twenty) (?:years|decades) before|"
    # (thirty-second round) learner English's singular ("2 year before", "one year before", "3 month before")
    r"(?:\d+|one|a|two|three|four|five|six) (?:year|month)s? before\b(?! (?:i|we|he|she|they|you|the|my|our)\b)|"
    r"(?:decades?|years?|months?|weeks?|days?|ages|long time|while) (?:ago|back)|used to|use to|"
    # (fifty-third round) seasons counted back ("on holiday in Spain two summers ago")
    r"(?:two|three|four|five|a few|several|\d+) (?:summers|winters|christmases|easters|ramadans|eids|diwalis) ago|"
    # (forty-seventh round) "In my village in Sylhet long ago girls married very young"
    r"(?<!\bnot )long ago|"
    # (forty-fourth round) a festival night named with a past act ("someone burnt our wheelie bin on bonfire night")
    r"(?:burnt|burned|torched|threw|chucked|smashed|broke|kicked|attacked|stole|set fire to|let off)\b[^.?!]{0,40}?\bon (?:bonfire night|guy fawkes night|halloween|"
    r"new year'?s eve|new year'?s day|diwali|eid|christmas eve|christmas day|boxing day)\b|"
    # (lead's review, eighteenth session) not a return to come ("I won't be back in January", "she'll be back then")
    r"(?<!\bbe )back (?:then|when|"
    r"in(?!\s*(?:[.?!,;:]|$|(?:and|then|again|through|by the)\b))(?! (?:\d{1,3}\b|a (?:sec|second|min|minute|mo|moment|bit|few|couple)\b|an hour|half an hour|two|three|five|ten|fifteen|twenty|thirty)|(?: (?:the|my|our|his|her|their|a|this|that) (?:\w+ )?(?:flat|house|home|room|bedroom|kitchen|lounge|car|van|cab|lorry|building|block|garden|street|road|area|town|city|village|country|hostel|refuge|bed|bathroom|office|shop|hall|hallway|cell)\b)))|the (?:night|day|week|time) (?:we|i|he|she) (?:split|broke up|separated|left)|when (?:i|we) (?:was|were|lived|first|got)|"
    rf"when (?:he|she|they|we) (?:was|were) (?:little|young|younger|small|a (?:baby|child|kid)|kids|together|married)|in (?:19|20)\d\d|in (?:the )?past|(?:in|during|back in) the (?:19|20)?[0-9]0'?s|in the (?:seventies|eighties|nineties)|"
    # a spouse who has died ("my late husband strangled me"), a childhood ("I had FGM as a baby in Sudan")
    # ... but not a thing of theirs someone has now ("my late dad's shotgun": an heirloom is no past event)
    r"my late (?:husband|wife|partner|father|dad|mother|mum|ex|brother|sister|father[- ]in[- ]law|mother[- ]in[- ]law)(?!'s|’s|s\b)|"
    # (twenty-seventh round) an age gone by ("in her day husbands hit wives"), not a day off or a day job
    # (thirty-fifth round) learner English's "in my time" too ("in my time all marriage arranged"), not time off or a time of need
    r"in (?:my|her|his|their|our|your) (?:day|days|young days|youth|time)(?! (?:off|job|out|at|to day|of|here|with)\b)|"
    r"as a (?:baby|babe|child|kid|toddler|little girl|young girl|little boy|teenager)|"
    # a season gone by ("he threatened me in the summer"), not one ahead: a flight booked for it, "next week in the
    # holidays", a sentence that looks ahead to it ("he wants to take her abroad in the summer holidays": the cutting
    # season, twenty-third session)
    r"(?:^|(?<=[.?!\n] )|(?<=[.?!\n]))(?![^.?!]*\b(?:next (?:week|month)|will|'ll|gonna|going to|(?:wants? to|wanna) (?!know|ask|report|check|find|talk|speak|tell|understand)\w+|"
    r"plans? to|planning to|(?:is|are|'s|'re) (?:taking|sending|flying))\b)[^.?!]*?\b"
    r"(?:in|over) the (?:summer|winter|spring|autumn|holidays)(?![^.?!]{0,40}\b(?:flights?|flying|plane) (?:is|are|on|this|tomorrow|tonight|next)\b)|"
    # learner English's "before" for "in the past" ("my ex before always say it", "he hold my neck before, when we live
    # there"); a two-digit year ("in 84", "back in '79"); an account opening in another country with a past act in it
    r"(?:\b(?:ex|husband|wife|partner|boyfriend|boss) before\b|(?<!this )(?<!that )(?<!happened )(?<!like it )\bbefore(?=\s*[,.;]|\s+when (?:i|we|they|he|she) (?:live|lived|come|came|was|were|work|worked))|"
    r"(?:in|back in) '?[5-9]\d(?! (?:mins?|minutes|hours?|seconds|secs|days|pounds|quid|%|percent|miles|mph|degrees))\b)|"
    rf"^\W*in {_COUNTRY}\b(?=[^.?!]*\b(?:\w+ed|beat|hit|held|took|broke|threw|cut|shot|stole|bit)\b)|"
    # (twenty-eighth round) a feast day opening an account with a past act in it ("At Diwali someone threw a firework at
    # our door and ran off"), not one today or just now ("on bonfire night tonight they've just thrown one")
    r"^\W*(?:at|on|over|during) (?:christmas|xmas|easter|new year|new year'?s (?:eve|day)|boxing day|christmas (?:day|eve)|bonfire night|halloween|"
    r"diwali|eid|holi|vaisakhi|valentine'?s(?: day)?)\b(?![^.?!]*\b(?:tonight|today|right now|just|now|still)\b)"
    r"(?=[^.?!]*\b(?<!has )(?<!have )(?<!'s )(?<!'ve )(?:\w+ed|threw|put|hit|broke|took|held|came|went|ran|set|lit|bit|stole|shot)\b)|"
    rf"(?:(?:spring|summer|autumn|winter|christmas|easter)|{_MONTH}) (?:of )?(?:19|20)\d\d|"
    rf"(?<!\bbe )(?<!\bback )(?:in|back in|since|during|last) {_MONTH}|in may\b|previously|a while ago|once before|(?:he|she|they|someone) once|(?<!i'm )(?<!im )(?<!i am )(?<!she's )(?<!shes )(?<!she is )(?<!he's )(?<!hes )(?<!he is )(?<!mate )(?<!friend )(?<!girl )(?<!boy )(?<!sister )(?<!brother )(?<!cousin )(?<!daughter )(?<!son )(?<!niece )(?<!someone )(?<!somebody )(?<!classmate )(?<!pupil )(?<!kid )in year \d+|"
    # (forty-seventh round: not a threat made just now, "has just threatened to kill me over the fence")
    r"(?<!\bjust )(?<!\bjust now )threatened to|"
    r"said (?:he|she|they)(?:'d| would)|(?:for|about|over|since|from) when (?:he|she|they|my \w+)|before (?:we|i|he|she) (?:split|broke up|left|moved|separated|divorced|got)|when we were|"
    r"(?:has|had|did|have) (?:he|she|they|anyone|anybody|someone) ever|(?:he|she|they|anyone|anybody|someone) (?:had|has|have|'d) ever|(?:hed|shed|theyd) ever|would (?:grab|hit|strangle|choke)|"
    # an act named as what someone was arrested or charged for ("officers arrested him for throttling me"), a
    # day told as when it was ("the fight was on saturday"), an age he had then ("when he was 17"), a year counted from
    r"(?:arrested|charged|convicted|cautioned|sentenced|jailed|prosecuted|nicked) (?:(?:him|her|them|me) )?(?:for|with|over)|"
    # the court's outcome told of the act ("the lad who pulled a knife on me got sentenced yesterday")
    r"(?:got|was|were|been|is being|are being) (?:sentenced|convicted|found guilty|sent down|jailed|sent to prison)|"
    r"(?:was|were|happened) (?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:was|were|happened) (?:in |back in |around |about )?(?:19|20)\d\d|"
    r"(?:was|were|got) (?:forced (?:to marry|into (?:a )?marriage)|made to marry|married(?: off)?|wed|cut|circumcised) at (?:the age of |age )?(?:1[0-9]|[5-9])(?! (?:mins?|minutes|hours?|o'?clock|pm|am)\b)|"
    r"(?:the|that) (?:night|day|evening|morning|weekend) (?:he|she|they|my \w+) (?:\w+ed|hit|beat|took|came|threw|broke|tried|went|put|had|was|got|did|bit|held|stole)|"
    r"when (?:he|she|they) (?:was|were) (?:only |just )?\d{1,2}|from (?:19|20)\d\d|"
    # a past act on a feast day or a birthday ("put his hand on my throat at Christmas", "shouted it on Boxing Day"), not
    # one of now ("he's locked me in on christmas day") nor one said to come ("said he'll come at christmas")
    r"(?<!has )(?<!have )(?<!'s )(?<!'ve )(?<!is )(?<!are )(?:\w+ed|put|hit|beat|threw|broke|took|held|bit|stole|came|went)\b"
    r"(?:(?!\b(?:and|but|so|said|says|till|until|for|will|gonna|going|coming|over|next|this)\b)[^.?!,]){0,40}\b(?:at|on) (?:christmas|xmas|easter|new year|"
    r"new year'?s (?:eve|day)|boxing day|christmas (?:day|eve)|bonfire night|halloween|diwali|eid|valentine'?s(?: day)?|mother'?s day|father'?s day|"
    r"(?:my|his|her|our) birthday)|"
    # (twenty-sixth round) the feast day named as when it was ("that was boxing day at his mum's", "it happened on
    # christmas eve"); not one to come ("it's christmas day tomorrow")
    r"(?:that|it|this) (?:was|happened) (?:on |at |over )?(?:christmas|xmas|easter|new year|new year'?s (?:eve|day)|boxing day|christmas (?:day|eve)|"
    r"bonfire night|halloween|diwali|eid|valentine'?s(?: day)?|mother'?s day|father'?s day|(?:my|his|her|our) birthday))\b",
    re.IGNORECASE,
)
# Danger told as something that keeps happening ("every night") is an account too, for the patterns that
# would otherwise read a habit as the present ("she is being beaten by her husband every night").
# ... and counted in spans ("every couple of months", "every few weeks", "every other night", "every 2 weeks").
_EVERY = (r"every (?:day|night|week|weekend|time|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
          r"(?:(?:couple|few) (?:of )?|other |\d+ |two |three |four |six )(?:days|nights|weeks|weekends|months|years|shifts|day|night|week|weekend|month|year|shift))|"
          # (twenty-sixth round) "most mornings this week", "most nights"
          r"most (?:days|nights|mornings|evenings|afternoons|weekends)")
_HABITUAL = re.compile(rf"\b(?:{_EVERY}|all the time|always|keeps?|often|whenever|sometimes|occasionally|from time to time)\b", re.IGNORECASE)
# A threat said "always" or "every time" is an account; "he keeps saying he'll kill me" errs as danger.
# (twenty-fourth session: not a pursuit told step by step, "every time I stop the footsteps stop")
_STRONG_HABIT = re.compile(rf"\b(?!every (?:single )?time (?:i|we) (?:stop|turn|look|speed|slow|cross|glance)\w*\b)(?:{_EVERY}|all the time|always|often|whenever|sometimes|occasionally|from time to time|"
                           # Twenty-sixth round: a threat said for years ("she's said she'll stab me if i go for years now"),
                           # "just a thing he says". (Not "many times": "he kick him many times" is one beating in learner English.)
                           r"(?:said|says|saying|told me|tells me|threaten\w*)\b[^.?!]{0,50}\bfor (?:years|ages)|(?:just )?a thing (?:he|she|they) says?|"
                           # (forty-ninth round) a neighbour's nosiness done for years ("he watches my window ... he's done it for years")
                           r"(?:he'?s|she'?s|they'?ve|he has|she has|they have) (?:done|been doing) (?:it|this|that) for (?:years|ages|months))\b", re.IGNORECASE)
_ONLY_A_STRONG_HABIT_RULES_OUT = frozenset({"keeps_at_the_door", "come_and_kill", "threat_to_kill", "farewell_threat", "being_hurt_unsaid_who", "not_leave_alive",
                                            "child_touched_now", "child_dragged_now"})
_HABIT_IS_NOT_NOW = frozenset({"stands_at_the_house_now", "sat_opposite", "coming_to_the_door_armed", "waiting_for_my_shift", "photo_of_my_door", "weapon_fetched", "come_and_kill", "cry_to_be_let_out", "small_child_alone", "been_following", "found_me", "been_outside", "turned_up_at", "weapon", "someone_else_attacked", "being_followed", "threat_to_kill", "attacking_home", "breaking_in", "fire",
                               "strangled", "by_the_throat", "squeezing_neck", "smothered", "tool_as_weapon", "hurting_a_child", "hurting_someone", "getting_hurt",
                               "went_for_the_throat", "at_the_door_now", "witnessed", "who_hurt_me_is_here", "intruder",
                               "thrown_in_face", "body_talk_tool_held", "circling_the_home", "not_leave_alive", "followed_bare",
                               "child_touched_now", "child_dragged_now"})
# A threat or a fear about what might happen ("if he finds out he'll kill me", "I'm worried he'll find me")
# is for the report and the helplines, unless the person also says it is happening now.
_HYPOTHETICAL = re.compile(
    r"\b(?:if (?:he|she|they|i|we|someone|somebody|anyone|anybody|people|(?:my|his|her|their) \w+)|when (?:he|she|they) (?:sees?|finds? out|hears?|knows?)|what if|in case|"
    # (forty-first round) not the harm a scene going on threatens ("alone on the balcony edge ... she may fall")
    r"(?:might|may|could)(?! (?:fall|fall off|fall out|die|drown|choke|suffocate|bleed out|stop breathing|not make it|freeze|be killed|get killed)\b)|"
    r"would|worried|worry|one day|someday|homework|so late|for being late)\b", re.IGNORECASE)
# (twenty-eighth round) a joke denied is none ("he's not joking this time", "this is no joke", "she isnt kidding")
_JOKE = re.compile(r"\b(?<!\bnot )(?<!\bno )(?<!n't )(?<!\bisnt )(?<!\bwasnt )(?<!\bnot even )(?<!\bnever )"
                   r"(?:lo+l+|lmao+|haha+|joking|jokes?|jk|only joking|a joke|family joke|kidding|play ?fight\w*|play wrestl\w*|messing about|mucking about|"
                   r"we were laughing|(?:(?:a|the) )?(?:lockdown|fire|evacuation|practice) drill|(?:just|only) a drill)\b", re.IGNORECASE)
# Words of fear, shared by the checks for fear said beside a threat, a joke or an everyday use.
_FEAR_WORDS = r"scared|afraid|terrified|frightened|petrified"
# A laugh said with fear ("he says he'll kill me lol im actually scared"): nervous laughter, not a joke. The
# writer's own fear, said in the first person, keeps the threat a threat.
# (lead's review, eighteenth session) the joke is theirs, not the writer's: "they keep saying it like it's a joke"
_THEIR_JOKE = re.compile(r"\b(?:like|as if|as though) (?:it'?s|its|it is|it was|it were) (?:a|some|one big|all a) joke\b|"
                         r"\b(?:treat\w*|make\w*|made|think\w*|laugh\w*) (?:it|this|me) (?:off )?(?:as |into |like )?a joke\b", re.IGNORECASE)


def _writer_joking(text: str) -> bool:
    return bool(_JOKE.search(text)) and not _AFRAID_THROUGH_THE_LAUGH.search(text) and not _THEIR_JOKE.search(text)


_AFRAID_THROUGH_THE_LAUGH = re.compile(r"\b(?:i'?m|im|i am|i feel|am|feeling)\s+(?:(?:so|really|actually|genuinely|proper|properly|rly|lowkey|honestly|"
                                       rf"literally|fr|bare|well|very|still|kinda|quite)\s+){{0,2}}(?:{_FEAR_WORDS}|shaking|shook)\b|"
                                       r"\bscared (?:for my life|to death|he'?ll|she'?ll|they'?ll)\b", re.IGNORECASE)
# Children locking someone in for a laugh ("the kids locked me in the garden for a laugh"): the joke is theirs
# and the children are the ones who did it, never "the kids' dad locked me in ... for a laugh".
_CHILDREN_JOKING = re.compile(
    r"^(?=.*\b(?:for a laugh|for a joke|as a joke|for fun|as a prank|pranked|pranking|a prank|having a laugh|messing about|mucking about)\b)"
    r".*\b(?:the|my|our) (?:little |younger |twin )?(?:kids|children|grandkids|grandchildren|boys|girls|son|daughter|grandson|granddaughter|"
    r"brother|sister|nephew|niece|toddler)s?\s+(?:have\s+|just\s+|had\s+)?locked\b", re.IGNORECASE)
_LAW_QUESTION = re.compile(r"^\W*(?:is|are|does|do|can|could|should|would|what|whats|what's|how|when)\b.*\b(?:offence|crime|criminal|illegal|legal(?:ly)?|law|count as|"
                           r"offensive weapons?)\b|"
                           # (forty-fourth round) one's rights asked about ("... marry who I want when I want. is this my right?")
                           r"\b(?:is|are) (?:this|that|it|these) (?:my|our|her|his) rights?\b[^.!]*\?|"
                           # (forty-seventh round) whether it is allowed here, asked in learner English too ("here in england is it allow?")
                           r"\b(?:here|in (?:the uk|uk|england|britain|this country))\b[^.?!]{0,20}\b(?:is|are) (?:it|this|that|they) (?:allow|allowed|legal|illegal|ok|okay)\b[^.!]*\?|"
                           r"\b(?:is|are) (?:it|this|that) (?:allow|allowed|legal|illegal) (?:here|in (?:the uk|uk|england|britain|this country))\b[^.!]*\?|"
                           # (fifty-first round) the law asked about in Pidgin ("abeg wetin be di UK law about circumcision for girl pikin?")
                           r"\bwetin (?:be|dey)\b[^.?!]{0,20}\b(?:law|laws|rule|rules)\b[^.!]*\?|"
                           # (forty-first round) the age the law allows, asked ("what age can you get married in england now?")
                           r"^\W*(?:at )?what age (?:can|do|does|should|must|is|are|can'?t|cant)\b[^.?!]*\?|"
                           # (fifty-first round) the law asked after what is told ("... here in UK what is the law, what age can you marry now?")
                           r"\bwhat(?:'?s| is) the law\b[^.!]*\?|"
                           # (fifty-second round) the capacity to marry asked about ("How does capacity to marry work?")
                           r"\b(?:how does|how do|what is|what'?s|who decides|who assesses)\b[^.?!]{0,20}\bcapacity to (?:marry|consent|get married)\b[^.!]*\?|"
                           # (fifty-first round) "What's the minimum age to marry in England now?"
                           r"^\W*what(?:'?s| is) (?:the )?(?:minimum|legal|lowest|youngest) age\b[^.?!]*\?|"
                           # the same question put after its condition (twenty-second round)
                           r"^\W*if\b[^?]*\b(?:does|do|is|would|will|could|can)\s+(?:that|this|it)\s+(?:still\s+)?(?:count|be|mean|class)\b[^?]*\b(?:offence|crime|criminal|illegal|"
                           r"abuse|kidnap\w*|false imprisonment|assault|law)\b|"
                           # (twenty-ninth round) an act asked about by name, the act the question's subject ("is pouring petrol through
                           # a letterbox attempted murder or arson", "would spitting at someone be assault"): a gerund, not a person
                           r"^\W*(?:is|are|would|does|could|can)\s+(?!(?:he|she|they|someone|somebody|my|his|her|their|this|that|it|there)\b)\w+ing\b[^?]{0,80}?"
                           r"\b(?:attempted murder|manslaughter|arson|assault|gbh|abh|battery|criminal damage|kidnap\w*|false imprisonment|harassment|"
                           # (forty-ninth round: "is slapping a partner once still domestic abuse?")
                           r"coercive control|a hate crime|an offence|a crime|(?:domestic )?(?:abuse|violence))\b|"
                           # (thirty-first round) an offence heard of, asked whether it is so ("my mum says strangling is its own
                           # offence now, is that true")
                           r"\b(?:offence|crime|illegal|against the law)\b[^.?!]{0,20}\bis (?:that|it|this) (?:true|right|correct|so)\W*$",
                           re.IGNORECASE)
# What a lesson or a project is about, with nobody in it (taught_about), is not happening to anyone.
_STUDIED_IS_NOT_NOW = frozenset({"violence_right_now", "strangled", "weapon", "threat_to_kill"})
_HYPOTHESIS_IS_NOT_NOW = frozenset({"keeps_at_the_door", "door_giving", "photo_of_my_door", "weapon_fetched", "come_and_kill", "cry_to_be_let_out", "small_child_alone", "suicide_threat", "threat_to_kill", "fire", "found_me", "released_now", "strangled", "tried_to_strangle",
                                    "hands_on_neck", "by_the_throat", "squeezing_neck", "who_hurt_me_is_here", "weapon", "tool_as_weapon",
                                    "scared_for_life", "went_for_the_throat", "farewell_threat", "getting_hurt", "seen_at_home",
                                    "thrown_in_face", "body_talk_tool_held", "circling_the_home", "not_leave_alive", "key_kept_on_them",
                                    "child_touched_now", "child_dragged_now"})
# Asking what to do if it happens ("what do i do if he tries to strangle me again") is a what-if, even with "again".
_ASKS_WHAT_TO_DO_IF = re.compile(r"\b(?:what|who) (?:do|should|can|would|will) (?:i|we) (?:do|call|ring|phone|contact)?\b.*\bif\b|"
                                 r"\bif\b.*\b(?:what|who) (?:do|should|can|would|will) (?:i|we)\b", re.IGNORECASE)
# (forty-sixth round) Someone else's threat to hurt themselves as a lever, asked about ahead ("what happens if the man I'm
# reporting says he'll hurt himself to make me drop it?"), nothing now nor urgent beside
_THEIR_THREAT_AS_A_LEVER_ASKED = re.compile(r"\bwhat (?:happens|would happen|will happen|do i do|should i do) if\b[^.?!]{0,60}\b(?:says?|threatens?|tells? me)\b"
                                            r"[^.?!]{0,15}\b(?:hurt|harm|kill|cut)\w* (?:himself|herself|themselves)\b[^.?!]{0,30}\b(?:to make|so (?:that )?i|unless|if i)\b",
                                            re.IGNORECASE)
# A sport, a hobby or a collection ("my son does fencing so we have swords in the house").
# Clothes choke people too ("my tie was choking me all day").
# ... or caught in a machine or a door, and seen to ("my lanyard caught in the shredder and nearly choked me, first aider
# checked me over, all fine").
_CAUGHT_BY_A_THING = re.compile(r"^(?=.*\b(?:(?:lanyard|scarf|tie|necklace|hood|strap|cord|lead|lead rope|rope|reins|seatbelt|collar|hair|chain)\s+(?:got\s+)?"
                                # (fifty-second round: "lead rope got wrapped round a girl's neck when she fell at the yard ... she's fine")
                                r"(?:caught|catching|stuck|tangled|trapped|wrapped (?:round|around))|"
                                # (thirty-second round) "caught my scarf in the belt on the grader"
                                r"(?:caught|got|trapped|snagged) (?:my|his|her|their) (?:lanyard|scarf|tie|necklace|hood|strap|sleeve|hair|chain|collar) "
                                r"(?:caught )?(?:in|on) (?:the|a)(?: \w+)? (?:belt|machine|conveyor|grader|roller|door|lift|escalator|gears?|chain|wheel|drill|press))\b)(?=.*\b(?:all (?:fine|ok|okay|good)|checked (?:me|him|her) over|(?:carers?|nurses?|staff) checked|"
                                r"(?:i'?m|im|i am|she'?s|shes|she is|he'?s|hes|he is) (?:fine|ok|okay|alright)|no harm done)\b)", re.IGNORECASE)
_A_SMALL_CHILDS_TANTRUM = re.compile(r"^(?=.*\b(?:tantrums?|strop|paddy)\b)(?=.*\b(?:(?:he'?s|she'?s|he is|she is|aged?) [1-9]\b(?! ?(?:men|of them|people|foot|ft))|"
                                     r"toddler|my (?:little |youngest |baby )(?:son|daughter|boy|girl)|(?:year|yr)s? old)\b)", re.IGNORECASE)
_CLOTHES_CHOKING = re.compile(r"\b(?:tie|collar|shirt|jumper|necklace|top|seatbelt|hood|jeans|trousers|waistband|bra|dress|skirt|tights|leggings|"
                              r"corset|pants|shorts)\s+(?:is|was|'s|are|'re|were|keeps?)\s+(?:literally\s+)?(?:choking|strangling)\b|"
                              # (twenty-seventh round) a thing or the heat only felt as choking ("the hi vis feels like its choking me")
                              r"\b(?:feels?|felt|feeling) like (?:it'?s|its|it is|it was|they'?re|theyre|they are|they were) (?:literally\s+)?"
                              r"(?:choking|strangling|suffocating|smothering) (?:me|us)\b|"
                              # (forty-seventh round) clothes so tight round the neck they strangle ("these new tunics at work are that tight
                              # round the neck they're strangling me all shift")
                              r"\b(?:tunics?|uniforms?|scrubs|polos?|shirts?|collars?|tops?|jumpers?|ties?|lanyards?|hi ?-?vis)\b[^.?!]{0,30}\btight (?:round|around|on) "
                              r"(?:the|my|your) neck\b[^.?!]{0,25}\b(?:choking|strangling)\b|"
                              # (fifty-third round) ... felt as being strangled ("work polo neck is so tight I feel like I'm being strangled
                              # all shift haha")
                              r"\b(?:polo ?necks?|roll ?necks?|turtle ?necks?|tunics?|uniforms?|collars?|ties?|lanyards?|shirts?|jumpers?|tops?)\b[^.?!]{0,20}\b(?:so|too|that|really) tight\b"
                              r"[^.?!]{0,20}\b(?:feel|felt|feels) like (?:i'?m|im|i am|i was) (?:being )?(?:strangled|choked|throttled)\b", re.IGNORECASE)
# Knives sharpened to cook ("sharpening my knives for sunday dinner"), with no one threatened in the message.
_COOKING = re.compile(r"^(?!.*\b(?:at (?:me|us|her|him)|on (?:me|us|her|him)|staring|glaring|threat\w*|kill\w*|hurt\w*|stab\w*|scared|afraid|frightened|"
                      r"terrified|warn\w*|says?|said|saying|shout\w*|scream\w*)\b)"
                      r".*\b(?:(?:for|before) (?:the |our |my |his |her |their |sunday |christmas |tonight'?s |a )*(?:dinner|lunch|tea|roast|turkey|barbecue|bbq|cooking|meal|"
                      r"joint|chef|butcher\w*|catering)|carv(?:e|ing)|cooking|chopping|slicing|dicing|filleting|prepping|"
                      # (thirty-second round) "cutting onions with the big knife" (onions make you cry)
                      r"cutting (?:up )?(?:the |some |an |a )?(?:onions?|veg|vegetables|carrots?|potatoes|spuds|garlic|tomatoes|herbs|bread|cake|meat|chicken))\b", re.IGNORECASE)
# A hold or a beating in a sport or a game ("got choked out twice by a purple belt", "battered my mate at FIFA"),
# with no partner or relative of the person's in the message ("my boyfriend does bjj and he choked me at home" stays).
_SPORT = re.compile(r"\b(?:bjj|jiu ?-?jitsu|judo|wrestling|grappling|mma|ufc|sparring|kickboxing|muay thai|karate|taekwondo|martial arts|"
                    r"(?:purple|blue|brown|black|white) belt|rear naked|guillotine choke|triangle choke|tapped out|five a side|5 a side|"
                    # (thirtieth round) a boxing class or club ("punched in the face at boxing club tonight")
                    r"boxing (?:class|classes|club|gym|session|training|lessons?)|boxercise|"
                    # (thirty-second round) a fight watched on a screen ("watching the boxing in the shop, this lad's getting battered")
                    r"watching (?:the )?(?:boxing|fights?|ufc|mma|wrestling|cage fight\w*)|(?:boxing|ufc|mma|fight) (?:on (?:the )?(?:telly|tv|big screen))|"
                    r"fifa|paintball|laser ?tag|airsoft|escape rooms?|"
                    # (forty-third round) "took a high tackle round the neck at training"
                    r"(?:high|late|spear|neck) tackles?|scrums?|rucks?|(?:at|after) (?:rugby|football|footy|netball) (?:training|practice)|(?:the )?(?:ref|referee|linesman)(?:'s)? decision|the (?:ref|referee|linesman)|"
                    # (forty-sixth round) a team that "choked" in a match ("we bottled it again, proper choked in the second half at the King Power")
                    r"(?:in|after) the (?:first|second) half(?! of the (?:night|day|evening|week|month|year))|bottled it|(?:penalty|penalties|pens) shoot ?-?out)\b", re.IGNORECASE)
# (fifty-third round: nor a partner in the class the writer tapped out to, "my partner put me in a chokehold and I tapped out")
_SOMEONE_OF_THEIRS = re.compile(r"\b(?:my|her|his|our) (?:ex|husband|wife|partner(?![^.?!]{0,50}\btapped out\b)|boyfriend|girlfriend|bf|gf|fella|dad|father|mum|mother|"
                                r"step ?dad|step ?father|brother|sister|son|uncle|cousin|carer|flatmate)\b|\bat home\b", re.IGNORECASE)
_SPORT_IS_NOT_AN_ATTACK = frozenset({"strangled", "tried_to_strangle", "by_the_throat", "hands_on_neck", "squeezing_neck", "went_for_the_throat",
                                     "getting_hurt", "pinned_down", "locked_in"})
# "I want to die" asked about as words people say ("my mates keep saying i want to die over a test, is that
# normal slang"), or said of a train late every time with a laugh ("this commute is killing me, i want to die every
# time the train is late lol"): neither is someone saying it of themselves now.
_ABOUT_THE_WORDS = re.compile(r"\b(?:slang|a saying|an expression|a phrase|figure of speech|(?:normal|ok|okay|weird) (?:thing )?to say|a (?:bad|rude|swear|real|proper) word|"
                              r"(?:what|wat) (?:does|do) (?:it|that|they|people) mean)\b", re.IGNORECASE)
# Laughing written as an emoji or in text-speak ("😂", "lmfao"): with an idiom ("this essay is killing me, i want to die
# 😂") the words are not a wish.
_LAUGHING = re.compile(r"😂|🤣|😆|😅|😹|\b(?:lmfao|rofl|xd)\b", re.IGNORECASE)
_HYPERBOLE = re.compile(r"\bevery (?:time|single time)\b|\bwhenever\b", re.IGNORECASE)
# A weary or eye-rolling face ("this essay is killing me i want to die 😩"): with an idiom, a moan, not a wish.
# (An embarrassed face too: "burnt the tea again 🙈", "🤦".)
_WEARY = re.compile(r"😩|😫|🙄|💀|🫠|🙈|🤦")
# Time counted since the last self-harm ("clean from cutting for 2 years today", "one year since i last hurt
# myself"): recovery, unless something in it says now.
_RECOVERY = (r"\b(?:clean|sober|free) (?:from|of) (?:\w+ ){0,2}for (?:\d+|a|one|two|three|six|several) (?:days?|weeks?|months?|years?)\b|"
             r"\b(?:\d+|a|one|two|three|six) (?:days?|weeks?|months?|years?) (?:clean|sober|self[- ]harm free)\b|"
             r"\b(?:\d+|a|one|two|three|six) (?:days?|weeks?|months?|years?) (?:today |now )?since (?:i|the) last\b")
_RECOVERY_RE = re.compile(_RECOVERY, re.IGNORECASE)
# (fifty-second round) A gun held on a licence for sport ("My ex has a licensed shotgun for clay shooting ... He's never pointed it at
# me"), as a hobby only when nothing says now, urgent or at hand.
_LICENSED_FOR_SPORT = re.compile(r"\b(?:licen[cs]ed (?:shot)?guns?|licen[cs]ed (?:rifle|firearm)s?|(?:shotgun|firearms?|gun) (?:licen[cs]e|certificate)|"
                                 r"clay (?:shooting|shoot)|clays|game shooting|deer stalking)\b", re.IGNORECASE)
_HOBBY = re.compile(r"\b(?:fencing|kendo|archery|martial arts|shooting club|clay pigeon|collects?|collection|antique|replica|ornament\w*)\b",
                    re.IGNORECASE)
# A threat with a condition said as they write ("he says if i walk out he'll hurt me", "she is telling him she
# will smother him if he rings anyone", "my passenger has just told me he'll kill me if i don't drive"): the
# condition is the threat's, not a what-if of the person's.
# Its verbs take every way of killing the threats name ("he says if i call anyone he will slit my throat").
# (twenty-sixth round: "you'll regret it" too, said with a knife in hand: "she says if i take the kids i will regret it")
_THREATENED_ACT = r"(?:hurt|kill|smother|stab|slash|slit|cut|burn|torch|hit|beat|batter|bury|end|finish|drown|shoot|strangl|chok|throttl|murder|shank|gut|regret)"
# (fifty-first round) A threat made as a condition ("they said if I run they'll find me") to someone who never agreed to what
# is set for a day soon ("its tomorrow. they've booked the hall ... I never agreed to any of it"): coercion now, not a worry.
_THREAT_IF_I = re.compile(rf"\b(?:said|told (?:me|us|her|him)|warned (?:me|us|her|him))\b[^.?!]{{0,20}}\bif (?:i|we|you|u|she|he)\b[^.?!]{{0,30}}"
                          rf"\b(?:they|he|she|we)(?:'ll|'d| will| would| are going to| gonna)? (?:{_THREATENED_ACT}|find|drag|bring)\w*", re.IGNORECASE)


def _threat_to_one_refusing_soon(text: str) -> bool:
    return bool(_THREAT_IF_I.search(text) and _NOT_AGREED.search(text) and _SOON_RE.search(text))


_THREAT_SAID_NOW = re.compile(
    r"\b(?:says?|saying|tells (?:me|him|her|us)|telling (?:me|him|her|us)|threatening|just (?:told (?:me|him|her|us)|said))\b(?:[^.?!]{0,60}\bif (?:i|we|you|u|he|she|they)\b"
    rf"[^.?!]{{0,40}}\b(?:{_THREATENED_ACT}|find|do)\w*|"
    rf"[^.?!]{{0,60}}\b{_THREATENED_ACT}\w*\b[^.?!]{{0,30}}\bif (?:i|we|you|u|he|she|they)\b)|"
    # a condition with a deadline in hours ("dad said if my sister isn't home in an hour he'll kill her"), or a threat to
    # kill and then himself ("he said if I go he will kill me and then himself")
    r"\b(?:said|says|told (?:me|us|her|him|them|my \w+)|texted|messaged)\b[^.?!]{0,15}\bif\b[^.?!]{0,50}\b(?:in (?:an|a|half an|\d+|one|two|three|ten|twenty|thirty) "
    r"(?:hours?|hrs?|mins?|minutes)|by (?:\d{1,2}(?:[:.]\d\d)?(?:\s?(?:pm|am|o'?clock))?|ten|eleven|twelve|midnight|tonight)|"
    # (forty-eighth round) or a day soon ("said if she's not on that plane on Friday we kill her")
    r"(?:on|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight)\b"
    rf"[^.?!]{{0,30}}\b{_THREATENED_ACT}\w*|"
    r"\bkill (?:me|us|her|him|them|the kids|my \w+)(?: and (?:the kids|my \w+|the baby))? and (?:then )?(?:himself|herself|themselves)\b",
    re.IGNORECASE,
)
# A story, a film or a game told ("in the game my character got strangled", "in the film they set the house
# alight"): its clause is not the person's danger, though another clause may be ("i was watching a film and
# he's just kicked the door in").
_STILL_A_CHILDS_GAME = re.compile(r"\b(?:she|he|they)(?: still| only| just)? (?:plays?|playing|loves?) (?:roblox|minecraft|fortnite|with (?:dolls|barbies|toys|lego))\b",
                                  re.IGNORECASE)
# (forty-eighth round: not a note left in a book, "a teenage girl left a note in a book she returned: 'they are taking me on the
# 6th to marry my cousin'")
_FICTION = re.compile(
    r"\b(?<!note )(?<!notes )(?<!letter )(?<!message )(?<!paper )(?:in|on|watching|watched|playing|played|reading|about) (?:the |a |this |that |my |an )?(?:\w+ )?(?:game|film|movie|show|book|novel|series|"
    r"episode|drama|soap|cartoon|anime|news)\b|\b(?:fortnite|minecraft|roblox|gta|call of duty|(?:playing|played|on|in) cod|cod (?:zombies|warzone|lobby)|warzone)\b|"
    # Not a bare "cod": the Somali word for a voice ("fariin cod ah", a voice message).
    r"\bmy character\b|"
    # a game's map ("kicking the door in on the new map")
    r"\b(?:on|in) (?:the|this|that) (?:new |last |next |final )?map\b|"
    # A programme on the television ("Home Alone is on again 😂", "on telly"), its title capitalised, laughed at.
    r"\bon (?:the )?(?:tv|telly|netflix|iplayer|youtube)\b|"
    r"(?-i:\b(?!(?:He|She|They|It|My|His|Her|Their|Our)\b)[A-Z]\w*(?: [A-Z]\w*)*) (?:is|are) on (?:again|tonight|later)\b(?=[^.?!]*(?:😂|🤣|😆|\blol\b|\blmao\b|\bhaha))",
    re.IGNORECASE,
)
# The weather batters windows too ("the wind's battering the windows tonight").
_WEATHER = re.compile(r"\b(?:wind|winds|wind's|rain|storm|hail|gale|gales|thunder)\b", re.IGNORECASE)
_WEATHER_IS_NOT_AN_ATTACK = frozenset({"breaking_in", "attacking_home"})
# ... unless it was someone after all ("I thought it was the wind but it turned out to be him trying the back door").
_NOT_THE_WEATHER = re.compile(r"\b(?:turned out to be|it (?:was|is|'s)(?: actually)?|it'?s actually) (?:him|her|them|someone|somebody|a man|men|my ex|her ex|his ex|people)\b",
                              re.IGNORECASE)
# Good news told: a release celebrated, an engagement or wedding looked forward to.
# ... and a visit that was welcome ("my son found my new flat and came round with flowers, we're on good terms").
_CELEBRATION = re.compile(r"\b(?:party|celebrat\w*|so happy|happy for|excited|can'?t wait|cant wait|welcome (?:him |her )?home|congrat\w*|"
                          r"on (?:good|great|speaking) terms|(?:a )?(?:nice|lovely|great) surprise|happy tears|over the moon|"
                          # (forty-third round) "she's buzzing" for her wedding, never buzzing a door or an intercom
                          r"(?:she'?s|shes|she is|i'?m|im|i am|he'?s|hes|he is|we'?re|we are|they'?re|they are) (?:so |well |proper |absolutely |dead )?buzzing\b(?! (?:the|my|our|at|on|me|us|him|her|intercom|door|bell|flat|round|again)\b)|came (?:round|over) with (?:flowers|a cake|cake|presents?|a present|a card|a bottle))\b", re.IGNORECASE)
_CELEBRATION_IS_NOT_DANGER = frozenset({"released_now", "imminent_marriage", "found_me", "turned_up_at"})
# ... but everyone else celebrating a wedding the person refuses, or a child's own wedding, is forced marriage
# ("i'm 15, the wedding's tomorrow and everyone is celebrating, i don't want to marry him").
_MARRIAGE_REFUSED = re.compile(
    r"\b(?:(?:don'?t|dont|do not|doesn'?t|doesnt|does not) want to (?:marry|get married|be married|go through with)|(?:won'?t|wont|will not) marry|"
    rf"against (?:my|her) will|{_FORCED_WORD}|no choice|(?:i|she) said no\b|"
    # (fifty-third round) a no said for months ("shes been saying no to this rishta for months")
    r"(?:i|she|he)(?:'s|'ve| has| have)? (?:been )?(?:saying|said) no to (?:the|this|that|her|my|his|their) (?:rishta|match|marriage|wedding|proposal|nikah|engagement|man|boy|guy)\b|"
    # (forty-eighth round) done without a yes, not agreed in learner English ("they did the katb el kitab this morning without me
    # saying yes ... i am not agree")
    r"without (?:me|her|my) (?:saying yes|agreeing|agreement|consent\w*|say)|(?:i|she) (?:am|is|'m|'s) not agree\b|"
    # (forty-sixth round) school wanted instead ("on saturday i marry the boy of the other family ... i want stay in school")
    r"(?:i|she) (?:want|wants|wanna) (?:to )?(?:stay in|stay at|go to|finish) (?:school|college|my studies|her studies)\b|"
    # (forty-fourth round) made to marry, whatever party is planned ("my parents make me marry a boy from Craiova, the party is
    # this sunday")
    r"(?:make|makes|making|made) (?:me|her|him|my \w+) (?:to )?(?:marry|get married|be married|wed)\b|(?:don'?t|dont|do not|doesn'?t|doesnt|does not) consent|"
    # (forty-second round) the one to be married asking how to stop it ("how do i stop my own wedding its on saturday")
    r"(?:stop|stopping|get out of|getting out of|cancel|escape|avoid|run away from) (?:my|her|this|the) (?:own )?(?:wedding|marriage|nikah|nikkah|shaadi|engagement|rishta)\b|"
    # (thirty-sixth round) the wedding disguised as a party or a visit ("mum tells everyone it's an eid party. its my engagement")
    rf"{_WEDDING_DISGUISED}|"
    # not let home till married ("i wont come back till im married"), a schoolgirl ("im in year 11")
    r"(?:won'?t|wont|will not|can'?t|cant|not) (?:be allowed to )?(?:come|coming|go|going|be) (?:back|home)\b[^.?!]{0,30}\b(?:till|until|unless)\b[^.?!]{0,15}\bmarried\b|"
    r"(?:i'?m|im|i am|she'?s|shes|she is) in year (?:[5-9]|1[0-3])\b|"
    # (thirty-third round) one who cannot consent ("learning disabilities ... doesn't understand what marriage is")
    r"learning disabilit\w*|lacks? (?:mental )?capacity|(?:can'?t|cant|cannot|doesn'?t|doesnt|does not|don'?t|dont) (?:consent|understand what (?:a )?(?:marriage|wedding|nikah|husband|wife|being married))|"
    r"(?:i'?m|im|i am|she'?s|shes|she is) (?:only |just )?1[0-7]\b(?=.*\b(?:my|her) (?:wedding|nikah|marriage|shaadi|mehndi|henna)\b|"
    r".*\b(?:marry|marrying) (?:him|her|a man|this man|my cousin|an old)\b|.*\b(?:i'?m|im|i am|she'?s|shes|she is) (?:getting|being) married\b|"
    # (thirty-fifth round) "arranged for me to marry a boy from another family"
    r".*\bfor (?:me|her) to marry\b|.*\bmarry (?:a|an|the|this|some) (?:\w+ )?(?:boy|man|guy|stranger)\b|"
    r".*\bthe wedding'?s?\b)|"
    # (thirty-fifth round) the marriage itself not wanted, beside a party ("the party is on saturday ... i dont want it"), not
    # "i dont want it to end"
    r"^(?=.*\b(?:marry|married|marriage|wedding|nikah|nikkah)\b).*\b(?:i|she) (?:really )?(?:don'?t|dont|do not|doesn'?t|doesnt|does not) want (?:it|this|any of (?:it|this))\b(?! to\b))", re.IGNORECASE)
# ... unless the person also says it is happening now ("he's in prison now" and "I'm safe now" do not).
# (forty-seventh round: not the "now" of "now and then", a frequency)
_NOW = re.compile(r"\b(?:now(?! and (?:then|again)\b)|right now|at the moment|tonight|again|currently|still|(?:that'?s|thats|this is|it'?s|its) (?:what'?s |whats |what is )?happening|"
                  # a fire sensed as they write ("I can smell smoke", "we can hear crackling")
                  r"(?:i|we) (?:can )?(?:smell|hear|see) (?:smoke|burning|crackling|flames|fire|petrol|gas)|"
                  r"smoke (?:is )?(?:coming|pouring|getting) (?:in|under|through|up)\b)\b",
                  re.IGNORECASE)
# A "now", "still" or "again" that belongs to the report, not to the danger: "that was 2019, i want to report it
# now", "i am ready now to speak", "can i still report it", and the "again" of a condition ("if he ever puts his
# hands on my neck again i would leave").
_NOW_OF_THE_REPORT = re.compile(
    r"\b(?:report|reporting|tell|telling|talk|talking|speak|speaking) (?:it |this |him |her |them |that |everything |about (?:it|this|him|her) )?"
    r"(?:to (?:the police|the cops|someone|somebody|you|u) )?now\b|"
    r"\b(?:ready|able|brave enough|strong enough) (?:now )?to (?:report|talk|speak|tell|come forward|say)\b|\bnow (?:i'?m|im|i am) (?:ready|able|older)\b|"
    r"\b(?:can|could|should|do|would) (?:i|we|you|u|he|she|they|my \w+) still (?:report|tell|make|add|get|ring|call|go to|press|put|do)\b|"
    r"\b(?:can|could|should|do|would) (?:i|we|you|u) still\b|"
    # (forty-eighth round) whether others will still believe or help ("Will the police still believe me?")
    r"\b(?:will|would|do|does|can|could) (?:the police|police|the cops|they|anyone|anybody|people|you|u|the courts?|a jury|my \w+) still "
    r"(?:believe|listen|help|take|care|investigate|act|bother|count)\b|\b(?:anything|something) (?:i|we|you|u) can do (?:about it )?now\b|"
    r"\bcan (?:i|we) do (?:anything|something) (?:about it )?now\b|"
    # (twenty-seventh round: "in case" too: "in case i get those thoughts again")
    r"\b(?:if|in case) (?:he|she|they|i|we|someone|somebody|anyone|my \w+)\b[^.?!,]{0,60}?\bagain\b|"
    # the case's "still" ("is the case still open")
    r"\b(?:case|investigation|report|file|complaint|claim|appeal)s? (?:is |are )?still (?:open|going|active|live|ongoing|pending)\b|"
    # (twenty-sixth round) the "still" of a question whether it counts ("does that still count as assault")
    r"\b(?:does|would|will|do|could|can|is) (?:that|this|it) still (?:count|class|qualify|be|matter)\b|"
    # (forty-fifth round) "is it still worth reporting", "anyone she can talk to about it now", "has now disclosed"
    r"\b(?:talk|speak) to about (?:it|this|that) now\b|\b(?:has|have|'s) now (?:disclosed|told|reported|come forward)\b|"
    # ... and whether a custom is still done there, asked ("does it still happen?")
    r"\b(?:is|are|does|do) (?:it|that|this|they) still (?:done|happen|happening|practi[sc]ed|going on|go on|a thing|common)\b(?=[^.?!]*\?)|"
    r"\b(?:is|was|would) (?:it|that|this) still worth\b|"
    # (twenty-seventh round) ... and its "still" put to the name of the harm ("is that still abuse?")
    r"\b(?:is|was|'s) (?:that|this|it) still (?:abuse|abusive|a crime|an offence|assault|illegal|harassment|domestic abuse|dv|coercive control|"
    r"stalking|classed|counted|considered|allowed|legal)\b|"
    # (forty-ninth round) ... or to an act named as the question's subject ("is slapping a partner once still domestic abuse?")
    r"^\W*(?:is|are|would|does)\s+(?!(?:he|she|they|someone|somebody|my|his|her|their|this|that|it|there)\b)\w+ing\b[^.?!]{0,60}?\bstill "
    r"(?:abuse|abusive|a crime|an offence|assault|illegal|harassment|domestic abuse|domestic violence|dv|violence|classed|counted|considered)\b|"
    # ... and whether the law or the times are different now ("she wants to know if it's different here now")
    r"\b(?:it'?s|its|it is|is it|is that|that is|that'?s|thats|are things|things are) (?:any )?(?:different|allowed|legal|illegal|changed) (?:here |in (?:the uk|england|this country) )?now\b|"
    # (twenty-sixth round) the "now" of a span of years ("he's said it for years now"): how long, not happening now
    r"\bfor (?:years|ages)(?: and years)? now\b|"
    # (twenty-ninth round) "for now": for the time being ("for now he's abroad", "quiet for now"), not the moment of danger
    r"\bfor now\b",
    re.IGNORECASE,
)
# An old injury's state now ("the marks are going yellow now", "the bruises are fading now"): healing, not harm going on
# (_SAFE_NOW, and present_harm's pieces by _NOT_THIS_MOMENT).
_HEALING_NOW = (r"\b(?:marks?|bruises?|bruising|swelling|scratch(?:es)?|cuts?|scars?|lumps?)\b[^.?!,]{0,30}\b(?:going|gone|turning|turned|fading|faded|"
                r"healing|healed|going down|gone down)(?: (?:yellow|green|brown|purple))? now\b")
_SAFE_NOW = re.compile(
    # (fiftieth round) settled somewhere new ("I am in new job now and he is gone back to Sylhet")
    r"\b(?:i'?m|im|i am|we'?re|we are|she'?s|she is|he'?s|he is) (?:in|at) (?:a |my |our |her |his )?(?:new|different) "
    r"(?:job|school|house|flat|home|place|area|city|town|workplace|college|work)(?: now)?\b|"
    r"\bstill (?:hurts?|aches?|have|has|get|gets|feel|feels|scared|upset|shaking|shaken|think|remember|angry|sore|grieving|bothers?|haunts?|"
    r"affects?|upsets?|plays? on my mind|flinch|flinches)\b|\b\d+ now\b|"
    # (forty-ninth round) grown old since, in Pidgin too ("she don old now", "she's old now")
    r"\b(?:she|he|they|i|me)(?:'s| is| are|'m| am| don| dey)? (?:don )?(?:old|grown|grown up|an old woman|an old man) now\b|"
    # (thirty-fifth round) a separation's now ("we're not together now", "he's not in my life at all now"): over, not danger's now
    r"\bnot (?:together|with (?:him|her|them)|in (?:my|our|her|his|their) li(?:fe|ves)(?: at all)?)(?: any ?more)? now\b|"
    # what is left undone since ("the landlord still hasn't fixed the frame") and what it left behind ("i still can't stand a
    # closed door"), not what cannot be done now ("i still can't get out", "still can't stand up")
    r"\bstill (?:hasn'?t|hasnt|haven'?t|havent|has not|have not|not) (?:\w+ )?(?:fixed|paid|repaired|replaced|sorted|returned|given|"
    r"heard|replied|answered|apologi[sz]ed|changed|done|got back|been (?:charged|arrested|caught|sentenced|interviewed|in touch))\b|"
    r"\bstill (?:can'?t|cant|cannot|can not|struggle to) (?:stand(?! up)|bear|sleep|forget|face|cope|trust|look at|go near|walk past|watch|"
    r"stop thinking|get over|talk about|be in)\b|"
    r"\b(?:in|at) (?:a|the) (?:refuge|safe house|shelter|hostel)\s+now\b|"
    # (forty-eighth round: accounts blocked, "death threats in my TikTok comments ... all blocked now")
    r"\bblocked (?:(?:him|her|them|it|the (?:account|accounts|number|numbers)) )?now\b|"
    # (forty-eighth round) the one feared in hospital as they write ("right now he's in the LRI having his hip done")
    r"\b(?:right )?now (?:he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are) (?:in|at) (?:the )?(?:hospital|lri|royal infirmary|glenfield|leicester general|"
    r"general hospital|a&e)\b|"
    r"\b(?:in (?:prison|jail)|inside|locked up|safe|fine|ok|okay|alright|all right|better|away|gone|moved|elsewhere|over it|another (?:city|town)|happy|settled|"
    r"live in (?:a|another) \w+(?: \w+)?)\s+now\b|\bnow live\b|\bnot in danger (?:right )?now\b|"
    # (twenty-sixth round) where the writer lives now, told after an account ("now i live in leicester with my daughter")
    r"\bnow (?:i|we) (?:live|am living|are living|'m living|'re living|stay|am staying|'m staying) (?:in|with|at)\b|"
    # him on bail, on licence or living elsewhere now ("hes on bail now with conditions", "he's in Wales on licence now",
    # "hes living in Nottingham now"), not living in the person's street or house
    r"\bon (?:bail|licence|license|remand|a tag)(?: \w+)? now\b|\b(?:in|up in|down in|over in) (?:scotland|wales|ireland|northern ireland|"
    r"another (?:city|town|country|county))(?: on (?:licence|license|bail))? now\b|"
    r"\b(?:living|lives|staying) in (?!(?:my|our|the|this|her|his|their|a|same|next)\b)\w+ now\b|"
    # an order in place ("he's got an injunction now", "there are bail conditions now"), children asleep or settled,
    # papers kept by a solicitor ("my passport is with my solicitor now")
    r"\b(?:injunction|(?:restraining|non[- ]molestation|protection|occupation|court|stalking protection) order|(?:bail )?conditions|tag)s?"
    r"(?: (?:on|against) (?:him|her|them))?(?: in place)? now\b|"
    r"\b(?:asleep|in bed|settled|calm|calmer|calmed down)\s+now\b|"
    # help being had ("he's seeing someone at the veterans service now", "getting support now")
    r"\b(?:service|team|clinic|charity|counsellor|therapist|psychiatrist|support)\s+now\b|"
    r"\b(?:with|at) (?:my|the|a|her|his|our) (?:solicitor|lawyer|caseworker|case worker|social worker|key worker|police|bank)\s+now\b|"
    # A present clause that is itself a safe or elsewhere statement, after an account with a past time: the one hurt
    # has recovered, died long since, is getting help, the matter is sorted ("he recovered now", "she passed away now",
    # "sorted now"); the writer staying with family ("im at my mums in shepshed now"); the other person away at work,
    # on a trip or abroad ("hes at work at the moment", "now he is in spain for two weeks"); the home's "now" ("where i
    # live now"); the danger said not to be happening ("its not happening now"). Not "pass out", not "dead now".
    r"\b(?:recover(?:ed|ing|s)?|healed|pass(?:ed)?(?: away)?(?! out)|sorted|getting (?:help|support|treatment|counselling))\s+now\b|"
    r"\b(?:i'?m|im|i am|we'?re|we are|staying|living) (?:at|with) (?:my|our) (?:mum|mam|mom|dad|nan|gran|grandma|grandad|sister|brother|aunt|auntie|"
    r"aunty|uncle|cousin|friend|mate|parents|grandparents)(?:'s|s)?(?: (?:house|place|flat))?(?: in \w+(?: \w+)?)? now\b|"
    r"\b(?:he'?s|she'?s|he is|she is|they'?re|they are|hes|shes) (?:at work|away with work|working away|on (?:a |his |her |their )?(?:shift|trip|"
    r"holiday|fishing trip|stag do)|at (?:his|her|their) (?:mum|mam|mom|dad|mate|friend|brother|sister|nan|parents)'?s?)(?: (?:in|till|until) \w+)?"
    r" (?:at the moment|right now|now|currently)\b|"
    rf"\bnow (?=(?:he|she|they)(?:'s| is| are|'re|s) (?:away |back |over )?in {_COUNTRY}\b)|"
    r"\bwhere (?:i|we) (?:live|stay|am staying|'m staying|am living|'m living) now\b|"
    r"\b(?:not|isn'?t|isnt|is not|'s not) happening (?:right )?now\b|"
    # (twenty-seventh round) "nothing is happening now" after a worry; an old scar still there ("still got the scar")
    r"\bnothing(?:'s| is) (?:happening|going on)(?: (?:right )?now| at the moment| yet)?\b|"
    r"\bstill (?:got|have got|'ve got|has got|'s got) (?:the|a|my|her|his|those|these) (?:scars?|marks?|dents?)\b|"
    # Twenty-fifth round: an old injury healing now (_HEALING_NOW)
    rf"{_HEALING_NOW}|"
    # Twenty-fourth round: the other person living elsewhere now in learner or plain words ("now he lives in london with
    # his wife", "now she live in germany"); someone else staying with their own family ("she is staying with her family
    # now"); the writer at a relative's for the night ("staying at my mother's tonight"); the one hurt well again in
    # Irish English ("hes grand now").
    r"\bnow (?:he|she|they) (?:lives?|living|is living|are living|stays?|is staying) (?:in|with) (?!(?:my|our|the same|next door|upstairs|downstairs)\b)|"
    r"\b(?:she'?s|he'?s|she is|he is|they'?re|they are|hes|shes) (?:staying|living) (?:at|with) (?:her|his|their) (?:own )?(?:family|parents|mum|mam|mom|dad|"
    r"sister|brother|daughter|son|aunt|auntie|friends?|relatives)(?:'s|s)?(?: (?:house|place|flat))?(?: in \w+(?: \w+)?)? now\b|"
    r"\b(?:i'?m|im|i am|we'?re|we are) staying (?:at|with) (?:my|our) (?:mother|father|mum|mam|mom|dad|nan|gran|sister|brother|aunt|auntie|parents|"
    r"family|friend)(?:'s|s)?(?: (?:house|place|flat))?(?: in \w+(?: \w+)?)? (?:now|tonight|for now|for the night)\b|"
    r"\b(?:he'?s|she'?s|he is|she is|hes|shes|they'?re|they are) (?:grand|right as rain|on the mend) now\b|"
    # a habit coped with now ("i just block it out now", "used to it now"); a quarrel over ("they're all friends again now")
    r"\b(?:block|blocking|shut|shutting|tune|tuning) (?:it|him|her|them) out now\b|\bused to it now\b|"
    r"\b(?:all )?(?:friends|mates|pals) again(?: now)?\b|\bmade up (?:now|since)\b|"
    # learner English's "now she alone here, is ok"
    r"\bnow (?:she|he|i|we|they)(?: is| am| are|'s|'m)?(?: alone| here)*,?(?: is| are| am)? (?:ok|okay|fine|safe)\b",
    re.IGNORECASE,
)
# Forced marriage or cutting as a subject learned or campaigned about ("we learned about fgm in pshe today",
# "today is zero tolerance day for fgm"), with nobody in it: no "me", "my", "she", "they", no sister or friend
# ("they're making me marry him tomorrow, we did a lesson on it" and "she is being taken for fgm tomorrow, we
# learned about it in pshe" stay danger). Another language's marriage-or-cutting pattern gives way to it too:
# those patterns also read the English words people mix in ("fgm", "today", "forced").
_TAUGHT_ABOUT = re.compile(
    r"\b(?:learn(?:ed|t|ing)?|taught|teach(?:es|ing)?|lessons?|pshe|assembly|workshops?|documentary|campaign|training|"
    r"course|seminar|lecture|webinar|conference|article|essay|project|homework|presentation|podcast|leaflet|poster|"
    # (thirty-second round) a film or a video shown about it, an EPQ or coursework on it
    r"films?|videos?|epq|coursework|dissertation|assignment|"
    # (thirty-eighth round) a session run on it for a group ("running a session on forced marriage and FGM with our
    # girls group next Thursday"); anyone in it still counts (_ANYONE_IN_IT)
    r"sessions?|"
    # (fifty-third round) a stall or activism for it ("doing a stall for 16 days of activism on FGM and forced marriage")
    r"activism|stalls?|fundraisers?|"
    # (twenty-third session) a class's debate on it ("our year 9 are doing a debate about arranged marriage tomorrow")
    r"debates?)\b"
    r"(?:\W+\w+){0,4}?\W+(?:about|on|against)\b|\bawareness\b|\bzero tolerance\b|"
    # "a talk about", never "they talk about marrying me off" (a person in it, and no article).
    # (fifty-third round: with a word before it, "a Sunday talk on FGM and forced marriage for our congregation")
    r"\b(?:a|an|the)\s+(?:\w+\s+)?talks?\s+(?:about|on)\b|"
    # (thirty-fifth round) a subject done in a school subject's lesson ("we did forced marriage in RS today")
    # (forty-first round) told in a lesson ("in PSHE today they told us FGM is illegal")
    r"\bin (?:pshe|pshce|rse|re|rs|citizenship|assembly|class|form time|tutor time)\b(?:\W+\w+){0,3}?\W+(?:told|taught|showed|learnt|learned)\b|"
    r"\b(?:did|done|doing|covered|covering|studied|studying)\b(?:\W+\w+){1,4}?\W+in (?:rs|re|pshe|pshce|rse|citizenship|sociology|psychology|"
    r"form time|tutor time|tutor group|(?:the|our|this|my) (?:\w+ )?(?:unit|module|topic|syllabus|curriculum|scheme of work))\b|"
    # (forty-seventh round) a professional's reporting duty ("What's the mandatory FGM reporting duty for doctors?")
    r"\b(?:mandatory|statutory) (?:\w+ ){0,2}?reporting\b|\breporting (?:duty|duties|requirements?|obligations?)\b|"
    # (forty-seventh round: "FGM safeguarding training")
    r"\b(?:fgm|forced marriage|cutting)\s+(?:(?:safeguarding|awareness|prevention|protection)\s+)?(?:workshops?|lessons?|assembly|campaign|training|course|seminar|lecture|"
    r"webinar|conference|project|essay|presentation|podcast|leaflets?|posters?|talks?)\b|"
    # (thirty-fifth round) debated or discussed in a lesson ("we're debating it in sociology tomorrow")
    r"\b(?:debat\w*|discuss\w*)\b(?:\W+\w+){0,3}?\W+in (?:sociology|citizenship|pshe|re|rs|religious studies|politics|law|psychology|history|english|class|"
    r"(?:the |our |my )?(?:lesson|seminar|tutorial|debate club|debating society))\b",
    re.IGNORECASE,
)
_ANYONE_IN_IT = re.compile(
    r"\b(?:me|my|i|i'?m|im|myself|she|she'?s|shes|her|he|he'?s|hes|him|his|they|they'?re|theyre|them|their|"
    r"sister|daughter|son|niece|nephew|cousin|friend|girl|boy|child|kid|kids|children|wife|mum|mom)\b",
    re.IGNORECASE,
)


# What the lesson did to the one who learned it ("it made me feel sick", "i have questions"): they are not in it.
_LEARNERS_REACTION = re.compile(
    r"\b(?:it |that |this )?(?:made|makes|left) me (?:feel(?:ing)? )?(?:sick|ill|cry|upset|sad|angry|uncomfortable|shocked|think|"
    r"so \w+|really \w+|a bit \w+)\b|\bi (?:have|had|got|'ve got|ve got) (?:some |a few |loads of |lots of |so many )?questions\b|"
    r"\bi (?:feel|felt) (?:sick|ill|upset|sad|shocked|uncomfortable)\b|"
    # (forty-seventh round) ... nor what they ask the service for ("can you tell me what services exist")
    r"\b(?:can|could|would) (?:you|u) (?:please |pls )?(?:tell|send|give|show|point) me\b",
    re.IGNORECASE,
)


# The one who teaches it ("I'm doing a training session on FGM for the nurses", "we're running a workshop"): the teacher
# is not in it either.
_TEACHERS_ROLE = re.compile(
    r"\b(?:i'?m|im|i am|i'?ll be|we'?re|we are|i|we) (?:doing|running|giving|delivering|leading|preparing|planning|organi[sz]ing|writing|hosting|"
    r"putting on|ran|gave|did|do|run|give|deliver|lead|prepare|plan|write|host|put on) (?:a|an|the|some|our|my|(?=(?:fgm|forced marriage)\b))\b|"
    # (thirty-sixth round) the class it was taught to ("Did FGM in PSHE with my Year 7s today"): a pupil named in it still is
    r"\bwith (?:my|our) (?:year ?\d+s?|class(?:es)?|pupils|students|form|tutor group|learners)\b|"
    # (forty-seventh round) ... nor one who needs it for a session ("I need it for a teaching session next week")
    r"\b(?:i|we) (?:need|want|'?m using|am using|are using) (?:it|this|that|them|to know) for (?:a|an|my|our|the) (?:\w+ )?(?:session|lesson|talk|training|"
    r"presentation|assignment|essay|project|course|lecture|module)\b|"
    # (forty-seventh round) ... nor the one who attends it ("I've got FGM prevention training at the surgery next week")
    r"\b(?:i'?ve|ive|i have|we'?ve|we have|i'?m on|im on|i am on|i'?m attending|im attending|i am attending) (?:got )?(?:a |an |some |the |my |our )?"
    r"(?=(?:\w+ )?(?:fgm|forced marriage|safeguarding)\b)|"
    # (fifty-third round) ... nor the writer's own role said as they open ("Pastor's wife here. We'd like to do a Sunday talk on FGM")
    r"^\W*(?:\w+'?s |the |a )?(?:wife|husband|mum|mom|mother|dad|father|son|daughter|sister|brother|girl|boy)\W+here\b",
    re.IGNORECASE,
)


# (thirty-fifth round) A classmate who said, in the lesson, that it was done to someone long grown ("a girl in my class said
# it happened to her mum"): told in the past of an older relative, no one in it now.
_CLASSMATE_SAID_LONG_AGO = re.compile(
    r"\b(?:a|one|this|some|another) (?:girl|boy|kid|friend|lad|lass|pupil|student|mate)s? in (?:my|our|the) (?:class|year|form|group|lesson)\b"
    r"[^.?!]{0,20}\b(?:said|says|told us)\b[^.?!]{0,10}\b(?:it|that|this) (?:happened|was done) to (?:her|his|their) "
    r"(?:mum|mother|mom|aunt\w*|nan|nana|nani|gran\w*|grandma|grandmother|grandmothers)\b",
    re.IGNORECASE,
)


def taught_about(text: str) -> bool:
    """Forced marriage or cutting told as a subject learned or campaigned about, with nobody in it but the learner's
    own reaction, or the teacher's own role."""
    return bool(_TAUGHT_ABOUT.search(text)) and not _ANYONE_IN_IT.search(
        _CLASSMATE_SAID_LONG_AGO.sub(" ", _TEACHERS_ROLE.sub(" ", _LEARNERS_REACTION.sub(" ", text))))


@dataclass(frozen=True)
class DangerMatch:
    pattern: str
    text: str
    # The DASH risk category ("strangulation", "fire", ..., "self_harm", "general"): DANGER_CATEGORIES.
    category: str = GENERAL

    @property
    def self_harm(self) -> bool:
        return self.category == SELF_HARM


LANGUAGES_DIR = Path(__file__).resolve().parents[2] / "data" / "languages"
# How far before a match a negation cancels it, in characters (as for English).
NEGATION_WINDOW = 15


@dataclass(frozen=True)
class LanguagePatterns:
    """One language's danger patterns (data/languages/<code>/danger.yml), compiled with `regex`, whose
    word boundaries hold in every script."""

    language: str
    # Their leading whole-message guards are checked only where the rest matches (guarded_pattern.py).
    patterns: tuple[tuple[str, GuardedPattern], ...]
    negation: Optional["regex.Pattern[str]"]
    past: Optional["regex.Pattern[str]"]
    now: Optional["regex.Pattern[str]"]
    habitual: Optional["regex.Pattern[str]"]
    # "I'm safe now" in the language's own words (affirmative only: "not safe" is danger). Like English's
    # _SAID_SAFE it demotes only the classifier's danger_now, never a pattern's match.
    safe: Optional["regex.Pattern[str]"] = None
    # Optional, per language (danger.yml's `clause_break`, `present_cue`, `hypothetical`). With a clause break
    # a past word silences only its own clause, as English's past does (_detect_english): "he hit me yesterday,
    # now he's at the door with a knife" is read clause by clause. Without one, a past word anywhere makes the
    # whole message an account, as before.
    clause_break: Optional["regex.Pattern[str]"] = None
    # What says a clause is happening as they write (hiding, screams, "since this morning"): such a clause
    # beside a past one keeps the classifier's danger_now, which a past word would otherwise demote.
    present_cue: Optional["regex.Pattern[str]"] = None
    # A what-if ("if he finds out, he'll kill me"): like a habit, an account or a worry unless it says now.
    hypothetical: Optional["regex.Pattern[str]"] = None
    # A film, a story or a dream: the patterns' own guards against them read the whole message, so such a
    # message is never read clause by clause (a clause on its own would lose the guard).
    not_real: Optional["regex.Pattern[str]"] = None
    # A question asking what to do, whether something is a crime or how the service works ("is strangling a
    # separate crime?"): the classifier's danger_now gives way unless the message says now or that it is
    # happening as they write ("he's at the door, what do I do?" stays danger). Like English's
    # _SERVICE_QUESTION / _LAW_QUESTION; patterns still match.
    question: Optional["regex.Pattern[str]"] = None
    # Each pattern's DASH risk category (danger.yml's `categories`, category -> pattern names); a pattern not
    # listed is general. Staff see it on the report; self_harm adds Samaritans to the emergency answer.
    categories: Mapping[str, str] = field(default_factory=dict)
    # For a language that reads no clauses (danger.yml's `soon_part`): where a later part of the message opens
    # with a soon or now word after "and", "but" or a comma (Arabic "وبكرة", "بس الليلة"). A past word in an
    # earlier part then does not silence a pattern matched inside that part, when the part has no past word of
    # its own ("I was cut as a child and tomorrow they'll cut my daughter"). Only that part is read, never the
    # whole message, so the earlier account stays an account.
    soon_part: Optional["regex.Pattern[str]"] = None
    # Pattern name -> the whole-message shared guards it names (those written as "(?<!^...)", such as sport_figure),
    # each compiled to match at a message's start: read clause by clause, a clause on its own would lose such a guard
    # ("he was saying 'today I'll kill you', meaning I'll beat you at cricket"), so it is read on the whole message.
    message_guards: Mapping[str, tuple["regex.Pattern[str]", ...]] = field(default_factory=dict)
    # A search for the strings of which each pattern needs one before it can match (pattern_prefilter.py), in
    # the patterns' order, and one for those of all the patterns: a message without any skips the pattern, or
    # the whole language.
    prefilters: tuple[Optional["re.Pattern[str]"], ...] = field(init=False)
    any_prefilter: Optional["re.Pattern[str]"] = field(init=False)

    def __post_init__(self) -> None:
        needed = [needed_strings(pattern.source) for _, pattern in self.patterns]
        # Frozen: set once, here, from the patterns themselves.
        object.__setattr__(self, "prefilters", tuple(literal_search(strings) for strings in needed))
        object.__setattr__(self, "any_prefilter",
                           literal_search(frozenset().union(*needed)) if needed and all(needed) else None)

    @classmethod
    def read(cls, path: Path) -> "LanguagePatterns":
        data = read_yaml(path) or {}

        def compiled(source: Optional[str]) -> Optional["regex.Pattern[str]"]:
            return regex.compile(source, regex.IGNORECASE) if source else None

        sources = pattern_sources(data, path)
        categories = _categories_of(sources, data.get("categories") or {}, path)
        # In English's order: a match names the most telling category (self-harm first, general last).
        ordered = sorted(sources.items(), key=lambda item: _CATEGORY_ORDER.get(categories.get(item[0], GENERAL), 2))
        patterns = tuple((name, GuardedPattern(p, regex.IGNORECASE)) for name, p in ordered)
        return cls(str(data.get("language") or path.parent.name), patterns, compiled(data.get("negation")),
                   compiled(data.get("past")), compiled(data.get("now")), compiled(data.get("habitual")),
                   compiled(data.get("safe")), compiled(data.get("clause_break")), compiled(data.get("present_cue")),
                   compiled(data.get("hypothetical")), compiled(data.get("not_real")), compiled(data.get("question")),
                   categories, soon_part=compiled(data.get("soon_part")), message_guards=_message_guards_of(data))

    def tells_not_now(self, text: str) -> bool:
        """The message says in this language's own words that it happened before, happens habitually or
        would happen if, and nothing in it says now: the same reading as the patterns' own (English:
        told_as_not_now); or it says the person is safe, now or not. With clause reading, a clause without a
        past word that says it is happening as they write keeps the classifier's danger_now."""
        if self.safe and self.safe.search(text):
            return True
        # A film, a game or a joke with nothing in it happening as they write (a villain's "tonight" is not
        # the person's): as English's _FICTION and _JOKE read them.
        if self.not_real and self.not_real.search(text):
            return not self._happening_as_they_write(text)
        if self.now and self.now.search(text):
            return False
        if self._habit_or_what_if(text):
            return True
        # A question asking what to do or whether it is a crime, as English's _SERVICE_QUESTION reads it.
        if self.question and self.question.search(text):
            return not self._happening_as_they_write(text)
        if not (self.past and self.past.search(text)):
            return False
        return not (self.present_cue and any(self.present_cue.search(clause) for clause in self._present_clauses(text)))

    def detect(self, text: str, folded: Optional[str] = None) -> Optional[DangerMatch]:
        """The first of this language's patterns to match, read with its own now, past and habit words.
        `folded`: the text casefolded, when the caller has it already."""
        patterns = self.patterns_for(text.casefold() if folded is None else folded)
        if not patterns:
            return None
        if self.now and self.now.search(text):
            return self._first_match(text, patterns)
        if self._habit_or_what_if(text):
            return None
        if not (self.past and self.past.search(text)):
            return self._first_match(text, patterns)
        # A past event told beside a present one: each clause with no past word of its own is read on its own.
        for clause in self._present_clauses(text):
            found = self._first_match(clause, patterns, whole=text)
            if found is not None:
                return found
        return self._soon_part_match(text, patterns)

    def _soon_part_match(self, text: str, patterns: tuple[tuple[str, GuardedPattern], ...]) -> Optional[DangerMatch]:
        """A pattern's match inside a later part opened by a soon or now word, when that part has no past word
        of its own (the past word is an earlier part's): only for a language with `soon_part` and no clause
        break, and never in a film, a story or a dream."""
        if self.soon_part is None or self.clause_break is not None or self.past is None:
            return None
        if self.not_real and self.not_real.search(text):
            return None
        for opener in self.soon_part.finditer(text):
            part = text[opener.start():]
            if opener.start() == 0 or self.past.search(part):
                continue
            found = self._first_match(part, patterns, whole=text)
            if found is not None:
                return found
        return None

    def patterns_for(self, folded_text: str) -> tuple[tuple[str, GuardedPattern], ...]:
        """The patterns that may match this text (casefolded): those none of whose needed strings is there
        cannot."""
        if not may_match(self.any_prefilter, folded_text):
            return ()
        return tuple(pattern for pattern, search in zip(self.patterns, self.prefilters) if may_match(search, folded_text))

    def _happening_as_they_write(self, text: str) -> bool:
        return bool(self.present_cue and self.present_cue.search(text))

    def _habit_or_what_if(self, text: str) -> bool:
        return any(marker is not None and marker.search(text) for marker in (self.habitual, self.hypothetical))

    def _present_clauses(self, text: str) -> list[str]:
        """The clauses with no past word of their own; none for a language that does not read clauses."""
        if self.clause_break is None or self.past is None or (self.not_real and self.not_real.search(text)):
            return []
        return [clause for clause in self.clause_break.split(text) if clause.strip() and not self.past.search(clause)]

    def _first_match(self, text: str, patterns: tuple[tuple[str, GuardedPattern], ...],
                     whole: Optional[str] = None) -> Optional[DangerMatch]:
        """`whole`: the message, when `text` is one of its clauses (its patterns' whole-message guards read it)."""
        for name, pattern in patterns:
            if whole is not None and any(guard.match(whole) for guard in self.message_guards.get(name, ())):
                continue
            for match in pattern.finditer(text):
                window = text[_negation_window_start(text, match.start()) : match.end()]
                if self.negation and self.negation.search(window):
                    continue
                return DangerMatch(pattern=f"{self.language}:{name}", text=match.group(0),
                                   category=self.categories.get(name, GENERAL))
        return None


# Guards several languages' patterns share, written once (data/languages/shared_guards.yml); a pattern names one as
# {{name}}.
_SHARED_GUARD_NAME = re.compile(r"\{\{(\w+)\}\}")


@lru_cache(maxsize=1)
def _shared_guards() -> dict[str, str]:
    return {str(name): str(guard) for name, guard in (read_yaml(LANGUAGES_DIR / "shared_guards.yml") or {}).items()}


def _message_guards_of(data: Mapping[str, Any]) -> dict[str, tuple["regex.Pattern[str]", ...]]:
    """Each pattern's whole-message shared guards (a negative lookbehind anchored at the message's start, "(?<!^"
    ... ".*)"), as searches that match at the start of a message the guard would silence."""
    guards = _shared_guards()
    found: dict[str, tuple["regex.Pattern[str]", ...]] = {}
    for name, source in (data.get("patterns") or {}).items():
        bodies = [guards[g][len("(?<!^"):-len(".*)")] for g in _SHARED_GUARD_NAME.findall(str(source))
                  if g in guards and guards[g].startswith("(?<!^") and guards[g].endswith(".*)")]
        if bodies:
            found[str(name)] = tuple(regex.compile(body, regex.IGNORECASE) for body in bodies)
    return found


def pattern_sources(data: Mapping[str, Any], path: Path) -> dict[str, str]:
    """A danger.yml's patterns by name, as the engine reads them: each {{name}} replaced by that shared guard (an
    unknown name fails loudly at load, as a category typo does)."""
    guards = _shared_guards()

    def guard(found: "re.Match[str]") -> str:
        if found.group(1) not in guards:
            raise ValueError(f"{path}: unknown shared guard {found.group(0)} (known: {', '.join(guards)})")
        return guards[found.group(1)]

    return {str(name): _SHARED_GUARD_NAME.sub(guard, str(p)) for name, p in (data.get("patterns") or {}).items()}


def _categories_of(patterns: Mapping[str, str], listed: Mapping[str, Any], path: Path) -> dict[str, str]:
    """Pattern name -> risk category from a danger.yml's `categories`; a typo there fails loudly at load, so a
    pattern never silently loses its category (and a self-harm match its Samaritans)."""
    categories: dict[str, str] = {}
    for category, names in listed.items():
        if category not in DANGER_CATEGORIES:
            raise ValueError(f"{path}: unknown danger category {category!r} (known: {', '.join(DANGER_CATEGORIES)})")
        for name in names or []:
            if name not in patterns:
                raise ValueError(f"{path}: category {category!r} lists {name!r}, which is not one of its patterns")
            if name in categories:
                raise ValueError(f"{path}: pattern {name!r} is listed under two categories")
            categories[str(name)] = str(category)
    return categories


# A clause's end: a negation before it belongs to the clause it closes.
_CLAUSE_END = re.compile(r"[.,;!?।\n]")


def _negation_window_start(text: str, match_start: int) -> int:
    """Where a match's negation window opens: NEGATION_WINDOW characters before it, from a word's start, never before
    the clause it is in (twenty-seventh session, Gujarati: "kai nathi rahyu, pankha par dupatto bandhi didho che",
    nothing is left, I have tied the dupatta to the fan, is no denial of the fan)."""
    start = _word_start(text, match_start - NEGATION_WINDOW)
    ends = [end.end() for end in _CLAUSE_END.finditer(text, start, match_start)]
    return ends[-1] if ends else start


def _word_start(text: str, position: int) -> int:
    """The start of the word at `position`: a negation window cut inside a word would read its last letters as a
    word of their own (Gujarati "ફોન", phone, cut to "ન", not)."""
    position = max(0, position)
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position


@lru_cache(maxsize=1)
def other_languages(directory: Path = LANGUAGES_DIR) -> tuple[LanguagePatterns, ...]:
    return tuple(LanguagePatterns.read(path) for path in sorted(directory.glob("*/danger.yml")))


def detect_danger(text: str) -> Optional[DangerMatch]:
    """The first pattern saying someone is in danger now, in English or any other language, or None; then,
    for English, a word of harm told in the present (`present_harm`)."""
    if not text:
        return None
    found = _english_danger(text)
    if found is not None:
        # (thirty-third round) read clause by clause, an account from another country with the writer safe here now
        # ("In Afghanistan the Taliban put gun on my head. Now I am in Leicester, safe") or a threat said before he went
        # abroad and they separated, as the whole message tells it
        # (thirty-fourth round) and the round's accounts read on the whole message (_everyday_34): a clause alone does not
        # show that it is a question ("if I tell you I've self-harmed before, will you have to report it?")
        # (thirty-fifth round) and self-harm's everyday senses and accounts over (_self_harm_everyday)
        plain = _plain_english(text)
        return None if _told_from_afar(text, found) or found.category in _everyday_34(plain) or _self_harm_everyday(plain, found) else found
    # a message a word or two at a time, read again as one sentence (its fragments alone already read first)
    joined = _one_word_at_a_time(text)
    if joined != text:
        found = _detect_english(joined) or present_harm(joined)
        if found is not None:
            return found
    folded = text.casefold()
    for language in other_languages():
        found = language.detect(text, folded)
        # Read only for a marriage-or-cutting match, rare: not on every message. A love match English reads as such
        # is one whatever other language's words for a flight or a day it shares ("flight to india tonight for my
        # sisters wedding, she chose him").
        # Nor is cutting done long ago to a woman grown now, with no girl named and nothing feared ("a woman today who had
        # FGM as a child, she's 30 now"), whatever "today" another language reads.
        # (thirty-fourth round: nor a play rehearsed or a wedding months off, _everyday_34)
        # (thirty-ninth round: nor a case seen on the news, "saw on the news today a woman got jailed for FGM", with nothing urgent)
        if found is not None and not (found.category == FORCED_MARRIAGE_OR_FGM and (taught_about(text) or _love_match(text) or _cut_long_ago(text)
                                                                                    or _in_the_news_only(text) or _fgm_only_a_topic(text)
                                                                                    or bool(_SONS_CIRCUMCISION.search(_plain_english(text)))
                                                                                    or FORCED_MARRIAGE_OR_FGM in _everyday_34(_plain_english(text)))):
            return found
    return None


# An account told from afar, read on the whole message: it opens in another country and says the writer is here and safe,
# better or supported now; or a threat said there before, the two separated and him abroad. Never with anything urgent,
# someone here at the door, or a body in trouble beside (a plain "is there help for this" asks for support).
_HERE_AND_SAFE_NOW = re.compile(r"\bnow (?:i|we)(?: am| are|'m|'re)? (?:(?:here )?in|live in|living in|safe in) (?:the )?(?:uk|england|britain|leicester)\b|"
                                # (forty-first round) the town here named first ("In Loughborough I am safe"), or the
                                # flight given as why they are here ("that is why I am here")
                                r"\b(?:here )?in (?:the uk|uk|england|britain|leicester\w*|loughborough|hinckley|coalville|melton|market harborough|oadby|wigston|"
                                r"lutterworth|rutland|oakham) (?:i|we) (?:am|are|'m|'re) (?:safe|ok|okay|fine)\b|"
                                r"\b(?:this|that) is why (?:i|we) (?:am|are|'m|'re) (?:here|in (?:the uk|england|britain|leicester))\b|"
                                r"\bnow (?:i|we) (?:have|has|got|see) (?:a |my )?(?:counsellor|counselor|therapist|doctor|support worker)\b", re.IGNORECASE)
_SAFE_OR_BETTER = re.compile(r"\b(?:safe|better|ok|okay|fine)\b", re.IGNORECASE)
_HELP_ASKED_FOR = re.compile(r"\b(?:is there (?:any )?help|how (?:can|do|does|could|would) (?:she|he|i|we|they) (?:get|find) (?:some )?help(?: here)?|(?:she|he|they) (?:help|helps|is helping|are helping|helped) (?:me|us)|help for (?:this|that|me with this)|can (?:you|someone|somebody) help(?: me)?|"
                             # (forty-first round) help with papers ("I need help for my asylum interview")
                             r"help (?:for|with) (?:my|the|our|his|her) (?:\w+ )?(?:interview|claim|case|application|appeal|forms?|paperwork|housing|visa|solicitor|lawyer))\b",
                             re.IGNORECASE)
_SEPARATED = re.compile(r"\b(?:separated|divorced|split up)\b", re.IGNORECASE)


def _told_from_afar(text: str, found: DangerMatch) -> bool:
    if found.category not in ("weapon", "threat_to_kill", SELF_HARM, "strangulation", GENERAL):
        return False
    plain = _plain_english(text)
    if (_ACUTE_BESIDE.search(plain) or _HERE_NOW.search(plain) or _PRESENT_CUE.search(plain)
            or _URGENT_NOW.search(_HELP_ASKED_FOR.sub(" ", plain)) or _says_now(_HERE_AND_SAFE_NOW.sub(" ", re.sub(r"(?i)\bnow\b(?= (?:i|we|he|she)\b)", " ", plain)))):
        return False
    here = _HERE_AND_SAFE_NOW.search(plain)
    if _OPENS_ELSEWHERE.search(plain) and here and _SAFE_OR_BETTER.search(plain):
        # (lead's review) ... unless danger is told after the safety ("now I am in Leicester, safe, but he found me and
        # has a knife", "... but he just messaged that he is in Leicester and will kill me")
        after = plain[here.end() :]
        return _english_danger(after) is None
    return found.category == "threat_to_kill" and bool(_ABROAD.search(plain) and _SEPARATED.search(plain))


_CUT_LONG_AGO = re.compile(r"\b(?:fgm|cut|cutting|circumcis\w*|khatna)\b[^.?!]{0,30}\b(?:as a (?:baby|child|kid|toddler|little girl|young girl|girl)|"
                           # (forty-third round) "type 3 FGM done in childhood back home"
                           r"in (?:her|my|their) (?:childhood|infancy)|in childhood|"
                           # (forty-ninth round) a midwife's "type 2 FGM from childhood in Sudan"
                           r"from (?:her |my |their )?(?:childhood|infancy)|"
                           r"when (?:she|i) was (?:little|young|small|a (?:baby|child|kid|girl)|\d{1,2})|(?:years|decades) ago)\b", re.IGNORECASE)
# (forty-fifth round: not one said to be none, "two sons, no girls at home")
_GIRL_NAMED = re.compile(r"(?<!\bno )(?<!\bnot any )\b(?:daughters?|sisters?|nieces?|granddaughters?|girls|baby girl|little girl|(?:my|our|her) (?:baby|child|kid)s?)\b",
                         re.IGNORECASE)


def _in_the_news_only(text: str) -> bool:
    plain = _plain_english(text)
    return bool(_IN_THE_NEWS.search(plain)) and not _URGENT_NOW.search(plain) and not _REAL_DANGER_BESIDE.search(plain) and not _says_now(plain) and not _news_beside_harm(plain)


def _news_beside_harm(text: str) -> bool:
    """The news never silences a marriage or a cutting arranged beside it, nor a girl of the writer's named with it ("saw on
    the news today about fgm, my aunty is taking my sister to be cut tomorrow")."""
    beside = _detect_english(text)
    return bool(_GIRL_NAMED.search(text) or _MY_OWN_MARRIAGE.search(text)) or (beside is not None and beside.category == FORCED_MARRIAGE_OR_FGM)


# (forty-seventh round) The cutting promised never to happen to the writer or their girls, said to have stopped with a
# mother ("in our family it stopped with her ... she promised it will never happen to me"), or argued against to family ("How
# do I explain to my mother in Hargeisa that gudniin is harmful?").
_CUTTING_OPPOSED = re.compile(r"\b(?:explain|convince|persuade|tell|show|teach|make (?:her|him|them) understand)\b[^.?!]{0,40}\b(?:that )?"
                              r"(?:fgm|gudniin|cutting|khatna|khatana|sunnah?|it|this|that)(?: is| was|'s)? (?:so |very |really )?(?:harmful|wrong|illegal|dangerous|"
                              r"a crime|haram|cruel|abuse|not (?:allowed|needed|required|islamic|religious|in the (?:quran|bible)))\b|"
                              r"\b(?:promised|promises|promise|swore|swears|sworn)\b[^.?!]{0,30}\b(?:never|not ever|won'?t ever|will not|(?:nobody|no one|no-one) (?:will|would|'ll|is going to) ever)\b[^.?!]{0,25}"
                              r"\b(?:happen|be done|do it|do that|do this|be cut|cut)\b|"
                              r"\b(?:it|this|that|fgm|cutting)(?: all)? (?:stopped|stops|ended|ends) with (?:her|me|my (?:mum|mom|mother|generation)|us|them)\b|"
                              # (forty-ninth round) said never to be done to her ("she will never be cut")
                              r"\b(?:she|i|her \w+|my \w+)(?: will|'ll| would| is going to) never be (?:cut|circumcised|done)\b(?![^.?!]{0,40}\b(?:unless|but)\b)|"
                              # (fifty-first round) a stand against it ("All my family know I am against cutting and they respect it", "My mother
                              # is also against cutting now")
                              r"\b(?:i am|i'?m|am|is|are|she'?s|he'?s|we'?re|they'?re)(?: (?:also|all|now|strongly|totally|completely|very))* against "
                              r"(?:fgm|cutting|gudniin|khatna|khatana|sunnah?|tahara)\b(?![^.?!]{0,40}\b(?:but|unless)\b)|"
                              # (fifty-first round) none of them will be, no one will ever do it ("None of my granddaughters will be cut", "the
                              # paper from the doctor that says no one will ever do tahara to me")
                              r"\b(?:none of (?:my|our|her|their) \w+|(?:nobody|no one|no-one)) (?:will|would|'ll|is going to|is allowed to) (?:ever )?"
                              r"(?:be (?:cut|circumcised|done)|(?:do|cut|circumcise) (?:it|that|this|tahara|tahur|khatna|fgm|sunnah?|them|her|me)\b)"
                              r"(?![^.?!]{0,40}\b(?:unless|but)\b)|"
                              # ... and in Pidgin ("Me, I no go ever do am to my pikin", "e no go ever happen to us")
                              r"\b(?:i|we|me|she|he|dem|they) no go (?:ever )?do am (?:to|for|give) (?:(?:my|our|her|una) (?:pikin|pikin dem|daughters?|girls?|children)|us|me|una)\b|"
                              r"\b(?:e|it|dat|that) no go (?:ever )?happen (?:to|for) (?:us|me|una|my \w+|our \w+)\b", re.IGNORECASE)


def _cutting_only_opposed(text: str) -> bool:
    """The cutting promised never to happen, said to have stopped or argued against, with no day soon (a lesson's today is none), no one
    coming for it and nothing urgent or feared beside."""
    plain = _plain_english(text)
    return (bool(_CUTTING_OPPOSED.search(plain)) and not _SOON_RE.search(_TODAY_NOT_THE_DANGER.sub(" ", plain))
            and not _ONE_COMING_FOR_IT.search(plain) and not _URGENT_NOW.search(_NOBODY_TRAVELLING.sub(" ", plain))
            and not _REAL_DANGER_BESIDE.search(plain))


# No one coming or going ("she is not coming here and my girls are not going there"): no journey's urgency.
_NOBODY_TRAVELLING = re.compile(r"\b(?:is|are|am|'s|'re|'m) not (?:coming|going|travelling|flying)(?: (?:here|there|over|back))?\b|"
                                r"\b(?:isn'?t|aren'?t|won'?t|will not|never) (?:be )?(?:coming|going|travelling|flying)(?: (?:here|there|over|back))?\b",
                                re.IGNORECASE)


def _cut_long_ago(text: str) -> bool:
    return bool(_CUT_LONG_AGO.search(text)) and not _GIRL_NAMED.search(_NEVER_TO_HER_GIRL.sub(" ", text)) and not _REAL_DANGER_BESIDE.search(text)


# (forty-fifth round) A girl named only as the one it will never be done to ("says her daughter never will").
# (forty-ninth round) or the parents' word that they never will ("they will never cut their daughter").
_NEVER_TO_HER_GIRL = re.compile(r"(?:\b(?:her|my|our|their) (?:daughters?|girls?|nieces?)(?: will)? (?:never|not ever)(?: will)?\b|"
                                r"\b(?:will|would|'ll) (?:never|not ever) (?:cut|circumcise|do (?:it|that|this) to) (?:her|my|our|their) (?:daughters?|girls?|nieces?)\b)"
                                r"(?![^.?!]{0,30}\bunless\b)", re.IGNORECASE)


def _detect_english(text: str) -> Optional[DangerMatch]:
    if not text:
        return None
    normalised = _without_fiction(_plain_english(text))
    frame = _Frame.of(normalised)
    found = _detect_in_frame(normalised, frame)
    if found is None and frame.hypothetical:
        # A condition or a what-if in one sentence does not make another sentence one (lead's review, twentieth session:
        # "if I tell you I self-harmed before, will you have to tell my school? he's got a knife" was read as a what-if
        # whole): each other sentence is read as if it had come alone.
        for part in _parts_outside_the_condition(normalised):
            found = _detect_english(part)
            if found is not None:
                return found
    return found


_SENTENCE_END = re.compile(r"[.!?]+(?:\s+|$)")
# What a part says will or would happen is the condition's consequence ("he'll kill me if I leave, he'd burn the house").
_CONSEQUENCE = re.compile(r"\b(?:will|would|wud|wld|gonna|going to|shall|won'?t|wouldn'?t|\w+'ll|\w+'d|(?:he|she|they|i|u|you|we)ll|(?:he|she|they|i|we)d)\b",
                          re.IGNORECASE)


def _parts_outside_the_condition(normalised: str) -> list[str]:
    """What a condition or a what-if does not govern, each part to be read as if it had come alone: every other
    sentence with no condition of its own (lead's review, twentieth session: "if I tell you I self-harmed before, will
    you have to tell my school? he's got a knife"); and, in a sentence whose condition comes after its consequence
    ("my dad will kill me if I'm late, he's holding a knife"), each comma part after the condition that neither has one
    of its own nor says what will or would happen (twenty-first session). A condition that opens its sentence governs
    what follows it ("if he finds me, he'll kill me") and stays a what-if whole."""
    sentences = [sentence for sentence in _SENTENCE_END.split(normalised) if sentence.strip()]
    parts = [sentence for sentence in sentences if not _has_a_condition(sentence)] if len(sentences) > 1 else []
    for sentence in sentences:
        condition = _HYPOTHETICAL.search(sentence)
        if condition is None or not sentence[: condition.start()].strip(" ,"):
            continue
        pieces = re.split(r",\s*|;\s*", sentence)
        after = [i for i, piece in enumerate(pieces) if _has_a_condition(piece)]
        parts += [piece for piece in pieces[after[0] + 1 :] if piece.strip() and not _has_a_condition(piece) and not _CONSEQUENCE.search(piece)] if after else []
    return parts


def _has_a_condition(text: str) -> bool:
    return bool(_HYPOTHETICAL.search(text) or _ASKS_WHAT_TO_DO_IF.search(text))


_MINUTES_AGO = re.compile(r"\b(?:\d+|a few|few|five|ten|fifteen|twenty|thirty|couple of|a couple of) (?:mins?|minutes|secs?|seconds) ago\b|\bjust now\b|"
                          # ... and a last time still ahead ("the last time you'll hear from me")
                          r"\blast time (?:you'?ll|you will|u'?ll|youll|anyone will)\b", re.IGNORECASE)


def _detect_in_frame(normalised: str, frame: "_Frame") -> Optional[DangerMatch]:
    """The first match read in the whole message's frame: whole, or clause by clause when a past time is told."""
    if not frame.past:
        return _first_match(normalised, frame)
    # A past event told beside a present one ("he was released last week and he's outside my house"):
    # each sentence or "and"/"but" clause that has no past time of its own is read on its own, and so is
    # each comma-joined part of a clause that has one ("there's smoke coming in, he said he'd smoke us out").
    # A part with a past time of its own is read only when it also says now ("he was released last month and is
    # outside right now"): the "now" of another part ("i overdosed in 2018 and got through it, i volunteer with
    # the Samaritans now") does not bring a past event into the present.
    for clause in _CLAUSE_BREAK.split(normalised):
        parts = _present_pieces_of(clause)
        if _PAST.search(clause):
            parts += [part for part in re.split(r",\s*", clause) if _PAST.search(part) and _says_now(part)]
        for part in parts:
            found = _first_match(part, frame) if part.strip() else None
            if found is not None:
                return found
    # (thirty-fifth round, self-harm) a past of minutes ago is the present of a self-harm told over several sentences ("msg
    # from my bestie 10 mins ago: '... the last time you'll hear from me'. She's not picking up"): the whole message is read
    # when minutes ago is its only past
    if not _PAST.search(_MINUTES_AGO.sub(" ", normalised)):
        found = _first_match(normalised, frame)
        if found is not None and found.category == SELF_HARM:
            return found
    if _arrangement_across_clauses(normalised):
        found = _first_match(normalised, frame)
        if found is not None and found.pattern in _ARRANGEMENT_PATTERNS:
            return found
    # (forty-seventh round) a girl's own cutting told before is how its signs are known, no past of the day to come ("telling my
    # little sister (8) to be brave on saturday ... i was cut at 8. i know what saturday is"): the signs are read on the whole
    # message when that is its only past
    if not _PAST.search(_CUT_BEFORE.sub(" ", normalised)):
        match = _CUTTING_TOLD_BY_ITS_SIGNS.search(normalised)
        if match is not None and not frame.rules_out("cutting_told_by_its_signs"):
            return DangerMatch(pattern="cutting_told_by_its_signs", text=match.group(0), category=FORCED_MARRIAGE_OR_FGM)
    # (fiftieth round) the near day said in a part with no past time, the pain or the fast in another sentence ("Hooyo says tomorrow
    # I become a proper girl and I'm not allowed breakfast before. my cousin said it hurts really bad. im 10")
    if not _long_over(normalised) and _PAIN_OR_FAST_BEFORE_RE.search(normalised) and not frame.rules_out("imminent_cutting"):
        for clause in _CLAUSE_BREAK.split(normalised):
            for part in _present_pieces_of(clause):
                match = _PROPER_GIRL_SOON_RE.search(part)
                if match is not None:
                    return DangerMatch(pattern="imminent_cutting", text=match.group(0), category=FORCED_MARRIAGE_OR_FGM)
    return None


_PROPER_GIRL_SOON_RE = re.compile(_PROPER_GIRL_SOON, re.IGNORECASE)
_PAIN_OR_FAST_BEFORE_RE = re.compile(_PAIN_OR_FAST_BEFORE, re.IGNORECASE)


_CUT_BEFORE = re.compile(rf"\b{_A_GIRLS_OWN_CUTTING}(?: (?:at|aged) \d{{1,2}}| when (?:i|she|we) (?:was|were) (?:\d{{1,2}}|little|small|young))?\b",
                         re.IGNORECASE)


def _english_danger(text: str) -> Optional[DangerMatch]:
    """English's two nets, the patterns clause by clause and a word of harm told in the present."""
    return _detect_english(text) or present_harm(text)


def _present_pieces_of(clause: str) -> list[str]:
    """A clause with no past time of its own whole; one with a past time, its parts that have none."""
    return [clause] if not _PAST.search(clause) else _present_parts(clause)


# A marriage or a cutting arranged: the patterns read on the whole message when its arrangement spans sentences, and
# trusted over the give-way when arranged soon by force (_arranged_soon_by_force).
_ARRANGEMENT_PATTERNS = frozenset({"imminent_marriage", "imminent_cutting", "woman_called_for_a_girl"})


_TOLD_LATELY = re.compile(r"\b(?:last night|yesterday|this morning|earlier today|today|just now|an hour ago|tonight)\b", re.IGNORECASE)


def _arrangement_across_clauses(text: str) -> bool:
    """A forced marriage or a cutting told over several sentences, one with a past word in it (lead's review, eighteenth
    session: "Christmas hols start Friday and we're flying that night. Mum just told the school I won't be back because
    I'll be married by then"; "the rishta got confirmed last night, the nikah is sunday. i said no and abbu said it dont
    matter what i say"): the day soon said in a part with no past time of its own, the force in parts with none, and
    nothing dated to a past decade or long over ("I was forced to marry at 16 in 1998. The wedding was on a Friday")."""
    if _A_PAST_DECADE.search(text) or _long_over(text) or not _MARRIAGE_OR_CUTTING.search(text):
        return False
    clauses = [clause for clause in _CLAUSE_BREAK.split(_without_siblings_precedent(text)) if clause.strip()]
    forced = [clause for clause in clauses if _FORCED_RE.search(clause)]
    # (forty-first round) a refusal told last night or today is the force as it stands ("my sister wedding is sunday and
    # last night she told me she doesnt want him and dad said she will or shes not his daughter")
    # (fiftieth round) ... and so is a force in a part of its own beside another part's past time ("they took him to Kotli last
    # week, his nikah is tomorrow, he texted me 'help'")
    if not forced or any(_PAST.search(clause) and not _TOLD_LATELY.search(clause)
                         and not any(_FORCED_RE.search(part) for part in _present_parts(clause)) for clause in forced):
        return False
    present = [part for clause in clauses for part in _present_pieces_of(clause)]
    return any(_SOON_RE.search(part) for part in present)


# The second English net, by kind rather than by phrase. Five blind rounds of patterns caught 0.73 to 0.86 of
# unseen wording: the patterns name whole phrases ("he's got a knife"), and each new set said it another way
# ("me n the kids in the bathroom door locked he got the meat cleaver"), while the classifier put such
# messages into a story of abuse or out of scope. This net needs only two things in one clause: a word of
# harm from a broad lexicon (by DASH category) and a sign that it is happening as they write (now, just,
# as i type, mins away, i can hear, hiding, or someone in the middle of a harmful act). Past, habit,
# what-if, joke, film, a safe or settled state and everything told_as_not_now stay with the account.
_HARM_WORDS: tuple[tuple[str, str], ...] = (
    (SELF_HARM, r"pills|tablets|overdose|overdosed|swallow\w*|bleach|(?:toilet|drain|oven) cleaner|disinfectant|patches|bleeding|rope|"
                r"bannister|engine running|cut (?:myself|too deep)|slit my wrists?|too many (?:of )?(?:\w+ ){0,2}(?:pills|tablets|patches|meds)"),
    ("strangulation", rf"neck|throat|windpipe|chok\w*{_NOT_ON_A_COUGH}|strangl\w*|throttl\w*|(?:can'?t|cant|cannot) breathe"),
    # Not the alarm, the door or the brigade ("set the smoke alarm off doing chips again").
    ("fire", r"fire(?! (?:alarms?|doors?|drills?|exits?|extinguishers?|brigade|service|station|risk|safety|fighters?|engines?))|flames?|"
             r"smoke(?! (?:alarms?|detectors?))|smoking|smoulder\w*|burn\w*|petrol|paraffin|fuel|diesel|lighter|matches|alight|ablaze|white spirit"),
    # (forty-fifth round: not a thing named after one, "I've a shotgun licence for the farm")
    ("weapon", r"(?:knife(?! crime)|knives|blade|cleaver|machete|gun|pistol|rifle|shotgun|hammer|bat|crowbar|shears|scissors|screwdriver|axe|sword|weapon)"
               r"(?!\s*(?:licen[cs]es?|certificates?|permits?|cabinets?|safe|amnesty)\b)"),
    ("threat_to_kill", r"kill (?:me|us|her|him|you|u|them)|dead|die|death|murder\w*|end (?:me|you|u|us|her|him)|finish (?:me|you|u|us|her|him) off|"
                       r"(?:my|your|ur|her|his|our|their) last (?:breath|day|night)|last (?:breath|day|night) (?:i'?ll|you'?ll|u'?ll|she'?ll|we'?ll|on earth|alive)|smother\w*|drown\w*|bury"),
    # (forty-sixth round: not a ban from a public place, given as the news, "he's banned from the station now")
    ("released_or_found", r"(?:meant|supposed) to be (?:locked up|inside|in prison|in jail|banned)|banned from(?! (?:the|this|that) (?:train |bus )?(?:station|shop|store|"
                          r"supermarket|pub|club|bus(?:es)?|trains?|stadium|ground|bar|centre|mall|taxi rank|library|gym|pool|leisure centre|site|premises)\b)|knows where|found (?:me|my|where)|"
                          r"tracked (?:me|us) down|my new (?:address|place|flat|house|number)"),
    ("held_captive", r"locked (?:me |us |her |him |them )?in|locked from (?:the )?outside|locking (?:me|us|her|him|them)|locks? (?:me|her|us|him|them) (?:in|up)|keys|(?:won'?t|wont|doesn'?t|does not|not) let (?:me|us|her|him|them) (?:out|leave|in)\b(?! (?:the house )?(?:without|on (?:my|her|our) own|with))|"
                     r"(?:can'?t|cant|cannot) (?:get out(?! (?:much|as much|often|very often|a lot|as often|anymore|any more)\b)|leave|open|escape|get past)|keep (?:me|her|us|him|them) in|trapped|won'?t pull over|wont pull over|"
                     r"took my (?:phone|shoes|passport|keys)|a (?:house|flat|room) i (?:don'?t|dont|do not) know"),
    ("forced_marriage_or_fgm", r"marry|marrying|(?:be|get|getting|being) married|wedding|nikah|engagement|henna|mehndi|cutting|circumcis\w*|fgm"),
    ("child_in_danger", r"drink driving|drunk driving|driving drunk"),
    # Someone breaking in, not a glass that broke in someone's hand.
    ("attack_on_home_now", r"smash\w*|break\w* in|(?<!glass )(?<!cup )(?<!mug )(?<!plate )(?<!bottle )(?<!bowl )(?<!vase )broke in|climb\w* in|barg\w*|stones|bricks|bottles"),
    # Acts going on, or "just" done ("she punched me and now im covered in bruises" is an account).
    # Not a panic or an anxiety attack ("i think it's a panic attack, nothing has happened").
    # "dragging" only with a person after it: not feet, a suitcase or a week that drags ("this week is really dragging")
    # (a "punch-up" told as a noun is a fight heard of, not harm going on, unless it is said to be: "a punch-up kicking off
    # outside")
    ("general", r"hit|hitting|punch(?![- ]?ups?\b)|punch[- ]?ups?(?= (?:going on|happening|kicking off|starting|outside)\b)|punching|kick|kicking|beat|beating|hurt|hurting|(?<!panic )(?<!anxiety )attack|attacking|slapping|battering|"
                rf"dragging(?= (?:me|us|her|him|them)\b| (?:my|his|her|their|our|the|a|an|this|that) (?:\w+ )?(?:{_PEOPLE_DRAGGED})\b)|"
                r"throwing (?:me|her|him)|touching (?:me|her|him)|just (?:\w+ )?(?:hit|punched|kicked|attacked|dragged|slapped|battered|threw)|"
                # (twenty-sixth round) pushed or thrown down or off ("shoved me off the bed just now"); a person jumped as
                # the street says it ("lads jumping a lad by the shops rn")
                r"(?:pushed|shoved|thrown|threw) (?:me|her|him|us|them) (?:down|off|over|out of|into|against)|"
                r"jumping (?:me|him|her|us|them|(?:a|the|my|some|this|that|an?) (?:\w+ )?(?:woman|man|lad|girl|boy|kid|guy|bloke|mate|friend|student|driver|"
                r"worker|pensioner|person))"),
)
_HARM = tuple((category, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for category, words in _HARM_WORDS)
# Self-harm's words, and dying or ending it: where they are, help for someone's mental health does not make it an account.
_SELF_HARM_WORDS = re.compile(rf"\b(?:{dict(_HARM_WORDS)[SELF_HARM]}|kill (?:myself|himself|herself|themselves)|suicid\w*|"
                              r"end (?:it|it all|my life|his life|her life)|self[- ]?harm\w*|cut\w* (?:myself|himself|herself)|die|dying)\b",
                              re.IGNORECASE)
# Harm words that are themselves the danger when negated ("won't let me out", "cannot open the door").
_HARM_NEGATION_IS_THE_DANGER = frozenset({"held_captive", "forced_marriage_or_fgm"})
# ... but an act denied just before it is not ("he doesn't lock me in or anything"), as "won't let me out" is.
_DENIED_JUST_BEFORE = re.compile(r"\b(?:doesn'?t|doesnt|does not|didn'?t|didnt|did not|don'?t|dont|do not|never|has never|have never|hasn'?t|"
                                 r"haven'?t|wouldn'?t|would never)\s+(?:ever\s+|actually\s+|really\s+|even\s+)?$|"
                                 # ... and force denied ("i'm not being forced to marry", "nobody is making me get married").
                                 r"\b(?:not|never|nobody|no one|no-one|noone)(?:'s| is| are)?\s+(?:being\s+|been\s+)?(?:forc(?:ed|ing)|made|making|pressured|pressuring)"
                                 r"(?:\s+(?:me|her|him|us))?\s+(?:in)?to\s+(?:get\s+)?$|"
                                 # (twenty-sixth round) nobody to be married at all ("it's a holiday, nobody is getting married")
                                 r"\b(?:nobody|no one|no-one|noone)(?:'s| is| are)?\s+$", re.IGNORECASE)
# The harm word denied by a "no" right before it ("no fire or anything, just the battery", "no knife, just shouting").
_NO_JUST_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
# Someone in the middle of a harmful act ("is shaking my son", "are doing my henna", "lads flicking lit matches"),
# also as people with little English write it ("he is kick my belly").
_HARMFUL_ACTS = (r"chok|strangl|squeez|press|hitt|punch|kick|beat|hurt|attack|dragg|smash|burn|pour|swallow|bleed|bang|barg|throw|flick|chuck|lobb|"
                 r"point|hold|wav|swing|shak|lock|touch|climb|break|rock|ripp|spitt|cutt|marry|tak|driv|sharpen|threaten|scream|shout|sitt|stand|"
                 r"wait|com|do|tell|say")
_HARMFUL_ACT_ING = rf"(?:{_HARMFUL_ACTS})ing"
_HARMFUL_ACT_BARE = r"(?:kick|hit|punch|beat|hurt|choke|strangle|burn|lock|drag|attack|smash|break|slap|push|cut)s?"
_SOMEONE = (r"(?:he|she|they|someone|somebody|lads|men|boys|a man|a gang|people|my \w+|his \w+|her \w+|"
            r"^\W*(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|stepdad|brother|son))")
_HAPPENING_AS_THEY_WRITE = re.compile(
    r"\b(?:now|right now|just|at the moment|(?:as|while) i (?:type|write|text)|(?:mins?|minutes?) (?:away|ago)|on (?:his|her|their) way|"
    r"still (?:here|there|in|outside|at|going|doing)|(?:i|we) can (?:hear|see|smell)|hiding|(?:pl[sz]|please) help|"
    # (twenty-sixth round) a witness's scene: nobody stepping in ("and no one is stopping it")
    r"(?:no one|nobody|noone|no-one)(?: is|'s)? (?:stopping|helping|doing anything|stepping in)|"
    r"drowsy|sleepy|(?:won'?t|wont) wake|not responding|"
    # Held now: what the person cannot do or is not let do is the present.
    r"(?:can'?t|cant|cannot) (?:get out|open|escape|get past)|(?:won'?t|wont) pull over|"
    # Seen, smelt, on the way: "im looking at him through the window", "the landing smells of paraffin".
    r"(?:i'?m|im|i am) (?:looking at|watching) (?:him|her|them)|(?:smells?|stinks?|reeks?) of|"
    r"going to the (?:mosque|airport|wedding|ceremony|registry office|temple|gurdwara|church)|"
    rf"(?:is|are|am|'s|'re|'m|im|i'?m|he's|she's|they're|keeps?) (?:(?!been\b)\w+ )?{_HARMFUL_ACT_ING}|{_SOMEONE} {_HARMFUL_ACT_ING}|"
    rf"(?:he|she|they) (?:is|are) {_HARMFUL_ACT_BARE}|(?:am|is|are|'m|im|i'?m|we'?re) (?:\w+ )?going to the)\b",
    re.IGNORECASE,
)
# A door handle that "keeps going down" is someone trying it as they write, not a habit ("someones trying to get
# in the back door, the handle keeps going down").
_MOVING_AS_THEY_WRITE = re.compile(r"\b(?:door ?)?(?:handle|latch|door ?knob|letterbox)\s+keeps?\s+(?:going|moving|turning|rattling|jiggling|"
                                   r"twisting|clicking|shaking|opening)\b|"
                                   # ... nor a shout kept up as they listen ("next door keep screaming put the knife down, over and over,
                                   # its getting worse, i can hear it")
                                   r"\bkeeps? (?:screaming|shouting|yelling|begging|crying|saying)\b(?=[^.?!]*\b(?:over and over|again and again|"
                                   r"getting worse|(?:i|we) can hear)\b)|"
                                   # ... nor a witness's scene as it unfolds ("a woman is banging on the window and a man keeps pulling
                                   # her back inside"): someone doing something as they write, then "keeps" in the same sentence
                                   r"\b(?:a|an|the|some|this|that|two|three) (?:woman|man|girl|boy|lad|lass|kid|child|bloke|guy|fella|lady|couple|"
                                   r"group|gang)(?:'s| is| are) \w+ing\b[^.?!]*?\bkeeps?\b(?= \w+ing\b)|"
                                   # Twenty-sixth round: an order to keep on ("told me keep driving", "says to keep walking"), a
                                   # lighter flicked as they write ("keeps flicking the lighter at me"), a weapon held and a
                                   # threat kept up ("he's got a blade and keeps saying he'll use it"): none is a habit
                                   r"\b(?:told|tells|telling|ordered|orders|ordering|says|said|saying) (?:me|us|her|him|them) (?:to )?keep\b|"
                                   r"\bkeeps? (?:flicking|sparking|clicking|striking|lighting) (?:the|a|his|her|their) (?:lighter|matches|match)\b|"
                                   r"\b(?:got|holding|has) (?:a|the|his|her|their) (?:\w+ )?(?:knife|knives|blade|machete|gun|hammer|bat|axe|cleaver|screwdriver)\b"
                                   r"[^.?!]{0,15}\bkeeps? (?:saying|shouting|screaming|threatening)\b|"
                                   # Twenty-ninth round: a door rammed again and again while the writer is stuck inside ("somebody keeps
                                   # ramming the front door and I can't get upstairs"), not a neighbour's habit told
                                   r"\bkeeps? (?:ramming|battering|hammering|pounding|kicking|booting|banging|bashing|shouldering|barging)(?: on| at| into)? (?:the|my|our) "
                                   r"(?:front |back |bedroom |flat )?(?:door|window|gate)s?\b(?=[^.?!]*\b(?:(?:i|we) (?:can'?t|cant|cannot) (?:get|move|run|leave|reach)|"
                                   r"(?:i'?m|im|i am|we'?re|we are) (?:in|stuck|hiding|trapped|alone|on my own)\b))|"
                                   # Thirty-first round: someone there as they write, and what they keep doing there ("hes walking up
                                   # and down outside and keeps looking at the windows", "shes sat in her car and keeps ringing the bell")
                                   r"\b(?:he|she|they)(?:'s|s| is| are|'re|re) (?:still |now |just )?(?:walking|pacing|stood|standing|sat|sitting|parked|waiting|"
                                   r"hanging (?:about|around)|circling|lurking|driving|lingering)\b[^.?!]*?\bkeeps?\b(?= (?:looking|staring|peering|glancing|"
                                   r"ringing|knocking|banging|watching|walking|driving|circling|pointing|shouting|calling|texting|messaging|trying|beeping|honking|"
                                   r"hooting|flashing|revving|waving|tapping)\b)", re.IGNORECASE)
# The one feared named by what they do every day ("he is the man who messages me every day"): who he is, not a habit of
# the danger told (twenty-sixth round); taken out before the frame reads habits.
# (forty-eighth round: or by what they keep doing, "the guy who keeps messaging me since I started going to the mosque just sent
# a picture of my front door taken 2 mins ago"); and a blow repeated within the scene told now ("ex husband is in the kitchen
# kicking me every time I try to get up"), no habit of days
_KNOWN_BY_A_HABIT = re.compile(r"\b(?:the|that|this) (?:man|woman|guy|lad|bloke|girl|boy|one|person|fella|neighbou?r|customer|punter|driver) (?:who|that) "
                               r"(?:(?:\w+ ){1,4}?(?:every (?:day|night|morning|evening|week)|all the time|always)|(?:keeps|kept|has been|'s been) \w+ing)\b|"
                               r"\b(?<!keeps )(?<!keep )\w+ing (?:me|us|her|him|them) every time (?:i|we|she|he|they) (?:try|tries|go|goes|move|moves)\b",
                               re.IGNORECASE)
# "i keep swallowing them while i write this" is not a habit.
_AS_THEY_WRITE = re.compile(r"\b(?:as|while) i (?:type|write|text|am typing|am writing|'m typing|m typing)\b", re.IGNORECASE)
# "now" that is not the moment of danger ("i'm only now understanding", "he now lives", "for years"); "just" that means only
# ("just curious", "just to know", Banglish "just janar jonno", just to know).
_NOT_THIS_MOMENT = re.compile(r"\b(?:only now|until now|up to now|by now|now lives?|report\w* (?:it |this |him |her )?now|just (?:checking|wondering|asking|want\w*|sharing|saying|letting (?:you|u) know|venting|unlucky|bad luck|"
                              r"curious|to know|janar|jante|jana|jiges\w*|jigges\w*)|"
                              r"for (?:years|ages|months|weeks))\b|" + _HEALING_NOW, re.IGNORECASE)
# A state that says it is over or settled ("im free now", "all sorted", "he is 12 now", "getting support").
_SETTLED = re.compile(r"\b(?:safe|free|fine|ok|okay|divorced?|sorted|all out|over now|\d+ now|support|grieving|shaken|boarded up)\b|"
                      r"\b(?:just|only) a (?:scratch|nick|graze|scrape|bruise|small cut|little cut)\b|"
                      # a video or a post of something, not something happening to them
                      r"\b(?:a|the) (?:video|clip|post|photo|picture) (?:of|on)\b|"
                      r"\bkill\w* (?:it|me with)\b|"
                      # injuries healed ("the bruises on my neck have gone now"), the person better ("now better, counsellor"),
                      # and "not an emergency" said in so many words
                      r"\b(?:bruises?|bruising|marks?|cuts?|scratches|swelling|injur(?:y|ies)|wounds?|stitches|black eye)\b[^.?!]{0,40}\b"
                      r"(?:have|has|'ve|'s|are|is) (?:all |now |finally )?(?:gone|healed|faded|cleared up|gone down)\b|"
                      # (twenty-eighth round) a threat told of when he drank, sober or calmer now ("now he is not drink 6 month
                      # and he is more calm")
                      r"\b(?:not|no longer|stopped|hasn'?t|hasnt|has not|haven'?t|not been) (?:drink|drinking|drunk|drank|had a drink|touched a drop)\w*"
                      r"(?: (?:for|in))? (?:\d+|a|one|two|three|four|five|six|several|many) (?:days?|weeks?|months?|years?)\b|\b(?:more|much|lot|a lot) calm(?:er)?\b|\bcalmer now\b|"
                      r"\bnow (?:much |a lot |feeling |doing )?better\b|\b(?:much|doing|getting|feeling (?:a lot|much)) better\b|"
                      r"\b(?:not|isn'?t|is not|no) (?:an? |really an? )?(?:emergency|urgent)\b|\bnon[- ]?(?:urgent|emergency)\b|"
                      # a nuisance said not to be dangerous ("the smoke comes in my washing, not dangerous just annoying")
                      r"\bnot (?:dangerous|a danger)\W+(?:just|only|but) (?:annoying|a nuisance|irritating|a pain|antisocial)\b", re.IGNORECASE)
# A dose missed ("forgot my tablets this morning"): the medicine's name is not an overdose's.
_MISSED_DOSE = re.compile(r"\b(?:forgot|forgotten|forget|missed|miss|skipped|ran out of|run out of|left|lost)(?: to take)? (?:my|his|her|the|our|their) "
                          r"(?:\w+ )?(?:tablets|pills|meds|medication|medicine|inhaler|insulin)\b", re.IGNORECASE)


# Building work ("the builder is smashing down a wall next door"): a worker named and a wall or room knocked
# out; their smashing is not an attack on a home. Windows and doors are not in it ("the builder is smashing
# my windows" stays danger).
_BUILDER = re.compile(r"\b(?:builders?|workmen|workman|contractors?|labourers?|demolition|renovat\w*|refurb\w*|extension|diy)\b", re.IGNORECASE)
_BUILDING_WORK = re.compile(
    r"\b(?:smash\w*|knock\w*|break\w*|bash\w*|demolish\w*|ripp\w*|tear\w*) (?:down |up |out |through |in )?(?:(?:a|the|that|this|their|his|her|"
    r"the old|an old|next door'?s|the neighbours'?) )?(?:\w+ )?(?:wall|walls|ceiling|chimney|kitchen|bathroom|tiles|floor|concrete|patio|garage|shed|"
    r"extension|fireplace|partition|brickwork|plaster|units|worktops?)\b", re.IGNORECASE)


# "The noise is driving me mad": driving as an idiom, not someone at the wheel.
# (forty-eighth round) Threats written to someone online, in comments, messages or posts.
_THREATS_ONLINE = re.compile(r"\b(?:death |rape )?threats?\b[^.?!]{0,30}\b(?:in|on|via|through|under) (?:my |the |his |her |our )?(?:tiktok|insta\w*|ig|facebook|fb|twitter|"
                             r"snap\w*|youtube|twitch|discord|reddit|dms?|comments|inbox|posts?|videos?|online|social media|socials)\b", re.IGNORECASE)
# (forty-eighth round) A ball kicked ("Boys kicking a football against my shop shutter all afternoon"): no one kicked.
_BALL_KICKED = re.compile(r"\bkick\w* (?:a|the|their|his|her|my|our|that|this) (?:foot)?ball\b", re.IGNORECASE)
_DRIVING_ME_MAD = re.compile(r"\b(?:is|are|'s|'re|keeps?)\s+driving (?:me|us|her|him) (?:mad|crazy|nuts|insane|up the wall|round the bend|barmy|potty)\b",
                             re.IGNORECASE)
# A wedding of two who chose each other ("my brother's marrying the girl he met at uni"), nothing forced in it.
_LOVE_MATCH = re.compile(r"\b(?:the (?:girl|boy|guy|man|woman|lad|lass) (?:he|she|they) (?:met|loves?|fell for)|(?:he|she|they) met (?:at|on|through|in) |"
                         # (fiftieth round) the writer's own ("now I'm 24 and marrying a girl I met at DMU and they're happy")
                         r"(?:a|the) (?:girl|boy|guy|man|woman|lad|lass) (?:i|we) met (?:at|on|through|in|when)\b|"
                         # (fiftieth round) engaged to or marrying one's own partner ("im engaged to my girlfriend now"); the when left
                         # to the one to marry ("they say I choose when I am ready", "says I marry when I want, not before")
                         r"(?:engaged to|marrying|getting married to) (?:my|her|his) (?:long[- ]term )?(?:girlfriend|boyfriend|partner|gf|bf)\b|"
                         r"(?:i|she|he) (?:can |will |get to )?(?:choose|chooses|decide|decides) (?:when|who|whether|if)\b|"
                         r"(?:i|she|he) (?:can |will )?(?:marry|marries|get married|gets married) (?:when|whenever) (?:i|she|he) (?:want|wants|am ready|is ready|'m ready|feel ready|feels ready)\b|"
                         r"(?:his|her) (?:long[- ]term )?(?:girlfriend|boyfriend|fiancee?|partner) of|in love|love match|"
                         # the bride or groom chose ("she chose him", "he picked her himself", "her own choice")
                         r"(?:she|he) (?:chose|picked|found) (?:him|her)\b(?! for)|(?:his|her|their) own choice\b|"
                         # (forty-seventh round) the choice left to the one to marry ("My husband agree with me it will be her choice")
                         r"(?:it will be|it'?ll be|itll be|will be|it'?s|its|it is) (?:entirely |completely |totally |all )?(?:her|his|their|my|our) (?:own )?choice\b|"
                         # (forty-seventh round) ... or the writer ("My nikah is next Friday and I chose him")
                         r"i (?:chose|picked) (?:him|her)(?: myself)?\b(?! for| over)|"
                         # (forty-first round) the bride's own wish said ("i want to marry him, its just leaving home thats scary")
                         r"(?:i|she|he) (?:really |do )?(?:want|wants|wanna) to marry (?:him|her)\b|"
                         r"(?:chose|picked|found|love) each other\b|"
                         # (forty-third round) the young choosing now ("now my granddaughters choose themselves")
                         # (forty-eighth round: "My daughter will choose her own husband")
                         r"(?:choose|chose|pick|picked) (?:for )?themselves\b|(?:choose|chose|pick|picked) (?:their|her|his|my) own (?:husbands?|wives|wife|partners?|spouses?)\b|"
                         # (thirty-fifth round) "my sister picked him herself"
                         r"(?:chose|picked|found) (?:him|her) (?:herself|himself|themselves)\b|"
                         # (forty-fourth round) together for years before it, the families won round ("she's been with him since
                         # year 12 and both families came round in the end")
                         r"(?:been|was) (?:with (?:him|her)|together) (?:since|for) (?:year \d+|uni|college|school|sixth form|\d+ years|years|ages)\b|"
                         r"(?:both )?(?:families|parents|his family|her family|my family) (?:came|come|have come|finally came) round\b|"
                         r"(?:we|they) both (?:said yes|agreed|chose|want(?:ed)? it)\b|"
                         # ... or the one chosen minded or liked ("i dont mind him", "she likes him really")
                         r"(?:i|she|he) (?:don'?t|dont|do not|doesn'?t|doesnt|does not) mind (?:him|her)\b|(?:i|she|he) (?:really )?(?:like|likes) (?:him|her)\b|"
                         # (thirty-fifth round) ... or a marriage happy for decades ("I marry at 17, very happy 50 year", "happily married")
                         r"(?:very |so |really )?happy(?: together| married)? (?:for )?(?:\d+|many|thirty|forty|fifty|sixty) (?:years?|yrs)\b|happily married\b|"
                         # (forty-second round) in Roman Urdu, the one to be married happy or it her choice ("main bohat khush hoon",
                         # "meri pasand ka"), never "without my liking"
                         r"(?:main|mai|mein|hum|ham) (?:bohat |bahut |bohot |bht |bahot |bhot |bohat hi |bahut hi )?khush (?:hoon|hun|hu|hain|hai|he)|"
                         r"(?:meri|apni|hamari) pasand (?:ka|ki|ke|se)\b(?! (?:bina|bagair|baghair|khilaf|khilaaf))|(?:meri|apni) pasand (?:hai|he|tha|thi)\b|"
                         # (forty-seventh round) ... the one to be married liked, both saying yes ("larka mujhe pasand hai, hum dono ne haan kahi")
                         r"mujhe (?:bohat |bahut |bohot |bht |bahot |bhot |bhi )?pasand (?:hai|he|h|hain|aaya|aya|aayi|ayi|aagaya|aa gaya|aa gayi)\b|"
                         r"(?:hum|ham) dono(?: ne)? (?:haan|ha|han|haa) (?:kahi|kaha|kah di|keh di|kar di|ki|boli|bola|bol di)\b|"
                         # (fifty-first round) ... chosen by the one to marry ("usne ladka khud pasand kiya hai", "larka maine khud pasand
                         # kiya"); never only the family happy ("ghar mein sab khush hain, mein bathroom mein ro rahi hun")
                         r"khud (?:hi )?pasand (?:kiya|kia|ki|kiye|kari|karli|kar liya)\b)",
                         re.IGNORECASE)
# Someone at it now after a habit told ("sometimes he hits me and hes doing it right now"): the now wins, and the
# habit's harm word is what is happening.
_DOING_IT_NOW = re.compile(r"\b(?:(?:he|she|they)(?:'s|s| is| are|'re|re)|(?:he|she|they) (?:is|are)) (?:doing it|doing that|at it)(?: again)?"
                           r"(?: (?:right )?now| as i (?:type|write|text))\b|\b(?:he|she|they)(?:'s|s| is| are|'re|re) (?:doing it|doing that|at it) again\b",
                           re.IGNORECASE)


_ACT_TOLD = re.compile(rf"\b(?:{_HARMFUL_ACT_BARE}|slaps|chokes|strangles|beats|punches)\b", re.IGNORECASE)
# A weapon to be handed in ("where do I hand it in?"): for the classifiers' danger, this alone; for the patterns', a
# weapon found too ("found an old machete in the garage"), used on nobody.
# (forty-eighth round: "does it need handing in somewhere?")
_HAND_IN = r"\bhand (?:it|them|this|these|that) in\b|\b(?:need|needs) (?:handing|to be handed) in\b|\bhand (?:in|over) (?:a|an|the|my|his|this|these|some)\b|\bamnesty\b"
_HANDING_IN = re.compile(_HAND_IN, re.IGNORECASE)
_HANDED_IN = re.compile(_HAND_IN + r"|\bfound (?:an? |some )?old\b", re.IGNORECASE)
_WEAPON_USED = re.compile(r"\b(?:at|on|to) (?:me|us|her|him|my \w+)\b|\bthreat\w*|\bwav\w*|\bpoint\w*|\bswing\w*|\bstab\w*|\bhe'?s got\b|\bhas got\b",
                          re.IGNORECASE)


def _weapon_to_hand_in(text: str, found_counts: bool = False) -> bool:
    """A weapon to be handed in and used on nobody; `found_counts`: one found is too (the patterns' reading)."""
    return bool((_HANDED_IN if found_counts else _HANDING_IN).search(text)) and not _WEAPON_USED.search(text)


def _love_match(text: str) -> bool:
    """A wedding of two who chose each other, with nothing forced said (force denied is none: "no one's forcing me, I want
    to marry him", forty-seventh round; nor force told years ago)."""
    return bool(_LOVE_MATCH.search(text)) and not _FORCED_RE.search(_FORCE_DENIED.sub(" ", _FGM_AS_A_TOPIC.sub(" ", _without_long_over_sentences(text))))


def _without_long_over_sentences(text: str) -> str:
    """(fiftieth round) The force of a sentence told years ago is over ("when i came out 4 yrs ago my family tried to marry me
    off. i refused and we've since made peace, im engaged to my boyfriend")."""
    return " ".join(sentence for sentence in _SENTENCE_END.split(text) if not _LONG_OVER.search(sentence))


# Force denied, as _FORCE_DENIED and _DENIED_HARM both read it: nobody pushing someone, someone not being forced.
_NOBODY_PUSHING = r"\b(?:nobody|no one|no-one|noone)(?:'?s| is)? (?:making|forcing|pressuring|pressurising|pushing)"
_NOT_BEING_FORCED = r"\b(?:i'?m|im|i am|she'?s|she is|he'?s|he is|we'?re|we are) not being (?:forced|made|pressured|pushed)"
_FORCE_DENIED = re.compile(rf"{_NOBODY_PUSHING} (?:me|her|him|us|them|anyone|anybody)\b"
                           r"(?!(?: to)? (?:marry|get married|be married|wed)\b[^.?!]{0,20}\b(?:but|except|apart)\b)|"
                           rf"{_NOT_BEING_FORCED}\b|"
                           # (fiftieth round) a no that was listened to ("I said no and they actually listened", "i refused, moved out, and
                           # we've since made peace")
                           r"\b(?:said no|refused)\b[^.?!]{0,30}? (?:and|but) (?:(?:they|he|she|my (?:parents|mum|dad|family)) (?:actually |finally |just |all )?"
                           r"(?:listened|accept(?:ed)? (?:it|that|my (?:no|answer|choice|decision))|accepts it|respect(?:ed|s)? (?:it|that|me|my choice)|backed off|dropped it|"
                           r"let it go|came round|have come round)|(?:we'?ve|we have|we) (?:since |now |finally )?made (?:our )?peace)\b|"
                           # ... or the when and who left to them ("she says i marry when i want")
                           r"\b(?:says?|said|told (?:me|her|him)) (?:that )?(?:i|she|he) (?:can |will )?marry (?:when|whenever|who|whoever) (?:i|she|he) (?:want|wants|like|likes|choose|chooses)\b",
                           re.IGNORECASE)


# A break-in on the street told as news ("there was a break in on our street last night and the police are doing
# door to door"), not one at the person's own door.
_STREET_NEWS = re.compile(r"\bbreak[- ]?ins? (?:on|in|at|down|round) (?:our|the|my) (?:street|road|estate|close|avenue|block|lane|village)\b|"
                          r"\b(?:doing|going) (?:door to door|house to house)\b", re.IGNORECASE)
# Farming and gardening fires ("they're stubble burning on the next field and the smoke is coming in").
# (forty-sixth round) ... and the hearth lit by the writer's own for warmth, no one else nor harm in it ("cold bad tonight so mi light
# di fire inna di front room, nice an warm now")
_EVERYDAY_FIRE = re.compile(r"^(?!.*\b(?:he|she|him|her|someone|somebody|they|them|threat\w*|kill\w*|hurt\w*|scared|afraid|help|trapped|spread\w*|"
                            r"out of control|smoke alarm|flames|petrol|burn\w*)\b)(?=.*\b(?:warm|warmer|cosy|cozy|cold|freezing|chilly)\b)"
                            r".*\b(?:i|we|mi|me|dad|mum|grandad|nan)\s+(?:just\s+)?(?:lit|light|lighting|lite|lighted)\s+(?:the|di|da|our|a)\s+fire\b|"
                            r"\b(?:stubble|crop|field|heather|moor(?:land)?) burning\b|"
                            # (forty-eighth round) lamps lit for a festival, no one's harm nor home in it ("we're lighting diyas along the
                            # temple steps for Diwali, does the council need notice for open flames?")
                            r"^(?!.*\b(?:he|she|him|her|someone|somebody|threat\w*|kill\w*|hurt\w*|scared|afraid|help|trapped|spread\w*|petrol|"
                            r"letterbox|(?:my|our|the) (?:house|flat|door|car))\b)(?=.*\b(?:diwali|deepavali|vaisakhi|eid|hanukkah|chanukah|christmas|bonfire night|"
                            r"guy fawkes|festival|mela|procession|vigil)\b)"
                            r".*\b(?:lighting|light|lit|lights)\s+(?:the\s+|some\s+|our\s+|all\s+the\s+)?(?:diyas?|divas?|deepams?|candles?|lanterns?|lamps?|sparklers?|torches)\b|"
                            # (forty-seventh round) garden waste burnt, said under control ("Burning the hedge trimmings in the top field
                            # now, all under control")
                            r"\bburning (?:the |some |our |my )?(?:hedge trimmings|garden waste|leaves|brash|prunings|cuttings|brambles|branches)\b"
                            r"(?=[^.?!]*\b(?:under control|controlled|supervised|safely)\b)|\b(?:farmers?|the farm) (?:\w+ )?burning (?:off|stubble)\b|\bburning (?:off )?(?:the )?(?:stubble|fields?|crops?|"
                            r"leaves|garden waste|hedge cuttings|rubbish in (?:the|their|his|her) (?:garden|yard|field))\b", re.IGNORECASE)

# Fuel on a fire lit for the garden, the grill or the hearth, told as a hobby or a warning ("is it safe to put lighter
# fluid on the barbecue", "never pour petrol on a bonfire"), with nothing of danger beside: no threat, fear, person
# acted on, someone's home or car, spreading fire, "he" or "she", nor "now" with people in it ("he's pouring petrol on
# the bonfire and says he'll throw me on it", "they're pouring petrol on the bonfire next to my car now").
_HOBBY_FIRE = (r"(?:bon ?fires?|barbecues?|barbeques?|bbqs?|barbies?|garden fires?|fire ?pits?|log ?burners?|wood ?burners?|chimi?neas?|"
               r"chimeneas?|camp ?fires?|braziers?|incinerators?|charcoal)")
_FUEL = r"(?:petrol|lighter fluid|fuel|diesel|paraffin|white spirit|accelerant)"
_FUEL_ON_A_HOBBY_FIRE = re.compile(rf"\b{_FUEL}\b[^.?!;]{{0,40}}\b{_HOBBY_FIRE}\b|\b{_HOBBY_FIRE}\b[^.?!;]{{0,40}}\b{_FUEL}\b", re.IGNORECASE)
_DANGER_BY_A_FIRE = re.compile(
    # (fifty-second round: an ex and a door bare, "ex texted 'enjoy the bonfire' ten mins ago and now i can smell petrol at the back door")
    r"\b(?:he|she|him|hes|shes|he'?s|she'?s|someone|somebody|a man|men|a gang|my ex|his ex|her ex|ex|threat\w*|kill\w*|hurt\w*|scared|afraid|"
    r"(?:at|by|through|under) the (?:front |back |kitchen )?(?:door|letterbox|window)|"
    r"terrified|frightened|petrified|help|999|emergency|trapped|screaming|hiding|knife|knives|weapon|gun|spread\w*|out of control|"
    r"caught (?:the|our|my|next|their|his|her)|(?:on|to|towards|at|over|onto|in) (?:me|us|you|u|them)|throw\w* (?:me|us|you|u|them)|"
    r"burn (?:me|us|you|u|them|it down|the (?:house|flat|place))|"
    r"(?:my|our|your|his|her|their|next door'?s|neighbou?rs?'?) (?:front |back )?(?:house|home|flat|door|car|van|window|windows|letterbox|caravan|"
    r"shed|fence|kids?|children|baby|family|dog|garage))\b", re.IGNORECASE)
# Letters or photos burnt ("no he didn't set fire to anything, he just burnt the letters i wrote him"): a keepsake put on
# a fire, not a home, with no real fire (smoke, flames, a room) nor danger beside.
_PAPERS_BURNT = re.compile(r"\bburn(?:t|ed|ing|s)? (?:(?:all|some|most) (?:of )?)?(?:the|my|his|her|their|our|those|these|them|all|some|old)?\s?"
                           r"(?:\w+ )?(?:letters?|photos?|photographs?|pictures?|cards?|notes?|diary|diaries|journals?|poems?|paperwork|papers|"
                           r"documents?|receipts?|love letters?)\b", re.IGNORECASE)


def _papers_burnt(text: str) -> bool:
    return bool(_PAPERS_BURNT.search(text)) and not _A_REAL_FIRE.search(text) and not _REAL_DANGER_BESIDE.search(text)


_PEOPLE = re.compile(r"\b(?:they|them|people|lads|boys|kids|neighbou?rs?|someone|somebody)\b", re.IGNORECASE)
_JUST_NOW = re.compile(r"\b(?:right )?now\b", re.IGNORECASE)


def _hobby_fire(text: str) -> bool:
    """Fuel on a bonfire, a barbecue or a log burner, with no danger beside (for the fire patterns and present_harm)."""
    return (bool(_FUEL_ON_A_HOBBY_FIRE.search(text)) and not _DANGER_BY_A_FIRE.search(text)
            and not (_JUST_NOW.search(text) and _PEOPLE.search(text)))


_THE_POLICE = r"\b(?:police|officers|cops|coppers)\b"
# (thirtieth round, present_harm) A weapon only supposed ("if he had a gun he would use it") and said not to be had ("but
# he dont have one").
_WEAPON_SUPPOSED = re.compile(r"\bif (?:he|she|they|my \w+) (?:had|has|got|ever got|could get|ever had) (?:a|an|any|his|her) (?:\w+ )?(?:gun|knife|knives|weapon|machete|blade)\b|"
                              # (thirty-first round) only talked of getting one ("he goes on about getting a gun off his mate")
                              r"\b(?:talks?|talking|talked|goes on|going on|went on|on) about (?:getting|buying|having|owning) (?:a|an|some) (?:\w+ )?(?:gun|knife|knives|weapon|machete|blade)\b",
                              re.IGNORECASE)
_HAS_NONE = re.compile(r"\b(?:dont|don'?t|doesn'?t|doesnt|does not|do not|hasn'?t|hasnt|has not|haven'?t|havent|never) (?:have|has|had|got|own|owns)(?: got)? (?:one|any|a)\b|"
                       r"\b(?:has|have|got) no (?:gun|knife|knives|weapon)s?\b|"
                       # (thirty-first round) doubted ("i don't think he's got one", "i dont reckon she has one")
                       r"\b(?:don'?t|dont|do not) (?:think|reckon|believe) (?:he|she|they)(?:'s|s| has|'ve| have)? (?:actually |really |even )?(?:got|has|have|owns?) (?:one|any)\b",
                       re.IGNORECASE)
# A decade long past ("back home in the sixties", "inna di seventies", "in 1974").
_A_PAST_DECADE = re.compile(r"\b(?:in|inna|during) (?:the|di|da|de) (?:fifties|sixties|seventies|eighties|50s|60s|70s|80s|'50s|'60s|'70s|'80s|19[5-8]0s)\b|"
                            r"\bin 19[4-8]\d\b", re.IGNORECASE)
# (twenty-ninth round) the one who did it named ("the man is dead now", "my stepfather is dead now")
_DEAD_NOW = re.compile(r"\b(?:he'?s|he is|she'?s|she is|they'?re|they are|(?:the|that|this|my|her|his) (?:\w+ )?(?:man|woman|guy|bloke|person|"
                       r"husband|wife|partner|ex|father|dad|stepfather|stepdad|mother|mum|uncle|brother|boyfriend|abuser|attacker|stalker) is) (?:been )?(?:dead|passed away|passed on|deceased) (?:now|for (?:years|ages|\d+ \w+)|"
                       # (thirty-second round) learner English's "he is dead many years now"
                       # (forty-sixth round: "he's been dead years now")
                       r"(?:(?:many|some|\d+|two|three|four|five|ten|twenty) )?years(?: now)?)\b|"
                       # (thirty-fifth round) learner English's "now he is died 10 year", "he die many year ago"
                       # (forty-sixth round: "He dead now twenty year")
                       r"\b(?:he|she|they) (?:is |are |has |have )?(?:died|die|dead) (?:now )?(?:for )?(?:many|some|\d+|two|three|four|five|ten|twenty) (?:years?|yrs?)\b",
                       re.IGNORECASE)
# (forty-first round) A year gone that dates what is told ("in 1985", "this is 1990", "that was 2021", "in the 1990s"),
# not one it has run since ("since 2019 he ...").
# (forty-fifth round: a year as a sentence of its own, "sister cut herself before. 2022. now counselling")
# (forty-sixth round: a decade in words, "back in the seventies")
_A_YEAR_GONE = (r"(?:(?<!since )(?<!from )in|back in|during|(?:that|this|it) (?:is|was)) (?:the )?(?:19\d\d|20[01]\d|202[0-5])s?|(?<!since )(?<!since the )(?:19|20)\d0s|"
                r"(?:(?<!since )in|back in|during) (?:the|de|di|da) (?:fifties|sixties|seventies|eighties|nineties)|"
                r"(?<=[.!?] )(?:19\d\d|20[01]\d|202[0-5])(?=\s*[.!?])")
_A_YEAR_GONE_RE = re.compile(rf"\b(?:{_A_YEAR_GONE})\b", re.IGNORECASE)
# (forty-fifth round: not a lasting mark's "still", "she still has the burns")
_AGAIN_OR_STILL = re.compile(r"\b(?:again|(?<!\bi )still(?! (?:has|have|got|bears?) (?:the |her |his |my |their )?(?:burns?|scars?|marks?|nightmares|flashbacks)\b)|"
                             # (fifty-third round: nor "back then", the time gone itself: "your page helped me back then")
                             r"back(?! in\b)(?! then\b)(?! when\b))\b", re.IGNORECASE)


def _dated_to_a_year_gone(text: str) -> bool:
    """An account dated to a year gone with nothing urgent, near, again or going on beside it: its "now" is what has
    changed since (dead, grown up, abroad), for present_harm and the classifiers' give-way."""
    return bool(_A_YEAR_GONE_RE.search(text)) and not (_URGENT_NOW.search(text) or _HERE_NOW.search(text) or _PRESENT_CUE.search(text)
                                                       or _AGAIN_OR_STILL.search(text) or _SOON_RE.search(text))
_THREATENED_LONG_AGO = re.compile(r"\bthreatened (?:it|to)?\b[^.?!,]{0,25}\b(?:years|months|ages|long time) ago\b", re.IGNORECASE)
# Weapons the police took away ("police took all his knives when they arrested him").
_WEAPONS_TAKEN = re.compile(rf"{_THE_POLICE}[^.?!]{{0,15}}\b(?:took|taken|seized|confiscated|removed)\b|"
                            # ... or kept by them as evidence ("the knife he used is still with the police")
                            rf"\b(?:is|are|'s|'re) (?:still )?(?:with|held by|kept by|at) (?:the )?{_THE_POLICE}|\b(?:police )?evidence (?:bag|store|room)\b|"
                            r"\b(?:with|as|in|for) (?:the )?(?:police )?evidence\b", re.IGNORECASE)


def present_harm(text: str) -> Optional[DangerMatch]:
    """A word of harm and a sign of now in the message's present parts (its clauses and comma-joined parts with
    a past time of their own left out), in a message nothing else reads as a habit, a what-if, a joke, fiction or safe
    (told_as_not_now): the second English net."""
    plain = _without_fiction(_plain_english(text))
    # Most messages of a report have no word of harm at all: they stop here, before the readings below.
    # (The present parts are pieces of `plain` joined by ", " and ". ", and no harm word spans those.)
    if not any(harm.search(plain) for _category, harm in _HARM) and not _DOING_IT_NOW.search(plain):
        return None
    frame = _Frame.of(plain)
    if (frame.strong_habit or frame.hypothetical or frame.joking or frame.law_question or frame.sport or frame.taught or _SETTLED.search(plain)
            or told_as_not_now(plain)):
        return None
    # (thirty-second round) over in learner English, an accident seen to, knives bought, a project asked about
    if _told_over_or_everyday(plain):
        return None
    # The words asked about ("is choke a bad word"), the feared one dead now ("he threatened it once and he's dead now"),
    # with nothing urgent or feared beside.
    # (twenty-sixth round) whether it counts, asked (_DOES_IT_COUNT)
    if _DOES_IT_COUNT.search(plain) and not _URGENT_NOW.search(plain) and not frame.says_now:
        return None
    # (twenty-sixth round) an account from elsewhere, the writer living here now (_OPENS_ELSEWHERE)
    if (_OPENS_ELSEWHERE.search(plain) and _FLED_HERE.search(plain) and not _URGENT_NOW.search(plain) and not _HERE_NOW.search(plain)
            and not _PRESENT_CUE.search(plain)):
        return None
    # (forty-first round) an account dated to a year gone, nothing urgent, near or now beside it ("in 1985 my husband
    # say he will kill me ... Now he is dead", "he burnt my clothes, this is 1990", "that was 2021, he is in Accra now")
    if _dated_to_a_year_gone(plain):
        return None
    if ((_ABOUT_THE_WORDS.search(plain) or _DEAD_NOW.search(plain)) and not _URGENT_NOW.search(plain)
            and not _REAL_DANGER_BESIDE.search(_THREATENED_LONG_AGO.sub(" ", plain))):
        return None
    present = ". ".join(_present_pieces(clause) for clause in _CLAUSE_BREAK.split(plain) if clause)
    if _BUILDER.search(present):
        present = _BUILDING_WORK.sub(" ", present)
    present = _BALL_KICKED.sub(" ", _MISSED_DOSE.sub(" ", _DRIVING_ME_MAD.sub(" ", present)))
    if not _ONE_COMING_FOR_IT.search(plain):
        present = _FGM_AS_A_TOPIC.sub(" ", present)
    if not _HAPPENING_AS_THEY_WRITE.search(present):
        return None
    if _DOING_IT_NOW.search(present):
        # the habit's pieces, left out of the present, say what "it" is
        act = _ACT_TOLD.search(plain)
        if act is not None:
            return DangerMatch(pattern="present_harm", text=act.group(0), category=GENERAL)
    cooking, love_match = bool(_COOKING.search(plain)), _love_match(plain)
    handed_in = _weapon_to_hand_in(plain, found_counts=True) or bool(_WEAPONS_TAKEN.search(plain))
    squabble = bool(_SIBLINGS_SQUABBLE.search(plain))
    everyday_fire = bool(_EVERYDAY_FIRE.search(plain)) or _papers_burnt(plain) or _food_burnt(plain)
    street_news = bool(_STREET_NEWS.search(plain)) or bool(_SCARE_EXPLAINED.search(plain) and not _REAL_DANGER_BESIDE.search(plain))
    # a marriage years away ("when i finish uni in a few years"), nothing said of soon
    years_away = bool(_LATER.search(plain)) and not _SOON_RE.search(plain)
    locked_out = bool(_LOCKED_OUT_OF_THEIR_OWN.search(plain)) and not _DANGER_BESIDE.search(plain)
    # (twenty-seventh round) a threat at someone on the screen or the pitch ("threatening to murder the ref through the
    # telly"); a cook's or a gardener's cut finger ("cut my finger chopping onions, bleeding stopped now")
    at_the_screen = bool(_AT_THE_SCREEN.search(plain))
    # (forty-eighth round) threats only written online, no one near nor urgent ("death threats in my TikTok comments from troll
    # accounts, none of them anywhere near here")
    threats_online = bool(_THREATS_ONLINE.search(plain)) and not _URGENT_NOW.search(plain) and not _PRESENT_CUE.search(plain)
    # (thirtieth round) a weapon only supposed and denied ("if he had a knife he'd use it, but he hasn't got one")
    weapon_supposed = bool(_WEAPON_SUPPOSED.search(plain) and _HAS_NONE.search(plain)) and not _URGENT_NOW.search(plain)
    # (thirtieth round) a marriage dated to a decade long past ("married off at 15 back home in the seventies")
    decade_past = bool(_A_PAST_DECADE.search(plain)) and not _URGENT_NOW.search(plain) and not _HERE_NOW.search(plain)
    # (forty-second round) hair, brows or henna done for the wedding, nothing forced or cut beside ("my aunty is coming round
    # on sunday to cut the girls' hair before the wedding", "the aunty who does the threading is coming tonight"); (forty-fourth
    # round) a cake's or a tailor's cutting (_CLOTH_OR_CAKE_CUT)
    groomed_for_the_day = _groomed_for_the_day(plain) or bool(_CLOTH_OR_CAKE_CUT_RE.search(plain))
    # (its own blood and knife are the accident's, not danger beside it)
    # (thirty-second round: a cook's "cutting onions" is not the cutting of a girl, cooking and no girl named)
    accident_cut = bool(_ACCIDENT_CUT.search(plain)) and not _REAL_DANGER_BESIDE.search(_BLOOD.sub(" ", _ACCIDENT_CUT.sub(" ", plain)))
    # (forty-fourth round) a pet that choked itself ("the dog near choked himself on the chain, vet says he's grand"), no one
    # harmed beside it ("... and then my husband choked me" still fires)
    pet_choked_itself = bool(_AN_ANIMAL_CHOKED_ITSELF.search(plain)) and not _HARM_TO_SOMEONE.search(_AN_ANIMAL_CHOKED_ITSELF.sub(" ", plain))
    for category, harm in _HARM:
        if ((category == "weapon" and (cooking or handed_in or weapon_supposed)) or (category == FORCED_MARRIAGE_OR_FGM and (love_match or years_away or decade_past or groomed_for_the_day or (cooking and not _GIRL_NAMED.search(plain)
                                                                                                     and not re.search(r"\b(?:fgm|cutter|circumcis\w*)\b", plain, re.IGNORECASE))))
                or (category == "fire" and (everyday_fire or _fire_as_a_figure(plain) or _hobby_fire(plain))) or (category == "attack_on_home_now" and street_news)
                or (category in ("held_captive", "attack_on_home_now") and locked_out)
                or (category == "threat_to_kill" and (squabble or at_the_screen or threats_online)) or (category == SELF_HARM and accident_cut)
                or (category == "strangulation" and pet_choked_itself)):
            continue
        for match in harm.finditer(present):
            if _VOWED_NEVER.search(present[: match.start()]):  # "i'll never let a man lock me in again"
                continue
            if category == "held_captive" and _kept_in_by_a_thing(plain, match.group(0)):  # a broken lift
                continue
            if category == "held_captive" and _A_CURFEW.match(present, match.start()):  # "my mum wont let me out past 8"
                continue
            if category == "held_captive" and _ONLY_FELT.search(present[: match.start()]):  # "makes me feel like I can't leave"
                continue
            if _only_a_dream(present, match.start()):  # "i keep having nightmares that he's hurting me"
                continue
            if category == FORCED_MARRIAGE_OR_FGM and _CUT_OF_A_THING.match(present, match.start()):  # "cutting the fabric for my lehenga"
                continue
            if (not (_negated(present, match) or _NO_JUST_BEFORE.search(present[max(0, match.start() - 4) : match.start()]))
                    if category not in _HARM_NEGATION_IS_THE_DANGER
                    else not _DENIED_JUST_BEFORE.search(present[max(0, match.start() - 30) : match.start()])):
                return DangerMatch(pattern="present_harm", text=match.group(0), category=category)
    return None


_CLOTH_OR_CAKE_CUT_RE = re.compile(rf"^{_CLOTH_OR_CAKE_CUT}", re.IGNORECASE)
# (fiftieth round) Kept in only as a feeling, just before the match ("he doesn't lock the doors or anything, he just makes me feel
# like I can't leave"): a door locked or someone stopping them is a harm word of its own.
_ONLY_FELT = re.compile(r"\b(?:feel|feels|felt|feeling) (?:like|as if|as though) (?:i|we|she|he|they) $", re.IGNORECASE)
# (forty-sixth round) A time to be home by, not a door kept shut ("now my mum wont let me out past 8")
_A_CURFEW = re.compile(r"(?:won'?t|wont|will not|doesn'?t|doesnt|does not|don'?t|dont) let (?:me|us|him|her|them) (?:go )?out (?:past|after|later than|beyond) "
                       r"(?:\d|dark|midnight|tea|school|[a-z]+ o'?clock)", re.IGNORECASE)
_AN_ANIMAL_CHOKED_ITSELF = re.compile(r"\b(?:the|my|our|her|his|their) (?:\w+ )?(?:dog|cat|puppy|pup|kitten|horse|pony|goat|sheep|ewe|lamb|calf|cow|rabbit)\b"
                                      r"[^.?!]{0,20}\b(?:chok|strangl|throttl)\w* (?:himself|herself|itself)\b", re.IGNORECASE)
_GROOMING_RE = re.compile(rf"\b(?:{_GROOMING}|dress fitting|fitting|threading)\b", re.IGNORECASE)


# (forty-fifth round) A cutting whose object is a thing ("aunty is cutting the fabric for my lehenga tomorrow").
_CUT_OF_A_THING = re.compile(r"cut\w* (?:the |my |her |his |our |their |some |a |an )?(?:\w+ )?(?:fabric|cloth|material|lehenga|lengha|salwar|kameez|sari|saree|"
                             r"suit|blouse|pattern|dupatta|sherwani|kurta|cake|ribbon|grass|hedges?|lawn|onions?|veg\w*|wood|paper|tiles?|bread|meat)\b", re.IGNORECASE)
# (forty-fifth round) Ears or a nose pierced ("taking my 4 year old to get her ears pierced on Saturday at the jewellers").
_EARS_PIERCED = re.compile(r"\b(?:ears?|nose|lobes?) (?:pierced|piercing|done)\b|\b(?:ear|nose) piercing\b", re.IGNORECASE)
# (forty-fifth round) The writer at someone else's home now, staying the night ("I'm at my mum's in Wigston now and staying here tonight").
_AT_ANOTHERS_HOME_NOW = re.compile(r"\b(?:i'?m|im|i am|we'?re|we are) (?:at|staying at|staying with|with) (?:my|our) (?:mum|mom|nan|gran|sister|brother|dad|friend|parents|aunt\w*|cousin)"
                                   r"(?:'s|s')?(?: house| place| flat)?(?: in \w+)? now\b(?: and (?:staying|sleeping) (?:here|there) tonight\b)?", re.IGNORECASE)
# Whose hair, nails or brows, by a pronoun or a name ("my hair", "her nails", "my daughter's fringe").
# (forty-ninth round: two words between, "my little sisters hair")
_WHOSE_GROOMING = rf"(?:my|her|his|our|their|the girls'?|the kids'?) (?:\w+(?:'s|s')? ){{0,2}}{_GROOMING}"
# A mock plea over a haircut or a trifle ("pray for me", "wish me luck").
_WISH_ME_LUCK = re.compile(r"\b(?:pray for me|wish me luck|say a prayer for me)\b", re.IGNORECASE)
# (forty-fifth round) Someone come round to do a person's hair or nails, told just after the one coming ("my sister is coming
# round later to do my nails", "... tomorrow to cut my daughter's fringe").
_COMING_TO_GROOM = re.compile(rf"^\s*(?:\w+\s+){{0,3}}?to (?:cut|do|trim|thread|braid|plait|style|dye|colour|color|wash|paint) {_WHOSE_GROOMING}\b",
                              re.IGNORECASE)
# (forty-fourth round) the hair itself cut ("to cut my hair and my sister's"): no girl's cutting
# (forty-fifth round: whose hair by a name, "cut my daughter's fringe")
_HAIR_CUT = re.compile(rf"\b(?:cut|cutting|trim|trimming) {_WHOSE_GROOMING}\b", re.IGNORECASE)


_NOT_A_WEDDING_CEREMONY = re.compile(r"\b(?:graduation|graduating|award|awards|prize[- ]?giving|citizenship|passing[- ]out|christening|baptism|"
                                     r"bar mitzvah|bat mitzvah|remembrance|opening|leavers'?)\b", re.IGNORECASE)
_CEREMONY = re.compile(r"\bceremony\b", re.IGNORECASE)
_A_CHILDS_CEREMONY = re.compile(r"\b(?:manjal neerattu|manjal neeratu|manjal neerattu vizha|ritu kala|ritushuddhi|half[- ]saree (?:function|ceremony)|langa voni|"
                                r"puberty (?:ceremony|function|party)|coming[- ]of[- ]age (?:ceremony|party|function)|quincea[nñ]era|sweet sixteen|"
                                r"naming (?:ceremony|day|party|function)|aqiqah|aqeeqah|christening|first (?:holy )?communion|dedication service)\b", re.IGNORECASE)
_HAIR_HURT = re.compile(r"\b(?:by|grab\w*|pull\w*|yank\w*|drag\w*|hold\w*|held|lighter to|set fire to|burn\w*|chop\w* off|hack\w* off) (?:my|her|his|their) hair\b|"
                        r"\bhair\b[^.?!]{0,20}\b(?:alight|on fire|burning|pulled out|ripped out)\b", re.IGNORECASE)


# (forty-seventh round: "the aunty who does everyone's threading")
_GROOMER_NAMED = re.compile(r"\b(?:lady|woman|aunty|auntie|girl|sister) (?:who|that) does (?:the |our |my |everyone'?s |everybody'?s |all the girls'? |the girls'? )?(?:threading|henna|mehndi|mehendi|nails|eyebrows|brows|"
                            r"hair|make ?-?up|lashes|waxing|bridal make ?-?up)\b", re.IGNORECASE)


def _groomed_for_the_day(text: str) -> bool:
    """A wedding's or a do's hair, brows, henna or dress, with no force, refusal, coercion or girl's cutting anywhere in it."""
    return bool(_GROOMING_RE.search(text)) and not (_FORCED_RE.search(text) or _MARRIAGE_REFUSED.search(text) or _COERCION_SAID.search(text)
                                                     or _A_GIRL_CUT.search(_HAIR_CUT.sub(" ", text)) or _FORCED_ROMANISED.search(text)
                                                     or _NOT_AGREED.search(text))


# ... nor a no in learner English ("they put henna on me now 4 wedin tomoro i dint agree nothing")
_NOT_AGREED = re.compile(r"\b(?:dint|didnt|didn'?t|did not|never|no|not|dont|don'?t|do not|nobody|no one)\s+(?:agree\w*|chose|choose|wanted|want|"
                         r"ask\w*|said yes|say yes|like (?:him|her))\b", re.IGNORECASE)


# Nothing after a lesson's subject tells of it done to someone (or of the learner seeing it is for them).
_NOT_DONE_TO_ANYONE = (r"(?!.*\b(?:being done|going to be done|will be done|gonna be done|doing it|do it|having it|have it done|getting it done|get it done|"
                       r"(?:is|are|'s) for (?:me|her|us|my \w+)|now (?:i|we) (?:get|understand|know|realise|realize))\b)")
# (forty-first round) The word naming a leaflet, a poster or a lesson ("she asked if the FGM leaflet on the wall is for
# everyone"), no harm told.
# (and what training spots: "what training is there for clergy on spotting forced marriage")
_FGM_AS_A_TOPIC = re.compile(# (fiftieth round) the words thrown by others ("the comments are full of people saying 'forced marriage' cos she wears hijab")
                             r"\b(?:people|comments?|trolls?|everyone|some(?:one|body)|they)\b[^.?!]{0,20}\b(?:saying|say|says|calling it|call it|commenting|writing)\W+"
                             r"['‘\"“](?:fgm|forced marriage)['’\"”]|"
                             # (fifty-first round) asked about in quotes ("my teacher asked if it was an 'FGM thing'")
                             r"\basked (?:me |us |her |him )?(?:if|whether) (?:it|this|that|we|i|the trip) (?:was|is|were) (?:an? )?['‘\"“](?:fgm|forced marriage)(?: thing)?['’\"”]|"
                             r"\b(?:fgm|forced marriage) (?:leaflets?|posters?|training|awareness|information|info|lessons?|talks?|module|law|laws|legislation|act|"
                             # (forty-third round) a clinic's "usual FGM chat" before a trip
                             # (forty-sixth round) a group or a charity against it ("her mum runs an anti FGM group")
                             r"policy|campaign|documentary|helpline|unit|week|assembly|workshop|chat|conversation|discussion|screening|risk assessment|"
                             r"group|charity|organi[sz]ation|project|network|campaigners?|activists?)\b|"
                             r"\b(?:spotting|spot|signs of|recognis\w+|recogniz\w+|training (?:on|about|in)|awareness of|policy on|guidance on|"
                             r"leaflets? (?:on|about)|"
                             # (forty-third round) "just watched a documentary about FGM in Somalia"
                             r"(?:documentary|documentaries|programme|program|podcast|article|book|film|video|series) (?:about|on)) (?:fgm|forced marriages?)\b|"
                             # (forty-fourth round) a school lesson's subject ("we did FGM in PSHE today")
                             # (not when the rest tells of it done to someone: "... a girl in my class said it is being done to her on saturday",
                             # forty-fifth round "... and now i get it, the woman my mum booked for saturday is for me")
                             r"\b(?:fgm|forced marriages?) in (?:pshe|rse|re|class|assembly|lessons?|tutor time|form time|citizenship|sociology|biology|health)\b"
                             rf"{_NOT_DONE_TO_ANYONE}|"
                             # (forty-sixth round) a meeting or a presentation about it ("our community meeting next tuesday is about forced
                             # marriage", "a school presentation on FGM"), the same guard
                             r"\b(?:meeting|event|session|talk|workshop|evening|seminar|course|presentation|project|essay|homework|coursework|poster)\b"
                             r"[^.?!]{0,40}\b(?:about|on) (?:fgm|forced marriages?)\b"
                             rf"{_NOT_DONE_TO_ANYONE}|"
                             # (forty-fifth round) ... or a lesson's about it ("we had a PSHE lesson today about forced marriage"), or heard of
                             # there ("my daughter heard about forced marriage at school today")
                             r"\b(?:lessons?|class|assembly|session|workshop|talk|seminar|event)(?: today| yesterday| this morning| this afternoon| next \w+| this \w+| on \w+)? "
                             r"(?:about|on) (?:[\w-]+ (?:and|&) )?(?:fgm|forced marriages?)\b"
                             rf"{_NOT_DONE_TO_ANYONE}|"
                             # ... or asked what it means ("my friend asked me what FGM means")
                             r"\b(?:what (?:fgm|forced marriage) (?:means|is|stands for)|(?:record|recording|code|coding|document|documenting|log|logging) (?:fgm|forced marriage))\b"
                             rf"{_NOT_DONE_TO_ANYONE}|"
                             r"\b(?:heard|hear|learn(?:ed|t)|learning|was told|were told|found out) about (?:fgm|forced marriages?) (?:at|in) "
                             r"(?:school|class|college|pshe|rse|assembly|church|mosque|madrasa|brownies|guides)\b"
                             rf"{_NOT_DONE_TO_ANYONE}|"
                             # (Roman Urdu's "about": "forced marriage ke baare mein presentation", now that "aaj raat" is a day)
                             r"\b(?:fgm|forced marriages?) (?:ke|ki|k) (?:baare|bare|baray|barey) (?:mein|me|main|mai)\b", re.IGNORECASE)
# ... unless the lesson is how the writer knows what is coming ("did an fgm lesson today and now i know thats what the
# aunty is coming to our house for on sunday")
_ONE_COMING_FOR_IT = re.compile(r"\b(?:aunty|auntie|aunt|lady|woman|cutter|grandma|grandmother|nani|dadi|elders?) (?:is |are |'s |has been |have been )?"
                                r"(?:coming|arriving|booked|here|visiting|flying in)\b", re.IGNORECASE)


# (forty-third round) Cutting named by the one telling, with a day soon: a party or a "special day" planned for it is the
# cutting's, not good news ("going to Somalia on Friday for 'her special day' ... a party planned. I think this is FGM").
# (forty-fifth round: "the cutting lady")
_CUTTING_NAMED = re.compile(r"\b(?:fgm|female genital|khatna|khatana|khitan|gudniin|tahur|tahoor|excision|cutter|(?:be|get|gets|getting|being) cut|"
                            r"cutting (?:lady|woman|aunty|auntie))\b",
                            re.IGNORECASE)


def _cutting_named_soon(text: str) -> bool:
    # (forty-fifth round) its time told by the one coming for it ("the cutting lady is coming to her nan's house")
    return (bool(_CUTTING_NAMED.search(_FGM_AS_A_TOPIC.sub(" ", text)) and (_SOON_RE.search(text) or _ONE_COMING_FOR_IT.search(text)))
            and not _in_the_news_only(text))


def _fgm_only_a_topic(text: str) -> bool:
    """FGM or forced marriage named only as a leaflet's or a lesson's subject, no marriage or cutting told beside it."""
    plain = _plain_english(text)
    return (bool(_FGM_AS_A_TOPIC.search(plain)) and not _MARRIAGE_OR_CUTTING.search(_FGM_AS_A_TOPIC.sub(" ", plain))
            and not _ONE_COMING_FOR_IT.search(plain))


# Twenty-seventh round: someone on the screen or the pitch threatened, not anyone here ("he's threatening to murder the ref
# through the telly"), and a finger or a hand cut by a knife at the chopping board or a tin ("cut my finger chopping onions").
_AT_THE_SCREEN = re.compile(r"\b(?:kill|murder|strangle|throttle|batter|stab|shoot|hurt|bury|smash|lamp|deck)\w*\s+(?:the|that|this) (?:ref|referee|linesman|"
                            r"linesmen|umpire|keeper|goalie|goalkeeper|striker|defender|manager|commentator|pundit|presenter|contestant|quizmaster|players?|"
                            r"team|var)\b", re.IGNORECASE)
_BLOOD = re.compile(r"\b(?:blood\w*|bleed\w*|bled)\b", re.IGNORECASE)
_ACCIDENT_CUT = re.compile(r"\b(?:cut|sliced|nicked|gashed) (?:my|her|his|their) (?:own )?(?:finger|thumb|hand|fingertip|knuckle)s?\b[^.?!]{0,20}\b(?:chopping|cutting|slicing|"
                           r"peeling|dicing|cooking|opening|gardening|pruning|on (?:a|the) (?:knife|tin|can|lid|glass|paper|mandoline))\b", re.IGNORECASE)


def _present_pieces(clause: str) -> str:
    """A clause without its comma-joined parts that have a past time of their own, nor its weak habits
    ("keeps sending me videos") unless they say they are happening as the person writes."""
    parts = [part for part in re.split(r",\s*", clause) if not _PAST.search(part) and not _NOT_THIS_MOMENT.search(part)]
    return ", ".join(piece for part in parts for piece in re.split(r"\s+and\s+", part)
                     if not _HABITUAL.search(piece) or _AS_THEY_WRITE.search(part))


# How people type in a hurry or in dialect, put into the words the patterns read: "me neck" (my neck),
# "hes" (he's), "n" (and), "rn" (right now), "sum1", "u", "wiv" and dropped g's ("gettin", "squeezin").
# (forty-second round) food for the children, what "cut" or "serve" is done to ("the girls some cake", "the kids their sandwiches")
_FOOD_FOR_THE_CHILDREN = (r"(?:(?:the|my|our|her|his) )?(?:girls?|kids|children|boys|guests|them|her|him)'?s? (?:some |a |their |her |his |the )?"
                          r"(?:(?:slices?|pieces?|bits?) of )?(?:cake|sandwich\w*|bread|pizza|toast|fruit|melon|watermelon|pie)\b")
_SPOKEN_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(source, re.IGNORECASE), plain) for source, plain in (
        # Punctuation spoken to dictation or a screen reader ("he is still here full stop I am in the bathroom comma"):
        # written as the mark, so that its sentences and parts are read as such.
        (r"\s+full stop\b\s*", ". "), (r"\s+comma\b\s*", ", "), (r"\s+question mark\b\s*", "? "),
        (r"\s+(?:exclamation mark|new line|new paragraph)\b\s*", ". "),
        # (twenty-fourth session) "=" written for "is" ("summer hols in pakistan = my wedding"), "bout to" for "about to"
        (r"\s+=\s+", " is "), (r"(?<!\ba )\bbout to\b", "about to"),
        (r"\bme (?=(?:throat|neck|face|head|arms?|legs?|wrists?|door|doors|house|flat|window|windows|kids?|son|daughter|baby|"
         r"mum|dad|tablets|pills|meds|phone|keys|passport|teeth|nose)\b)", "my "),
        # Jamaican patois "inna di" ("back inna di seventies"): in the
        (r"\binna di\b", "in the"), (r"\binna (?=(?:19|20)\d\d\b)", "in "),
        # (fifty-third round) ... and its "mi" for "my" before a home's door or window ("mi can hear the crowbar at mi back door")
        (r"\bmi (?=(?:back |front |kitchen |bedroom )?(?:door|house|window|yard|gate|flat)s?\b)", "my "),
        (r"\bhes\b", "he's"), (r"\bshes\b", "she's"), (r"\b(?:froat|throte|thoat|throught)\b", "throat"),
        # "hell kill her", "shell stab him", "theyll burn us": the apostrophe dropped before a threatened act only
        (r"\b(he|she|they)ll (?=(?:kill|stab|hurt|shoot|burn|batter|strangle|murder|smash|end|finish|slit|bury|do (?:me|us|her|him) in)\b)", r"\1'll "), (r"\btheyre\b", "they're"), (r"\btheyve\b", "they've"), (r"\bive\b", "i've"),
        (r"\bgnna\b", "gonna"), (r"\btonite\b|\b2nite\b|\bto night\b", "tonight"), (r"\bths\b", "this"), (r"\btxt\b", "text"),
        # (thirty-fifth round) "screaming blue murder" is a loud cry, no murder: the cry is kept, the idiom's murder left out
        # ("my toddler is screaming blue murder over a biscuit"); anything else in the message is still read
        (r"\b(scream\w*|yell\w*|shout\w*|cry\w*|howl\w*|bawl\w*) blue murder\b", r"\1"),
        # (forty-first round) words caught in the throat ("sorry I'm choking on my words here", "got all choked up"): a
        # speaker's trouble, no one's neck
        (r"\bchok(?:e|es|ed|ing) (?:on|over) (?:my|his|her|their|your|the|me) words\b", "stumbling over words"),
        (r"\b(?:choked|choking|choke) up\b", "tearful"),
        # (forty-ninth round) "choked me off", fed up in British English ("Manager's comments choked me off today")
        (r"\b(?:choked|chokes|choke) (me|us|her|him|them|everyone) off\b(?! (?:the|a|an|my|his|her|our|their|of)\b)", r"upset \1"),
        # (forty-second round) food cut for the children ("mum will cut the girls some cake tonight", "cutting the girls
        # sandwiches"): served, no one cut
        (rf"\bcut(?:s)? (?={_FOOD_FOR_THE_CHILDREN})", "serve "), (rf"\bcutting (?={_FOOD_FOR_THE_CHILDREN})", "serving "),
        # (forty-first round) khatna as Kurdish writers spell it ("xatena for my daughter tomorrow")
        (r"\b(?:xatena|xetene|xetana|xatna|xatana|xetna)\b", "khatna"),
        # (fifty-third round) the sunnah as South Asian writers spell it ("taking my daughter for sunnat on saturday")
        (r"\b(?:sunnat|sunnath|sunnet)\b", "sunnah"),
        # ... and as Bohra families name it ("khafz must be done now my daughter has turned 7"); the nikah's paper ("abbu signed a
        # nikahnama for me") is the nikah's
        (r"\b(?:khafz|khafd|khafdh)\b", "khatna"), (r"\bnikah-?nama\b", "nikah papers"),
        # ... and a name printed on the wedding's cards ("I found the wedding cards with my name printed on them")
        (r"\bname (?:printed|written|typed|spelt|spelled) (?=on\b)", "name "),
        (r"\bn\b", "and"), (r"\brn\b", "right now"), (r"\bsum1\b|\bsome1\b|\bsom1\b", "someone"), (r"\bu\b", "you"), (r"\bwiv\b|\bwif\b", "with"),
        (r"\b(gett|go|say|com|hitt|kick|punch|chok|strangl|squeez|bang|smash|follow|chas|threaten|scream|shout|try|hold|stabb|beat|burn|"
         r"kill|wait|stand|sitt|hid|bleed|lamp|leather|batter|dragg|pour|lock|tak|forc|point|wav|watch|hurt|runn)in\b", r"\1ing"),
    )
)


# A plant strangling or choking another, or a fence ("the ivy is strangling the fence", "weeds are choking the veg
# patch"): a gardener's words, no one's harm. Taken out before the patterns read the message.
_PLANT_CHOKING = re.compile(r"\b(?:ivy|weeds?|brambles?|bindweed|vines?|creepers?|knotweed|clematis|wisteria|moss|algae|nettles|"
                            r"(?:the|my|our|their) (?:plants?|roses|shrubs?))\s+(?:(?:is|are|'s|'re|keeps?|has been|have been|had|have|has)\s+)?"
                            r"(?:(?:slowly|completely|just|already)\s+)?(?:strangl|chok|throttl|smother|suffocat)\w*", re.IGNORECASE)


# A game, a title or a lead choked or strangled ("Leicester choked the title", "their midfield is strangling the life out
# of this game"): a commentator's words, no one's harm. Taken out too.
_CONTEST_CHOKED = re.compile(r"\b(?:chok|strangl|throttl|suffocat|smother)\w*\s+(?:the life out of\s+)?(?:the|this|that|their|our|a|his|her|its)\s+"
                             r"(?:\w+\s+)?(?:title|game|match|league|cup|final|lead|season|tie|contest|race|competition|chances?|play|midfield|attack|"
                             r"economy|high street|market|growth)\b", re.IGNORECASE)


# Work, money or stress "strangling" or "choking" someone ("work is strangling me at the mo", "the bills are choking
# us"): a burden's figure, no one's hands. Taken out too; a person doing it ("my boss is strangling me") stays.
_BURDEN_CHOKING = re.compile(r"\b(?:work|my job|this job|the job|stress|debts?|(?:the )?bills|money|(?:the )?rent|(?:my|the) mortgage|deadlines?|"
                             r"exams?|uni|college|school|anxiety|life|admin|paperwork|overtime|the cost of living|my overdraft|this (?:place|town|heat|weather))"
                             r"(?:'s|'re| is| are| keeps?| has been| have been)?\s+(?:(?:literally|slowly|proper|really|properly|just)\s+)?"
                             r"(?:strangl|chok|suffocat|smother|throttl)\w*\s+(?:me|us)\b", re.IGNORECASE)


# The figures of choking taken out before the patterns read a message, in this order.
# (thirty-second round) the heating, a scent or the pollen "choking me" ("the heating on this bus is choking me"); not smoke
# or fumes, which can be a fire or a gassing.
_AIR_CHOKING = re.compile(r"\b(?:the |this |that |my |our )?(?:heating|heater|radiators?|aircon|air con|central heating|perfume|aftershave|body spray|"
                          r"hayfever|hay fever|pollen|dust)(?: (?:on|in) (?:this|the|my|our|that) (?:\w+ ){0,2}?\w+)?(?:'s| is| are| keeps?| has been)?\s+"
                          r"(?:(?:literally|proper|really|properly|actually|just)\s+)?(?:chok|suffocat|smother)\w*\s+(?:me|us)\b", re.IGNORECASE)
# (forty-fourth round) a shop, a trade or a street choked by roadworks or rents ("the roadworks are choking the shop"), not
# anyone in it ("choking the shop owner")
_TRADE_CHOKING = re.compile(r"\b(?:chok|strangl|suffocat|smother|throttl)\w*\s+(?:the|my|our|his|her|their|local|small)\s+(?:\w+\s+)?(?:shops?|business(?:es)?|trade|"
                            r"high street|town centre|city centre|market|takings|profits?|economy|footfall|roads?|streets?)\b"
                            r"(?!\s*(?:owners?|keepers?|assistants?|workers?|managers?|staff|lady|man|boy|girl|guy|bloke|woman|kid|lads?)\b)", re.IGNORECASE)
_CHOKING_FIGURES = (_PLANT_CHOKING, _CONTEST_CHOKED, _BURDEN_CHOKING, _AIR_CHOKING, _TRADE_CHOKING)


# A message written a word or two at a time between full stops ("locked. in. cant. get out"): read again as one
# sentence when its fragments alone say nothing (detect_danger).
_FRAGMENT = re.compile(r"^\s*\S+(?:\s+\S+){0,2}\s*$")


def _one_word_at_a_time(text: str) -> str:
    pieces = [piece for piece in text.split(".") if piece.strip()]
    if len(pieces) >= 3 and all(_FRAGMENT.match(piece) for piece in pieces):
        return " ".join(piece.strip() for piece in pieces)
    return text


def _plain_english(text: str) -> str:
    plain = text.replace("’", "'").replace("‘", "'")
    for spoken, written in _SPOKEN_FORMS:
        plain = spoken.sub(written, plain)
    for figure in _CHOKING_FIGURES:
        plain = figure.sub(" ", plain)
    return plain


# (thirty-sixth round, self-harm) a story, a poem, a song or a script being written and what happens in it ("for coursework
# I'm writing a story where the main character overdoses"): only that span, up to its comma, is the fiction's, so danger
# said beside it after a comma or an "and" is still read ("writing a poem about a bridge, I have just taken 40 tablets").
_BEING_WRITTEN = re.compile(r"(?:\b(?:writing|doing|drafting|planning|write|draft) (?:a|an|the|my|our|this) (?:short |creative |new )?(?:story|poem|song|script|play|scene|"
                            r"monologue|piece|screenplay|novel|fanfic|fan ?fiction)\b (?:for \w+ (?:\w+ )?)?(?:where|about|in which|on)\b|"
                            # (fortieth round, self-harm) what a song or a poem heard is about ("that song about taking all the
                            # pills has been stuck in my head"), the same span only ("a song about a bridge, i've taken 40 ...")
                            r"\b(?:song|track|tune|lyrics|poem) (?:about|where)\b)"
                            r"(?:(?!\b(?:and|but|so|now|then|while|as|cos|because|rn)\b)[^.?!,;])*", re.IGNORECASE)


def _without_fiction(text: str) -> str:
    """The message without its clauses about a film, a book or a game, and without a story being written's span."""
    text = _BEING_WRITTEN.sub(" ", text)
    if not _FICTION.search(text):
        return text
    return ". ".join(clause for clause in _CLAUSE_BREAK.split(text) if clause.strip() and not _FICTION.search(clause))


# A short time told beside an event ("in 2019, he choked me", "he choked me, that was years ago") dates it.
# (fifty-third round: or a part that opens on the time it sets, "back when I first come to Highfields in the seventies, dem push
# burning paper through mi door")
_TIME_FRAGMENT = re.compile(r"^\W*(?:(?:that|it|this) (?:was|happened)|was|back when|back in|when (?:i|we) (?:was|were|first))\b", re.IGNORECASE)


def _present_parts(clause: str) -> list[str]:
    """The comma-joined parts of a clause with a past time that have none of their own and sit beside no bare
    time: "the bloke downstairs said he'd smoke us out" dates nothing, "years ago" does."""
    parts = re.split(r",\s*", clause)

    def dates_its_neighbour(part: str) -> bool:
        return bool(_PAST.search(part)) and (len(part.split()) <= 4 or bool(_TIME_FRAGMENT.search(part)))

    return [part for index, part in enumerate(parts)
            if len(parts) > 1 and not _PAST.search(part)
            and not any(dates_its_neighbour(beside) for beside in parts[max(0, index - 1):index] + parts[index + 1:index + 2])]


# Where one event ends and another begins: sentence ends, and "and"/"but"/"so" before a new subject.
_CLAUSE_BREAK = re.compile(
    # (forty-first round: and a clause that opens on its own past time, "the wedding is sunday and last night she told me")
    # (fifty-second round: and one that opens on the day itself, "my cousin arrived last night and her nikah is being done on Friday")
    r"[.!?;]+\s*|\s+(?:and|but|so|now)\s+(?=(?:now|he|she|they|i|we|there|someone|somebody|my|hes|shes|theyre|theres|im|it|last|yesterday|earlier|"
    r"(?:her|his|their|our|the) (?:nikah|nikkah|wedding|marriage|shaadi|engagement))\b)",
    re.IGNORECASE,
)


def _says_now(text: str) -> bool:
    """A word of now that is not a safe or settled state's ("safe now", "34 now") nor the report's ("report it now")."""
    return bool(_NOW.search(_NOW_OF_THE_REPORT.sub(" ", _SAFE_NOW.sub(" ", text))))


# (fifty-second round) The writer the one to be married ("my dad say I marry his friend son on Sunday"), for the frame's coercion
# said: a child's age or a threat in the message is then the writer's own (not a sister's wedding a 14-year-old is excited for).
_WRITER_TO_MARRY = re.compile(r"\b(?:i|me)(?:'m| am| will| must| have to| has to| to| should)? (?:marry|marrying|get married|getting married|be married)\b|"
                              r"\bmarry me (?:to|off)\b|\bmy (?:own )?(?:wedding|nikah|nikkah|shaadi|marriage)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Frame:
    """How a whole message tells its events: now, in the past, as a habit, as a what-if, as a joke."""

    says_now: bool
    past: bool
    habitual: bool
    strong_habit: bool
    hypothetical: bool
    joking: bool
    law_question: bool
    weather: bool = False
    celebration: bool = False
    hobby: bool = False
    sport: bool = False
    words_not_wish: bool = False
    recovery: bool = False
    clothes_choking: bool = False
    taught: bool = False
    children_joking: bool = False
    marriage_refused: bool = False
    wedding_hidden: bool = False
    coercion_said: bool = False

    @classmethod
    def of(cls, text: str) -> "_Frame":
        says_now = _says_now(text)
        unhabitual = _KNOWN_BY_A_HABIT.sub(" ", text)
        strong_habit = bool(_STRONG_HABIT.search(unhabitual)) and not says_now
        habitual = bool(_HABITUAL.search(_MOVING_AS_THEY_WRITE.sub(" ", unhabitual))) and not says_now
        # A conditional threat said now is not a what-if, but one said "always" stays an account.
        threat_said_now = bool(_THREAT_SAID_NOW.search(text)) and not strong_habit
        celebration = bool(_CELEBRATION.search(text))
        return cls(
            says_now=says_now,
            past=bool(_PAST.search(text)),
            habitual=habitual,
            strong_habit=strong_habit,
            hypothetical=(bool(_HYPOTHETICAL.search(text)) and not says_now and not threat_said_now) or bool(_ASKS_WHAT_TO_DO_IF.search(text)),
            joking=_writer_joking(text),
            law_question=bool(_LAW_QUESTION.search(text)),
            weather=bool(_WEATHER.search(text)) and not _NOT_THE_WEATHER.search(text),
            celebration=celebration,
            hobby=bool(_HOBBY.search(text)) or bool(_LICENSED_FOR_SPORT.search(text) and not says_now and not _URGENT_NOW.search(text)
                                                    and not _PRESENT_CUE.search(text)),
            sport=bool(_SPORT.search(text)) and not _SOMEONE_OF_THEIRS.search(text),
            words_not_wish=bool(_ABOUT_THE_WORDS.search(text)) or (bool(_JOKE.search(text) or _LAUGHING.search(text) or _WEARY.search(text))
                                                                     and bool(_IDIOM.search(text) or _HYPERBOLE.search(text))),
            recovery=bool(_RECOVERY_RE.search(text)) and not says_now,
            clothes_choking=bool(_CLOTHES_CHOKING.search(text)) or bool(_CAUGHT_BY_A_THING.search(text)),
            taught=taught_about(text),
            children_joking=bool(_CHILDREN_JOKING.search(text)),
            marriage_refused=bool(_MARRIAGE_REFUSED.search(text)),
            wedding_hidden=bool(_HIDDEN_WEDDING_RE.search(text)),
            # (read only beside a celebration, the one frame it bears on: not searched for on every message)
            coercion_said=celebration and bool(_WRITER_TO_MARRY.search(text) and (_COERCION_SAID.search(text) or _CHILD_AGE_SAID_RE.search(text))),
        )

    def rules_out(self, pattern_name: str) -> bool:
        return (
            (self.habitual and pattern_name in _HABIT_IS_NOT_NOW and pattern_name not in _ONLY_A_STRONG_HABIT_RULES_OUT)
            or (self.strong_habit and pattern_name in _ONLY_A_STRONG_HABIT_RULES_OUT)
            or (self.hypothetical and pattern_name in _HYPOTHESIS_IS_NOT_NOW)
            or (self.joking and pattern_name in ("threat_to_kill", "says_im_dead", "wont_wake_up", "locked_in", "cry_to_be_let_out", "squeezing_neck", "strangled",
                                                 # (thirty-third round) "my brother keeps banging on the bathroom door lol"
                                                 "by_the_throat", "keeps_at_the_door"))
            or (self.hobby and pattern_name in ("weapon", "weapon_fetched", "tool_as_weapon", "weapons_here_now"))
            or (self.sport and pattern_name in _SPORT_IS_NOT_AN_ATTACK)
            or (self.words_not_wish and pattern_name == "suicide_intent")
            or (self.recovery and _PATTERN_CATEGORY[pattern_name] == SELF_HARM)
            # (forty-seventh round: and its neck, "tunics ... that tight round the neck they're strangling me")
            or (self.clothes_choking and pattern_name in ("strangled", "by_the_throat", "being_hurt_passive"))
            or (self.children_joking and pattern_name == "locked_in")
            or (self.law_question and pattern_name in ("violence_right_now", "weapon", "strangled"))
            # "if he locks me in, is that a crime?" asks; someone locked in now says so; so does a fire asked about
            # ("does setting fire to a house count as arson?")
            # (twenty-ninth round: any fire pattern, "is putting a lit rag through a letterbox arson or attempted murder")
            # (forty-ninth round: and an act asked about by its name, "is slapping a partner once still domestic abuse?")
            or (self.law_question and (pattern_name in ("locked_in", "locked_and_cannot_go_out", "hurting_someone", "hurting_a_child") or _PATTERN_CATEGORY[pattern_name] == "fire")
                and not self.says_now)
            or (self.weather and pattern_name in _WEATHER_IS_NOT_AN_ATTACK)
            or (self.celebration and pattern_name in _CELEBRATION_IS_NOT_DANGER
                # (twenty-fourth session) nor a wedding hidden from the one it is for, whoever congratulates her
                # (fifty-second round: nor a child's, or one the coercion is said of, "my dad say I marry his friend son on Sunday,
                # I am 14, they make the party ready already")
                and not (pattern_name == "imminent_marriage" and (self.marriage_refused or self.wedding_hidden or self.coercion_said)))
            # a subject studied with nobody in it ("psych project on coercive control, is choking during sex illegal now")
            or (self.taught and (_PATTERN_CATEGORY[pattern_name] == FORCED_MARRIAGE_OR_FGM or pattern_name in _STUDIED_IS_NOT_NOW))
        )


def _first_match(text: str, frame: _Frame) -> Optional[DangerMatch]:
    for name, pattern in _DANGER_PATTERNS:
        if frame.rules_out(name):
            continue
        for match in pattern.finditer(text):
            if (name not in _NEGATION_IS_THE_DANGER and _negated(text, match)) or _excused(name, text, match):
                continue
            return DangerMatch(pattern=name, text=match.group(0), category=_PATTERN_CATEGORY[name])
    return None


def _written_in(message: Message) -> Optional[str]:
    """The language the hub says the message is written in (else the conversation's)."""
    metadata = message.get(METADATA) or {}
    if not isinstance(metadata, dict):
        return None
    code = metadata.get(TEXT_LANGUAGE_KEY) or metadata.get(ANSWER_LANGUAGE_KEY)
    return code if isinstance(code, str) else None


@dataclass(frozen=True)
class ClassifierReadings:
    """What the classifiers before the DangerDetector made of a message: all `decide_danger` needs besides
    its text. Read off the message by `readings_of`; built from the same classifiers by the language bench
    (tests/bench_languages.py), so that the bench decides as the assistant does."""

    # The language the message is read in (the hub's text language, else the conversation's; None: English).
    language: Optional[str]
    # The intent classifier's first intent, after the fallback classifier, is danger_now.
    intent_says_danger: bool
    # The intent classifier's confidence in its first intent other than danger_now (and the fallback).
    other_intent_confidence: float
    # The binary danger-now classifier reached its threshold / is sure the message is not danger now.
    binary_says_danger: bool
    binary_says_not_danger: bool
    # The binary classifier is sure enough that it is danger now to overrule the words' give-way.
    binary_sure_of_danger: bool = False

    @property
    def english_sure_danger(self) -> bool:
        """The binary classifier is sure an English message is danger now, sure enough to overrule its words' give-way
        (bot/languages/danger_now.py, SURE_OVER_GIVE_WAY). English only, as `english_sure_not`: other languages'
        classifiers learn from far fewer examples of their own, and their give-ways were never measured against it."""
        return self.language in (None, ENGLISH) and self.binary_sure_of_danger

    @property
    def english_sure_not(self) -> bool:
        """The binary classifier is sure an English message is not danger now. English only: the floor was
        chosen on the English held-out sets, and other languages' classifiers learn from far fewer examples
        of their own."""
        return self.language in (None, ENGLISH) and self.binary_says_not_danger


class Verdict(Enum):
    PATTERN = "a pattern found danger now"
    INTENT = "the intent classifier's danger_now stands"
    BINARY = "the binary classifier's danger now is taken"
    DEMOTED = "the intent classifier's danger_now gives way"
    NOT_DANGER = "nothing says danger now"

    @property
    def is_danger(self) -> bool:
        return self in (Verdict.PATTERN, Verdict.INTENT, Verdict.BINARY)


@dataclass(frozen=True)
class DangerDecision:
    verdict: Verdict
    found: Optional[DangerMatch] = None


def decide_danger(text: str, readings: ClassifierReadings) -> DangerDecision:
    """Is this message danger now? A pattern's match, unless both English classifiers are sure it is not
    (`_pattern_overruled`); else the intent classifier's danger_now or the binary classifier's, unless the
    message's own words tell it as past, habit, what-if or safe (and, in English, the binary classifier is not sure
    it is danger now), or (English) the binary classifier is sure the intent classifier's danger_now is wrong."""
    found = detect_danger(text)
    if found is not None and not _pattern_overruled(found, readings, text):
        return DangerDecision(Verdict.PATTERN, found)
    if not (readings.intent_says_danger or readings.binary_says_danger):
        return DangerDecision(Verdict.NOT_DANGER)
    # (twenty-first session) a sure binary classifier overrules the words' give-way, never a plain "I'm safe now"
    given_way = told_as_not_now_in(text, readings.language) and not (readings.english_sure_danger and not _SAID_SAFE.search(_plain_english(text)))
    if given_way or (readings.intent_says_danger and readings.english_sure_not):
        return DangerDecision(Verdict.DEMOTED if readings.intent_says_danger else Verdict.NOT_DANGER)
    return DangerDecision(Verdict.INTENT if readings.intent_says_danger else Verdict.BINARY)


def _pattern_overruled(found: DangerMatch, readings: ClassifierReadings, text: str) -> bool:
    """Both English classifiers are sure a pattern's match is not danger now: the binary classifier below its
    floor and the intent classifier sure of another intent ("the ref had his hands round my neck in the scrum
    lol"). The patterns catch what the classifiers were never taught, so one classifier alone never overrules
    them, nor do both for self-harm (bot/languages/danger_now.py, PATTERN_OVERRULE_SURE)."""
    return (found.category != SELF_HARM and readings.english_sure_not
            and readings.other_intent_confidence >= PATTERN_OVERRULE_SURE
            and not _a_girls_cutting_arranged(found, text))


def _a_girls_cutting_arranged(found: DangerMatch, text: str) -> bool:
    """A cutting arranged for a day soon with a girl named (forty-second round: "the 'party' tomorrow is my sisters cutting not
    a birthday" was overruled once the classifiers learnt parties and birthdays): the cheaper mistake is the emergency answer,
    as for self-harm. On the forty-three read sets no false alarm was overruled so."""
    return found.pattern in ("imminent_cutting", "woman_called_for_a_girl", "cutting_told_by_its_signs") and bool(_GIRL_NAMED.search(text))


def readings_of(message: Message, danger_intent: str = DANGER_INTENT) -> ClassifierReadings:
    """The readings the pipeline left on the message: the intent classifier's (and fallback's) intent and
    ranking, and the DangerNowClassifier's verdicts (bot/rasa_plugins/danger_classifier.py)."""
    other = next((entry for entry in message.get(INTENT_RANKING_KEY) or []
                  if entry.get(INTENT_NAME_KEY) not in (danger_intent, NLU_FALLBACK)), None)
    return ClassifierReadings(
        language=_written_in(message),
        intent_says_danger=(message.get(INTENT) or {}).get(INTENT_NAME_KEY) == danger_intent,
        other_intent_confidence=float(other.get(PREDICTED_CONFIDENCE_KEY) or 0.0) if other is not None else 0.0,
        binary_says_danger=classifier_says_danger(message),
        binary_says_not_danger=classifier_says_not_danger(message),
        binary_sure_of_danger=classifier_sure_of_danger(message),
    )


def told_as_not_now_in(text: str, code: Optional[str]) -> bool:
    """A classifier's danger_now gives way: the English reading (told_as_not_now), or the message's own
    language's past and habit words, only that language's (a Polish past marker says nothing about a
    Portuguese message)."""
    return told_as_not_now(text) or any(
        language.language == code and language.tells_not_now(text) for language in other_languages()
    )


def told_as_not_now(text: str) -> bool:
    """True when no pattern finds danger now and an English message plainly tells of the past ("last year he
    had a knife") or of a habit ("he always ..."), says the person is safe ("I'm not in danger now"), or has a danger pattern it rules out
    itself (negated, a what-if, a habit, a joke): the classifier's danger_now is then an account's or a
    worry's words read as an emergency (DangerDetector demotes it)."""
    normalised = _plain_english(text)
    if _SAID_SAFE.search(normalised):
        return True
    found = _detect_english(normalised)
    if found is not None:
        # (thirty-fourth round) unless the whole message is one of the round's accounts of that kind (_everyday_34)
        # (thirty-fifth round) or self-harm's everyday senses and accounts over (_self_harm_everyday)
        return found.category in _everyday_34(normalised) or _self_harm_everyday(normalised, found)
    # With nothing the detector reads, the account gives way only when nothing in the message looks ahead to harm or
    # says now (lead's review: "I self-harmed years ago, and tonight I'm going to end it" is the classifier's to read).
    if _everyday_34(normalised) and not _HARM_AHEAD.search(normalised) and not _URGENT_NOW.search(normalised) and not _says_now(normalised):
        return True
    # (thirty-fifth round) the family against it, a cutting that was a cake's: harm beside read by their own guards (no
    # pattern read danger in the message, above)
    if _against_it_or_cutting_explained(normalised):
        return True
    # (forty-eighth round) a cake cut at a do, a trip the writer calls only a holiday, a wall knocked through by builders
    if _everyday_48(normalised):
        return True
    # (fifty-second round) a scare checked and explained ("There's no petrol, I checked properly, it was just the smell from the
    # garage next door. Sorry."), nothing urgent, at hand or feared beside
    if (_SCARE_CHECKED.search(normalised) and not _URGENT_NOW.search(normalised) and not _PRESENT_CUE.search(normalised)
            and not _REAL_DANGER_BESIDE.search(_SCARE_CHECKED.sub(" ", normalised))):
        return True
    # (thirty-second round) over in learner English, an accident or a dose seen to, a lost key, a bad knee
    if _told_over_or_everyday(normalised):
        return True
    # (thirty-fifth round) things given away for a move, a goodbye at work, a rope for an engine, a dose asked about
    if _self_harm_everyday(normalised, None):
        return True
    # (thirty-third round) the law asked about, damage found after the night, trapped as a feeling, a son's circumcision
    if _asked_found_or_felt(normalised):
        return True
    frame = _Frame.of(normalised)
    # A joke, a film, a game or the news with no danger pattern in it is not an emergency ("im on fire at work
    # today haha", "in the show she takes an overdose"), nor is good news with no sign of force ("im getting
    # engaged tonight and im so happy"), nor a thing "killing me" ("these heels are killing me").
    # (forty-sixth round: a game a child "still plays" tells her age, no fiction: "she is 14 ... she still plays roblox")
    if (frame.joking or frame.sport or _FICTION.search(_STILL_A_CHILDS_GAME.sub(" ", normalised)) or _IDIOM.search(normalised)
            or _ROUTINE_MEDICINE.search(normalised)):
        return True
    # The wind banging a gate, a pet shut in or lost, keys locked in, years clean, a day away for a reason:
    # danger's words in their everyday sense.
    # (An animal that hurt itself: "the ewe half strangled herself" is no one's harm.)
    if (_EVERYDAY_SENSE.search(normalised) or (_PET.search(normalised) and not _HARM_TO_SOMEONE.search(_ITSELF.sub(" ", normalised)))
            or _squabble_between_siblings(normalised) or _EVERYDAY_FIRE.search(normalised) or _fire_as_a_figure(normalised)
            # (fifty-first round) food burnt, the scare said over ("the housing man come and say everything alright")
            or _food_burnt(normalised)
            or _WINDOW_BROKEN_BY_A_THING.search(normalised)
            or _weapon_to_hand_in(normalised)
            # (forty-second round) kept in by a broken lift or a jam ("sitting on the M69 for an hour, cant get out of this lane")
            # (no other harm beside it: "lift's broken ... they were shouting at me before they lit them")
            or (_STUCK_BY_A_THING.search(normalised) and not _REAL_DANGER_BESIDE.search(normalised) and not _ACUTE_BESIDE.search(normalised)
                and not _URGENT_NOW.search(normalised) and not _FIRE_WORDS.search(normalised) and not _says_now(normalised)
                and not any(harm.search(_CANT_GET_OUT_SAID.sub(" ", normalised)) for _category, harm in _HARM))
            or (_love_match(normalised) and not _MARRIAGE_REFUSED.search(_FORCE_DENIED.sub(" ", normalised)))
            or (_AT_CRICKET.search(normalised) and not _HARM_TO_SOMEONE.search(normalised) and not _DANGER_BESIDE.search(normalised))):
        return True
    # forced marriage or cutting learned or campaigned about, with nobody in it; (forty-seventh round) or only opposed;
    # (fifty-first round) or only a poster's or a leaflet's subject ("there's a forced marriage poster on the side of my bus")
    if (frame.taught or _cutting_only_opposed(normalised)
            or (_fgm_only_a_topic(normalised) and not _URGENT_NOW.search(normalised) and not _REAL_DANGER_BESIDE.search(normalised)
                and not _FEAR_OR_HIDING.search(normalised) and not _SOON_RE.search(normalised))):
        return True
    # (twenty-seventh round) someone outside explained as only waiting for a bus or a lift, nothing feared or now beside
    # (forty-fourth round) ... or any scare explained as someone harmless ("turned out to be a lost student at the wrong flat")
    if (_WAITING_EXPLAINED_RE.search(normalised) or _SCARE_EXPLAINED.search(normalised)) and not frame.says_now and not _REAL_DANGER_BESIDE.search(normalised):
        return True
    # A plant strangling a fence or roadworks a shop (taken out of `normalised` already), with nothing feared or urgent left beside it.
    if (_PLANT_CHOKING.search(text) or _TRADE_CHOKING.search(text)) and not _URGENT_NOW.search(normalised) and not _DANGER_BESIDE.search(normalised):
        return True
    # (forty-fifth round: nor a celebration with what a wanted wedding never says, "party they said. its my engagement")
    if (frame.celebration and not _FORCED_RE.search(normalised) and not _THREAT_SAID_NOW.search(normalised) and not _cutting_named_soon(normalised)
            and not _unwanted_wedding_signs(normalised)):
        return True
    # Harm only denied ("my stepdad has never hit my brother, he just shouts, my teacher asked me about it today"),
    # with nothing urgent: its "today" is not the danger's.
    # (forty-fifth round: its "now" the writer's at another's home, "there's no weapon, he's just shouting ... I'm at my mum's now")
    if _only_denied_harm(normalised) and not _URGENT_NOW.search(normalised) and not _says_now(_AT_ANOTHERS_HOME_NOW.sub(" ", normalised)):
        return True
    # (fiftieth round) a ceremony that is a graduation or the like, no marriage or cutting beside it ("the ceremony is on Saturday,
    # my graduation at De Montfort")
    if (_CEREMONY.search(normalised) and _NOT_A_WEDDING_CEREMONY.search(normalised)
            and not _MARRIAGE_OR_CUTTING.search(_NOT_A_WEDDING_CEREMONY.sub(" ", _CEREMONY.sub(" ", normalised)))
            and not _GIRL_NAMED.search(normalised) and not _REAL_DANGER_BESIDE.search(normalised) and not _FORCED_RE.search(normalised)):
        return True
    # (fifty-first round) a child's own ceremony by its name, a coming of age or a naming ("my daughter's manjal neerattu ceremony is
    # next saturday", "omo mi's naming ceremony ... the elders giving her names"): the girl is its subject, so she may be named;
    # nothing of marriage, cutting, force or fear beside it
    if (_A_CHILDS_CEREMONY.search(normalised) and not _MARRIAGE_OR_CUTTING.search(normalised) and not _A_GIRL_CUT.search(normalised)
            and not _REAL_DANGER_BESIDE.search(normalised) and not _FORCED_RE.search(normalised) and not _FEAR_OR_HIDING.search(normalised)):
        return True
    # (forty-fourth round) hair cut for a day, nothing forced or feared beside ("my aunty is coming round tonight to cut my hair
    # and my sister's, she's a hairdresser"): its "tonight" is the appointment's
    # (nor hair grabbed, dragged by or set alight: "dragging her down the street by her hair", "a lighter to my hair")
    # (forty-fifth round: its mock plea is no one harmed, "cutting my hair tonight cos the salon's too dear, pray for me")
    if (_HAIR_CUT.search(normalised) and _groomed_for_the_day(normalised) and not _REAL_DANGER_BESIDE.search(normalised)
            and not _HARM_TO_SOMEONE.search(_WISH_ME_LUCK.sub(" ", normalised))
            and not _ACT_TOLD.search(_HAIR_CUT.sub(" ", normalised)) and not _FIRE_WORDS.search(normalised) and not _HAIR_HURT.search(normalised)):
        return True
    # (forty-sixth round) the woman who does the threading or the henna named as the one coming, no cutting named and nothing
    # forced or feared beside ("the lady who does threading is coming saturday to do all the girls for eid")
    if (_GROOMER_NAMED.search(normalised) and _groomed_for_the_day(normalised) and not _CUTTING_NAMED.search(normalised)
            and not _REAL_DANGER_BESIDE.search(normalised) and not _HARM_TO_SOMEONE.search(normalised)):
        return True
    # (forty-fifth round) ears or a nose pierced, no cutting named and nothing feared beside
    if (_EARS_PIERCED.search(normalised) and not _CUTTING_NAMED.search(normalised) and not _A_GIRL_CUT.search(normalised)
            and not _REAL_DANGER_BESIDE.search(normalised) and not _MARRIAGE.search(normalised)):
        return True
    if _PRESENT_CUE.search(_TODAY_NOT_THE_DANGER.sub(" ", _HELP_COMING.sub(" ", normalised))):
        return False
    if _arranged_soon_by_force(normalised):
        return False
    # (forty-first round) an account dated to a year gone ("this is 1990 ... can I tell you now")
    if _dated_to_a_year_gone(normalised):
        return True
    # (forty-fifth round) harm told past, the one who did it abroad, the only "now" where the writer's people live ("her ex squeezed
    # her throat when they were married in Colombo. she lives with us now and he is in Sri Lanka. how can she get help here?")
    if (frame.says_now and frame.past and _ABROAD.search(normalised) and not _says_now(_ABROAD.sub(" ", normalised))
            and not _URGENT_NOW.search(_HELP_ASKED_FOR.sub(" ", normalised)) and not _REAL_DANGER_BESIDE.search(normalised)):
        return True
    if frame.says_now:
        return _ruled_out(normalised, frame)
    # A question of what is allowed or what happens next ("am i allowed to keep it in the car?", "will i be told
    # the outcome"), harm only denied ("he doesnt hit the kids"), a date months away ("up for parole next year"),
    # him far away or barred ("moved to Scotland", "an exclusion zone"), paperwork for what is over ("a crime number
    # for the insurance"): not danger now, unless something in it is urgent.
    if ((_ASKS_WHAT_IS_ALLOWED.search(normalised) or _LATER.search(normalised) and not _MARRIAGE_OR_CUTTING.search(normalised)
         or _FAR_AWAY_OR_BARRED.search(normalised) or _PAPERWORK.search(normalised) or _only_denied_harm(normalised)
         or _ABROAD.search(normalised) and not _MARRIAGE_OR_CUTTING.search(normalised)
         or _HELP_IN_HAND.search(normalised) and not _SELF_HARM_WORDS.search(normalised)
         or _STALKING_ONLINE.search(normalised) or _HURT_BY_A_PATIENT.search(normalised)
         or _IN_THE_NEWS.search(normalised) and not (_MARRIAGE_OR_CUTTING.search(normalised) and _news_beside_harm(normalised))
         or _ONLY_A_QUESTION.search(normalised) and not _SOON_RE.search(normalised))
            and not _URGENT_NOW.search(normalised)):
        return True
    # A strong habit with nothing saying now ("he always threatens to stab me when he drinks") is an
    # account, as other languages' habit words already make it (LanguagePatterns.tells_not_now).
    # A question about the law ("is a pocket knife legal") asks about danger, it does not report it.
    # So does a question about the service with nothing urgent in it ("is there a way to be told when he's
    # out", "how do i get the council to fix my door").
    # (fifty-second round) a habit said beside a wedding soon that is not wanted is the one to marry's ("she's been crying every
    # night, the wedding is hers"), not the danger's
    return (frame.past or frame.strong_habit and not _unwanted_wedding_soon(normalised) or frame.law_question
            or bool(_WORRY.search(normalised) and not _THREAT_SAID_NOW.search(normalised) and not _threat_to_one_refusing_soon(normalised))
            or _wanted_wedding(normalised) or _ruled_out(normalised, frame)
            or bool(_SERVICE_QUESTION.search(normalised) and not _URGENT.search(normalised)
                    and not (_MARRIAGE_REFUSED.search(normalised) and _SOON_RE.search(normalised))))


# A marriage or a cutting arranged for a day soon, with a sign of force (imminent_marriage's and imminent_cutting's own
# words), told with a past ("relatives landed from Erbil last night for my wedding on Saturday") or with its threats as
# conditions ("if I refuse they'll kill me"): the past is how the arrangements are told and the what-if is the coercion,
# so the classifier's danger_now is trusted rather than demoted (lead, seventeenth session: five lines of the forced-
# marriage focus set were read right by the classifier and demoted so). Not a wedding wanted, a love match, one dated
# to a past decade, nor one years away.
_ARRANGED_SOON_BY_FORCE = tuple(pattern for name, pattern in _DANGER_PATTERNS if name in _ARRANGEMENT_PATTERNS)


# ... nor one told as long over: a year gone, "years ago", "when I was 16", divorced since.
_LONG_OVER = re.compile(rf"\b(?:{_A_YEAR_GONE}|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|some|a few) (?:years|yrs) ago|"
                        # (forty-second round) "he passed away long ago"
                        r"(?:long|a long time|decades|ages) ago|"
                        r"when (?:i|she|he|we) (?:was|were) (?:\d+|young|little|a (?:kid|child|teenager|teen|girl|boy))|divorced|back then)\b", re.IGNORECASE)


# (thirty-fifth round) ... but a sibling's or a cousin's marriage years ago, told as what is happening again ("my sister got
# told the exact same thing two years ago and came back married. I know it's the same"), dates only the sibling's: it is why
# the writer knows, not a sign that the writer's is over.
_SIBLINGS_PRECEDENT = re.compile(r"\b(?:my|our|her|his) (?:older |big |elder |eldest |little |younger )?(?:sisters?|brothers?|cousins?|sis|bro)\b[^.?!]{0,80}"
                                 r"\b(?:(?:\d+|two|three|four|five|six|a few|some) years ago|in 20[12]\d)\b[^.?!]*\b(?:came|come|got|was|were|ended up) (?:back )?married\b",
                                 re.IGNORECASE)
_HAPPENING_AGAIN = re.compile(r"\b(?:(?:the )?(?:exact )?same (?:thing|story|excuse|lie|trip|way)|it'?s the same|its the same|same as (?:her|him|them)|my turn)\b", re.IGNORECASE)


def _without_siblings_precedent(text: str) -> str:
    return _SIBLINGS_PRECEDENT.sub(" ", text) if _HAPPENING_AGAIN.search(text) else text


def _long_over(text: str) -> bool:
    return bool(_LONG_OVER.search(_without_siblings_precedent(text)))


# ... and only with the person's no or the coercion said in so many words: refused, a threat, a man never met, a girl
# under 18 ("she's not coming back to work till after the honeymoon" is a sign of force to the pattern, not coercion).
# (forty-fourth round) A child's age said of someone in a wedding message, in the other shapes people type it ("my little sister
# is 14", "girl 14", "my cousin (7)", "one of my boys, 16, says", "13 years old"), not a clock time, a count or a date
# ("the nikah is 5 pm", "is 10 mins away", "is 14 june", "17:30", "16 guests").
_NOT_AN_AGE_AFTER = (r"(?!\s*(?:[:.]\d|(?:mins?|minutes|hours?|hrs|days|weeks|months|miles|o'?clock|pm|am|ish|quid|pounds?|guests?|people|tables?|"
                     r"of (?:us|them)|sharp|tonight|tomorrow|tmrw|today|in the (?:morning|evening|afternoon)|this (?:morning|evening|afternoon)|jan\w*|feb\w*|march|mar|april|apr|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
                     r"(?:years?|yrs?) (?:away|off|from now|time|ago|back|later|since|married|together))\b))")
_CHILD_AGE_SAID = (rf"(?:(?:is|am|aged?) (?:only |just |barely )?(?:1[0-7]|[5-9])\b{_NOT_AN_AGE_AFTER}|"
                   # (forty-fifth round: after a comma, "the bride is child, 14 years")
                   rf"(?:girl|boy|she|he|sis|sister|brother|daughter|niece|cousin|friend|bride|child|kid),? \(?(?:1[0-7]|[5-9])\)?(?!\w){_NOT_AN_AGE_AFTER}|"
                   rf"(?<=\()(?:1[0-7]|[5-9])(?=[),])|(?<=, )(?:1[0-7]|[5-9])(?=,)|(?:1[0-7]|[5-9]) ?(?:yrs?|years?) ?old\b|(?:1[0-7]|[5-9]) ?(?:yo|y/o)\b)"
                   # ... not a child with a part in the day ("my cousin 14 is doing the mehndi dance", "niece 8 is a flower girl")
                   r"(?![^.?!]{0,40}\b(?:bridesmaids?|flower girl|page ?boy|ring bearer|usher|dance|dancing|doing (?:the|my|her|our|his)|singing|reading|performing|helping)\b)")
_CHILD_AGE_SAID_RE = re.compile(rf"\b{_CHILD_AGE_SAID}", re.IGNORECASE)
_COERCION_SAID = re.compile(r"\b(?:kill\w*|dead to|hurt\w*|beat\w*|disown\w*|break (?:my|her|his|your) (?:legs?|arms?|neck|bones|face)|send (?:me|her|him) (?:back|away)|throw (?:me|her|him) out|"
                            rf"never (?:met|seen)|{_UNWILLING_OR_A_STRANGER}|{_A_CHILD_BRIDE_SEEN}|(?:don'?t|dont|do not) (?:even )?know (?:him|her|the man|the guy)(?! (?:that |very |too |so )?well\b)|"
                            r"(?:i'?m|im|i am|she'?s|shes|she is|me) (?:only |just )?(?:1[0-7]|[1-9])\b(?! (?:mins?|minutes|hours?|hrs|days|weeks|months|miles|o'?clock|pm|am)\b)|year (?:[7-9]|1[01])\b|"
                            # (thirty-sixth round) the one to be married begging someone to stop it ("she told me last night and
                            # begged me to do something")
                            r"begg\w* (?:me|us|you|him|her|them) to (?:help|do something|do anything|stop (?:it|this|them)|get (?:her|me|him) out|save (?:her|me|him)|tell someone)|"
                            # (not the size of the day: "she doesnt want a big wedding on saturday, just family")
                            r"(?:i|she|he) (?:don'?t|doesn'?t|dont|doesnt|do not|does not|never) (?:want|said yes|say yes|agree)\w*"
                            rf"(?! (?:a |any )?(?:big|huge|fancy|massive|large|lavish|expensive|posh|long|formal|white|fuss|party|do)\b| {_WANT_NOT_A_REFUSAL})|"
                            r"(?:me|her|him)\b[^.?!]{0,40}\bwhatever it takes|passport|"
                            # (forty-second round) the one to be married threatening herself if it goes ahead ("she will 'do
                            # something' if it happens")
                            # (and "take something" or "end it", the data round's drafts)
                            r"(?:will|'ll|ll|would|'d|gonna|going to) (?:['\"‘’]\s*)?(?:(?:do|take) something(?: (?:stupid|silly|bad|to (?:myself|herself|himself)))?|"
                            r"end it(?: all)?)(?:\s*['\"‘’])? if\b|"
                            # (thirty-fourth round) a trip said to be a holiday, no way back, a parent's poison threatened
                            r"(?:said|says|told (?:me|us|her)) (?:it was |it'?s |its )?(?:a |just a |only a )?holiday|one[- ]way|"
                            # (thirty-fifth round) a schoolgirl by her exams ("I've got my GCSEs in May")
                            r"(?:got|doing|sitting|taking|revising for|in the middle of) (?:my|her) gcses|"
                            r"(?:won'?t|wont|will not) be coming back|(?:drink|take|swallow|drinks|takes) poison|"
                            # (twenty-third session) a bride's age as a stranger sees it ("she looks maybe 15") or opening the
                            # message ("14 and married next week"): under 18, a marriage is forced in law; the school kept out
                            # of it ("abbu said dont tell teacher"); a relative's trip that ended married, "I'm next"
                            r"looks? (?:maybe |about |around |like |only |barely )?(?:1[0-7]|[5-9])\b(?! (?:mins?|minutes|hours?|hrs|days|weeks|months|miles|o'?clock|pm|am|quid|pounds?)\b)|"
                            r"^\W*(?:1[0-7]|[5-9])\b(?= (?:and|&|n|yrs?|years?(?: old)?)\b)|"
                            r"(?:don'?t|dont|do not|not to|never) tell (?:the |my |your |her |ur )?(?:teachers?|school|college|tutor)|"
                            r"back married\b[^?!]*\b(?:i'?m|im|i am|she'?s|shes|she is) next)\b", re.IGNORECASE)


_WOMAN_CALLED_FOR_A_GIRL = dict(_DANGER_PATTERNS)["woman_called_for_a_girl"]
_CUTTING_TOLD_BY_ITS_SIGNS = dict(_DANGER_PATTERNS)["cutting_told_by_its_signs"]


def _arranged_soon_by_force(text: str) -> bool:
    # (thirty-third round) a woman called for a girl where cutting is named: the mother's own cutting "when I was 7" is
    # why she fears it, not a sign it is over
    if _WOMAN_CALLED_FOR_A_GIRL.search(text) and not (_A_PAST_DECADE.search(text) or _LATER.search(text) and not _SOON_RE.search(text)):
        return True
    return any(pattern.search(text) for pattern in _ARRANGED_SOON_BY_FORCE) and bool(_MARRIAGE_REFUSED.search(text) or _COERCION_SAID.search(text)) and not (
        _wanted_wedding(text) or _love_match(text) or _A_PAST_DECADE.search(text) or _long_over(text)
        or _LATER.search(text) and not _SOON_RE.search(text))


# Something happening today, on its way or holding the person now: the classifier is trusted ("he's coming home
# and he said he'd hurt me", "they watch me all the time and I can't leave").
_PRESENT_CUE = re.compile(
    r"\b(?:(?:is|'s|are|'re|s|re) (?:coming|on (?:his|her|their) way|here|outside|downstairs|at the door)|today|right now|"
    rf"(?:can'?t|cant|cannot) (?:leave|get out|escape|go anywhere)(?! {_COUNTRY}\b)|(?:i|we) can (?:hear|see) (?:him|her|them|a man|men|someone|somebody|people)|(?:door|doors|window|windows) (?:won'?t|wont|will not) (?:open|unlock)|"
    # hiding from someone as they write: "whispering. he said he'd end me ... got the door wedged"
    r"whispering|(?:door|doors) (?:\w+ )?(?:wedged|barricaded)|(?:wedged|barricaded) the (?:\w+ )?door|"
    # (twenty-third session) someone following or filming the writer as they write, whatever is told of before ("I think
    # it's someone I arrested last year"), not online ("he's following me on insta")
    r"(?:he'?s|she'?s|they'?re|hes|shes|theyre|he is|she is|they are) (?:still |now )?(?:following|filming|recording|photographing) (?:me|us)\b"
    r"(?! on (?:insta\w*|ig|twitter|tiktok|facebook|fb|snap\w*|social\w*|youtube|x|twitch|here)\b)|"
    r"(?:he'?s|she'?s|they'?re|hes|shes|theyre|he is|she is|they are) trying (?:to )?(?:get|break|kick|force|smash|prise|pry|climb)\b[^.?!,]{0,20}\b(?:in|open|through)|"
    r"(?:he'?s|she'?s|they'?re|hes|shes|theyre|he is|she is|they are) trying the (?:door|handle|window|back door|front door)|"
    # (thirty-fourth round) the one who threatened back within the hour ("he's back for the night shift in an hour"); kept
    # in ("I cannot go out from the house")
    r"(?:he'?s|she'?s|he is|she is|they'?re|they are|is) back\b[^.?!]{0,30}\bin (?:an|a|half an|\d+|one|two|ten|twenty) (?:hours?|hrs?|mins?|minutes)|"
    r"(?:can'?t|cant|cannot) go out (?:from|of) (?:the|this) (?:house|flat|room)|"
    # (forty-third round) kept in as a state, whatever habit word comes with it ("They keep me in the house ... I cannot go
    # until I pay 3000. Door always locked"): a debt to be paid before leaving, a house one is kept in
    r"(?:they|he|she|the (?:lady|man|boss|woman|family)) (?:keep|keeps|are keeping|is keeping) (?:me|us) (?:in|inside) (?:the|this|their|his|her) (?:house|flat|room|home)|"
    r"(?:can'?t|cant|cannot|can not|not allowed to|not allow to) (?:go|leave|go out)\b[^.?!]{0,20}\b(?:until|till|before) (?:i|we) pay|"
    # someone feared about to harm themselves ("I think he is going to do something now"); tablets taken within the hour
    r"(?:is|'s|are|'re) going to do something (?:now|tonight|stupid|to (?:himself|herself|themselves))|"
    r"(?:took|taken|swallowed) (?:the|all the|all my|all of the|all of my) (?:tablets|pills)\b[^.?!]{0,15}\b(?:half an hour|an hour|\d+ (?:mins?|minutes)|ten minutes|twenty minutes) ago|(?:wait|waits|waiting) for me to (?:finish|come out|leave|get off)|"
    # (fiftieth round: "flight is wednesday and im 15", no "on")
    r"flights? (?:is |are )?(?:booked )?(?:for )?(?:this|tomorrow|tonight|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
    # (fiftieth round) a flight leaving at a clock time ("Flight to Islamabad leaves 21:40")
    r"flights? (?:to \w+(?: \w+)? )?(?:leaves|departs|takes off|goes|boards|is at)(?: at)? (?:\d{1,2}[:.]\d{2}|\d{1,2} ?(?:am|pm)|tonight|today|this (?:evening|afternoon|morning)|in (?:an|a|half an|\d+|two|three) (?:hours?|hrs?))|"
    # (forty-seventh round) a threat made just now or a tool waved as they write, whatever "threatened" reads as past ("Lad next
    # door has just threatened to kill me over the fence ... he's waving a spade about"); a child just driven off with ("My
    # daughter's partner has just driven off with the baby, he's been drinking"); where the writer is, ending on a plea ("...
    # dad said if i run he'll find me n drag me back. im in oadby pls")
    r"(?:has|'s|have|'ve|hes|shes) just threatened\b|"
    r"(?:he'?s|she'?s|they'?re|hes|shes|theyre|he is|she is|they are) (?:still |now )?waving (?:a|the|his|her|their) (?:\w+ )?(?:knife|blade|machete|gun|bat|"
    r"spade|hammer|axe|bottle|stick|pole|crowbar|screwdriver|shovel|pitchfork|fork|brick|plank)s?\b|"
    r"(?:has|'s|have|'ve) just (?:driven|drove|gone|run|ran|taken|took|left|walked|disappeared) off with (?:the|my|our|her|his|their) (?:little |baby |young )?(?:baby|babies|kids?|"
    r"children|child|son|daughter|boy|girl|little one|grandson|granddaughter)|"
    r"(?:i'?m|im|i am) (?:in|at|outside|near|by) (?:[\w']+ ){1,3}(?:pls|plz|please|help)(?=\W*$)|"
    # (forty-seventh round) someone there watching the writer or a fire as they write, whatever is told of before ("the bloke I
    # barred last week is across the road from the club watching me", "the same bloke who threatened me last week is
    # parked at the gate watching it burn"); not watched as a habit, at play or online
    r"(?:he|she|they|\w+)(?:'s|'re| is| are) (?:(?!(?:always|constantly|often|forever|usually|sometimes|just|only)\b)[\w']+ ){0,8}?"
    r"watching (?:me|us|it burn|(?:the|my|our) (?:house|flat|home|barn|shop|car) burn)\b"
    r"(?! (?:play|playing|perform|performing|dance|dancing|sing|singing|swim|swimming|on (?:insta\w*|ig|tiktok|facebook|fb|snap\w*|social\w*|youtube|twitch|here|the cams?|the camera|cctv)|online)\b)|"
    # a new address that no one was told, known to someone now ("nobody knows this address", "no one has my new address")
    r"(?:nobody|no one|no-one|noone) (?:knows|has|knew|had) (?:this|my new|the new|our new|my|our) (?:address|place|flat|house)|"
    # a weapon drawn as they write ("he's got the big knife out and keeps saying don't move"): its "keeps" is no habit
    r"(?:he'?s|she'?s|they'?ve|hes|shes|has|have) (?:got )?(?:the|a|his|her|their) (?:\w+ )?(?:knife|knives|blade|machete|gun|hammer|bat|axe|cleaver) out)\b",
    re.IGNORECASE,
)
# A child or anyone at cricket nets or practice with a bat ("my son is down the nets with his bat till seven"): a game's
# bat, with no one hurt, threatened or feared beside (a known gap of the twenty-third round).
_AT_CRICKET = re.compile(r"\b(?:at|down|to|in|from) (?:the )?(?:cricket )?nets\b|\bcricket (?:practice|training|club|match|game|session|nets)\b|"
                         r"\bbatting (?:practice|session)\b", re.IGNORECASE)
# Someone "stalking" an ex's or a crush's social media ("me granddaughter keeps stalking her ex on instagram"), and a
# patient or resident with dementia who lashed out at the carer: not danger now, with nothing urgent beside.
_STALKING_ONLINE = re.compile(r"\bstalk\w*\s+(?:\w+'?s?\s+){0,2}(?:on\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|spotify|socials|snap(?:chat)?|twitter|"
                              r"linkedin|strava)\b", re.IGNORECASE)
_HURT_BY_A_PATIENT = re.compile(r"^(?=.*\b(?:patient|resident|service user|client)\b)(?=.*\b(?:dementia|alzheimer'?s|confused)\b)", re.IGNORECASE)
# Someone else's harm read in the paper or seen on the news ("it was in the leicester mercury", "saw on the news").
# (thirty-ninth round: "saw on the news" itself, which the old "saw (?:it )?" before a space never matched without "it")
_IN_THE_NEWS = re.compile(r"\b(?:it was|it'?s been|was|saw(?: it)?|seen(?: it)?|read(?: it| about it)?)(?: all)? (?:in|on) the (?:paper|papers|news|local news|"
                          r"leicester mercury|mercury|telegraph|evening news)\b", re.IGNORECASE)
# A "today" that is not the danger's (twenty-fourth round): the one feared calm or away today ("today he is calm, he
# went to work", "today he has gone to india for a month"), a thing found today ("today i see a scratch on the door"),
# someone else's telling today ("at baby group today one of the mums said ...").
_TODAY_NOT_THE_DANGER = re.compile(
    # (forty-second round) the telling that is today ("I never told anybody until today")
    r"\b(?:until|till|til|untill|up to|up until) today\b|"
    # (forty-ninth round) a day out's tomorrow ("We are going to the beach tomorrow")
    r"\b(?:we are|we're|were|we|i am|i'm|im) (?:going|off) to the (?:beach|seaside|park|zoo|pool|cinema|museum|shops|mall|market|funfair|fair) "
    r"(?:today|tonight|tomorrow|this (?:weekend|week|afternoon|evening))\b|"
    # (forty-eighth round) the day's name, told to date a habit ("Every Friday when he gets paid he drinks ... Today's Monday and
    # he's at work")
    # (the one feared said away beside it: not "flight departs Friday. Today is Wednesday")
    r"\btoday(?:'s| is) (?:a )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?=,? (?:and |so )?(?:he|she|they|my \w+)(?:'s| is| are|'re) "
    r"(?:at work|away|out|gone|calm|asleep|not (?:here|home|around)|at (?:his|her|their) \w+'?s?)\b)|"
    # (forty-seventh round) a lesson's today ("we learned about FGM in school today")
    r"\b(?:learn(?:ed|t)|taught|told us|showed us|did|had|watched)\b[^.?!]{0,40}\b(?:in|at) (?:school|class|college|uni|pshe|assembly|re|rs) today\b|"
    r"\btoday,? (?=(?:he|she|they|my \w+)(?:'s| is| are|'re| has| have)? (?:calm|quiet|fine|ok|okay|at work|away|gone|went|out)\b|"
    r"(?:i|we) (?:see|saw|seen|found|find|noticed|notice)\b|"
    r"(?:one of (?:the|my|our) \w+|a (?:friend|woman|lady|mum|mom|colleague|neighbou?r|girl|lad|sister|brother|man|member)|my (?:friend|mate|neighbou?r|colleague|teacher|nurse|gp|midwife|"
    r"support worker)) (?:said|told|mentioned|asked|whispered)\b)",
    re.IGNORECASE)
# Help on its way is not the danger coming ("the nurse is coming to review his meds").
_HELP_COMING = re.compile(r"\b(?:the |a |my |his |her |our )?(?:nurse|doctor|gp|carer|social worker|police|officers?|paramedics?|ambulance|engineer|"
                          r"locksmith|plumber|electrician|council|support worker|health visitor|midwife|teacher|key worker|fire brigade)s? "
                          r"(?:is|are|'s|'re) coming\b", re.IGNORECASE)
_EVERYDAY_SENSE = re.compile(
    # the weather doing the banging (forty-seventh round: not a wind fanning a fire, "my hay barn alight ... the wind's
    # blowing this way")
    r"^(?!.*\b(?:fire|fires|alight|ablaze|burn|burning|burnt|burned|smoke|flames?)\b)"
    r"(?=.*\b(?:wind|winds|storm|gale|gales|rain|hail)(?:'s| is| has| was| kept| keeps)?\s+(?:been\s+)?(?:banging|rattling|slamming|battering|"
    r"blowing|howling|knocking|shaking)\b)|"
    # locked out, not in
    r"\blocked (?:myself|ourselves) out\b|\blocked (?:my|the) keys in\b|\blocksmith\b|"
    # fired or sacked from a job, not fired at
    r"\b(?:got|get|gets|getting|been|was|were|be|being) (?:fired|sacked)\b(?! (?:at|on|upon|towards)\b)|\bfired from (?:the|his|her|my|their|a|an) \w+|"
    # recovery counted
    rf"{_RECOVERY}|"
    # away for an ordinary reason ("i won't be here tomorrow, i'm on holiday")
    r"^(?=.*\b(?:won'?t|wont|will not|not (?:going to|gonna)) be (?:here|around)\b)(?=.*\b(?:holidays?|hols|trip|travel\w*|visiting|flying|"
    r"flight|shift|course|conference|festival|camping|wedding|funeral|moving|off sick|day off|meeting|appointment|interview|at my \w+'?s)\b)|"
    # (forty-second round) food served to the children (the cutting of cake or sandwiches, _SPOKEN_FORMS), nothing of a girl's
    # cutting beside it
    r"^(?!.*\b(?:fgm|khatna|khatana|cutter|sunnah?|circumcis\w*|aunty|auntie|woman|lady|flight|holiday|scared|crying|cry)\b)"
    rf"(?=.*\bserv(?:e|ing) {_FOOD_FOR_THE_CHILDREN})|"
    # (forty-second round) a shop locked up at closing ("locking the shop at 9 tonight, last cut 8:30"), nobody locked in it
    r"^(?!.*\b(?:me|us|her|him|them|someone|somebody) (?:in|inside)\b)(?=.*\b(?:lock|locks|locking) (?:up )?(?:the|my|our) (?:shop|salon|barbers?|store|cafe|"
    r"office|unit|restaurant|takeaway|pub|bar|garage)\b)|"
    # ... and a neighbour's banging explained as putting up shelves or other DIY ("I think it is them putting up shelves"),
    # no cry, hurt or threat beside it
    r"^(?!.*\b(?:scream\w*|help|hurt\w*|cry\w*|shout\w*|knife|kill\w*|hit\w*|threat\w*|police)\b)(?=.*\b(?:bang\w*|knock\w*|thud\w*|noise|drilling|hammering)\b)"
    r"(?=.*\b(?:(?:putting|put|fitting|hanging|mounting) up (?:some |the |a |new )?(?:shelves|shelf|pictures?|tv|curtains?|blinds|cupboards?|units)|diy)\b)",
    re.IGNORECASE)
# A pet as what the message is about: it went missing, got out, was kept in ("the cats been kept in since her op").
_PET = re.compile(r"(?:^\W*|\b(?:the|my|our|her|his|all the|all our) )(?:lost |old |new |little |poor )?(?:cat|dog|puppy|pup|kitten|hamster|rabbit|bunny|budgie|parrot|tortoise|"
                  r"guinea pig|horse|pony|ferret|gerbil|ewe|sheep|lamb|cow|calf|goat|pig|hen|chicken|donkey)(?:'s|s)? (?:has |had |is |was |are |were |'s |s )?"
                  r"(?:been|got|gone|went|came|come|ran|run|escaped|ate|eaten|keeps|kept|found|turned up|penned|shut|locked|fenced)\b", re.IGNORECASE)
# ... with no one harmed or threatened in it, and no stranger about ("my dog's gone mad, someone's in the garden").
_ITSELF = re.compile(r"\b\w+ (?:herself|himself|itself|themselves)\b", re.IGNORECASE)
_HARM_TO_SOMEONE = re.compile(r"\b(?:kill\w*|hurt\w*|hit|hitting|kick\w*|punch\w*|knife|stab\w*|threat\w*|poison\w*|drown\w*|burn\w*|"
                              r"strangl\w*|chok\w*|beat\w*|batter\w*|scared|afraid|help|me|us|someone|somebody|a man|men|a woman|people|lads|"
                              r"intruder|stranger|gang)\b", re.IGNORECASE)
_ASKS_WHAT_IS_ALLOWED = re.compile(
    r"\b(?:am i|are we|is (?:he|she|it|that|this|they)|are (?:they|you)) (?:\w+ )?(?:allowed|legal|illegal|normal|true|ok|okay)\b|"
    r"\bdo (?:i|we) (?:need|have) to report\b|\b(?:will|would|do|does) (?:i|we) (?:be|get) (?:told|informed|notified|a letter)\b|"
    r"\bis (?:a|an|the|it|my|one) [^.?!]{0,30}\b(?:ok|okay|safe|fine|allowed|legal)\s*\?|\bany tips\b|"
    # (forty-ninth round) a religious practice asked about ("is it sunnah to fast on mondays and thursdays?")
    r"\b(?:is it|is that|it is|it'?s) (?:a )?(?:sunnah?|fard|farz|wajib|halal|haram|makruh|mustahab) to (?:fast|pray|read|recite|eat|drink|give|wear|sleep|say|do dhikr)\b", re.IGNORECASE)
# (forty-ninth round) A question said to be only that, in the writer's own words ("yak sawal ... faqat sawal ast", "pytam bo moja
# babcia ..."), read with no day soon beside it.
_ONLY_A_QUESTION = re.compile(r"\b(?:just|only) (?:a )?question\b|\b(?:just|only) asking\b|\basking for a friend\b|"
                              r"\b(?:faqat|fakat|sirf|bas) (?:(?:yak|yek|ek|ik) )?(?:sawal|suwal|savaal|swal)\b|\b(?:yak|yek) (?:sawal|suwal)\b|"
                              r"\b(?:tylko pytam|pytam tylko|pytam z ciekawo[sś]ci|pytam bo)\b", re.IGNORECASE)
# Not a release date passed ("meant to be locked up till next year").
# A marriage put off for years ("thats 3 years away", "when i finish uni"), for _LATER and _YEARS_AWAY.
_YEARS_AWAY_WORDS = (r"(?:\d+|two|three|four|five|six|a few|a couple of|several|many) years? (?:away|off|from now)|"
                     r"when (?:i|she|he) (?:finish|finishes|leave|leaves|graduate|graduates) (?:uni|university|college|school|sixth form|my degree|her degree)")
_LATER = re.compile(r"(?<!till )(?<!until )(?<!til )\bnext (?:year|month|spring|summer|autumn|winter|term)\b|"
                    # (thirty-sixth round) put off till they are older or done with their studies ("when I'm older I'll marry a
                    # Kurdish girl, not now, he said after uni"), not "after school" (today's)
                    r"\bwhen (?:i'?m|im|i am|she'?s|shes|she is|he'?s|hes|he is|we'?re|we are) (?:older|grown up|an adult)\b|"
                    r"\bafter (?:uni|university|my degree|her degree|his degree|(?:i|she|he|we) (?:finish|finishes|finished|graduate|graduates) (?:uni|university|college|my \w+|her \w+|his \w+))\b|"
                    r"(?<!till )(?<!until )(?<!til )\bin (?:a few|some|two|three|four|five|six|\d+) (?:months|years)\b(?! ago)|"
                    # (forty-sixth round) "when i finish uni", "thats 3 years away" (_YEARS_AWAY's words)
                    rf"\b(?:{_YEARS_AWAY_WORDS})\b",
                    re.IGNORECASE)
_MARRIAGE_OR_CUTTING = re.compile(r"\b(?:married|marry|marrying|marriage|wedding|nikah|shaadi|rishta|dholki|mayun|baraat|walima|lagna|biye|cut|cutting|cutter|fgm|"
                                  # (thirty-fourth round) the wedding's and the cutting's own words
                                  r"thaali|thali|kitab|viah|sagai|zemawend|anand karaj|tahur|tahoor|gudniin|kutting|"
                                  # (thirty-fifth round) a rishta or more, the cutting's names
                                  r"rishtas|khatna|khatana|khitan|excision|"
                                  # (forty-eighth round) the bridal outfit
                                  r"lehnga|lehenga|lengha|bridal)\b", re.IGNORECASE)
# Him, not the person: "i moved to scotland to get away and he just commented on my post" is found.
_FAR_AWAY_OR_BARRED = re.compile(
    r"\b(?:he|she|they|he'?s|she'?s|they'?ve|my ex|him)\b[^.?!,]{0,30}?\b(?:moved|lives?|living|relocated|gone) (?:away |up |down |over )?(?:to |in )(?:scotland|wales|ireland|northern ireland|abroad|"
    r"another (?:city|town|country|county|area)|a different (?:city|town|country|county|area)|the other (?:end|side) of the country)\b|"
    r"\b(?:he|she|they)(?:'s|s| is| are) (?:now )?(?:in|up in|down in|over in) (?:scotland|wales|ireland|northern ireland|abroad)\b|"
    # (forty-third round) "He is not in England, he has no passport. Only messages."
    r"\b(?:he|she|they)(?:'s|s| is| are) not (?:even )?(?:in|living in) (?:england|the uk|uk|britain|great britain|this country)\b|"
    r"\b(?:bail|conditions|order|licence) (?:not to|says? (?:he|she|they) (?:can'?t|cant|cannot)) (?:contact|come near|approach|go near)\b|"
    r"\bexclusion zone\b|"
    # moved to a town of its own ("he's moved to manchester"), tagged, not allowed back
    r"\b(?:he|she|they|he'?s|she'?s|they'?ve|my ex)\b[^.?!,]{0,20}?\b(?:moved|relocated) (?:away |up |down |over )?to "
    r"(?!(?:my|our|the|this|her|his|their|a|an|same|next|near|nearby|round|around|live|be|get|stay|come|where)\b)\w+|"
    r"\b(?:has|got|wearing|wears?|on|with) (?:a|an|his|her|the|that) (?:electronic |gps |curfew )?tag\b|"
    r"\b(?:not|isn'?t|aren'?t) allowed (?:back|near|round|to come (?:back|near|round|home))\b|"
    r"\b(?:can'?t|cannot|can not) come (?:back|near|round) (?:to|here|home)\b", re.IGNORECASE)
# Him living in another country ("he lives in spain now"): far away, but not for a marriage or cutting, where the other
# country is where she would be taken.
_ABROAD = re.compile(
    r"\b(?:he|she|they|he'?s|she'?s|they'?re|they'?ve|my ex|him)\b[^.?!,]{0,30}?\b(?:moved|lives?|living|relocated|gone back|went back|is|'s|s) "
    rf"(?:away |back |over )?(?:to |in ){_COUNTRY}\b",
    re.IGNORECASE)
# Help being had for someone's mental health ("he's seeing someone at the veterans service", "she's under the crisis
# team"), with no self-harm word in the message.
_HELP_IN_HAND = re.compile(
    r"\b(?:seeing|sees|talking to|getting help from|in touch with|under|referred to)\s+(?:someone|somebody|a|an|the|his|her|my)?\s*(?:\w+\s+)?"
    r"(?:at|from|with|in)?\s*(?:the\s+)?(?:veterans?'?|mental health|crisis|talking therap\w*|counsell\w*|therap\w*|psychiatr\w*|psycholog\w*|cpn|community)\s*"
    r"(?:service|team|charity|clinic|nurse|worker|centre|center|unit)?\b|"
    r"\b(?:seeing|sees|has|got|getting|with) (?:a |his |her |my )?(?:counsellor|therapist|psychiatrist|psychologist|care coordinator)\b",
    re.IGNORECASE)
_PAPERWORK = re.compile(r"\b(?:crime (?:reference )?number|crime ref|incident number|for the insurance|insurance (?:claim|company))\b|"
                        # the damage mended, the footage with the police, the matter in hand
                        r"\b(?:has|have|'s|'ve) (?:been|got) (?:boarded up|fixed|repaired|replaced|mended)\b|"
                        r"\b(?:police|officers) (?:have|has|'ve got|took|got) (?:the |his |my |our )?(?:cctv|footage|doorbell footage|ring footage|video)\b|"
                        r"\b(?:already|now) being (?:dealt with|looked into|investigated)\b",
                        re.IGNORECASE)
# (fifty-third round: not thanks for help had, "Thanks for your help back then")
_URGENT_NOW = re.compile(r"\b(?:(?:mins?|minutes|seconds) ago|help(?<!\bthanks for your help)(?<!\bthank you for your help)(?<!\bthanks for the help)(?! back then\b)|hurry|quick|quickly|please|pls|plz|scared|terrified|bleed\w*|breath\w*|right now|outside|at the door|"
                         # a door or window under attack as they ask ("is it normal for someone to be kicking your front door
                         # this hard? hes been at it ten minutes")
                         r"(?:kicking|banging|smashing|hammering|bashing|forcing|booting) (?:in |down |at |on )?(?:the|my|our|your|his|her) "
                         r"(?:front |back |bedroom |bathroom |kitchen )?(?:door|window)s?|been at it|"
                         r"(?:frame|door|lock|glass|window|hinges?) (?:is |are |'s )?(?:cracking|splitting|giving way|coming off)|"
                         r"hiding|here now|on (?:his|her|their) way|coming (?:back|round|over|here))\b", re.IGNORECASE)
_DENIED_HARM = re.compile(
    r"\b(?:doesn'?t|doesnt|does not|didn'?t|didnt|did not|don'?t|dont|do not|never|has never|have never|hasn'?t|hasnt|haven'?t|isn'?t|isnt|"
    r"wasn'?t|wasnt|is not|was not)\s+(?:ever\s+|actually\s+|really\s+|even\s+|once\s+)?(?:hit|hits|hurt|hurts|touch|touches|touched|"
    r"lay a finger|laid a finger|threaten|threatens|threatened|kick|kicks|punch|punches|beat|beats|smack|smacks|slap|slaps|lock|locks|violent|"
    r"(?:have|own|carry|keep) (?:a|an|any) (?:knife|knives|gun|guns|weapons?|blade|blades))\b|"
    # none in the house ("there's no weapons in the house, he's just loud"), nobody forcing ("nobody's making me marry")
    r"\bthere(?:'?s| is| are) no (?:knife|knives|guns?|weapons?|blades?)\b|\bthere (?:aren'?t|isn'?t|are not|is not) any (?:knives|guns|weapons|blades)\b|"
    rf"{_NOBODY_PUSHING} (?:me|her|him|us|them)(?: to)? "
    r"(?:marry|get married|be married|wed)\b|"
    # (forty-fifth round) force denied of the family or of oneself ("nobody in our family forces anybody", "I'm not being forced
    # into anything")
    # (forty-sixth round: "nobody forcing anyone lol")
    r"\b(?:nobody|no one|no-one|noone)(?: in (?:our|my|the|this|her|his) (?:family|house|home))? (?:forces|will force|would force|ever forces|is forcing|'s forcing|forcing) "
    r"(?:anybody|anyone|anything|(?:me|her|him|us|them) (?:into|to do) anything)\b|"
    rf"{_NOT_BEING_FORCED} (?:into|to do) anything\b|"
    # (forty-third round) "my parents aren't making me marry anyone, they said I can choose"
    r"\b(?:they|parents|family|mum|mom|dad|father|mother)(?:'re|'s)? (?:aren'?t|arent|are not|isn'?t|isnt|is not|won'?t|wont|will not|never|not) "
    r"(?:making|forcing|pressuring|pressurising|pushing|going to (?:make|force)) (?:me|her|him|us|them)(?: to)? (?:marry|get married|be married|wed)\b|"
    # "no weapon, he just shouted", "there was no knife"; "nothing physical happened", "he's never been physical" (not "yet");
    # "he isn't going to burn anything" (not with a condition: "he's not going to hurt me if i do as he says"); "he has
    # never found me" (not "yet")
    r"(?:^|[.,;:]\s*)no (?:weapons?|knife|knives|guns?|blades?)(?: (?:involved|used|at all))?\s*[,.;:]|\bthere (?:was|were) no (?:weapons?|knife|knives|guns?|blades?)\b|"
    r"\bnothing physical\b|\b(?:never|not|isn'?t|isnt|wasn'?t|wasnt|hasn'?t|hasnt|has never|'s never|s never)\s+(?:ever\s+|actually\s+|really\s+)?"
    r"(?:been |got |gotten )?physical\b(?! yet)|"
    r"\b(?:isn'?t|isnt|is not|'s not|s not|aren'?t|arent|are not)\s+(?:ever\s+|actually\s+|really\s+)?(?:going to|gonna)\s+"
    r"(?:burn|hurt|hit|harm|kill|stab|touch|attack)\w*\b(?![^.?!]{0,40}\bif\b)|"
    r"\b(?:never|has never|have never|hasn'?t|hasnt|has not|haven'?t|didn'?t|didnt|did not)\s+(?:ever\s+|actually\s+)?(?:found|tracked down|traced)\s+"
    r"(?:me|us|where|my)\b(?![^.?!]{0,40}\byet\b)", re.IGNORECASE)


def _only_denied_harm(text: str) -> bool:
    """Harm told only as what does not happen ("my ex doesnt hit the kids, he just ignores them"), with no harm
    word left once the denials are taken out, and nothing that goes on ("he doesn't stop hitting me")."""
    # (forty-seventh round: not a subject dropped, "when i say no they leave it")
    if not _DENIED_HARM.search(text) or re.search(r"(?<!\bbus )(?<!\bfull )\b(?:stop|stops|stopping|quit|let go|leave(?! it\b))\b", text, re.IGNORECASE):
        return False
    rest = _DENIED_HARM.sub(" ", text)
    return not any(harm.search(rest) for _category, harm in _HARM)


# A worry about what may happen, not a danger now ("I'm worried he'll come back one day", "what if he finds
# me"). Weaker words ("might", "could") are left to the classifier: "I think he might kill me" stays danger.
_WORRY = re.compile(r"\b(?:what if|if (?:he|she|they|i|we|someone|(?:my|his|her|their) \w+)|worried|worry|one day|someday|in case|in the future|"
                    # "scared he'll find my flat" is a fear of what may come; "scared for my life" is a pattern.
                    r"(?:scared|afraid|frightened|terrified) (?:that )?(?:he'?ll|hell|she'?ll|they'?ll|theyll|he will|she will|they will|"
                    r"he might|she might|they might))\b", re.IGNORECASE)
# Things that "kill" people in everyday speech: a body part, clothes, work, the weather.
_IDIOM = re.compile(r"\b(?:throat|head|back|feet|legs|knees|neck|heels|shoes|boots|job|work|shifts?|heat|cold|traffic|commute|hayfever|"
                    r"exams?|homework|curry|hangover|essays?|deadlines?|assignments?|dissertation|coursework|revision|uni|college|school|maths|"
                    r"mondays?|this week|this weather)(?:'s|'re| is| are|s)? (?:killing|murdering) me\b|"
                    # ... told done ("that exam absolutely killed me", "the mock proper murdered me")
                    r"\b(?:exams?|mocks?|tests?|essays?|shifts?|revision|homework|workout|gym|run|lecture)\s+(?:(?:absolutely|actually|literally|proper|totally|well)\s+)?"
                    r"(?:killed|murdered|destroyed) me\b|"
                    # doing well at something ("gonna kill it at my presentation tomorrow", "killed it in the exam"), and being
                    # kept in told as a figure ("grounded all week, literally held hostage", "basically a prisoner")
                    r"\b(?:kill|killed|killing) it (?:at|in|on) (?:my|the|this|his|her|their|our|your) (?:\w+ )?(?:presentation|interview|exams?|test|audition|gig|match|"
                    r"game|show|job|talk|performance|meeting|tournament|race|competition|final|assessment|pitch)\b|"
                    r"\b(?:literally|basically|practically|proper) (?:being )?(?:held hostage|a hostage|a prisoner|imprisoned)\b", re.IGNORECASE)
# Medicine taken or changed as prescribed ("with my breakfast", "the doctor changed my antidepressants").
_ROUTINE_MEDICINE = re.compile(r"\b(?:pharmacist|doctor|gp|nurse|chemist) (?:said|says|told me)\b[^.?!]{0,40}\b(?:fine|ok|okay|safe)\b|"
                               # Twenty-fifth round: a dose doubled by forgetting ("keeps taking his tablets twice cos he
                               # forgets"), a locked medicine box ("we've got a locked dosette box now")
                               r"\b(?:tablets|pills|meds|medication|medicines?|dose) twice\b(?=[^.?!]*\b(?:forget\w*|forgot|memory|dementia|confused)\b)|"
                               r"\b(?:locked|lockable|locking) (?:dosette|pill ?box|medicine (?:box|cabinet|cupboard)|meds? (?:box|cabinet|cupboard))\b|"
                               # medicines sorted into a week's box ("as a young carer I sort my dad's tablets into the weekly box")
                               r"\b(?:sort|sorts|sorting|put|puts|putting|fill|fills|filling|set out|sets out|setting out|do|does|doing) (?:out |up )?"
                               r"(?:(?:my|his|her|their|the|our) )?(?:\w+'s )?(?:tablets|pills|meds|medication|medicines?)\b[^.?!]{0,25}\b(?:into|in) "
                               r"(?:the|a|his|her|their|my|our) (?:\w+ )?(?:box|boxes|organi[sz]er|dosette|blister packs?|pill ?box)\b|"
                               r"\b(?:sort|sorts|sorting|fill|fills|filling|do|does|doing|set up|sets up|setting up) (?:(?:my|his|her|their|the|our) )?(?:\w+'s )?"
                               r"(?:dosette|pill ?box|pill organi[sz]er|weekly (?:pill )?box)\b|"
                               r"\b(?:i'?m|im|i am|been|^on) on \d+ ?(?:mg|mcg)\b|^\W*on \d+ ?(?:mg|mcg)\b|\b(?:tablets|pills|meds|medication|medicine|antidepressants|inhaler)\b[^.?!]{0,20}\bwith (?:my |our )?(?:breakfast|dinner|lunch|tea|food|meal)\b|"
                               r"\b(?:doctor|gp|nurse|pharmacist|psychiatrist|consultant)(?:'s|s)? (?:has )?(?:changed|gave|prescribed|put|upped|increased|lowered|switched)\b|"
                               # taken "as prescribed" ("I've taken my evening tablets, all as prescribed"), never "not as prescribed"
                               r"\b(?:tablets|pills|meds|medication|medicine|dose|doses)\b[^.?!]{0,30}(?<!not )(?<!n't )(?<!nt )\bas prescribed\b",
                               re.IGNORECASE)
# (Kept to these words: with the other languages' words (_WEDDING_IN_COMMUNITY_WORDS) the wanted-wedding give-way took "dont no
# him. shadi 2moro" and "my viah is sunday, i got a gf" as wanted, forty-fifth round.)
_MARRIAGE = re.compile(r"\b(?:married|marry|marrying|marriage|wedding|nikah|engaged|engagement|shaadi|rishta|mehndi|dholki|mayun|baraat|walima|lagna|biye)\b", re.IGNORECASE)
_SERVICE_QUESTION = re.compile(
    r"^\W*(?:is there (?:a way|any way|anyone|someone|somewhere)|how (?:do|can|would|should|will) (?:i|we|you)|how does|how long|"
    r"are there (?:any )?(?:\w+ )?(?:support )?(?:groups?|services?|charities|places|counsellors?|helplines?)|"
    r"where (?:do|can|should) i|who (?:do|can|should) i|can (?:i|you|u) (?:get|be told|find out|tell me|report|claim))\b",
    re.IGNORECASE,
)
_URGENT = re.compile(r"\b(?:bleed\w*|blood|breath\w*|hurry|quick|quickly|pls|plz|please|help|scared|afraid|now|tonight|here|outside|"
                     r"hurt\w*|hitting|knife|gun|fire|pills|tablets|overdose|kill\w*)\b", re.IGNORECASE)
_BACK_SOON_RE = re.compile(rf"\b{_BACK_SOON}", re.IGNORECASE)
_SOON_RE = re.compile(rf"\b{_SOON}\b", re.IGNORECASE)
_FORCED_RE = re.compile(rf"\b{_FORCED}", re.IGNORECASE)
_HIDDEN_WEDDING_RE = re.compile(rf"\b(?:{_HIDDEN_WEDDING})", re.IGNORECASE)
# Force said in romanised Urdu/Hindi/Punjabi, whose "shaadi" and "nikah" _MARRIAGE reads: "zabardasti", "meri
# marzi ke bina", "mujhe nahi jaana", "maine mana kiya", a passport taken, a girl of 16 (teaching round 2, issue 9:
# such a wedding "on friday" was read as a wanted one and the classifier's danger_now gave way).
_FORCED_ROMANISED = re.compile(rf"\b{_FORCED_ROMANISED_WORDS}", re.IGNORECASE)
_REFUSED_ROMANISED_RE = re.compile(rf"\b{_REFUSED_ROMANISED}", re.IGNORECASE)


def _wanted_wedding(text: str) -> bool:
    """A wedding soon that nothing says is forced ("I'm getting married on Saturday and I'm so excited"): no force, refusal or
    coercion said (_COERCION_SAID: an age under 18, a man never met, the school kept out), in English's words or romanised
    Urdu/Hindi/Punjabi's or Banglish, nor a child's age in the other shapes people type it (_CHILD_AGE_SAID)."""
    return bool(_MARRIAGE.search(text) and _SOON_RE.search(text) and not _FORCED_RE.search(text)
                and not _FORCED_ROMANISED.search(text) and not _MARRIAGE_REFUSED.search(text) and not _COERCION_SAID.search(text)
                and not _CHILD_AGE_SAID_RE.search(text) and not _unwanted_wedding_signs(text))


def _unwanted_wedding_soon(text: str) -> bool:
    """A wedding soon with a sign it is not wanted (_NOT_A_WANTED_WEDDING)."""
    return bool(_MARRIAGE.search(text) and _SOON_RE.search(text)) and _unwanted_wedding_signs(text)


def _unwanted_wedding_signs(text: str) -> bool:
    """What a wanted wedding's message never says (_NOT_A_WANTED_WEDDING), unless the writer says they love the one they marry."""
    return bool(_NOT_A_WANTED_WEDDING.search(text)) and not _LOVES_THE_ONE.search(text)


# (forty-fifth round) What a wanted wedding's message never says (danger lines the give-way took as wanted): a plea or fear
# ("help. nikah in the living room in 1 hour", "its 2day. pls"), a secret kept from the one it is for or from the family ("they
# don't know I know", "she has no idea", "they think im shopping for my cousin's wedding"), the day's name given as a cover ("engagement
# they said. its nikah", "only blessing at church"), the no already said ("ive told them no", "I said I'd rather not be home"),
# a wedding to "fix" someone, and what follows a shaming ("if i embarrass them on the day"). Not when the writer says they love
# the one they marry ("... scared of the speeches ... I love him"). (Hiding is no sign: "hiding from my mum, she wants me to
# try on another lengha for my cousin's wedding".)
_NOT_A_WANTED_WEDDING = re.compile(
    # (the plea the message opens with, or a bare "pls" it ends with: not "please help me pick an outfit", nor the caterer's "Help!")
    r"^\W*(?:help|pls|plz|please)(?: me)?\s*[.!?]|(?:^|[.!?]\s*)(?:pls|plz|please)\W*$|\b(?:scared|terrified)\b|"
    r"\b(?:they|she|he|mum|dad|my parents|everyone)(?: all)? (?:don'?t|dont|doesn'?t|doesnt|do not|does not) know (?:that )?(?:i|we) know\b|"
    r"\b(?:she|he|i) (?:has|have|had) no idea\b|\b(?:they|everyone|everybody|my family) (?:all )?(?:think|thinks) (?:i'?m|im|i am|it'?s|its|we'?re|we are)\b|"
    r"\b(?:engagement|blessing|holiday|party|function|visit|funeral|dinner) (?:they|she|he|mum|dad) (?:said|say|says)\b|"
    # (fifty-first round) the trip's reason doubted ("flying to Bangladesh on Friday supposedly for a holiday but ... they've bought the
    # gold and a wedding sari")
    # (fifty-first round, the lead's review) the one to marry against it ("we leave friday, I'm against it")
    r"\b(?:i'?m|im|i am) (?:totally |completely |really |so |very )?against (?:it|this|the (?:marriage|wedding|match|rishta|nikah|engagement))\b|"
    r"\b(?:supposedly|apparently|allegedly|so[- ]called|meant to be|pretending it'?s|they pretend it'?s)\b[^.?!]{0,12}\b(?:for )?(?:a |the |just |only )*"
    r"(?:holiday|visit|trip|break|family visit|wedding of my cousin|cousin'?s wedding)\b|"
    r"\b(?:they|she|he|mum|dad) (?:said|say|says|told me) (?:it'?s |its |it is )?(?:only|just) (?:a |the )?(?:blessing|engagement|party|holiday|visit|function|dinner|meeting)\b|"
    r"\b(?:only|just) (?:a |the )?(?:blessing|engagement|party|holiday|visit|function|dinner|meeting)\b[^?]*\b(?:it'?s|its|it is|is) (?:actually |really )?(?:my|her) "
    r"(?:own )?(?:wedding|nikah|shaadi|marriage|engagement)\b|"
    r"\b(?:i'?ve|ive|i have|i) (?:told|tell|said to) (?:them|him|her|my (?:mum|dad|parents|family)) no\b|\bi(?:'d| would) rather not\b|"
    r"\bto ['\"‘]?(?:fix|cure|straighten) (?:me|him|her)\b|"
    # the one to be married a stranger or someone else loved ("dont no him", "i dont even know his name", "i got a gf")
    r"\b(?:don'?t|dont|do not) (?:even )?(?:no|know) (?:him|her|his name|her name|the (?:munda|boy|groom|ladka|larka|chele|kuri|girl))\b"
    r"(?! (?:that |very |too |so )?well\b)|"
    r"\bi (?:got|have|'ve got|ve got) a (?:gf|girlfriend|bf|boyfriend)\b|\bif (?:i|she|he) (?:embarrass|shame|dishonour|dishonor|show up|refuse|run)\w*\b|"
    # (forty-seventh round) a lure the writer was warned of ("My sister has just warned me it's a trap, everyone's invited for my
    # nikah on Sunday and there's a ticket to Lahore in my name")
    r"\b(?:it'?s|its|it is|this is|that'?s|thats) a trap\b|\b(?:has |'s |just )*warned me\b|\b(?:tickets?|flights?) (?:\w+ ){0,3}?in (?:my|her|his) name\b|"
    # (fiftieth round) a plea to be fetched or for someone to be told ("can you come and get me. wedding is in 2 hours", "nikah
    # tomorrow. im british. please tell someone"); the marriage arranged once the family found out who the writer is ("my family
    # found out I'm queer and they've arranged a marriage for me")
    r"\b(?:can|could|will) (?:you|u|someone|somebody|anyone) (?:please |pls |plz )?(?:come and get|come get|come for|pick) me\b|"
    r"\b(?:please|pls|plz) tell (?:someone|somebody|the police|anyone)\b|"
    r"\b(?:found out|find out|know|knows|discovered) (?:that )?(?:i'?m|im|i am|he'?s|she'?s|he is|she is) (?:gay|queer|lesbian|bi|bisexual|trans)\b|"
    # (fifty-first round) a child taken abroad to be married by someone other than the writer ("my husband takes our daughter to
    # somalia tomorrow to get married to his friend"), not the writer's own family trip ("we're taking our daughter to india")
    # (fifty-second round) the one to marry in tears ("she's been crying in the toilets all week", "she cries non stop"), not
    # happy ones; the day's real owner told ("the wedding is hers"); an ultimatum ("I marry the man from his mosque or I'm out on
    # the street"); the one to marry watched ("they watching me all the time")
    r"\b(?:she|he|i)(?:'s|'ve| has| have| is| am|'m)? (?:been )?(?:crying|sobbing|in tears)\b(?![^.?!]{0,30}\b(?:happy|joy|happiness|laugh\w*|excite\w*)\b)|"
    r"\bcr(?:y|ies|ying) (?:non ?stop|all (?:the time|day|night)|every (?:day|night))\b(?![^.?!]{0,30}\b(?:happy|joy|happiness|laugh\w*|excite\w*)\b)|"
    r"\bthe (?:wedding|nikah|marriage|shaadi) is (?:actually |really |in fact )?(?:hers|his|mine)\b|"
    r"\bor (?:i'?m|im|i am|she'?s|she is|he'?s|he is|i'?ll be|she'?ll be|he'?ll be) (?:out on the street|on the street|kicked out|thrown out|disowned|"
    r"dead to (?:them|him|her|us))\b|"
    r"\b(?:watching|watch|watches|watched) (?:me|her|him) (?:all the time|24/7|constantly|every (?:minute|second|moment))\b|"
    # (fifty-second round, the give-way check of fm46/fresh112) a bare plea and a child's bare age ("nikah tmrw. pls help. 15"); a call
    # in tears ("just rang crying from the toilets at Manchester airport"); the trip's cover undone by a "but" ("they told her it was
    # umrah but theyre actually going to Lahore", "going India on Wednesday for a holiday but ... the wedding is Sunday")
    # (a two-word plea as its own sentence, not a caterer's lone "Help!")
    r"(?:^|[.!?]\s*)(?:(?:pls|plz|please|someone|somebody) help(?: me| us)?|help (?:me|us)(?: (?:pls|plz|please))?|help (?:pls|plz|please))\s*(?:[.!?]|$)|"
    r"(?:^|[.!?]\s+)1[0-7]\s*(?:yo|y/o|yrs?|years?)?\W*$|"
    r"\b(?:rang|called|phoned|texted|messaged|calling|ringing) (?:me )?(?:crying|in tears|sobbing)\b|"
    r"\b(?:umrah|holiday|visit|trip|family trip|family visit|hajj|funeral|eid)\b[^.?!]{0,15}\bbut\b[^.?!]{0,80}\b(?:actually|really|rishta|nikah|wedding|shaadi|marriage|engaged|engagement)\b|"
    r"\b(?:husband|wife|dad|father|mum|mother|in-?laws|uncle|brother|ex|he|she|they)(?: is| are|'s|'re)? (?:takes|taking|took|sends|sending|sent) "
    r"(?:our|my|his|her|their) (?:\d{1,2} ?(?:year|yr)s? old )?(?:daughter|son|girl|boy|niece|nephew|sister|granddaughter)s?\b[^.?!]{0,40}\bto (?:get |be )?marr(?:y|ied)\b|"
    # (fifty-third round, the give-way check of fm47/fresh113) a school child's year said of the one to marry ("Year 9 girl has just
    # told me her engagement party in Lahore is next Saturday and the nikah is straight after"); school or college left behind
    # for it ("she's been told she won't be coming back for spring term", "she 'won't be back for sixth form'")
    r"\byear (?:[5-9]|1[01]) (?:girl|boy|pupil|student|child|kid)\b|"
    r"\b(?:won'?t|wont|will not|not|never) (?:be )?(?:coming |going )?back (?:to|for|at|in) (?:school|college|sixth ?form|uni|university|"
    r"(?:the |her |his |my )?(?:spring|summer|autumn|next|new) term|term|lessons|class(?:es)?|year (?:[7-9]|1[0-3]))\b"
    r"(?![^.?!]{0,25}\b(?:till|until|after (?:the|my|her|his|our) (?:honeymoon|wedding)|honeymoon)\b)",
    re.IGNORECASE)


def _ruled_out(text: str, frame: _Frame) -> bool:
    """True when a danger pattern is there but the message itself rules it out: negated ("he doesn't have a
    knife"), a what-if ("if he finds out he'll kill me"), a habit or a joke."""
    for name, pattern in _DANGER_PATTERNS:
        for match in pattern.finditer(text):
            if frame.rules_out(name) or (name not in _NEGATION_IS_THE_DANGER and _negated(text, match)) or _excused(name, text, match):
                return True
    return False


# Nobody hurt, said of a scare that is over (_SAID_SAFE) and of a vehicle's window put through (_NOBODY_HURT).
_NOBODY_HURT_WORDS = r"\b(?:nobody|no one|no-one) (?:was |got )?(?:hurt|injured)\b"
# "I'm safe", "I'm not in danger now", "he isn't outside any more".
# A weapon named: whoever is gone may still have it ("nobody about now, he ran off with a knife"), so no one is said safe.
_WEAPON_STILL_OUT = r"knife|knives|gun|guns|weapon|machete|blade|bat|axe|hammer"
_SAID_SAFE = re.compile(
    # (Help asked for or being had is no plea: "she is getting help now", "i want to know what help there is", "not
    # danger but i want help please"; "help me", "please help" still are.)
    r"^(?!.*\b(?:not safe|unsafe|scared|afraid|frightened)\b)(?!.*\b(?<!getting )(?<!get )(?<!want )(?<!what )(?<!any )(?<!some )(?<!for )help\b)"
    r".*(?:\b(?:i'?m|i am|im|we'?re|we are|she'?s|he'?s) (?:safe|not in danger)\b|"
    r"\bnot in (?:any )?danger\b|\bnot (?:a )?danger\W+(?:but|just|only)\b|\b(?:isn'?t|is not|not|aren'?t|are not) (?:outside|here|around|about) any ?more\b|"
    # (forty-seventh round) the one who did it gone and the writer unhurt ("a man shout at me, call me foreigner, then he drive away.
    # I am not hurt"); no child, weapon or threat to come beside
    rf"^(?!.*\b(?:kids?|children|child|son|daughter|baby|{_WEAPON_STILL_OUT}|back|again|coming|kill\w*)\b)"
    r"(?=.*\b(?:(?:drove|drive|drives|ran|run|walked|walk|went|cycled|rode|sped) (?:off|away)|(?:he|she|they)(?:'s| is| has|'ve| have| are|'re) (?:gone|left))\b)"
    r".*\b(?:i'?m|i am|im|we'?re|we are) (?:not hurt|unhurt|not injured)\b|"
    # (forty-first round) "nobody about now", "no one around any more"
    # (not with a weapon still out there: "nobody about now, he ran off with a knife towards the park")
    rf"^(?!.*\b(?:{_WEAPON_STILL_OUT})\b).*\b(?:nobody|no one|no-one|noone)(?:'s| is)? (?:about|around|here|there) (?:now|any ?more)\b|"
    # Help being had, all good, far away ("getting support now", "he's getting treatment now", "on licence in another city").
    r"\bgetting (?:support|help|counselling|treatment|therapy)\b|\ball good\b|\bin another (?:city|town|country)\b|"
    # The ones who did it gone before anyone got there ("by the time i got over they'd driven off"); the fire put out
    # ("the fire is out", "the fire's been put out"); a death long since told with a blessing ("he's dead now god rest him").
    r"\bby the time (?:i|we|anyone|the police|police|they) (?:got|arrived|came)\b[^.?!]{0,40}\b(?:gone|driven off|drove off|left|ran off|run off|legged it)\b|"
    r"^(?!.*\b(?:still|again|spreading|another)\b).*\bthe fire(?:'s| is| has been| was) (?:out|put out)\b|"
    # (forty-first round) "all out now" after a pan fire
    r"^(?!.*\b(?:still|again|spreading|another|gun|guns|knife|knives|weapon|blade)\b)(?=.*\b(?:fire|flames?|pan|smoke|burn\w*)\b)"
    r".*\b(?:it'?s|its|all|fire'?s|fire is) (?:all )?(?:out|put out) now\b|"
    r"\b(?:he'?s|she'?s|he is|she is) dead now\W+(?:god rest|rest in peace|rip|may (?:he|she) rest)\b|"
    # "not an emergency" said in so many words ("found a knife in his bag, i've taken it off him, not an emergency")
    r"\b(?:not|isn'?t|is not|no) (?:an? |really an? )?emergency\b|\bnon[- ]?emergency\b|"
    # ... or not an attack or abuse ("i know thats not an attack, is there any help", "it isn't violence, just loud").
    # Only with the "not": a bare "that's abuse" or "it's dangerous" names the harm ("he's smashing the place up, it's
    # dangerous"), and its optional "not" made those read as safe until the fifteenth session.
    r"\b(?:that'?s|thats|it'?s|its|this is|that is|it is) not (?:an attack|abuse|violence|dangerous|a danger)\b|"
    r"\b(?:this|that|it) (?:isn'?t|is not) (?:an attack|abuse|violence|dangerous|a danger)\b|"
    # A scare over: "terrifying but she's absolutely fine", "right as rain", "panic over", "nobody hurt".
    r"\b(?:she'?s|he'?s|they'?re|she is|he is|they are|we'?re|we are|i'?m|im|i am)\s+(?:absolutely|totally|completely|perfectly|all)\s+"
    rf"(?:fine|ok|okay|alright|safe)\b|\bright as rain\b|\bpanic over\b|{_NOBODY_HURT_WORDS}|"
    # ("all sorted" of a wedding or a flight arranged is no safety: "the nikah is all sorted")
    r"(?<!nikah is )(?<!nikkah is )(?<!wedding is )(?<!marriage is )(?<!shaadi is )(?<!flights are )(?<!tickets are )(?<!flight is )"
    r"\ball (?:sorted|fine|ok|okay)\b|"
    # Twenty-fifth round: an incident over in other words ("it got sorted and everyone went home", "things calmed down")
    r"\b(?:it|things|everything|that) (?:got|was|were|has been|have been|all) (?:sorted(?: out)?|calmed down|settled down)\b|"
    r"\b(?:everyone|everybody|they all) went (?:home|back inside|on their way)\b|"
    # Twenty-sixth round: a family that pressed and has accepted it or dropped it now ("they've accepted it now", "my dad
    # has come round to it")
    r"\b(?:they|he|she|my (?:parents|family|mum|mam|dad|father|mother))(?:'ve| have|'s| has) (?:finally )?(?:accepted|come round to|dropped|let go of|given up on) "
    r"(?:it|that|the idea|my (?:choice|decision|no))\b|"
    # "the baby was choking on a grape but she's fine now", with nothing still going on or coming
    r"^(?!.*\b(?:still|outside|again|coming|be back|(?:he|she|they)'?s back|on (?:his|her|their) way)\b).*\b(?:she'?s|he'?s|they'?re|she is|he is|they are)\s+"
    r"(?:fine|ok|okay|alright) now\b|"
    # free to leave: "I can come and go", "I can leave whenever"; "in the refuge now and safe"
    r"\b(?:i|we) can (?:come and go|leave (?:whenever|when ?ever|any ?time|when i want))\b|"
    # (fifty-second round) "Nobody's stopping me leaving, I've just got nowhere to go"
    r"\b(?:nobody|no one|no-one|noone)(?:'s| is) (?:stopping|keeping) (?:me|us) (?:from )?(?:leaving|going|getting out|in)\b(?![^.?!]*\bbut\b)|\b(?:refuge|safe house)\b[^.?!]{0,20}\band safe\b|"
    # (forty-second round) the children with the other parent as the court ordered, nothing feared, kept or taken ("my ex has
    # the kids this weekend like the court order says, they've just texted me they're having pizza")
    r"^(?!.*\b(?:scared|afraid|frightened|hurt\w*|hit\w*|drunk|drinking|drugs?|high|crying|scream\w*|kept|keeping|keep|took|taken|abroad|airport|"
    r"flights?|passport|missing|won'?t|wont|refus\w*|not (?:bring|brought|give|given|back))\b).*\b(?:like|as) the (?:court order|contact order|"
    r"child arrangements? order|court|order|arrangement) (?:says|said|says so)\b|"
    # "I'm ok now", "the kids are fine", "he's in prison", "he's left".
    r"\b(?:i'?m|i am|im|we'?re|we are) (?:ok|okay|alright|fine) now\b|\b(?:the kids|my kids|the children|my children|they)(?:'re| are|re) (?:all )?(?:fine|safe|ok|okay)\b|"
    # one child named ("my daughter is safe with my mum")
    r"\b(?:my|our|the) (?:daughter|son|baby|little one|grandson|granddaughter)(?:'s| is) (?:safe|fine|ok|okay)\b|"
    # ... said of the one named too ("the man who followed me is in prison now"), unless someone else is out or here
    # ("he's in prison now but his brothers are outside")
    r"^(?!.*\b(?:outside|out now|released|let out|his (?:mates|brothers?|friends|family|cousins)|her (?:mates|brothers?|friends|family|cousins)|"
    r"again)\b).*(?:\b(?:he'?s|she'?s|he is|she is|they'?re|they are) (?:still )?in (?:prison|jail|custody|hmp)\b|"
    r"\b(?:is|are) (?:still |now )?in (?:prison|jail|custody) now\b)|"
    # help has come, a release years away (unless he is seen now: "he should be in jail until 2030 and his car is
    # outside")
    r"\b(?:police|officers|paramedics|an ambulance|the ambulance) (?:are|is|'re|have|has) (?:here|arrived|come)\b(?!.*\b(?:still|but|knife|gun|hurt\w*)\b)|"
    r"^(?!.*\b(?:outside|again|just saw|just seen|seen him|saw him|seen her|saw her)\b).*\b(?:until|till|til) (?:at least )?(?:19|20)\d\d\b|"
    r"\b(?:he|she|they)(?:'s| has|'ve| have) (?:gone|left)\W*$|"
    # "..., im ok" as the message's last words
    r",\s*(?:i'?m|im|i am|we'?re|we are) (?:ok|okay|alright|fine|safe)\W*$|"
    # the trip or the wedding called off, with nothing after it ("the trip to pakistan got cancelled")
    # (forty-fourth round: "off for good", and the writer's own shock after it, "still shaking but it's over")
    r"^(?!.*\b(?:but(?! (?:it'?s|its|it is) (?:over|done|finished)\b)|rebook\w*|another|instead|still(?! (?:shaking|shaky|shook|in shock|upset|crying|emotional)\b)|new date|again)\b)"
    r".*(?:\b(?:trip|flights?|wedding|holiday|visit|ceremony|marriage|nikah|engagement|"
    # (forty-sixth round: "the wedding's off for good")
    r"journey|travel)\b[^.?!]{0,45}(?:\b(?:got|has been|have been|was|were|is|are|'s been|been)|(?<=\w)'s) (?:cancelled|canceled|called off|stopped|off for good|off completely)\b|"
    # (forty-fifth round) ... or by the one who called it off, for good ("abbu cancelled the rishta completely ... it's over for good")
    r"\b(?:cancelled|canceled|called off) (?:the|my|her|his) (?:rishta|wedding|nikah|engagement|trip|tickets?|flights?|marriage)\b"
    r"(?=.*\b(?:completely|for good|(?:it'?s|its|it is) (?:over|off|done))\b)|"
    # (fifty-third round) ... or by the one who arranged it, once the writer's no was heard ("told him straight i won't do it and he
    # actually listened, rang them and called it off")
    r"\b(?:listened|backed down)\b[^.?!]{0,40}\b(?:(?:called|cancelled|canceled) (?:it|the (?:whole )?\w+) off|"
    r"(?:cancelled|canceled|called off) the (?:whole )?(?:trip|wedding|rishta|nikah|engagement|thing|match|visit))\b)|"
    # ... or the talk of it long dropped ("there was talk of marrying me off at first but it never went anywhere")
    r"^(?!.*\b(?:again|new date|rebook\w*|this (?:week|weekend|friday|saturday|sunday)|tomorrow|tonight)\b).*\b(?:talk|plans?|idea|mention) of "
    r"(?:marrying (?:me|her|him)(?: off)?|marriage|getting (?:me|her|him) married|a rishta|a wedding)\b[^.?!]{0,60}\b(?:never went anywhere|came to nothing|"
    r"never happened|fizzled out|was dropped|got dropped|died down)\b|"
    # (thirty-first round) the ones who did it charged or convicted, nobody out, back or here now ("they beat up my cousin, hes
    # ok now, they got charged")
    # (twenty-third session: nor someone following or filming the writer now, "he's following me, he was jailed last year")
    r"^(?!.*\b(?:still|again|out now|released|let out|bail|bailed|but|coming|here now|right now|outside (?:my|our|the) (?:house|flat|door|home|window|gate)s?|"
    r"(?:he'?s|she'?s|they'?re|hes|shes|theyre|he is|she is|they are|is|are) (?:following|filming|chasing) (?:me|us))\b)"
    r".*\b(?:they|he|she|them|(?:two|three|four|some|all|both|one) of them)(?:'ve| have|'s| has)? (?:all |both )?(?:got|been|were|was|have been|has been) "
    r"(?:charged|convicted|sentenced|sent down|jailed)\b)",
    re.IGNORECASE,
)


# A promise not to ("i wont hurt myself i promise", "i will never cut myself again"): "won't" is no negation
# elsewhere ("he won't stop hitting me"), so it is read only just before a self-harm act, and only as a will not.
_PROMISED_NOT_TO = re.compile(r"\b(?:won'?t|wont|will not|will never|would never|wouldn'?t|wouldnt)\s+(?:ever\s+|ever again\s+)?$",
                              re.IGNORECASE)
_PROMISE_CAN_SAY_NO_TO = frozenset({"cut_self"})


# Someone else named as the one coming back ("my brother got punched at football, mum's home in 10"): the hurt and
# the return are not the same person's.
_SOMEONE_ELSE_RETURNS = re.compile(
    r"\b(?:(?:my|our|his|her|the) (?:\w+ )?(?:mum|mam|mom|dad|nan|gran|grandad|grandma|sister|brother|son|daughter|wife|husband|partner|"
    r"friend|mate|carer|neighbou?r|teacher|boss|flatmate|housemate|landlord|lodger|police|officers?|support worker|social worker|nurse|"
    r"doctor|paramedics?|ambulance|taxi|lift)|(?:mum|mam|mom|dad|nan|police|the ambulance))(?:'s|s| is| are| will|'ll| should| be| gets| comes)\b",
    re.IGNORECASE)


# Excusing frames of the thirteenth round (sets 13 and 14 read): a threat denied a few words before ("he's never
# actually said he'll kill me"); bleeding seen to ("blood everywhere, he's fine, stitched up at the LRI"); pills
# eaten by a pet ("the dog ate a whole packet of my ibuprofen"); an overdose of sweets ("overdosed on Quality
# Street"); someone else's self-harm asked about as a what-if ("what do i do if my friend tells me shes thinking of
# hurting herself"); a lock-in by accident or undone ("got locked in the church hall by accident, the caretaker let me
# out"), or denied ("I'm not locked in").
_THREAT_DENIED = re.compile(r"\b(?:never|not|hasn'?t|hasnt|has not|didn'?t|didnt|did not|doesn'?t|doesnt|does not|wouldn'?t)\s+"
                            r"(?:ever\s+|actually\s+|really\s+|even\s+|once\s+)*(?:said|says|say|threatened|told me|tells me)\s+(?:that\s+)?"
                            r"(?:he|she|they|he'?d|she'?d|they'?d|he'?s|she'?s)?\s*$", re.IGNORECASE)
# A scare that came to nothing ("I thought someone was breaking in, turned out fine", "panic over").
_FALSE_ALARM = re.compile(r"\bturned out (?:fine|ok|okay|alright|all right|to be nothing|to be the (?:wind|cat|dog|neighbours?|builders?))\b|"
                          r"\bfalse alarm\b|\bpanic over\b", re.IGNORECASE)
# (fifty-second round) A scare checked and found to be nothing, or put down to an everyday smell or noise nearby.
_SCARE_CHECKED = re.compile(r"\bthere'?s no (?:petrol|smoke|fire|gas|flames?|one|body|knife|gun|blood)\b[^.?!]{0,20}\b(?:i|we|they|the police|police) "
                            r"(?:checked|looked|have checked|'ve checked|searched)\b|"
                            r"\b(?:it|that) was (?:only |just )the (?:smell|noise|sound|smoke|bang|bangs) (?:from|of) (?:the |a |our |my )?(?:\w+ )?"
                            r"(?:garage|neighbou?rs?'?|next door|bbq|barbecue|bonfire|road|street|car|van|bus|kitchen|takeaway|chippy|fireworks?|works|building site)\b",
                            re.IGNORECASE)
_SEEN_TO = re.compile(r"\b(?:stitched|patched|glued|bandaged|strapped) up\b|\bhad (?:\d+ |a few |some )?stitches\b", re.IGNORECASE)
_ANIMAL_DID_IT = re.compile(r"\b(?:the|my|our|her|his) (?:dog|cat|puppy|pup|kitten|rabbit|hamster|parrot|horse|pony|goat|ferret)s?\s+"
                            r"(?:has\s+|had\s+|have\s+|just\s+|must have\s+|might have\s+)*$", re.IGNORECASE)
_SWEETS_OVERDOSE = re.compile(r"\boverdos\w* on (?:the |my |our |all the |too much |a )?(?:\w+ )?(?:chocolates?|sweets|quality street|celebrations|"
                              r"roses|heroes|mince pies|cake|biscuits|crisps|pizza|sugar|turkey|christmas dinner|telly|netflix|tv|sun|"
                              # a drink as a joke (twenty-second round: "overdosed on coffee before my shift lol")
                              r"coffee|caffeine|tea|espresso|energy drinks?|red bull|monster|coke|pepsi|fizzy drinks?|carbs|chips|cheese|"
                              # (forty-first round) "overdosed on revision lol"
                              r"revision|revising|work|studying|homework|exams?|gym|cardio|reality tv|tiktok|youtube)\b",
                              re.IGNORECASE)
# A thing locked away, not a person ("licensed and locked in the cabinet"); a cupboard can hold a child, so is not in it.
_LOCKED_AWAY = re.compile(r"^\s*(?:the|a|an|his|her|my|their|its|our) (?:gun |metal |steel |medicine |pill |key |cash |little |small )?"
                          r"(?:cabinet|safe|strongbox|lockbox|drawer|locker|case|box(?! ?room)|tin)\b",
                          re.IGNORECASE)
# A cut by accident ("cut myself shaving"), told right after it.
_CUT_BY_ACCIDENT = re.compile(r"^\s*(?:shaving|cooking|chopping|peeling|slicing|gardening|on (?:a|the|some) (?:tin|can|lid|glass|paper|knife|blade|razor))\b",
                              re.IGNORECASE)
# (forty-sixth round) ... or a limb cut open on a stud, a nail or a fence, or at a sport ("cut my leg open on a stud at rugby
# saturday, had 4 stitches"), nothing meant said after it
_OPENED_BY_ACCIDENT = re.compile(r"^\s*(?:on (?:a|an|the|some) (?:\w+ )?(?:studs?|nail|fence|barbed wire|wire|rock|stone|bracket|corner|skate|glass)|"
                                 r"(?:at|playing) (?:rugby|football|footy|hockey|training|practice))\b(?![^.?!]*\b(?:on purpose|meant to|deliberately)\b)",
                                 re.IGNORECASE)
# A thought of self-harm told with a promise not to act on it ("sometimes i think about hurting myself but im not going to").
_THOUGHT_OF = re.compile(r"\b(?:think(?:ing)?|(?:had |have had |'ve had |ve had )?thoughts?) (?:about|of)\s+$", re.IGNORECASE)
_NOT_ACTING_ON_IT = re.compile(r"^[^.?!]{0,12}\b(?:but )?(?:i'?m|im|i am) not (?:going to|gonna)(?! be\b)(?: do it| act on it)?\s*(?:[,.;!]|$)|"
                               # (forty-fifth round) thoughts had before, not now ("thoughts about hurting myself before but not now")
                               r"^\s*(?:in the past |before |years ago |a while ago )?but not (?:now|any ?more|these days|lately|at the moment)\b|"
                               r"^[^.?!]{0,12}\b(?:but )?i (?:won'?t|wont|will not|would never)(?: do it| act on it)?\s*(?:[,.;!]|$)", re.IGNORECASE)
# A question about a later time ("what should i do if i feel like hurting myself in the future").
_SOMEDAY = re.compile(r"\bin (?:the )?future\b|\bif i ever\b|\bever again\b|\bone day\b", re.IGNORECASE)
# ... or the self-harm named inside the condition itself ("who do i call if i start feeling like harming myself again").
_INSIDE_A_CONDITION = re.compile(r"\bif (?:i|we)\b[^.?!,;]*$", re.IGNORECASE)
# Whose threat to kill is a figure of speech: a boss or teacher "going to kill me for being late".
_EVERYDAY_KILL_ME = re.compile(r"\b(?:boss|manager|supervisor|gaffer|teacher|coach|tutor|lecturer|head ?teacher)(?:'s| is| will| would)?\s+(?:\w+\s+)?$|"
                               # a parent's "she'll kill me if i fail my exams"
                               r"\b(?:mum|mam|mom|mother|dad|father|nan|gran|nana|nanna|parents|mum and dad|brother|sister|bro|sis)\b[^.?!,]{0,15}\b(?:he|she|they)$",
                               re.IGNORECASE)
_FOR_A_SLIP = re.compile(r"^\s*(?:for|if (?:i'?m|im|i am)) (?:being late|late|not|forgetting|losing|missing|breaking|turning up|coming in)\b|"
                         r"^\s*if (?:i|we) (?:fail|flunk|don'?t pass|dont pass|crash|dent|scratch|lose|break|miss|forget|spend|ruin|come home late)\b|"
                         # ... or if a thing of theirs is touched or used ("if i touch his playstation again"); never "if i tell"
                         r"^\s*if (?:i|we) (?:touch|use|borrow|eat|wear|nick|take|finish|go in|read|move|drink) (?:his|her|their)\b|"
                         # ... or for a thing of theirs used ("for eating his chocolate", "for nicking her charger")
                         r"^\s*for (?:eating|nicking|taking|borrowing|using|breaking|losing|finishing|drinking|wearing|touching|spoiling) (?:his|her|their|the|my)\b|"
                         # (forty-sixth round) ... or because it was ("he'll kill me cos I ate his shawarma")
                         r"^\s*(?:cos|coz|cuz|because|bc) (?:i|we) (?:ate|touched|used|borrowed|nicked|took|finished|wore|broke|drank|moved|scratched|lost) (?:his|her|their)\b",
                         re.IGNORECASE)
_FIRST_PERSON_THREAT = re.compile(r"\b(?:i'?m|im|i am|i'?ll|ill|i will)\s+(?:going to|gonna|gunna|literally\s+|actually\s+|so\s+)*\s*"
                                  r"(?:kill|murder|strangle|throttle)\b", re.IGNORECASE)
# Taken back: "he was released yesterday but he's been recalled ... he's back inside".
_BACK_INSIDE = re.compile(r"\b(?:been|got|was|is) recalled\b|\brecalled to (?:prison|custody|jail)\b|\b(?:re-?arrested|remanded)\b|"
                          r"\bback (?:inside|in (?:prison|jail|custody|the nick))\b(?! (?:my|our|the (?:house|flat|garden|building)))", re.IGNORECASE)
# The ones who attacked the home taken away by the police ("police came and arrested the men who were kicking the door").
# (The arrest may come a clause after the police arrive: "police came while they were kicking it in, they've arrested
# two of them"; or the one who threatened taken: "the police took him, he's in custody till monday".)
_ARRESTED_THEM = re.compile(rf"{_THE_POLICE}[^.?!]{{0,80}}\b(?:arrested|took (?:him|her|them|the \w+)(?: away)?|nicked (?:him|her|them))\b|"
                            # (thirty-third round) held since by the court ("he's remanded in custody now")
                            r"\b(?:he'?s|she'?s|they'?re|hes|shes|theyre|he is|she is|they are|he was|she was|they were|been) (?:now )?(?:been )?(?:remanded|in custody|on remand)\b",
                            re.IGNORECASE)
# ... unless others are still at it ("police arrested him but his mates are still kicking the door").
_MORE_OF_THEM = re.compile(r"\b(?:still|again|others?|another|more of them|back|(?:his|her|their) (?:mates|friends|brothers?|family|cousins|sons?|gang)|"
                           # ... or let go again ("they took him but he's out now", "released", "on bail")
                           r"(?:he'?s|she'?s|they'?re|hes|shes|been|let|got) (?:out|released)|bail)\b",
                           re.IGNORECASE)
_SOMEONE_ELSES_SELF_HARM = re.compile(r"\b(?:herself|himself|themselves|(?:her|his|their) wrists?)\b", re.IGNORECASE)
# (forty-sixth round) Locked in by a gate's hours, no one locking anyone ("locked in the truck park overnight because gate close at
# 10, security open at 6"), not "he's locked me in the shed, the gate closes at 10"
_LOCKED_IN_BY_THE_HOURS = re.compile(r"^(?!.*\b(?:he|she|they|someone|somebody|him|her|them)(?:'s|s| has| have|'ve)? (?:locked|locks|locking|lock)\b)"
                                     r".*\b(?:gates?|barriers?) (?:close|closes|closed|shut|shuts|lock|locks|locked) (?:at|till|until|overnight)\b", re.IGNORECASE)
_LOCK_IN_UNDONE = re.compile(r"\b(?:by accident|accidentally|by mistake)\b|\b(?:caretaker|janitor|security|staff|someone|somebody|neighbou?r|"
                             r"locksmith|fire brigade|firefighters?|manager)\s+(?:came and |come and |had to )?let (?:me|us) out\b|"
                             # (thirty-third round) got out by others since ("stuck in the lift an hour, they got me out")
                             r"\b(?:they|someone|somebody|he|she|firemen|firefighters|engineers?|staff|security)\s+(?:finally |eventually )?(?:got|get) (?:me|us) out\b", re.IGNORECASE)
_NOT_LOCKED_IN = re.compile(r"\b(?:i'?m|im|i am|we'?re|we are|she'?s|she is|he'?s|he is|i was|we were)\s+not\s+(?:being\s+)?$|"
                            r"\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|never been|not been)\s+$|(?:^|[,;.:]\s*)not\s+$|"
                            r"\b(?:never|didn'?t|didnt|did not|doesn'?t|doesnt|does not|hasn'?t|hasnt|has never|have never)\s+(?:ever\s+|actually\s+|once\s+)?$|"
                            # nobody is ("nobody is locked in or anything")
                            r"\b(?:nobody|no one|no-one|noone)(?:'s| is| are| was| were| gets?| got| has been| have been)?\s+(?:being\s+|actually\s+|really\s+)?"
                            r"(?:\w+\s+(?:in\s+|up\s+)?or\s+)?$",
                            re.IGNORECASE)


# Children squabbling ("my 6 year old says she's going to kill her brother if he touches her lego again", "the twins
# are threatening to murder each other over the remote"): a child's threat to a brother, a sister or each other, with
# no weapon, nothing urgent and nobody hurt in it.
_SIBLINGS_SQUABBLE = re.compile(
    r"^(?!.*\b(?:knife|knives|blade|gun|weapon|scissors|hammer|bat|hurt\w*|bleed\w*|blood|help|scared|terrified|right now|actually|really|"
    # (thirty-fourth round: a son who gave his brother his things "won't need them any more" is no squabble)
    r"strangling|choking|hitting|punching|kicking|do something|(?:won'?t|wont|will not) need)\b)"
    r"(?=.*\b(?:my|our|the) (?:\d+ ?(?:year|yr) old|son|daughter|grandson|granddaughter|twins|kids|children|boys|girls|little one|youngest|eldest|"
    r"middle one|lad|lass|toddler|teenager)s?\b)"
    r"(?=.*\b(?:(?:his|her|their) (?:little |big |younger |older |baby |twin )?(?:sister|brother|sibling)s?|each other|one another)\b)", re.IGNORECASE)
_SQUABBLE_THREATS = frozenset({"threat_to_kill", "says_im_dead"})


def _squabble_between_siblings(text: str) -> bool:
    """Children and a brother or sister with no danger word: a squabble, unless a marriage or a girl's cutting is in it
    (fifty-first round: "took our daughter to Egypt ... his sister just texted me they're doing her tahara" is the
    father's sister, no squabble)."""
    return (bool(_SIBLINGS_SQUABBLE.search(text)) and not _MARRIAGE.search(text)
            and not _A_GIRL_CUT.search(_HAIR_CUT.sub(" ", text)) and not _TAHARA.search(text))


_TAHARA = re.compile(r"\b(?:tahara|tahaara)\b", re.IGNORECASE)


# Someone breaking into their own home, locked out ("my flatmate kicked the door in when she lost her key"): no one's
# attack, unless fear, a threat, a weapon, blood or someone feared is in the message too.
_LOCKED_OUT_OF_THEIR_OWN = re.compile(r"\b(?:lost|forgot|forgotten|left|snapped|broke) (?:her|his|my|their|our|the) (?:door |front door |house )?keys?\b|"
                                      r"\blocked (?:herself|himself|themselves|myself|ourselves) out\b", re.IGNORECASE)
# (forty-first round) Trouble at home told as a laugh ("kicked the door in cos he locked himself out lol mums gonna kill him").
_IN_TROUBLE_AT_HOME = re.compile(r"\b(?:mum|mam|mom|mummy|dad|nan|gran|nana|wife|missus|boss|teacher)'?s? (?:is )?(?:gonna|going to|will|gon|gunna) "
                                 r"(?:kill|murder) (?:him|her|me|us|them)\b", re.IGNORECASE)


def _without_trouble_laughed_off(text: str) -> str:
    return _IN_TROUBLE_AT_HOME.sub(" ", text) if _JOKE.search(text) or _LAUGHING.search(text) else text


_DANGER_BESIDE = re.compile(r"\b(?:scared|afraid|terrified|frightened|petrified|threat\w*|kill\w*|hurt\w*|knife|knives|weapon|gun|blood|bleed\w*|"
                            r"help|ex|abuser|stalker|drunk|screaming|shouting|raging|police|999)\b", re.IGNORECASE)


# A harm to oneself asked about ("my midwife asked if i ever hurt myself"): the words just before the match.
_ASKED_IF_I_EVER = re.compile(r"\b(?:asked|asks|asking|ask)(?: me)? (?:if|whether) (?:i|we)(?: (?:ever|have ever|had ever|ever have))?\s*$", re.IGNORECASE)
# Shut in with one's own study ("im literally locked in for a levels til june", "locked in with my dissertation").
_LOCKED_IN_TO_STUDY = re.compile(r"^\s*(?:for|with|on|till|until|doing|revising)\s+(?:my |the |these |our )?(?:a[- ]?levels|gcses|exams?|mocks|revision|"
                                 r"finals|dissertation|coursework|essays?|thesis|assignments?|deadlines?|uni work|studying)\b", re.IGNORECASE)
# Trapped in a way of life, not a place ("i'm trapped in this job", "trapped in a cycle of debt"): the place a person
# is shut in ("trapped in the house") stays danger, and so does anything else that fires beside it.
_TRAPPED_IN_A_SITUATION = re.compile(
    r"\s+in\s+(?:this|that|my|a|an|the|his|her|our|their)\s+(?:\w+\s+){0,2}?(?:job|jobs|career|marriage|relationship|life|lifestyle|cycle|"
    r"situation|contract|lease|tenancy|debt|overdraft|mortgage|loop|rut|routine|town|village|course|degree|body|head|mind|thoughts|"
    r"friendship|group chat|pattern|habit|role|position|"
    # (thirty-first round) the day's hold-ups ("trapped in this traffic", "trapped in a meeting")
    r"traffic|jam|tailback|queue|meeting|meetings|lecture|seminar|call|roadworks)\b", re.IGNORECASE)


# Excusing frames of the seventeenth round (sets 21 and 22 read). A brother, a sister, a child or a flatmate kicking a
# door in a laughing squabble ("my brother is kicking my door cos i took his charger lol"), with nothing feared beside.
_HOUSEHOLD = re.compile(r"\b(?:my|our) (?:little |big |younger |older |kid |baby |twin |teenage )?(?:brother|sister|bro|sis|son|daughter|kids?|"
                        r"teenager|flatmate|housemate|roommate|room mate)\b", re.IGNORECASE)
# ... the act done to a thing of the house ("is kicking my door"), not to anyone.
_AT_A_THING = re.compile(r"\s+(?:the|my|our|his|her|their) (?:\w+ )?(?:door|doors|wall|walls|window|gate|fence|bin|bins|chair|table|wardrobe)\b",
                         re.IGNORECASE)
# Kept in by a thing, not a person: a broken lift or stairlift ("the lift has been broken 3 weeks so i cant get out in
# my chair").
_STUCK_BY_A_THING = re.compile(r"\b(?:lift|lifts|elevator|stair ?lift|ramp)\b[^.?!]{0,30}\b(?:broken|broke|bust|out of order|not working|stuck|"
                               r"(?:isn'?t|is not|aren'?t) working|broken down)\b|\b(?:broken|bust) (?:lift|elevator|stair ?lift)\b|"
                               # (forty-second round) a queue of cars ("stuck in traffic on the M1 for 3 hours, can't get out of this queue")
                               r"\b(?:stuck|sat|sitting|queuing|queueing) in (?:the |this |a |bad |heavy |awful )?(?:traffic|queue|tailback|jam|roadworks)\b|"
                               r"\b(?:traffic jam|tailback|gridlock\w*)\b|"
                               # (forty-second round) a shutter or a lock jammed ("shutter's jammed again ... going out the back way")
                               r"\b(?:shutters?|roller shutter)(?:'s|s| is| has| keeps| has been)? (?:\w+ )?(?:jammed|stuck|seized)\b(?! (?:shut )?by\b)|\b(?:stuck|sat|sitting|queuing|queueing) (?:on|in) (?:the )?(?:[am]\d+|motorway|ring road|bypass|"
                               r"dual carriageway)\b|"
                               # (forty-sixth round) snow or a flood ("cant leave house today. snow. wigston bus stop")
                               # (no one keeping them in beside it: "cant leave the house, hes locked the door and its snowing")
                               r"^(?!.*\b(?:lock\w*|won'?t let|wont let|will not let|keep\w* (?:me|us)|kept (?:me|us)|hold\w* (?:me|us)|held|he|she|they|him|them)\b)"
                               r".*\b(?:snowed (?:in|up)|snow|snowing|blizzard|icy|ice on the roads|flood(?:ed|ing|s)?)\b", re.IGNORECASE)
# (forty-sixth round) A window cracked by the frost or broken by a ball, nothing thrown nor feared ("mi bedroom window crack from di
# frost, landlord fi come fix it", "window broken. football. boy next door. he say sorry")
_WINDOW_BROKEN_BY_A_THING = re.compile(r"^(?=.*\b(?:window|windows|glass|pane|windscreen)\b)(?=.*\b(?:crack\w*|broke|broken|smash\w*|shatter\w*|through (?:the|our|my|a|his|her|their) window)\b)"
                                       r"(?=.*\b(?:frost|frozen|the cold|ball|football|footy|cricket|golf ball|stone chip|hail)\b)"
                                       r"(?!.*\b(?:threw|thrown|throw\w*|lobbed|brick|bricks|stones|on purpose|deliberate\w*|again|scare\w*|afraid|help|now|"
                                       r"tonight|gang|they|them|kept|keeps?)\b)", re.IGNORECASE)
_CANT_GET_OUT_SAID = re.compile(r"\b(?:can'?t|cant|cannot) (?:get out|leave (?:the )?(?:house|home|flat|village))\b", re.IGNORECASE)
_CANT_GET_OUT = re.compile(r"(?:can'?t|cant|cannot) (?:get out|leave)$", re.IGNORECASE)


# Excusing frames of the eighteenth round (sets 23 and 24 read). A thing that choked someone when it caught ("my lanyard
# near strangled me when it caught in the cage"), the thing itself the one that did it.
_A_THING_DID_IT = re.compile(r"^(?!.*\b(?:grabb|pull|twist|tighten|wrapp|yank|tugg)\w*)(?=.*\b(?:lanyard|scarf|tie|necklace|hood|strap|cord|lead|seatbelt|collar|"
                             r"chain|drawstring|headphones?|cable)\s+(?:(?:near|nearly|almost|just|has|had|have|literally|actually|proper|half|basically)\s+){0,2}$)",
                             re.IGNORECASE)
_CAUGHT_ON = re.compile(r"\b(?:caught|catching|snagged|stuck|tangled|trapped)\b", re.IGNORECASE)
# "On fire" as a figure of speech: a mouth after a chilli, legs after the gym, a worker or a player doing well ("the
# new lad is on fire, picked 400 cases 🔥"), with nothing of a real fire (a building, smoke, flames) nor danger beside.
_FIRE_AS_A_FIGURE = re.compile(r"\b(?:mouth|tongue|lips|throat|belly|stomach|chest|legs|calves|thighs|muscles|feet|skin|eyes|bum|arse)\s+"
                               r"(?:is |are |'s |'re |was |were )?(?:still |proper |literally )?(?:on fire|burning)\b|"
                               # food or a song that "was fire" (very good, in slang); (forty-sixth round) a haircut too ("my skin fade is fire")
                               r"\b(?:curry|food|chilli|chili|wings|kebab|biryani|burger|pizza|chips|sauce|takeaway|dinner|tea|meal|scran|grub|tune|track|song|album|set|fit|outfit|drip|trim|garms|"
                               r"fade|skin fade|haircut|cut|line ?up|beard|trainers|kicks|creps)\b"
                               r"[^.?!]{0,30}\b(?:was|is|'s|were|are) (?:proper |pure |absolute |so |actually )?fire\b|"
                               r"\bon fire\b(?=[^.?!]*(?:🔥|\b(?:picked|scored|goals?|hat[- ]?tricks?|wickets?|sales|an hour|a minute|streak|form)\b))",
                               re.IGNORECASE)
_A_REAL_FIRE = re.compile(r"\b(?:smoke|smoky|flames?|petrol|lighter|matches|trapped|inside|house|flat|home|kitchen|bedroom|room|building|car|van|"
                          r"caravan|trailer|shed|barn|door|curtains|bins?|sofa|bed|999|help)\b", re.IGNORECASE)


def _fire_as_a_figure(text: str) -> bool:
    return bool(_FIRE_AS_A_FIGURE.search(text)) and not _A_REAL_FIRE.search(text) and not _REAL_DANGER_BESIDE.search(text)


# Food burnt, laughed about ("the kitchen is on fire lol, burnt the rice again"): a cook's fire, unless someone is
# trapped, it spreads, help is asked for or someone set it.
_FOOD_BURNT = re.compile(r"\bburn(?:t|ed|ing)? (?:up )?(?:(?:the|my|our|his|her) (?:\w+ )?|(?=toast|rice|chips|food|popcorn|bacon|pizza|dinner|tea\b))(?:dinner|tea|toast|rice|jollof|curry|chips|food|pizza|pan|pot|cake|sauce|stew|"
                         r"chicken|bacon|sausages?|porridge|beans|onions|garlic|biscuits|roast|breakfast|lunch|noodles|pasta|eggs?|popcorn|chapatis?|rotis?|"
                         # snacks and breads of many kitchens ("burnt the pakoras again")
                         r"pakoras?|bhajis?|samosas?|parathas?|naans?|puris?|dosas?|plantain|fish|steak|burgers?|pies?|lasagne|pancakes?|muffins?|bread)\b|"
                         # (forty-first round) a kitchen nearly set alight by the cooking ("nearly set the kitchen on fire doing chips lol")
                         r"\b(?:nearly|almost) (?:set|setting) (?:the|my|our) (?:kitchen|pan|chip pan|oven|hob|cooker|grill|toaster|microwave) on fire\b"
                         r"(?=[^.?!]{0,30}\b(?:doing|making|cooking|frying|with)\b)",
                         re.IGNORECASE)
_FIRE_DANGER_BESIDE = re.compile(r"\b(?:help|trapped|can'?t get out|cant get out|spreading|fire brigade|999|scared|terrified|petrol|set fire|started it|did it|"
                                 r"smoke everywhere|flames up)\b", re.IGNORECASE)


# (thirtieth round) ... or the smoke alarm set off by it, all calm after ("set the smoke alarm off burning toast, all calm
# now")
_SMOKE_ALARM = re.compile(r"\b(?:smoke|fire) alarm\b", re.IGNORECASE)


def _food_burnt(text: str) -> bool:
    return (bool(_FOOD_BURNT.search(text)) and bool(_JOKE.search(text) or _LAUGHING.search(text) or _WEARY.search(text) or _SMOKE_ALARM.search(text)
                                                    or _ALL_RIGHT_SAID.search(text))
            and not _FIRE_DANGER_BESIDE.search(text))


# (fifty-first round) the burnt food's scare said to be over ("the housing man come and say everything alright")
_ALL_RIGHT_SAID = re.compile(r"\b(?:everything|everyting|all|it)(?:'s| is| was)? (?:alright|all right|ok|okay|fine|good|safe)\b", re.IGNORECASE)


_FIRE_WORDS = re.compile(r"\b(?:lit|light(?:ing|ed)?|fire|flames?|smoke|smoking|burn\w*|going up|petrol|alight)\b", re.IGNORECASE)


def _kept_in_by_a_thing(text: str, matched: str) -> bool:
    """A "can't get out" that a broken lift explains, with no real danger beside: for the patterns and present_harm."""
    return bool(_CANT_GET_OUT.match(matched) and _STUCK_BY_A_THING.search(text)) and not _REAL_DANGER_BESIDE.search(text)
# Held as a likeness ("lockdown felt like being held hostage"), in the match's own clause.
# ... or a feeling ("i'm agoraphobic so i feel trapped in my flat").
_LIKENED = re.compile(r"\b(?:felt|feels?|feeling|seemed|seems|looked|looks) (?:like|as if|as though)\b[^.?!,;]{0,25}$|"
                      r"\b(?:felt|feels?|feeling) (?:so |really |very |a bit |kind of |kinda |totally |completely )?$", re.IGNORECASE)
# Found by someone who only wrote ("my old landlord found my new address but he only sent a letter about the deposit").
_ONLY_WROTE = re.compile(r"\b(?:only|just) (?:sent|posted|wrote|emailed|dropped (?:off|round)|put through)\b[^.?!]{0,30}\b(?:letter|card|note|email|"
                         r"invoice|bill|reminder|parcel|leaflet)s?\b", re.IGNORECASE)


# Excusing frames of the sixteenth round (sets 19 and 20 read). A break-in inside a condition asked about ("what would
# happen if someone tried breaking in while i'm at work"), with no now, fear, threat, weapon or blood in the message;
# "if he's breaking in" (what is going on now) is not one.
_INSIDE_A_WHAT_IF = re.compile(r"\b(?:if|in case|suppose|supposing|imagine)\s+(?:\w+\s+){0,3}?(?:tried|tries|try|ever|were|was|did|does|"
                               # (the plural's bare verb too: "what if they come back and put my windows in again")
                               r"broke|breaks|break|came|comes|come|started|starts|start|decided|decides|decide)\b[^.?!,;]*$", re.IGNORECASE)
# (fiftieth round) An attack on the home feared again, as it was done before, nothing now or urgent beside the fear ("im scared
# theyll come back and put the windows in again like they did at Easter"): the fear's "again" is no now.
_A_REPEAT_FEARED = re.compile(rf"\b(?:i'?m |im |i am |we'?re |we are )?(?:{_FEAR_WORDS}|worried) (?:that )?(?:they|he|she)"
                              r"(?:'ll|ll| will| might| are going to| is going to| are gonna| is gonna) [^.?!,;]*?\bagain\b"
                              r"(?: like (?:they|he|she) did(?: (?:at|in|on|over|last) [\w ]{1,20}?)?| like (?:last time|before)| as (?:before|last time))?"
                              r"(?=$|[.?!,;]| and\b| but\b)", re.IGNORECASE)
# (fiftieth round) Someone readying to answer another's self-harm, as a volunteer or a friend ("What should I say if a caller tells
# me she's taken an overdose? I've just started volunteering on a helpline"): the words before the match.
_READY_TO_ANSWER = re.compile(r"\b(?:what (?:should|do|would|can|could) (?:i|we) (?:say|do)|how (?:should|do|would|can|could) (?:i|we) "
                              r"(?:respond|react|reply|answer|help))(?: to (?:them|her|him))? (?:if|when) "
                              # someone yet to come, not one they know ("if he tells me he's taken an overdose, he's texting me now")
                              r"(?:a|an|any|one of (?:my|the|our)|someone|somebody|anyone|anybody|people) (?:\w+ ){0,2}?"
                              r"(?:tells?|says?|texts?|messages?|admits?|discloses?|mentions?)(?: (?:me|us))?(?: that)? [^.?!]*$", re.IGNORECASE)


# (fiftieth round, _excused) an attack on the home only thought so, its noise explained straight after
_AT_THE_HOME = re.compile(r"\s+(?:the|my|our|his|her|their) (?:\w+ )?(?:house|home|flat|shop|car|door|doors|window|windows|gate|fence)\b", re.IGNORECASE)
_ONLY_THE_NOISE_OF = re.compile(r"[^.?!]{0,20}?\bbut (?:it'?s|its|it is|it was|they'?re|theyre|they are) (?:just|only) (?:the |some |a )?(?:\w+ )?"
                                r"(?:fireworks?|celebrations?|diwali|bonfire night|new year|guy fawkes|eid|party|parties|wedding|music|kids|wind|"
                                r"thunder|rain|builders?|bins?|foxes|cats?)\b", re.IGNORECASE)


def _only_a_repeat_feared(text: str, match: re.Match[str]) -> bool:
    """The match inside a feared repeat (_A_REPEAT_FEARED), and nothing now, urgent or dangerous outside the fear."""
    for fear in _A_REPEAT_FEARED.finditer(text):
        if fear.start() <= match.start() and match.end() <= fear.end():
            rest = text[: fear.start()] + " " + text[fear.end() :]
            return not (_says_now(rest) or _URGENT_NOW.search(rest) or _REAL_DANGER_BESIDE.search(rest) or _PRESENT_CUE.search(rest))
    return False


# Fear, a weapon, blood or a plea: real danger beside words that would otherwise be excused. A threat's own excuse
# (_FEAR_OR_WEAPON, below) reads these without the threat words, which every threat has.
_FEAR_OR_PLEA_WORDS = rf"{_FEAR_WORDS}|blood|bleed\w*|help me|please help|hiding|screaming"
_FEAR_WEAPON_OR_PLEA = rf"{_FEAR_OR_PLEA_WORDS}|knife|knives|weapon|gun"
_REAL_DANGER_BESIDE = re.compile(rf"\b(?:{_FEAR_WEAPON_OR_PLEA}|threat\w*|kill\w*|hurt\w*)\b", re.IGNORECASE)
# A vow for the future ("i will never let a man put his hands on my neck again"), in the match's own clause.
_VOWED_NEVER = re.compile(r"\b(?:(?:i|we)(?:'ll| will| would|'d| am going to|'m going to| am gonna|'m gonna| gonna)? never (?:ever )?(?:again )?let|"
                          r"never again (?:will|would|do) (?:i|we) let)\b(?:(?!\b(?:but|and|so)\b)[^.?!,;])*$", re.IGNORECASE)
# Self-harm denied in so many words ("no thoughts of harming myself", "no plans to hurt myself").
_NO_THOUGHTS_OF = re.compile(r"\bno (?:thoughts?|intention|intent|plans?|urges?|desire|wish|wishes)\s+(?:of|to|about)\s+$", re.IGNORECASE)


# Excusing frames of the nineteenth round (sets 25 and 26 read). A break-in it only sounds like, with a laugh or building
# work ("neighbour doing DIY and it sounds like someones breaking in haha"); "sounds like someone's breaking in, i'm scared" stays.
_SOUNDS_LIKE = re.compile(r"\b(?:sounds?|sounded|sounding) (?:like|as if|as though)\b[^.?!,;]{0,25}$", re.IGNORECASE)
# Found by a grandparent, an aunt or an old friend who sent a card or a present ("my gran found where i live and sent me a
# birthday card"), with nothing feared beside.
_KIND_FINDER = re.compile(r"\b(?:my|our) (?:gran|nan|nanna|nana|nanny|grandma|granny|grandad|grandpa|grandmother|grandfather|auntie|aunty|aunt|"
                          r"godmother|godfather|old (?:school )?(?:friend|mate|teacher))\b", re.IGNORECASE)
_KIND_ACT = re.compile(r"\b(?:sent|send|sends|brought|posted|dropped off|left|gave)\b[^.?!]{0,25}\b(?:cards?|presents?|gifts?|flowers|cake|parcel)\b",
                       re.IGNORECASE)
# A marriage or cutting asked about as a what-if ("if my family tried to take me abroad to marry, could police stop them
# at the airport? just asking for the future"): the "soon" words are the condition's, with nothing now or feared.
_WHAT_IF_ASKED = re.compile(r"\bif (?:my|his|her|their|the|they|he|she|someone|anyone|anybody) (?:\w+ ){0,2}(?:tried|tries|try|ever|were|was|decided|"
                            r"decides|wanted|wants|planned|plans)\b(?=.*(?:\?|\b(?:just asking|for the future|in (?:the )?future|for future reference|"
                            r"hypothetical\w*)\b))", re.IGNORECASE)


# Excusing frames of the twentieth round (sets 27 and 28 read). A threat said by someone confused by dementia ("grandad has
# alzheimers and keeps telling the nurses he'll shoot them"), with no weapon, fear or blood beside.
_CONFUSED_BY_ILLNESS = re.compile(r"\b(?:dementia|alzheimer'?s|alzheimers|alzheimer)\b", re.IGNORECASE)
_FEAR_OR_WEAPON = re.compile(rf"\b(?:{_FEAR_WEAPON_OR_PLEA}|999)\b", re.IGNORECASE)
# Made to do something else at a wedding than marry ("my
# aunty is forcing me to dance at the wedding this weekend"): the only force the message has.
_FORCED_TO_DO_ELSE = re.compile(r"\b(?:forced|made|making me|have|had|got|(?:forcing|forces|force|making|makes|make) (?:me|us|her|him)) to (?:go|attend|come|turn up|sit through|show up) (?:to )?(?:(?:my|our|his|her|their|a|the) )?"
                                r"(?:\w+'?s? )?(?:wedding|nikah|mehndi|reception|engagement party)\b|"
                                r"\b(?:forc\w*|making|make|made) (?:me|her|him|us|everyone|everybody) (?:to )?(?:dance|sing|eat|wear|dress up|"
                                r"give a speech|make a speech|do (?:a|the|my|her) (?:dance|speech|makeup|make up|hair|photos)|help (?:with|out)|"
                                r"cook|clean|serve|pose|smile|sit (?:through|with)|learn (?:the|a) (?:dance|song|steps))\b|"
                                # (thirty-third round) "made me wonder", "makes me think": a thought, not force
                                r"\b(?:made|makes|make|making) (?:me|us|her|him) (?:wonder|think|realise|realize|laugh|question|curious)\w*|"
                                # a guest dragged along ("two lads moaning about being dragged to a wedding"), not to her own
                                r"\b(?:being |getting |been )?dragged (?:along )?to (?:a|an|another|some|(?:my|our|his|her|their) \w+'?s) (?:\w+ )?(?:wedding|nikah|mehndi|reception|engagement party)\b|"
                                # (thirty-ninth round) the day's nerves, the only fear the message has ("scared I forget the words",
                                # "terrified I'll trip on my lehenga"): a fear of the words, the vows or the dress, not of the marriage
                                r"\b(?:scared|terrified|petrified|frightened|nervous|worried) (?:that )?(?:i'?ll |ill |i will |i might |i |of )?(?:forget\w*|mess\w* up|muddl\w*|get\w* wrong) "
                                r"(?:the|my|our) (?:words|vows|lines|duas?|kalima|qabool|steps|dance|speech)\b|"
                                r"\b(?:scared|terrified|petrified|frightened|nervous|worried) (?:that )?(?:i'?ll |ill |i will |i might |i |of )?(?:trip\w*|fall\w*) (?:over|on|in) "
                                r"(?:my|the) (?:dress|lehenga|lehnga|lengha|saree|sari|heels|shoes|train)\b",
                                re.IGNORECASE)


# Twenty-fifth round's excuses (_excused): found out only feared; a threat in a country fled, the writer here now; a
# scare explained; a boss's "murder"; a suicide "if" taken back with a "jk".
_FEARED_NOT_TOLD = re.compile(r"\b(?:scared|worried|afraid|frightened|paranoid|terrified|wonder(?:ing)? if|in case|think|thinking)(?: that)? "
                              r"(?:he|she|they)(?:'s|s| has|'ve| have)?\s*$", re.IGNORECASE)
_HERE_NOW = re.compile(r"\b(?:outside|at the door|at my door|in the garden|downstairs|knocking|banging|parked|watching)\b", re.IGNORECASE)
_FLED_HERE = re.compile(r"\b(?:this is|that is|that'?s|thats|its|it'?s|it is) why (?:i|we) (?:come|came|fled|left|ran|escaped)\b|"
                        r"\bnow (?:i|we)(?: am| are|'m|'re)? (?:(?:here )?in|live in|living in|safe in) (?:the )?(?:uk|england|britain|leicester)\b", re.IGNORECASE)
_WAITING_EXPLAINED = (r"\bturn(?:ed|s) out (?:he|she|they)(?: was| were|'s| is|'re| are)? (?:only |just )?(?:waiting|stood|sat) (?:for|on) "
                      r"(?:the|a|an|his|her|their) (?:\w+ )?(?:bus|taxi|cab|lift|train|tram|uber|mate|friend|girlfriend|boyfriend|wife|husband|partner|kids?|"
                      r"son|daughter|delivery|takeaway|chippy|shop)\b")
_WAITING_EXPLAINED_RE = re.compile(_WAITING_EXPLAINED, re.IGNORECASE)
# (someone harmless: "turned out to be him trying the back door" is no scare explained)
# (nor the guess that was wrong: "i thought it was the wind but it turned out to be him")
_SCARE_EXPLAINED = re.compile(r"\b(?:turn(?:ed|s) out (?:it was|to be|it'?s|that was|he'?s|she'?s|they'?re)|(?<!thought )(?<!think )(?<!hoped )(?:it|that|the \w+ing(?: \w+){0,3}) (?:was|were)) "
                              r"(?:only |just )?(?:the|my|our|a) (?:new )?"
                              r"(?:postman|postie|delivery|courier|wind|cat|dog|fox|son|daughter|neighbou?r|husband|wife|partner|kids?|boiler|pipes?|builders?|"
                              # (twenty-sixth round) someone come for a neighbour or for work ("turns out it's the new carer next door")
                              r"carers?|nurse|district nurse|visitor|gardener|window cleaner|meter reader|taxi|cab|driving instructor|surveyor|council)\b|"
                              # (forty-fourth round) a stranger at the wrong door ("turned out to be a drunk bloke at the wrong flat")
                              r"\bturn(?:ed|s) out (?:it was|to be|it'?s|that was|he was|she was|they were) (?:only |just )?(?:a|an|some|the) (?:\w+ ){0,2}?"
                              r"(?:bloke|man|guy|lad|lads|woman|girl|lady|person|people|kids|students?|drunk)\b[^.?!]{0,30}\b(?:wrong (?:flat|house|door|address|number|block|building|floor)|"
                              r"lost|locked (?:himself|herself|themselves) out)\b|"
                              # (fifty-third round) one walking behind who lives the same way ("a boy keeps walking behind me from school but he
                              # lives on my street so he just goes the same way")
                              r"\b(?:he|she|they) (?:lives?|live) (?:on|in|down|up) (?:my|our|the same) (?:street|road|estate|block|close|avenue)\b[^.?!]{0,30}"
                              r"\b(?:the same way|same way home|same route)\b|"
                              # (twenty-seventh round) someone outside only waiting for a bus or a lift ("turned out he was just waiting
                              # for the bus"), not waiting for the person
                              + _WAITING_EXPLAINED, re.IGNORECASE)
_BOSS_WILL_KILL = re.compile(r"\b(?:boss|manager|supervisor|teacher|tutor|coach|gaffer|lecturer|sarge)(?:'s| is)?"
                             # (twenty-sixth round) told of ("my manager at the warehouse said he'll kill me if i'm late")
                             r"(?: at (?:the |my |work)\w*)?(?: (?:said|says|told me|tells me|texted|reckons)(?: (?:he|she))?)?(?: (?:gonna|going to|will|is going to)|'ll) "
                             r"(?:kill|murder) me\b"
                             r"(?=[^.?!]*\b(?:late|again|forgot|forget|missed|lost|failed|broke|sick)\b)", re.IGNORECASE)
_IF_BEFORE = re.compile(r"\bif\b[^.?!,;]{0,40}$", re.IGNORECASE)
# Twenty-eighth round's excuses (_excused). Burdens people say will kill them or make them want to die.
_BURDEN = (r"(?:exams?|mocks?|tests?|deadlines?|dissertation|diss|essays?|coursework|revision|assignments?|homework|uni|college|school|maths|"
           r"job|work|shifts?|rota|commute|traffic|queue|heat|cold|weather|hangover|mondays?|meetings?|presentation|interview|module|"
           r"placement|viva|thesis|paperwork|admin|inbox|printer|wifi|laptop|course|degree|gym|workout)")
_A_BURDEN_WILL_KILL = re.compile(rf"\b(?:this|that|the|my|these|those|our) (?:\w+ )?{_BURDEN}(?:'s|'re| is| are)?\s*"
                                 r"(?:(?:literally|actually|honestly|seriously|definitely|defo|really|genuinely|actually) )?$", re.IGNORECASE)
_A_BURDEN_MAKES_ME = re.compile(rf"\b{_BURDEN}\b[^.?!,]{{0,25}}\b(?:makes?|making|made) me\s+$|"
                                # (fortieth round, self-harm) "this queue ... is killing me, i want to die"
                                rf"\b{_BURDEN}\b[^.?!,]{{0,40}}\b(?:is|are|'s|'re) killing me,? (?:(?:and|honestly|literally) )?(?:i |i'm |im )?$", re.IGNORECASE)
# (fortieth round, self-harm) a machine or a queue, a thing and no one's life, that "makes me want to jump off the library
# roof fr": its rant needs no laugh, with no means, place of its own, farewell or now said beside (_HARM_AHEAD)
_A_TRIFLE = re.compile(r"\b(?:this|that|the|my|these|those) (?:\w+ )?(?:printer|wifi|laptop|queue|traffic|inbox|spreadsheet|lag|app|website|self ?checkout)\b",
                       re.IGNORECASE)
# (forty-seventh round) a bad test or result right after a wish to die: the moan's reason
_A_BAD_RESULT_NEXT = re.compile(r"\W*(?:cos |because |coz |cuz |bc |as )?(?:that|the|this|my) (?:\w+ ){0,2}?(?:test|exam|mock|quiz|essay|presentation|interview|"
                                r"results?|grades?|match|game|audition)s? (?:was|were|went|is|are) (?:so |really |sooo* |soo |proper |well |absolutely )?"
                                r"(?:bad|awful|terrible|horrendous|embarrassing|cringe|shit|rubbish|crap|dire)\b", re.IGNORECASE)
_THEIR_SELF_HARM_THREAT = re.compile(r"\b(?:he|she|they)(?:'ll|ll| will| would|'d| is going to|'s going to| are going to| threatens? to| threatened to) "
                                     r"(?:take|swallow|down|neck|inject|overdose|kill (?:himself|herself|themselves)|hurt (?:himself|herself|themselves)|"
                                     r"cut (?:himself|herself|themselves)|end (?:it|his life|her life))\b", re.IGNORECASE)
# Twenty-sixth round's excuses (_excused). Who is hurt, said by a cleft ("it's me he's hurting, not the kids"): whom the
# abuse falls on, not an act going on (unless said now). A lock only believed in by someone confused ("my nan thinks
# she's locked in on the ward, it's the dementia"). Medicine taken as prescribed ("always the right dose", "my gp
# checks it"). Someone outside or following explained ("turns out it's the new carer next door").
_CLEFT_WHO = re.compile(r"\b(?:it'?s|its|it is) (?:only |just )?(?:me|us|her|him|them|my \w+) (?:that |who )?$", re.IGNORECASE)
_ONLY_BELIEVED = re.compile(r"\b(?:thinks?|believes?|convinced|imagines?|feels like)(?: that)? (?:she|he|they|i)(?:'s|s|'re| is| are| am|'m)? $", re.IGNORECASE)
_CONFUSED_OR_CARED_FOR = re.compile(r"\b(?:dementia|alzheimer'?s|alzheimers|confused|care home|nursing home|the ward|keypad|keycode|key code)\b", re.IGNORECASE)
_PRESCRIBED_DOSE = re.compile(r"\b(?:always|only ever|never more than) (?:take |taken |the |my )?(?:the |my )?(?:right|correct|prescribed|proper|same) (?:dose|amount)\b|"
                              r"\b(?:gp|doctor|pharmacist|nurse|consultant)s? (?:checks?|reviews?|monitors?|manages?|prescribes?) (?:it|them|my|the|how)\b", re.IGNORECASE)
# An account opening in a place elsewhere, the writer living here now ("in kabul his family choke me, now i live in leicester,
# he is not here"): present_harm gives way, unless someone is here or something urgent is said.
_OPENS_ELSEWHERE = re.compile(r"^\W*(?:in|back in|back home in|at home in) (?!(?:the|my|our|his|her|their|a|an|this|that|here|there|leicester|"
                              r"the uk|uk|england|britain|bed|front|case|fact|danger|trouble)\b)\w+\b", re.IGNORECASE)
# Whether an act counts, asked ("he didn't strangle me, he just pushed me, does that still count"): the "just" is
# "only", the act is asked about (present_harm gives way unless something urgent or now is said).
_DOES_IT_COUNT = re.compile(r"\b(?:does|would|will|do|could|can) (?:that|this|it|they) (?:still |even |actually )?(?:count|class|qualify|be classed|be counted)\b|"
                            r"\bis (?:that|this|it) (?:still |even |actually )?(?:classed as |counted as |considered )?(?:assault|abuse|a crime|domestic abuse|violence|"
                            # (fiftieth round: "he just makes me feel like I can't leave. Is that coercive control?")
                            r"coercive control|controlling behaviou?r|harassment|stalking)\b",
                            re.IGNORECASE)
_SOMEONE_EXPLAINED = frozenset({"been_outside", "here_now", "their_car_here", "being_followed", "been_following", "seen_at_home", "seen_near_home"})
# A feeling only supposed, just before the match ("what if i start feeling suicidal", "in case she gets suicidal").
_FEELING_SUPPOSED = re.compile(r"\b(?:what if|if|in case|whenever) (?:i|she|he|they|we) (?:ever )?(?:start|starts|begin|begins|get|gets|become|becomes|"
                               r"feel|feels|felt|am|is|are|'m|'re|go|goes|end up)(?: (?:feeling|to feel|getting|to get|being))? (?:\w+ )?$", re.IGNORECASE)
_ALL_RIGHT_FOR_NOW = re.compile(r"\b(?:i'?m|im|i am) (?:ok|okay|fine|alright|all right|good|safe) (?:at the moment|right now|now|for now|atm)\b", re.IGNORECASE)
_TAKEN_BACK = re.compile(r"\b(?:jk|j/?k|only joking|just joking|just kidding|only kidding|not really|obviously not)\b", re.IGNORECASE)


# Thirty-third round's excuses (_excused): a wedding of the person's own, planned for long ("her own wedding, she's been
# planning it for a year"); a grounding ("grounded for a week, not allowed out after school"); the writer's "i'm gonna
# kill my brother" for a petty slip ("he ate my pizza").
_OWN_WEDDING = re.compile(r"\b(?:her|his|their|my) own (?:wedding|nikah|marriage|big day)\b|\b(?:been )?planning (?:it|the wedding|her wedding|his wedding|this) for "
                          r"(?:a|the|over a|a whole|\d+|two|three|months|ages|years)\b", re.IGNORECASE)
_WHEN_HE_IS = re.compile(r"\bwhen(?:ever)? (?:he|she|they|my \w+)(?:'s|'re| is| are| gets?| has| comes? (?:home|back|in)| goes)\b", re.IGNORECASE)
# (lead's review of the thirty-third round) a door or gate kept at by no person ("the wind keeps banging the back gate",
# "the dog keeps banging the kitchen door with his tail", "my little one keeps kicking it"), children knocking and
# running off; a wedding joked about that is not the writer's own ("if i dont go to the wedding my mum will kill me lol").
_NOT_A_PERSON_AT_IT = re.compile(r"\b(?:wind|storm|gale|breeze|draught|draft|dog|dogs|puppy|cat|cats|kitten|bird|birds|fox|foxes|squirrel|branch|tree|"
                                 r"baby|little one|toddler|(?:the |a )?(?:door|gate|shutter|window)s?)\s+$", re.IGNORECASE)
_KNOCK_AND_RUN = re.compile(r"\b(?:and|then|n) (?:(?:run|running|runs|ran) (?:off|away)|legging it|leg it)\b|\bknock (?:and|n|&) run\b|\bding dong ditch\b", re.IGNORECASE)
_MY_OWN_MARRIAGE = re.compile(r"\b(?:my|our) (?:own )?(?:wedding|nikah|shaadi|shadi|marriage|rishta|engagement|mehndi|lagna|anand karaj)\b|"
                              r"\b(?:marry|marrying|married off|marry off|marrying off) (?:me|us)\b|\bme (?:off )?(?:married|to marry)\b|"
                              r"\b(?:i'?m|im|i am|i'?ll be|ill be|i will be|i be) (?:getting |being |gonna be |going to be )?married\b", re.IGNORECASE)
_LOVES_THE_ONE = re.compile(r"\b(?:i|she|he) (?:really |do |truly )?(?:love|luv|adore) (?:him|her|my (?:fiance|fiancé|fiancee|groom|"
                            r"husband to be|future husband|bride|wife to be))\b|\blove (?:him|her) (?:to bits|so much|loads)\b", re.IGNORECASE)
_A_PLEA = re.compile(r"\b(?:help|pls|plz|please|save me)\b", re.IGNORECASE)
_FEAR_OR_HIDING = re.compile(rf"\b(?:{_FEAR_WORDS}|hiding|hide|hid)\b", re.IGNORECASE)
_GROUNDED = re.compile(r"\b(?:grounded|grounding|ground (?:me|her|him|us))\b", re.IGNORECASE)
_PETTY_REASON = re.compile(r"\b(?:he|she|they|cos (?:he|she)|for|because (?:he|she))(?:'s|s| has|'ve| have)?\s+(?:ate|eaten|eating|finished|finishing|drank|drinking|took|taking|used|using|borrowed|"
                           r"borrowing|nicked|nicking|hid|hiding|spoiled|spoiling|spoilt|spoiled) (?:all )?(?:my|the) (?:last )?(?:pizza|chips|food|dinner|lunch|tea|sweets|chocolate|"
                           r"crisps|drink|charger|hoodie|top|clothes|make ?up|snacks?|leftovers?|cake|biscuits|ice cream|game|controller|spot|seat|ending)\b", re.IGNORECASE)
# Thirty-third round (told_as_not_now): the law asked about with nobody forcing ("nobody make me marry, I want to know UK
# law for my niece"); damage found after the night for the insurance; trapped only as a feeling, nobody stopping them;
# a son's circumcision at a clinic.
_LAW_ASKED = re.compile(r"\b(?:want|wanna|need|would like|like)(?: to)? know (?:about )?(?:the )?(?:uk |british |english |what the )?law\b|\bwhat (?:is|'s) the (?:uk |british )?law\b",
                        re.IGNORECASE)
_NOBODY_FORCING = re.compile(r"\b(?:nobody|no one|no-one|noone) (?:is )?(?:make|makes|making|force|forces|forcing) (?:me|her|him)\b|"
                             # (forty-fifth round) the choice left to them ("my parents say I choose later")
                             r"\b(?:my |her |his )?(?:parents|mum|mom|dad|family) (?:say|says|said|told me|tell me) (?:that )?(?:i|she|he) "
                             r"(?:can |will |get to |may |should )?(?:choose|decide|pick)\b", re.IGNORECASE)
_FOUND_AFTER_THE_NIGHT = re.compile(r"\b(?:overnight|in the night|last night)\b[^.?!]{0,40}\bfound (?:it|them|this|that)\b|"
                                    r"\bfound (?:it|them|this|that|the \w+) (?:like that )?(?:this morning|when (?:i|we) (?:woke|got up))\b", re.IGNORECASE)
_TRAPPED_AS_A_FEELING = re.compile(r"^(?=.*\b(?:feel|feels|feeling|felt) trapped in (?:this|my|the|our|a|her|his) (?:marriage|relationship|job|life)\b)"
                                   r"(?=.*\b(?:(?:isn'?t|isnt|is not|doesn'?t|doesnt|does not|never|not)|(?:nobody|no one|no-one|noone)(?: is|'s)?) (?:stopping|stop|stops|keeping|keep) (?:me|her|him)\b|"
                                   # (forty-fifth round) ... or with no violence in it ("but he's not violent, just controlling with money")
                                   r".*\b(?:he|she|they)(?:'s|s| is|'re| are) not (?:violent|physical)\b)", re.IGNORECASE)
# (thirty-ninth round) ... by its community names too ("tahur for her newborn son", "khitan for my baby boy"), never with a
# girl, a sister, a cutter or FGM in the message, and only with a clinic, a doctor or the NHS named
# (forty-second round) a little brother's too ("my little bro is getting his khatna tomorrow at the clinic")
_A_BOY = r"(?:my|our|her|his) (?:baby |little |newborn |younger |lil )?(?:son|boy|grandson|nephew|brother|bro)"
_SONS_CIRCUMCISION = re.compile(rf"^(?=.*\b(?:{_A_BOY}(?:'?s)? (?:circumcis\w*|tahur|tahoor|khitan|khatna)|"
                                # (forty-first round) learner English's "my son have his tahur"
                                rf"{_A_BOY} (?:have|has|had|having|is having|'s having|s having|will have|gets?|getting|is getting|'s getting|s getting|got) "
                                r"(?:his |the |a )?(?:circumcis\w*|tahur|tahoor|khitan|khatna)|"
                                rf"(?:circumcis\w*|tahur|tahoor|khitan|khatna) (?:for|of|on) {_A_BOY})\b)"
                                r"(?=.*\b(?:clinic|doctor|hospital|gp|surgeon|nhs)\b)(?!.*\b(?:daughter|girl|sister|niece|fgm|cutter)\b)", re.IGNORECASE)


# (forty-second round) ... the boy's own fear of it is no danger beside ("hes 6 and scared, any tips to keep him calm")
_THE_BOYS_FEAR = re.compile(r"\b(?:he'?s|he is|he s|he gets|he feels)(?: (?:\d+|only \d+|little) and)?(?: (?:a bit|a little|very|really|so|quite))? "
                            r"(?:scared|nervous|worried|anxious|frightened|afraid)\b(?! (?:of|that) (?:him|her|them|my|his|dad|mum))", re.IGNORECASE)


def _asked_found_or_felt(text: str) -> bool:
    if _ACUTE_BESIDE.search(text):
        return False
    if _SONS_CIRCUMCISION.search(text) and not _REAL_DANGER_BESIDE.search(_THE_BOYS_FEAR.sub(" ", text)):
        return True
    if _REAL_DANGER_BESIDE.search(text):
        return False
    if _LAW_ASKED.search(text) and _NOBODY_FORCING.search(text) and not _URGENT_NOW.search(text):
        return True
    if _FOUND_AFTER_THE_NIGHT.search(text) and _PAPERWORK.search(text) and not _says_now(text):
        return True
    return bool(_TRAPPED_AS_A_FEELING.search(text))


_NOW_OR_A_PLEA = re.compile(r"\b(?:now|right now|tonight|at the moment|atm|currently|help|please|pls|plz|999)\b", re.IGNORECASE)
_SENSED_WHENEVER = re.compile(r"\b(?:when|whenever|every time|each time) (?:they|i|we|he|she|you|the kids|my kids|the children|my children) "
                              r"(?:\w+ )?$", re.IGNORECASE)


_GARMENT_STRANGLING = re.compile(r"\b(?:tie|collar|scarf|shirt|top|jumper|hoodie|necklace|lanyard|dress|bra|zip|polo neck|turtle ?neck|roll ?neck|"
                                 r"seat ?belt|uniform|blazer|jacket|corset|choker)\b[^.?!,]{0,25}\b(?:is|are|'s|keeps?|was)\s+(?:literally |actually |just )?$",
                                 re.IGNORECASE)
_PULLED_BY_SOMEONE = re.compile(r"\b(?:he|she|they|him|someone|somebody|pull\w*|grab\w*|twist\w*|tighten\w*|yank\w*|wrapp?\w*|tied)\b", re.IGNORECASE)
_ASKED_IF_EVER = re.compile(r"\b(?:asked|asks|ask|asking|question\w*)\b[^.?!]{0,15}\b(?:if|whether)\b[^.?!]{0,25}\bever\s+$", re.IGNORECASE)
_ANSWERED_NO = re.compile(r"^[^?]{0,40}?\b(?:said|say|answered|told (?:her|him|them)) no\b", re.IGNORECASE)


# (forty-fifth round) A time years off ("thats 3 years away", "when i finish uni"), and the family fine with things for now.
_YEARS_AWAY = re.compile(rf"\b(?:{_YEARS_AWAY_WORDS})\b", re.IGNORECASE)
_FINE_FOR_NOW = re.compile(r"\b(?:right )?now (?:they'?re|theyre|they are|it'?s|its|everything'?s|everything is|things are|mum and dad are|my parents are|"
                           r"my family (?:is|are)) (?:fine|ok|okay|happy|good|alright|supportive|chill)\b", re.IGNORECASE)
# (forty-fifth round) A parent's question of how to explain it to a child ("how do I explain it to a 9 year old?"): the
# child's age is the listener's, not the bride's.
_CALLED_OFF_AND_ACCEPTED = re.compile(
    r"^(?!.*\b(?:rebook\w*|new date|another|instead|again|still (?:want|going|planning|making)|anyway|secretly|behind (?:my|her) back)\b)(?:"
    r".*\b(?:called|calling|call) (?:it|the (?:wedding|nikah|engagement|marriage|rishta)) off\b(?=.*\b(?:agreed|accepted|(?:they'?re|theyre|they are|everyone'?s|"
    r"everyone is|both families are) (?:fine|ok|okay)|for good|properly|completely)\b)|"
    r".*\b(?:marriage|wedding|nikah|engagement|rishta)\b[^.?!]{0,15}\b(?:is|was|has been|'s been|got) (?:cancelled|canceled|called off)\b"
    r"(?=.*\b(?:i'?m|im|i am) (?:ok|okay|fine|safe|at home)\b))", re.IGNORECASE)
_HOW_TO_EXPLAIN = re.compile(r"\bhow (?:do|can|should|would) (?:i|we) (?:explain|talk about|answer|put)\b[^.?!]*", re.IGNORECASE)
# (forty-sixth round) What others wrongly think of a people, asked ("why does everyone at school think all kurdish girls get forced")
_STEREOTYPE_ASKED = re.compile(r"\bwhy (?:does|do|did) (?:every ?(?:one|body)|people|they|teachers|my (?:friends|mates|teachers))\b[^.?!]{0,30}\b(?:think|assume|say)s?\b"
                               r"[^.?!]{0,20}\b(?:all|every|most) (?:\w+ )?(?:girls|women|families|people|asians|muslims)\b[^.?!]*", re.IGNORECASE)


def _force_said_beyond_the_topic(text: str) -> bool:
    """Force said in the message once what is not force is taken out: the subject of a lesson or a leaflet ("heard about forced
    marriage at school"), being made to go to someone else's wedding or to dance at it, force denied ("nobody in our family
    forces anybody"), a parent's how-to-explain question, and what others wrongly think of a people, asked."""
    left = _STEREOTYPE_ASKED.sub(" ", _HOW_TO_EXPLAIN.sub(" ", _DENIED_HARM.sub(" ", _FORCED_TO_DO_ELSE.sub(" ", _FGM_AS_A_TOPIC.sub(" ", text)))))
    return bool(_FORCED_RE.search(left))


_ANOTHERS_WEDDING_NOT_MINE = re.compile(r"(?<!say )(?<!says )(?<!said )(?<!told me )(?<!claim )\b(?:cousin|sister|brother|friend|aunt\w*|uncle|niece|nephew|mate|neighbour)'?s "
                                        r"(?:wedding|nikah|shaadi|walima|mehndi|engagement|biye)\W{1,3}(?:and )?not (?:mine|my own)\b"
                                        r"(?![^.?!]*\b(?:but|actually|really|supposedly|apparently)\b)", re.IGNORECASE)
_OTHERS_THINK = re.compile(r"\b(?:people|everyone|everybody|teachers?|staff|kids|the others|my mates|my friends|they)\b[^.?!,]{0,20}\b(?:think|thinks|thought|assume|assumes|"
                           r"assumed|reckon|reckons)\s+(?:that\s+)?$", re.IGNORECASE)
_HURT_BY_ONESELF = re.compile(r"\b(?:my (?:tics?|tourette'?s|tourettes|seizures?|fits?)|(?:make|makes|made) me (?:hit|hurt|bite|scratch|punch) myself|"
                              r"i (?:hit|hurt|bite|scratch|punch) myself)\b", re.IGNORECASE)


def _excused(name: str, text: str, match: re.Match[str]) -> bool:
    """A match its own words excuse: a promise not to hurt oneself, knives sharpened to cook (only the sharpening:
    "he grabbed a knife while i was cooking" stays a weapon), a return in minutes by someone else than the one
    who hurt them."""
    # (forty-second round) smoke or a bang sensed in a when-clause with nothing now: what sets off an old fear ("our house in
    # Homs was burnt in the war, my children still scared when they smell smoke")
    # (its fear is the trigger's; a now, a plea or someone here beside it is not excused)
    if _SENSED_WHENEVER.search(text[max(0, match.start() - 30) : match.start()]) and not _NOW_OR_A_PLEA.search(text) and not _HERE_NOW.search(text):
        return True
    # (forty-fifth round) a danger pattern in an account dated to a year gone (_dated_to_a_year_gone: "since a lad tried to strangle a
    # colleague with his in 2019", "sister cut herself before. 2022. now counselling"), nothing of danger told after it; not a
    # marriage or a cutting, whose date can be the one ahead
    if (_PATTERN_CATEGORY[name] != FORCED_MARRIAGE_OR_FGM and _dated_to_a_year_gone(text)
            and not _REAL_DANGER_BESIDE.search(text[match.end() :])):
        return True
    if name == "back_any_minute" and not match.group(0).lower().startswith(("back", "home", "here")):
        back = _BACK_SOON_RE.search(text, match.end())
        return back is not None and bool(_SOMEONE_ELSE_RETURNS.search(text[match.end() : back.end()]))
    if name in _PROMISE_CAN_SAY_NO_TO and _PROMISED_NOT_TO.search(text[max(0, match.start() - 25) : match.start()]):
        return True
    before, after = text[max(0, match.start() - 40) : match.start()], text[match.end() :]
    # (fifty-third round) a beating others wrongly think of, the marks the writer's own ("my tics make me hit myself ... people
    # at school think someone is beating me up")
    if name == "being_hurt" and _OTHERS_THINK.search(before) and _HURT_BY_ONESELF.search(text):
        return True
    # (fifty-third round) the wedding said by the writer to be another's, not theirs ("we're flying to Lahore on Friday for my cousin's
    # wedding, not mine! I'm 14"), with no sign it is theirs after all
    if name == "imminent_marriage" and _ANOTHERS_WEDDING_NOT_MINE.search(text) and not _unwanted_wedding_signs(text):
        return True
    # (forty-third round) a garment "strangling me" with nobody pulling it ("this tie on my work uniform is strangling me in
    # this heat"); a screening question answered no ("the doctor asked if Ive ever been choked or strangled and I said no")
    if name == "strangled" and (_GARMENT_STRANGLING.search(before) and not _PULLED_BY_SOMEONE.search(text)
                                or _ASKED_IF_EVER.search(before) and _ANSWERED_NO.search(after)):
        return True
    if _PATTERN_CATEGORY[name] == SELF_HARM and _NO_THOUGHTS_OF.search(before):
        return True
    if _PATTERN_CATEGORY[name] != SELF_HARM and _VOWED_NEVER.search(text[: match.start()]):
        return True
    if (name in ("breaking_in", "attacking_home") and _INSIDE_A_WHAT_IF.search(text[: match.start()]) and not _says_now(text)
            and not _REAL_DANGER_BESIDE.search(text)):
        return True
    if name in ("breaking_in", "attacking_home") and _only_a_repeat_feared(text, match):
        return True
    # (fiftieth round) an attack someone only thinks it is, the noise explained straight after ("my nani keeps thinking someone's
    # attacking the house but it's just the celebrations")
    if ((name in ("breaking_in", "attacking_home") or name == "being_hurt" and _AT_THE_HOME.match(after)) and _ONLY_THE_NOISE_OF.match(after)
            and not _REAL_DANGER_BESIDE.search(text)
            and not _URGENT_NOW.search(text)):
        return True
    if _PATTERN_CATEGORY[name] == SELF_HARM and _READY_TO_ANSWER.search(text[: match.start()]) and not _URGENT_NOW.search(text):
        return True
    if name in _SQUABBLE_THREATS and _SIBLINGS_SQUABBLE.search(text):
        return True
    if ((name in ("breaking_in", "attacking_home") or (name == "being_hurt" and _AT_A_THING.match(after)))
            and _HOUSEHOLD.search(text[: match.end()]) and (_JOKE.search(text) or _LAUGHING.search(text)) and not _DANGER_BESIDE.search(text)):
        return True
    if name == "locked_in" and _kept_in_by_a_thing(text, match.group(0)):
        return True
    if name == "locked_in" and _LOCKED_IN_TO_STUDY.search(after) and not _DANGER_BESIDE.search(text):
        return True
    # A harm to oneself asked about by a nurse or a midwife ("my midwife asked if i ever hurt myself and i said no").
    if _PATTERN_CATEGORY[name] == SELF_HARM and _ASKED_IF_I_EVER.search(before) and not _URGENT_NOW.search(text):
        return True
    if _only_a_dream(text, match.start()):
        return True
    if _PATTERN_CATEGORY[name] == "strangulation" and _PICTURED.search(text[: match.start()]) and not _PICTURE_REAL.search(text):
        return True
    if name == "strangled" and _A_THING_DID_IT.search(before) and _CAUGHT_ON.search(text) and not _REAL_DANGER_BESIDE.search(text):
        return True
    # (farmers or moorland burning, with no one's fear, threat, weapon or plea beside: "farmers burning off again so smoke
    # everywhere"; an ex named in the same message is no danger of the fire's, a known gap of the twenty-fourth round)
    if _PATTERN_CATEGORY[name] == "fire" and (_fire_as_a_figure(text) or _hobby_fire(text) or _food_burnt(text)
                                              or _EVERYDAY_FIRE.search(text) and not _REAL_DANGER_BESIDE.search(text)):
        return True
    if _PATTERN_CATEGORY[name] == "held_captive" and _LIKENED.search(text[: match.start()]) and not _REAL_DANGER_BESIDE.search(text):
        return True
    if name == "found_me" and _ONLY_WROTE.search(text) and not _DANGER_BESIDE.search(text):
        return True
    # Twenty-fifth round: found out feared, not told ("im scared hes found out where i live, he hasnt been here"), with no
    # one here now
    if name == "found_me" and _FEARED_NOT_TOLD.search(before) and not _PRESENT_CUE.search(text) and not _HERE_NOW.search(text):
        return True
    # a threat made in the country one fled, the writer here now ("in sudan they said they would kill us, that is why we
    # came")
    # (twenty-ninth round: the country unnamed, "in my country the militia say they will kill me, this is why I come to UK")
    if (_PATTERN_CATEGORY[name] == "threat_to_kill" and re.search(rf"\b(?:in {_COUNTRY}|in (?:my|our) (?:home |own )?(?:country|homeland|village|town)|back home)\b",
                                                                  text[: match.start()], re.IGNORECASE)
            and _FLED_HERE.search(text) and not _PRESENT_CUE.search(text) and not _HERE_NOW.search(text)):
        return True
    # a scare explained ("the banging was the postman", "turned out it was my son without his keys")
    if _PATTERN_CATEGORY[name] == "attack_on_home_now" and _SCARE_EXPLAINED.search(text) and not _REAL_DANGER_BESIDE.search(text):
        return True
    # a boss or a teacher who will "murder me" for being late or a slip ("boss is gonna kill me, late again")
    if name == "threat_to_kill" and _BOSS_WILL_KILL.search(text) and not _REAL_DANGER_BESIDE.search(text.replace(match.group(0), " ")):
        return True
    # a suicide "if" a team loses, taken back at once ("if we go down im gonna kill myself jk")
    if name == "suicide_intent" and _IF_BEFORE.search(text[: match.start()]) and _TAKEN_BACK.search(after):
        return True
        return True
    if name == "found_me" and _KIND_FINDER.search(before) and _KIND_ACT.search(after) and not _DANGER_BESIDE.search(text):
        return True
    if (name in ("breaking_in", "attacking_home") and _SOUNDS_LIKE.search(text[: match.start()])
            and (_JOKE.search(text) or _LAUGHING.search(text) or _BUILDER.search(text)) and not _DANGER_BESIDE.search(text) and not _says_now(text)):
        return True
    if (name in ("imminent_marriage", "imminent_cutting") and _WHAT_IF_ASKED.search(text) and not _says_now(text)
            and not _REAL_DANGER_BESIDE.search(text)):
        return True
    if (name == "imminent_marriage" and not _force_said_beyond_the_topic(text)
            and not _REFUSED_ROMANISED_RE.search(text)):
        return True
    # (forty-sixth round) the wedding called off and the calling-off accepted, nothing new planned nor urgent ("we called it off
    # properly, both families agreed", "my mum told my uncle the marriage is cancelled ... i'm at home with her and i'm ok")
    if name == "imminent_marriage" and _CALLED_OFF_AND_ACCEPTED.search(text) and not _URGENT_NOW.search(text):
        return True
    # (forty-fifth round) a marriage years away, the only "now" the family's being fine with it ("they might try when i finish uni
    # but thats 3 years away and right now theyre fine with me studying")
    if (name == "imminent_marriage" and _YEARS_AWAY.search(text) and not _SOON_RE.search(_FINE_FOR_NOW.sub(" ", text))
            and not _REAL_DANGER_BESIDE.search(text)):
        return True
    # (thirty-fifth round) a child's own ceremony with no wedding word ("the ceremony for my daughter (7) is on sunday, her
    # first holy communion"): a girl's age read as force must not make it a marriage
    if name == "imminent_marriage" and _CHILDS_OWN_CEREMONY.search(text) and not _MARRIAGE.search(text):
        return True
    if name == "threat_to_kill" and _THREAT_DENIED.search(before):
        return True
    # a door "kept" kicked when he is drunk or angry is a habit told ("my neighbour keeps kicking our door when he's drunk")
    if name == "keeps_at_the_door" and _WHEN_HE_IS.search(text) and not _says_now(text) and not _ACUTE_BESIDE.search(text):
        return True
    if (name == "keeps_at_the_door" and (_NOT_A_PERSON_AT_IT.search(before) or _KNOCK_AND_RUN.search(text))
            and not (_ACUTE_BESIDE.search(text) or _REAL_DANGER_BESIDE.search(text))):
        return True
    if (name == "imminent_marriage" and (_writer_joking(text) or _LAUGHING.search(text)) and not _MY_OWN_MARRIAGE.search(text)
            and not _MARRIAGE_REFUSED.search(text)):
        return True
    # (forty-first round) ... or one's own, laughed about, the groom loved ("so scared i cant breathe. of tripping in my
    # heels lol. love him to bits"): the fear or the hiding is the day's, not the marriage's
    if (name == "imminent_marriage" and (_JOKE.search(text) or _LAUGHING.search(text)) and _LOVES_THE_ONE.search(text)
            and not (_MARRIAGE_REFUSED.search(text) or _COERCION_SAID.search(text) or _FORCED_RE.search(_FEAR_OR_HIDING.sub(" ", text))
                     or _A_PLEA.search(text))):
        return True
    if (name == "imminent_marriage" and _OWN_WEDDING.search(text) and not (_MARRIAGE_REFUSED.search(text) or _COERCION_SAID.search(text))
            and not _HIDDEN_WEDDING_RE.search(text)):
        return True
    if name in ("not_allowed_out", "kept_in") and _GROUNDED.search(text) and not (_REAL_DANGER_BESIDE.search(text) or _ACUTE_BESIDE.search(text)):
        return True
    if (name == "threat_to_kill" and _FIRST_PERSON_THREAT.search(text[max(0, match.start() - 25) : match.end()]) and _PETTY_REASON.search(text)
            and not _FEAR_OR_WEAPON.search(text)):
        return True
    if name == "injured_now" and _SEEN_TO.search(text) and not _says_now(text):
        return True
    if name in ("swallowed_pills", "overdose") and (_ANIMAL_DID_IT.search(before) or _SWEETS_OVERDOSE.search(text)):
        return True
    if name in ("released_now", "found_me") and _ANIMAL_DID_IT.search(before):  # "the cat got out this morning", "my cat found me"
        return True
    if name in ("breaking_in", "attacking_home", "released_now") and _FALSE_ALARM.search(text) and not _says_now(text):
        return True
    # Twenty-sixth round (_CLEFT_WHO and below)
    if name in _SOMEONE_EXPLAINED and (_FALSE_ALARM.search(text) or _SCARE_EXPLAINED.search(text)) and not _says_now(text) and not _REAL_DANGER_BESIDE.search(text):
        return True
    # (forty-fifth round) family come round to do someone's hair or nails (_COMING_TO_GROOM), no one feared and nothing forced beside
    if (name == "here_now" and _COMING_TO_GROOM.match(after) and _groomed_for_the_day(text) and not _REAL_DANGER_BESIDE.search(text)
            and not _SOMEONE_FEARED_OR_SILENT.search(text)):
        return True
    if name == "being_hurt" and _CLEFT_WHO.search(before) and not _says_now(text):
        return True
    if (name == "locked_in" and _ONLY_BELIEVED.search(before) and _CONFUSED_OR_CARED_FOR.search(text)
            and not _REAL_DANGER_BESIDE.search(text)):
        return True
    if _PATTERN_CATEGORY[name] == SELF_HARM and _PRESCRIBED_DOSE.search(text) and not _URGENT_NOW.search(text):
        return True
    if name == "cut_self" and _THEIR_THREAT_AS_A_LEVER_ASKED.search(text) and not _says_now(text) and not _URGENT_NOW.search(text):
        return True
    if (name == "cut_self" and _SOMEONE_ELSES_SELF_HARM.search(match.group(0)) and _ASKS_WHAT_TO_DO_IF.search(text)
            and not _says_now(text)):
        return True
    if name == "locked_in" and (_LOCK_IN_UNDONE.search(text) or _NOT_LOCKED_IN.search(before) or _LOCKED_IN_BY_THE_HOURS.search(text)):
        return True
    if name == "locked_in" and match.group(0).lower() == "locked in" and _LOCKED_AWAY.search(after):
        return True
    if name == "cut_self" and (
            (match.group(0).lower().startswith("cut ")
             and (_CUT_BY_ACCIDENT.search(after) or (match.group(0).lower().endswith(" open") and _OPENED_BY_ACCIDENT.search(after))))
            or (_THOUGHT_OF.search(before) and _NOT_ACTING_ON_IT.search(after))
            or (_ASKS_WHAT_TO_DO_IF.search(text) and (_SOMEDAY.search(text) or _INSIDE_A_CONDITION.search(text[: match.start()]))
                and not _says_now(text))):
        return True
    # The writer's own "i'm going to murder him" with a laughing face, nothing feared or held beside ("my toddler drew on
    # the wall, im going to kill him 😂"): exasperation, not a threat.
    if (name == "threat_to_kill" and _FIRST_PERSON_THREAT.search(text[max(0, match.start() - 25) : match.end()]) and _LAUGHING.search(text)
            and not _FEAR_OR_WEAPON.search(text)):
        return True
    if name == "threat_to_kill" and _CONFUSED_BY_ILLNESS.search(text[: match.start()]) and not _FEAR_OR_WEAPON.search(text):
        return True
    if name == "threat_to_kill" and _EVERYDAY_KILL_ME.search(before) and _FOR_A_SLIP.search(after):
        return True
    if name == "released_now" and _BACK_INSIDE.search(text):
        return True
    if (name in ("breaking_in", "attacking_home", "violence_right_now", "threat_to_kill", "turned_up_at") and _ARRESTED_THEM.search(text)
            and not _MORE_OF_THEM.search(text)):
        return True
    # (forty-seventh round: or by clothes, _CLOTHES_CHOKING, "tunics ... that tight round the neck they're strangling me")
    if (name == "being_hurt" and re.search(r"strangl|chok|throttl|suffocat|smother", match.group(0), re.IGNORECASE)
            and (_CAUGHT_BY_A_THING.search(text) or _CLOTHES_CHOKING.search(text))):
        return True
    if (name == "breaking_in" and _LOCKED_OUT_OF_THEIR_OWN.search(text) and not _DANGER_BESIDE.search(_without_trouble_laughed_off(text))
            and not _says_now(text)):
        return True
    # (fifty-second round) a small child's tantrum at a door ("my son kicked the door in a tantrum, he's 4, only left a scuff")
    if name in ("breaking_in", "attacking_home") and _A_SMALL_CHILDS_TANTRUM.search(text) and not _REAL_DANGER_BESIDE.search(text):
        return True
    # Twenty-seventh round: a door of their own kicked at by someone who lost the key ("my dad's kicking the shed door in
    # because he lost the key"); held in only inside a condition asked about ("if he ever locked me in would you send
    # someone?"); a suicidal feeling only supposed ("what if i start feeling suicidal again, who can i call?").
    if (name == "being_hurt" and _AT_A_THING.match(after) and _LOCKED_OUT_OF_THEIR_OWN.search(text)
            and not _DANGER_BESIDE.search(text)):
        return True
    if (_PATTERN_CATEGORY[name] == "held_captive" and _INSIDE_A_WHAT_IF.search(text[: match.start()]) and not _says_now(text)
            and not _REAL_DANGER_BESIDE.search(text)):
        return True
    if name == "suicide_intent" and _FEELING_SUPPOSED.search(before) and not _says_now(text) and not _URGENT_NOW.search(text):
        return True
    # (fiftieth round) any self-harm only supposed, the writer saying they are all right now ("if I ever felt like hurting myself
    # again who should I talk to? I'm ok at the moment")
    if (_PATTERN_CATEGORY[name] == SELF_HARM and _FEELING_SUPPOSED.search(before) and _ALL_RIGHT_FOR_NOW.search(after)
            and not _URGENT_NOW.search(text) and not _says_now(_ALL_RIGHT_FOR_NOW.sub(" ", _SENTENCE_END.split(after, maxsplit=1)[-1]))):
        return True
    # (forty-seventh round) a bad test or result given as the reason straight after the wish ("ugh i want to die that maths
    # test was so bad"), no means, place, farewell or now beside
    if (name == "suicide_intent" and _A_BAD_RESULT_NEXT.match(after) and not _HARM_AHEAD.search(before + " " + after)
            and not _says_now(text) and not _URGENT_NOW.search(text)):
        return True
    if name == "hiding" and match.group(0).lower().endswith("trapped") and _TRAPPED_IN_A_SITUATION.match(after):
        return True
    # Twenty-eighth round: a thing that is "going to kill me" (an exam, a deadline, this heat), or a wish to die that a
    # burden "makes me" feel, taken back with a joke; someone's own overdose or self-harm threatened as a habit to control
    # ("he's said for years he'll take all his pills if I leave"), nothing said now.
    if name == "threat_to_kill" and _A_BURDEN_WILL_KILL.search(before) and not _REAL_DANGER_BESIDE.search(text.replace(match.group(0), " ")):
        return True
    # (fortieth round: read on the wish's own sentence, "this queue at the post office on Belgrave Road is killing me")
    if name == "suicide_intent":
        sentence_before = re.split(r"[.?!]", text[: match.start()])[-1]
        if (_A_BURDEN_MAKES_ME.search(sentence_before)
                and (_JOKE.search(text) or _LAUGHING.search(text) or _WEARY.search(text)
                     or _A_TRIFLE.search(sentence_before) and not _HARM_AHEAD.search(text[: match.start()] + " " + after) and not _says_now(text))
                and not _URGENT_NOW.search(text)):
            return True
    if (_PATTERN_CATEGORY[name] == SELF_HARM and _THEIR_SELF_HARM_THREAT.search(text) and _STRONG_HABIT.search(text) and not _says_now(text)
            and not _URGENT_NOW.search(text)):
        return True
    # Twenty-ninth round: a door forced by the police (a raid, a warrant) told after, nothing feared beside; a carving knife
    # waved about at the table with a laugh ("carving the turkey and he's waving the knife about lol"), no one threatened;
    # someone here with the writer and said safe ("she's here at home with me and safe").
    if (_PATTERN_CATEGORY[name] == "attack_on_home_now" and _POLICE_FORCED_IT.search(text[: match.end()])
            and not _REAL_DANGER_BESIDE.search(text)):
        return True
    # (forty-fifth round: or all said calm, "got the carving knife out doing Sunday dinner ... all calm for once")
    if (_PATTERN_CATEGORY[name] == "weapon" and _COOKING.search(text) and (_JOKE.search(text) or _LAUGHING.search(text) or _ALL_CALM.search(text))
            and not _FEAR_OR_PLEA.search(text)):
        return True
    # (fiftieth round) a parent come to a child, the one who frightened them gone ("a man shouted at us, he went away and my mum is
    # here now")
    if name == "here_now" and _A_CARER.match(match.group(0)) and _THE_OTHER_WENT.search(text) and not _REAL_DANGER_BESIDE.search(text):
        return True
    # (fiftieth round) a vehicle's window put through, nobody in it ("someone put the window through on the tractor cab overnight")
    if (name == "breaking_in" and _ON_A_VEHICLE.match(after) and not match.group(0).split()[0].lower().endswith("ing")
            and not _SOMEONE_INSIDE.search(text) and not _REAL_DANGER_BESIDE.search(_NOBODY_HURT.sub(" ", text)) and not _URGENT_NOW.search(text)):
        return True
    if name == "here_now" and _HERE_AND_SAFE.match(after):
        return True
    # Thirtieth round (_THREAT_IN_FUN and below).
    if _excused_as_fun_routine_or_settled(name, text, match, after):
        return True
    # Thirty-first round (_ASKED_IF and below).
    if _excused_as_asked_or_a_figure(name, text, match, after):
        return True
    # Thirty-second round (_LEARNER_HAS_NO and below).
    if _excused_in_plain_words(name, text, match):
        return True
    if name == "weapon":
        return match.group(0).lower().startswith("sharpening") and bool(_COOKING.search(text))
    # "the workmen are smashing out the bathroom tiles right now" (present_harm reads building work the same way).
    # (thirty-first round) ... or "smashing up the flat next door" said of builders on a renovation, nothing feared beside
    if (name == "attacking_home" and re.match(r"(?:smashing up|trashing)\b", match.group(0), re.IGNORECASE) and _BUILDER.search(text)
            and not _REAL_DANGER_BESIDE.search(text)):
        return True
    return name == "violence_right_now" and bool(_BUILDER.search(text)) and bool(_BUILDING_WORK.match(match.group(0)))


# Twenty-ninth round's excuses (_excused). The police, bailiffs or the fire brigade the ones who forced a door ("the
# police raided the flat next door and smashed the door in"): the subject just before the act.
_POLICE_FORCED_IT = re.compile(r"\b(?:police|officers|cops|coppers|bailiffs|fire ?(?:brigade|fighters|men)|paramedics|(?:the )?council)\s+(?:have |had |has |just |then )?"
                               r"(?:raided|raiding|smashed|smashing|broke|breaking|kicked|kicking|forced|forcing|battered|battering|rammed|ramming|bashed|"
                               # (forty-fifth round) "bailiffs were banging on the door for ages this morning, theyve gone now"
                               r"put|had to (?:break|force|smash|kick)|came (?:in|through)|(?:were |was )?(?:banging|knocking|hammering|pounding))\b", re.IGNORECASE)
_ALL_CALM = re.compile(r"\b(?:all|everything|everyone|it'?s|its|it is)(?:'s| is)? (?:calm|fine|quiet|peaceful|chilled|relaxed)\b", re.IGNORECASE)
# Fear, a plea or a threat, not the knife's own words (a carving knife is the joke's).
_FEAR_OR_PLEA = re.compile(rf"\b(?:{_FEAR_OR_PLEA_WORDS}|threat\w*|kill\w*|hurt\w*|stab\w*|at (?:me|us|her|him|them|my \w+))\b", re.IGNORECASE)
# ... the one here said safe just after ("here at home with me and safe", "here with us, she's fine").
_A_CARER = re.compile(r"my (?:mum|mom|mummy|mam|dad|daddy|nan|nana|gran|grandma|grandad|auntie|aunty|aunt|teacher|big (?:brother|sister))\b", re.IGNORECASE)
_THE_OTHER_WENT = re.compile(r"\b(?:he|she|they|the (?:man|woman|men|lads?|boys?))(?:'s| has| have|'ve)? (?:went|gone|left|ran off|run off|walked off|drove off)\b",
                             re.IGNORECASE)
_NOBODY_HURT = re.compile(_NOBODY_HURT_WORDS, re.IGNORECASE)
_SOMEONE_INSIDE = re.compile(r"\b(?:i'?m|im|i am|we'?re|we are|she'?s|he'?s|they'?re|the kids are|the baby is) (?:still )?(?:in|inside)\b", re.IGNORECASE)
_ON_A_VEHICLE = re.compile(r"\s*(?:on|of|in) (?:the|my|our|his|her|a) (?:\w+ )?(?:tractor|car|van|cab|lorry|truck|bus|motor|motorbike|minibus|caravan)\b",
                           re.IGNORECASE)
_HERE_AND_SAFE = re.compile(r"^[^.?!]{0,30}?(?:\band\s+(?:(?:she|he|they)(?:'s|s| is| are|'re)\s+)?|,\s*(?:she|he|they)(?:'s|s| is| are|'re)\s+)"
                            r"(?:safe|fine|ok|okay|alright|all right|asleep|settled)\b",
                            re.IGNORECASE)


# Thirtieth round's excuses (_excused_as_fun_routine_or_settled).
# A threat said in fun over a trifle, with a laugh beside ("my housemate said she's going to murder me cos i used her
# shampoo lol"): the reason given just after ("cos", "because", "for"), a laugh, no fear, weapon or plea, and no partner
# or ex who said it.
_THREAT_IN_FUN = re.compile(r"^[^.?!]{0,40}?\b(?:cos|cause|coz|cuz|because|bc|for)\b[^.?!]{0,60}\b(?:lo+l+|lmao+|lmfao|haha+|rofl)\b|"
                            r"^[^.?!]{0,60}?(?:😂|🤣|😆|😅|😹)", re.IGNORECASE)
_A_PARTNER_SAID_IT = re.compile(r"\b(?:ex|husband|wife|partner|boyfriend|girlfriend|bf|gf|fella|abuser|stalker)\b", re.IGNORECASE)
# Locked in at work on a night shift as routine ("locked in on nights at the depot, standard for us guards"): the shift
# just after the match, or the routine said, nothing feared beside.
_LOCKED_IN_ON_SHIFT = re.compile(r"^\s*(?:on|for|during|doing|at) (?:the |my |a |our )?(?:nights|night shift|nightshift|night shifts|lates|earlies|shift|"
                                 r"my shift|the shift|a shift|overnights?|nights at)\b", re.IGNORECASE)
_ROUTINE_AT_WORK = re.compile(r"\b(?:standard|routine|normal|usual|policy|procedure|protocol) (?:for|with|on|at|in) (?:us |the |my |our )?"
                              r"(?:guards?|security|staff|nights|night shifts?|the job|this job|work)\b|\b(?:security guard|guarding|on nights)\b", re.IGNORECASE)
# Someone else's self-harm asked about, with that person said out of danger now ("how do i help my mate who thinks about
# cutting himself? he's not in danger now, he's at home").
_THEY_ARE_NOT_IN_DANGER = re.compile(r"\b(?:she|he|they)(?:'s|s| is|'re| are) (?:not|n't) in (?:any )?(?:danger|immediate danger)(?: (?:now|right now|at the moment))?\b|"
                                     r"\b(?:she|he|they)(?:'s|s| is|'re| are) safe (?:now|right now|at the moment|at (?:her|his|their) \w+)\b", re.IGNORECASE)
# A threat of his habit when drinking, he sober now ("he always said he'd torch the flat when he'd had a drink, he's been
# sober a year").
_SOBER_NOW = re.compile(r"\b(?:sober|clean|dry|off the drink|teetotal)(?: now)?(?: for)? (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"twelve|eighteen|several|many) (?:days?|weeks?|months?|years?)\b|\b(?:been|is|is now|now) sober\b", re.IGNORECASE)
_SAID_WHEN_DRINKING = re.compile(r"\b(?:always|used to|would always|whenever|when(?:ever)? (?:he|she) (?:was|were|had) (?:drinking|drunk|had a drink))\b",
                                 re.IGNORECASE)
# A weapon brought to school or work and taken off them, no one hurt ("a lad brought a penknife to school, it was
# confiscated and his mum was called").
_WEAPON_CONFISCATED = re.compile(r"\b(?:was|were|got|been|has been|have been|had been) (?:confiscated|seized|taken off (?:him|her|them|the pupil|the student))\b",
                                 re.IGNORECASE)
_NO_ONE_HURT = re.compile(r"\b(?:no ?one|nobody|no-one) (?:was |got |has been |were )?(?:hurt|injured|harmed)\b", re.IGNORECASE)


def _excused_as_fun_routine_or_settled(name: str, text: str, match: re.Match[str], after: str) -> bool:
    """The thirtieth round's excuses: a threat in fun over a trifle, a guard locked in on a shift as routine, someone
    else's self-harm asked about with them out of danger, a drunk threat with him sober now, a weapon confiscated."""
    category = _PATTERN_CATEGORY[name]
    if (category == "threat_to_kill" and _THREAT_IN_FUN.search(after) and not _FEAR_OR_WEAPON.search(text)
            and not _A_PARTNER_SAID_IT.search(text) and not _URGENT_NOW.search(text)):
        return True
    if (name == "locked_in" and (_LOCKED_IN_ON_SHIFT.match(after) and _ROUTINE_AT_WORK.search(text))
            and not _REAL_DANGER_BESIDE.search(text) and not _CANT_LEAVE.search(text)):
        return True
    if (name == "cut_self" and _SOMEONE_ELSES_SELF_HARM.search(match.group(0)) and _THEY_ARE_NOT_IN_DANGER.search(text)
            and not _URGENT_NOW.search(_HOW_TO_HELP.sub(" ", _THEY_ARE_NOT_IN_DANGER.sub(" ", text)))):
        return True
    if (category in ("fire", "threat_to_kill", "weapon") and _SAID_WHEN_DRINKING.search(text) and _SOBER_NOW.search(text)
            and not _URGENT_NOW.search(text) and not _HERE_NOW.search(text) and not _PRESENT_CUE.search(text)):
        return True
    return (category == "weapon" and bool(_WEAPON_CONFISCATED.search(text)) and bool(_NO_ONE_HURT.search(text))
            and not _URGENT_NOW.search(text) and not _says_now(text))


# Thirty-first round's excuses (_excused_as_asked_or_a_figure).
# Self-harm only asked about by someone and answered no ("the nurse asked if i'd ever thought about harming myself and i
# said no"): the question in the match's own sentence just before it, the "no" said after.
_ASKED_IF = re.compile(r"\b(?:asked|asks|asking|ask)(?: me| us| her| him)?(?: (?:straight )?out)? (?:if|whether)\b[^.?!]*$", re.IGNORECASE)
_ANSWERED_NO = re.compile(r"\b(?:i|she|he|we)(?: just)? (?:said|say|says|told (?:her|him|them|the \w+)|answered|replied|ticked|put)(?: that)? no\b|"
                          r"\b(?:i|she|he) (?:haven'?t|havent|have not|hasn'?t|hasnt|never have|never had|don'?t|dont)\b", re.IGNORECASE)
# Dying as a figure for a chore or an exam to be done once more ("i'm gonna die if i have to sit one more mock"): "if i"
# and the thing once more, nothing feared, bleeding or held beside.
_DIE_IF_I_HAVE_TO = re.compile(r"^\s*if (?:i|we) (?:have to |'ve got to |ve got to |gotta |must |need to |do |sit |hear |)"
                               r"(?:\w+ ){0,3}?(?:one more|another|again|any more|anymore|more)\b", re.IGNORECASE)


_OUT_OF_A_CAB = re.compile(r"\b(?:passengers?|fares?|cab|taxi|minicab|uber|bus|car)\b", re.IGNORECASE)
_PRISON = re.compile(r"\b(?:prison|jail|custody|hmp|inside|released|bail|sentence|parole|licen[cs]e|the nick)\b", re.IGNORECASE)


def _excused_as_asked_or_a_figure(name: str, text: str, match: re.Match[str], after: str) -> bool:
    """The thirty-first round's excuses: self-harm asked about and answered no, a passenger who got out of the cab, dying
    as a figure for a chore once more."""
    category = _PATTERN_CATEGORY[name]
    if (category == SELF_HARM and _ASKED_IF.search(text[max(0, match.start() - 60) : match.start()]) and _ANSWERED_NO.search(text[match.end() :])
            and not _says_now(text) and not _BLOOD.search(text) and not _URGENT_NOW.search(_ASKED_IF.sub(" ", text[: match.start()]) + text[match.end() :])):
        return True
    # "got out" of a cab or a car by a passenger, nobody let out of prison ("shouted at me then got out, no one hurt")
    if (name == "released_now" and re.search(r"\bgot out\b", match.group(0), re.IGNORECASE) and _OUT_OF_A_CAB.search(text)
            and not _PRISON.search(text)):
        return True
    return (name == "suicide_intent" and match.group(0).lower().endswith(" die") and bool(_DIE_IF_I_HAVE_TO.match(after))
            and not _REAL_DANGER_BESIDE.search(text) and not _says_now(text))


# (help asked about for someone else is no plea: "how can i help my sister")
_HOW_TO_HELP = re.compile(r"\b(?:how|what) (?:can|do|should|could|would) (?:i|we) (?:best |do to )?help\b", re.IGNORECASE)
_CANT_LEAVE = re.compile(r"\b(?:can'?t|cant|cannot|won'?t let) (?:get out|leave|me out|me leave)\b|\blet me out\b", re.IGNORECASE)


# A dream or a nightmare told of it ("i keep dreaming he's locked me in again", "had a nightmare that she was choking
# me"), the dream word just before the act in its own clause, and nothing feared now or asked for beside. A nightmare
# as a figure of speech ("it's a nightmare, he's strangling me now", "a living nightmare") is no dream.
_DREAMT = re.compile(r"\b(?:dream(?:s|t|ed|ing)?|(?<!s a )(?<!what a )(?<!living )nightmares?)\b(?: (?:about|of|that))?(?: (?:he|she|they|my \w+|someone)(?:'s|'ve|'d|'re| is| has| had| was| were)?)?"
                     r"(?: (?:being|getting))?\s*$",
                     re.IGNORECASE)
# (Woken to someone there is now; woken and all was quiet is the dream's end: "woke up and the house was silent".)
_DREAM_NOT_NOW = re.compile(r"\b(?:right now|help|please|outside|at the door|downstairs|here now|"
                            r"woke up (?:to|and)(?! (?:it was|it'?s|the (?:house|flat|room) was|everything was|all was|there was nothing|nothing|"
                            r"no one|nobody) )|knife|bleed\w*)\b", re.IGNORECASE)


# A neck in a picture or a story ("a painting of a man with his hands round a girl's neck", "in the film he has his
# arm round her throat"): art, not someone hurt, unless it is sent to them, said now or feared. A photo is not in it
# (a photo sent can be the harm itself).
_PICTURED = re.compile(r"\b(?:painting|painted|portrait|poster|drawing|sketch|sculpture|statue|artwork|gallery|museum|exhibition|film|movie|scene|"
                       # a play on a stage, not a play park, group or area where someone is hurt now
                       r"episode|series|comic|cartoon|novel|book|play(?! ?(?:park|ground|area|centre|center|group|room|school|date))|opera|ballet|"
                       r"music video|trailer|still from)\b", re.IGNORECASE)
_PICTURE_REAL = re.compile(r"\b(?:right now|now|help|sent me|sending me|scared|afraid|terrified|just|outside|here)\b", re.IGNORECASE)


def _only_a_dream(text: str, start: int) -> bool:
    return bool(_DREAMT.search(text[max(0, start - 40) : start])) and not _DREAM_NOT_NOW.search(text)


def _negated(text: str, match: re.Match[str]) -> bool:
    # Look at the few words before the match ("he never actually strangled me") and at the match itself
    # ("he isn't outside"), but not past the start of its clause ("he's not my ex but he's outside"), nor into a
    # condition before it ("if mum isn't back by ten he's going to kill her").
    if _CONDITION_NEGATED.search(text[max(0, match.start() - 60) : match.start()]):
        return bool(_NEGATION.search(text[match.start() : match.end()]))
    before = _CLAUSE_START.split(_REASSURANCE.sub(" ", text[max(0, match.start() - 20) : match.start()]))[-1]
    return bool(_NEGATION.search(before + text[match.start() : match.end()]))


# (twenty-seventh round) A reassurance negates nothing after it ("im fine dont worry i just had the whole bottle with the
# paracetamol"): its "dont" is the worry's.
_REASSURANCE = re.compile(r"\b(?:don'?t|dont|do not) (?:worry|panic|stress|freak out)\b|\bno (?:worries|need to worry)\b|\bnot to worry\b", re.IGNORECASE)


_CLAUSE_START = re.compile(r"[.,;!?]|\b(?:but|and|so)\b", re.IGNORECASE)
_CONDITION_NEGATED = re.compile(r"\b(?:if|unless)\b[^.?!,;]*\b(?:not|isn'?t|isnt|aren'?t|arent|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|won'?t|wont|"
                                r"can'?t|cant|never)\b[^.?!,;]*?(?:\b(?:he|she|they|he'?s|she'?s|they'?re|he'?ll|she'?ll|they'?ll|hes|shes)\s*(?:(?:will|is|are)\s+)?|"
                                # ... or in a time, the threat's own subject in the match ("if i do not pay tonight they kill me")
                                r"\b(?:tonight|today|tomorrow|now|by (?:\w+|\d+(?:[:.]\d\d)?(?:\s?(?:am|pm))?)|in time|on time)\s+)$",
                                re.IGNORECASE)


# What the detector found, kept in the parse data (tracker.latest_message[DANGER_KEY]) so actions can answer
# a category in its own way: self-harm also gets Samaritans (actions/danger.py).


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class DangerDetector(GraphComponent):
    """Sets the intent to `danger_now` (confidence 1.0) when `detect_danger` matches, and records the
    category under `danger`.

    A third net: when no pattern matched, the message is not told as past, habit, what-if or safe, and the
    binary danger-now classifier (bot/rasa_plugins/danger_classifier.py) reached its threshold, the intent
    becomes `danger_now` at that classifier's probability, whatever the intent classifier ranked first.

    And the other way: when the classifier says `danger_now` for a message that plainly tells of the past
    or says the person is safe ("last year he had a knife", "I'm not in danger now"), and no pattern
    matches, its next intent is taken instead, so an account is not answered as an emergency. So too, in
    English, when the binary classifier is sure the message is not danger now (below its `overrule_below`);
    and a pattern's match too, in English, when the intent classifier is also sure of another intent (never
    for self-harm: `_pattern_overruled`).

    The classifier's own prediction stays in `intent_ranking`, so logs and tests can still see it."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"intent": DANGER_INTENT}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "DangerDetector":
        return cls(config)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "DangerDetector":
        # Compiling every language's patterns takes over a second of CPU: done while the model loads, so
        # that the first person after a start or restart does not wait for it (issue 13's profile).
        other_languages()
        return cls.create(config, model_storage, resource, execution_context)

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._intent = config.get("intent", DANGER_INTENT)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            # Button payloads ("/choose{...}") are commands from the hub, never cries for help.
            if text.startswith("/"):
                continue
            decision = decide_danger(text, readings_of(message, self._intent))
            if decision.verdict is Verdict.PATTERN and decision.found is not None:
                self._mark_danger(message, decision.found)
            elif decision.verdict is Verdict.BINARY:
                self._take_binary_danger(message)
            elif decision.verdict is Verdict.DEMOTED:
                self._demote(message)
        return messages

    def _take_binary_danger(self, message: Message) -> None:
        """The binary danger-now classifier (DangerNowClassifier, first in the pipeline) heard danger the
        intent classifier ranked lower: danger_now at the binary classifier's probability (at least the
        threshold, which the forms read as likely danger), the intent classifier's ranking kept under it."""
        self._rank_danger_first(message, classifier_probability(message) or 0.0)

    def _mark_danger(self, message: Message, found: DangerMatch) -> None:
        self._rank_danger_first(message, 1.0)
        message.set(DANGER_KEY, {"category": found.category, "pattern": found.pattern}, add_to_output=True)

    def _rank_danger_first(self, message: Message, confidence: float) -> None:
        danger = {INTENT_NAME_KEY: self._intent, PREDICTED_CONFIDENCE_KEY: confidence}
        ranking = [
            entry
            for entry in message.get(INTENT_RANKING_KEY) or []
            if entry.get(INTENT_NAME_KEY) != self._intent
        ]
        message.set(INTENT, danger, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [danger, *ranking], add_to_output=True)

    def _demote(self, message: Message) -> None:
        others = [
            entry
            for entry in message.get(INTENT_RANKING_KEY) or []
            if entry.get(INTENT_NAME_KEY) not in (self._intent, FALLBACK_INTENT)
        ]
        if others:
            message.set(INTENT, dict(others[0]), add_to_output=True)

    def process_training_data(self, training_data: Any) -> Any:
        return training_data


# Thirty-second round (English sets 63 and 64 read): precision first, by kind.
# A weapon denied in learner English ("my husband no have knife", "here no gun"), just before the weapon's word; "he have
# knife now" and "he has a gun, no joke" stay weapons.
_LEARNER_HAS_NO = re.compile(r"\b(?:no|not|nothing) (?:have|has|got|having)(?: (?:a|an|any|the|one))?\s+$|"
                             r"(?:^|[.,;:!]\s*|\b(?:here|now|and|he|she|they|him|her)\s+)no\s+(?:(?:a|any)\s+)?$", re.IGNORECASE)
# It is over, in learner English ("before, one year ago ... now finish", "finish now, he move Birmingham", "now he prison"),
# nothing after it saying it goes on.
_OVER_IN_LEARNER_ENGLISH = re.compile(
    r"\b(?:now (?:is |it is |it'?s |all )?finish(?:ed)?|(?:is |all |it is |it'?s )?finish(?:ed)? now|all finish(?:ed)?|"
    r"now (?:he|she|they) (?:is |are )?(?:in )?(?:prison|jail)|(?:he|she|they) (?:is |are )?(?:in )?(?:prison|jail) now)\b"
    r"(?!.*\b(?:but|again|still|come back|coming|came back|outside|here now)\b)", re.IGNORECASE)
# Learner English's "not any more" said calm ("Today no. ok", "Here no gun. I am ok").
# (Not "no one", "nowhere", "no more": "here no one is safe"; not "not safe".)
_NO_MORE_AND_OK = re.compile(r"\b(?:today|now|here) no\b(?!\s+(?:one|body|where|way|more|longer)\b)[^?]{0,25}?(?<!\bnot\s)(?<!\bno\s)(?<!n't\s)"
                             r"\b(?:ok|okay|fine|safe)\b(?: now)?\W*$", re.IGNORECASE)
# An accident or a slip seen to: a cut "by accident" with a plaster, a hand sliced on a tool at work with stitches, tablets
# taken twice by mistake and 111 said fine, the evening's tablets taken as usual and all fine.
_BY_ACCIDENT = re.compile(r"\b(?:by accident|by mistake|accidentally|accidental)\b", re.IGNORECASE)
_SEEN_TO_OR_FINE = re.compile(r"\b(?:plasters?|stitch\w*|bandage\w*|small cut|little cut|(?:is|are|'s|he'?s|she'?s|i'?m|im|i am|all|now|will be|be) "
                              r"(?:ok|okay|fine|alright|all right)|ok now|now ok|(?:ok|okay|fine)\W*$|back (?:home|at (?:the|his|her|work))|sorted)\b", re.IGNORECASE)
_TOOL_ACCIDENT = re.compile(r"\b(?:sliced|cut|nicked|gashed|caught|trapped|snagged) (?:his|her|my|their|a) (?:own )?(?:hand|finger|fingers|thumb|arm|leg|foot)\b"
                            r"(?: open)?[^.?!]{0,10}\bon (?:the|a|some|his|her|my) (?:\w+ ){0,2}?(?:trimmer|strimmer|hedge ?cutter|saw|chainsaw|mower|lawnmower|"
                            r"drill|grinder|machine|baler|twine|tin|glass|fence|wire|chisel|plane|slicer|mandoline|grader|conveyor)\b", re.IGNORECASE)
_DOSE_SEEN_TO = re.compile(r"^(?!.*\b(?:all (?:my|of|the|his|her)|whole (?:box|packet|bottle)|too many|want(?:ed)? to die|end it|kill (?:my|him|her)self|"
                           r"on purpose|overdos\w*)\b)(?=.*\b(?:tablets|pills|meds|medication|medicine|dose|insulin)\b)"
                           r"(?=.*\b(?:(?:twice|double|two doses|extra dose) (?:by mistake|by accident|accidentally)\b[^?]{0,160}\b(?:fine|ok|okay|alright)|(?:by mistake|by accident|accidentally)\b[^?]{0,120}"
                           r"\b(?:111|gp|doctor|pharmacist|chemist|nurse|nhs)\b[^?]{0,60}\b(?:fine|ok|okay|alright)|"
                           r"(?:my|her|his) (?:evening|morning|night|nightly|bedtime|usual|normal|daily) (?:tablets|pills|meds|medication|medicine)\b[^?]{0,80}\b(?:all )?(?:fine|ok|okay)))",
                           re.IGNORECASE)
# Knives bought and still boxed, shown off ("showing everyone the knives he bought, still in the box").
_WEAPON_BOUGHT = re.compile(r"\b(?:bought|buying|ordered|delivered|new)\b[^.?!]{0,40}\b(?:still in (?:the|their|its) (?:box|boxes|packaging|packet|wrapper)|boxed up|in the packaging)\b",
                            re.IGNORECASE)
# A school or college project on it, asked about ("doing my EPQ on arson, is petrol through the letterbox common?").
_STUDY_QUESTION = re.compile(r"^\W*(?:i'?m |im |i am |we'?re |we are )?(?:doing|writing|working on|researching|revising for) (?:my|a|an|our|the) (?:\w+ )?"
                             r"(?:epq|coursework|dissertation|essay|project|assignment|presentation|thesis|homework|report)\b(?=[^?]*\?)", re.IGNORECASE)
# What tells two words apart asked about ("what's the difference between an arranged and a forced marriage?").
# (thirty-fifth round) ... asked after what the class did ("we did forced marriage in RS today, whats the difference between ...")
_DIFFERENCE_ASKED = re.compile(r"(?:^|[.,;!?])\W*(?:what(?:'s| is| are)|whats) (?:the )?differences? between\b", re.IGNORECASE)
# A threat said every time he drank, told while he is away abroad for months ("now he is in Slovakia for work").
# (thirty-fifth round) ... or in rehab or treatment ("when she's drunk she says she'll kill me. She's been in rehab since
# October"): a drinker's "when she's drunk" is a habit's "whenever".
_AWAY_ABROAD_NOW = re.compile(rf"\b(?:now )?(?:he|she|they)(?:'s| is| are|'re)?(?: now)? (?:away )?(?:in|back in) "
                              rf"(?:{_COUNTRY}|slovakia|czechia|the czech republic|hungary|croatia|serbia|slovenia|estonia|moldova|russia|georgia|morocco|"
                              r"algeria|tunisia|scotland|ireland|\w+ for (?:work|a job|\d+|two|three|four|six) (?:months?|weeks?|years?|work))\b|"
                              r"\b(?:he|she|they)(?:'s| is| are|'re|'s been| has been| have been|'ve been)? (?:now )?(?:in|at|away (?:in|at)) (?:rehab|detox|residential treatment|"
                              r"(?:a |the )?(?:rehab|detox|treatment|recovery) (?:centre|center|unit|clinic|place))\b", re.IGNORECASE)
_WHEN_DRINKING = re.compile(r"\bwhen (?:he|she|they)(?:'s| is| are|'re| gets?| has| have|'ve)? (?:drunk|been drinking|had a drink|had a few|(?:been )?on the (?:drink|booze|vodka|gin|cans|beer|lager))\b",
                            re.IGNORECASE)
# (thirty-fifth round) a threat said by one dead now, told as what he said when alive or many times ("my husband when
# alive, he say many times he kill me. now he is died 10 year")
_SAID_WHEN_ALIVE = re.compile(r"\bwhen (?:he |she |they )?(?:was |were )?alive\b|\bmany times\b|\bused to\b|\bbefore (?:he|she|they) (?:died|passed)\b", re.IGNORECASE)
# Acute beside an everyday account: not breathing, unconscious, bleeding, an attack or a locking-in going on, nobody safe.
_ACUTE_BESIDE = re.compile(r"\b(?:right now|not breathing|stopped breathing|can'?t breathe|cant breathe|unconscious|(?:won'?t|wont|not|isn'?t|isnt) (?:wake|waking)\w*|"
                           r"collapsed|turning blue|gone blue|ambulance|999|bleeding|blood everywhere|pouring (?:with )?blood|"
                           r"(?:locked|shut|got) (?:me|us|her|him|them) (?:locked )?in|(?:hitting|punching|kicking|beating|strangling|choking|stabbing|attacking) "
                           r"(?:me|us|her|him|them|my \w+)|still (?:here|outside|punching|hitting|kicking|banging|at the door)|no ?one is safe|not safe)\b",
                           re.IGNORECASE)
# Locked out, a key lost, stuck in with a bad knee, workmen coming to fix a shutter: the words in their everyday sense.
_EVERYDAY_32 = re.compile(r"\b(?:lose|lost|forgot|forget) (?:my|the|our|her|his) (?:door |house |front door )?keys?\b[^?]*\b(?:ok|okay|fine|sorted)\b|"
                          r"\bstuck (?:at home|indoors|inside|in the house|in bed) (?:with|because of|cos|due to) (?:my |a |her |his |this )?(?:bad|broken|sore|twisted|dodgy|"
                          r"new|painful)? ?(?:knee|back|hip|leg|ankle|foot|arm|covid|flu|cold|chest)\b|"
                          r"\bcoming (?:round |over )?(?:tomorrow |today |later )?to (?:fix|repair|mend|fit|replace|install|service)\b"
                          # (lead's review, eighteenth session) not a family "coming to fix the date" of a wedding
                          r"(?! (?:the|a|her|my|his) (?:date|day|wedding|nikah|rishta|marriage|match)\b)", re.IGNORECASE)


def _told_over_or_everyday(text: str) -> bool:
    """The thirty-second round's accounts: over in learner English, an accident or a dose seen to, knives bought and
    boxed, a school project asked about, a key lost, workmen coming; nothing urgent or feared beside. (And the
    thirty-fourth round's are read on the whole message, by category: `_everyday_34`.)"""
    # Whatever else the message says, a body in trouble or an attack going on is never an everyday account (the lead's
    # review: "took her tablets twice by mistake and now shes not breathing", "stuck at home with my bad knee and he is
    # hitting me right now", "i lost my key, hes got me locked in").
    if _ACUTE_BESIDE.search(text):
        return False
    if _URGENT_NOW.search(text) and not (_DOSE_SEEN_TO.search(text) or _EVERYDAY_32.search(text)):
        return False
    if _OVER_IN_LEARNER_ENGLISH.search(text) or _NO_MORE_AND_OK.search(text) or _DOSE_SEEN_TO.search(text):
        return True
    if _EVERYDAY_32.search(text) and not _REAL_DANGER_BESIDE.search(text):
        return True
    if (_BY_ACCIDENT.search(text) or _TOOL_ACCIDENT.search(text)) and _SEEN_TO_OR_FINE.search(text) and not _REAL_DANGER_BESIDE.search(_BY_ACCIDENT.sub(" ", text).replace("knife", " ")):
        return True
    if _WEAPON_BOUGHT.search(text) and not _WEAPON_USED.search(text):
        return True
    return bool(_STUDY_QUESTION.search(text) or _DIFFERENCE_ASKED.search(text))


def _excused_in_plain_words(name: str, text: str, match: re.Match[str]) -> bool:
    """The thirty-second round's excuses, for a pattern's match: a weapon denied in learner English just before it, and
    the accounts of `_told_over_or_everyday`; a threat said as a habit while he is away abroad."""
    category = _PATTERN_CATEGORY[name]
    if category == "weapon" or name in ("weapon", "weapons_here_now", "tool_as_weapon"):
        weapon_word = re.search(r"\b(?:knife|knives|gun|guns|blade|machete|weapon|pistol|rifle|shotgun|bat|axe|sword)\b", match.group(0), re.IGNORECASE)
        start = match.start() + (weapon_word.start() if weapon_word else 0)
        if _LEARNER_HAS_NO.search(text[max(0, start - 16) : start]):
            return True
    if category == "threat_to_kill" and _STRONG_HABIT.search(text) and _AWAY_ABROAD_NOW.search(text) and not _URGENT_NOW.search(text):
        return True
    # (fifty-first round) a weapon still kept by one far away or barred ("my ex in Romania still have his knife, he is not
    # in UK ... he cannot come here"), nothing urgent or here now
    if (category == "weapon" and _FAR_AWAY_OR_BARRED.search(text) and not _URGENT_NOW.search(text) and not _HERE_NOW.search(text)
            and not _PRESENT_CUE.search(text)):
        return True
    return _told_over_or_everyday(text)


# Thirty-fourth round's accounts and everyday words (_everyday_34), each read with its own guard, and none with an attack
# or a body in trouble beside (_ACUTE_BESIDE, read as an attacker would).
# Whether self-harm must be reported, asked ("if I tell you I've self-harmed before, will you report it?", "do you
# have to tell the police if someone says they cut themselves?"): a question, nothing done now.
_ASKS_IF_REPORTED = re.compile(r"^(?=[^?]*\?\s*$)(?=.*\b(?:report|tell|inform|pass (?:it|this|that) on|social services|the police|my gp|my parents)\b)"
                               r"(?=.*\b(?:will|would|do|does|have to|has to|must|need to|got to)\b[^.?!]{0,25}\b(?:you|u|they|staff|counsell?ors?|doctors?|teachers?|"
                               r"nurses?|the police)\b|.*\b(?:you|u|they|staff) (?:have|has|need|got) to (?:tell|report|inform)\b)"
                               r"(?=.*\b(?:before|ever|someone|somebody|anyone|a friend|they)\b)|"
                               # (fortieth round, self-harm) what the service does if someone tells of it, the question asked
                               # first ("what happens if someone tells the chat they are thinking about hurting themselves? asking
                               # for my coursework"): nothing but the question's own words may name harm (_asks_what_is_done_if)
                               r"^\W*what (?:happens|do you do|does (?:the|this) (?:bot|chat|service|app) do) if (?:someone|somebody|anyone|a (?:person|user|child|student)|"
                               r"i|you|they) (?:tells?|says?|types?|writes?|messages?|mentions?|admits?)\b[^?]*\?(?!.*\b(?:pills|tablets|overdos\w*|took|taken|swallow\w*|"
                               r"cut\w*|bleed\w*|blood|jump\w*|bridge|roof|rope|blade|razor|knife|now|rn|tonight|today|i'?ve|ive|i am|i'?m|im|i have)\b)", re.IGNORECASE)
# Self-harm long over: as a teenager, not done for years.
_SELF_HARM_LONG_OVER = re.compile(r"\b(?:self[- ]?harm\w*|cut (?:myself|herself|himself)|hurt (?:myself|herself|himself))\b[^.?!]{0,20}\b(?:as a (?:teenager|teen|kid|child)|"
                                  r"in my teens|at school|years ago)\b|\b(?:not|haven'?t|havent|have not|hasn'?t|has not) (?:done it|self[- ]?harmed|cut|hurt (?:myself|herself|himself))"
                                  r" (?:for|in) (?:\d+|two|three|four|five|six|many|a few|several) (?:years|yrs)\b", re.IGNORECASE)
# Knives for the work in hand on a farm or in a kitchen ("knives for the cabbages, it is normal work"), none drawn on anyone.
_WORK_KNIVES = re.compile(r"\b(?:knives|knife|machetes?|blades?|sickles?)\b[^.?!]{0,20}\bfor (?:the )?(?:cabbages?|veg(?:etables?|gies)?|crops?|harvest\w*|lettuces?|sprouts|"
                          r"cauliflowers?|broccoli|leeks|onions|potatoes|fruit|cutting (?:the )?\w+)\b|\bit(?:'s| is) (?:normal|just|only) (?:work|their job|the job)\b", re.IGNORECASE)
_KNIFE_TURNED_ON = re.compile(r"\b(?:knife|knives|blade|machete|gun|one)s? (?:at|to|on|against) (?:me|us|her|him|my)\b|\b(?:threat\w*|point\w*|wav\w*|swing\w*|stab\w*|chas\w*|"
                              r"holding|held|pulled|grabbed|gun|guns)\b",
                              re.IGNORECASE)
# A cut of one's own, the bleeding seen to ("bleeding a lot but now plaster on, I am ok").
# (fortieth round, self-harm: the blood told as "blood everywhere" and the plaster "on": "cut my finger chopping onions, blood
# everywhere lol, plaster on")
_OWN_CUT_SEEN_TO = re.compile(r"\bcut (?:my|his|her) (?:finger|thumb|hand|palm)\b[^.?!]{0,40}\b(?:bleed\w*|blood)[^.?!]{0,25}\b(?:(?:now|but) (?:a |the )?(?:plaster|plasters|bandage\w*|"
                              r"steri[- ]?strips?|stopped)|(?:plasters?|bandage|steri[- ]?strips?) (?:on|applied))\b|"
                              # (fortieth round, self-harm) cut "on" a tool or a thing at a task, told small ("cut myself on the
                              # craft knife doing my cosplay, tiny cut, its fine"): "on" a thing, never "with" a blade nor "on purpose"
                              r"\bcut (?:myself|my (?:finger|thumb|hand|palm)) on (?:the|a|my|some|an) (?:\w+ )?(?:knife|blade|glass|tin|can|saw|scalpel|scissors|"
                              r"paper|nail|wire|lid|cutter)\b(?! on purpose)[^.?!]{0,60}\b(?:tiny|small|little|only a) (?:cut|nick|scratch)\b|"
                              # (forty-third round) a knee or an elbow cut at sport and patched up ("cut my knee on the court today,
                              # blood everywhere, physio patched me up")
                              r"\bcut (?:my|his|her) (?:knee|knees|elbow|shin|leg|chin|head|eyebrow)\b[^.?!]{0,60}\b(?:physio|first aider|first aid|paramedic|nurse|coach|medic)s?\b"
                              r"[^.?!]{0,20}\b(?:patched|strapped|glued|stitched|cleaned|sorted|bandaged) (?:me|him|her|it) up\b", re.IGNORECASE)
# A game's guns and its players' words ("plays that game where they have guns ... says I'll shoot you to his friends").
_A_GAME_PLAYED = re.compile(r"\b(?:plays?|playing|played) (?:that|this|a|the|his|her|some) (?:\w+ )?game\b",
                            re.IGNORECASE)
# (lead's review: a weapon in someone's hand is real whatever game is played: "he's got a knife in his hand", "he has his
# dad's gun"; a game's own "where they have guns" is not)
_REAL_WEAPON_OUT = re.compile(r"\b(?:real|actual)\b[^.?!]{0,10}\b(?:gun|knife|weapon)\b|\bin (?:his|her|their) hands?\b|"
                              r"\b(?:got|has|holding|grabbed|picked up|took|fetched|carrying) (?:a|an|the|his|her|their|my|\w+'s) (?:[\w']+ )?(?:knife|gun|blade|machete|"
                              r"hammer|bat|axe|shotgun|rifle|pistol|crossbow)\b|\b(?:has|got|holding|pointing|waving)\b[^.?!]{0,15}\b(?:at|to) (?:me|us|her|him)\b",
                              re.IGNORECASE)
# A play rehearsed ("our drama group ... I'm playing the aunty who brings the cutter, rehearsal tonight").
_ON_STAGE = re.compile(r"\b(?:drama (?:group|club|class|society)|(?:a|the|our|school) play (?:about|where|on)|rehears\w*|"
                       r"(?:i'?m|im|i am|she'?s|he'?s) playing the (?:\w+ ){0,2}(?:aunty|auntie|role|part|villain|mum|mother|dad|father|husband|wife|girl|boy|man|woman))\b",
                       re.IGNORECASE)
_PLAY_ABOUT = re.compile(r"\b(?:a|the|our|school|this) (?:play|drama|show|scene|sketch) (?:about|on|where) [^.,;!?]*", re.IGNORECASE)
# A wedding months off, nothing forced ("wedding's not till April"); a wedding's planning ("mehndi artist booked", "the
# dholki playlist", "her bridal hair"), nothing forced.
_NOT_TILL_LATER = re.compile(r"\b(?:not|isn'?t|is not|'s not|s not) (?:till|until|til) (?:(?:next )?(?:january|february|march|april|may|june|july|august|september|"
                             r"october|november|december|spring|summer|autumn|winter|year)|\d{4})\b", re.IGNORECASE)
# (thirty-ninth round) ... a stylist or a hairdresser booked or asked, the mahr agreed ("does the mahr have to be money?")
_WEDDING_PLANNED = re.compile(r"\b(?:(?:mehndi|mehendi|henna|make ?-?up|hair) artist|playlist|caterers?|decorations|bridal (?:hair|make ?-?up|shop|party)|venue|"
                              r"(?:hair ?)?stylists?|hairdressers?|mahr|haq mehr)\b",
                              re.IGNORECASE)
# A thought of someone outside put down to the weather, him in prison for years ("I keep thinking he is outside but it is
# only the wind ... he is in prison till 2028").
_ONLY_THE_WIND = re.compile(r"\b(?:it'?s|it is|its|it was) (?:only|just) (?:the wind|the rain|the cat|a fox|the fox|my imagination|the heating|the pipes|the tree)\b",
                            re.IGNORECASE)
_THOUGHT_NOT_SEEN = re.compile(r"\b(?:keep|kept|keeps) (?:thinking|imagining|feeling)\b|\bin prison (?:till|until) (?:20\d\d|next year)\b", re.IGNORECASE)
# A marriage forced long ago ending now ("I'm 44 and finally divorcing him, he's already moved out").
_FORCED_LONG_AGO_ENDING = re.compile(r"\b(?:now )?(?:i'?m|im|i am) (?:[3-9]\d)\b[^.?!]{0,40}\b(?:divorc\w*|separat\w*|left him|leaving him)\b|"
                                     r"\b(?:finally )?divorcing (?:him|her)\b[^.?!]{0,40}\b(?:moved out|gone|left)\b", re.IGNORECASE)
# (thirty-fifth round) A child's own ceremony: a communion, a naming, an award, a Quran finished, a turban tied.
_CHILDS_OWN_CEREMONY = re.compile(r"\b(?:first (?:holy )?communion|communion|christening|baptism|naming|aqiqah|aqeeqah|ameen|bismillah|awards?|graduation|"
                                  r"prize[- ]giving|citizenship ceremony|confirmation|bat mitzvah|bar mitzvah|dastar bandi|amrit|mundan|annaprashan|"
                                  r"nativity|school play|assembly)\b", re.IGNORECASE)
# (thirty-fifth round) The family's stand against it said, nothing arranged ("my husband and me we are against the excision
# and all the family know this", "her family are very against it", "nobody is arranging anything", forty-fourth round "he's
# not arranging anything"); not one followed by a
# "but" ("we're against it but his mother is taking her"), the writer's own "I'm against it", nor beside an arrangement.
_NO_ACCEPTED = (r"\b(?:now )?(?:the |my |our |his |her )?(?:whole )?(?:family|families|in-?laws|parents|they|everyone) (?:now )?(?:accept|accepts|accepted|"
                r"respect|respects|respected|agree with|agrees with|agreed with) (?:it|this|that|(?:my|our|her|his) (?:no|choice|decision|wish))(?: now)?\b"
                r"(?![^.?!]*\bbut\b)|"
                # ("i said no and they listened", "they backed off")
                r"\b(?:the |my |our |his |her )?(?:whole )?(?:family|families|in-?laws|parents|they|everyone) (?:now )?(?:listened|backed off|backed down|dropped it|"
                r"let it go|gave up)\b(?![^.?!]*\bbut\b)|"
                # (forty-ninth round) one parent who dropped it ("when i told him i want to finish uni first he dropped it completely")
                r"\b(?:now )?(?:he|she|(?:my |her |his )?(?:dad|mum|mom|father|mother|abba|abbu|ammi|ammu)) (?:just |then |finally )?(?:backed off|backed down|dropped it|let it go|gave up)"
                r"(?: completely| totally| straight away| after that)?\b(?![^.?!]*\bbut\b)|"
                # (fifty-second round) Pidgin's dropped it ("my papa want make I marry since 2020 but I no gree and now he don forget am")
                r"\b(?:now )?(?:he|she|dem|they|(?:my )?(?:papa|mama|daddy|mummy|dad|mum)) (?:don|done) (?:forget|drop|leave|stop) (?:am|it|dat (?:matter|tin|thing))\b(?![^.?!]*\bbut\b)|"
                # ... or agreed to the no ("I tell am say no, e don gree. we dey fine now")
                r"\b(?:say no|no gree)\b[^.?!]{0,30}\b(?:he|she|e|dem|they|papa|mama) (?:don|done) gree\b(?![^.?!]*\bbut\b)")
_NO_ACCEPTED_RE = re.compile(_NO_ACCEPTED, re.IGNORECASE)
# (forty-second round) ... and the life that goes on since ("i said no and they accepted it, now im doing college"): its "now" is
# the writer's studies or work, not danger's
_LIFE_GOES_ON = re.compile(r"\bnow (?:i'?m|im|i am|she'?s|she is|he'?s|he is) (?:doing|studying|working|settled|happy|at (?:college|uni|university|sixth form|work)|"
                           r"in (?:college|uni|university|sixth form|year \d+))\b|"
                           # ... or grown up since ("im 19 now")
                           r"\b(?:i'?m|im|i am|she'?s|she is|he'?s|he is|we'?re|we are) (?:1[89]|[2-9]\d|grown up|adults?|married) now\b|"
                           # (forty-ninth round) ... or only awkward between them since ("just awkward round her at family stuff now")
                           r"\b(?:just|only|bit|a bit|it'?s|its|it is|things are|a little|kinda|bit of an?) (?:awkward|weird|tense|strained|frosty|uncomfortable)\b[^.?!]{0,40}\bnow\b|"
                           # ... and whether the custom is "still done there", asked
                           r"\b(?:is|are) (?:it|they|that|this) still (?:done|practi[sc]ed|happening|a thing|common)\b[^.?!]*\?", re.IGNORECASE)
_AGAINST_IT = re.compile(r"\b(?:we|they|(?:my|her|his|our|the|their) (?:whole )?(?:family|families|parents|husband|wife|mum|mom|dad|mother|father)|"
                         r"(?:my|her) (?:husband|wife) and (?:me|i)(?: we)?)(?: are| is|'re|'s| both| all)?(?: (?:all|both|very|totally|strongly|completely|firmly|so|really))* "
                         r"against (?:the )?(?:excision|cutting|cut|fgm|it|this|that|circumcision|khatna|khatana|sunnah?|gudniin|(?:forced|child) marriage)\b(?![^.?!]*\bbut\b)|"
                         r"\b(?:(?:nobody|no one|no-one|noone) (?:is|'s|are|will be)|(?:he|she|they|dad|mum|my (?:dad|mum|father|mother|parents))(?:'s| is|'re| are) not) "
                         r"(?:arranging|planning|forcing|organi[sz]ing) (?:anything|it|her|him|me|a (?:marriage|wedding|rishta|nikah))\b"
                         r"(?![^.?!]*\bbut\b)|"
                         # (thirty-sixth round) the no accepted, nobody pressing any more ("I refuse the cutting for my two daughters and
                         # now the family accept it, nobody push us anymore"): its own "now" is the acceptance's, not danger's
                         + _NO_ACCEPTED + "|"
                         # (forty-second round) a parent who refused it for the writer ("they used to do it to all the girls but she
                         # refused for me and my sisters")
                         r"\b(?:she|he|they|my (?:mum|mom|mother|dad|father|parents|nani|nana|dadi|grandma|grandmother)) (?:refused|said no|stood up to them|"
                         # (forty-third round) ... or will not let it happen ("she was cut herself and she won't let it happen to us")
                         r"wouldn'?t let (?:them|it happen)|would not let (?:them|it happen)|(?:won'?t|wont|will not|will never|would never) let (?:them|it happen)) "
                         r"(?:it )?(?:for|to) (?:me|us|my|her daughters|her girls)\b(?![^.?!]*\bbut\b)|"
                         r"\b(?:nobody|no one|no-one|noone) (?:push|pushes|pushing|pressures?|pressuring|forces|forcing|asks?|asking) (?:us|me|her|him|them) ?(?:about it )?"
                         r"(?:anymore|any more)\b(?![^.?!]*\bbut\b)|"
                         # (forty-fifth round) the family's word that it never will be ("my parents say never for me or my sister", "no marriage
                         # until I am big", "nobody is cutting anything ... I will never allow that for her")
                         r"\b(?:my |her |his |our )?(?:mum|mom|mother|dad|father|parents|family) (?:say|says|said)\b[^.?!]{0,40}?\b(?:never (?:for|to) (?:me|us|her|my \w+)|"
                         r"no (?:marriage|wedding|rishta|shaadi) (?:until|till|before))\b(?![^.?!]*\bbut\b)|"
                         r"\b(?:nobody|no one|no-one|noone) is (?:cutting|circumcising) (?:anything|anyone|anybody)\b(?![^.?!]*\bbut\b)|"
                         r"\b(?:i|we) (?:will|would|'ll) never (?:allow|let) (?:that|it|them)(?: happen)? (?:for|to) (?:her|them|my \w+|our \w+)\b(?![^.?!]*\bbut\b)|"
                         # (forty-fifth round) the family's own work against it ("her mum volunteers for an anti FGM group")
                         r"\b(?:she|he|they|(?:my|her|his|their|our) (?:mum|mom|mother|dad|father|parents|family|aunt|auntie|aunty|nan|gran|grandma))"
                         r"(?: is| are|'s|'re)? (?:volunteers?|volunteering|works?|working|campaigns?|campaigning|speaks? out|speaking out) "
                         r"(?:for|with|at|in|against) (?:an? |the )?(?:anti[- ]?(?:fgm|cutting|fm|forced marriage)|fgm charity|charity against (?:fgm|cutting))\b"
                         r"(?![^.?!]*\bbut\b)", re.IGNORECASE)
def _refused_and_not_accepted(text: str) -> bool:
    """The person's no said, and not the no the family accepted after it ("i said no and they accepted it")."""
    refused, accepted = _MARRIAGE_REFUSED.search(text), _NO_ACCEPTED_RE.search(text)
    return refused is not None and not (accepted is not None and refused.start() < accepted.start())


# A cutting overheard and explained as an everyday one ("turns out shes cutting the cake at her daughters engagement"), no
# girl named as the one cut nor the cutting's own names beside it.
_CUTTING_EXPLAINED = re.compile(r"\bturn(?:s|ed) out\b[^.?!]{0,30}\b(?:cutting|cut|to cut) (?:the|a|her|his|their|my|some) (?:\w+ )?(?:cake|ribbon|ribbons|hair|fringe|grass|"
                                r"lawn|hedges?|cloth|fabric|pattern|onions?|veg\w*|wood|tiles?|paper|keys?|cards?|sandwich\w*|bread|meat)\b|"
                                r"\b(?:she|he|they) (?:meant|was talking about|were talking about|means) (?:cutting|the cutting of) (?:the|a) (?:\w+ )?(?:cake|ribbon)\b",
                                re.IGNORECASE)
_A_GIRL_CUT = re.compile(r"\b(?:fgm|khatna|khatana|khitan|sunnah?|circumcis\w*|gudniin|tahur|excision|made (?:clean|pure)|cutter)\b|"
                         r"\bcut\w* (?:on |to |for )?(?:me|my|our|both|the girls?(?!'?s?'? (?:hair|fringe|nails|cake|ribbon)\b)|the little|her(?! (?:hair|fringe|nails|cake|ribbon)\b))\b", re.IGNORECASE)


def _forced_or_cut_beside(text: str) -> bool:
    """A marriage or a cutting arranged soon, or any forced-marriage or cutting danger English's patterns read, in the text."""
    beside = _detect_english(text)
    return (beside is not None and beside.category == FORCED_MARRIAGE_OR_FGM) or any(pattern.search(text) for pattern in _ARRANGED_SOON_BY_FORCE)


def _against_it_or_cutting_explained(text: str) -> bool:
    """The thirty-fifth round's forced-marriage and cutting accounts: the family against it with nothing arranged, or a
    cutting overheard that turned out to be a cake's; never with an attack, a body in trouble, anything urgent, feared or
    forced, a now, or harm looked ahead to beside (its harm words: the family's stand told "today" and a sister "going to
    university" look ahead to none)."""
    if (_ACUTE_BESIDE.search(text) or _ATTACK_BESIDE_34.search(text) or _URGENT_NOW.search(text) or _REAL_DANGER_BESIDE.search(text)
            or _says_now(_LIFE_GOES_ON.sub(" ", _AGAINST_IT.sub(" ", text)))
            or _HARM_AHEAD.search(re.sub(r"(?i)\b(?:today|tonight|going to|gonna)\b", " ", text))):
        return False
    if (_AGAINST_IT.search(text) and not _COERCION_SAID.search(text) and not _refused_and_not_accepted(text)
            and not _forced_or_cut_beside(_AGAINST_IT.sub(" ", text))):
        return True
    # (thirty-ninth round) a son's circumcision at a clinic, by any of its names, read by imminent_cutting's "tahur" with a day
    return bool(_CUTTING_EXPLAINED.search(text) and not _A_GIRL_CUT.search(_CUTTING_EXPLAINED.sub(" ", text)) or _SONS_CIRCUMCISION.search(text))


# (forty-second round) A supervisor, a teacher or a boss who will "murder me" over work due ("dissertation's due tomorrow and
# my supervisor is going to murder me").
_KILLED_OVER_WORK_DUE = re.compile(r"\b(?:supervisor|tutor|teacher|lecturer|professor|boss|manager|line manager|gaffer|coach|sir|miss)(?:'s| is)? "
                                   r"(?:gonna |going to |will |'ll )?(?:kill|murder) me\b", re.IGNORECASE)
_WORK_DUE = re.compile(r"\b(?:dissertation|essay|deadline|coursework|assignment|homework|thesis|report|draft|chapter|presentation|rota|targets?|"
                       r"late|overslept|due)\b", re.IGNORECASE)
# The family who "will kill me" in everyday speech, and the words of it.
_KIN_WHO_SAY_IT = r"mum|mom|mam|mummy|mother|dad|daddy|father|nan|nana|nani|gran|grandma|sister|brother|aunty|auntie|khala|ammi|abbu"
_WILL_KILL_ME = r"(?:'s| is)? (?:literally |actually |deffo |definitely |so )?(?:gonna |going to |will |'ll )?(?:kill|murder) me"
# A parent who will "kill me" if one is late or forgets ("my mum will kill me if im late for the wedding").
_KILL_ME_IF_LATE = re.compile(rf"\b(?:{_KIN_WHO_SAY_IT}|wife|husband)\w*"
                              rf"{_WILL_KILL_ME}(?: if (?:i'?m|im|i am|i) (?:late|forget|miss|don'?t (?:turn up|come|go|show)|break|lose)\b|"
                              # (forty-second round) ... or for a school's trouble ("my mum is gonna kill me i got a detention")
                              r"\b[^.?!]{0,50}\b(?:detention|bad (?:grade|mark|report)|school report|report card|parents'? evening|[a-f] in (?:maths|english|science)|"
                              # (forty-third round) "i failed my maths test"
                              r"fail(?:ed)? (?:my|the|a|another) (?:\w+ )?(?:test|exam|mock|quiz|assessment)))",
                              re.IGNORECASE)
# (forty-third round) ... or a parent or a sibling over a household mishap ("mum is gonna kill me, i spilled nail varnish on
# the new carpet"); not a partner's: his "kill me" over a broken thing may be meant
_KILL_ME_OVER_A_MISHAP = re.compile(
    rf"^(?=.*\b(?:{_KIN_WHO_SAY_IT})\w*{_WILL_KILL_ME}\b)"
    r"(?=.*\b(?:spill\w*|spilt|broke|broken|smashed|stained|ruined|scratched|dented|lost|shrunk|dyed|wrecked)\b[^.?!]{0,40}\b(?:carpet|sofa|couch|rug|"
    r"table|phone|screen|car|vase|tv|telly|dress|top|shirt|jumper|glasses|keys|laptop|ipad|tablet|curtains?|bedding|duvet|mirror|plates?|mug|bike|"
    r"hair|nails?|console|ps5|xbox|controller)\b)", re.IGNORECASE)
# ... never with a belt, a stick or a weapon got out beside it ("I failed my mock and he's got the belt out")
_GOT_OUT_TO_HIT = re.compile(r"\b(?:got|get|getting|gets|has|have|took|taken|takes|taking|grabbed|grabbing|fetched|fetching) (?:out )?(?:the|a|his|her|their|my) "
                             r"(?:\w+ )?(?:belt|stick|cane|slipper|chappal|wire|rod|knife|knives|blade|bat|hammer)\b", re.IGNORECASE)
# A brother released and welcomed with a family dinner.
_WELCOMED_HOME = re.compile(r"\b(?:big |lovely )?family (?:dinner|meal|do|party)|we (?:had|made) (?:a )?(?:big |lovely )?(?:dinner|meal|feast)\b|"
                            r"\bwelcomed? (?:him|her|them) (?:back|home)\b", re.IGNORECASE)
# Harm to oneself only not said ("he hasn't said anything about hurting himself but I worry").
_NOT_SAID_ANYTHING_ABOUT = re.compile(r"\b(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|never|didn'?t|didnt|did not) (?:(?:said|mentioned|told (?:me|us)) (?:anything )?(?:about|of)|"
                                      r"(?:talked|spoken) (?:to \w+ )?about)\s+(?:\w+\s+)?(?:hurting|harming|cutting|killing) (?:himself|herself|themselves)\b", re.IGNORECASE)


# The ways of a self-harm long over named in brackets ("(scratching, hitting my head)"), nothing else in them.
_WAYS_IN_BRACKETS = re.compile(r"\((?:\s*(?:scratching|hitting my head|banging my head|burning|cutting|pulling my hair|picking)\s*(?:,|and|or)?)+\)", re.IGNORECASE)
_SELF_HARM_NAMED = re.compile(r"\bself[- ]?harm\w*|\b(?:cut|cutting|hurt|hurting|harm|harming) (?:themselves|myself|herself|himself|yourself)\b", re.IGNORECASE)
# A new address given to the council or a GP, asked whether an ex can see it.
_ADDRESS_GIVEN = re.compile(r"\b(?:give|giving|update|updating|change|changing|tell|telling|register\w*) (?:my|our) (?:new )?address (?:to|with|for|at) (?:the )?"
                            r"(?:council|gp|doctors?|bank|dvla|school|landlord|housing|work|hmrc|post office|electoral roll)\b", re.IGNORECASE)


# Harm looked ahead to or a farewell, beside any of the thirty-fifth round's self-harm excuses (_self_harm_everyday) ("gave
# my ps5 to my brother today ... going to the tracks tonight"); not "going to miss this place" nor "going back home".
_SH_AHEAD = re.compile(r"\b(?:tonight|tonite|2nite|right now|(?:done|did|doing|cut|taken|took) (?:it |them )?again|another (?:overdose|od|box|packet|attempt|go)|"
                       r"(?:the|his|her|my) (?:rope|noose|ligature)|rope out|blade'?s? out|going to(?! (?:miss|be near|be closer|london|scotland|wales|live|stay|uni)\b)|gonna|about to|"
                       r"(?:want|wants|wanna) to die|wanna die|end (?:it|it all|my life|things|everything)|kill (?:myself|herself|himself|themselves)|"
                       r"(?:won'?t|wont|will not) (?:need|be (?:here|around|alive))|(?:nobody|no one|noone|no-one) (?:will|would|cares?)|better off without|"
                       r"can'?t (?:go on|do this|cope|take (?:it|this))|cant (?:go on|do this|cope)|last time you|forgive me|jump\w*|going (?:in|over)|"
                       r"over the (?:edge|side|railings?|barrier)|wrong side|just (?:taken|took|swallowed|cut|drunk|drank|had)|now (?:i'?ve|ive|i have) (?:taken|cut)|"
                       # (lead's review) the warning signs said with things given away or a goodbye: not needing them where one
                       # is going, a goodbye for ever, heaven, pills or a rope laid out, a sleep not woken from
                       r"where (?:i'?m|im|i am|she'?s|shes|he'?s|hes|they'?re) going|(?:don'?t|dont|do not|won'?t|wont|will not) need (?:it|them|this|these|those|anything|any of it)|"
                       r"this is (?:goodbye|the end)|goodbye (?:forever|for ever|for good)|heaven|(?:lined|laid|counted|set) (?:up|out)|"
                       r"sleep (?:forever|for ever)|(?:never|not) wake up|keep looking at)\b",
                       re.IGNORECASE)
# Harm looked ahead to, the classifier's to read whatever account is beside it ("... and tonight I'm going to end it"):
# the thirty-fourth round's whole-message accounts give way with no pattern only when none of it is said, the self-harm
# warning signs above or its means and places named.
_HARM_AHEAD = re.compile(rf"{_SH_AHEAD.pattern}|\b(?:today|going to|can'?t take any ?more|goodbye|no (?:point|way out)|overdos\w*|pills|tablets|paracetamol|rope|bridge)\b",
                         re.IGNORECASE)


# An attack on anyone told beside ("... and now he's hitting his girlfriend").
_ATTACK_BESIDE_34 = re.compile(r"\b(?:hitting|punching|kicking|beating|strangling|choking|stabbing|attacking|hurting|dragging|battering|throttling|slapping) "
                               r"(?:me|us|her|him|them|my|his|her|their|our|the)\b", re.IGNORECASE)


_OVER_A_GAME = re.compile(r"\b(?:at|in|over|during|playing|on) (?:a game of |the )?(?:chess|cards|monopoly|ludo|scrabble|uno|fifa|fortnite|call of duty|cod|"
                         r"minecraft|roblox|pool|darts|snooker|xbox|playstation|ps5|switch|(?:a|the) (?:game|match|quiz))\b", re.IGNORECASE)


def _everyday_34(text: str) -> frozenset[str]:
    """The risk categories the thirty-fourth round's accounts (above) excuse in this message: none with an attack or a
    body in trouble beside, and only the account's own kind (a question about reporting self-harm does not excuse a
    knife, nor knives for the cabbages a strangling)."""
    if _ACUTE_BESIDE.search(_WAYS_IN_BRACKETS.sub(" ", _OWN_CUT_SEEN_TO.sub(" ", text))) or _ATTACK_BESIDE_34.search(_WAYS_IN_BRACKETS.sub(" ", text)):
        return frozenset()
    kinds: set[str] = set()
    if _ASKS_IF_REPORTED.search(text) and _SELF_HARM_NAMED.search(text) and not _says_now(text) and not _BLOOD.search(text) and not _URGENT_NOW.search(text):
        kinds |= {SELF_HARM}
    if _ADDRESS_GIVEN.search(text) and not _URGENT_NOW.search(text) and not _HERE_NOW.search(text) and not _REAL_DANGER_BESIDE.search(text):
        kinds |= {"released_or_found", GENERAL}
    # (the long-over self-harm's "now I am 26" is no danger's now; any other danger in the message still is: the account
    # is taken out whole, its time with it, before the rest is read, so "as a teenager" does not make "today I took 40
    # paracetamol" past)
    if (_SELF_HARM_LONG_OVER.search(text) and not _URGENT_NOW.search(text) and not _BLOOD.search(text)
            and _english_danger(_SELF_HARM_NAMED.sub(" ", _SELF_HARM_LONG_OVER.sub(" ", _WAYS_IN_BRACKETS.sub(" ", text)))) is None):
        kinds |= {SELF_HARM, GENERAL}
    if _WORK_KNIVES.search(text) and not _KNIFE_TURNED_ON.search(text) and not _URGENT_NOW.search(text):
        kinds |= {"weapon"}
    # (fortieth round: nor any pattern's danger in the rest, "cut myself on the glass, tiny cut, but ive taken 20 tablets")
    if (_OWN_CUT_SEEN_TO.search(text) and not _REAL_DANGER_BESIDE.search(rest := _OWN_CUT_SEEN_TO.sub(" ", text))
            and _english_danger(rest) is None):
        kinds |= {"weapon", GENERAL, SELF_HARM}
    if _A_GAME_PLAYED.search(text) and not _REAL_WEAPON_OUT.search(text) and not _URGENT_NOW.search(text):
        kinds |= {"weapon", "threat_to_kill"}
    # (what the play is about is the play's, not the writer's: "a play about a girl taken abroad / a forced marriage")
    if _ON_STAGE.search(text) and not _URGENT_NOW.search(text) and not _FORCED_RE.search(_ON_STAGE.sub(" ", _PLAY_ABOUT.sub(" ", text))):
        kinds |= {FORCED_MARRIAGE_OR_FGM}
    if ((_NOT_TILL_LATER.search(text) or _WEDDING_PLANNED.search(text)) and _MARRIAGE_OR_CUTTING.search(text)
            and not (_FORCED_RE.search(re.sub(r"(?i)\bfor (?:my|her) (?:wedding|marriage|nikah)\b", " ", text)) or _MARRIAGE_REFUSED.search(text)
                     or _COERCION_SAID.search(text) or _URGENT_NOW.search(text))):
        kinds |= {FORCED_MARRIAGE_OR_FGM}
    # (not with a now beside: "... but his brother is at my window now")
    if _ONLY_THE_WIND.search(text) and _THOUGHT_NOT_SEEN.search(text) and not _REAL_DANGER_BESIDE.search(text) and not _says_now(text):
        kinds |= {"released_or_found", GENERAL, "attack_on_home_now"}
    if _FORCED_LONG_AGO_ENDING.search(text) and not _URGENT_NOW.search(text) and not _REAL_DANGER_BESIDE.search(text):
        kinds |= {FORCED_MARRIAGE_OR_FGM}
    if _against_it_or_cutting_explained(text):
        kinds |= {FORCED_MARRIAGE_OR_FGM}
    # (forty-ninth round) the cutting promised never to be done, read here for English's matches and other languages' alike
    # ("she will never be cut. We are going to the beach tomorrow"); detect_danger no longer asks it separately
    if _cutting_only_opposed(text):
        kinds |= {FORCED_MARRIAGE_OR_FGM}
    # a relative's everyday "kill me" (late, school, a mishap), with nothing urgent nor a belt or a weapon got out beside it
    if not _URGENT_NOW.search(text) and not _GOT_OUT_TO_HIT.search(text) and (
            _KILL_ME_IF_LATE.search(text) and not _REAL_DANGER_BESIDE.search(_KILL_ME_IF_LATE.sub(" ", text))
            or _KILL_ME_OVER_A_MISHAP.search(text) and not _REAL_DANGER_BESIDE.search(re.sub(r"(?i)\b(?:kill|murder) me\b", " ", text))):
        kinds |= {"threat_to_kill"}
    # (forty-second round) ... or a supervisor, a teacher or a boss over work due
    if (_KILLED_OVER_WORK_DUE.search(text) and _WORK_DUE.search(text) and not _REAL_DANGER_BESIDE.search(_KILLED_OVER_WORK_DUE.sub(" ", text))
            and not _URGENT_NOW.search(text)):
        kinds |= {"threat_to_kill"}
    # (forty-fourth round) a "kill you" said over a game and asked about as an expression ("someone said I'm going to kill you
    # when I beat them at chess. My mum says it is an expression"), nothing urgent, no weapon out
    if (_ABOUT_THE_WORDS.search(text) and _OVER_A_GAME.search(text) and not _URGENT_NOW.search(text) and not _HERE_NOW.search(text)
            and not _REAL_WEAPON_OUT.search(text)):
        kinds |= {"threat_to_kill"}
    if (_WELCOMED_HOME.search(text) and re.search(r"\b(?:released|out of (?:prison|jail))\b", text, re.IGNORECASE) and not _URGENT_NOW.search(text) and not _says_now(text)
            and not _REAL_DANGER_BESIDE.search(text)):
        kinds |= {"released_or_found"}
    if _NOT_SAID_ANYTHING_ABOUT.search(text) and not _says_now(text) and not _BLOOD.search(text):
        kinds |= {SELF_HARM}
    # (thirty-fifth round, read on the whole message: the rehab or the death is often told in another sentence) a drinker's
    # threat told while she is away in rehab, or a threat of one dead now told as said when alive; nothing urgent, nobody
    # here, no date soon, no other fear, weapon or plea beside
    if (((_STRONG_HABIT.search(text) or _WHEN_DRINKING.search(text)) and _AWAY_ABROAD_NOW.search(text)
         or _DEAD_NOW.search(text) and _SAID_WHEN_ALIVE.search(text) and not _SOON_RE.search(text))
            and not _URGENT_NOW.search(text) and not _HERE_NOW.search(text) and not _REAL_DANGER_BESIDE.search(re.sub(r"(?i)\bkill\w*", " ", text))):
        kinds |= {"threat_to_kill"}
    return frozenset(kinds)


# Thirty-fifth round, self-harm: its everyday senses and its accounts over, read on the whole message (_self_harm_everyday),
# none with an attack, a weapon out, a body in trouble or harm looked ahead to beside (read as an attacker would).
# (1) Self-harm told over, the person well now ("took an overdose on saturday but shes recovering, doctors say shell be
# fine"; "tried to hang herself in 2021, she is good now"; "bad patch in 2019, ended up in hospital after pills. Five years
# good now"): a past time and a recovery, both said.
_SH_WELL_NOW = re.compile(r"\bnow (?:in |having |getting |doing |has |have )?(?:counselling|counseling|therapy|treatment|cbt)\b|"  # (forty-fifth round, "2022. now counselling. good")
                          r"\b(?:medically (?:fit|cleared|optimised|optimized)|fit for discharge)\b|"  # (forty-sixth round, a ward's word)
                          r"\b(?:(?:she|he|they|i|it)(?:'s|s|'re| is| are|'m| am| was)|im|shes|hes|theyre) (?:now |ok and |home and |back home and )?"
                          r"(?:recovering|(?:doing|getting on) (?:so much |much |a lot |really )?(?:better|well|good|great|ok|okay)|"
                          r"(?:fine|ok|okay|good|well|better|stable|alright|safe|home|happy) (?:now|again)|back (?:at school|at work|at uni|at college|home)(?: now)?|"
                          # (fortieth round, self-harm) stable in hospital, a worry of the present beside ("took an overdose at the
                          # weekend, she's stable and coming home thursday, who can help with the rent")
                          r"stable (?:and|on (?:the |ward)|in (?:the )?(?:lri|hospital|glenfield|ward))\b)\b|"
                          r"\b(?:doctors?|nurses?|they) (?:say|said|says) (?:she|he|they) ?(?:'ll|will|ll) be (?:fine|ok|okay|alright)\b|"
                          r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many) (?:years?|months?) (?:good|clean|well|sober|fine) now\b|"
                          # (thirty-sixth round) learner English's "I am little bit better", and treatment that works ("got help
                          # and the meds work"), not tablets "working" (an overdose felt)
                          r"\b(?:i'?m|im|i am|she'?s|shes|she is|he'?s|hes|he is) (?:now )?(?:a )?(?:little|lot|bit|little bit) better\b|"
                          r"\b(?:the |my |new )*(?:meds|medication|antidepressants|therapy|counselling|counseling) (?:is |are )?(?:really )?(?:working|work|works|helping|helps)\b",
                          re.IGNORECASE)
# (thirty-sixth round) ... and a time told as "once," or "one time" (learner English's "once": "in Turkey one time I want to
# die"), or before a child came, not "one more time" nor a dose "one time a day"
_SH_TIME_PAST = re.compile(r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year|spring|summer|autumn|winter|term|weekend|christmas)|"
                           r"(?:at|over) the weekend|once(?=\s*,)|once before|(?<!more )(?<!last )one time(?! (?:a|per|every|each|only|more)\b)|before (?:the|my|our) (?:baby|babies|kids?|children|son|daughter|twins)|"
                           rf"in (?:19\d\d|20[0-2]\d)|(?<=[.!?] )(?:19\d\d|20[01]\d|202[0-5])(?=\s*[.!?])|(?:herself|himself|myself|themselves|overdosed|self[- ]?harmed|od'?d) before(?=\s*[.,!?;])|in {_MONTH}|(?:\d+|a|two|three|four|five|six|a few|several|many) (?:days?|weeks?|months?|years?) (?:ago|back)|"
                           r"(?:who|she|he|they|i)(?:'d| had) (?:taken|tried|overdosed|cut)|(?:was|were) in (?:hospital|the lri|a&e|the royal|the ward)|"
                           r"ended up in (?:hospital|a&e|the lri)|bad patch)\b", re.IGNORECASE)
# (2) Things given away for a reason said (a move, a child grown, a charity, a wedding's or a death's things, not needed).
# (forty-third round: a place of worship only as where things go, "to the gurdwara": not a wedding "at the church on friday"
# where amma "gave me the saree")
_GIVEN_FOR_A_REASON = re.compile(r"^(?=.*\b(?:giv\w*|gave|donat\w*|sell\w*|sold|clear\w* out)\b)(?=.*\b(?:moving|move|moved|outgrown|grown out of|turned \d+|"
                                 r"charity shop|charity|marketplace|ebay|vinted|gumtree|to (?:the |our |my )?(?:gurdwara|mosque|temple|mandir|church)|would have wanted|"
                                 r"retir\w*|declutter\w*|feels (?:amazing|great|good|nice))\b)",
                                 re.IGNORECASE)
# (3) A goodbye with its reason: a move, a job, a last day, a funeral or a grave.
# (forty-sixth round: going back to one's country, "I say goodbye to my friends in Leicester, I go back to Romania next week for good")
_GOODBYE_FOR_A_REASON = re.compile(r"^(?=.*\b(?:goodbyes?|bye|farewell)\b)(?=.*\b(?:moving|move|moved|leaving (?:do|party|drinks)|last (?:day|night|shift) (?:at|in|of)|"
                                   rf"(?:go|going|goes|fly|flying|return|returning) (?:back |home )?to {_COUNTRY}|"
                                   r"new job|grad job|job in|funeral|crem\w*|cemetery|graveyard|gilroes|(?:her|his|their) grave|halls|end of term|at work)\b)",
                                   re.IGNORECASE)
_GOODBYE_SENT = re.compile(r"\b(?:wrote|written|writes|texted|text|sent|send|messaged|said|says|saying|left) (?:me |us |her |him )?(?:a |his |her )?"
                           r"(?:goodbyes?|bye forever|farewell)\b(?! to (?:the|this|that|our|his|her|their)\b)|\bgoodbye (?:message|text|note|letter|voice ?note)\b",
                           re.IGNORECASE)
# (4) A bridge, a car park, a roof or the railway in an everyday doing: ducks fed, a car lost, a shift worked, photos.
_HEIGHT_OR_LINE = re.compile(r"\b(?:bridge|footbridge|flyover|car ?park|multi ?-?storey|roof|railway|level crossing|scaffold\w*|ledge|balcony|top floor|canal)\b",
                             re.IGNORECASE)
_THERE_FOR_AN_EVERYDAY_THING = re.compile(r"\b(?:feed\w* the (?:ducks|swans|birds)|ducks|swans|photos?|pics?|pictures?|selfies?|the view|fireworks|"
                                          r"(?:where|which floor) (?:i|we|he|she) (?:parked|left (?:the|my|our) car)|find (?:my|the|our) car|pay and display|"
                                          r"fixing|tiles|gutters?|roofer|(?:we|i) (?:work|worked|are working|am working)|work(?:ing)? (?:nights|days|lates|earlies)|"
                                          r"on (?:shift|site)|fishing|walking the dog|complain\w*|so loud|too loud|noisy|"
                                          r"waiting for (?:a|the|my) train|geography|survey)\b", re.IGNORECASE)
# (5) A rope for a job, pills found and explained ("turned out to be his hayfever tablets, panicked over nothing").
_SH_THING_EXPLAINED = re.compile(r"\brope\b[^.?!]{0,60}\b(?:hoist\w*|lift\w*|tow\w*|engine|tractor|pulley|bales?|tarp|tent|swing|climbing|washing|trailer|tug of war)\b|"
                                 r"\b(?:turned out (?:to be|it was|they were)|(?:panicked|panicking|worried) over nothing|false alarm)\b", re.IGNORECASE)
# (6) A dose asked about, a normal one ("leaflet says one, can I take another after 2 hours?"), nothing felt, no count.
_DOSE_ASKED = re.compile(r"^(?=.*\?)(?=.*\b(?:can|could|should|is it (?:ok|okay|safe|alright|fine|dangerous)|is ok|is that (?:ok|okay|safe)) (?:to )?(?:i |you |he |she |we )?"
                         r"(?:take|have|give|drink)\b)(?!.*\b(?:too many|too much|all|whole|the lot|loads|on purpose|\d{2,}|feel\w* (?:weird|sick|dizzy|funny|strange|drowsy)|"
                         r"heart|breath\w*|sick|drowsy|sleepy|dizzy|spinning|overdos\w*)\b)", re.IGNORECASE)
# (forty-fourth round) ... or the packet's dose checked, its numbers the packet's ("the paracetamol packet says no more than 8 in
# 24 hours, is that right for my lola"), nothing taken beside
_PACKET_DOSE_CHECKED = re.compile(r"^(?!.*\b(?:too many|took|taken|swallowed|had|all of|the lot|overdos\w*|on purpose)\b)"
                                  r".*\b(?:packet|box|leaflet|label|bottle|instructions) says?\b[^?]*\b(?:is (?:that|this|it) (?:right|correct|ok|okay|safe)|how many)\b",
                                  re.IGNORECASE)
# (7) Dying as a figure of speech ("could literally die of embarrassment", "dead on her feet after nights", "so knackered I
# could die"), and "just venting" with the writer fine.
# (forty-sixth round: of joy, "I passed!! I could die of happiness")
_DYING_AS_A_FIGURE = re.compile(rf"\bdie of {_WHAT_ONE_DIES_OF_AS_A_FIGURE}\b|"
                                r"\bdead on (?:my|her|his|their|our|your) feet\b|"
                                r"\b(?:so |too )?(?:tired|knackered|exhausted|shattered|hungry|bored|full|shame|ashamed|embarrassed) (?:that )?i could (?:literally |actually )?die\b",
                                re.IGNORECASE)
_FINE_JUST_VENTING = re.compile(r"^(?=.*\bjust venting\b)(?=.*\b(?:i'?m|im|i am) (?:fine|ok|okay|alright|all right)\b)", re.IGNORECASE)
# (8) A threat to oneself over a football result, asked whether it is a saying ("he'll kill himself if Leicester go down,
# it's about the football").
_OVER_A_RESULT = re.compile(r"\bkill (?:himself|herself|themselves|myself) if\b[^.?!]{0,40}\b(?:lose|lost|loses|go down|goes down|get relegated|gets relegated|"
                            r"relegated|don'?t win|doesn'?t win|draw)\b(?=.*\b(?:football|match|game|league|relegat\w*|cup|season|the foxes)\b)", re.IGNORECASE)
_SENTENCE_WITH_ITS_END = re.compile(r"(?<=[.!?])\s+")
# (forty-sixth round: someone coming at them, "he is walking towards my car now", not a car park's everyday errand)
_SOMEONE_FEARED_OR_SILENT = re.compile(rf"\b{_FEARED_ONE}\b|\b(?:following|followed|watching|staring|waiting|knocking|banging|at the door)\b|"
                                       r"\b(?:walking|coming|heading|running|driving) (?:towards|up to|over to|straight at) (?:me|us|my|our)\b|"
                                       r"\b(?:is|are|'s|'re|s|still|stood|standing|sat|sitting|parked) outside\b|"
                                       r"\b(?:not|isn'?t|isnt|won'?t|wont|can'?t get him to|can'?t get her to) (?:answering|picking up|answer|pick up|replying|reply)\b",
                                       re.IGNORECASE)


# (thirty-sixth round) A fear of going back to how it was ("scared the no sleep will take me back there", "worried I'll
# relapse"), not someone feared.
_FEAR_OF_GOING_BACK = re.compile(r"\b(?:scared|afraid|worried|frightened|terrified)\b[^.?!]{0,40}\b(?:back (?:there|to (?:that|how it was|where i was))|"
                                 r"relaps\w*|(?:come|comes|coming) back|happen(?:s|ing)? again)\b", re.IGNORECASE)
# (lead's review) a taking of pills, a cut of oneself: not "i'm taking him to football", nor "he's cutting the grass"
_TAKING_SAID_DONE = re.compile(r"\b(?:i'?ve|ive|i have|i'?m|im|i am|they'?ve|they have|\w+ has|\w+'s) (?:just |also |now |already )?"
                               r"(?:(?:taken|took|swallowed|necked|taking|swallowing)(?=\s*(?:\d|all\b|every\w*|the (?:lot|rest|whole)\b|loads\b|lots\b|many\b|"
                               r"some\b|more\b|too\b|an? (?:overdose|od)\b|them\b|(?:my |her |his )?(?:pills|tablets|meds)\b|[.,!?]|$))|"
                               r"(?:cut|cutting)(?= (?:myself|herself|himself|themselves|again|(?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?))\b)|done it\b)",
                               re.IGNORECASE)
_SH_PIECE = re.compile(r"[.!?;,]+\s*|\s+(?:and|but|so|then)\s+", re.IGNORECASE)


def _told_well_or_past(part: str) -> bool:
    """A piece or a sentence that tells the person well now or dates itself past."""
    return bool(_SH_WELL_NOW.search(part) or _SH_TIME_PAST.search(part))

_NOW_IN_A_PIECE = re.compile(r"\b(?:now|rn|right now|tonight|tonite|today|tomorrow|tmrw|again|still)\b", re.IGNORECASE)


def _ahead_outside_the_past(text: str) -> bool:
    """A warning sign (_SH_AHEAD) in a piece of the message not dated past, or in a dated piece that also says now or
    tonight ("last year I was in hospital, I'm ok now, one time I want to die tonight")."""
    return any(_SH_AHEAD.search(_OVER_A_RESULT.sub(" ", piece)) for piece in _SH_PIECE.split(text)
               if piece and not (_SH_TIME_PAST.search(piece) and not _NOW_IN_A_PIECE.search(piece)))


# (thirty-sixth round) The wish to die over a test, an essay or a deadline, laughed at ("i wanna die my driving test is
# tomorrow lol"): a figure, with nothing else of self-harm, its means or a place in the message (the wish taken out).
# (fortieth round, self-harm) "end it all" or "kill myself" over a deadline the same ("going to end it all if this essay
# doesn't upload lol")
_WISH_OVER_A_TEST = re.compile(r"\b(?:want to|wanna|gonna|going to) (?:die|end it all|kill myself)\b(?=[^.?!]{0,40}\b(?:my|the|this|that|a|an|our) (?:\w+ )?"
                               r"(?:mocks?|exams?|tests?|essays?|homework|coursework|deadlines?|assignments?|presentations?|revision|dissertation|quiz|viva)\b)|"
                               r"\b(?:mocks?|exams?|tests?|essays?|homework|coursework|deadlines?|assignments?|presentations?|revision|dissertation|quiz|viva)\b"
                               r"[^.?!]{0,40}\b(?:want to|wanna) (?:die|end it all|kill myself)\b", re.IGNORECASE)
# (forty-sixth round: a parent's eye-roll too, "she's going to die because she has to do a presentation, teenagers honestly")
_LAUGHED = re.compile(r"😂|🤣|😆|😅|😹|💀|🙄|\b(?:lo+l+|lmao+|lmfao|haha\w*|rofl|xd|teenagers,? honestly|so dramatic|drama queen)\b", re.IGNORECASE)


def _wish_over_a_test(text: str, found: Optional[DangerMatch]) -> bool:
    if found is not None and found.pattern != "suicide_intent" or not (_WISH_OVER_A_TEST.search(text) and _LAUGHED.search(text)):
        return False
    rest = _WISH_OVER_A_TEST.sub(" ", text)
    return not (_SELF_HARM_WORDS.search(rest) or _HARM_AHEAD.search(rest) or _SOMEONE_FEARED_OR_SILENT.search(rest) or _URGENT_NOW.search(rest)
                or _english_danger(rest))


# (forty-sixth round: "lady in bay 2 who came in with an overdose on tuesday is medically fit now")
_A_PATIENT_SEEN_TO = re.compile(r"\b(?:overdose|od|self[- ]?harm|suicide attempt|suicidal|cutting) (?:patients?|cases?|call-?outs?|jobs?|admissions?)\b|"
                                r"\b(?:lady|woman|man|gentleman|gent|patient|girl|boy|lad|chap)\b[^.?!]{0,20}\b(?:who|that) (?:came|was brought|got brought) in "
                                r"(?:with|after) (?:an? )?(?:overdose|od)\b|"
                                r"\b(?:patients?|service users?|residents?) (?:who|that) (?:had )?(?:overdosed|od'?d|self[- ]?harmed|took an overdose)\b", re.IGNORECASE)


def _self_harm_everyday(text: str, found: Optional[DangerMatch]) -> bool:
    """The thirty-fifth round's self-harm accounts and everyday senses, for a self-harm pattern's match, the second net's,
    or the classifier's danger_now with nothing found: never with an attack, a weapon out, a body in trouble or harm looked
    ahead to anywhere in the message."""
    if found is not None and found.category != SELF_HARM and found.pattern != "present_harm":
        return False
    if _ACUTE_BESIDE.search(text) or _ATTACK_BESIDE_34.search(text) or _REAL_WEAPON_OUT.search(text):
        return False
    # (forty-second round) a nurse's or a paramedic's patient, seen to and well now ("had an overdose patient on shift, she's
    # stable now, I just need to vent")
    if _A_PATIENT_SEEN_TO.search(text) and _SH_WELL_NOW.search(text):
        return True
    # (a threat over a result is read for what is ahead without its own words: "kill himself if Leicester go down")
    ahead = bool(_SH_AHEAD.search(_OVER_A_RESULT.sub(" ", text)))
    # (thirty-sixth round) told over and well now, the warning signs said only inside the pieces dated past ("in Turkey one
    # time I want to die, very bad time. Now I am little bit better") look ahead to nothing; nor is a fear of going back
    # there someone feared ("I'm scared the no sleep will take me back there")
    if (_SH_WELL_NOW.search(text) and _SH_TIME_PAST.search(text) and not _ahead_outside_the_past(text)
            and not _SOMEONE_FEARED_OR_SILENT.search(_FEAR_OF_GOING_BACK.sub(" ", text))):
        # each other sentence (not one asking what happens if) read as if it came alone: "she OD'd last year and she's fine
        # now. i've taken 30 paracetamol" is danger
        # (fortieth round: nor with a taking or a cutting said as just done in a piece not dated past nor told well: "she
        # overdosed at the weekend, she's stable now but mum has taken 30 of her tablets", "... she's stable. I've taken 30 too")
        pieces = [piece for piece in _SH_PIECE.split(text) if piece and not _told_well_or_past(piece)]
        if any(_TAKING_SAID_DONE.search(piece) for piece in pieces):
            return False
        others = [sentence for sentence in _SENTENCE_WITH_ITS_END.split(text)
                  if not (_told_well_or_past(sentence) or (sentence.rstrip().endswith("?") and re.search(r"(?i)\bif\b", sentence)))]
        if not any(_english_danger(sentence) for sentence in others):
            return True
    # nor with someone feared, someone there watching or waiting, or someone gone silent ("my ex is in the car park ...
    # sending me pics of my door", "he sent me a picture of her on the window ledge, not answering": the classifier's),
    # (thirty-sixth round) unless it is only a wish to die over a test, laughed at (_wish_over_a_test)
    if ahead or _SOMEONE_FEARED_OR_SILENT.search(text):
        return _wish_over_a_test(text, found)
    if found is not None and found.pattern not in ("on_the_edge", "present_harm", "suicide_threat"):
        # the other kinds below excuse only a height, the second net's words and a threat over a result
        return False
    if _DYING_AS_A_FIGURE.search(text) and not _SELF_HARM_WORDS.search(_DYING_AS_A_FIGURE.sub(" ", text)):
        return True
    if _OVER_A_RESULT.search(text) and (_ABOUT_THE_WORDS.search(text) or re.search(r"(?i)\babout the (?:football|match|game|league)\b", text)):
        return True
    # (fifty-third round: nor with a goodbye sent from there, "standing on the railway bridge, he send me photo from there, he wrote
    # goodbye")
    if (_HEIGHT_OR_LINE.search(text) and _THERE_FOR_AN_EVERYDAY_THING.search(text) and not _SELF_HARM_WORDS.search(text)
            and not (_GOODBYE_SENT.search(text) and not _GOODBYE_FOR_A_REASON.search(text))):
        return True
    if found is not None and found.pattern != "present_harm":
        return False
    if (_GIVEN_FOR_A_REASON.search(text) or _GOODBYE_FOR_A_REASON.search(text) or _FINE_JUST_VENTING.search(text)) and not _SELF_HARM_WORDS.search(text):
        return True
    return bool(_SH_THING_EXPLAINED.search(text) or _DOSE_ASKED.search(text) or _PACKET_DOSE_CHECKED.search(text))


# (forty-eighth round) Everyday accounts the binary classifier read as danger (fm36 and fresh102 read): the cake cut at a do
# ("the naming ceremony for my niece is saturday ... we go cut cake", "cake cutting at 8 then the dj, its my sisters walima"),
# a trip the writer calls only a holiday ("its literally just a holiday, mum said i can bring my switch"), a wall knocked
# through by builders ("builders have just knocked through the kitchen wall, dust everywhere"). Never with force, a refusal,
# coercion, a girl's cutting, fear, a plea, an attack or anything urgent beside, nor the pretext in someone else's mouth or
# in quotes ("they say it's just a holiday", "'just a family trip' my arse").
_HAIRCUT = re.compile(r"\b(?:cut|cuts|cutting|trimmed|trim|chopped) (?:off )?(?:my|her|his|their|our|the) (?:\w+ )?(?:fringe|hair|bangs|plaits?|braids?|curls|nails|beard)\b|"
                      r"\bhair ?cut\b", re.IGNORECASE)
_CAKE_CUT = re.compile(r"\b(?:cut\w* (?:the |a |our |my |her |his |their )?(?:\w+ )?cakes?|cake[- ]?cutting)\b", re.IGNORECASE)
_ANY_CUTTING = re.compile(rf"\b(?:cut\w*|{_CUTTING_NAMES}|cutter|clean|pure)\b", re.IGNORECASE)
_ONLY_A_HOLIDAY = re.compile(r"(?<![\'‘\"“])\b(?<!say )(?<!says )(?<!said )(?<!told me )(?<!tell me )(?<!claim )(?<!claims )(?<!pretend )"
                             r"(?:it'?s|its|it is|this is|it'?ll be|itll be) (?:literally|honestly|genuinely|truly) (?:just|only) a "
                             r"(?:normal |family |proper |short )?(?:holiday|visit|trip|break)\b(?![\'’\"”])", re.IGNORECASE)
_SAID_BY_OTHERS = re.compile(r"\b(?:they|he|she|mum|mom|dad|my (?:\w+ )?(?:mum|mom|dad|parents|family|uncle|aunt\w*|brothers?))\s+(?:\w+\s+)?"
                             r"(?:say|says|said|told me|tell me|claim\w*|keep saying|keeps saying|insist\w*)\b[^.?!]{0,20}\b(?:just|only) a\b", re.IGNORECASE)


def _everyday_48(text: str) -> bool:
    if (_ACUTE_BESIDE.search(text) or _URGENT_NOW.search(text) or _REAL_DANGER_BESIDE.search(text) or _FORCED_RE.search(text)
            or _FORCED_ROMANISED.search(text) or _MARRIAGE_REFUSED.search(text) or _COERCION_SAID.search(text) or _unwanted_wedding_signs(text)
            or any(harm.search(text) for category, harm in _HARM if category != FORCED_MARRIAGE_OR_FGM)):
        return False
    cake_only = bool(_CAKE_CUT.search(text)) and not _ANY_CUTTING.search(_CAKE_CUT.sub(" ", text))
    holiday_only = (bool(_ONLY_A_HOLIDAY.search(text)) and not _SAID_BY_OTHERS.search(text) and not _MARRIAGE_OR_CUTTING.search(text)
                    and not _ANY_CUTTING.search(text))
    building_work = bool(_BUILDER.search(text) and _BUILDING_WORK.search(text)) and not _says_now(_BUILDING_WORK.sub(" ", text))
    # (fifty-third round) a haircut ("my mum cut my fringe today and its way too short"), no other cutting beside
    haircut_only = bool(_HAIRCUT.search(text)) and not _ANY_CUTTING.search(_HAIRCUT.sub(" ", text))
    return cake_only or holiday_only or building_work or haircut_only
