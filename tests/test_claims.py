"""aibrief.check_claims: stated equivalences, ratios and rankings against rates and figures."""

from __future__ import annotations

import contextlib
import datetime
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._quantities.precision import rounding_tolerance

D = datetime.date
SOURCE = "article"
ECB = ab.rates.ecb()


def cite(phrase: str) -> list[ab.Citation]:
    return [ab.Citation(source=SOURCE, phrase=phrase)]


def brief(*facts: ab.Fact, published: ab.PartialDate | None = None) -> ab.Brief:
    source = ab.Source(id=SOURCE, publisher="test", title="test", published=published)
    entities = [
        ab.Organization(id="deepseek", names={"en": "DeepSeek", "ko": "딥시크"}, kind="startup"),
        ab.AIModel(id="chatgpt", names={"en": "ChatGPT", "ko": "챗GPT"}),
    ]
    return ab.Brief(sources=[source], entities=entities, facts=facts)


def cost(
    stated: ab.Money | ab.Approx[ab.Money], *, date: ab.PartialDate | None, phrase: str
) -> ab.DevelopmentCost:
    return ab.DevelopmentCost(
        id="cost",
        date=date,
        developer="deepseek",
        amount=ab.Money("5576000", "USD"),
        stated_equivalent=stated,
        citations=cite(phrase),
    )


def rounded(value: Fraction) -> Decimal:
    """An exact ratio correctly rounded to the 34 digits of aibrief's divisions."""
    return DIVISION.divide(value.numerator, value.denominator)


def by_key(checks: list[ab.ClaimCheck]) -> dict[tuple[str, str, str | None], ab.ClaimCheck]:
    return {(check.fact, check.subject, check.basis): check for check in checks}


# --- The tolerance rule ------------------------------------------------------------------------


def test_rounding_tolerance_counts_significant_digits_not_written_zeros() -> None:
    # "80억": one significant digit, so anything from 75억 to 85억; at most 5억/75억 off.
    assert rounding_tolerance(Decimal("8000000000")) == DIVISION.divide(5, 75)
    # "79억8000만": three digits, half-unit 500만 relative to 79억7500만.
    assert rounding_tolerance(Decimal("7980000000")) == DIVISION.divide(5, 7975)
    assert rounding_tolerance(Decimal("5576000")) == DIVISION.divide(5, 55755)
    assert rounding_tolerance(Decimal("0")) == 0


@settings(max_examples=200, deadline=None)
@given(
    amount=st.integers(1, 10**12),
    rate=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100000"), places=4),
    digits=st.integers(1, 8),
)
def test_a_correctly_rounded_equivalent_is_always_consistent(
    amount: int, rate: Decimal, digits: int
) -> None:
    """Rounding the exact conversion to any number of significant digits stays within tolerance."""
    exact = EXACT.multiply(Decimal(amount), rate)
    step = Decimal(1).scaleb(exact.adjusted() - digits + 1)
    stated = exact.quantize(step, ROUND_HALF_EVEN, EXACT)
    rates = ab.rates.FixedRates({("USD", "KRW"): rate}, source="stated")
    fact = ab.DevelopmentCost(
        id="cost",
        amount=ab.Money(amount, "USD"),
        stated_equivalent=ab.Money(stated, "KRW"),
        citations=cite("phrase"),
    )
    [check] = ab.check_claims(brief(fact, published=ab.PartialDate(2025, 1, 27)), rates=rates)
    assert check.verdict == "consistent", check.explanation_en


# --- Equivalences ------------------------------------------------------------------------------


def test_dataset_development_cost_at_the_publication_date() -> None:
    check = ab.check_claims(ab.datasets.deepseek())[0]
    assert (check.fact, check.kind, check.basis, check.subject) == (
        "deepseek-model-cost",
        "equivalence",
        "publication",
        "deepseek",
    )
    assert check.phrase == "557만6000달러(약 80억원)"
    assert check.implied == DIVISION.divide(8_000_000_000, 5_576_000)
    assert check.implied == Decimal("1434.720229555236728837876614060258")
    assert check.unit == "KRW per USD"
    assert check.on == ab.PartialDate(2025, 1, 31)
    assert check.reference_date == D(2025, 1, 31)
    assert check.reference == ECB.rate("USD", "KRW", D(2025, 1, 31)).rate
    assert check.reference == Decimal("1449.648802078321947464639661310497")
    assert check.tolerance == EXACT.add(DIVISION.divide(5, 75), Decimal("0.02"))
    assert isinstance(check.implied, Decimal)
    assert isinstance(check.reference, Decimal)
    quote = ECB.rate("USD", "KRW", D(2025, 1, 31))
    rate = Fraction(quote.numerator) / Fraction(quote.denominator)
    assert check.deviation == rounded(Fraction(8_000_000_000) / (5_576_000 * rate) - 1)
    assert check.verdict == "consistent"
    assert check.explanation_zh == (
        "按2025-01-31参考汇率（1 USD = 1,449.65 KRW），原文数字低于换算值1.03%，"
        "在容差±8.67%（“약”允许2%，加上末位有效数字的半个单位6.67%）以内。"
    )
    assert check.phrase_agrees is True
    assert check.rate_source is not None
    assert check.rate_source.startswith("European Central Bank")


