"""The ingest run's progress artifact: a bar staff can watch, without a server round trip per chunk."""

import flows.ingest as ingest


def updates_recorded(monkeypatch) -> list[dict]:
    calls: list[dict] = []
    monkeypatch.setattr(ingest, "update_progress_artifact", lambda artifact_id, **values: calls.append(values))
    return calls


def test_chunks_read_within_the_interval_update_the_artifact_once_at_the_end(monkeypatch):
    calls = updates_recorded(monkeypatch)
    progress = ingest.ThrottledProgress("artifact", every_seconds=3600)
    for _ in range(12):
        progress.add_rows(2000)
    progress.finish()
    assert calls == [{"progress": 100.0, "description": "24,000 rows read"}]


def test_a_chunk_read_after_the_interval_updates_the_artifact_with_the_rows_so_far(monkeypatch):
    calls = updates_recorded(monkeypatch)
    progress = ingest.ThrottledProgress("artifact", every_seconds=0)
    progress.add_rows(2000)
    progress.add_rows(500)
    assert calls == [{"progress": 2.0, "description": "2,000 rows read"}, {"progress": 2.5, "description": "2,500 rows read"}]
