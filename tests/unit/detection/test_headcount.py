import pytest

from earlywarn.domain.detection.headcount import headcount_mentions, spelled_mentions, vague_mention


@pytest.mark.parametrize(
    ("text", "lang", "low", "high", "approximate"),
    [
        ("직원 1,400명을 감원한다", "ko", 1400, None, False),
        ("300여명이 희망퇴직을 신청했다", "ko", 300, None, True),
        ("직원 6백5명을 정리해고", "ko", 605, None, False),
        ("생산직 1천1백명이 휴업한다", "ko", 1100, None, False),
        ("생산직 백여 명에 대한 권고사직", "ko", 100, None, True),
        ("약 1천명 규모의 감축", "ko", 1000, None, True),
        ("1,000~1,500명을 줄인다", "ko", 1000, 1500, False),
        ("Intel will cut about 1,100 jobs", "en", 1100, None, True),
        ("laying off 3,700 full-time employees", "en", 3700, None, False),
        ("will lay off 40 to 60 workers", "en", 40, 60, False),
        ("about 350 are expected to accept", "en", 350, None, True),
        ("About 900 Contoso employees accepted the buyout", "en", 900, None, True),
    ],
)
def test_a_stated_headcount_is_read_with_its_korean_or_english_numeral_form(text, lang, low, high, approximate):
    (mention,) = headcount_mentions(text, lang)
    assert (mention.low, mention.high, mention.approximate) == (low, high, approximate)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("직원 3천명 중 300명을 감원한다", "ko", [300]),
        ("직원 1천6백80명 가운데 최대 750명을 구조조정", "ko", [750]),
        ("근속 10년 이상 직원 1,200명을 대상으로 희망퇴직", "ko", []),
        ("전체 직원 250명 가운데 40%가 대상", "ko", []),
        ("roughly half of its 7,500 employees, notifying about 3,700 people", "en", [3700]),
        ("offered buyouts to 18,000 salaried employees with 12 or more years of service", "en", []),
        ("10,400 accepted, out of roughly 44,000 who were eligible", "en", [10400]),
        ("1967년생 직원이 대상", "ko", []),
        ("신청자는 지난해보다 40명 많은 130명이다", "ko", [130]),
        ("전 직원 55명에게 해고를 통보했다", "ko", [55]),
        ("The startup laid off 60 of its 200 employees", "en", [60]),
        ("A total of 85 nurses took the early retirement offer", "en", [85]),
        ("The hospital, which has a total of 1,200 staff, will lay off 40 workers", "en", [40]),
    ],
)
def test_the_workforce_size_and_the_eligible_pool_are_not_the_headcount(text, lang, expected):
    assert [mention.low for mention in headcount_mentions(text, lang) if mention.role == "affected"] == expected


@pytest.mark.parametrize(("text", "low"), [("업계는 감원 규모를 수백 명으로 추산", 200), ("will lay off hundreds of workers", 200)])
def test_a_vague_plural_gives_a_conservative_approximate_headcount(text, low):
    mention = vague_mention(text)
    assert mention.low == low and mention.approximate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("한 제지공장이 생산을 전면 중단하고 전 직원 110명에게 휴업 수당을 지급한다.", 110),
        ("The paper mill will cease operations on September 27, 2024, and its 310 employees will be separated.", 310),
    ],
)
def test_when_a_whole_site_stops_its_workforce_is_the_headcount(classify, text, expected):
    assert classify(text).headcount == expected


def test_a_layoff_of_a_share_of_a_stated_workforce_has_that_share_as_its_approximate_headcount(classify):
    detection = classify("Twitter began laying off half of its 7,500 employees on Friday.")
    assert detection.headcount == 3750


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("항공사는 직원 7,500명의 절반을 감원한다고 밝혔다.", 3750),
        ("회사는 전체 직원 900명 중 3분의 1을 정리해고하기로 했다.", 300),
        ("임직원 1천2백명의 30%를 희망퇴직으로 줄인다.", 360),
        ("The insurer will cut 10% of its 12,000 employees by March.", 1200),
    ],
)
def test_a_share_of_a_stated_workforce_is_the_headcount_when_no_count_is_stated(classify, text, expected):
    detection = classify(text)
    assert detection.is_restructuring and detection.headcount == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("전체 직원 250명 가운데 40%가 대상", "ko"), ("반도체 직원 900명의 반도체 설계", "ko"), ("직원 3천명 중 300명을 감원한다", "ko")],
)
def test_a_share_that_is_the_pool_or_no_share_at_all_is_not_taken(text, lang):
    assert [mention.low for mention in headcount_mentions(text, lang) if mention.role == "share"] == []


@pytest.mark.parametrize(
    ("text", "headcount"),
    [
        ("1,200명. 한 항공사가 이번 구조조정으로 내보내는 직원 수다. 이 회사 직원은 모두 9천명이다.", 1200),
        ("About 600 jobs. That is how many the insurer will cut from its 9,000 staff.", 600),
    ],
)
def test_a_count_standing_alone_as_a_headline_belongs_to_the_sentence_after_it(classify, text, headcount):
    detection = classify(text)
    assert detection.is_restructuring and detection.headcount == headcount


@pytest.mark.parametrize(
    ("text", "low", "approximate"),
    [("Layoffs at the bank will total about 1,500, or 3% of staff.", 1500, True), ("The job cuts number 800 in all.", 800, False)],
)
def test_what_the_cuts_add_up_to_is_the_headcount(text, low, approximate):
    (mention,) = headcount_mentions(text, "en")
    assert (mention.low, mention.approximate) == (low, approximate)


@pytest.mark.parametrize("text", ["Restructuring cuts will total $2 billion.", "The cuts total 12% of the workforce.", "Cost cuts will total 1.5 billion euros."])
def test_money_or_a_share_that_the_cuts_add_up_to_is_not_a_headcount(text):
    assert headcount_mentions(text, "en") == []


@pytest.mark.parametrize(
    ("text", "low"),
    [("Its nine employees will lose their jobs.", 9), ("Twenty-four nurses were told their roles will end.", 24), ("Employees affected: 1,250 | Site: Reno", 1250)],
)
def test_a_count_spelled_out_or_given_as_a_labeled_field_is_read_when_no_digits_then_noun_is_stated(text, low):
    (mention,) = spelled_mentions(text, "en")
    assert mention.low == low


def test_a_spelled_number_far_from_its_noun_is_not_a_count():
    assert spelled_mentions("Three years after the merger, workers at the plant", "en") == []


def test_an_authorized_quota_is_a_total_not_the_people_affected():
    (mention,) = headcount_mentions("정원 120명을 줄인다", "ko")
    assert mention.role == "workforce"
