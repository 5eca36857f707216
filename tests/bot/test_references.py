import re

from bot.storage.references import damm_check_digit, format_reference, new_reference, parse_reference


def test_new_references_are_twelve_digits_with_a_valid_check_digit() -> None:
    references = {new_reference() for _ in range(2000)}
    assert len(references) == 2000
    for reference in references:
        assert re.fullmatch(r"[1-9]\d{11}", reference)
        assert damm_check_digit(reference) == 0


def test_references_are_read_back_however_they_were_typed() -> None:
    reference = new_reference()
    shown = format_reference(reference)
    assert re.fullmatch(r"\d{4} \d{4} \d{4}", shown)
    for typed in (shown, reference, shown.replace(" ", "-"), f"my ref is {shown} thanks"):
        assert parse_reference(typed) == reference


def test_every_single_typo_and_adjacent_swap_is_caught() -> None:
    reference = new_reference()
    for position in range(len(reference)):
        for digit in "0123456789":
            if digit != reference[position]:
                assert parse_reference(reference[:position] + digit + reference[position + 1 :]) is None
    for position in range(len(reference) - 1):
        a, b = reference[position], reference[position + 1]
        if a != b:
            swapped = reference[:position] + b + a + reference[position + 2 :]
            assert parse_reference(swapped) is None


def test_text_without_a_whole_reference_is_not_one() -> None:
    for text in ("", "hello", "1234", "4821 9375 016", "12345678901234567", "07700 900123"):
        assert parse_reference(text) is None
