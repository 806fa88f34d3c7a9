"""HTML pages: a data table is read as rows; an article becomes one text notice."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from earlywarn.adapters.readers.headers import (MIN_SCORE, HeaderSynonyms, best_field, header_row_score,
                                                strong_fields)

_NOISE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg")
MIN_TABLE_ROWS = 3


def parse_html(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "lxml")


def main_table_rows(soup: BeautifulSoup, synonyms: HeaderSynonyms) -> list[list[str]] | None:
    """The rows of the page's data table, or None when the page is mainly prose."""
    tables = [rows for rows in (_table_rows(t) for t in soup.find_all("table")) if len(rows) >= MIN_TABLE_ROWS]
    if not tables:
        return None
    if len(notice_tables := [rows for rows in tables if _names_notice_columns(rows, synonyms)]) > 1:
        return [row for rows in notice_tables for row in rows]
    best = max(tables, key=lambda rows: (max(header_row_score(r, synonyms) for r in rows[:5]), len(rows)))
    if max(header_row_score(r, synonyms) for r in best[:5]) < 1.0 and _prose_outweighs(soup, best):
        return None
    return best


_FEWEST_NAMED_COLUMNS = 3


def _names_notice_columns(rows: list[list[str]], synonyms: HeaderSynonyms) -> bool:
    """A table headed by three notice fields named outright. A page of one table a month (nv.html, a County
    column from May on) is read whole: the tables' rows one after another, each header re-mapping the rows
    under it (sections.py) and a header repeated left out."""
    return any(len(strong_fields(row, synonyms)) >= _FEWEST_NAMED_COLUMNS for row in rows[:5])


def labelled_record_rows(soup: BeautifulSoup, synonyms: HeaderSynonyms) -> list[list[str]] | None:
    """Pages that give each notice as a block of label/value pairs (a <dl>, or a two-column table of
    'Date Received | June 8, 2024') under the company's heading, or as a card whose own label names the
    company ('Company: | Northfield Retail Group Inc.'), as a table: a header row, then a row a block.
    None when fewer than two blocks have labels that name notice fields (a contact <dl> has none); a card that
    names no company (a summary's 'Notices received | 18') is no notice."""
    blocks = [block for element in soup.find_all(["dl", "table"]) if (block := _labelled_block(element, synonyms))]
    records = [pairs for pairs in blocks if _names_notice_fields([label for label, _ in pairs], synonyms)]
    if len(records) < 2:
        return None
    # one column a field: 'Date Received' in one block and 'Date Notice Received:' in the next are the same column
    keyed = [[(_column_key(label, synonyms), value) for label, value in pairs] for pairs in records]
    columns = list(dict.fromkeys(key for pairs in keyed for key, _ in pairs))
    return [columns] + [[dict(pairs).get(column, "") for column in columns] for pairs in keyed]


def labelled_records_win(records: list[list[str]] | None, table: list[list[str]] | None) -> bool:
    """Blocks of labels beat a table of two columns (itself a block of labels: 'Date Received | June 8, 2024'),
    and a wider one only when they give more notices than it has rows."""
    if records is None:
        return False
    return table is None or max(map(len, table)) <= 2 or len(records) > len(table)


_TITLE_COLUMN = "Company"
_HEADINGS = re.compile(r"^h[1-6]$")


def _labelled_block(element: Tag, synonyms: HeaderSynonyms) -> list[tuple[str, str]] | None:
    """[(label, value), ...] with the block's heading first as the company, or None if not such a block.
    A block without a heading is one when one of its labels names the company."""
    if element.name == "dl":
        pairs = [(dt.get_text(" ", strip=True), dd.get_text(" ", strip=True))
                 for dt in element.find_all("dt") if (dd := dt.find_next_sibling("dd")) is not None]
        heading = element.find_previous_sibling(_HEADINGS)
        title = heading.get_text(" ", strip=True) if heading else ""
    else:
        rows = [tr.find_all(["td", "th"], recursive=False) for tr in element.find_all("tr")]
        if not rows or any(len(cells) > 2 for cells in rows):
            return None
        title = rows[0][0].get_text(" ", strip=True) if len(rows[0]) == 1 else ""
        pairs = [(cells[0].get_text(" ", strip=True), cells[1].get_text(" ", strip=True))
                 for cells in rows if len(cells) == 2]
    pairs = [(label.rstrip(": "), value) for label, value in pairs if label]
    if title:
        return [(_TITLE_COLUMN, title)] + pairs if len(pairs) >= 2 else None
    return pairs if len(pairs) >= 3 and any(_names_company(label, synonyms) for label, _ in pairs) else None


def _names_company(label: str, synonyms: HeaderSynonyms) -> bool:
    """A label whose best field is the company ('Company', 'Employer Name')."""
    score, name = best_field(label, synonyms)
    return name == "company" and score >= MIN_SCORE


