"""Build aibrief's built-in DeepSeek brief and write ``src/aibrief/_data/deepseek.json``.

The brief models every fact of one Korean news article: Money Today's (머니투데이) China
column on DeepSeek and its founder Liang Wenfeng, by 김재현. The article's copyright forbids
redistributing it, so the brief keeps facts and the short phrases that state them (each a
verbatim excerpt of a few words, in a :class:`~aibrief.Citation`), never its sentences;
descriptions are our own English paraphrases, and their Korean and Chinese wordings
(``description_in``, ``metric_in``, ...) are our own translations of those paraphrases, so that
``aibrief tour --lang ko`` and ``--lang zh`` print no English sentence.

The brief is built with the typed models and written with the package's own serialiser, so the
file always loads. Run it again after changing a model or a fact::

    python scripts/build_deepseek_dataset.py
    python scripts/build_deepseek_dataset.py --check   # exit 1 if the file is out of date

Dates. The file of the article has no dateline. Its text fixes the publication date:

* it reports the KOSPI's first session after the Lunar New Year holiday, on 31 January 2025,
  with its outcome ("31일 개장한 코스피에서 ... 급락"), so it was written on or after that day;
* it dates earlier days of the same month as "지난 27일" and "지난 20일" with no month, which
  Korean news does only within the current month (a day of the previous month is written
  "지난달 27일"), so it was written in January;
* "지난해 5월", "지난해 7월" and "지난해 8월" name 2024, so the year is 2025.

Hence ``published=PartialDate(2025, 1, 31)``. Had we recorded only the month (``2025-01``),
the claim checker's rule for a month (the last published day within it) would pick the same
ECB rate, of 31 January 2025.

Figures with no date in the article ("얼마 전", "최근") get ``date=None`` rather than a guess.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import aibrief as ab

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "aibrief" / "_data" / "deepseek.json"
SOURCE_ID = "mt-deepseek-liang-wenfeng"
PUBLISHED = ab.PartialDate(2025, 1, 31)
HANGZHOU = ab.Place(city="Hangzhou", city_in={"ko": "항저우", "zh-Hans": "杭州"}, country="CN")


def cite(phrase: str, note: str | None = None) -> list[ab.Citation]:
    """One citation of the article: the words exactly as it writes them."""
    return [ab.Citation(source=SOURCE_ID, phrase=phrase, note=note)]


def money(amount: str, currency: str) -> ab.Money:
    return ab.Money(amount, currency)


def about(amount: str, currency: str) -> ab.Approx[ab.Money]:
    return ab.Approx(ab.Money(amount, currency), "about")


def source() -> ab.Source:
    return ab.Source(
        id=SOURCE_ID,
        publisher="머니투데이",
        # The file holds no headline; this names the article by its subject, in brackets.
        title="[headline not in the source file] 딥시크와 량원펑 (Money Today China column)",
        author="김재현",
        published=PUBLISHED,
        language="ko",
    )


def organizations() -> list[ab.Organization]:
    org = ab.Organization
    return [
        org(
            id="deepseek",
            names={"ko": "딥시크", "en": "DeepSeek", "zh-Hans": "深度求索"},
            kind="startup",
            founded=ab.PartialDate(2023, 7),
            headquarters=HANGZHOU,
        ),
        org(
            id="nvidia",
            names={"ko": "엔비디아", "en": "Nvidia", "zh-Hans": "英伟达"},
            kind="chipmaker",
            listings=[ab.StockListing("NASDAQ", "NVDA")],
        ),
        org(
            id="sk-hynix",
            names={"ko": "SK하이닉스", "en": "SK hynix", "zh-Hans": "SK海力士"},
            kind="chipmaker",
            listings=[ab.StockListing("KRX", "000660")],
        ),
        org(id="openai", names={"ko": "오픈AI", "en": "OpenAI"}, kind="company"),
        org(id="meta", names={"ko": "메타", "en": "Meta"}, kind="big_tech"),
        _high_flyer(),
        org(
            id="alibaba",
            names={"ko": "알리바바", "en": "Alibaba", "zh-Hans": "阿里巴巴"},
            kind="big_tech",
        ),
        org(
            id="tencent",
            names={"ko": "텐센트", "en": "Tencent", "zh-Hans": "腾讯"},
            kind="big_tech",
        ),
        org(id="baidu", names={"ko": "바이두", "en": "Baidu", "zh-Hans": "百度"}, kind="big_tech"),
        org(
            id="bytedance",
            names={"ko": "바이트댄스", "en": "ByteDance", "zh-Hans": "字节跳动"},
            kind="big_tech",
        ),
        org(id="xiaomi", names={"ko": "샤오미", "en": "Xiaomi", "zh-Hans": "小米"}, kind="company"),
        org(
            id="kunlun-tech",
            names={"ko": "쿤룬완웨이", "en": "Kunlun Tech", "zh-Hans": "昆仑万维"},
            kind="company",
        ),
        org(
            id="pdd",
            names=ab.Names(
                {"ko": "핀둬둬", "en": "Pinduoduo", "zh-Hans": "拼多多"}, aliases={"en": ["PDD"]}
            ),
            kind="company",
            founded=ab.PartialDate(2015),
        ),
        org(id="mistral", names={"ko": "미스트랄", "en": "Mistral AI"}, kind="startup"),
        org(id="36kr", names={"ko": "36kr", "en": "36Kr", "zh-Hans": "36氪"}, kind="media"),
        org(
            id="an-yong",
            names=ab.Names(
                {"ko": "안용", "en": "An Yong", "zh-Hans": "暗涌"}, aliases={"en": ["Waves"]}
            ),
            kind="media",
            parent="36kr",
        ),
        org(
            id="zhejiang-university",
            names={"ko": "저장대", "en": "Zhejiang University", "zh-Hans": "浙江大学"},
            kind="university",
        ),
        org(
            id="peking-university",
            names={"ko": "베이징대", "en": "Peking University", "zh-Hans": "北京大学"},
            kind="university",
        ),
        org(
            id="tsinghua-university",
            names={"ko": "칭화대", "en": "Tsinghua University", "zh-Hans": "清华大学"},
            kind="university",
        ),
        org(
            id="kistep",
            names=ab.Names(
                {
                    "ko": "한국과학기술기획평가원",
                    "en": "Korea Institute of S&T Evaluation and Planning",
                    "zh-Hans": "韩国科学技术企划评价院",
                },
                aliases={"en": ["KISTEP"], "ko": ["KISTEP"], "zh-Hans": ["KISTEP"]},
            ),
            kind="research_institute",
        ),
        org(
            id="lehman-brothers",
            names={"ko": "리먼브라더스", "en": "Lehman Brothers", "zh-Hans": "雷曼兄弟"},
            kind="investment_firm",
        ),
    ]


def _high_flyer() -> ab.Organization:
    # The article writes "High Flyer, 중국명 환팡": 환팡 is 幻方 read in Korean.
    return ab.Organization(
        id="high-flyer",
        names=ab.Names(
            {"ko": "하이플라이어", "en": "High-Flyer", "zh-Hans": "幻方"},
            aliases={"en": ["High Flyer"], "ko": ["환팡"]},
        ),
        kind="hedge_fund",
        founded=ab.PartialDate(2015),
    )


def people() -> list[ab.Person]:
    zju = "zhejiang-university"
    return [
        ab.Person(
            id="liang-wenfeng",
            names={"ko": "량원펑", "zh-Hant": "梁文鋒", "zh-Hans": "梁文锋", "en": "Liang Wenfeng"},
            born=ab.PartialDate(1985),
            birthplace=ab.Place(
                city="Zhanjiang",
                city_in={"ko": "잔장", "zh-Hans": "湛江"},
                region="Guangdong",
                country="CN",
            ),
            nationality="CN",
            education=[
                ab.Education(
                    institution=zju,
                    degree="bachelor",
                    field="electronic information engineering",
                    start=ab.PartialDate(2002),
                ),
                ab.Education(
                    institution=zju,
                    degree="master",
                    field="information and communication engineering (machine vision)",
                    start=ab.PartialDate(2007),
                    end=ab.PartialDate(2010),
                    thesis="저비용 PTZ카메라 기반 목표 추적 알고리즘에 대한 연구",
                ),
            ],
            roles=[
                ab.Role(
                    organization=None,
                    title="quantitative trading research team (with friends)",
                    start=ab.PartialDate(2008),
                ),
                ab.Role(organization="high-flyer", title="co-founder", start=ab.PartialDate(2015)),
                ab.Role(organization="deepseek", title="founder", start=ab.PartialDate(2023, 7)),
            ],
        ),
        ab.Person(
            id="xu-jin",
            names={"ko": "쉬진", "zh-Hans": "徐进", "en": "Xu Jin"},
            education=[ab.Education(institution=zju)],
            roles=[
                ab.Role(organization="high-flyer", title="co-founder", start=ab.PartialDate(2015))
            ],
        ),
        ab.Person(
            id="lei-jun",
            names={"ko": "레이쥔", "zh-Hans": "雷军", "en": "Lei Jun"},
            roles=[ab.Role(organization="xiaomi", title="chairman")],
        ),
        ab.Person(
            id="luo-fuli",
            names={"ko": "뤄푸리", "zh-Hans": "罗福莉", "en": "Luo Fuli"},
            roles=[ab.Role(organization="deepseek", title="core developer of DeepSeek-V2")],
        ),
        ab.Person(
            id="fang-han",
            names={"ko": "팡한", "zh-Hans": "方汉", "en": "Fang Han"},
            roles=[ab.Role(organization="kunlun-tech", title="CEO")],
        ),
        # Only the column's opening allusion to his novel 삼체 (The Three-Body Problem); the novel
        # states no fact about the industry, so it is not modelled beyond his role as its author.
        ab.Person(
            id="liu-cixin",
            names={"ko": "류츠신", "zh-Hans": "刘慈欣", "en": "Liu Cixin"},
            nationality="CN",
            roles=[
                ab.Role(
                    organization=None,
                    title="science-fiction writer, author of 삼체 (The Three-Body Problem)",
                )
            ],
        ),
    ]


def models_and_chips() -> list[ab.Entity]:
    return [
        ab.AIModel(
            id="deepseek-r1",
            names={"ko": "딥시크-R1", "en": "DeepSeek-R1"},
            developer="deepseek",
            released=ab.PartialDate(2025, 1, 20),
            kind="reasoning",
            open_weights=True,
        ),
        ab.AIModel(
            id="deepseek-v2",
            names={"ko": "딥시크-V2", "en": "DeepSeek-V2"},
            developer="deepseek",
            kind="llm",
        ),
        ab.AIModel(
            id="chatgpt", names={"ko": "챗GPT", "en": "ChatGPT"}, developer="openai", kind="chatbot"
        ),
        ab.AIModel(
            id="llama-3", names={"ko": "라마3", "en": "Llama 3"}, developer="meta", kind="llm"
        ),
        ab.AIModel(
            id="gpt-4-turbo",
            names={"ko": "GPT-4 터보", "en": "GPT-4 Turbo"},
            developer="openai",
            kind="llm",
        ),
        ab.Hardware(id="nvidia-h100", names={"en": "H100"}, vendor="nvidia", kind="ai_accelerator"),
        ab.Hardware(
            id="nvidia-h800",
            names={"en": "H800"},
            vendor="nvidia",
            kind="ai_accelerator",
            variant_of="nvidia-h100",
            reduced=True,
        ),
        ab.Hardware(id="nvidia-a100", names={"en": "A100"}, vendor="nvidia", kind="ai_accelerator"),
    ]


def money_facts() -> list[ab.Fact]:
    """The amounts, prices and comparisons: what the claim checker tests."""
    return [
        ab.DevelopmentCost(
            id="deepseek-model-cost",
            developer="deepseek",
            amount=money("5576000", "USD"),
            stated_equivalent=about("8000000000", "KRW"),
            hardware=["nvidia-h800"],
            comparisons=[ab.Comparison("chatgpt", "0.056")],
            citations=[
                *cite(
                    "557만6000달러(약 80억원)",
                    "the model is not named; built on H800 instead of H100",
                ),
                *cite("챗GPT 개발비의 5.6%"),
            ],
        ),
        ab.AssetsUnderManagement(
            id="high-flyer-aum-2019",
            date=ab.PartialDate(2019),
            fund="high-flyer",
            amount=ab.Approx(money("10000000000", "CNY"), "over"),
            stated_equivalent=about("2000000000000", "KRW"),
            citations=cite("100억위안(약 2조원)을 돌파"),
        ),
        ab.AssetsUnderManagement(
            id="high-flyer-aum-2021",
            date=ab.PartialDate(2021),
            fund="high-flyer",
            amount=ab.Approx(money("100000000000", "CNY"), "over"),
            stated_equivalent=about("20000000000000", "KRW"),
            citations=cite("1000억위안(약 20조원)을 넘어섰다"),
        ),
        ab.PriceSetting(
            id="deepseek-v2-price-cut",
            date=ab.PartialDate(2024, 5),
            model="deepseek-v2",
            organization="deepseek",
            price=money("1", "CNY"),
            per=ab.Q_(1_000_000, "token"),
            stated_equivalent=money("200", "KRW"),
            direction="cut",
            comparisons=[ab.Comparison("llama-3", "1/7"), ab.Comparison("gpt-4-turbo", "1/70")],
            citations=[
                *cite("100만토큰당 1위안(200원)"),
                *cite("'라마3'의 7분의 1"),
                *cite("'GPT-4 터보'의 70분의 1"),
            ],
        ),
        ab.PriceSetting(
            id="bytedance-price-cut",
            date=ab.PartialDate(2024, 5),
            organization="bytedance",
            direction="cut",
            citations=cite("바이트댄스, 알리바바 등이", "followed DeepSeek's cut"),
        ),
        ab.PriceSetting(
            id="alibaba-price-cut",
            date=ab.PartialDate(2024, 5),
            organization="alibaba",
            direction="cut",
            citations=cite("바이트댄스, 알리바바 등이", "followed DeepSeek's cut"),
        ),
        ab.CompensationOffer(
            id="xiaomi-offer-luo-fuli",
            offered_by="lei-jun",
            on_behalf_of="xiaomi",
            offered_to="luo-fuli",
            amount=money("10000000", "CNY"),
            stated_equivalent=about("2000000000", "KRW"),
            period="annual",
            citations=cite(
                "1000만위안(약 20억원)에 달하는 연봉", "dated only 'not long ago' (얼마 전)"
            ),
        ),
    ]


def market_facts() -> list[ab.Fact]:
    return [
        ab.MarketMove(
            id="nvidia-drop",
            date=ab.PartialDate(2025, 1, 27),
            security="nvidia",
            exchange="NASDAQ",
            percent_change=-17,
            related=["deepseek-model-cost"],
            citations=cite("지난 27일 엔비디아 주가가 17% 폭락"),
        ),
        ab.MarketMove(
            id="sk-hynix-drop",
            date=ab.PartialDate(2025, 1, 31),
            security="sk-hynix",
            exchange="KRX",
            market="KOSPI",
            percent_change=ab.Approx(Decimal("-10"), "nearly"),
            context="first session after the Lunar New Year holiday",
            related=["nvidia-drop"],
            citations=cite(
                "31일 개장한 코스피에서",
                "reported as past, without 지난: the article was written on 31 January 2025",
            ),
        ),
        ab.Supply(
            id="sk-hynix-supplies-nvidia",
            supplier="sk-hynix",
            customer="nvidia",
            product="HBM (high-bandwidth memory)",
            product_in={"ko": "고대역폭 메모리(HBM)", "zh-Hans": "高带宽内存（HBM）"},
            citations=cite("엔비디아에 고대역폭메모리(HBM)을 공급하는"),
        ),
        ab.PerformanceComparison(
            id="deepseek-model-vs-chatgpt",
            compared_to=["chatgpt"],
            relation="comparable",
            entities=["deepseek"],
            citations=cite("챗GPT와 맞먹는 AI 모델"),
        ),
    ]


def company_facts() -> list[ab.Fact]:
    return [
        ab.ModelRelease(
            id="deepseek-r1-release",
            date=ab.PartialDate(2025, 1, 20),
            model="deepseek-r1",
            open_source=True,
            citations=cite("'딥시크-R1'을 오픈소스로 공개"),
        ),
        ab.AccessPolicyChange(
            id="openai-goes-closed",
            organization="openai",
            before="open_source",
            after="closed",
            citations=cite("점차 폐쇄형 전략으로 전환"),
        ),
        ab.AccessPolicyChange(
            id="mistral-goes-closed",
            organization="mistral",
            before="open_source",
            after="closed",
            citations=cite(
                "오픈AI와 미스트랄이 오픈소스에서 폐쇄형 AI로 전환",
                "the premise of an interviewer's question in the July 2024 interview",
            ),
        ),
        ab.Founding(
            id="high-flyer-founded",
            date=ab.PartialDate(2015),
            organization="high-flyer",
            founders=["liang-wenfeng", "xu-jin"],
            citations=cite("쉬진과 함께 헤지펀드 '하이플라이어'(High Flyer, 중국명 환팡)를 설립"),
        ),
        ab.Founding(
            id="deepseek-founded",
            date=ab.PartialDate(2023, 7),
            organization="deepseek",
            founders=["liang-wenfeng"],
            place=HANGZHOU,
            citations=cite("7월 항저우에 딥시크를 설립"),
        ),
        ab.Founding(
            id="pdd-founded",
            date=ab.PartialDate(2015),
            organization="pdd",
            citations=cite("2015년 설립된 핀둬둬"),
        ),
        ab.ComputeHolding(
            id="deepseek-a100-holding",
            organization="deepseek",
            hardware="nvidia-a100",
            count=ab.Approx(10000, "at_least"),
            citations=cite("'A100'을 1만개 이상 비축"),
        ),
        ab.Milestone(
            id="a100-holders-in-china",
            entities=["deepseek", "alibaba", "tencent", "baidu", "bytedance", "nvidia-a100"],
            description="Besides six large Chinese internet companies (Alibaba, Tencent, Baidu and "
            "ByteDance among them), DeepSeek is the only company to have stockpiled more than "
            "10,000 Nvidia A100 accelerators",
            description_in={
                "ko": "알리바바·텐센트·바이두·바이트댄스 등 중국 대형 인터넷 기업 여섯 곳 말고는 "
                "엔비디아 A100 가속기를 1만 개 넘게 쌓아 둔 회사가 딥시크뿐",
                "zh-Hans": "除阿里巴巴、腾讯、百度、字节跳动等六家中国大型互联网公司外，"
                "只有深度求索囤积了超过1万块英伟达A100加速卡",
            },
            citations=cite("6개 업체 외에 유일하게"),
        ),
        ab.Milestone(
            id="deepseek-called-pdd-of-ai",
            entities=["deepseek", "pdd", "alibaba"],
            description="In China DeepSeek is called the Pinduoduo of the AI industry; Pinduoduo "
            "overtook Alibaba in e-commerce with ultra-low prices from group buying",
            description_in={
                "ko": "중국에서 딥시크를 부르는 별명은 'AI 업계의 핀둬둬'. 핀둬둬는 공동구매로 "
                "값을 크게 낮춰 전자상거래에서 알리바바를 앞지름",
                "zh-Hans": "深度求索在中国被称作“AI界的拼多多”；拼多多凭借拼团超低价在电商领域"
                "超越了阿里巴巴",
            },
            citations=cite("AI업계의 핀둬둬(PDD)로 불린다"),
        ),
        ab.Milestone(
            id="deepseek-talent",
            entities=[
                "deepseek",
                "peking-university",
                "tsinghua-university",
                "zhejiang-university",
            ],
            description="DeepSeek's staff are graduates of Peking, Tsinghua and Zhejiang "
            "universities, mostly in their twenties or early thirties; none studied abroad",
            description_in={
                "ko": "딥시크 직원은 베이징대·칭화대·저장대를 나온 20대~30대 초반이 대부분이며, "
                "외국에서 공부한 사람은 없음",
                "zh-Hans": "深度求索的员工毕业于北京大学、清华大学和浙江大学，多为二十多岁至三十出头，"
                "无人有海外留学经历",
            },
            citations=cite("해외 유학파는 한 명도 없다"),
        ),
    ]


def liang_facts() -> list[ab.Fact]:
    return [
        ab.StatedAge(
            id="liang-age-40",
            date=PUBLISHED,
            person="liang-wenfeng",
            age=40,
            citations=cite("량원펑(梁文鋒·40)"),
        ),
        ab.StatedAge(
            id="liang-age-17-at-university",
            date=ab.PartialDate(2002),
            person="liang-wenfeng",
            age=17,
            citations=cite("2002년 17살의 나이로"),
        ),
        ab.StatedAge(
            id="liang-age-23-quant-research",
            date=ab.PartialDate(2008),
            person="liang-wenfeng",
            age=23,
            citations=cite("23살의 량원펑"),
        ),
        ab.Milestone(
            id="liang-quant-research",
            date=ab.PartialDate(2008),
            entities=["liang-wenfeng", "lehman-brothers"],
            description="During the 2008 global financial crisis set off by the collapse of Lehman "
            "Brothers, Liang Wenfeng formed a team with friends to research quantitative trading "
            "with machine learning",
            description_in={
                "ko": "리먼 브러더스 파산이 부른 2008년 세계 금융위기 때 량원펑이 친구들과 팀을 "
                "꾸려 머신러닝으로 하는 퀀트 투자를 연구",
                "zh-Hans": "2008年雷曼兄弟破产引发全球金融危机期间，梁文锋与朋友组建团队，"
                "研究基于机器学习的量化交易",
            },
            citations=cite("머신러닝 기술을 이용한 퀀트 트레이딩 연구"),
        ),
        ab.Milestone(
            id="liang-agi-goal",
            date=ab.PartialDate(2023),
            entities=["liang-wenfeng", "deepseek"],
            description="Liang Wenfeng declared the goal of developing artificial general "
            "intelligence (AGI)",
            description_in={
                "ko": "량원펑, 범용 인공지능(AGI) 개발을 목표로 내걸어",
                "zh-Hans": "梁文锋宣布以研发通用人工智能（AGI）为目标",
            },
            citations=cite("'범용 인공지능'(AGI)를 개발하겠다고 선언"),
        ),
        ab.Milestone(
            id="liang-an-yong-interview",
            date=ab.PartialDate(2024, 7),
            entities=["liang-wenfeng", "an-yong", "deepseek"],
            description="In an interview with An Yong (36Kr), Liang Wenfeng said he had not "
            "expected rivals to be so price-sensitive, that DeepSeek's prices only passed on "
            "lower costs, and that DeepSeek would not turn to closed-source AI",
            description_in={
                "ko": "량원펑은 36Kr 계열 매체 안용 인터뷰에서 경쟁사들이 가격에 그만큼 민감할 "
                "줄 몰랐고, 딥시크 가격은 줄어든 비용을 반영했을 뿐이며, 폐쇄형 AI로 돌아서지 "
                "않겠다고 밝힘",
                "zh-Hans": "梁文锋在接受36氪旗下《暗涌》采访时表示，没想到对手对价格如此敏感，"
                "深度求索的定价只是反映了成本的下降，并且不会转向闭源",
            },
            citations=cite("36kr 산하 매체인 안용(暗涌)과의 인터뷰"),
        ),
        ab.StatedAge(
            id="luo-fuli-age-30",
            date=PUBLISHED,
            person="luo-fuli",
            age=30,
            citations=cite("뤄푸리(30)"),
        ),
        ab.Milestone(
            id="fang-han-on-china-ai",
            entities=["fang-han", "kunlun-tech", "deepseek"],
            description="Fang Han, CEO of Kunlun Tech, said DeepSeek's results show how much room "
            "Chinese AI has to grow, and that China ranks first in the world in AI talent and "
            "AI papers",
            description_in={
                "ko": "쿤룬완웨이 최고경영자 팡한은 딥시크의 성과로 중국 AI가 아직 크게 자랄 수 "
                "있음을 알 수 있고, 중국은 AI 인력 규모와 논문 수 모두 세계 최고라고 말함",
                "zh-Hans": "昆仑万维首席执行官方汉表示，深度求索的成果说明中国AI仍有很大的成长空间，"
                "中国的AI人才和AI论文数量均居世界首位",
            },
            citations=cite("중국 AI 인재와 AI 논문 수는 세계 1위"),
        ),
    ]


# The KISTEP survey: (country, researchers, their qualifier, researchers rank, papers, qualifier,
# papers rank, phrases). "여" (a little over) is "over"; figures without it are exact.
_SURVEY = [
    ("CN", "411000", "over", 1, "220000", "exact", 1, ("41만1000여 명", "22만건")),
    ("IN", "195000", "exact", 2, "117000", "exact", 2, ("19만5000명", "11만7000건")),
    ("US", "120000", "exact", 3, "88000", "exact", 3, ("12만명", "8만8000건")),
    ("KR", "21000", "over", 9, "14000", "over", 12, ("2만1000여 명", "1만4000여 건")),
]
_REPORT = "국가전략기술 R&D 인력 실태조사"


def survey_facts() -> list[ab.Fact]:
    facts: list[ab.Fact] = []
    for country, people_, q1, rank1, papers, q2, rank2, (phrase1, phrase2) in _SURVEY:
        facts.append(
            _statistic(
                f"ai-researchers-{country.lower()}",
                country,
                metric="AI researchers",
                metric_in={"ko": "AI 연구 인력", "zh-Hans": "AI研究人员"},
                value=_count(people_, q1, "person"),
                period_end=ab.PartialDate(2023, 12),
                rank=rank1,
                citations=cite(phrase1, "as of the end of 2023 (2023년 말 기준)"),
            )
        )
        facts.append(
            _statistic(
                f"ai-papers-{country.lower()}",
                country,
                metric="AI papers published",
                metric_in={"ko": "AI 논문 발표 수", "zh-Hans": "AI论文发表数量"},
                value=_count(papers, q2, "item"),
                period_start=ab.PartialDate(2018),
                period_end=ab.PartialDate(2023),
                rank=rank2,
                citations=cite(phrase2, "papers published 2018-2023 (2018~2023년 발간된)"),
            )
        )
    return facts


def _statistic(id: str, country: str, **fields: Any) -> ab.Statistic:
    # Every figure of the survey: published in August 2024 ("지난해 8월") by KISTEP.
    return ab.Statistic(
        id=id,
        date=ab.PartialDate(2024, 8),
        country=country,
        published_by="kistep",
        report=_REPORT,
        **fields,
    )


def _count(value: str, qualifier: str, unit: str) -> Any:
    quantity = ab.Q_(int(value), unit)
    return quantity if qualifier == "exact" else ab.Approx(quantity, qualifier)  # type: ignore[arg-type]


def build() -> ab.Brief:
    """The DeepSeek brief, validated."""
    return ab.Brief(
        sources=[source()],
        entities=[*organizations(), *people(), *models_and_chips()],
        facts=[*money_facts(), *market_facts(), *company_facts(), *liang_facts(), *survey_facts()],
    ).validate()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    text = build().to_json(indent=2) + "\n"
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
