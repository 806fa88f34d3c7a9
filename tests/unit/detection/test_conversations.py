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



def test_an_advice_column_question_counting_the_askers_coworkers_reports_their_workplaces_cut(classify):
    text = ("Ask the Benefits Desk\nQ: Our warehouse is shutting down in June and all 85 of us are losing our jobs. "
            "Can I get unemployment benefits while I retrain?\nA: Yes. File your claim the week your job ends.")
    got = classify(text, "en", THURSDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 85)


def test_an_employers_question_about_the_law_with_no_count_of_its_own_people_stays_legal_qa(classify):
    text = ("Q: We have 140 employees and may close our night shift. Do we have to give WARN notice?\n"
            "A: The WARN Act covers employers with 100 or more full-time employees; a layoff of 50 or more at a site "
            "triggers 60 days' notice.")
    assert not classify(text, "en", THURSDAY).is_restructuring

def test_a_union_leaflet_telling_what_the_company_notified_on_a_day_reports_it(classify):
    text = ("[노조 소식지 — 묻고 답하기]\nQ. 무슨 일이 있었나요?\nA. 회사는 지난 3일 노사협의회에서 물류센터 두 곳을 "
            "폐쇄하겠다고 통보했습니다.")
    assert classify(text, "ko", THURSDAY).type is T.CLOSURE


# --- what a speaker says happened --------------------------------------------------------------------------------------


def test_a_founder_saying_we_let_go_of_a_number_of_people_reports_a_layoff(classify):
    text = "Host: How big is the team now?\nFounder: We let go of 30 people in January, mostly in sales."
    got = classify(text, "en", THURSDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_letting_go_of_a_number_of_tickets_is_no_layoff(classify):
    text = "Support: We let go of 30 tickets from the backlog that were duplicates."
    assert not classify(text, "en", THURSDAY).is_restructuring


def test_a_studio_said_to_be_closing_in_a_forum_reply_is_a_closure(classify):
    text = "Reply 3: Ex-employee here. The animation studio is closing at the end of the month, all 60 of us."
    assert classify(text, "en", THURSDAY).type is T.CLOSURE


def test_a_company_that_will_close_its_steelworks_is_closing_rather_than_laying_off(classify):
    text = "Minister: The owner has told us it will close the Redcliff steelworks, and some 900 jobs will be lost."
    assert classify(text, "en", THURSDAY).type is T.CLOSURE


def test_a_restructuring_whose_form_is_listed_as_open_alternatives_is_other(classify):
    text = "A. 회사는 생산직 200명 규모의 인력 구조 개편을 추진한다고 밝혔습니다. 희망퇴직인지, 전환 배치인지 방식은 아직 밝히지 않았습니다."
    assert classify(text, "ko", THURSDAY).type is T.OTHER


def test_a_layoff_whose_size_is_not_disclosed_stays_a_layoff(classify):
    text = "회사는 물류 부문 정리해고를 단행한다고 밝혔다. 감원 규모는 밝히지 않았다."
    assert classify(text, "ko", THURSDAY).type is T.LAYOFF


# --- counts told in a later answer -------------------------------------------------------------------------------------


def test_a_headcount_cut_by_a_percentage_is_that_share_of_the_size_the_speaker_states_next(classify):
    text = ("CFO: We are cutting our total headcount by about 5%. We ended the year with roughly 8,000 employees.\n"
            "Analyst: And the charge?")
    got = classify(text, "en", THURSDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 400)


def test_a_speakers_we_are_n_people_is_the_workforce_not_the_people_cut(classify):
    text = "lead: our whole design group is being laid off on Friday. we're 140 people across two offices"
    assert classify(text, "en", THURSDAY).headcount is None


def test_counts_listed_per_site_with_eseo_are_summed(classify):
    text = "대표: 물류 자동화로 평택센터에서 70명, 안성센터에서 25명을 감축합니다."
    assert classify(text, "ko", THURSDAY).headcount == 95


def test_the_final_count_confirmed_after_withdrawals_wins_over_the_tally_at_the_deadline(classify):
    text = ("위원장: 희망퇴직 신청자가 300명이라고 들었습니다. 맞습니까?\n전무: 마감 때는 300명이었지만 일부가 철회해 최종 대상자는 287명으로 "
            "확정됐습니다.")
    got = classify(text, "ko", THURSDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 287)


def test_the_final_number_told_in_english_wins_over_an_earlier_estimate(classify):
    text = ("Reporter: The union said about 250 jobs would be cut at the depot.\nManager: The final number is 212 positions, "
            "once vacancies are taken out.")
    assert classify(text, "en", THURSDAY).headcount == 212


def test_a_share_of_a_team_told_with_jung_e_is_that_share(classify):
    text = "팀장: 우리 본부 90명 중에 3분의 1은 인력 감축 대상이라고 들었어요."
    assert classify(text, "ko", THURSDAY).headcount == 30


# --- hearsay, denials and corrections by the next speaker -------------------------------------------------------------


def test_a_reporter_citing_reports_of_a_closure_is_no_event_when_the_spokesperson_denies_it(classify):
    text = ("Reporter: There are reports the company will shut its Dover plant and cut 250 jobs. Is that so?\n"
            "Spokesperson: Those reports are wrong. The plant stays open.")
    assert not classify(text, "en", THURSDAY).is_restructuring


def test_a_chief_executive_saying_we_did_not_reduce_our_workforce_is_no_layoff(classify):
    text = "CEO: The restructuring was of our debt only. We did not reduce our workforce at any site."
    assert not classify(text, "en", THURSDAY).is_restructuring


def test_job_cuts_announced_by_employers_counted_in_a_report_are_statistics(classify):
    text = "Host: A survey out today tallies job cuts announced by US employers in May. What stands out?"
    assert not classify(text, "en", THURSDAY).is_restructuring


def test_a_rumour_put_to_a_spokesperson_as_talk_going_around_is_no_event(classify):
    text = "기자: 회사가 하반기에 희망퇴직을 받는다는 말이 돌고 있습니다.\n홍보팀장: 사실이 아닙니다. 계획도 없습니다."
    assert not classify(text, "ko", THURSDAY).is_restructuring


def test_a_closure_the_chief_executive_says_it_is_not_leaves_the_stop_he_describes(classify):
    text = "기자: 구미 공장 폐쇄 수순입니까?\n사장: 폐쇄가 아닙니다. 재고 조정을 위해 다음 달부터 한 달간 가동을 중단합니다."
    assert classify(text, "ko", THURSDAY).type is T.SUSPENSION


# --- days told in an answer --------------------------------------------------------------------------------------------


def test_a_site_closing_next_friday_closes_on_the_friday_of_next_week(classify):
    text = "Post: Our distribution center is closing next Friday. About 90 of us were told this morning."
    got = classify(text, "en", THURSDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 5, 24))