def _names_notice_fields(labels: list[str], synonyms: HeaderSynonyms) -> bool:
    """Labels that read as a notice's header: at least a date-, count- or company-like pair of them."""
    return header_row_score(labels[1:], synonyms) >= 2 * MIN_SCORE


def _column_key(label: str, synonyms: HeaderSynonyms) -> str:
    """The canonical field a label names best (itself when none): the name the table's mapping then reads."""
    if label == _TITLE_COLUMN:
        return label
    score, name = best_field(label, synonyms)
    return name.replace("_", " ") if score >= MIN_SCORE else label


def _table_rows(table: Tag) -> list[list[str]]:
    rows = []
    has_links = False
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still to fill, text) of cells spanning rows below
    lines = [(tr, tr.find_all(["td", "th"], recursive=False)) for tr in table.find_all("tr")
             if tr.find_parent("table") is table]  # a row of a nested table belongs to that table
    if _has_sheet_gutter([cells for _, cells in lines]):
        lines = [(tr, cells[1:]) for tr, cells in lines[1:]]
    for tr, cells in lines:
        link = tr.find("a", href=True)
        has_links = has_links or (link is not None and tr.find("th") is None)
        texts = _fill_row_spans([_spanned_texts(cell) + [_row_span(cell)] for cell in cells], pending)
        is_header = tr.find("td") is None and len(cells) > 1  # one spanning <th> is a section heading
        rows.append((texts, link["href"] if link else "", is_header))
    if not has_links:
        return [texts for texts, _, _ in rows]
    return [texts + (["link"] if is_header else [href]) for texts, href, is_header in rows]


_COLUMN_LETTERS = re.compile(r"[A-Z]{1,3}")


def _has_sheet_gutter(lines: list[list[Tag]]) -> bool:
    """A sheet published to the web (Google Sheets): a row of column letters (A, B, C, …) over the table and every
    row opened by a <th> of its row number, which are the sheet's frame, not its cells."""
    if len(lines) < 2 or len(lines[0]) < 3:
        return False
    letters = [cell.get_text(strip=True) for cell in lines[0][1:]]
    if not all(_COLUMN_LETTERS.fullmatch(text) for text in letters) or letters[0] != "A":
        return False
    return all(cells and cells[0].name == "th" and (not (text := cells[0].get_text(strip=True)) or text.isdigit())
               for cells in lines[1:])


def _fill_row_spans(cells: list[list], pending: dict[int, tuple[int, str]]) -> list[str]:
    """A cell with rowspan=n ('Date Received' over the notices of one day) gives its text to the n-1 rows below,
    in its column, as a merged cell's value belongs to every row it covers."""
    texts: list[str] = []
    for *spanned, rows_spanned in cells:
        while len(texts) in pending:
            texts.append(_take_pending(pending, len(texts)))
        if rows_spanned > 1:
            pending[len(texts)] = (rows_spanned - 1, spanned[0])
        texts.extend(spanned)
    while len(texts) in pending:  # spanning cells at the row's end
        texts.append(_take_pending(pending, len(texts)))
    return texts


def _take_pending(pending: dict[int, tuple[int, str]], column: int) -> str:
    left, text = pending.pop(column)
    if left > 1:
        pending[column] = (left - 1, text)
    return text


def _row_span(cell: Tag) -> int:
    try:
        return max(1, min(int(cell.get("rowspan", 1)), 1000))
    except ValueError:
        return 1


def _spanned_texts(cell: Tag) -> list[str]:
    """A cell spanning n columns fills the first and leaves n-1 blank, as merged cells do in a sheet."""
    try:
        span = max(1, min(int(cell.get("colspan", 1)), 100))
    except ValueError:
        span = 1
    return [cell.get_text(" ", strip=True)] + [""] * (span - 1)


def _prose_outweighs(soup: BeautifulSoup, rows: list[list[str]]) -> bool:
    table_chars = sum(len(cell) for row in rows for cell in row)
    return len(article_text(soup)) > 2 * table_chars


def article_title(soup: BeautifulSoup) -> str | None:
    for selector in ('meta[property="og:title"]', 'meta[name="title"]'):
        meta = soup.select_one(selector)
        if meta and meta.get("content"):
            return meta["content"].strip()
    heading = soup.find("h1")
    if heading and heading.get_text(strip=True):
        return heading.get_text(" ", strip=True)
    return soup.title.get_text(" ", strip=True) if soup.title else None


def article_text(soup: BeautifulSoup) -> str:
    for tag in soup.find_all(_NOISE_TAGS):
        tag.decompose()
    container = soup.find("article") or soup.find("main") or soup.body or soup
    lines = (line.strip() for line in container.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)