def test_equivalence_at_the_event_day_uses_that_days_cross_rate() -> None:
    fact = cost(
        ab.Approx(ab.Money("8000000000", "KRW"), "about"),
        date=ab.PartialDate(2025, 1, 27),
        phrase="557만6000달러(약 80억원)",
    )
    checks = ab.check_claims(brief(fact, published=ab.PartialDate(2025, 1, 31)))
    assert [check.basis for check in checks] == ["publication", "event"]
    event = checks[1]
    # ECB 2025-01-27: 1507.97 KRW and 1.0530 USD per EUR.
    assert event.reference == DIVISION.divide(Decimal("1507.97"), Decimal("1.0530"))
    assert event.reference == Decimal("1432.070275403608736942070275403609")
    assert event.reference_date == D(2025, 1, 27)
    assert event.reference_low == event.reference_high == event.reference
    cross = Fraction("1507.97") / Fraction("1.0530")
    assert event.deviation == rounded(Fraction(8_000_000_000) / (5_576_000 * cross) - 1)
    assert str(event.deviation).startswith("0.001850")
    assert event.verdict == "consistent"


def test_a_weekend_day_uses_the_last_published_rate_before_it() -> None:
    fact = cost(ab.Money("8000000000", "KRW"), date=None, phrase="…")
    [check] = ab.check_claims(brief(fact, published=ab.PartialDate(2025, 1, 26)))
    assert check.reference_date == D(2025, 1, 24)


def test_precision_of_the_stated_figure_decides_the_verdict() -> None:
    """'79억원' (exact, two digits) is too far from 79억8522만; '약 79억원' is not."""
    day = ab.PartialDate(2025, 1, 27)
    exact = cost(ab.Money("7900000000", "KRW"), date=None, phrase="557만6000달러(79억원)")
    about = cost(
        ab.Approx(ab.Money("7900000000", "KRW"), "about"),
        date=None,
        phrase="557만6000달러(약 79억원)",
    )
    [strict] = ab.check_claims(brief(exact, published=day))
    [loose] = ab.check_claims(brief(about, published=day))
    assert strict.tolerance == DIVISION.divide(5, 785)
    assert loose.tolerance == EXACT.add(strict.tolerance, Decimal("0.02"))
    assert strict.deviation == loose.deviation
    assert str(strict.deviation).startswith("-0.010672")
    assert (strict.verdict, loose.verdict) == ("inconsistent", "consistent")
    assert strict.explanation_en.endswith(
        "outside the tolerance of ±0.64% (half a unit of the last significant digit)."
    )
    assert "허용 오차 ±0.64%(마지막 유효 자릿수의 반 단위)를 벗어납니다" in strict.explanation_ko
    assert loose.explanation_en.endswith(
        "within the tolerance of ±2.64% ('약' allows 2% plus half a unit of the last "
        "significant digit, 0.64%)."
    )


def test_a_year_is_checked_against_the_closest_rate_within_it() -> None:
    [_, event] = [
        c for c in ab.check_claims(ab.datasets.deepseek()) if c.fact == "high-flyer-aum-2019"
    ]
    assert event.basis == "event"
    assert event.on == ab.PartialDate(2019)
    rates = {}
    day = D(2019, 1, 1)
    while day.year == 2019:
        with contextlib.suppress(ab.RateUnavailableError):
            rates[day] = ECB.rate("CNY", "KRW", day, missing="error").rate
        day += datetime.timedelta(days=1)
    assert event.reference_low == min(rates.values())
    assert event.reference_high == max(rates.values())
    # 2조원 per 100억위안 is 200 KRW per CNY, above every 2019 rate: the highest is closest.
    assert event.implied == 200
    assert event.reference == max(rates.values())
    assert event.reference_date == max(rates, key=lambda day: rates[day])
    assert event.verdict == "consistent"  # "약 2조원" has one significant digit


