"""The headless browser the page tests share: Debian's Chromium driven by Playwright, every network
request blocked and recorded, every console error collected; a missing browser fails, never skips."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


# -- the browser ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-test-deps.sh (installs Debian's chromium) "
                    "or set KG_CHROMIUM to a Chromium binary; the browser tests must not be skipped")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install -e '.[test]'")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page loaded from a file, with what it tried to fetch and what it complained about."""

    def __init__(self, page):
        self.page = page
        self.blocked: list[str] = []
        self.errors: list[str] = []

    def js(self, expr: str):
        return self.page.evaluate(expr)

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        """Page coordinates of the middle of an edge (straight or curved), where vis-network hit-tests it."""
        return tuple(self.page.evaluate(
            """id => {
                const n = kgView.network, mid = n.canvasToDOM(n.body.edges[id].edgeType.getPoint(0.5));
                const box = document.getElementById('kg-network').getBoundingClientRect();
                return [box.left + mid.x, box.top + mid.y];
            }""", edge_id))

    def node_point(self, node_id: str) -> tuple[float, float]:
        return tuple(self.page.evaluate(
            """id => {
                const n = kgView.network, p = n.canvasToDOM(n.getPositions([id])[id]);
                const box = document.getElementById('kg-network').getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""", node_id))


@pytest.fixture()
def open_page(browser):
    opened: list[Opened] = []

    def _open(path: Path) -> Opened:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        o = Opened(page)

        def route(r):
            url = r.request.url
            if url.startswith(("file:", "data:")):
                r.continue_()
            else:
                o.blocked.append(url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: o.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: o.errors.append(f"page error: {e}"))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=30_000)
        opened.append(o)
        return o

    yield _open
    for o in opened:
        o.page.close()
        assert o.blocked == [], f"the page tried to load from the network: {o.blocked}"
        assert o.errors == [], f"the page logged errors: {o.errors}"
