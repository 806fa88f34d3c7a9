"""Headcount affected, found in text: not the workforce size, not the eligible pool."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bare_counts import counts_after_triggers, counts_told_without_noun
from .count_sums import (
    summed_and_parts, summed_phase_lines, summed_plus_parts, summed_site_lists, summed_table_rows, summed_waves,
    summed_cut_column, summed_each_lists, summed_other_sites, summed_bare_lists,
    summed_added_groups, summed_respective_lists, summed_with_parts, summed_staff_kinds,
)
from .count_forms import english_count_forms, joined_ranges, staff_cut_differences
from .counts import (
    EN_DOZEN, EN_NOUN, EN_NUMERAL, EN_OWNER, KO_NATIVE_NUMERAL, KO_NUMERAL, Headcount, approximate_before, dismissed_after, number,
)
from .fastscan import AsciiLowered, FinalCharScan, gated
from .site_lines import may_list_sites, summed_site_lines
from .shares import KO_WHOLE_NAMED_AFTER, KO_WHOLE_THEN_PART_AFTER, english_shares, korean_shares, shares_of_stated_workforce
from .text import Sentences
from .pools import KO_POOL_AFTER, POOL, english_pool, in_eligibility_field, korean_pool_named_after, korean_pool_named_before
from .uncounted import english_not_a_count, is_membership, korean_size_once


# The digits of the count are taken whole (possessive: nothing after them starts with a digit or a comma, so giving
# some back never makes a match; the same matches, without retrying every shorter run of every number in the text).
_KO_NUMERAL_WHOLE_DIGITS = KO_NUMERAL.replace(r"\d[\d,]*", r"\d[\d,]*+", 1)
_KO_MENTION_SOURCE = rf"(?P<num>{_KO_NUMERAL_WHOLE_DIGITS})(?:\s*[~∼\-]\s*(?P<high>{KO_NUMERAL}))?\s*(?P<about>여)?\s*명(?![단부함])"
_KO_MENTION = gated(_KO_MENTION_SOURCE)
# Every Korean count ends with 명, after digits, numeral syllables, separators and spaces: searched before each 명 alone.
_KO_MENTION_SCAN = FinalCharScan(_KO_MENTION, "명", lambda ch: ch.isdecimal() or ch.isspace() or ch in ",.~∼-일이삼사오육칠팔구십백천만여")
# Words between the number and the noun may be names ("10,400 Verizon employees"). "40-ish people", "1,200-plus workers",
# "1,200+ jobs", "200-some staff", "60-odd workers": about that many.
# A part of a whole whose owner is named ("1,100 of the group's 1,700 employees"): the part, as after "of its" (the whole
# may be told as approximate: "500 of its roughly 1,300 workers").
# A part of a group named before, told with what befalls it ("Roughly 380,000 of them have been furloughed"); a programme's
# applications approved ("410 applications have been approved"): each one a person who leaves.
# A count written twice, in figures and in words, as a notice or a contract writes it ("one hundred twenty-five (125)
# employees", "125 (one hundred twenty-five) employees"): the figures, their closing parenthesis or the words after them
# in parentheses stand between the number and its noun (an opening parenthesis before it: checked in _mentions).
_EN_MENTION = gated(
    rf"(?P<num>{EN_NUMERAL})(?P<paren>\))?(?:\s+\([A-Za-z][A-Za-z\s-]{{2,60}}\))?(?P<ish>-?ish|-plus|\+|-odd|-some)?(?:\s*(?:-|–|to)\s*(?P<high>{EN_NUMERAL}))?\s+(?:of\s+(?:its|the|their|our|my)\s+{EN_OWNER}(?:(?:roughly|about|some|nearly|around|approximately|almost)\s+)?(?:[\d,]+\s+)?)?"
    rf"(?:(?:[A-Za-z][A-Za-z&'.-]*\s+){{0,3}}?{EN_NOUN}|(?:[a-z]+\s+){{0,3}}?(?:accept|accepted|applied|took|signed\s+up)"
    r"|of\s+them\s+(?:have\s+been|had\s+been|were|are|will\s+be|are\s+being|would\s+be)\s+(?:furloughed|laid\s+off|let\s+go|made\s+redundant|sent\s+home)"
    r"|(?:applications|requests)\s+(?:have\s+been\s+|had\s+been\s+|were\s+|are\s+)?approved)"
)
# Small counts are spelled out in English news ("its nine employees", "Twelve workers"): only next to the
# noun (one word may stand between), since a word number farther off is seldom a count of people.
_EN_WORD_NUMERAL = (
    # ("thirty-five", or "thirty five" as a transcript writes it)
    r"(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)(?![\w-]))?"
    r"|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|"
    r"[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen)(?![\w-])"
)
# The word between a small count and its noun is never a multiplier ("Three hundred workers" is not 3: below).
# An offer's take-up told with the verb alone ("Nine accepted and will leave in June"), as digits are in _EN_MENTION.
# About that many ("forty-some people", "thirty-odd workers"); a part of a whole told in words ("three of its five workers").
_EN_WORD_MENTION = gated(
    rf"\b(?P<num>{_EN_WORD_NUMERAL})(?P<ish>-(?:some|odd|ish|plus))?\s+"
    rf"(?:of\s+(?:its|the|their|our|my)\s+(?:{_EN_WORD_NUMERAL}\s+)?)?"
    rf"(?:(?:(?!(?:hundred|thousand|million|billion|dozen)\b)[a-z][a-z-]*\s+)?{EN_NOUN}"
    r"|(?:have\s+|had\s+)?(?:accepted|applied|signed\s+up)\b)"
)
# Hundreds, thousands and dozens in words ("Three hundred workers", "one hundred and twenty staff", "two thousand jobs",
# "two dozen newsroom employees"): read whole, and only in a text where "hundred", "thousand" or "dozen" is (their first
# word may be "a", which a gate would stop at everywhere).
_EN_UNIT_WORD = r"(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)"
_EN_WORD_HUNDREDS = (
    rf"(?:{_EN_UNIT_WORD}|{_EN_WORD_NUMERAL})[\s-]+thousand\b"
    # hundreds counted past ten, as speech says them ("twelve hundred people", "sixteen hundred hourly workers", "twenty-five
    # hundred jobs")
    # ("three-hundred workers", hyphenated as some write it)
    rf"|(?:{_EN_UNIT_WORD}|{_EN_WORD_NUMERAL})[\s-]+hundred(?:\s+(?:and\s+)?(?:{_EN_WORD_NUMERAL}))?\b"
)
# The count may close a spoken aside with a dash ("one hundred fifty — I'm sorry, one hundred and seventy — nurses").
_EN_BIG_WORD_MENTION = gated(rf"\b(?P<num>{EN_DOZEN}|{_EN_WORD_HUNDREDS})\s+(?:[—–]\s+)?(?:[a-z][a-z-]*\s+)?{EN_NOUN}")
_EN_BIG_WORDS = ("hundred", "thousand", "dozen")
# A group sized by its count with no noun after it ("our whole team of 40 was let go", "the paper's staff of 45 will be laid
# off"): used as the spelled-out counts.
_EN_GROUP_OF = gated(
    r"\b(?:team|department|group|unit|office|crew|squad|division|staff)\s+of\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b"
    r"(?![a-z%])(?!\s*(?:%|percent|per\s*cent|years?|months?|weeks?|days?|hours?)\b)"
)
# Native Korean numerals before 명 ("마흔두 명을 정리해고"), looked for only when no count in digits is stated.
# "직원 다섯 분": the honorific counter for people (a native numeral before 분 is not minutes, which take digits).
# A count's 명 is followed by a particle or a break, not by more of a name ("세명스틸이", "한명건설": a company whose name
# begins with a numeral and 명).
_KO_NATIVE_MENTION = gated(rf"(?P<num>{KO_NATIVE_NUMERAL})\s*(?P<about>여)?\s*(?:명(?![가-힣])|명(?=[이은을의도만과와씩에뿐가는로]|까지|정도|쯤|중|가량|남짓|안팎|외|모두|전원)|분(?=[께이은의을도들과]|\s|$))")
# People named with the honorific 님 and counted by its counter 분 in digits ("희망퇴직 신청하신 선배님들 38분"; not "30분",
# minutes: only right after "님 " or "님들 "), looked for only where no count by 명 is stated and the text says 님.
_KO_HONORIFIC_MENTION = re.compile(r"(?:(?<=님\s)|(?<=님들\s))(?P<num>\d{1,4})\s*(?P<about>여)?\s*분(?=[께이은의을도들과,]|\s|$)")
# Jobs counted by 개 ("일자리 170개가 사라진다", "300개의 일자리가 없어진다"), only where the jobs are lost in the same clause
# (not "일자리 3천개를 만든다", jobs created), looked for only when no count of people is stated and the text says 일자리.
_KO_JOBS_LOST = r"[^.\n]{0,15}?(?:사라|없어|잃|줄어|감소|날아|증발)"
_KO_JOBS_MENTION = gated(
    rf"일자리\s*(?:약\s*)?(?P<num>{KO_NUMERAL})\s*(?P<about>여)?\s*개(?=(?:가|는|를|이)?{_KO_JOBS_LOST})"
    rf"|(?P<num2>{KO_NUMERAL})\s*개(?:의|\s)\s*일자리(?={_KO_JOBS_LOST})"
)
# A count given as a labeled field ("Employees affected: 112", "Number of workers affected - 45", a state form's title-case
# "Number Affected: 212"; a WARN row's
# "No. of employees: 87", where the row is the notice of those people). A voluntary retirement notice's fields (Japanese
# disclosures in English): "Number of persons to be solicited: approximately 300" (the number the company seeks, as "will
# seek 300 early retirements"), "Number of applicants: 412" (those who applied and leave) — not an eligibility line.
_EN_LABELED = gated(
    r"(?:(?:[Ee]mployees|[Ww]orkers|[Jj]obs|[Pp]ositions|[Pp]eople|[Hh]eadcount|[Nn]umber(?:\s+of\s+(?:employees|workers|jobs|positions))?)"
    r"\s+(?:[Aa]ffected|[Ii]mpacted|[Ll]aid\s+[Oo]ff|[Ss]eparated)|(?:[Nn]o\.|#)\s*[Oo]f\s+(?:(?:[Aa]ffected|[Ii]mpacted)\s+)?(?:[Ee]mployees|[Ww]orkers|[Pp]ositions)"
    # the adjective first, as a listing's field label writes it ("Affected employees: 54", "Impacted Workers: 30"; a label's
    # capital only: a lower-case "a"/"i" would open the gate at most words)
    r"|(?:Affected|Impacted)\s+(?:[Ee]mployees|[Ww]orkers|[Pp]ositions|[Hh]eadcount)"
    # the cut's own count as a field ("Total layoffs: 300", "Positions eliminated: 45", "Jobs lost — 120", "Headcount reduction:
    # 80"; "Total employees affected: 300")
    r"|(?:Total\s+)?(?:[Ll]ayoffs|[Jj]ob\s+[Cc]uts|[Rr]edundancies)|(?:[Jj]obs|[Pp]ositions|[Rr]oles)\s+(?:[Ll]ost|[Cc]ut|[Ee]liminated)"
    r"|[Hh]eadcount\s+(?:[Rr]eduction|[Cc]ut)|Total\s+(?:[Ee]mployees|[Ww]orkers|[Pp]ositions)\s+(?:[Aa]ffected|[Ii]mpacted)"
    # the adjective inside the label ("Number of affected employees: 88", a state office's WARN e-mail)
    r"|[Nn]umber\s+of\s+(?:[Aa]ffected|[Ii]mpacted)\s+(?:[Ee]mployees|[Ww]orkers|[Pp]ositions|[Ss]taff)"
    r"|[Nn]umber\s+of\s+(?:(?:persons|people|employees|workers|positions)\s+(?:to\s+be\s+(?:solicited|reduced|cut|separated)"
    r"|who\s+(?:applied|accepted|will\s+retire))|applicants|(?:voluntary\s+)?retirees))"
    r"\s*[:\-–—]\s*(?:about\s+|approximately\s+)?(?P<num>\d+(?:\.\d+)?\s+thousand|\d{1,3}(?:,\d{3})+|\d+)\b"
)
# A WARN row written as one line of fields ("NJ WARN | Hotel | City | 62 | eff. 11/1 | mass layoff"): a field
# that is only a number is the count of the people the row is about (not a year).
_ROW_FIELD_COUNT = re.compile(r"(?<=\|)\s*(?P<num>\d{1,3}(?:,\d{3})+|\d{1,5})\s*(?=\|)")
# A sentence that is only a count ("310명.", "About 2,000 jobs."): a headline for the sentence after it.
_HEADLINE_ONLY = re.compile(r"[\s\W]*(?:약|최대|about|some|nearly|more\s+than|over|up\s+to)?\s*", re.IGNORECASE)
_VAGUE = re.compile(
    r"(?<![가-힣])(?P<ko>수십|수백|수천)\s*(?:여\s*)?명|\b(?P<en>dozens|hundreds|thousands)\s+of\s+(?:workers|employees|jobs|people|staff)\b",
    re.IGNORECASE,
)
# The conservative low ends earlywarn.domain.values uses for vague plurals.
_VAGUE_LOW = {"수십": 20, "수백": 200, "수천": 2000, "dozens": 20, "hundreds": 200, "thousands": 2000}

# "직원 3천명 중", "7,500명의 절반", "900명의 3분의 1": the whole, then the part ("팀 60명 중에 3분의 1", "팀 15명 중에 6명이
# 대상", "백육십 명 중에 사십 명", as people say it: 중에 only before a share or a count of people, in digits or in words).
_KO_TOTAL_AFTER = re.compile(
    r"^\s*(?:(?:의\s*)?(?:중|가운데)(?:(?:에서|에)(?=\s*(?:약\s*)?(?:절반|\d\s*분의|\d{1,2}(?:\.\d+)?\s*(?:%|퍼센트|프로)|(?:[\d,]+|[일이삼사오육칠팔구십백천만]+)\s*(?:여\s*)?명)))?(?![가-힣])|(?:의|" + KO_WHOLE_NAMED_AFTER + r"|" + KO_WHOLE_THEN_PART_AFTER + r")\s*(?:약\s*)?(?:절반|반(?=[\s을를이가은는의,.]|$)|\d\s*분의|\d{1,2}(?:\.\d+)?\s*(?:%|퍼센트|프로)))"
)
# "직원 300명 남짓한 회사", "200명 규모의 업체": the size of the company, not the people who leave (a particle
# ties the count to the company: "400명 가량 회사를 떠난다" are the people who leave); the company may be told as a kind
# ("직원 4,800명 규모의 한 유통 대기업": up to two bare words, none ending in a particle, "규모의 감원을 하는 기업" is no size).
_KO_COMPANY_SIZE_AFTER = re.compile(
    r"^\s*(?:남짓|가량|정도|규모|안팎|내외|이상)?\s*(?:의|인|한|인데|되는|짜리|이\s*일하는|이\s*근무하는)\s*"
    r"(?:한\s+)?(?:[가-힣]+(?<![을를이가은는의도로에])\s+){0,2}?[가-힣]?(?:회사|기업|업체|조직|직장|사업장|공장)(?!원)"
)
# "울산공장 직원은 800명 규모다": a site's or a company's staff told by its size (the staff named by the place, not by what
# befalls them: "휴직 대상 직원은 800명 규모다" counts the affected).
_KO_SIZE_TOLD_AFTER = re.compile(r"^\s*규모(?:다|이다|입니다|로\s|에\s*달)")
_KO_SITE_STAFF_BEFORE = re.compile(
    r"(?:공장|사업장|본사|법인|회사|지사|센터|조선소|제철소|발전소|연구소|공단)\s*(?:의\s*)?(?:직원|임직원|근로자|종업원|인력)(?:은|는|수는)\s*(?:약\s*)?$"
)
# "감원 규모 300명 아니고 실제로는 2백여명": a count said to be wrong is not the count.
_KO_DENIED_AFTER = re.compile(r"^\s*(?:이|가|은|는)?\s*아니(?:고|라|다|에요|예요|야|죠|지만|거든|었)")
# "점포마다 40명 안팎", "한 곳당 30명": a count per unit, not the total affected.
_KO_PER_UNIT_BEFORE = re.compile(r"(?:마다|(?:곳|개|개소|점포|매장|공장|지점|사업장|팀|부서|점)\s*당)\s*$")
# "연내 직원 300명 시대", "임직원 1천명 돌파": a size a company grows to (a hiring goal, a milestone), not the people a cut reaches.
_KO_SIZE_GOAL_AFTER = re.compile(r"^\s*(?:시대|돌파)")
# "필수인력 300명을 제외한 900명": the people left out are not the ones affected.
# "신입사원 200명을 공개 채용하고": people a company hires, in news that also tells of cuts elsewhere.
_KO_HIRED_AFTER = re.compile(r"^\s*(?:내외|안팎|가량|정도|남짓)?\s*(?:만|씩)?\s*(?:을|를|이|가)?\s*(?:공개\s*|신규\s*|추가\s*|새로\s*|더\s*|상시\s*|수시\s*)?(?:채용|뽑|충원|모집|선발)")
# "동료 27명을 포함해 직원 28명 전원": a part named inside the whole that follows.
_KO_INCLUDED_AFTER = re.compile(r"^\s*(?:을|를|이|가)?\s*포함(?:해|한|하여|해서|하면)")
# "신규 채용 계획은 280명으로": the people a hiring plan takes on, told as its size.
_KO_HIRED_BEFORE = re.compile(r"(?:채용|모집|선발|충원)\s*(?:계획|인원|규모|목표|예정\s*인원)?\s*(?:은|는|이|가|을|를)?\s*(?:약\s*)?$")
_KO_EXCLUDED_AFTER = re.compile(r"^\s*(?:을|를|은|는)?\s*(?:제외|빼고|뺀|빼면)")
# "우리 팀에서만 3명", "우리 팀만 5명이고": a part named by where it was counted; the headcount only when no other count is
# stated (a group's name then 만, "only", not a numeral's 만: "1만 300명").
_KO_PART_BEFORE = re.compile(r"(?:에서만|에서도|(?:팀|부서|본부|지점|매장|공장|사무실|센터|부문)만)\s*$")
# "지난해(410명)보다 줄었다", "계획한 300명보다 많은": the count compared with, not the people affected.
_KO_DELTA_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:보다|(?:더\s*)?(?:많|적|늘|줄|증가|감소))")
# "직원 수를 900명으로 줄인다", "인력을 1,200명 수준으로 감축": the staff a cut leaves, not the people it cuts (not "감원 인원을 80명으로
# 줄였다", a cut's own size revised).
_KO_SHRUNK_TO_AFTER = re.compile(r"^\s*(?:수준\s*)?(?:으로|로)\s*(?:줄|감축|축소|슬림화)")
_KO_STAFF_SIZE_BEFORE = re.compile(r"(?<!감원\s)(?<!감원)(?<!감축\s)(?<!감축)(?:직원|인력|인원|임직원|근로자|정원)\s*(?:수|규모)?\s*(?:를|을)\s*(?:약\s*)?$")
# Any of the words after a count that give it a role (all anchored at the count's end): most counts have none, and
# one match tells so instead of nine searches.
_KO_ANY_ROLE_AFTER = re.compile("|".join(f"(?:{p.pattern})" for p in (
    _KO_DELTA_AFTER, _KO_EXCLUDED_AFTER, _KO_HIRED_AFTER, KO_POOL_AFTER, _KO_DENIED_AFTER, _KO_INCLUDED_AFTER, _KO_TOTAL_AFTER,
    _KO_COMPANY_SIZE_AFTER, _KO_SHRUNK_TO_AFTER, _KO_SIZE_TOLD_AFTER, _KO_SIZE_GOAL_AFTER,
)))
# "재학생 400여명", "입원 환자 30명", "입소 어르신 60명": people a closure moves elsewhere (students, patients, residents of a
# care home, children of a daycare, customers), not its staff.
_KO_NOT_STAFF_BEFORE = re.compile(
    r"(?:재학생|학생|신입생|편입생|원생|원아|수강생|환자|입소자|입주자|입원자|승객|주민|관람객|고객|이용자|이용객|가입자|회원|어르신|노인|아동|어린이|산모)"
    r"\s*(?:수\s*)?$"
)
# ... unless the count is of people who lose their jobs ("작업을 해온 지역 주민 60명이 일자리를 잃었다": locals hired there).
_KO_JOBS_LOST_AFTER = re.compile(r"\s*(?:이|가|은|는)\s*(?:모두\s*|전원\s*|한꺼번에\s*)?(?:일자리를\s*잃|일터를\s*잃|직장을\s*잃|실직|해고)")
# "자녀 학자금 최대 2명": a benefit's terms count the leavers' children, not staff.
_KO_CHILDREN_BEFORE = re.compile(r"자녀\s*(?:학자금|학비)?\s*\(?\s*(?:최대|각)?\s*$")
# "정원 120명": the authorized headcount (a quota), not the people who leave.
# "현원 4,700명", "직원 수는 정규직 1만1천여 명": the people on the payroll now, of one kind of contract or all; a form's field
# "상시근로자 수: 214명", "(현 인원 400명)": the staff a workplace employs, not the ones a notice is about.
_KO_TOTAL_BEFORE = re.compile(
    r"(?:전체|총|전|임직원|직원\s*수|정원|현원|(?<![가-힣])현\s*인원|상시\s*근로자(?:\s*수)?)\s*(?:직원|인원|임직원)?(?:은|는|이|가|:)?\s*"
    r"(?:(?:정규직|비정규직|계약직)\s*(?:직원)?\s*)?(?:약\s*)?$"
)
# A whole told with its owner named ("Of the station's 600 employees, 400 …", "a third of the plant's 900 workers") is a
# workforce as "of its 600 employees" is.
# "a total of" is a workforce only after has/with ("has a total of 900 staff"); "a total of 212
# employees signed up" counts the people affected.
_EN_TOTAL_BEFORE = AsciiLowered(
    # (not "as part of the 1,100 job cuts": the cuts one is among, not a total they come out of)
    r"(?:\bof(?<!as\spart\sof)\s+(?:its|their|the|our)(?:\s+[a-z][\w&.-]*(?:\x27|\u2019)s)?|\bout\s+of|\bworkforce\s+of|\bemploys|\bemploying|\b(?:has|have|had|with)\s+a\s+total\s+of|\bits"
    r"|\b(?:we|they)\s+(?:have|had|employ)|\b(?:it|the\s+company|the\s+firm|the\s+bank|the\s+group)\s+(?:has|had|employs|employed)"
    # the company named by its kind ("The retailer had about 68,000 employees at the start of the year")
    r"|\bthe\s+(?:retailer|chain|carrier|airline|automaker|carmaker|chipmaker|manufacturer|maker|lender|insurer|publisher|startup|conglomerate)\s+(?:has|had|employs|employed)"
    # an asker's workplace told by its size ("My employer has 80 workers and is laying off 30 of us")
    r"|\b(?:my|our)\s+(?:employer|company|firm|workplace|office|plant|store)\s+(?:has|had|employs|employed)"
    # a site's size in a clause after it ("at its plant in Vinh Phuc, which employed 5,000 people at the start of the year")
    r"|\b(?:which|that)\s+(?:had\s+)?employed"
    # a speaker's own size ("we ended the year with roughly 12,000 employees", "we're 480 people")
    r"|\b(?:we|they|it)\s+(?:ended|closed|finished|began|started|entered)\s+(?:the|this|last)\s+(?:year|quarter)\s+with|\b(?:we|they)(?:\x27re|\u2019re|\s+are))\s+"
    r"(?:roughly|about|approximately|some|nearly|more\s+than|over|around)?\s*$"
    # its staff sized with an analyst's tilde for "about" ("a 6% reduction in force across its ~4,000 employees"; not "one
    # of the ~1,200 people affected", the people a cut reached). Led by "its", as above: no new first letter to stop at.
    r"|\bits\s+~\s*$",
)
# A company described by its size ("a Pangyo-based game developer with some 1,500 employees"): its whole workforce
# (not "stores with 300 employees", the people at the sites a closure ends).
_EN_COMPANY_WITH_BEFORE = AsciiLowered(
    r"\b(?:company|firm|developer|maker|manufacturer|producer|operator|retailer|chain|group|bank|lender|carrier|airline"
    r"|start-?up|publisher|studio|supplier|employer|conglomerate|provider|insurer|platform|builder|shipbuilder)\s+with\s+"
    r"(?:roughly|about|approximately|some|nearly|more\s+than|over|around)?\s*$",
)
# "the newsroom will shrink to about 60 journalists", "the remaining 140 staff": the people who stay (not "leaving
# 100 workers without jobs": those are the ones affected; nor "cut up to 120 posts", a ceiling of the cut; nor the noun
# "cuts" grown to a count, "is expanding its job cuts to about 1,300 positions": the cut itself).
_EN_REMAINING_BEFORE = AsciiLowered(
    r"\b(?:(?:shrink|shrinks|shrinking|shrunk|fall|falls|falling|drop|drops|dropping|down|reduced|cut"
    r"|cuts(?<!job\scuts)(?<!its\scuts)(?<!the\scuts)(?<!their\scuts)|pared)\s+(?:(?!up\s)\w+\s+)?to|remaining"
    # "leaving the paper with fewer than 40 journalists"
    r"|\bleav(?:e|es|ing)\s+(?:[\w\x27-]+\s+){1,5}?with)\s+"
    r"(?:just|only|roughly|about|approximately|some|nearly|around|fewer\s+than|less\s+than)?\s*$",
)
# ... unless they are the ones let go ("its remaining 160 employees will be laid off" as the plant closes, "will clock out
# for the last time").
_EN_LET_GO_AFTER = re.compile(
    r"\s*(?:will|would|are\s+to|are\s+set\s+to|are\s+expected\s+to)\s+(?:also\s+|then\s+)?(?:be\s+(?:laid\s+off|let\s+go|made\s+redundant|dismissed)|lose\s+their\s+jobs|clock\s+out\s+for\s+the\s+(?:last|final)\s+time)\b"
)
# "not 300 jobs but 200": a count said to be wrong; "40 employees per store": a count per unit, not the total.
_EN_DENIED_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)
# "the minimum required where 100 or more redundancies are proposed", "if 50 workers are laid off": a count in a condition
# (a law's threshold, a hypothetical), not the people a cut affects (not "its call center, where 140 jobs will be lost").
# "The company hired 2,600 people in 2021 alone": people taken on (an opinion piece's or a feature's background), not cut.
# So are jobs a new site will add or create ("its new fab would still add 1,200 jobs by 2028").
# So are jobs a company must keep or keeps ("the deal required them to maintain at least 2,000 jobs", "will retain 300
# workers"): the people who stay.
_EN_HIRED_BEFORE = re.compile(
    r"\b(?:hired|hires|hiring|recruited|recruits|recruiting|took\s+on|added|add|adds|adding|create|creates|creating|created"
    r"|maintain|maintains|maintained|maintaining|retain|retains|retained|retaining|preserve|preserves|preserved|preserving)"
    # (a speaker's filler may stand between: "maintain, uh, at least 2,000 jobs")
    r",?\s+(?:(?:uh|um|er|erm)\s*,?\s+)?(?:about|some|nearly|roughly|around|over|more\s+than|another|at\s+least|a\s+minimum\s+of)?\s*$",
    re.IGNORECASE,
)
# "will lay off 600 workers, up from the 400 job cuts it announced": the earlier figure a count grew or fell from.
_EN_EARLIER_FIGURE_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+|its\s+|an?\s+)?(?:earlier\s+|initial\s+|original\s+)?$", re.IGNORECASE)
_EN_CONDITION_BEFORE = re.compile(
    r"\b(?:if|whenever)\s+$|\b(?:required|requirement|minimum|threshold|appl(?:y|ies)|obliged|must)\b[^.;]{0,20}\bwhere\s+$", re.IGNORECASE
)
_EN_PER_UNIT_AFTER = re.compile(
    r"^\s*(?:per|at\s+each|in\s+each|at\s+every|in\s+every|a)\s+(?:store|site|location|branch|plant|shop|office|outlet|restaurant|hospital|team|department|unit|warehouse)\b",
    re.IGNORECASE,
)
_APPROX_AFTER = re.compile(r"^\s*(?:가량|정도|이상|안팎|내외|넘는|남짓)")


def headcount_mentions(text: str, lang: str, trigger_ends: Sequence[int] = ()) -> list[Headcount]:
    """Every number of people in the text, except differences ("40명 많은") and others that count no one affected;
    a total workforce is kept with role "workforce" (it is the headcount when a whole site stops), a pool with role
    "pool" (pools.py: the headcount of a stop or a closure, not of an offer).
    `trigger_ends`: where the triggers end, for the counts a headline puts right after one."""
    found = _mentions(_KO_MENTION_SCAN if lang == "ko" else _EN_MENTION, text, lang)
    if lang == "ko":
        found = summed_site_lists(text, found)
        if "각각" in text and len(found) > 1:
            found = summed_each_lists(text, found)
            found = summed_respective_lists(text, found)
        if "명," in text and len(found) > 1:
            found = summed_bare_lists(text, found)
        if "까지" in text:
            found = summed_added_groups(text, found)
        if ("명과" in text or "명 및" in text) and len(found) > 1:
            found = summed_staff_kinds(text, found)
        if shares := korean_shares(text):
            found += shares
            found.sort(key=lambda mention: mention.start)
    else:
        found += counts_told_without_noun(text, {mention.start for mention in found})
        found += english_count_forms(text, {mention.start for mention in found})
        found += english_shares(text)
        found += counts_after_triggers(text, trigger_ends, {mention.start for mention in found})
        found.sort(key=lambda mention: mention.start)
        if "+" in text or " and " in text:
            found = summed_plus_parts(text, found)
        if " and the one " in text or " and the other " in text:
            found = summed_other_sites(text, found)
        if len(found) > 1:
            found = summed_and_parts(text, found)
        if "; " in text and ", with " in text:
            found = summed_with_parts(text, found)
    found = staff_cut_differences(text, joined_ranges(text, found, lang), lang)
    if len(found) > 1 and _may_tell_waves(text, lang):
        found = summed_waves(text, found, lang)
    if "\n" in text:
        found = summed_phase_lines(text, found)
        if len(found) > 1 and may_list_sites(text):
            found = summed_site_lines(text, found)
    if "|" in text and "\n" in text:
        found = summed_cut_column(text, found)
    if "|" in text and len(found) > 1:
        found = summed_table_rows(text, found)
    if shares := shares_of_stated_workforce(text, lang, found):
        found = sorted(found + shares, key=lambda mention: mention.start)
    return found


def _may_tell_waves(text: str, lang: str) -> bool:
    """A wave's word is in the text (차, 단계; phase, wave, stage, tranche): the plain strings summed_waves needs."""
    if lang == "ko":
        return "차" in text or "단계" in text
    return any(word in text for word in (" phase", "Phase", " wave", "Wave", " stage", "Stage", "ranche"))


