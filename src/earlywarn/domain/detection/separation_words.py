"""The words around a date that tie it to people leaving or a site closing: "퇴직일은 3월 31일", "3월 29일을 끝으로
폐업했다", "effective June 1", "on March 6, ending production". Kept apart from the date forms (dates.py), which
reads a date as separation_date only where one of these is next to it."""

from __future__ import annotations

import re

# A dismissal plan's form field "해고 일정: 2016년 5월 31일" (해고 시기 likewise; "사직 시점은 …", the day a 권고사직 takes effect) dates the dismissals; a disclosure's "사업
# 종료일: …" (a line of business ended) and a dissolution report's "해산일: …" (the company ends that day) date the closure.
KO_SEPARATION_BEFORE = re.compile(
    r"(?:퇴직일|퇴사일|이직일|해고일|고용\s*종료일|(?:영업|생산|가동|운영|서비스|사업)\s*종료일|해산\s*(?:예정\s*)?일|(?:폐쇄|폐업|폐점|폐원)일|(?:폐쇄|폐업|폐점|퇴직|퇴사|해고|고용\s*종료|(?:영업|생산|가동)\s*(?:정지|중단|종료))\s*(?:예정\s*)?(?:일자|날짜)|(?:퇴직|퇴사|이직|해고|폐업|폐쇄|(?:생산|가동|영업|운영)\s*(?:중단|종료|정지))\s*예정일|마지막\s*(?:근무|출근|영업)(?:일)?"
    r"|(?:해고|퇴직|근로\s*계약\s*해지|계약\s*해지)\s*(?:의\s*)?효력(?:\s*발생일)?|해고\s*(?:예정\s*)?(?:일정|시기)|(?:해고|사직|퇴직|퇴사)\s*시점"
    # the same fields in their other words (2026.11.28, the leaving day form-wide): the last day as 최종 ("최종 근무일은"),
    # a contract's or an employment relation's end ("계약 만료일", "근로관계 종료일"), the day a retirement is posted ("퇴직
    # 발령일"), a closing's or a leaving's time ("폐쇄 시점은", "퇴직 시기는", "철수 예정 시기")
    r"|최종\s*(?:근무|출근|영업|근로)\s*(?:일|날)|(?:근로|고용)\s*관계\s*(?:종료|해지)\s*(?:예정\s*)?(?:일자|일)"
    r"|(?:근로|고용)?\s*계약\s*(?:만료|종료|해지)\s*(?:예정\s*)?(?:일자|일)|(?:퇴직|퇴사|해고|면직)\s*발령\s*(?:예정\s*)?일|면직일"
    r"|(?:폐쇄|폐업|폐점|철수|퇴직|퇴사|해고|이직|(?:영업|운영|가동)\s*종료)\s*(?:예정\s*)?(?:시점|시기|일정)"
    # a leaving or a closing with its day in parentheses ("구미공장 폐쇄(4월 30일)로", "퇴직(3월 31일자)")
    r"|(?:폐쇄|폐업|폐점|퇴직|퇴사|(?:정리\s*)?해고|(?:영업|가동|운영)\s*종료)\s*(?:예정\s*)?\()\s*(?:은|는|을|를|이|:|\|)?\s*(?:오는\s+)?$"
)
# A code-switched Korean notice's field in English ("- Last working day: 6/14(금)"), looked for in the words just before a date.
KO_ENGLISH_FIELD_BEFORE = re.compile(r"\b(?:[Ll]ast|LAST|[Ff]inal|FINAL)\s+(?:(?:[Ww]orking|WORKING)\s+)?(?:[Dd]ay|DAY)\s*(?:is|:|-|–)?\s*$")
# "3월 29일을 끝으로 폐업했다": the last day of work or business (not the end of an application window);
# not the day a dismissal is notified ("15일 해고 통보를 받았다"). A full stop may end the date ("2021. 6. 30.부로").
# "자로"/"부로" date what follows, but not a change carried out or a transfer ("8월 1일부로 시행", "1일자로 전환 배치").
# Nor a story in a paper's issue ("본지 3월 5일자 경제면 '…' 기사", as a correction names it; a last issue, "26일자 신문을
# 마지막으로", still dates the closing).
KO_SEPARATION_AFTER = re.compile(
    r"^\.?\s*(?:(?:일괄|모두|전원|일제히|순차적으로|다)\s*)?(?:(?:자(?:로|\s|$|[.,…)\]])|부로)(?!\s*(?:시행|적용|전환\s*배치|배치|발령|복귀|[가-힣]{1,2}면\s*[\x27\x22‘“]|기사|보도))|(?:이|가|은|는)?\s*마지막\s*(?:근무|출근|영업)|(?:까지\s*)?(?:정든\s*)?(?:회사|은행|직장|일터|공장|사업장|본사|병원|학교|학원)(?:를|을)\s*떠[나난날]|(?:퇴직|퇴사|해고(?!\s*(?:통보|통지|예고|계획))|감원(?=한다|하기로|할\s|했|하겠|된다|됐|키로)|계약|(?:폐업|폐점)(?!\s*(?:공고|결정|방침|계획|검토|발표|통보|통지|예고|소식|위기|여부|설))|종료|문을\s*닫)"
    # the leaving verbs after a particle ("4월 30일에 퇴직한다", "4월 말로 퇴사", "4월 30일에 회사를 떠나게"), and the verbs the
    # line above lacks (2026.11.28, the leaving day form-wide): a site closed or withdrawn from ("4월 30일 폐쇄된다", "부산점을
    # 4월 30일 철수하고"; not the day a closing is decided or told: "4일 폐쇄 결정"), a dismissal named in full ("4월 30일
    # 정리해고를 단행"), a contract cancelled ("고용계약이 4월 30일 해지된다"), people who quit, lose or go out of their jobs
    # ("4월 30일 회사를 그만둔다", "직장을 잃는다")
    r"|^\s*(?:에|로|께|에는)?\s*(?:(?:일괄|모두|전원|일제히|다)\s*)?(?:(?:정든\s*)?(?:회사|은행|직장|일터|공장|사업장)(?:를|을)\s*(?:떠[나난날]|그만[두둔둘]|나[가간갈])"
    r"|(?:직장|일자리|일터)(?:를|을)\s*잃(?!었)|그만[두둔둘]|(?:퇴직|퇴사)(?!\s*(?:신청|접수|희망|금|연금|자\s*(?:모집|신청|접수)))"
    r"|(?:정리\s*)?해고(?!\s*(?:통보|통지|예고|계획|방침|결정|검토|협의|논의|소식|철회|반대)|\s*(?:에|를|을)\s*(?:반대|항의|규탄|맞서|통보|예고|발표|밝|알리|알렸|결정))|해지(?!\s*(?:통보|통지|예고))"
    r"|(?:폐쇄|철수)(?=하|한|할|했|된|될|됐|돼|됩|키로|\s*(?:예정|조치|처리|완료))|(?:폐업|폐점)(?!\s*(?:공고|신고|결정|방침|계획|검토|발표|통보|통지|예고|소식|위기|여부|설))|실직)"
    # "이달 28일 영업 종료를 앞둔": the last day of business
    r"|\s*(?:영업|생산|가동|운영|서비스|방송)\s*(?:을|를)?\s*(?:종료|마치|마친|마쳐|마칠|끝내|끝낸|끝낼)"
    # "12월 31일 영구 중단": a stop made for good is the last day
    r"|\s*영구\s*(?:중단|정지|폐쇄)"
    # "12월 31일 영업을 끝으로": the last day of business, work or classes; a channel's "3월 31일 자정을 끝으로"
    r"|(?:\s*(?:영업|근무|운영|진료|수업|생산|가동|업무|방송|자정))?(?:을|를)?\s*(?:끝으로|마지막으로)(?![^.\n]{0,12}(?:신청|접수|모집|마감))"
    r"|까지\s*(?:(?:일괄|모두|전원|일제히|순차적으로|차례로|단계적으로)\s*)?(?:근로\s*|고용\s*)?계약(?:을|를|이)?\s*(?:종료|해지)"
    r"|까지만\s*(?:근무|출근|영업|운영|가동|진료|일하|일한|일할|일해|나오(?:라|래|고|면|기로|게))"  # "이번 달까지만 나오라네요": told to come in until then
    # "이달 말로 김해센터를 닫고": a site named, then closed as of that day (로/에, a word or two of name before the site)
    r"|^(?:로|에|부로|자로)\s+(?:[^\s.\n]+\s+){0,2}?[^\s.\n]{0,10}?(?:센터|공장|매장|점포|지점|사업장|영업점|창고|병원|본사|사무소|지사|출장소|물류센터)(?:을|를)\s*(?:닫|폐쇄|폐점|폐업|철수)"
    # "다음 달 말에 상담원들 다 정리된대요": the day, then the whole group let go on it (정리 or 해고 of all of them, not a notice)
    r"|에\s+(?:[^\s.\n]+\s+){0,2}?(?:다|모두|전원|전부|일괄)\s*(?:정리|해고)(?:되|된|됐|돼|될|당|하|한|할)"
    # "지난달 30일, 나라전자에서 900명이 한꺼번에 회사를 떠났다": the day told first, then the people counted as they left
    r"|^,?\s+(?:[^.\n\s]+\s+){0,3}?\d[\d,]*\s*(?:여\s*)?명이\s*(?:[가-힣]+\s+){0,2}?(?:회사|직장|일터|공장)(?:를|을)\s*떠[나난났]"
    # a cut to be done by then ("연말까지 감원을 마무리할 계획"): the last of the people leave by that day; a closing told
    # as heard ("이달 말까지만 공장 돌리고 폐업한대요", "…폐업할 거래요") dates it as one told outright
    r"|까지\s*(?:[^.\n]{0,10}?\s)?(?:감원|(?:인력\s*)?감축|해고|구조\s*조정)(?:을|를)?\s*(?:마무리|완료|마치|마친|끝내|끝낼)"
    # ... or a site's closing, withdrawal or move done by then ("내년 6월까지 이전을 마무리하겠다": the people it lets go, or
    # moves, go that day)
    r"|까지\s*(?:[^.\n]{0,10}?\s)?(?:폐쇄|철수|청산|이전)(?:\s*작업)?(?:을|를)\s*(?:마무리|완료|마치|마친|끝내|끝낼)"
    # (the verb in any of its forms: "감원할 계획", "퇴직시킨다", "근무한 뒤 퇴사한다")
    r"|까지\s*(?:(?!신청|접수|모집|희망|마감)[^.\n]){0,40}?(?:내보내|내보낸|내보낼|(?:해고|감원|감축)(?:하|한|할|했|합)|(?:퇴직|퇴사)(?:하|한|할|했|합|시키|시킨|시킬|시켰|\s*처리)|(?:회사|직장)(?:를|을)\s*(?:떠[나난날]|그만[두둔둘]|나[가간갈])|권고사직\s*(?:처리|하|시키|한다|됩|된)|정리해고\s*(?:하|한다|된|됩)|(?:회사를\s*)?나가\s*(?:라|래|란|야|게|달|줘|주)|(?:폐쇄|폐업|폐점|정리)(?:하|한다|된다|된대|됩|키로|한대|한답|할\s*(?:거|것|계획|예정))|문을\s*닫|(?:모두|전부|일제히|차례로|순차적으로)\s*닫(?:는다|기로|을\s*(?:계획|예정))))"
    # a headline's count cut by then, its verb a noun ("연말까지 2백30여명 정리", "내달 말까지 직원 90명 감원 추진"): the last of
    # them leave by that day, as "by year-end" dates a cut in English (not a hire: 채용, 뽑 are no cut's words); or its verb
    # 줄이다 ("올해 말까지 사무직과 생산직을 합쳐 2천여 명을 줄이는 감원안")
    r"|까지\s*(?:[가-힣]+\s+){0,3}?(?:약\s*)?\d[\d,백천만]*\s*(?:여\s*)?명\s*(?:을|를)?\s*(?:줄(?:이는|이기로|인다|일\s*(?:계획|예정))|(?:감원|감축|정리|해고)"
    r"(?=\s*(?:$|[.…,\"'”’)\]·]|추진|착수|돌입|방침|계획|예정|키로|하기로|한다|된다)))"
)
EN_SEPARATION_BEFORE = re.compile(
    r"(?:\beffective(?:\s*:|\s+on|\s+as\s+of|\s+(?:at\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:day|business|shift)(?:\s+on)?)?|\beff\."
    # a British notice's "with effect from 1 May": the day the dismissals or the closure take effect
    r"|\bwith\s+effect\s+(?:from|on)|\bon\s+or\s+about|\bseparations?\s+(?:[\w-]+\s+){0,10}?(?:on|begin(?:ning)?|between)"
    r"|\b(?:lay\s+off|laid\s+off|layoffs?|terminat\w*|separations?)\s+(?:[\w,]+\s+){0,8}?(?:starting|beginning|effective)(?:\s+on)?"
    r"|\btak(?:e|es|ing)\s+effect(?:\s+(?:[\w,-]+\s+){0,8}?(?:on|by))?|\b(?:last|final)\s+(?:day|date|shift|working\s+day)(?:\s+together)?(?:\s+(?:of\s+(?:work|employment|production|business|operations?|trading|service)|on\s+(?:the\s+)?payroll|on\s+the\s+job|at\s+work|for\s+(?:everyone|everybody|all\s+of\s+us|all\s+of\s+them|all|us|them|staff|employees|workers|the\s+team|most\s+of\s+us)))?(?:\s+(?:will\s+be|would\s+be|is\s+(?:gonna|going\s+to)\s+be|is|was)(?:\s+on)?|\s*[:\-–—|]?)"
    # the last day named with the people it is theirs ("The last day of work for the 80 drivers and dispatchers will be
    # May 2"): up to six words of whom between
    r"|\b(?:last|final)\s+(?:day|working\s+day)(?:\s+of\s+(?:work|employment))?\s+for\s+(?:[\w,.\x27-]+\s+){1,6}?(?:will\s+be|would\s+be|is|was)(?:\s+on)?"
    # "will work their final shift on Friday", "with its final day of production on Jan. 29"
    r"|\b(?:last|final)\s+(?:day|shift|working\s+day)(?:\s+of\s+(?:work|employment|production|business|operations|trading|service))?\s+on"
    # a paper's last issue ("will publish its final edition on Friday")
    r"|\b(?:publish|print)(?:es|ed|ing)?\s+(?:its|their|the)\s+(?:final|last)\s+(?:edition|issue)(?:\s+on)?"
    # a filing's "with a last day of work of June 27"; minutes' "accepted the offer, with a last day of June 30" (the day
    # itself after "of")
    r"|\b(?:last|final)\s+(?:day|working\s+day)\s+of\s+(?:work|employment)\s+of"
    r"|\bwith\s+(?:a|their|a\s+common|the\s+same)\s+(?:last|final)\s+(?:day|working\s+day)\s+of"
    r"|\b(?:employment|jobs?|positions?|roles?|contracts?)\s+(?:\w+\s+){0,5}?(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+|to\s+)?end(?:s|ed)?(?:\s+on)?"
    # the leaving verbs before a day; people who "will lose their jobs on August 2" leave that day, as those laid off on it
    # (a machine translation's "will terminate production and operation on December 31" is a plant's ending)
    # (or with "today," and the day in apposition: "ended production at the plant today, March 6")
    r"|\b(?:leav(?:e|es|ing)|depart(?:s|ing)?|separated?|retir(?:e|es|ing)|redundant|retrench(?:es|ed|ing)?|reliev(?:e|es|ed|ing)\s+(?:[\w,]+\s+){0,3}?(?:from|of)\s+(?:service|duty|duties)|close|closes|closed|closing|shut|shuts|shutting|shutter(?:s|ed|ing)?|ceas\w*\s+(?:all\s+)?(?:(?:of\s+)?(?:its|their)\s+)?operations|end(?:s|ed|ing)?\s+(?:all\s+)?(?:[a-z-]+\s+)?(?:production|manufacturing|operations|assembly)|terminat(?:e|es|ed|ing)\s+(?:all\s+)?(?:production|operations?)|stop(?:s|ped|ping)?\s+(?:operating|working|operations|production|building|making|producing|assembling|manufacturing|selling|broadcasting|publishing)|go(?:es)?\s+dark|went\s+dark|finish(?:es|ed|ing)?\s+up|laid\s+off|furloughed|terminated|eliminated|shut\s+down|consolidat(?:e|es|ed|ing)|los(?:e|es|ing)\s+(?:their|our|his|her)\s+jobs)\s+(?:[\w,.\x27-]+\s+){0,8}?(?:by|on|between|at|no\s+later\s+than|today,)"
    # the day right after the redundancies' verb ("were made redundant today", "were made redundant on Friday")
    r"|\bmade\s+redundant"
    # a site closed told with its county and state ("will close its No. 2 pit in Boone County, West Virginia, on March 3"):
    # up to eleven words after its determiner
    r"|\b(?:close|closes|closing|shut|shuts|shutting)\s+(?:its|the|their|our)\s+(?:[\w,.\x27-]+\s+){0,11}?(?:on|by)"
    # a site named with its place before the deadline ("will end production at its oldest plant in the capital's Shunyi
    # district by the end of May", "shut all 11 of its boutiques in Seoul department stores by March 31"): more words,
    # none ending a sentence
    r"|\b(?:end(?:s|ed|ing)?\s+(?:all\s+)?(?:[a-z-]+\s+)?(?:production|manufacturing|operations|assembly)\s+at|close|closes|closing|shut|shuts|shutting)\s+(?:its|the|their|our|all)\s+(?:[\w,\x27-]+\s+){0,11}?by"
    # the people it affects told in between ("will close its call center in Mesa, affecting 120 employees, by June 30")
    r"|\b(?:close|closes|closing|shut|shuts|shutting)\s+(?:its|the|their|our)\s+(?:[\w\x27-]+\s+){0,6}?[\w\x27-]+,\s+affecting\s+[^.;,]{1,60},\s+(?:by|on)"
    # a headline drops the "on": "to close its ER and maternity ward Sept. 30" (an object in between: no verb, no sentence end)
    # ("when the plant closes May 8th": no object at all)
    # ("our call center is closing next Friday": the participle too)
    r"|\b(?:close|closes|closing|shut|shuts|shutting|shutter|shutters)\s+(?:(?!(?:is|are|was|were|will|date|deadline)\b)[\w,\x27-]+\s+){0,6}?"
    # ... or its operations: "will cease operations Nov. 30"
    r"|\bceas(?:e|es|ed|ing)\s+(?:all\s+)?(?:(?:of\s+)?(?:its|their)\s+)?(?:operations|production|manufacturing|publication|broadcasting|trading)(?:\s+on)?"
    # ... or ends them, as a post writes it ("the DC ends operations Sept 30"): ending is for good, unlike a stop
    r"|\bend(?:s|ed)?\s+(?:all\s+)?(?:operations|production|manufacturing)"
    # a plant's last day named by what stops ("the plant's last production day will be Jan. 13")
    # (or as a field of notes: "Last production day: Dec. 18")
    r"|\b(?:last|final)\s+(?:production|operating|trading|business|working)\s+(?:day|date)(?:\s+(?:will\s+be|would\s+be|is|was)(?:\s+on)?|\s*[:\-–—])"
    # people who leave on a day with the "on" dropped, as news writes it ("Those employees will depart March 31", "will be
    # laid off Jan. 10", or with it: "will exit on March 1"); jobs gone by a day ("About 300 jobs will go by the end of June")
    r"|\b(?:will|would|to|are\s+to|set\s+to)\s+(?:depart|leave|retire|exit|lose\s+(?:their|our|his|her)\s+jobs|be\s+out\s+of\s+(?:work|a\s+job|jobs))(?:\s+on)?"
    r"|\bbe\s+(?:permanently\s+)?(?:laid\s+off|let\s+go|terminated|dismissed)"
    r"|\b(?:jobs|positions|roles|posts)\s+(?:will|would|are\s+to|are\s+set\s+to|are\s+expected\s+to)\s+go\s+(?:by|on)"
    # an amended notice that moves a closing ("moves the closure of its Fresno call center to July 21, from June 30"):
    # the day it is moved to
    r"|\b(?:mov|push|delay|postpon|reschedul)\w*\s+(?:back\s+)?(?:the|its|their)\s+(?:closure|closing|shutdown|layoffs?|separations?|last\s+day)\s+(?:[\w,.\x27-]+\s+){0,8}?(?:back\s+)?(?:to|until)"
    # jobs cut by a day ("cut 10,000 jobs by the end of March", or with the place they go from between: "cut 900 jobs in
    # Austria by mid-2026"); a plant's last product made on a day ("the last truck is scheduled to roll off the line at … on
    # …", "will build its last car on Friday")
    r"|\b(?:cut|cuts|cutting|eliminat\w+)\s+(?:[\w,.~-]+\s+){0,3}?(?:jobs|positions|roles|workers|employees|staff)\s+(?:(?:in|at|across)\s+(?:[\w.\x27-]+\s+){1,3}?)?by"
    # ... or a share of a workforce ("cut a quarter of its 640 workers by the end of the year"), jobs ended at a site
    # ("ending 260 jobs at the site by the end of the year"), people who take a voluntary scheme by a day ("500 of its
    # workers take voluntary retirement by the end of June", "lose 40 staff through voluntary redundancy by …")
    r"|\b(?:cut|cuts|cutting)\s+(?:a|one|two|three)[\s-](?:quarter|third|half|fifth|tenth|quarters|thirds|fifths)\s+of\s+(?:its|the|their|our)\s+(?:[\w,.~-]+\s+){0,3}?(?:jobs|positions|roles|workers|employees|staff)\s+by"
    r"|\b(?:ending|eliminating|cutting)\s+[\d,]+\s+(?:jobs|positions|roles)\s+(?:(?:at|in)\s+(?:[\w,.\x27-]+\s+){1,3}?)?by"
    r"|\b(?:take|takes|taking|through|via)\s+(?:voluntary\s+|early\s+)+(?:retirement|redundancy|redundancies|severance|separation)\s+by"
    r"|\b(?:roll(?:s|ed|ing)?|come|comes|came)\s+off\s+(?:the\s+|its\s+)?(?:assembly\s+|production\s+)?lines?\s+(?:[\w,.\x27-]+\s+){0,8}?(?:on|by)"
    # ... or a diner's last meal served, a plant's last shift ("will serve its last breakfast on Sunday, August 4", "the
    # last shift clocks out Friday")
    r"|\b(?:build|builds|built|make|makes|made|produce|produces|produced|assemble|assembles|assembled|serve|serves|pour|pours)\s+(?:its|their|our|the)\s+(?:very\s+)?(?:last|final)\s+(?:[\w,.\x27-]+\s+){0,5}?(?:on|by)"
    r"|\b(?:last|final)\s+(?:shift|whistle)\s+(?:clocks\s+out|punches\s+out|ends|blows|runs|will\s+(?:run|end|blow))(?:\s+on)?"
    # production that ends on a day ("production would cease on 28 June", "production in Toledo will end Nov. 8", the "on"
    # dropped as news drops it); departures done by one ("departures finalised by 30 June")
    r"|\b(?:production|operations|manufacturing|trading)\s+(?:(?:at|in)\s+(?:(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?|[A-Z][\w\x27-]+\s+))?(?:will\s+|would\s+|is\s+to\s+|is\s+set\s+to\s+|to\s+)?(?:cease|ceases|ceased|end|ends|ended|stop|stops|stopped)(?:\s+(?:on|by))?"
    r"|\bdepartures?\s+(?:[\w-]+\s+){0,2}?(?:by|on)"
    # the staff told they are finished on a day ("All 64 of us here are done as of the end of next month")
    r"|\b(?:us|we|they|everyone|everybody)\s+(?:[\w\x27-]+\s+){0,2}?(?:are|\x27re|will\s+be)\s+(?:all\s+)?done(?:\s+(?:as\s+of|on|by|at))?"
    # "leavers expected to go by 31 March": those who take a voluntary scheme, gone by a day
    r"|\bleavers\s+(?:[\w-]+\s+){0,4}?(?:by|on)"
    # "target 500 exits by March 31": a counted number of exits (not "lease exits")
    r"|\b\d[\d,]*\s+(?:voluntary\s+)?exits\s+(?:[\w-]+\s+){0,3}?(?:by|on)"
    # cuts told first, their completion after ("the reductions represent 5% of staff and will be completed by …", or right
    # after them: "Most of the cuts will be completed by the end of the year")
    r"|\b(?:reductions|layoffs|cuts|job\s+cuts|eliminations|separations)\s+(?:[\w,.%\x27-]+\s+){0,10}?(?:will|would|are\s+expected\s+to|are\s+to)\s+be\s+(?:substantially\s+|largely\s+|fully\s+)?(?:completed|complete|finali[sz]ed)\s+by"
    # (a WARN notice's "Anticipated closing date: …", the closing planned: not a bare "closing date", an application's as often)
    r"|\b(?:separation|termination|layoff|closure|last\s+day|effective|retire(?:ment)?|leaving|exit|departure|(?:anticipated|expected|projected|planned|scheduled|estimated|target(?:ed)?)\s+(?:closing|shutdown))\s+date(?:\(s\)|s)?(?:\s+for\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*(?::|-|\||is|will\s+be|was|of)?"
    # a leaving day or a closing moved ("the separation date has been moved from March 31 to April 30", "the closure was
    # pushed back to June 30"): the day it was moved to (the one it was moved from has no tie)
    r"|\b(?:(?:separation|termination|layoff|closure|closing|leaving|exit|retirement|effective)\s+date|last\s+day|closure|closing|shutdown|layoffs?)\s+"
    r"(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:been\s+|be\s+|being\s+)?(?:moved|changed|pushed(?:\s+back)?|extended|postponed|delayed"
    r"|brought\s+forward|moved\s+up|revised|rescheduled)\s+(?:from\s+[^.;]{1,30}?\s+)?(?:to|until)"
    # a leaving day or a closing restated ("the closing date, originally March 31, is now April 30", "the closure will now
    # take place on April 30"; the earlier day is superseded, dates.py)
    r"|\b(?:separation|termination|closing|closure|leaving|exit|retirement|layoff|last)\s+(?:date|day)\b[^.;!?]{0,50}?\bnow\s+(?:(?:set|scheduled|slated)\s+for|moved\s+to)?"
    r"|\b(?:closure|closing|shutdown|layoffs?|separations?|terminations?|job\s+cuts|cuts|reductions|redundancies|dismissals)\s+(?:will|would|is\s+to|are\s+to|(?:(?:is|are)\s+)?(?:set|scheduled|expected)\s+to)\s+(?:now\s+)?(?:take\s+place|happen|occur)(?:\s+(?:on|by|between))?"
    # cuts in waves, their days listed ("will lay off 200 workers in three waves: March 31, April 30 and May 30"): the first
    r"|\b(?:in|over)\s+(?:two|three|four|five|several|\d)\s+(?:waves|phases|stages|rounds|tranches)\s*[:\-–—,]\s*(?:on\s+|beginning\s+|starting\s+)?"
    # Indian English "relieved on 31 March" (released from service); a closure "completed by the end of March"
    r"|\b(?:be|are|were|been|being|is|was|get|got)\s+relieved\s+(?:[\w,.\x27-]+\s+){0,4}?(?:on|by)"
    # cuts "substantially complete by March 31", as filings write it ("expects the reduction in force to be completed by …")
    r"|\b(?:closures?|closing|shutdown|wind[-\s]down|eliminations?|reductions?(?:\s+in\s+force)?|layoffs|separations|terminations)\s+(?:is\s+|are\s+|will\s+be\s+)?(?:expected\s+to\s+be\s+|due\s+to\s+be\s+|set\s+to\s+be\s+|to\s+be\s+)?"
    r"(?:substantially\s+|largely\s+|fully\s+)?(?:completed|complete|finali[sz]ed)\s+(?:by|on|in)"
    # cuts that begin on a day ("the cuts are expected to begin Jan. 9"); reductions completed by one ("expect to
    # complete these workforce reductions by …")
    # ("we expect the layoffs to begin on March 15": the cuts' first day, a WARN notice's wording)
    # (or in a digest's present, "Layoffs begin Feb. 7": the auxiliary dropped)
    r"|\b(?:cuts|layoffs?|separations?|terminations?|reductions|job\s+losses)\s+(?:(?:are|is|will|would|to)\s+(?:(?:expected|scheduled|set|due|slated)\s+to\s+)?(?:begin|start|commence)|begins?|starts?|commences?)(?:\s+on|\s*:)?"
    r"|\bcomplet(?:e|es|ed|ing)\s+(?:these|the|its|our|their|all)\s+(?:[\w-]+\s+){0,2}?(?:reductions|layoffs|separations|eliminations|cuts|closures?)\s+(?:by|on)"
    # "will lay off 40 workers at the end of the month", "laid off 30 staff on Friday", "dismissed 120 workers on Friday",
    # "the remaining 60 will be let go at the end of April" (not "let go of")
    r"|\b(?:lay(?:s|ing)?\s+off|laid\s+off|let\s+go(?!\s+of\b)|dismiss(?:es|ed|ing)?)\s+(?:[\w,.\x27-]+\s+){0,8}?(?:at|on|by)"
    # a site kept open until a day ("will now remain open until June 30"); people who leave the payroll or the company
    # on a day with the "on" dropped, as news writes it ("will leave the payroll Dec. 31")
    r"|\b(?:remain|remains|stay|stays|kept|keep|keeps)\s+open\s+(?:[\w-]+\s+){0,2}?until"
    r"|\bleav(?:e|es)\s+(?:the|their|its|our)\s+(?:[\w\x27-]+\s+)?[\w\x27-]+)"
    # "by the end of its fiscal third quarter, which ends March 27, 2027": the day that quarter ends
    r"(?:\s+the\s+end\s+of\s+(?:its|the|their|our)\s+fiscal\s+(?:year|(?:first|second|third|fourth)\s+quarter),?\s+which\s+(?:ends|closes)(?:\s+on)?)?"
    r"(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)?\s*$",
    re.IGNORECASE,
)
# The leaving day's words of the form-wide round (2026.11.28), searched apart and only where a word each of them needs is in
# the words before the date (`EN_MORE_NEEDS`): EN_SEPARATION_BEFORE, tried at every position of ~90 characters before each
# date, costs ~85 us a date already.
EN_SEPARATION_BEFORE_MORE = re.compile(
    r"(?:"
    # (2026.11.28, the leaving day form-wide: people put out of work, a site wound down or out of business, positions phased
    # out or cut, employment terminated: "will be out of work on April 30", "will wind down operations at its plant by …",
    # "80 positions will be cut by …", "will terminate the employment of 80 workers on …")
    r"\b(?:out\s+of\s+(?:work|a\s+job|jobs|their\s+jobs)|phas(?:e|es|ed|ing)\s+out|(?:go(?:es)?|going|went)\s+out\s+of\s+business"
    r"|terminat(?:e|es|ed|ing)\s+(?:the\s+)?employment|(?:be|been|being)\s+cut)\s+(?:[\w,.\x27-]+\s+){0,8}?(?:by|on|between|at|no\s+later\s+than|today,)"
    # ... or a site or its people let go "as of" a day, right after the verb ("will be closed as of April 30"; not "leaving
    # 1,200 employees as of March 31", a workforce counted on a day)
    r"|\b(?:closed|shut(?:\s+down)?|shuttered|terminated|laid\s+off|let\s+go|eliminated|separated|dismissed)\s+(?:(?:permanently|for\s+good)\s+)?(?:effective\s+)?as\s+of"
    # a notice's field named as the date of the leaving ("Date of separation: …", "Expected date of layoff: 4/30/2024")
    r"|\bdates?\s+of\s+(?:the\s+)?(?:separation|layoff|lay-off|termination|closure|closing|shutdown|dismissal|redundancy|departure|exit|retirement)s?\s*(?::|-|–|\||is|will\s+be|was)?"
    # the leaving or the closing scheduled for a day ("The closure is scheduled for April 30", "with the layoffs planned for
    # …", "The closure of the Dayton plant is set for …"; not a closing "expected" on a day, often the day it is announced)
    r"|\b(?:closures?|closing|shutdown|shut-?down|layoffs?|lay-offs?|separations?|terminations?|job\s+cuts|cuts|reductions|redundancies|dismissals|last\s+day|final\s+day|departures?|exits?)"
    r"(?:\s+(?:of|at)\s+(?:[\w.\x27-]+\s+){0,4}?[\w.\x27-]+)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be|had\s+been)\s+)?(?:now\s+|tentatively\s+|currently\s+)?(?:scheduled|set|slated|planned|targeted|timed|due)\s+(?:for|on)(?:\s+on)?"
    # people who work or stay on until a day ("who will work through April 30", "they will stay on until …", "Staff will remain
    # employed until …"): their last day (not "will not work until", a stop; nor "the union will work through …")
    r"|\b(?:who|they|staff|workers|employees|people|we|crew|team|members)\s+(?:[\w\x27]+\s+){0,3}?(?<!not\s)(?<!never\s)(?:work|works|working|stay|stays|staying|remain|remains|remaining)\s+(?:on\s+|employed\s+|on\s+the\s+job\s+|on\s+staff\s+)?(?:through|until|till)"
    # the last workers "leaving April 30", the "on" dropped; operations wound down through a day; a counted group released
    # on one ("will release 80 workers on April 30"; not results or a report released)
    r"|\b(?:leaving|departing|exiting)|\bwind(?:s|ing)?\s+down\s+(?:[\w-]+\s+){0,3}?(?:through|until)"
    # operations wound down by a day, the operations named right after the verb (not "production will wind down through the
    # summer and end on …", a production's end told in a clause of its own)
    r"|\b(?:wind(?:s|ing)?|wound)\s+down\s+(?:all\s+|its\s+|the\s+|their\s+)*(?:operations|business|production)\s+(?:[\w,.\x27-]+\s+){0,6}?(?:by|on)"
    r"|\breleas(?:e|es|ed|ing)\s+(?:about\s+|some\s+|all\s+|nearly\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:workers|employees|staff|people)\s+(?:on|by|effective)"
    # ... or goes out of business ("will go out of business April 30")
    r"|\b(?:go(?:es)?|going|went)\s+out\s+of\s+business"
    # (or with where they are told in a clause between commas: "eliminate about 900 positions worldwide, mostly in Belgium, by …")
    r"|\b(?:cut|cuts|cutting|eliminat\w+)\s+(?:[\w,.~-]+\s+){0,3}?(?:jobs|positions|roles)\s+[\w\x27-]+,\s+(?:[\w.\x27-]+\s+){1,5}?[\w.\x27-]+,\s+by"
    # ... or the crew, the team, the shift told as done ("our whole agency crew at the fulfillment center is done this Friday")
    r"|\b(?:crew|team|staff|shift|department|unit)\s+(?:[\w\x27,-]+\s+){0,5}?(?:is|are|will\s+be)\s+(?:all\s+)?done(?:\s+(?:as\s+of|on|by|at))?"
    # people whose services are not needed or whose contracts are not renewed after a day (a school board's notice of
    # layoff: "their services will not be required after June 30, 2024"): that day is their last
    r"|\b(?:services|contracts?|employment|positions?)\s+(?:will|would|shall)\s+not\s+be\s+(?:required|needed|renewed|extended|continued)\s+(?:after|beyond)"
    r")(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)?\s*$",
    re.IGNORECASE,
)
EN_MORE_NEEDS = ("out of", "phas", "employ", "cut", "as of", "date", "sched", "set ", "slated", "planned", "target", "timed", "due ",
                 "until", "through", "till", "leaving", "departing", "exiting", "wind", "wound", "releas", "done", "not be", "business",
                 "eliminat")


