"""From one paragraph of news to a checked brief, step by step.

The paragraph is the one of the seed article on DeepSeek's May 2024 price cut. The article
may not be redistributed, so this script reads it from ``../shared/seed`` when that folder is
present, and otherwise (or with ``--paraphrase``) uses a short paraphrase of our own with the
same figures. Either way it:

1. finds every amount with :func:`aibrief.find_amounts` (the price, its unit, its equivalent);
2. resolves "지난해 5월" (May of last year) with :func:`aibrief.parse_date` against the
   article's publication date;
3. reads the comparisons ("'라마3'의 7분의 1") into exact ratios;
4. builds the entities and a :class:`aibrief.PriceSetting` fact that cites the words it came
   from, validates the brief, and runs :func:`aibrief.check_claims` on it.

Run it with ``python examples/text_to_brief.py [--paraphrase]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import aibrief as ab

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_36fbed4ef32e43c3.txt"
# Our own wording, not the article's: the same figures in two short sentences.
PARAPHRASE = (
    "지난해 5월 딥시크는 '딥시크-V2' 사용료를 100만토큰당 1위안(200원)으로 내렸다. "
    "'라마3'의 7분의 1, 'GPT-4 터보'의 70분의 1 수준이다."
)
# The article has no dateline; its text dates it 31 January 2025 (see aibrief.datasets).
PUBLISHED = ab.PartialDate(2025, 1, 31)
SOURCE = "mt-deepseek-liang-wenfeng"
MODELS = {"딥시크-V2": "deepseek-v2", "라마3": "llama-3", "GPT-4 터보": "gpt-4-turbo"}
ENGLISH = {"deepseek-v2": "DeepSeek-V2", "llama-3": "Llama 3", "gpt-4-turbo": "GPT-4 Turbo"}


def paragraph(use_paraphrase: bool) -> tuple[str, str]:
    """The paragraph to read and where it came from."""
    if not use_paraphrase and SEED.exists():
        for line in SEED.read_text(encoding="utf-8").splitlines():
            if "100만토큰당" in line:
                return line, "the seed article"
    return PARAPHRASE, "our paraphrase"


def main(argv: list[str]) -> int:
    text, origin = paragraph("--paraphrase" in argv)
    print(f"Reading {origin} ({len(text)} characters), published {PUBLISHED}.")

    # 1. Amounts: the price is the mention with a denominator ("100만토큰당") and an equivalent.
    print("\n1. Amounts found:")
    mentions = [m for m in ab.find_amounts(text) if isinstance(m, ab.ParsedAmount)]
    for mention in mentions:
        line = f"   {mention.text!r}: {mention.value} {mention.currency or mention.unit or ''}"
        if mention.fraction is not None:  # "7분의 1": 1 per 7, read as the fraction 1/7
            line = f"   {mention.text!r}: the fraction {mention.fraction}"
        elif mention.per is not None:
            line += f" per {mention.per.value} {mention.per.unit}"
        if mention.equivalent is not None:
            line += f", stated as {mention.equivalent.value} {mention.equivalent.currency}"
        print(line)
    price = next(m for m in mentions if m.per is not None and m.equivalent is not None)
    assert price.per is not None
    assert price.equivalent is not None
    assert price.currency is not None

    # 2. The date: "지난해 5월" is May of the year before publication.
    date_words = re.search(r"지난해\s*\d{1,2}월", text)
    assert date_words is not None
    when = ab.parse_date(date_words.group(), reference=PUBLISHED)
    print(f"\n2. {date_words.group()!r} read against {PUBLISHED}: {when} ({when.precision})")

    # 3. Ratios: "'라마3'의 7분의 1" is one seventh of Llama 3's price; the model is the name
    # quoted just before the fraction.
    comparisons, ratio_phrases = [], []
    for mention in mentions:
        named = re.search(r"'([^']+)'의\s*$", text[: mention.span[0]])
        if mention.fraction is not None and named is not None:
            comparisons.append(ab.Comparison(MODELS[named.group(1)], mention.fraction))
            ratio_phrases.append(text[named.start() : mention.span[1]])
    print("\n3. Comparisons:", ", ".join(f"{c.ratio} of {c.to}" for c in comparisons))

    # 4. The brief: entities, one fact citing the words, validated, then checked.
    cite = [ab.Citation(source=SOURCE, phrase=phrase) for phrase in [price.text, *ratio_phrases]]
    equivalent = ab.Money(price.equivalent.value, price.equivalent.currency or "")
    fact = ab.PriceSetting(
        id="deepseek-v2-price-cut",
        date=when,
        model="deepseek-v2",
        organization="deepseek",
        price=ab.Money(price.value, price.currency),
        per=ab.Q_(price.per.value, price.per.unit or "token"),
        stated_equivalent=equivalent
        if price.equivalent.qualifier == "exact"
        else ab.Approx(equivalent, price.equivalent.qualifier),
        direction="cut",
        comparisons=comparisons,
        citations=cite,
    )
    brief = ab.Brief(
        sources=[
            ab.Source(
                id=SOURCE,
                publisher="머니투데이",
                title="DeepSeek price cut",
                published=PUBLISHED,
                language="ko",
            )
        ],
        entities=[
            ab.Organization(
                id="deepseek", names={"en": "DeepSeek", "ko": "딥시크"}, kind="startup"
            ),
            *(
                ab.AIModel(id=model, names={"en": ENGLISH[model], "ko": name})
                for name, model in MODELS.items()
            ),
        ],
        facts=[fact],
    ).validate()
    print(f"\n4. {brief!r}; checks:")
    for check in ab.check_claims(brief):
        print(f"   [{check.verdict}] {check.kind} {check.basis or ''}".rstrip())
        print(f"      {check.explain('en')}")
        print(f"      {check.explain('ko')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