def test_fixed_rates_are_used_and_named() -> None:
    rates = ab.rates.FixedRates({("USD", "KRW"): "1400"}, source="the article's own rate")
    fact = cost(ab.Money("8000000000", "KRW"), date=None, phrase="…")
    [check] = ab.check_claims(brief(fact, published=ab.PartialDate(2025, 1, 31)), rates=rates)
    assert check.reference == 1400
    assert check.rate_source == "the article's own rate"
    assert check.deviation == rounded(Fraction(8_000_000_000, 7_806_400_000) - 1)


def test_without_any_date_the_check_is_unverifiable() -> None:
    fact = cost(ab.Money("8000000000", "KRW"), date=None, phrase="…")
    [check] = ab.check_claims(brief(fact))
    assert (check.verdict, check.basis, check.reference) == ("unverifiable", None, None)
    assert "no rate" in check.explanation_en
    assert check.explanation_zh == "事实和来源都没有日期，无法找到汇率核对换算。"


def test_without_a_published_rate_the_check_is_unverifiable() -> None:
    fact = ab.AssetsUnderManagement(
        id="aum",
        date=ab.PartialDate(2004, 6),
        fund="deepseek",
        amount=ab.Money("1", "CNY"),
        stated_equivalent=ab.Money("150", "KRW"),
        citations=cite("1위안(150원)"),
    )
    [check] = ab.check_claims(brief(fact))
    assert check.verdict == "unverifiable"
    assert check.reference is None
    assert check.implied == 150
    assert "2004-06" in check.explanation_en
    assert "2004-06" in check.explanation_ko
    assert check.explanation_zh == "没有2004-06的CNY→KRW参考汇率，无法核对换算。"


def test_phrase_agrees_reports_a_typed_field_that_contradicts_the_phrase() -> None:
    fact = cost(ab.Money("8000000000", "KRW"), date=None, phrase="557만6000달러(약 90억원)")
    [check] = ab.check_claims(brief(fact, published=ab.PartialDate(2025, 1, 31)))
    assert check.phrase_agrees is False


# --- Ratios ------------------------------------------------------------------------------------


def test_development_cost_share_infers_chatgpts_cost() -> None:
    [check] = [
        c
        for c in ab.check_claims(ab.datasets.deepseek())
        if c.kind == "ratio" and c.subject == "chatgpt"
    ]
    assert check.phrase == "챗GPT 개발비의 5.6%"
    assert check.stated == Fraction(7, 125)
    assert check.implied == ab.Money("99571428.57142857142857142857142857", "USD")
    assert check.implied == ab.Money(DIVISION.divide(5_576_000, Decimal("0.056")), "USD")
    assert check.converted is None  # already in USD
    assert check.tolerance == DIVISION.divide(Decimal("0.0005"), Decimal("0.056"))
    assert (check.verdict, check.reference, check.deviation) == ("unverifiable", None, None)
    assert "ChatGPT" in check.explanation_en
    assert "챗GPT" in check.explanation_ko
    # ChatGPT has no Chinese name in the brief, so the Chinese sentence uses the English one.
    assert (
        check.explanation_zh == "按此比例，ChatGPT的数值应为99,571,429 USD；"
        "简报中没有可在容差±0.89%（比例末位有效数字的半个单位）内比较的数值。"
    )


def test_price_ratios_infer_llama_3_and_gpt_4_turbo_prices() -> None:
    checks = {c.subject: c for c in ab.check_claims(ab.datasets.deepseek()) if c.kind == "ratio"}
    usd_per_cny = ECB.rate("CNY", "USD", D(2024, 5, 31)).rate
    for subject, multiple in (("llama-3", 7), ("gpt-4-turbo", 70)):
        check = checks[subject]
        assert check.implied == ab.Money(multiple, "CNY")
        assert check.unit == "per 1,000,000 tokens"
        assert check.reference_date == D(2024, 5, 31)  # the last published day of May 2024
        assert check.converted == ab.Money(EXACT.multiply(multiple, usd_per_cny), "USD")
        assert check.verdict == "unverifiable"
        assert check.tolerance == DIVISION.divide(5, 65)  # "7" or "70": one digit
    converted = checks["llama-3"].converted
    assert converted is not None
    assert str(converted.amount).startswith("0.9667")
    assert checks["llama-3"].explanation_zh == (
        "按此比例，Llama 3的数值应为7 CNY（每1,000,000 token），"
        "按2024-05-31参考汇率折合0.966746 USD；"
        "简报中没有可在容差±7.69%（比例末位有效数字的半个单位）内比较的数值。"
    )