def en_separation_before(before: str) -> bool:
    """The words before a date tie it to the leaving (EN_SEPARATION_BEFORE, then the round's words where they may match)."""
    if EN_SEPARATION_BEFORE.search(before):
        return True
    lowered = before.lower()
    return any(word in lowered for word in EN_MORE_NEEDS) and EN_SEPARATION_BEFORE_MORE.search(before) is not None


# "on March 6, ending production": a participle right after the date tells what ended that day.
# "Today was my last day", "today is their last working day": a day that is someone's last day.
EN_SEPARATION_AFTER = re.compile(
    r"^\s*[-–—:]\s*(?:last|final)\s+(?:day|shift|working\s+day)\b"  # "Fri 6/28 - last day for 37 staff", a memo's line
    r"|^,?\s+(?:ending|closing|shutting|ceasing|shuttering)\b"
    # "April 30 will be their last day", "April 30 marks the final day of operations" (2026.11.28: the verbs a day is named the
    # last with; not the last day to apply or of a fiscal year or an offer's window)
    r"|^,?\s+(?:was|is|will\s+be|would\s+be|is\s+to\s+be|marks|marked|will\s+mark|becomes|will\s+become)\s+(?:(?:my|our|their|his|her|the|its)\s+)?(?:very\s+)?(?:last|final)\s+"
    r"(?:working\s+|business\s+|operating\s+|production\s+|trading\s+)?(?:day|shift)\b(?!\s+(?:to|for)\s+(?:apply|applications?|sign|enrol\w*|submit|accept|elect|file|register|request|vote|opt))"
    r"(?!\s+of\s+(?:the\s+|its\s+|their\s+)?(?:fiscal|financial|quarter|application|enrol\w*|election|offer|window|consultation|sale|promotion|month|year))"
    # "with April 30 the last day of work": the day in apposition with the last day of work named
    r"|^,?\s+(?:being\s+|as\s+)?(?:the|their|its|our)\s+(?:last|final)\s+(?:working\s+)?day(?:\s+(?:of\s+(?:work|employment|operations?|production|business)|on\s+the\s+job|for\s+(?:staff|workers|employees|everyone|all))\b|\s*(?:[.;!)]|$))"
    # "out of work on April 30 when the Dayton plant closes": the day the site closes
    r"|^,?\s+when\s+(?:the|its|their|our)\s+(?:[\w\x27.-]+\s+){0,3}?(?:closes|shuts(?:\s+down)?|will\s+close|is\s+closed|ceases\s+operations|goes\s+dark|shutters)\b"
    # a filing told aloud: "it gives March 15 as the last day of operations"
    r"|^,?\s+as\s+(?:the|its|their|our)\s+(?:last|final)\s+(?:day|date)\b"
    # "stops production March 6 and closes": the day a site's work stops, then it closes (the sentence ends there: not a
    # window that "opens on 4 March and closes on 22 March")
    r"|^,?\s+and\s+(?:then\s+)?(?:closes|shuts\s+down|will\s+close)(?:\s+(?:for\s+good|permanently))?\s*(?:[.;!]|$)"
    # "stay on the payroll until Sept. 30, when their resignations take effect": the day the leaving takes effect (the
    # words read after a date are few: the leaving named is enough)
    r"|^,?\s+when\s+(?:their|the|his|her|our|these|those)\s+(?:resignations?|retirements?|separations?|layoffs?|terminations?|departures?|dismissals?)\b"
    # ... or the employment itself ends ("paid through June 30, when their employment ends")
    r"|^,?\s+when\s+(?:their|the|his|her|our|these|those)\s+(?:employment|jobs?|contracts?)\s+(?:ends?|will\s+end|is\s+terminated|terminates)\b",
    re.IGNORECASE,
)
# "1천1백명 감원…내달 말까지 완료": a cut told first and the day it is done by after it, as a headline puts the two in one
# line (the cut before the date, not an application: "희망퇴직 접수를 이달 말까지 완료" is a window's end)
KO_CUT_BEFORE = re.compile(r"(?:감원|감축|정리\s*해고|해고|구조\s*조정)(?:(?!신청|접수|모집)[^.\n]){0,15}$")
# (or carried out on it, "85명 정리해고, 4월 말 시행")
KO_DONE_BY_AFTER = re.compile(r"\s*까지\s*(?:(?:모두|전원|일괄)\s*)?(?:완료|마무리|마치|마친|마칠|끝내|끝낸|끝낼)|\s*(?:에|부로|자로|께)?\s*(?:시행|단행|실시)")
# "E화력발전소 3·4호기를 2027년 말까지 폐지한다": a plant, a unit or a route retired (폐지) by a day is closed then; a rule
# or a programme abolished by one ("제도를 연말까지 폐지") is not a site (the object named before the date).
KO_SITE_BEFORE = re.compile(r"(?:발전소|발전기|호기|공장|설비|노선|점포|매장|사업장)(?:을|를)\s+(?:[^\s.]+\s+){0,2}$")
KO_RETIRED_BY_AFTER = re.compile(r"\s*까지\s*(?:완전히\s*|모두\s*)?폐지(?:하|한다|된다|됩|키로|할)")
# "is laying off the whole team this Friday", "will be laid off 60 days from the date of the notice": a cut verb and its
# object just before a day named from the notice's own, which takes no "on" (dates.py checks the date's form).
EN_CUT_VERB_BEFORE = re.compile(
    r"\b(?:lay(?:s|ing)?\s+off|laid\s+off|let(?:s|ting)?\s+go|dismiss(?:es|ed|ing)?|terminat(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)"
    r"|clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?|made\s+redundant)\s+(?:[\w,\x27-]+\s+){0,6}?$",
    re.IGNORECASE,
)
# "1차로 4월 30일 60명, 2차로 6월 30일 40명을 감원한다": a wave's label, a day with the count that leaves on it, then the
# cut (not a news story's "15일 300명을 감원한다고 밝혔다", the day of the telling: the wave's label is asked for).
KO_WAVE_BEFORE = re.compile(r"(?:\d\s*차|첫\s*번째|첫\s*단계|1\s*단계)\s*(?:로|에|분|는|에는|:)?\s*$")
KO_COUNTED_CUT_AFTER = re.compile(r"\s*(?:에\s*)?[\d,]+\s*명[^.\n]{0,30}?(?:을|를)\s*(?:감원|감축|해고|내보|정리\s*해고|퇴직\s*처리)")
# "해고 예정일은 두 공장 모두 2월 28일", "퇴직일은 대상자 전원 3월 31일": a leaving day's field, then the people or sites it
# covers in up to three words before the date (not a clause: a word ending as a verb does, 않았고, 정하며, ends the field).
KO_SEPARATION_FIELD_THEN_SCOPE = re.compile(
    r"(?:퇴직|퇴사|해고|고용\s*종료|폐쇄|폐업|폐점|(?:영업|생산|가동)\s*종료|마지막\s*근무)\s*(?:예정\s*)?일(?:자)?(?:은|는)\s+"
    r"(?:[가-힣]+(?<![고며서나지다면])\s+){1,3}$"
)

