"""HTML pages: a data table is read as rows; an article becomes one text notice."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from earlywarn.adapters.readers.headers import HeaderSynonyms, header_row_score

_NOISE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg")
MIN_TABLE_ROWS = 3


def parse_html(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "lxml")


def main_table_rows(soup: BeautifulSoup, synonyms: HeaderSynonyms) -> list[list[str]] | None:
    """The rows of the page's data table, or None when the page is mainly prose."""
    tables = [rows for rows in (_table_rows(t) for t in soup.find_all("table")) if len(rows) >= MIN_TABLE_ROWS]
    if not tables:
        return None
    best = max(tables, key=lambda rows: (max(header_row_score(r, synonyms) for r in rows[:5]), len(rows)))
    if max(header_row_score(r, synonyms) for r in best[:5]) < 1.0 and _prose_outweighs(soup, best):
        return None
    return best


def _table_rows(table: Tag) -> list[list[str]]:
    rows = []
    has_links = False
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # a row of a nested table belongs to that table
        cells = tr.find_all(["td", "th"], recursive=False)
        link = tr.find("a", href=True)
        has_links = has_links or (link is not None and tr.find("th") is None)
        texts = [text for cell in cells for text in _spanned_texts(cell)]
        is_header = tr.find("td") is None and len(cells) > 1  # one spanning <th> is a section heading
        rows.append((texts, link["href"] if link else "", is_header))
    if not has_links:
        return [texts for texts, _, _ in rows]
    return [texts + (["link"] if is_header else [href]) for texts, href, is_header in rows]


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
