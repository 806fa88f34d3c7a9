"""Issue 8: a real browser sees the Korean case brief in the Prefect UI.

The demo runs against a real Prefect server; headless Chromium opens the UI's artifacts page,
follows `case-1-summary` to its latest version, waits for the rendered markdown, checks the Korean
text, and saves a screenshot for the CI run."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.prefect, pytest.mark.timeout(180)]

SCREENSHOT = "prefect-ui-case-brief.png"


def _artifact(api_url: str, key: str) -> dict:
    body = json.dumps({"artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC", "limit": 1}).encode()
    request = urllib.request.Request(f"{api_url}/artifacts/filter", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        found = json.loads(response.read())
    assert found, f"no artifact {key!r} on the server"
    return found[0]


def _fonts_drawing(page, font: str, *texts: str) -> list[set[str]]:
    """The platform font families Chromium used to draw each text in the CSS `font`."""
    page.evaluate(
        """([font, texts]) => {
            texts.forEach((text, i) => {
                const probe = document.createElement('span');
                probe.id = 'font-probe-' + i;
                probe.style.font = font;
                probe.textContent = text;
                document.body.appendChild(probe);
            });
        }""",
        [font, list(texts)],
    )
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument")["root"]["nodeId"]
        families = []
        for i in range(len(texts)):
            node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": f"#font-probe-{i}"})["nodeId"]
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            families.append({font["familyName"] for font in fonts if font["glyphCount"]})
        return families
    finally:
        cdp.detach()
        page.evaluate("() => document.querySelectorAll('[id^=font-probe-]').forEach(probe => probe.remove())")


def test_case_brief_renders_in_prefect_ui(demo_server, browser_page, artifacts_dir):
    page = browser_page
    artifact = _artifact(demo_server.api_url, "case-1-summary")
    assert artifact["type"] == "markdown"
    first_line = artifact["data"].splitlines()[0]
    assert first_line.startswith("# 사례 브리핑 #1:"), first_line
    company = first_line.split(":", 1)[1].strip()  # OCI in the demo (case 1 is the spring notice)
    assert company in {"OCI", "타타대우상용차"}

    # The artifacts list, as a counselor would open it from the UI's navigation.
    page.goto(f"{demo_server.ui_url}/artifacts")
    page.get_by_text("case-1-summary", exact=True).first.click()
    page.wait_for_url(re.compile(r"/artifacts/key/case-1-summary$"))

    # The key page is a timeline of versions; its newest entry links to the rendered artifact.
    page.get_by_role("link", name=artifact["id"][:8], exact=True).click()
    page.wait_for_url(re.compile(rf"/artifacts/artifact/{artifact['id']}$"))

    heading = page.get_by_role("heading", name=f"사례 브리핑 #1: {company}")
    heading.wait_for(state="visible")
    target = artifacts_dir / SCREENSHOT
    page.screenshot(path=str(target), full_page=True)  # before the checks, so a failing run keeps it too
    print(f"screenshot: {target}")
    for korean in ("법정 기준", "상담 일정", "재취업 프로그램", "희망퇴직"):
        assert page.get_by_text(korean).first.is_visible(), f"{korean!r} is not visible on the brief"
    table = page.locator("table").first
    assert company in table.inner_text()
    assert "희망퇴직" in table.inner_text()

    # Hangul must be drawn with a real font, not boxes: ask Chromium which fonts drew a Hangul-only probe and
    # a probe of unassigned code points (boxes from the last-resort font), in the heading's style. Without a
    # Korean font both come from the same font.
    hangul_fonts, missing_glyph_fonts = _fonts_drawing(page, heading.evaluate("h => getComputedStyle(h).font"), "사례브리핑", "\u0378\u0379")
    assert hangul_fonts - missing_glyph_fonts, (
        f"Hangul is drawn as boxes by {sorted(hangul_fonts)}: install a Korean font (Debian fonts-noto-cjk)")
