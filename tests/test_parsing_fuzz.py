"""Random and mutated text never breaks the reader: it gives amounts or a ParseError, nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief._reading import lexicon as lex

# Short phrasings in the three languages, with their structure characters.
PHRASES = [
    "557만6000달러(약 80억원)", "17% 폭락", "10% 가까이 급락", "100억위안(약 2조원)을 돌파",
    "1만개 이상", "100만토큰당 1위안(200원)", "41만1000여 명", "오천만 원", "5~6조원",
    "约合人民币4亿元", "1元/百万 tokens", "五百五十七万六千美元", "10多亿美元", "数十亿元",
    "$5.576 million", "US$5.6M", "about 2,000 chips", "$5-6 million", "hundreds of millions",
    "A100", "GPT-4", "2023년", "30대 초반", "3.5.1", "7분의 1", "약 100만분의 1", "七分之一",
    "千分之三", "0분의 1", "2배로", "10배 이상", "2배 증가", "3倍多", "两倍", "增长3倍", "10x",
    "1920x1080", "2배속",
]  # fmt: skip
# Characters that mean something to the reader, so mutations hit its edge cases.
ALPHABET = "".join(
    sorted(
        set("0123456789,.~-/() %$¥₩€£（）～％，．－−–\u3000\u00a0")
        | set("만억조경천백십일이삼사오육칠팔구여원달러위안명개건대당약이상미만분의")
        | set("万亿兆千百十零一二两三四五六七八九多余元美人个每约逾近不到百分之")
        | set("milonbMBKkTtokens perabout")
        | set("배속倍x×")
    )
)
TEXT = st.text(alphabet=ALPHABET, max_size=40) | st.text(max_size=40)


def _mutations() -> st.SearchStrategy[str]:
    """A known phrase with a few characters inserted, deleted or replaced."""

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        text = list(draw(st.sampled_from(PHRASES)))
        for _ in range(draw(st.integers(1, 4))):
            position = draw(st.integers(0, len(text)))
            action = draw(st.sampled_from(["insert", "delete", "replace"]))
            char = draw(st.sampled_from(ALPHABET))
            if action == "insert" or not text:
                text.insert(position, char)
            elif position < len(text):
                if action == "delete":
                    del text[position]
                else:
                    text[position] = char
        return "".join(text)

    return mutate()


def _check(text: str, lang: lex.Lang | None) -> None:
    amount: ab.ParsedAmount | None = None
    failure: ab.ParseError | None = None
    try:
        amount = ab.parse_amount(text, lang=lang)
    except ab.ParseError as error:
        failure = error
    if failure is not None:
        assert failure.text == text
        assert failure.reason in ("empty", "unrecognised", "vague", "ambiguous")
        assert failure.position is None or 0 <= failure.position <= len(text)
    if amount is not None:
        start, end = amount.span
        assert 0 <= start < end <= len(text)
        assert amount.text == text[start:end]
        assert amount.value.is_finite()
    previous_end = 0
    for found in ab.find_amounts(text, lang=lang):
        start, end = found.span
        assert previous_end <= start < end <= len(text)
        assert found.text == text[start:end]
        previous_end = end


@settings(max_examples=400)
@given(TEXT, st.sampled_from([None, "ko", "zh", "en"]))
def test_random_text_gives_an_amount_or_a_parse_error(text: str, lang: lex.Lang | None) -> None:
    _check(text, lang)


@settings(max_examples=400)
@given(_mutations(), st.sampled_from([None, "ko", "zh", "en"]))
def test_mutated_phrases_give_an_amount_or_a_parse_error(text: str, lang: lex.Lang | None) -> None:
    _check(text, lang)


@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=6))
def test_joined_phrases_are_found_in_order(phrases: list[str]) -> None:
    """Phrases joined by ". " are found in order, and none overlaps the next."""
    text = ". ".join(phrases)
    found = ab.find_amounts(text)
    starts = [item.span[0] for item in found]
    assert starts == sorted(starts)