def spelled_mentions(text: str, lang: str) -> list[Headcount]:
    """Counts not in the usual digits-then-noun form, looked for only when no such count is stated
    (each is another scan of the text): a small count spelled out ("its nine employees") or a labeled
    field ("Employees affected: 112")."""
    if lang == "ko":
        found = _mentions(_KO_NATIVE_MENTION, text, lang)
        if not found and "님" in text:
            found = _mentions(_KO_HONORIFIC_MENTION, text, lang)
        return found or (_jobs_counts(text) if "일자리" in text else [])
    words = _mentions(_EN_WORD_MENTION, text, lang)
    if any(word in text for word in _EN_BIG_WORDS):
        words = sorted(words + _mentions(_EN_BIG_WORD_MENTION, text, lang), key=lambda mention: mention.start)
    found = summed_and_parts(text, words)
    found += [m for m in _group_counts(text) if m.start not in {mention.start for mention in found}]
    found += _labeled_counts(text, {mention.start for mention in found})
    if not found and text.count("|") >= 3:
        found += _row_field_counts(text)
    return sorted(found, key=lambda mention: mention.start)


def _mentions(pattern: re.Pattern[str] | FinalCharScan, text: str, lang: str) -> list[Headcount]:
    found = []
    for match in pattern.finditer(text):
        # A number glued to a word or another number ('2020년생', '3.5', '$1,000') is not a headcount;
        # checked here because a leading look-behind would slow the whole scan.
        # A slash before it ("06/14/2024", "1/3") makes it the end of a date or of a ratio.
        # A Korean text run together without spaces glues the count to the word before it ("결과3백여명이", "직원2백명"):
        # a Hangul syllable before a count that begins with a digit does not make it part of a word (a numeral syllable
        # after one, "…천명", is a word's end: "추천명단").
        if match.groupdict().get("paren") and text[match.start() - 1 : match.start()] != "(":
            continue  # "(see item 3) workers": a parenthesis closes a count only where one opens right before it
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in ".,$_/") and not (
            lang == "ko" and "가" <= text[match.start() - 1] <= "힣" and text[match.start()].isdecimal()
        ):
            continue
        # 60 characters back: an offer's verb may stand that far before its pool ("offering early
        # retirement packages to all 400 staff"); the other checks look at the last few words only.
        before, after = text[max(0, match.start() - 60) : match.start()], text[match.end() : match.end() + 40]
        role = _role(before, after, lang, match)
        if role is None:
            continue
        if role == "affected" and in_eligibility_field(text, match.start()):
            role = POOL
        groups = match.groupdict()
        value = number(groups["num"])
        if not value:  # "남은 인원 0명": no one is a count of no one
            continue
        if lang != "ko" and 1900 <= value <= 2100 and "," not in groups["num"] and _EN_YEAR_BEFORE.search(before[-16:]):
            continue  # "in the second half of 2025 as it exits the market": a year, not 2,025 exits
        if lang != "ko" and 1900 <= value <= 2100 and "\n" in match.group(0):
            continue  # "Effective date: June 14, 2024\nNo. of employees affected: 127": a year ends the line, the field is next
        high = number(groups["high"]) if groups.get("high") else None
        approximate = bool(groups.get("about") or groups.get("ish")) or approximate_before(before[-14:]) or bool(_APPROX_AFTER.search(after))
        high = high if high and high > value else None
        found.append(Headcount(value, high, approximate, match.start(), match.end(), match.group(0), role))
    return found


