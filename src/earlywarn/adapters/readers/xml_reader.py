"""An XML export (a state's tracking system: <Notices><Notice>…</Notice>…</Notices>) -> a table's rows.

The record element is the repeated one that holds the most of the document's values (<Notice>, not its
<Employer> nor the <Notices> around it); each value under it is a column named by its path below the record,
its words split ('Employer Name', 'Date Received'), and the record's attributes are columns too
('status="Amended"'). Namespaces and CDATA are the parser's business; a <Summary> of totals is no record.
lxml is kept in the venv already (BeautifulSoup's parser); entities are not resolved, the network never used.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from lxml import etree

_WORD_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[_\-.]+")


def xml_rows(data: bytes) -> list[list[str]] | None:
    """A header row then a row a record; None when no element repeats with values under it."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
    root = etree.fromstring(data, parser)
    tag = _record_tag(root)
    if tag is None:
        return None
    records = [_values(element) for element in root.iter(tag)]
    columns = list(dict.fromkeys(name for values in records for name in values))
    return [columns] + [[values.get(name, "") for name in columns] for values in records]


def _record_tag(root) -> str | None:
    """The repeated tag whose elements cover the most leaf values; ties go to the more repeated one."""
    counts: Counter[str] = Counter()
    covered: defaultdict[str, int] = defaultdict(int)
    for element in root.iter(tag=etree.Element):
        counts[element.tag] += 1
        if len(element) == 0:
            for ancestor in element.iterancestors():
                covered[ancestor.tag] += 1
    repeated = [tag for tag, count in counts.items() if count > 1 and covered[tag]]
    return max(repeated, key=lambda tag: (covered[tag], counts[tag]), default=None)


def _values(record) -> dict[str, str]:
    values = {_words(name): value.strip() for name, value in record.attrib.items()}
    inside = set(record.iterdescendants(tag=etree.Element))
    for leaf in record.iter(tag=etree.Element):
        if len(leaf) or leaf is record:
            continue
        path = [_local(node.tag) for node in reversed(list(leaf.iterancestors())) if node in inside]
        name = " ".join(_words(part) for part in (*path, _local(leaf.tag)))
        values.setdefault(name, " ".join((leaf.text or "").split()))
    return values


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _words(name: str) -> str:
    """'FirstLayoffDate' -> 'First Layoff Date', 'DBA' stays, 'date_received' -> 'date received'."""
    return " ".join(part for part in _WORD_BREAK.split(_local(name)) if part)