@pytest.mark.parametrize(
    ("reference", "verdict", "chinese"),
    [
        (
            "100000000",
            "consistent",
            "按此比例，ChatGPT的数值应为99,571,429 USD；简报中的数值为100,000,000 USD，"
            "推算值低于该值0.43%，在容差±0.89%（比例末位有效数字的半个单位）以内。",
        ),
        (
            "200000000",
            "inconsistent",
            "按此比例，ChatGPT的数值应为99,571,429 USD；简报中的数值为200,000,000 USD，"
            "推算值低于该值50.21%，超出容差±0.89%（比例末位有效数字的半个单位）。",
        ),
    ],
)
def test_a_ratio_is_compared_with_a_figure_the_brief_holds(
    reference: str, verdict: str, chinese: str
) -> None:
    ours = ab.DevelopmentCost(
        id="ours",
        developer="deepseek",
        amount=ab.Money("5576000", "USD"),
        comparisons=[ab.Comparison("chatgpt", "0.056")],
        citations=cite("챗GPT 개발비의 5.6%"),
    )
    theirs = ab.DevelopmentCost(
        id="theirs", model="chatgpt", amount=ab.Money(reference, "USD"), citations=cite("…")
    )
    [check] = ab.check_claims(brief(ours, theirs, published=ab.PartialDate(2025, 1, 31)))
    assert check.reference == ab.Money(reference, "USD")
    assert isinstance(check.implied, ab.Money)
    assert check.deviation == rounded(
        Fraction(5_576_000) / Fraction("0.056") / Fraction(reference) - 1
    )
    assert check.verdict == verdict
    assert check.explanation_zh == chinese


def test_a_ratio_names_the_entity_in_chinese_else_in_english() -> None:
    qwen = ab.AIModel(id="qwen", names={"en": "Qwen", "ko": "큐원", "zh-Hans": "通义千问"})
    fact = ab.DevelopmentCost(
        id="ours",
        developer="deepseek",
        amount=ab.Money("5576000", "USD"),
        comparisons=[ab.Comparison("qwen", "1/2"), ab.Comparison("chatgpt", "1/4")],
        citations=cite("…"),
    )
    base = brief(fact)
    checks = ab.check_claims(attrs.evolve(base, entities=[*base.entities, qwen]))
    assert [check.explanation_zh for check in checks] == [
        "按此比例，通义千问的数值应为11,152,000 USD；"
        "简报中没有可在容差±10.00%（比例末位有效数字的半个单位）内比较的数值。",
        "按此比例，ChatGPT的数值应为22,304,000 USD；"
        "简报中没有可在容差±2.00%（比例末位有效数字的半个单位）内比较的数值。",
    ]


def test_the_deepseek_ratios_agree_with_their_phrases() -> None:
    checks = [c for c in ab.check_claims(ab.datasets.deepseek()) if c.kind == "ratio"]
    assert [(c.phrase, c.stated, c.phrase_agrees) for c in checks] == [
        ("챗GPT 개발비의 5.6%", Fraction(7, 125), True),
        ("'라마3'의 7분의 1", Fraction(1, 7), True),
        ("'GPT-4 터보'의 70분의 1", Fraction(1, 70), True),
    ]


@pytest.mark.parametrize(
    ("ratio", "phrase", "agrees"),
    [
        ("0.056", "챗GPT 개발비의 5.6%", True),
        ("0.056", "챗GPT 개발비의 6%", False),
        ("1/7", "챗GPT 개발비의 7분의 1", True),
        ("1/6", "챗GPT 개발비의 7분의 1", False),
        ("1/7", "ChatGPT开发成本的七分之一", True),
        ("0.056", "챗GPT 개발비의 약 5.6%", True),  # the ratio is compared, not the qualifier
        ("0.056", "챗GPT보다 훨씬 적은 개발비", None),
        ("0.056", "챗GPT 개발비의 5~6%", None),
    ],
)
def test_a_ratio_check_reads_the_ratio_its_phrase_states(
    ratio: str, phrase: str, agrees: bool | None
) -> None:
    fact = ab.DevelopmentCost(
        id="ours",
        developer="deepseek",
        amount=ab.Money("5576000", "USD"),
        comparisons=[ab.Comparison("chatgpt", ratio)],
        citations=cite(phrase),
    )
    [check] = ab.check_claims(brief(fact, published=ab.PartialDate(2025, 1, 31)))
    assert check.phrase_agrees is agrees