def test_a_filing_that_gives_a_date_as_the_last_day_of_operations_dates_the_closure(classify):
    text = "Mayor: The company will close the bakery. Its WARN notice gives April 12, 2024 as the last day of operations."
    assert classify(text, "en", THURSDAY).separation_date == date(2024, 4, 12)


# --- the rest of an answer ---------------------------------------------------------------------------------------------


def test_stores_counted_before_the_closing_verb_are_a_closure_even_with_voluntary_retirement_offered_later(classify):
    text = ("대표: 적자 매장 네 곳을 연내 순차적으로 닫을 계획입니다.\n앵커: 직원들은요?\n대표: 직원 120명 정도가 영향을 받습니다. "
            "전환배치를 우선하고 원하는 분께는 희망퇴직 기회도 드립니다.")
    got = classify(text, "ko", THURSDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 120)


def test_the_number_of_jobs_lost_put_at_a_count_is_the_headcount(classify):
    text = "Minister: The owner will close the Northgate smelter. It puts the number of jobs that will be lost at about 650."
    assert classify(text, "en", THURSDAY).headcount == 650


def test_a_question_trailing_off_before_its_question_mark_is_still_a_question(classify):
    text = "Analyst: Does that mean layoffs, or something else, or...?\nCEO: We have not decided anything yet."
    assert not classify(text, "en", THURSDAY).is_restructuring


def test_a_quarter_of_a_group_said_in_a_chat_to_get_cut_is_that_share_of_the_size_given_next(classify):
    text = "sam: half of the platform team gets cut on Monday. we're 60 people total"
    got = classify(text, "en", THURSDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_half_of_a_team_cut_from_a_tournament_roster_is_no_layoff(classify):
    text = "Half of the team was cut from the tournament roster after the trials."
    assert not classify(text, "en", THURSDAY).is_restructuring