# A year's place: "in 2025", "the second half of 2025", "by early 2026" (a count of people takes no such word before it).
_EN_YEAR_BEFORE = re.compile(
    r"\b(?:in|by|since|until|through|during|early|late|mid|fiscal|(?:half|quarter|end|start|beginning|middle|spring|summer|fall|autumn|winter)\s+of)[\s-]+$",
    re.IGNORECASE,
)


def _jobs_counts(text: str) -> list[Headcount]:
    found = []
    for match in _KO_JOBS_MENTION.finditer(text):
        group = "num" if match.group("num") else "num2"
        value = number(match.group(group))
        if value:
            approximate = bool(match.group("about")) or "약" in match.group(0)
            found.append(Headcount(value, None, approximate, match.start(), match.end(), match.group(0)))
    return found


def _labeled_counts(text: str, taken: set[int]) -> list[Headcount]:
    found = []
    for match in _EN_LABELED.finditer(text):
        start, end = match.span("num")
        value = number(match.group("num"))
        if start not in taken and value is not None:
            found.append(Headcount(value, None, False, start, end, match.group("num")))
    return found


def _row_field_counts(text: str) -> list[Headcount]:
    found = []
    for match in _ROW_FIELD_COUNT.finditer(text):
        value = number(match.group("num"))
        if value is not None and not 1900 <= value <= 2100:
            found.append(Headcount(value, None, False, match.start("num"), match.end("num"), match.group("num")))
    return found