# --- Rankings ----------------------------------------------------------------------------------


def test_dataset_rankings_agree_with_their_figures() -> None:
    rankings = [c for c in ab.check_claims(ab.datasets.deepseek()) if c.kind == "ranking"]
    assert len(rankings) == 8
    assert {c.verdict for c in rankings} == {"consistent"}
    china = by_key(rankings)[("ai-researchers-cn", "CN", None)]
    assert (china.rank, china.phrase, china.unit) == (1, "41만1000여 명", "person")
    assert china.explanation_en == (
        "China ranks 1st in AI researchers, and the stated figures agree: its 411,000 people "
        "are no less than any of the 3 figures ranked below."
    )
    assert china.explanation_ko.startswith("중국의 'AI 연구 인력' 1위는")
    assert china.explanation_zh == "中国的“AI研究人员”排名第1，与所列数字一致。"
    assert china.explanation_en.startswith("China ranks 1st in AI researchers, and the stated")
    assert china.explanation_ko.startswith("중국의 'AI 연구 인력' 1위는")
    assert china.explanation_zh == "中国的“AI研究人员”排名第1，与所列数字一致。"
    korea = by_key(rankings)[("ai-papers-kr", "KR", None)]
    assert korea.explanation_zh == "韩国的“AI论文发表数量”排名第12，与所列数字一致。"


def test_a_better_rank_with_a_smaller_figure_is_inconsistent() -> None:
    def stat(country: str, value: int, rank: int) -> ab.Statistic:
        return ab.Statistic(
            id=f"s-{country.lower()}",
            metric="AI papers",
            value=value,
            country=country,
            rank=rank,
            citations=cite(f"{value}건"),
        )

    checks = ab.check_claims(brief(stat("CN", 100, 1), stat("IN", 200, 2), stat("US", 50, 3)))
    assert [c.verdict for c in checks] == ["inconsistent", "inconsistent", "consistent"]
    assert checks[0].explanation_en == (
        "China ranks 1st in AI papers, but the stated figures disagree: India, ranked 2nd, "
        "has 200, more than its figure of 100."
    )
    assert checks[0].explanation_ko == (
        "중국의 'AI papers' 1위는 기사 수치와 어긋납니다: 2위인 인도의 200이 100보다 많습니다."
    )
    assert checks[0].explanation_zh == (
        "中国的“AI papers”排名第1，与所列数字不符：排名第2的印度为200，多于其100。"
    )


def test_a_lone_rank_is_not_checked() -> None:
    single = ab.Statistic(id="s", metric="m", value=1, country="KR", rank=9, citations=cite("9위"))
    assert ab.check_claims(brief(single)) == []


# --- The check object --------------------------------------------------------------------------


def test_every_check_explains_itself_in_every_language() -> None:
    checks = ab.check_claims(ab.datasets.deepseek())
    assert len(checks) == 19
    for check in checks:
        assert check.explain() == check.explain("en") == check.explanation_en
        assert check.explain("ko") == check.explanation_ko
        assert check.explain("zh") == check.explanation_zh
        assert check.explanation_en.endswith(".")
        assert check.explanation_ko.endswith(".")
        assert check.explanation_zh.endswith("。")
    with pytest.raises(ab.InvalidArgumentError) as raised:
        checks[0].explain("fr")  # type: ignore[arg-type]
    assert str(raised.value) == (
        "lang 'fr' is not a language of the explanations; pass 'en', 'ko' or 'zh'"
    )
    assert (raised.value.name, raised.value.value) == ("lang", "fr")


def test_claim_checks_are_frozen_and_carry_their_source() -> None:
    check = ab.check_claims(ab.datasets.deepseek())[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        check.verdict = "inconsistent"  # type: ignore[misc]
    assert check.source == "mt-deepseek-liang-wenfeng"


def test_results_do_not_depend_on_the_callers_decimal_context() -> None:
    import decimal

    expected = ab.check_claims(ab.datasets.deepseek())
    with decimal.localcontext() as context:
        context.prec = 3
        context.rounding = decimal.ROUND_DOWN
        assert ab.check_claims(ab.datasets.deepseek()) == expected
