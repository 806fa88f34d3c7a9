"""Which of a text's dates is the day people leave or a site closes (split from dates.py, which reads the dates):
a date tied to the leaving by the words around it (separation_words.py), where a plan a follow-up changes, a
production end before the closure and a day told before a later restatement give way; the day of the telling or
the notifying is none. For Korean closures, a bare date before the closing verb (closure_date); for Korean dismissals, a
day ahead before the cut's verb (dismissal_date)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .date_columns import in_leaving_column
from .dates import DateSpan, _safe_date
from .separation_words import (
    EN_ATTRIBUTIVE_BEFORE,
    EN_CUT_VERB_BEFORE,
    EN_FRONTED_DAY_BEFORE,
    EN_LEAVING_CLAUSE_AFTER,
    EN_LEAVING_NOUN_AFTER,
    EN_SEPARATION_AFTER,
    EN_SEPARATION_BEFORE,
    KO_APPLICATION_BEFORE,
    KO_CLOSED_THING_BEFORE,
    KO_CLOSING_VERB_AFTER,
    KO_COUNTED_CUT_AFTER,
    KO_CUT_BEFORE,
    KO_DONE_BY_AFTER,
    KO_ENGLISH_FIELD_BEFORE,
    KO_RETIRED_BY_AFTER,
    KO_SEPARATION_AFTER,
    KO_SEPARATION_BEFORE,
    KO_SEPARATION_FIELD_THEN_SCOPE,
    KO_SITE_BEFORE,
    KO_WAVE_BEFORE,
    en_separation_before,
)

# A bare adverbial date ("5월 31일 공장을 폐쇄", "5월 31일에 문을 닫는다"), not a range or a deadline.
# "3월 말로 문을 닫습니다": as of that day.
_KO_ADVERBIAL_AFTER = re.compile(r"(?:에|께|로)?\s(?!부터|까지)")  # used with .match(text, pos): no "^"
# "27일 노조에 생산 이전 계획을 설명하고": a date followed by whom it was told to is the day of the telling.
_KO_TOLD_TO_AFTER = re.compile(r"\s*(?:노조|노동조합|노조원|직원|임직원|근로자|주주|협력사|협력업체|채권단|노사협의회)(?:들)?(?:에게|에|과|와|측에|측과)\s")
# A closure told as what someone said or announced: "폐쇄한다고 발표했다", "문을 닫는다고 밝혔다".
# A closure decided ("4일 대전공장 폐쇄 결정을 내렸다", "폐쇄 방침을 정했다") is told the same way: the day of the deciding.
_KO_REPORTED_AFTER = re.compile(r"[다라]고\s|밝혔|발표|공시|전했|알렸|말했|결정(?:을|했|하였|됐)|방침(?:을|이)")
# "퇴직일은 기사 내용과 같이 이달 31일입니다": the leaving day named as the clause's topic, the date its predicate (a few
# words between them, the copula after the date).
_KO_DAY_TOPIC_BEFORE = re.compile(
    r"(?:퇴직일|퇴사일|해고일|폐쇄일|폐업일|폐점일|(?:영업|생산|가동|운영)\s*종료일|마지막\s*(?:근무일|출근일|영업일))(?:은|는)\s[^.\n]{0,30}$"
)
# "45명에 대한 정리해고는 예정대로 다음 달 15일자로 시행된다": a dismissal or a closure named as the clause's topic, carried
# out (시행·단행·실시) on a day: the day people leave (a rule or a change carried out, "8월 1일부로 시행", is not).
# (2026.11.28, the leaving day form-wide: the leaving itself as the topic, "이들의 퇴사는 4월 30일이다", "폐쇄는 4월 30일이다",
# "해고는 4월 30일 이뤄진다": the date the predicate, with a copula or carried out; not a programme's, "희망퇴직은 …")
_KO_CUT_TOPIC_BEFORE = re.compile(
    r"(?:정리\s*해고|해고|감원|폐쇄|폐업|폐점|퇴사|(?<!희망)(?<!명예)(?<!조기)(?<!특별)퇴직|(?:영업|가동|운영)\s*종료)(?:는|은)\s[^.\n]{0,20}$"
)
_KO_CARRIED_OUT_AFTER = re.compile(r"\s*(?:자로|부로|에|께)?\s*(?:시행|단행|실시|이뤄|이루어)|\s*(?:입니다|이다|이며|이고|이에요|예요|로\s*예정)")
_KO_COPULA_AFTER = re.compile(r"\s*(?:입니다|이다|이며|이고|이에요|예요)")
# "감원 대상자의 근무는 12월 30일까지": the last day of work (only with 까지 after the date).
_KO_WORK_UNTIL_BEFORE = re.compile(r"(?:근무|재직|출근)\s*(?:기간)?(?:은|는|이|가)?\s*$")
# A closing or a leaving moved to a new day: "폐쇄 시점을 … 12월 말로 앞당긴다", "종료일을 … 1월 31일로 한 달 늦춘다".
_KO_MOVED_TO_AFTER = re.compile(r"\s*(?:으로|로)\s+(?:[^.\n]{0,12}?)(?:연기|앞당|늦춰|늦춘|늦추|늦췄|미뤄|미룬|미루|미뤘|당겨|당긴|당겼|변경|조정)")
_KO_LEAVING_WORD = re.compile(r"폐쇄|폐업|폐점|폐원|종료|퇴직|퇴사|해고|문을\s*닫|가동\s*중단")
# The plan a follow-up changes: "당초 다음 달 31일", "당초 공지한 12월 31일", "원래 예정됐던 …" (a few words between at most).
_KO_EARLIER_PLAN_BEFORE = re.compile(r"(?:당초|애초|원래|기존|종전)(?:에)?\s+(?:[가-힣]+\s+){0,2}?$")
# "12월 31일에서 내년 1월 31일로": the day moved from.
_KO_FROM_AFTER = re.compile(r"\s*에서\s")
# "originally slated to shut Dec. 31", "previously scheduled for June 30", "from Dec. 31 to" (the clause it is in).
_EN_EARLIER_PLAN_BEFORE = re.compile(r"\b(?:originally|initially|previously)\s+(?:[\w\x27-]+\s+){0,4}?$", re.IGNORECASE)
_EN_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_EN_TO_AFTER = re.compile(r",?\s+to\s", re.IGNORECASE)
# An application window closing ("the window opens on 4 March and closes at noon on 22 March") is no one's last day,
# nor is a consultation closing ("the consultation closes on 9 August").
_EN_WINDOW_CLOSES = re.compile(r"\b(?:window|applications?|elections?|enrol\w*|offer|consultation)\s+(?:[\w,.\x27-]+\s+){0,8}?clos(?:e|es|ed|ing)\s+(?:[\w,.\x27-]+\s+){0,3}?$", re.IGNORECASE)
# "effective June 30" (for _effective_ahead: a plan's day with no year, already past, is next year's)
_EFFECTIVE_BEFORE = re.compile(r"\beffective(?:\s+on)?\s*$", re.IGNORECASE)
# ... but not a leaving already told as done ("were terminated effective June 3", "was laid off effective", "have been
# let go effective"): the day is behind the telling, this year's.
_DONE_EFFECTIVE_BEFORE = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:all\s+)?(?:[a-z]+ed|laid\s+off|let\s+go|shut\s+down)\s+effective(?:\s+on)?\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\d{4}")
# "the company said on Tuesday it will close …": the day of the telling, not of the closing (the verb before it may
# run in from a headline: "… to close Cedar Falls plant\nHalvorsen Foods said on Tuesday").
_EN_TOLD_ON_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|told\s+(?:\w+\s+){0,2}?|reported|disclosed|stated|wrote"
    # the day people were told ("workers were notified on March 3", "notices went out March 3"): not the day they leave
    r"|notified|informed|warned|briefed|notices?\s+(?:went\s+out|(?:was|were)\s+(?:sent|issued|given|delivered)))\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A wire story's dateline ("FRANKFURT, Nov 7 -", "Detroit, Michigan, March 3 (Reuters) —"): the day of the telling, at a
# line's start, whatever closing verb a headline above it ends with.
_EN_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Za-z.\x27 -]{1,30}(?:,\s+[A-Z][A-Za-z. ]{1,20})?,\s*$")
_EN_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Z][\w .]{0,20}\)\s*)?[-–—]")


def _in_dateline(before: str, after: str) -> bool:
    return after.lstrip()[:1] in ("-", "–", "—", "(") and bool(_EN_DATELINE_AFTER.match(after)) and bool(
        _EN_DATELINE_BEFORE.search(before)
    )


# A day named from the notice's own ("this Friday", "next Monday", "two weeks from Friday"): no "on" before it in speech.
_EN_DEICTIC = re.compile(r"(?:[Tt]his|[Nn]ext)\s|\w+\s+(?:days?|weeks?)\s+(?:from|after)\s")


def separation_date(text: str, dates: list[DateSpan], lang: str, reference: date) -> DateSpan | None:
    """The first date the text ties to people leaving ('퇴직일은 3월 31일', 'effective June 1'). A follow-up story tells
    the plan it changes ("당초 다음 달 31일 문을 닫을 예정이던 …", "originally slated to shut Dec. 31"): a date so marked
    gives way to a later one tied to the leaving, and counts only when none is."""
    chosen = superseded = production_end = None
    for span in dates:
        if chosen is not None:  # past the day chosen, only a day restated later replaces it ("Update: … will now …"),
            # or the last day named outright after a day tied by a cut's verb alone ("Got laid off on Friday … Last day is next Friday")
            replaces = _restated(text, span, lang) or (_last_day_named(text, span, lang) and not _last_day_named(text, chosen, lang))
            if replaces and (found := _tied_to_leaving(text, span, lang, reference)) and not _superseded(text, span, lang):
                chosen = found
            continue
        found = _tied_to_leaving(text, span, lang, reference)
        if found is None:
            continue
        if _superseded(text, span, lang):
            superseded = superseded or found
        elif _production_end(text, span, lang):
            production_end = production_end or found
        else:
            chosen = found
    return chosen or production_end or superseded


# A day restated after the first one told ("Update: the closure will now take place on April 30", "퇴직일을 5월 31일로
# 변경"): the latest stated is the day (the words in the clause before the date, or a move after it).
_EN_RESTATED_BEFORE = re.compile(
    r"\b(?:now|instead|new\s+(?:date|day|closing|separation|last)|revised|updated?|rescheduled|moved|pushed|postponed|delayed|brought\s+forward)\b[^.;!?\n]*$",
    re.IGNORECASE,
)
_KO_RESTATED_BEFORE = re.compile(r"(?:변경|연기|앞당|늦춰|늦추|미뤄|미루|새로\s*정한)[^.\n]*$")


# "Last day is next Friday", "마지막 근무일은 다음 주 금요일": the leaving day named as such, the clause's subject before it.
_EN_LAST_DAY_BEFORE = re.compile(
    r"\b(?:last|final)\s+(?:day|working\s+day)(?:\s+of\s+(?:work|employment))?\s+(?:is|will\s+be|would\s+be)\s+(?:on\s+)?$", re.IGNORECASE
)
_KO_LAST_DAY_BEFORE = re.compile(r"마지막\s*(?:근무|출근)\s*(?:일|날)?(?:은|는)\s*$")


def _last_day_named(text: str, span: DateSpan, lang: str) -> bool:
    before = text[max(0, span.start - 40) : span.start]
    return (_KO_LAST_DAY_BEFORE if lang == "ko" else _EN_LAST_DAY_BEFORE).search(before) is not None


def _restated(text: str, span: DateSpan, lang: str) -> bool:
    before = text[max(0, span.start - 60) : span.start]
    if lang == "ko":
        return bool(_KO_RESTATED_BEFORE.search(before) or _KO_MOVED_TO_AFTER.match(text, span.end, span.end + 30))
    return _EN_RESTATED_BEFORE.search(before) is not None


# "생산을 11월 30일 종료하고, 12월 31일자로 공장을 폐쇄": production ends before the site closes and its people leave; the
# production's last day gives way to a later day tied to the closing or the leaving, and counts only when none is.
_KO_PRODUCTION_BEFORE = re.compile(r"(?:생산|가동|조업|제조)(?:을|를|은|는|이|가)?\s*(?:오는\s+)?$")
_KO_PRODUCTION_AFTER = re.compile(r"\s*(?:에\s*|부로\s*|자로\s*)?(?:생산|가동|조업)\s*(?:을|를)?\s*(?:종료|중단|마감)")
_EN_PRODUCTION_BEFORE = re.compile(
    r"\b(?:production|manufacturing|assembly)\s+(?:[\w-]+\s+){0,4}?(?:end|ends|ended|cease|ceases|stop|stops)\s+(?:on|by)\s+$"
    r"|\b(?:end|ends|ending|cease|ceases|ceasing|stop|stops|stopping)\s+(?:all\s+)?(?:production|manufacturing|assembly)\s+(?:on|by)\s+$",
    re.IGNORECASE,
)


def _production_end(text: str, span: DateSpan, lang: str) -> bool:
    before = text[max(0, span.start - 50) : span.start]
    if lang == "ko":
        return bool(_KO_PRODUCTION_BEFORE.search(before[-12:]) or _KO_PRODUCTION_AFTER.match(text, span.end, span.end + 16))
    return bool(_EN_PRODUCTION_BEFORE.search(before))


# A form's field name spelled out one syllable at a time, as official notices align their fields ("퇴 직 일 :", "해 고 일 :"):
# read with the syllables joined.
_KO_SPACED_OUT = re.compile(r"[가-힣](?:[ \t]+[가-힣]){2,}(?![가-힣])")


def _joined_syllables(match: re.Match[str]) -> str:
    return re.sub(r"[ \t]+", "", match.group(0))


def _tied_to_leaving(text: str, span: DateSpan, lang: str, reference: date) -> DateSpan | None:
    if in_leaving_column(text, span.start, span.end, KO_SEPARATION_BEFORE if lang == "ko" else EN_SEPARATION_BEFORE):
        return span
    before, after = text[max(0, span.start - 90) : span.start], _this_line(text[span.end : span.end + 50])
    before, after = _without_glosses(before, after)
    if after[:2].lstrip().startswith("(") and (weekday := _WEEKDAY_GLOSS.match(after) or _DAY_GLOSS.match(after)):
        after = after[weekday.end() :]  # "12.29(화)자로", "June 30 (Fri) -", "다음 주 금요일(14일)자로"
    if lang == "ko":
        if KO_APPLICATION_BEFORE.search(before[-10:]):
            return None  # "신청을 4월 30일까지 받아": the window's day
        if KO_SEPARATION_BEFORE.search(before[-16:]) or KO_SEPARATION_AFTER.search(after):
            return span
        if _KO_SPACED_OUT.search(before[-16:]) and KO_SEPARATION_BEFORE.search(_KO_SPACED_OUT.sub(_joined_syllables, before[-16:])):
            return span  # "3. 퇴 직 일 : 2024년 12월 31일"
        if ("일은" in before or "일자는" in before) and KO_SEPARATION_FIELD_THEN_SCOPE.search(before[-40:]):
            return span  # "해고 예정일은 두 공장 모두 2월 28일"
        if ("ay" in before[-8:] or "AY" in before[-8:]) and KO_ENGLISH_FIELD_BEFORE.search(before[-24:]):
            return span
        if _KO_COPULA_AFTER.match(after) and "일" in before and _KO_DAY_TOPIC_BEFORE.search(before[-48:]):
            return span
        if _KO_CARRIED_OUT_AFTER.match(after) and _KO_CUT_TOPIC_BEFORE.search(before[-36:]):
            return span
        if after.startswith("까지") and _KO_WORK_UNTIL_BEFORE.search(before[-12:]):
            return span
        if KO_DONE_BY_AFTER.match(after) and KO_CUT_BEFORE.search(before[-30:]):
            return span
        if KO_CLOSING_VERB_AFTER.match(after) and KO_CLOSED_THING_BEFORE.search(before[-12:]):
            return span  # "이천공장 문을 4월 30일 닫고"
        if _KO_MOVED_TO_AFTER.match(after) and _KO_LEAVING_WORD.search(before):
            return span
        if KO_RETIRED_BY_AFTER.match(after) and KO_SITE_BEFORE.search(before[-40:]):
            return span
        if KO_COUNTED_CUT_AFTER.match(after) and KO_WAVE_BEFORE.search(before[-10:]):
            return span
        return None
    if _EN_TOLD_ON_BEFORE.search(before[-30:]) or _in_dateline(before, after):
        return None
    if (en_separation_before(before) or EN_SEPARATION_AFTER.search(after)) and not _EN_WINDOW_CLOSES.search(before):
        return _effective_ahead(span, before, reference)
    if _EN_DEICTIC.match(span.text) and EN_CUT_VERB_BEFORE.search(before):
        return span
    if EN_LEAVING_NOUN_AFTER.match(after) and EN_ATTRIBUTIVE_BEFORE.search(before[-8:]):
        return span  # "ahead of the April 30 closure"
    if EN_FRONTED_DAY_BEFORE.search(text, max(0, span.start - 16), span.start) and EN_LEAVING_CLAUSE_AFTER.match(text, span.end, span.end + 120):
        return span  # "On April 30, Hartley Foods will lay off 80 workers"
    return None


# "2024-06-10\n퇴직일자 | 2024-06-30": a date ending its line is not tied by the next line's words (a table or form
# of one field a line: the next field's name is not this date's).
def _this_line(after: str) -> str:
    end = after.find("\n")
    return after if end < 0 else after[:end]


_WEEKDAY_GLOSS = re.compile(r"\s*\((?:[월화수목금토일]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)")
# A weekday glossed with its date ("다음 주 금요일(14일)자로 퇴사", "next Friday (March 14)"): the words after the gloss tie it.
_DAY_GLOSS = re.compile(r"\s*\(\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*\)|\s*\([A-Z][a-z]{2,8}\.?\s+\d{1,2}\)")


# A date glossed in the other language, as crossing texts write it: "3월 말(end of March)까지 감원을 마무리" (the gloss after
# the date), "leave the company by 3월 말 (end of March)" (the date read is the gloss, the other language's date before it).
_GLOSS_AFTER = re.compile(r"\s*\([A-Za-z][^()\n]{0,28}\)")
_GLOSSED_BEFORE = re.compile(r"\s*(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*(?:말|초|\d{1,2}\s*일)?\s*\(\s*$")


def _without_glosses(before: str, after: str) -> tuple[str, str]:
    """The words around a date with a gloss in the other language left out (only where a parenthesis is next to it)."""
    if after[:2].lstrip().startswith("(") and (gloss := _GLOSS_AFTER.match(after)):
        after = after[gloss.end() :]
    if before.rstrip().endswith("(") and (glossed := _GLOSSED_BEFORE.search(before)):
        before = before[: glossed.start()]
    return before, after


def _superseded(text: str, span: DateSpan, lang: str) -> bool:
    """A date of the plan a follow-up changes: "당초 …", "… 에서 … 로" (from … to …), "originally slated to …"."""
    before, after = text[max(0, span.start - 40) : span.start], text[span.end : span.end + 8]
    if lang == "ko":
        return bool(_KO_EARLIER_PLAN_BEFORE.search(before) or _KO_FROM_AFTER.match(after))
    return bool(_EN_EARLIER_PLAN_BEFORE.search(before) or _EN_FROM_BEFORE.search(before) and _EN_TO_AFTER.match(after))


def _effective_ahead(span: DateSpan, before: str, reference: date) -> DateSpan:
    """A plan's "effective June 30" with no year, told after that day has passed this year, is next year's: a plan
    takes effect ahead (the school board's vote in November on cuts "effective June 30")."""
    if span.value >= reference or _YEAR.search(span.text) or not _EFFECTIVE_BEFORE.search(before):
        return span
    if _DONE_EFFECTIVE_BEFORE.search(before[-60:]):
        return span
    return replace(span, value=_safe_date(span.value.year + 1, span.value.month, span.value.day) or span.value)


def closure_date(
    text: str, dates: list[DateSpan], sentence: tuple[int, int], trigger: tuple[int, int], after: date
) -> DateSpan | None:
    """Korean is verb-final: a bare date between the start of a closure's sentence and the closure
    verb ("5월 31일 군산공장을 폐쇄하기로 했다") is when it closes. When the closure is reported
    ("폐쇄한다고 발표했다") a date on or before the notice is when the news was announced, so only a
    later one counts; when the closure verb ends the sentence ("26일 생산을 종료했다") it is the day it closed. A match
    that names the site before the date ("3·4호기가 오는 6월 30일 … 폐지된다") holds the date inside it: still before the verb."""
    reported = bool(_KO_REPORTED_AFTER.search(text, trigger[1], sentence[1]))
    found = None
    for span in dates:
        if sentence[0] <= span.start and span.end <= trigger[1] and (span.value > after or not reported):
            if _KO_ADVERBIAL_AFTER.match(text, span.end, trigger[1]) and not _KO_TOLD_TO_AFTER.match(text, span.end, trigger[1]):
                found = span
    return found


# "4월 30일 구미공장 직원 80명을 해고한다": the words between the date and the cut are its object, not a clause of their own
# ("오는 30일 주총을 열고 80명을 해고하는 안건을": the day is the meeting's), nor a telling after the cut ("해고를 통보").
_KO_CLAUSE_BETWEEN = re.compile(r"[가-힣](?:고|며|면서|지만|는데|했다|한다|된다)[\s,]|[,.·…\n]")
_KO_WITHIN = re.compile(r"연내|안$")
_KO_NOTIFIED_AFTER = re.compile(r"\s*(?:를|을)?\s*(?:통보|통지|예고|고지)|[^.\n]{0,12}?(?:에게|에)\s*(?:통보|통지|알렸|전달)")


def dismissal_date(text: str, dates: list[DateSpan], sentence: tuple[int, int], trigger: tuple[int, int], after: date) -> DateSpan | None:
    """Korean is verb-final: a day ahead of the notice, bare before a dismissal's verb in its sentence ("한결물산은 4월 30일
    구미공장 직원 80명을 해고한다"), is the day people go (2026.11.28, the leaving day form-wide). Only a day after the
    notice's: a day on or before it is the telling's ("4일 80명을 해고한다고 밝혔다") or history's. Not a span of time ("올해
    안에 인력 1천여명을 줄이기로", "연내 감축": some time within it), nor a day glued to the cut's noun ("연말 감원 바람": a
    season's word; the verb right after a date is separation_words.py's)."""
    if _KO_NOTIFIED_AFTER.match(text, trigger[1], sentence[1]):
        return None
    found = None
    for span in dates:
        if sentence[0] <= span.start and span.end <= trigger[0] and span.value > after and not _KO_WITHIN.search(span.text):
            between = text[span.end : trigger[0]]
            if between.strip() and _KO_ADVERBIAL_AFTER.match(text, span.end, trigger[1]) and not _KO_TOLD_TO_AFTER.match(text, span.end, trigger[1]) \
                    and not _KO_CLAUSE_BETWEEN.search(between):
                found = span
    return found