# "a hospital with a staff of 300", "it has a team of 12": the size of a workplace, not the people who leave.
_EN_GROUP_SIZE_BEFORE = re.compile(r"\b(?:with|has|have|had|employs?)\s+(?:a|an)\s+$", re.IGNORECASE)


def _group_counts(text: str) -> list[Headcount]:
    found = []
    for match in _EN_GROUP_OF.finditer(text):
        value = number(match.group("num"))
        before = text[max(0, match.start() - 30) : match.start()]
        if value is not None and not _EN_TOTAL_BEFORE.found(before) and not _EN_GROUP_SIZE_BEFORE.search(before):
            found.append(Headcount(value, None, False, match.start("num"), match.end("num"), match.group("num")))
    return found


def vague_mention(text: str) -> Headcount | None:
    """'수백 명', 'hundreds of workers': a conservative low end, marked approximate."""
    match = _VAGUE.search(text)
    if not match:
        return None
    low = _VAGUE_LOW[(match.group("ko") or match.group("en")).lower()]
    return Headcount(low, None, True, match.start(), match.end(), match.group(0))


def mention_sentence(sentences: Sentences, mention: Headcount) -> int:
    """The sentence a mention belongs to: its own, or the next when it stands alone as a headline
    ("310명. 자동차 부품사가 … 해고 대상 인원이다")."""
    index = sentences.index(mention.start)
    if index + 1 >= len(sentences):
        return index
    start, end = sentences.starts[index], sentences.ends[index]
    text = sentences.text
    alone = _HEADLINE_ONLY.fullmatch(text, start, mention.start) and not text[mention.end : end].strip(" .!?:\n")
    return index + 1 if alone else index


