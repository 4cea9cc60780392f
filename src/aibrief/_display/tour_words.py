"""The words of ``aibrief tour`` in English, Korean and Chinese: labels and fact summaries.

Every entry is an ``(en, ko, zh)`` triple; :class:`Say` picks one. A summary function takes the
tour's writer (names, figures, amounts in the tour language) and a fact of its kind, and
returns one line. Korean particles that depend on the last sound are avoided by wording
(``"{org}, {who}에게 ..."``) or written into the word ("폐쇄형으로").
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from aibrief._core.decimal import EXACT
from aibrief._quantities.approx import Approx
from aibrief._units.registry import Q_

if TYPE_CHECKING:
    from aibrief._core.types import Lang
    from aibrief._display.tour import _Writer

__all__ = ["KIND_LABELS", "SUMMARIES", "WORDS", "Say", "kind_label", "kind_tag"]

Triple = tuple[str, str, str]

WORDS: Final[dict[str, Triple]] = {
    "heading": (
        "Timeline of {facts} facts about {entities} entities, from {sources}",
        "사실 {facts}건, 개체 {entities}개의 타임라인 (출처: {sources})",
        "{facts}项事实、{entities}个实体的时间线（来源：{sources}）",
    ),
    "currency_note": (
        "Amounts of money are also shown in {currency} at ECB reference rates.",
        "금액은 ECB 기준환율로 환산한 {currency} 금액도 함께 표시합니다.",
        "金额另按欧洲央行参考汇率折算为{currency}。",
    ),
    "claims": ("Claims checked", "기사 수치 검증", "数字核查"),
    "date": ("Date", "날짜", "日期"),
    "kind": ("Kind", "종류", "类型"),
    "summary": ("Summary", "요약", "摘要"),
    "undated": ("undated", "날짜 없음", "日期不详"),
    "per": ("{amount} per {per}", "{per}당 {amount}", "{amount}/{per}"),
    "converted": (
        "≈ {amount} at the rate of {date}, the {basis}",
        "≈ {amount}, {date} 환율·{basis} 기준",
        "≈{amount}，按{date}汇率（{basis}）",
    ),
    "fact_date": ("fact's date", "사실 날짜", "事实日期"),
    "publication_date": ("publication date", "기사 날짜", "发布日期"),
    "no_date": ("no date to convert at", "환산할 날짜 없음", "无日期，无法换算"),
    "no_rate": (
        "no {currency} rate for {date}",
        "{date} {currency} 환율 없음",
        "无{date}的{currency}汇率",
    ),
}

#: What the tour calls each fact kind. The English label is the kind's tag with spaces, so the
#: tour and ``aibrief export --kind`` speak one vocabulary; export accepts every label.
KIND_LABELS: Final[dict[str, Triple]] = {
    "founding": ("founding", "설립", "成立"),
    "funding": ("funding", "투자 유치", "融资"),
    "assets_under_management": ("assets under management", "운용자산", "管理资产"),
    "development_cost": ("development cost", "개발비", "开发成本"),
    "compensation_offer": ("compensation offer", "보수 제안", "薪酬邀约"),
    "price_setting": ("price setting", "가격", "定价"),
    "compute_holding": ("compute holding", "컴퓨팅 자원", "算力"),
    "model_release": ("model release", "모델 공개", "模型发布"),
    "market_move": ("market move", "주가 변동", "股价变动"),
    "statistic": ("statistic", "통계", "统计"),
    "performance_comparison": ("performance comparison", "성능 비교", "性能比较"),
    "app_ranking": ("app ranking", "앱 순위", "应用排名"),
    "export_control": ("export control", "수출 통제", "出口管制"),
    "supply": ("supply", "공급", "供应"),
    "stated_age": ("stated age", "나이", "年龄"),
    "access_policy_change": ("access policy change", "공개 정책", "开放政策"),
    "quote": ("quote", "발언", "引语"),
    "milestone": ("milestone", "주요 사건", "大事"),
}

_ACCESS: Final[dict[str, Triple]] = {
    "open_source": ("open source", "오픈소스로", "开源"),
    "open_weights": ("open weights", "오픈 웨이트로", "开放权重"),
    "closed": ("closed", "폐쇄형으로", "闭源"),
}
_ACCESS_FROM: Final[dict[str, Triple]] = {
    "open_source": ("open source", "오픈소스", "开源"),
    "open_weights": ("open weights", "오픈 웨이트", "开放权重"),
    "closed": ("closed", "폐쇄형", "闭源"),
}
_PRICE: Final[dict[str, Triple]] = {
    "set": ("set its price to", "가격 책정", "定价"),
    "cut": ("cut its price to", "가격 인하", "降价"),
    "raise": ("raised its price to", "가격 인상", "涨价"),
}
_PRICES: Final[dict[str, Triple]] = {
    "set": ("set its prices", "가격 책정", "定价"),
    "cut": ("cut its prices", "가격 인하", "降价"),
    "raise": ("raised its prices", "가격 인상", "涨价"),
}
_RELATION: Final[dict[str, Triple]] = {
    "better": ("outperforms", "대비 우수한 성능", "性能优于"),
    "comparable": ("performs on a par with", "대비 대등한 성능", "性能比肩"),
    "worse": ("trails", "대비 낮은 성능", "性能不及"),
}
_EXPORT: Final[dict[str, Triple]] = {
    "restrict": ("restricted", "수출 규제", "限制"),
    "ban": ("banned", "수출 금지", "禁止"),
    "license_required": ("required licences for", "수출 허가제", "要求许可"),
    "lift": ("lifted limits on", "수출 규제 해제", "解除限制"),
}
_PERIOD: Final[dict[str | None, Triple]] = {
    "annual": (" a year", "연봉 ", "年薪"),
    "monthly": (" a month", "월급 ", "月薪"),
    "one_time": (" once", "일시금 ", "一次性"),
    None: ("", "", ""),
}


class Say:
    """Picks the word of one language from ``(en, ko, zh)`` triples.

    >>> from aibrief._display.tour_words import Say
    >>> Say("ko")(("date", "날짜", "日期"))
    '날짜'
    """

    __slots__ = ("index",)

    def __init__(self, lang: Lang) -> None:
        self.index = ("en", "ko", "zh").index(lang)

    def __call__(self, words: tuple[str, ...]) -> str:
        return words[self.index]


def kind_label(kind: str, lang: Lang) -> str:
    """What the tour calls a kind in ``lang``; a kind it has no label for is named by its tag.

    >>> from aibrief._display.tour_words import kind_label
    >>> kind_label("stated_age", "en"), kind_label("stated_age", "ko"), kind_label("mine", "zh")
    ('stated age', '나이', 'mine')
    """
    labels = KIND_LABELS.get(kind)
    return kind.replace("_", " ") if labels is None else Say(lang)(labels)


def kind_tag(name: str) -> str | None:
    """The tag of the kind that ``name`` names: its tag, or its label in any language.

    Case, spaces, hyphens and underscores do not matter; ``None`` when no kind is so named.

    >>> from aibrief._display.tour_words import kind_tag
    >>> kind_tag("stated age"), kind_tag("나이"), kind_tag("薪酬邀约"), kind_tag("Market-Move")
    ('stated_age', 'stated_age', 'compensation_offer', 'market_move')
    >>> kind_tag("age") is None
    True
    """
    wanted = _folded(name)
    for tag, labels in KIND_LABELS.items():
        if any(_folded(label) == wanted for label in (tag, *labels)):
            return tag
    return None


def _folded(name: str) -> str:
    return " ".join(name.replace("_", " ").replace("-", " ").casefold().split())


def _founding(w: _Writer, f: Any) -> str:
    org, founders = w.name(f.organization), w.names(f.founders)
    city = w.text(f.place.city, f.place.city_in) if f.place is not None and f.place.city else ""
    en = (
        f"{org} founded" + (f" by {founders}" if founders else "") + (f" in {city}" if city else "")
    )
    details = "; ".join([*([city] if city else []), *([f"창업자 {founders}"] if founders else [])])
    ko = f"{org} 설립" + (f" ({details})" if details else "")
    zh = (f"{founders}创立{org}" if founders else f"{org}成立") + (f"（{city}）" if city else "")
    return w.say((en, ko, zh))


def _funding(w: _Writer, f: Any) -> str:
    who, investors = w.name(f.recipient), w.names(f.investors)
    money = w.amount("amount", f.amount, stated=f.stated_equivalent) if f.amount else ""
    en = f"{who} raised {money or 'money'}" + (f" from {investors}" if investors else "")
    ko = f"{who} 투자 유치 {money}".rstrip() + (f" (투자자 {investors})" if investors else "")
    zh = f"{who}融资{money}" + (f"（投资方：{investors}）" if investors else "")
    if f.valuation is not None:
        value = w.amount("valuation", f.valuation)
        en, ko, zh = f"{en}, valued at {value}", f"{ko}, 기업가치 {value}", f"{zh}，估值{value}"
    return w.say((en, ko, zh))


def _assets(w: _Writer, f: Any) -> str:
    fund, money = w.name(f.fund), w.amount("amount", f.amount, stated=f.stated_equivalent)
    return w.say((f"{fund} managed {money}", f"{fund} 운용자산 {money}", f"{fund}管理资产{money}"))


def _development_cost(w: _Writer, f: Any) -> str:
    maker = w.name(f.developer)
    if f.model:
        subject = (w.name(f.model),) * 3
    elif maker:
        subject = (f"{maker}'s model", f"{maker} 모델", f"{maker}模型")
    else:
        subject = ("A model", "모델", "模型")
    money = w.amount("amount", f.amount, stated=f.stated_equivalent)
    hardware = w.names(f.hardware)
    en = f"{subject[0]} cost {money} to develop" + (f" on {hardware}" if hardware else "")
    ko = f"{subject[1]} 개발비 {money}" + (f", {hardware} 사용" if hardware else "")
    zh = f"{subject[2]}开发成本{money}" + (f"，使用{hardware}" if hardware else "")
    return w.say((en, ko, zh))


def _compensation(w: _Writer, f: Any) -> str:
    by, to = w.name(f.offered_by), w.name(f.offered_to)
    behalf = w.name(f.on_behalf_of)
    period = _PERIOD.get(f.period, _PERIOD[None])
    money = w.amount("amount", f.amount, stated=f.stated_equivalent)
    en = f"{by}" + (f" ({behalf})" if behalf else "") + f" offered {to} {money}{period[0]}"
    ko = f"{by}" + (f"({behalf})" if behalf else "") + f", {to}에게 {period[1]}{money} 제안"
    zh = f"{by}" + (f"（{behalf}）" if behalf else "") + f"向{to}开出{period[2]}{money}"
    return w.say((en, ko, zh))


def _price(w: _Writer, f: Any) -> str:
    who = w.name(f.model) or w.name(f.organization)
    if f.price is None:
        verb = _PRICES[f.direction]
        return w.say((f"{who} {verb[0]}", f"{who} {verb[1]}", f"{who}{verb[2]}"))
    verb = _PRICE[f.direction]
    money = w.amount("price", f.price, stated=f.stated_equivalent, per=f.per)
    return w.say(
        (f"{who} {verb[0]} {money}", f"{who} {verb[1]}: {money}", f"{who}{verb[2]}：{money}")
    )


def _compute(w: _Writer, f: Any) -> str:
    org, hardware = w.name(f.organization), w.brief.get(f.hardware)
    vendor = getattr(hardware, "vendor", None)
    label = (f"{w.name(vendor)} " if vendor else "") + w.name(f.hardware)
    gpu = getattr(hardware, "kind", None) in ("gpu", "ai_accelerator")
    count = w.figure(_with_unit(f.count, "gpu") if gpu else f.count)
    return w.say(
        (
            f"{org} holds {count} ({label})",
            f"{org}, {label} {count} 보유",
            f"{org}持有{count}（{label}）",
        )
    )


def _release(w: _Writer, f: Any) -> str:
    model, open_source = w.name(f.model), f.open_source is True
    return w.say(
        (
            f"{model} released" + (" as open source" if open_source else ""),
            f"{model} 공개" + (" (오픈소스)" if open_source else ""),
            f"{model}发布" + ("（开源）" if open_source else ""),
        )
    )


def _market_move(w: _Writer, f: Any) -> str:
    change = f.percent_change
    number = change.value if isinstance(change, Approx) else change
    size = _with_unit(_negated(change) if number < 0 else change, "percent")
    pct, falls = w.figure(size), number < 0
    security = w.name(f.security)
    en = f"{security} shares {'fell' if falls else 'rose'} {pct} ({f.exchange})"
    ko = f"{security} 주가 {pct} {'하락' if falls else '상승'} ({f.exchange})"
    zh = f"{security}股价{'下跌' if falls else '上涨'}{pct}（{f.exchange}）"
    if f.market_cap_change is not None:
        cap = w.amount("market_cap_change", f.market_cap_change, stated=f.stated_equivalent)
        en, ko, zh = f"{en}; market value {cap}", f"{ko}, 시가총액 {cap}", f"{zh}，市值{cap}"
    return w.say((en, ko, zh))


def _statistic(w: _Writer, f: Any) -> str:
    where = w.country(f.country) if f.country else w.name(f.subject)
    value, metric = w.figure(f.value), w.text(f.metric, f.metric_in)
    lead = f"{where}: " if where else ""
    en = f"{lead}{metric} {value}" + (f", rank {f.rank}" if f.rank else "")
    ko = f"{lead}{metric} {value}" + (f", {f.rank}위" if f.rank else "")
    zh = (
        (f"{where}：" if where else "")
        + f"{metric}{value}"
        + (f"，排名第{f.rank}" if f.rank else "")
    )
    return w.say((en, ko, zh))


def _performance(w: _Writer, f: Any) -> str:
    model = w.name(f.model) or (w.name(f.entities[0]) if f.entities else "")
    others, relation = w.names(f.compared_to), _RELATION[f.relation]
    return w.say(
        (
            f"{model or 'The model'} {relation[0]} {others}",
            f"{model or '모델'}, {others} {relation[1]}",
            f"{model or '该模型'}{relation[2]}{others}",
        )
    )


def _app_ranking(w: _Writer, f: Any) -> str:
    app, where = w.name(f.app), f" ({w.country(f.country)})" if f.country else ""
    return w.say(
        (
            f"{app} ranked #{f.rank} in {f.store}{where}",
            f"{app}, {f.store} {f.rank}위{where}",
            f"{app}在{f.store}排名第{f.rank}{where}",
        )
    )


def _export_control(w: _Writer, f: Any) -> str:
    who, hardware = w.name(f.authority), w.names(f.hardware)
    countries = w.say((", ", ", ", "、")).join(w.country(c) for c in f.target_countries)
    action = _EXPORT[f.action]
    return w.say(
        (
            f"{who} {action[0]} exports of {hardware or 'hardware'}"
            + (f" to {countries}" if countries else ""),
            f"{who}, " + (f"{countries} 대상 " if countries else "") + f"{hardware} {action[1]}",
            f"{who}{action[2]}" + (f"向{countries}" if countries else "") + f"出口{hardware}",
        )
    )


def _supply(w: _Writer, f: Any) -> str:
    supplier, customer = w.name(f.supplier), w.name(f.customer)
    product = w.text(f.product, f.product_in) if f.product else ""
    return w.say(
        (
            f"{supplier} supplies " + (f"{product} to {customer}" if product else customer),
            f"{supplier}, {customer}에 {product} 공급".replace("  ", " "),
            f"{supplier}向{customer}供应{product}",
        )
    )


def _age(w: _Writer, f: Any) -> str:
    person = w.name(f.person)
    return w.say((f"{person}, aged {f.age}", f"{person} {f.age}세", f"{person}{f.age}岁"))


def _access(w: _Writer, f: Any) -> str:
    org, before, after = w.name(f.organization), _ACCESS_FROM[f.before], _ACCESS[f.after]
    return w.say(
        (
            f"{org} moved from {before[0]} to {after[0]}",
            f"{org}, {before[1]}에서 {after[1]} 전환",
            f"{org}从{before[2]}转向{after[2]}",
        )
    )


def _quote(w: _Writer, f: Any) -> str:
    speaker = w.name(f.speaker)
    return w.say((f'{speaker}: "{f.text}"', f'{speaker}: "{f.text}"', f"{speaker}：“{f.text}”"))


def _milestone(w: _Writer, f: Any) -> str:
    return w.text(f.description, f.description_in)


SUMMARIES: Final[dict[str, Callable[[_Writer, Any], str]]] = {
    "founding": _founding,
    "funding": _funding,
    "assets_under_management": _assets,
    "development_cost": _development_cost,
    "compensation_offer": _compensation,
    "price_setting": _price,
    "compute_holding": _compute,
    "model_release": _release,
    "market_move": _market_move,
    "statistic": _statistic,
    "performance_comparison": _performance,
    "app_ranking": _app_ranking,
    "export_control": _export_control,
    "supply": _supply,
    "stated_age": _age,
    "access_policy_change": _access,
    "quote": _quote,
    "milestone": _milestone,
}


def _with_unit(number: Decimal | Approx[Decimal], unit: str) -> Any:
    """A plain number (or an approximation of one) as a pint quantity of ``unit``."""
    if not isinstance(number, Approx):
        return Q_(number, unit)
    low = None if number.low is None else Q_(number.low, unit)
    high = None if number.high is None else Q_(number.high, unit)
    if number.qualifier == "range":
        return Approx(Q_(number.value, unit), "range", low=low, high=high)
    return Approx(Q_(number.value, unit), number.qualifier)


def _negated(number: Decimal | Approx[Decimal]) -> Decimal | Approx[Decimal]:
    # A fall of "nearly 10%" is written as a size with the verb "fell": keep the qualifier.
    if not isinstance(number, Approx):
        return EXACT.minus(number)
    value = EXACT.minus(number.value)
    if number.qualifier == "range" and number.low is not None and number.high is not None:
        return Approx(value, "range", low=EXACT.minus(number.high), high=EXACT.minus(number.low))
    return Approx(value, number.qualifier)
