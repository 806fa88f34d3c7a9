"""Delimited text -> rows, with the csv module (quoted newlines, any line ending)."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator
from typing import TextIO

SNIFF_CHARS = 32 * 1024
_DELIMITERS = ",;\t|"
_QUOTED = re.compile(r'"(?:[^"]|"")*"')

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long free-text cell is data, not an error


def csv_rows(stream: TextIO) -> Iterator[list[str]]:
    sample = stream.read(SNIFF_CHARS)
    dialect = sniff_dialect(sample)
    yield from csv.reader(_chain_text(sample, stream), dialect)


def sniff_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        dialect = None
    # quoted cells may hold delimiters and line breaks of their own: count on the text outside quotes
    unquoted = _QUOTED.sub('""', sample)
    first_line = next((line for line in unquoted.splitlines() if line.strip()), "")
    counted = max(_DELIMITERS, key=first_line.count)
    if dialect is None or first_line.count(dialect.delimiter) < first_line.count(counted):
        # The sniffer can be fooled by quoted multi-line cells; the header line is a steadier witness.
        return _simple_dialect(counted)
    dialect.doublequote = True
    return dialect


def _simple_dialect(delimiter: str) -> type[csv.Dialect]:
    class Detected(csv.excel):
        pass

    Detected.delimiter = delimiter
    return Detected


def _chain_text(sample: str, stream: TextIO) -> Iterator[str]:
    """Lines of the sample followed by the rest of the stream, keeping line endings for csv."""
    head_lines = list(io.StringIO(sample, newline=""))
    if not head_lines:
        return
    tail = head_lines.pop() if not head_lines[-1].endswith(("\n", "\r")) else ""
    yield from head_lines
    for line in stream:
        if tail:
            line, tail = tail + line, ""
        yield line
    if tail:
        yield tail