def _role(before: str, after: str, lang: str, match: re.Match[str] | None = None) -> str | None:
    """'affected', 'workforce' (a total), 'pool' (pools.py), or None (a difference and the like: not a headcount).
    `match`: the count's own match, whose words between the number and the noun may tell it is none."""
    if lang == "ko":
        return _ko_role(before, after, told_after=_KO_ANY_ROLE_AFTER.match(after) is not None)
    if english_not_a_count(before, match):
        return None
    if _EN_REMAINING_BEFORE.found(before[-64:]) and not _EN_LET_GO_AFTER.match(after):
        return None
    if _EN_DENIED_BEFORE.search(before[-5:]) or _EN_CONDITION_BEFORE.search(before[-40:]) or _EN_PER_UNIT_AFTER.search(after):
        return None
    if _EN_HIRED_BEFORE.search(before[-30:]) or "from" in before[-28:] and _EN_EARLIER_FIGURE_BEFORE.search(before[-28:]):
        return None
    if english_pool(before, after):
        return POOL
    if _EN_TOTAL_BEFORE.found(before) or _EN_COMPANY_WITH_BEFORE.found(before) or is_membership(before):
        return "workforce"
    return "affected"


def _ko_role(before: str, after: str, *, told_after: bool) -> str | None:
    """_role of a Korean count; `told_after`: one of the words after a count that give it a role is there
    (_KO_ANY_ROLE_AFTER), else none of those is searched for."""
    # whether the people named are dismissed is asked only when a pool or a total is named (most counts: neither)
    if told_after and (_KO_DELTA_AFTER.search(after) and not _staff_cut_by(before, after) or _KO_EXCLUDED_AFTER.search(after)
                       or _KO_HIRED_AFTER.search(after) or _KO_SIZE_GOAL_AFTER.search(after)):
        return None
    if korean_size_once(before):  # "한때 600명이 넘던 직원": the staff's size once
        return None
    if told_after and _KO_SHRUNK_TO_AFTER.search(after) and _KO_STAFF_SIZE_BEFORE.search(before[-16:]):
        return None  # the staff a cut leaves
    if told_after and korean_pool_named_after(after):  # "전 직원 210명을 대상으로": the whole staff is the workforce
        return "workforce" if _KO_TOTAL_BEFORE.search(before[-12:]) else POOL
    if told_after and _KO_DENIED_AFTER.search(after) or _KO_PER_UNIT_BEFORE.search(before[-8:]):
        return None
    if _KO_NOT_STAFF_BEFORE.search(before[-8:]) and not _KO_JOBS_LOST_AFTER.match(after):
        return None
    if _children_or_hires_before(before):
        return None
    if _KO_PART_BEFORE.search(before[-8:]) or told_after and _KO_INCLUDED_AFTER.search(after):
        return "part"
    if told_after and (_KO_TOTAL_AFTER.search(after) or _KO_COMPANY_SIZE_AFTER.search(after)):  # "직원 3천명 중 300명": the whole, then the part
        return "workforce"
    if told_after and _KO_SIZE_TOLD_AFTER.search(after) and _KO_SITE_STAFF_BEFORE.search(before[-16:]):
        return "workforce"
    if _KO_TOTAL_BEFORE.search(before[-12:]) and not dismissed_after(after):
        return "workforce"
    return POOL if korean_pool_named_before(before, after) else "affected"


