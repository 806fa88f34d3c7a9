"""Short feed-shaped texts: headlines, alerts, posts, WARN rows written as one line, digest bullets (2026.11.26-8).
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

import pytest

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DATE = date(2024, 10, 7)

# Counts written the short way: an approximate sign, "-ish", thousands with a capital K; and counts that name the
# cuts themselves ("60 voluntary redundancies").
COUNTS = [
    ("Streamly slashes ~450 jobs after subscriber growth stalls", T.LAYOFF, 450),
    ("Bad news at work: our whole design team was laid off today, 25-ish people in all.", T.LAYOFF, 25),
    ("Chipmaker Nordvale will cut 2.5K positions worldwide, the company said.", T.LAYOFF, 2500),
    ("The broadcaster is seeking 60 voluntary redundancies in its regional newsrooms.", T.VOLUNTARY_RETIREMENT, 60),
    ("The carmaker said 900 buyouts were accepted by salaried staff.", T.VOLUNTARY_RETIREMENT, 900),
]


@pytest.mark.parametrize(("text", "kind", "count"), COUNTS, ids=[t[:30] for t, *_ in COUNTS])
def test_counts_written_the_short_way_are_read(classify, text, kind, count):
    detection = classify(text, notice_date=NOTICE_DATE)
    assert detection.is_restructuring and detection.type is kind and detection.headcount == count, detection.evidence


def test_workers_called_back_with_an_approximate_count_are_a_recall(classify):
    assert not classify("Appliance maker brings back ~300 laid-off workers as orders recover").is_restructuring
    assert not classify("The mill recalls ~120 furloughed employees next week.").is_restructuring


# A WARN row written as one line of fields: the count in a labeled or a bare field, "eff." before the date.
WARN_ROWS = [
    ("OR WARN | Pine Ridge Foods LLC | Salem | No. of employees: 64 | Layoff date: 12/02/2024 | Layoff", 64, date(2024, 12, 2)),
    ("TX WARN | Lakeside Clinic | Austin | 118 | eff. 12/20 | plant closing", 118, date(2024, 12, 20)),
]


@pytest.mark.parametrize(("text", "count", "separation"), WARN_ROWS, ids=[t[:20] for t, *_ in WARN_ROWS])
def test_a_warn_row_on_one_line_gives_its_count_and_date(classify, text, count, separation):
    detection = classify(text, notice_date=NOTICE_DATE)
    assert detection.is_restructuring and detection.headcount == count and detection.separation_date == separation, detection.evidence


def test_a_year_in_a_row_field_is_not_a_count(classify):
    detection = classify("WA WARN | Harbor Freight Lines | Tacoma | 2024 | mass layoff", notice_date=NOTICE_DATE)
    assert detection.is_restructuring and detection.headcount is None


# A group told to work only until a day is dismissed; the month "until" which they work ends the month.
def test_a_group_told_to_work_only_until_a_day_is_a_layoff(classify):
    detection = classify("본부장이 오늘 우리 파트 전원 다음 달까지만 출근하라고 통보했다. 나까지 합쳐 12명이다.", notice_date=NOTICE_DATE)
    assert detection.type is T.LAYOFF and detection.headcount == 12 and detection.separation_date == date(2024, 11, 30), detection.evidence


def test_one_person_told_to_work_until_a_day_is_not_a_workforce_event(classify):
    assert not classify("팀장이 나한테 이번 달까지만 근무하라고 했다.", notice_date=NOTICE_DATE).is_restructuring


def test_a_month_until_which_contracts_run_ends_on_its_last_day(classify):
    detection = classify("P물류는 계약직 60명을 감축하고 12월까지 근로계약을 종료한다.", notice_date=NOTICE_DATE)
    assert detection.type is T.LAYOFF and detection.separation_date == date(2024, 12, 31), detection.evidence


# Help offered to people still to leave reports their leaving; help for those who already left does not.
def test_help_for_workers_still_to_leave_reports_the_closure(classify):
    detection = classify("고용센터는 연말 공장 폐쇄로 퇴직 예정인 근로자 70명에게 재취업 상담을 제공한다.", notice_date=NOTICE_DATE)
    assert detection.type is T.CLOSURE and detection.headcount == 70, detection.evidence
    detection = classify("The county will run retraining workshops for the 140 workers who will be laid off when the mill closes in March.")
    assert detection.is_restructuring, detection.evidence


def test_help_for_workers_who_already_left_stays_no_event(classify):
    assert not classify("고용센터는 지난해 폐업한 공장의 실직자를 위한 재취업 상담을 연다.").is_restructuring
    assert not classify("The county will run retraining workshops for the 140 workers who were laid off when the mill closed.").is_restructuring


# Creditors pressing for a restructuring of the workforce: not debt talk.
def test_creditors_pressing_for_a_workforce_restructuring_is_an_event(classify):
    detection = classify("자금난에 빠진 R해운이 채권단 요구에 따라 인력 구조조정에 들어갔다.")
    assert detection.is_restructuring and detection.type is T.OTHER, detection.evidence
    detection = classify("Under pressure from its creditors, the retailer announced a workforce restructuring affecting staff.")
    assert detection.is_restructuring and detection.type is T.OTHER, detection.evidence


def test_a_restructuring_of_debt_with_creditors_stays_no_event(classify):
    assert not classify("S건설은 채권단과 채무 구조조정 방안을 협의하고 있다.").is_restructuring
    assert not classify("The retailer reached a debt restructuring deal with its creditors.").is_restructuring


# A workplace named with a study word is not a study; the recruiting department is not hiring.
def test_a_research_lab_or_a_recruiting_team_cut_is_still_a_cut(classify):
    detection = classify("회사는 연구소 직원 80명을 감원하기로 했다.")
    assert detection.type is T.LAYOFF and detection.headcount == 80, detection.evidence
    detection = classify("The startup laid off 45 employees, including most of its recruiters.")
    assert detection.type is T.LAYOFF, detection.evidence
    detection = classify("The bank cut about 200 positions, many of them in recruiting and onboarding.")
    assert detection.type is T.LAYOFF and detection.headcount == 200, detection.evidence


def test_studies_and_hiring_still_veto(classify):
    assert not classify("한 연구에 따르면 올해 중소기업 감원 규모가 늘었다.").is_restructuring
    assert not classify("The chain is recruiting 300 workers for its new warehouse after last year's layoffs.").is_restructuring


# A stop that is over is no new suspension; a closure after it still is one.
def test_a_stop_that_is_over_is_no_suspension(classify):
    assert not classify("두 달 휴업을 마친 K주물 근로자 90여명이 다음 주 현장으로 돌아간다.").is_restructuring
    assert not classify("The furlough has ended for 400 crew members at the airline.").is_restructuring


def test_a_closure_after_a_long_stop_is_still_a_closure(classify):
    detection = classify("석 달 휴업 끝에 T섬유가 결국 폐업했다.")
    assert detection.type is T.CLOSURE, detection.evidence


# Short forms and denials of posts and headlines.
def test_a_reorg_that_affects_people_is_a_restructuring(classify):
    detection = classify("Leadership told us a reorg is coming and that it will affect headcount in every department.")
    assert detection.is_restructuring and detection.type is T.OTHER, detection.evidence


def test_reports_called_untrue_are_denied(classify):
    assert not classify("The airline said talk of pilot layoffs was untrue.").is_restructuring
    assert not classify("Company calls reports of mass layoffs 'baseless'").is_restructuring


# Closures told in the past, in a post or a headline; a person's willingness to move is no relocation.
CLOSURE_DATES = [
    ("I lost my job when Brightline Foods closed its Macon bakery on Sept. 20. Looking for roles in logistics.",
     date(2024, 9, 20)),
    ("Clinic operator to shut two urgent care sites Nov. 15; 38 staff affected", date(2024, 11, 15)),
    ("가구업체 D사, 생산설비 해외 이전…평택공장 오는 25일 가동 종료", date(2024, 10, 25)),
]


@pytest.mark.parametrize(("text", "separation"), CLOSURE_DATES, ids=[t[:30] for t, _ in CLOSURE_DATES])
def test_a_closure_date_in_a_post_or_a_headline(classify, text, separation):
    detection = classify(text, notice_date=NOTICE_DATE)
    assert detection.type is T.CLOSURE and detection.separation_date == separation, detection.evidence


def test_a_job_seeker_open_to_relocation_reports_no_closure(classify):
    assert not classify("Data analyst with 8 years of experience, open to relocation and remote roles.").is_restructuring
    assert not classify("The offer includes a relocation package and a signing bonus.").is_restructuring


def test_a_closed_site_described_is_not_a_closure_verb(classify):
    assert not classify("The closed plant on Route 9 will reopen as a distribution hub next year.").is_restructuring
