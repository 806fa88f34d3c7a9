"""The text model next to the rules: loads, is deterministic, overrides the rules only when sure, and says so."""

import re
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
import yaml

from earlywarn.adapters.config_files import read_text_model
from earlywarn.domain.detection import detect, text_model
from earlywarn.domain.notices import NoticeKind, NoticeRecord
from earlywarn.domain.notices import RestructuringType as T

from .conftest import CONFIG_DIR, TODAY

SPEC = yaml.safe_load((CONFIG_DIR / "detection" / "rules.yaml").read_text(encoding="utf-8"))["text_model"]
# Sentences written for these tests (not from the eval batches): the rules see no trigger in them.
RESCUED = [
    ("한빛물산이 직원 120명에게 다음 달부터 출근하지 않아도 된다고 통보했다.", "ko"),
    ("The bakery chain told its 240 bakers their last shift will be on March 31 as every outlet goes dark for good.", "en"),
]
HARD_NEGATIVES = [
    "회사는 올해 신입사원 300명을 채용하고 직원 복지를 늘리기로 했다.",
    "The city council approved a budget that adds 40 new teaching positions next year.",
]


@pytest.fixture(scope="module")
def model():
    return read_text_model(CONFIG_DIR / "detection", {**SPEC, "enabled": True})


@pytest.fixture
def with_model(rules, model):
    return replace(rules, version=rules.version.split("+")[0] + "+" + model.version, text_model=model)


@pytest.fixture
def rules_only(rules):
    return replace(rules, version=rules.version.split("+")[0], text_model=None)


def _text(text, lang=None):
    return NoticeRecord(source="test", kind=NoticeKind.TEXT, lang=lang, text=text)


def test_the_shipped_model_loads_with_a_version_and_scores_the_same_every_time(model):
    assert model.version.startswith("model-") and model.threshold == pytest.approx(0.65)
    again = read_text_model(CONFIG_DIR / "detection", {**SPEC, "enabled": True})
    for text, _ in RESCUED:
        assert model.score(text) == model.score(text) == again.score(text)
    assert 0.0 <= model.score("").probability <= 1.0


def test_the_model_is_off_when_the_config_does_not_enable_it():
    assert read_text_model(CONFIG_DIR / "detection", {**SPEC, "enabled": False}) is None
    assert read_text_model(CONFIG_DIR / "detection", None) is None


@pytest.mark.parametrize(("text", "lang"), RESCUED)
def test_a_restructuring_text_the_rules_miss_is_rescued_with_model_evidence(with_model, rules_only, directory, text, lang):
    assert not detect(_text(text, lang), rules_only, directory, today=TODAY).is_restructuring
    detection = detect(_text(text, lang), with_model, directory, today=TODAY)
    assert detection.is_restructuring and detection.type is not T.NOT_RESTRUCTURING
    (evidence,) = [e for e in detection.evidence if e.field == "model"]
    assert "P(restructuring)" in evidence.text and "overrides the rules" in evidence.text
    assert detection.rules_version.endswith("+" + with_model.text_model.version)


def test_a_rescued_korean_notice_still_gets_its_headcount(with_model, directory):
    detection = detect(_text(RESCUED[0][0], "ko"), with_model, directory, today=TODAY)
    assert detection.type is T.LAYOFF and detection.headcount == 120


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_a_hard_negative_stays_negative_with_the_model(with_model, directory, text):
    detection = detect(_text(text), with_model, directory, today=TODAY)
    assert not detection.is_restructuring
    assert not [e for e in detection.evidence if e.field == "model"]


def test_a_rule_positive_the_model_is_sure_about_is_vetoed_with_model_evidence(with_model, rules_only, directory):
    text = "박물관은 전시 교체를 위해 하루 문을 닫는다고 밝혔다."  # a one-day closing the rules take for a closure
    assert detect(_text(text), rules_only, directory, today=TODAY).is_restructuring
    detection = detect(_text(text), with_model, directory, today=TODAY)
    assert not detection.is_restructuring and detection.type is T.NOT_RESTRUCTURING
    assert [e for e in detection.evidence if e.field == "model"]


