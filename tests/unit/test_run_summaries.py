"""The run summaries staff read (the CLI's table after `run`, `submit` and `replay`) show withdrawn notices beside
the other counts of the response, the Korean label first as the others."""

from earlywarn.cli.operations import SUMMARY_LABELS
from earlywarn.cli.serve import REPLAY_LABELS
from earlywarn.services.respond import RespondResult
from earlywarn.services.submit import RESPONSE_KEYS, Handled


def test_the_run_summary_labels_withdrawn_notices_korean_first_after_the_attached_ones():
    keys = list(SUMMARY_LABELS)
    assert keys[keys.index("notices_attached") + 1] == "notices_withdrawn"
    assert SUMMARY_LABELS["notices_withdrawn"] == "신고 철회 (notices withdrawn)"


def test_a_submission_or_replay_summary_counts_withdrawn_notices_and_labels_every_response_count():
    summary = Handled(notice_ids=[1, 2], response=RespondResult(notices_withdrawn=2)).summary()
    assert summary["notices_withdrawn"] == 2
    assert "notices_withdrawn" in RESPONSE_KEYS
    assert set(RESPONSE_KEYS) <= set(REPLAY_LABELS)
    assert REPLAY_LABELS["notices_withdrawn"].startswith("신고 철회")