# "ahead of the April 30 closure of its Dayton plant", "the plant's April 30 shutdown": a day before the leaving's noun, as
# news writes it (2026.11.28). Not the day of a notice, an announcement, a vote or a deadline about it.
EN_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|its|their|our|a|an|this)|\x27s)\s+$", re.IGNORECASE)
EN_LEAVING_NOUN_AFTER = re.compile(
    r"^\s+(?:(?:plant|store|site|mill|facility|office|branch|factory|hospital)\s+)?(?:closures?|closing|shutdown|shut-down|layoffs?|lay-offs?"
    r"|separations?|terminations?|job\s+cuts|redundancies|dismissals)\b"
    r"(?!\s+(?:notices?|announcements?|letters?|filings?|deadline|vote|hearing|meeting|date|plans?|decision|talks|news|report))",
    re.IGNORECASE,
)
# "On April 30, Hartley Foods will lay off 80 workers", "By April 30, all 80 workers will have been laid off", "As of April 30,
# the 80 workers … will no longer be employed": a day told first, its clause's verb a leaving one ahead (not a telling: "On
# March 4, the company announced it would …", the day of the telling).
EN_FRONTED_DAY_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:On|By|As\s+of|Effective|Beginning|Starting|From)\s+$")
EN_LEAVING_CLAUSE_AFTER = re.compile(  # used with .match(text, pos): no "^"
    r",?\s+(?:(?!\b(?:said|says|announced?|announces|told|tells|notified|informed|warned|confirmed|reported|disclosed|filed|revealed|unveiled)\b)[^.;!?\n]){0,80}?"
    r"\b(?:will|would|are\s+to|is\s+to|shall)\s+(?:no\s+longer\s+be\s+(?:employed|working|on\s+the\s+payroll)|(?:all\s+)?(?:have\s+)?(?:been\s+|be\s+)?(?:permanently\s+)?"
    r"(?:laid\s+off|lay\s+off|let\s+go|terminated|dismissed|made\s+redundant|separated|close|closed|shut|shut\s+down|shuttered|cease|lose|leave|left|depart|departed"
    r"|exit|retire|retired|eliminate|eliminated|cut))\b",
    re.IGNORECASE,
)

# "이천공장 문을 4월 30일 닫고", "부산점 영업을 4월 30일 마감하고", "공장 가동은 4월 30일로 끝나고": what closes named before the
# day, its verb after it (2026.11.28). Not a stop ("가동을 … 중단": a suspension's start), nor a day told to someone.
KO_CLOSED_THING_BEFORE = re.compile(r"(?:문|영업|운영|사업|매장|점포|가게|가동|공장)(?:을|를|은|는|이|가)\s*(?:오는\s+)?$")
KO_CLOSING_VERB_AFTER = re.compile(r"\s*(?:에|부로|자로|께|로)?\s*(?:닫|마감하|마감한|마감할|접(?!수|속|근|촉|종)|끝나|끝난|끝날|끝내|끝낸|종료)")

# "희망퇴직 신청을 4월 30일까지 받아 80명을 내보낸다": a day right after an application's words is the window's last day, whatever
# leaving the sentence tells after it.
KO_APPLICATION_BEFORE = re.compile(r"(?:신청|접수|모집)\s*(?:기간|기한|마감)?\s*(?:을|를|은|는|이|가|:)?\s*(?:오는\s+)?$")