def test_turning_the_model_off_gives_exactly_the_rules_result(with_model, rules_only, directory):
    for text, lang in [*RESCUED, *((t, None) for t in HARD_NEGATIVES)]:
        off = detect(_text(text, lang), rules_only, directory, today=TODAY)
        assert off.rules_version == rules_only.version and "+" not in off.rules_version
        assert not [e for e in off.evidence if e.field == "model"]
    clear = "타타대우상용차가 희망퇴직을 실시한다. 감축 규모는 300여명으로 알려졌다."
    assert detect(_text(clear), with_model, directory, today=TODAY).model_dump(exclude={"rules_version"}) == detect(
        _text(clear), rules_only, directory, today=TODAY
    ).model_dump(exclude={"rules_version"})


def test_official_rows_are_unaffected_by_the_model(with_model, rules_only, directory):
    row = NoticeRecord(source="warn-ia", kind=NoticeKind.TABULAR, raw={"Company": "x"}, company="Acme Foods", jobs=120,
                       is_closure=True)
    on = detect(row, with_model, directory, today=date(2024, 1, 1))
    off = detect(row, rules_only, directory, today=date(2024, 1, 1))
    assert on.model_dump(exclude={"rules_version"}) == off.model_dump(exclude={"rules_version"})
    assert on.is_restructuring and on.type is T.CLOSURE


def test_a_text_whose_trigger_the_rules_vetoed_is_never_rescued(with_model, directory, model):
    text = "The company said none of its 300 employees will lose their jobs in the merger."
    assert model.score(text).probability >= model.threshold  # the model alone would call it an event

    detection = detect(_text(text), with_model, directory, today=TODAY)

    assert not detection.is_restructuring
    assert [e for e in detection.evidence if e.field.startswith("veto:")]
    assert not [e for e in detection.evidence if e.field == "model"]


def test_a_rule_trigger_is_overruled_only_when_the_model_is_very_sure(with_model, directory, model):
    # Closures the model leans to call "no" without being sure enough to veto. Which of them it leans on moves a little
    # with each retraining (the first scored 0.45 with model-27, 0.52 with model-30), so the test takes those in range.
    closures = ["The podcast network will wind down its operations after advertisers pulled back.",
                "The newsletter will wind down its operations after advertisers pulled back.",
                "The comedy podcast will wind down its operations after advertisers pulled back."]
    unsure_no = [text for text in closures if model.veto_below < model.score(text).probability < 0.5]
    assert unsure_no

    assert [detect(_text(text), with_model, directory, today=TODAY).type for text in unsure_no] == [T.CLOSURE] * len(unsure_no)


def test_whitespace_is_collapsed_exactly_as_a_plain_substitution_would():
    every_space = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
    texts = ["", " ", "\n", "a  b", "a\tb", " a\u00a0\u3000b \n\n c ", "한 글\r\n줄", "\t", "x \t y", "a b c", every_space]
    for text in [*texts, *(f"a{space}b" for space in every_space)]:
        assert text_model._collapsed(text) == re.sub(r"\s+", " ", text)


def test_the_compact_weights_score_exactly_as_weights_indexed_by_bucket(model):
    with np.load(CONFIG_DIR / "detection" / "text_model.npz", allow_pickle=False) as data:
        arrays = dict(data)
    idf = np.full(1 << model.bits, float(arrays["default_idf"]), dtype=np.float32)
    idf[arrays["used"]] = arrays["idf"]
    coef = np.zeros((1 << model.bits, arrays["coef"].shape[1]), dtype=np.float32)
    coef[arrays["used"]] = arrays["coef"]
    for text in [*(t for t, _ in RESCUED), *HARD_NEGATIVES, "The plant closes; 80 jobs go. Ünïcode zzqx!"]:
        found, counts = text_model._counted(text_model.buckets(text, model.bits), model.bits)
        w = (1.0 + np.log(counts)).astype(np.float32) * idf[found]
        w /= float(np.sqrt(w @ w))
        z = w @ coef[found] + model.intercept
        assert model.score(text).probability == 1.0 / (1.0 + np.exp(-float(z[0])))