# "인력을 300명 줄인다", "직원 수를 300명 줄이기로": the staff cut by a count (줄이다, the company's act), not a difference
# ("지난해보다 40명 줄었다"): the people who go.
# (Not "정원을 1만2천명 줄이는": an authorized headcount, seats cut by attrition, not people.)
_KO_CUT_BY_AFTER = re.compile(r"\s*(?:가량|정도|안팎|내외|남짓)?\s*(?:더\s*)?줄(?:이|인|여|일|였)")
_KO_STAFF_OBJECT_BEFORE = re.compile(r"(?:직원|인력|인원|임직원|근로자|사원)\s*(?:수|규모)?\s*(?:를|을)\s*(?:약\s*)?$")


def _staff_cut_by(before: str, after: str) -> bool:
    """The count is what the staff, named just before it as the object, is cut by (_KO_CUT_BY_AFTER)."""
    return _KO_CUT_BY_AFTER.match(after) is not None and _KO_STAFF_OBJECT_BEFORE.search(before[-16:]) is not None


def _children_or_hires_before(before: str) -> bool:
    """"자녀 학자금 최대 2명", "신규 채용 계획은 280명": asked only where one of their words stands just before the count."""
    near = before[-14:]
    if "자녀" in near and _KO_CHILDREN_BEFORE.search(near[-12:]):
        return True
    return any(word in near for word in ("채용", "모집", "선발", "충원")) and _KO_HIRED_BEFORE.search(near) is not None

