"""Languages through the real hub, Rasa and action server: what a person writing in their language sees."""
from __future__ import annotations

from tests.support.chat import ChatPerson


def test_a_first_message_in_portuguese_is_answered_in_portuguese_and_says_so(hub_url: str) -> None:
    person = ChatPerson(hub_url)
    person.start()
    replies = person.say("O meu vizinho ameaça-me todos os dias e tenho medo")
    assert replies[0]["lang"] == "pt" and replies[0]["sender"] == "system"
    assert "português" in replies[0]["text"].lower()
    assert all(m.get("language") == "pt" for m in replies)


def test_punjabi_with_english_words_in_it_is_answered_in_punjabi(hub_url: str) -> None:
    # Gurmukhi's vowel signs are not letters to Unicode: counted by letters alone, the English words outnumbered
    # the Punjabi ones and this person was answered in English (bot/languages/identification.py).
    person = ChatPerson(hub_url)
    person.start()
    replies = person.say("ਮੇਰਾ boyfriend ਮੈਨੂੰ WhatsApp ਤੇ threaten ਕਰਦਾ")
    assert replies[0]["lang"] == "pa-Guru" and replies[0]["sender"] == "system"  # BCP 47: Punjabi in Gurmukhi
    assert "ਪੰਜਾਬੀ" in replies[0]["text"]
    assert all(m.get("language") == "pa" for m in replies)


def test_the_language_keyword_offers_every_language_by_its_own_name_and_a_choice_keeps_the_report(hub_url: str) -> None:
    person = ChatPerson(hub_url)
    person.start()
    person.choose("Report something")
    person.choose("Hate incident")
    person.choose("It happened to me")
    offered = person.say("language")
    titles = [b["title"] for b in offered[-1]["buttons"]]
    assert {"English", "ગુજરાતી", "ਪੰਜਾਬੀ", "Polski", "اردو", "বাংলা", "Português", "Soomaali"} <= set(titles)
    replies = person.choose("বাংলা")
    assert replies[0]["lang"] == "bn"
    # The report carries on: the next question (why it happened), asked again in Bengali, with its choices.
    assert replies[-1]["buttons"] and replies[-1]["lang"] == "bn"
    assert all(not b["title"].isascii() for b in replies[-1]["buttons"])


def test_a_message_in_a_language_we_do_not_speak_gets_the_list_in_english_never_a_shrug(hub_url: str) -> None:
    person = ChatPerson(hub_url)
    person.start()
    replies = person.say("Съседът ми ме заплашва и ме е страх")
    text = replies[0]["text"]
    assert "999" in text and "0800 138 1625" in text and "can't help" not in text
    assert "Polski" in [b["title"] for b in replies[0]["buttons"]]


def test_an_overdose_told_in_polish_gets_the_emergency_answer_with_samaritans_in_polish(hub_url: str) -> None:
    person = ChatPerson(hub_url)
    person.start()
    replies = person.say("połknęłam całe opakowanie tabletek, kręci mi się w głowie")
    text = "\n".join(reply["text"] for reply in replies)
    assert "999" in text and "18000" in text and "116 123" in text
    assert "Samaritans" in text and "zadzwoń" in text
    # A threat at the door is danger too, without Samaritans (the category tells them apart in every language).
    other = ChatPerson(hub_url)
    other.start()
    text = "\n".join(reply["text"] for reply in other.say("on jest teraz pod moimi drzwiami z nożem"))
    assert "999" in text and "116 123" not in text


def test_self_harm_typed_in_arabizi_in_an_arabic_conversation_gets_the_emergency_answer_in_arabic(hub_url: str) -> None:
    # Arabizi (Arabic in Latin letters, digits for the sounds Latin lacks) was once read as Somali, and met a
    # classifier and answer that knew no Arabic; identification now knows it (bot/languages/identification.py).
    person = ChatPerson(hub_url)
    person.start()
    first = person.say("جاري يهددني كل يوم وانا خايفة")
    assert first[0]["lang"] == "ar"
    replies = person.say("ana 3am ijra7 7ali hala2")  # "I'm cutting myself now"
    text = "\n".join(reply["text"] for reply in replies)
    assert "999" in text and "116 123" in text
    assert "اتصل الآن بالرقم" in text
    assert all(reply.get("language") == "ar" for reply in replies if reply["sender"] != "system")
