"""The `other` type, work moved while the staff keep a job (the 2026.11.28 round across the seen set): a unit outsourced or
spun off whose people change employer, a production line or a block of jobs moved with its people redeployed or offered
the move, a cut by attrition with no programme. Where some are cut, or a site closes or a business is exited, the cut
or the closing still decides. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MAY = date(2024, 5, 14)


# --- staff who change employer with their work ------------------------------------------------------------------------


def test_a_korean_unit_spun_off_whose_staff_move_to_the_new_company_is_other_with_their_count(classify):
    text = "다온카드가 데이터센터 운영 조직을 떼어 자회사 '다온데이터'를 세운다. 운영 인력 260명은 자회사로 소속을 옮기게 된다."
    got = classify(text, "ko", MAY)
    assert (got.is_restructuring, got.type, got.headcount) == (True, T.OTHER, 260)


def test_a_korean_outsourcing_whose_regular_staff_counted_in_words_became_a_contractors_is_other(classify):
    got = classify("청소 업무를 외주화하면서 정규직 칠십 명이 용역업체로 소속이 바뀌었다.", "ko", MAY)
    assert (got.type, got.headcount) == (T.OTHER, 70)


def test_a_korean_transfer_to_a_subsidiary_by_jeonjeok_is_other(classify):
    got = classify("회사는 시설관리 직원 85명을 신설 자회사로 전적시키기로 했다.", "ko", MAY)
    assert (got.type, got.headcount) == (T.OTHER, 85)


def test_jeonjeokeuro_meaning_wholly_is_no_transfer(classify):
    got = classify("직원 20명의 교육 일정은 인사팀이 전적으로 처리한다.", "ko", MAY)
    assert got.is_restructuring is False


def test_a_union_calling_a_spin_off_a_detour_dismissal_does_not_make_it_a_layoff(classify):
    text = ("나래보험이 콜센터를 분사해 자회사를 세운다. 상담직원 320명은 자회사로 소속을 옮긴다. "
            "노조는 \"사실상 인력을 본사에서 내보내는 우회 구조조정\"이라고 비판했다.")
    got = classify(text, "ko", MAY)
    assert (got.type, got.headcount) == (T.OTHER, 320)


def test_an_english_outsourcing_whose_employees_transfer_to_the_vendors_payroll_is_other(classify):
    text = ("Harbor Mutual will outsource its claims processing to Vexa Services. About 310 Harbor Mutual employees will "
            "transfer to Vexa's payroll in the fall.")
    got = classify(text, "en", MAY)
    assert (got.is_restructuring, got.type, got.headcount) == (True, T.OTHER, 310)


def test_english_staff_who_become_employees_of_the_contractor_are_other(classify):
    text = ("The city will contract out its fleet maintenance to Midway Fleet Co. The 42 city mechanics will become "
            "employees of Midway at their current wages.")
    got = classify(text, "en", MAY)
    assert (got.type, got.headcount) == (T.OTHER, 42)


def test_an_official_who_explained_that_the_work_is_outsourced_reports_it_and_offers_no_aftermath_help(classify):
    text = ("Director Lopez explained that the contract outsources the cafeteria to Plateful Inc. The 23 cafeteria "
            "workers will become employees of Plateful.")
    got = classify(text, "en", MAY)
    assert (got.type, got.headcount) == (T.OTHER, 23)


def test_a_units_staff_going_to_a_buyer_as_their_new_owner_is_no_transfer_of_the_outsourcing_kind(classify):
    got = classify("The 300 workers at the paint unit will become employees of the new owner after the sale closes.", "en", MAY)
    assert got.type is not T.OTHER


# --- work moved, its people kept --------------------------------------------------------------------------------------


def test_a_korean_line_moved_abroad_with_its_staff_redeployed_and_the_site_kept_is_other(classify):
    text = ("한결전자가 청주사업장의 카메라 모듈 생산라인을 베트남으로 옮긴다. 라인 이전에 따라 청주 생산직 450여명은 "
            "천안사업장으로 전환배치된다. 청주사업장은 연구 기능 중심으로 유지된다.")
    got = classify(text, "ko", MAY)
    assert (got.type, got.headcount) == (T.OTHER, 450)


def test_english_jobs_relocated_to_another_office_with_their_holders_offered_the_move_are_other(classify):
    text = ("Northgate Bank will relocate about 180 operations jobs from its Toledo office to Columbus next year. "
            "Employees in those roles will be offered the chance to relocate. Toledo remains a regional hub.")
    got = classify(text, "en", MAY)
    assert (got.type, got.headcount) == (T.OTHER, 180)


# --- the cut or the closing decides -----------------------------------------------------------------------------------


def test_a_korean_business_exited_with_its_staff_moved_to_other_units_stays_a_closure(classify):
    got = classify("한빛전자가 태블릿 사업에서 철수한다. 사업부 직원 1천2백여명은 다른 사업부로 재배치된다.", "ko", MAY)
    assert got.type is T.CLOSURE


def test_a_korean_store_closed_with_its_staff_redeployed_stays_a_closure(classify):
    text = "대한마트 목동점이 6월 30일 폐점한다. 직원 90명은 인근 점포로 전환배치된다."
    got = classify(text, "ko", MAY)
    assert got.type is T.CLOSURE


def test_a_korean_transfer_offered_where_those_who_refuse_leave_stays_a_cut(classify):
    text = ("회사는 상담 업무를 외주화하면서 상담원 300명에게 위탁업체로 전적을 제안했다. 전적을 거부한 80명은 "
            "이달 말 해고된다.")
    got = classify(text, "ko", MAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 80)


def test_english_jobs_moved_where_the_old_site_closes_stay_a_closure(classify):
    text = ("Pellham Tools will relocate its assembly from Dayton to Monterrey. The Dayton plant will close on Sept. 30, and "
            "employees will be offered the chance to relocate.")
    got = classify(text, "en", MAY)
    assert got.type is T.CLOSURE


def test_english_staff_moved_to_a_vendor_with_some_laid_off_stay_a_layoff(classify):
    text = ("Corvid Health will outsource IT to Netra Group. About 200 employees will transfer to Netra's payroll, and "
            "Corvid will lay off 60 other IT workers in July.")
    got = classify(text, "en", MAY)
    assert got.type is T.LAYOFF


# --- attrition with no programme ----------------------------------------------------------------------------------------


def test_a_korean_cut_by_attrition_that_rules_out_both_a_buyout_and_dismissals_is_other_with_no_count(classify):
    text = ("한국도로관리원이 2026년까지 인력 800명을 줄인다. 관리원은 희망퇴직이나 해고 없이 정년퇴직 등 자연감소 인원을 "
            "충원하지 않는 방식으로 인력을 줄인다고 밝혔다. 신규 채용은 연 300명에서 150명으로 줄어든다.")
    got = classify(text, "ko", MAY)
    assert (got.type, got.headcount) == (T.OTHER, None)


def test_a_korean_buyout_offered_beside_dismissals_said_not_to_happen_is_still_a_buyout(classify):
    got = classify("회사는 다음 달 희망퇴직을 실시하며, 정리해고는 하지 않는다고 밝혔다. 대상은 사무직 150명이다.", "ko", MAY)
    assert got.type is T.VOLUNTARY_RETIREMENT
