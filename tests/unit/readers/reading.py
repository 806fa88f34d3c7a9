"""Reading a small input of our own the way the readers' tests need it."""

from earlywarn.adapters.readers import read_bytes
from earlywarn.domain.notices import NoticeRecord, RejectedItem


def read(data: bytes, name: str, synonyms) -> tuple[list[NoticeRecord], list[RejectedItem]]:
    """The notices and the rejected items read from `data` as a file called `name`."""
    items = list(read_bytes(data, name, "test", synonyms=synonyms).items)
    return [i for i in items if isinstance(i, NoticeRecord)], [i for i in items if isinstance(i, RejectedItem)]


def facts(notices: list[NoticeRecord]) -> list[tuple]:
    return [(n.company, n.notice_date, n.effective_date, n.jobs) for n in notices]
