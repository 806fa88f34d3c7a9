"""Conversations, questions and answers (fresh32's round): press-conference and earnings-call Q&A, town halls, interviews,
employers' FAQs about their own programmes, union leaflets and advice columns. The Q/A form alone is no explainer: a
transcript where the employer's own people answer, an FAQ that gives the day its readers leave, a question that counts
the asker's coworkers going with them and a leaflet telling what the company notified report an event. Sentences of our
own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

THURSDAY = date(2024, 5, 16)


# --- the Q&A form that reports -----------------------------------------------------------------------------------------


def test_a_press_conference_qa_where_the_chief_executive_announces_cuts_reports_them(classify):
    text = ("[신제품 발표회 Q&A]\n기자: 국내 공장 인력은 어떻게 됩니까?\n대표: 자동화 라인이 들어가면서 창원공장 인력 80명을 "
            "감축합니다.\n기자: 시기는요?\n대표: 하반기 중입니다.")
    got = classify(text, "ko", THURSDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 80)


def test_an_earnings_call_where_the_cfo_answers_with_a_cut_reports_it_despite_the_full_year_guide(classify):
    text = ("Q1 earnings call, Q&A\nAnalyst: Any change to the full-year guide?\nCFO: No change. We also eliminated about "
            "600 positions in our logistics unit during the quarter.\nAnalyst: Thanks.")
    got = classify(text, "en", THURSDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 600)


def test_an_officer_labeled_by_department_and_rank_still_answers_for_the_company(classify):
    text = ("[실적발표 컨퍼런스콜 Q&A]\n애널리스트: 울산 공장은요?\n재무 담당 전무: 수요 부진으로 울산 3공장 가동을 다음 달부터 "
            "중단합니다.")
    assert classify(text, "ko", THURSDAY).type is T.SUSPENSION


def test_a_legal_qa_answered_by_a_labor_attorney_stays_an_explainer(classify):
    text = ("[노동 상담]\n질문: 회사가 경영상 이유로 해고를 통보하면 언제까지 알려야 하나요?\n노무사: 사용자는 해고일 30일 전까지 "
            "예고해야 합니다.")
    assert not classify(text, "ko", THURSDAY).is_restructuring


def test_an_employers_faq_about_its_buyout_that_gives_the_separation_date_reports_the_programme(classify):
    text = ("Voluntary Separation Program: Frequently Asked Questions\nWho is eligible?\nWarehouse staff with ten years "
            "of service.\nWhen is my last day?\nIf accepted, your separation date will be September 30, 2024.")
    got = classify(text, "en", THURSDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 9, 30))


def test_a_union_qa_saying_participants_must_retire_by_a_day_reports_the_programme(classify):
    text = ("Q&A on the early retirement incentive\nWhat is the offer?\nA year's salary for staff who agree to retire.\n"
            "When would I leave?\nParticipants must retire by December 31, 2024.")
    assert classify(text, "en", THURSDAY).type is T.VOLUNTARY_RETIREMENT


def test_a_korean_faq_about_its_own_voluntary_retirement_with_the_leaving_day_reports_it(classify):
    text = ("[사내 공지] 희망퇴직 자주 묻는 질문\nQ. 대상은 누구인가요?\nA. 근속 20년 이상 직원입니다.\nQ. 퇴직일은 언제인가요?\n"
            "A. 퇴직일은 2024년 6월 30일입니다.")
    got = classify(text, "ko", THURSDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 6, 30))


def test_a_counselling_question_counting_the_askers_coworkers_who_lose_their_jobs_reports_the_closure(classify):
    text = ("[노동 상담]\n질문: 다니는 인쇄 공장이 다음 달 말 폐업한다고 합니다. 저를 포함해 직원 35명이 모두 일자리를 잃습니다. "
            "무엇을 챙겨야 하나요?\n답변: 체불 임금과 퇴직금을 먼저 확인하십시오.")
    got = classify(text, "ko", THURSDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 35)


def test_a_union_leaflet_telling_what_the_company_notified_on_a_day_reports_it(classify):
    text = ("[노조 소식지 — 묻고 답하기]\nQ. 무슨 일이 있었나요?\nA. 회사는 지난 3일 노사협의회에서 물류센터 두 곳을 "
            "폐쇄하겠다고 통보했습니다.")
    assert classify(text, "ko", THURSDAY).type is T.CLOSURE
