"""The web UI in real headless Chromium (Debian's ``chromium``, driven by Playwright with
``executable_path``; ``make test`` installs it).  The store holds the project's demo wire
story, one hostile article written here and, where ../shared is here, MEANTIME's dev
articles (they fill the charts and screenshots; no assertion reads them).  Screenshots go to $WIRETRACE_SCREENSHOTS when set (``make screenshots`` sets it to
docs/screenshots)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from .conftest import DEMO, DEMO_PUBLISHED, MEANTIME

CHROMIUM = os.environ.get("WIRETRACE_CHROMIUM") or shutil.which("chromium") or \
    "/usr/bin/chromium"
# Flags for a closed network: no background calls home, no sandbox when run as root.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = ('Hostile page\n\nThe mayor said <script>window.pwned = 1; document.title = "pwned"'
           '</script> and <img src=x onerror="window.pwned = 2"> and " onmouseover="window.'
           'pwned = 3" x=" were in a statement on Monday, officials said.')

if not Path(CHROMIUM).exists():
    if os.environ.get("WIRETRACE_SKIP_BROWSER") == "1":
        pytest.skip("WIRETRACE_SKIP_BROWSER=1", allow_module_level=True)
    raise RuntimeError(f"no Chromium at {CHROMIUM}: run 'make browser' (Debian's chromium "
                       "package) or set WIRETRACE_CHROMIUM")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, nlp):
    import uvicorn

    from wiretrace.eval.meantime_read import read_directory, read_document
    from wiretrace.ingest import Ingest
    from wiretrace.read import ReadOk
    from wiretrace.read.text import from_text
    from wiretrace.store import Store
    from wiretrace.web import create_app

    db = str(tmp_path_factory.mktemp("ui") / "ui.db")
    # MEANTIME's articles fill the charts where ../shared is here; the tests read only the
    # articles written for the project
    articles = [read_document(p).article for p in read_directory(MEANTIME)] \
        if MEANTIME.is_dir() else []
    articles.append(from_text(DEMO.read_text(encoding="utf-8"), id="demo-wire",
                              published=DEMO_PUBLISHED, outlet="Harbourline Wire"))
    articles.append(from_text(HOSTILE, id="hostile", published="2024-06-04"))
    job = Ingest(Store(db), nlp=nlp)
    job.ingest_results(ReadOk(a.id, a) for a in articles)
    assert job.stats["stored"] == len(articles)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(db, token="ui-token-0123456789", nlp=nlp)
    server = uvicorn.Server(uvicorn.Config(app,
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.problems = []  # script errors and CSP violations: none are expected
    page.on("pageerror", lambda exc: page.problems.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(msg.text))
    yield page
    context.close()


def shoot(page, name: str) -> None:
    folder = os.environ.get("WIRETRACE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def test_article_page_shows_the_meeting_with_its_chain(page, base_url):
    page.goto(f"{base_url}/articles/demo-wire")
    # the photo caption and credit are shown, greyed out, and no event is marked in them
    caption = page.locator(".hl-removed", has_text="Workers unload containers").first
    assert caption.is_visible()
    assert caption.evaluate("e => getComputedStyle(e).color") == "rgb(158, 158, 158)"
    assert page.locator(".hl-removed a.hl-trigger, a.hl-trigger.hl-removed").count() == 0
    # the body's first "met": click it
    met = page.locator("a.hl-trigger", has_text="met").filter(
        has_not_text="metal").first
    panel_id = "event-" + met.get_attribute("data-event")
    assert not page.locator(f"#{panel_id}").is_visible()
    met.click()
    panel = page.locator(f"#{panel_id}")
    panel.wait_for(state="visible")
    assert "CONSULT" in panel.locator(".ev-type").inner_text()
    actors = panel.locator(".ev-actors").inner_text()
    assert "Tarek Mansour" in actors and "Officials" in actors
    assert "certain" in panel.locator(".ev-factuality").inner_text()
    chain = [li.inner_text() for li in panel.locator("ol.chain > li").all()]
    names = [c.split("\n")[0] for c in chain]
    assert names[0].startswith("Harbourline Wire")
    herald = next(i for i, n in enumerate(names) if "Coastal Herald" in n)
    report = next(i for i, n in enumerate(names) if n.startswith("report"))
    assert 0 < herald < report == len(names) - 1
    assert "chosen" in met.get_attribute("class")
    shoot(page, "article")
    assert page.problems == []


def test_events_page_filters_and_links_each_row_to_its_sentence(page, base_url):
    page.goto(f"{base_url}/events")
    assert page.locator("svg.chart rect.bar").count() > 0
    page.select_option("select[name=type]", "CONSULT")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**type=CONSULT**")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() > 0
    types = {r.locator("td").nth(1).inner_text() for r in rows.all()}
    assert types == {"CONSULT"}
    shoot(page, "events")
    link = rows.first.locator("a.to-sentence")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url("**/articles/**")
    assert page.locator(f"#{target}").is_visible()
    assert "CONSULT" in page.locator(f"#{target} .ev-type").inner_text()
    assert page.problems == []


def test_actor_page_shows_timeline_and_network(page, base_url):
    page.goto(f"{base_url}/actors?q=Mansour")
    page.locator("table.rows a", has_text="Tarek Mansour").first.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("h1").inner_text() == "Tarek Mansour"
    assert page.locator("#timeline tbody tr").count() >= 1
    assert page.locator("svg.network a.node").count() >= 1
    partners = page.locator("#counterparts tbody").inner_text()
    assert "CONSULT" in partners
    shoot(page, "actor")
    page.locator("svg.network a.node").first.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("#timeline tbody tr").count() >= 1
    assert page.problems == []


def test_sources_page_counts_who_is_cited(page, base_url):
    page.goto(f"{base_url}/sources")
    outlets = page.locator("#outlets tbody").inner_text().lower()
    assert "coastal herald" in outlets
    kinds = page.locator("#named-sources tbody").inner_text()
    assert "anonymous" in kinds and "official" in kinds
    shoot(page, "sources")
    page.goto(f"{base_url}/")
    assert "articles" in page.locator(".counts").inner_text()
    shoot(page, "home")
    assert page.problems == []


def test_hostile_article_text_runs_nothing(page, base_url):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{base_url}/articles/hostile")
    text = page.locator("article.text").inner_text()
    assert "<script>window.pwned = 1" in text and "<img src=x onerror=" in text
    page.locator("article.text").hover()
    page.mouse.move(300, 300)
    assert page.evaluate("window.pwned") is None
    assert page.title() != "pwned" and dialogs == []
    assert page.locator("article.text img, article.text script").count() == 0


def _rows(page) -> list:
    return page.locator("#events-table tbody tr").all()


def test_events_open_on_coded_events_that_happened_newest_first(page, base_url):
    page.goto(f"{base_url}/events")
    rows = _rows(page)
    assert rows and all("coded" == r.get_attribute("class") for r in rows)
    types = [r.locator("td.type").inner_text() for r in rows]
    assert "uncoded" not in types
    days = [r.get_attribute("data-last") for r in rows if r.get_attribute("data-last")]
    assert days == sorted(days, reverse=True)  # newest first
    # the toggle shows every mention, uncoded ones marked as such
    page.click("#show-all")
    page.wait_for_url("**show=all**")
    classes = {r.get_attribute("class") for r in _rows(page)}
    assert classes == {"coded", "uncoded"}
    assert page.locator("tr.uncoded td.type", has_text="uncoded").count() > 0
    assert page.problems == []


def test_events_sort_by_a_column_header(page, base_url):
    page.goto(f"{base_url}/events?show=coded")
    page.locator("#events-table th a.sort", has_text="Type").click()
    page.wait_for_url("**sort=-type**")
    types = [r.locator("td.type").inner_text() for r in _rows(page)]
    assert types == sorted(types, reverse=True) and len(set(types)) > 1
    page.locator("#events-table th a.sort", has_text="Type").click()
    page.wait_for_url("**sort=type**")
    types = [r.locator("td.type").inner_text() for r in _rows(page)]
    assert types == sorted(types)
    assert "show=coded" in page.url  # sorting keeps the filter
    page.locator("#events-table th a.sort", has_text="Date").click()
    page.wait_for_url("**sort=-date**")
    days = [r.get_attribute("data-last") for r in _rows(page) if r.get_attribute("data-last")]
    assert days == sorted(days, reverse=True)
    assert page.problems == []


def test_events_download_is_the_current_filter_as_csv(page, base_url):
    page.goto(f"{base_url}/events?type=CONSULT")
    href = page.locator("#download-csv").get_attribute("href")
    assert "type=CONSULT" in href
    answer = page.request.get(base_url + href)
    assert answer.ok and answer.headers["content-type"].startswith("text/csv")
    import csv
    import io

    table = list(csv.DictReader(io.StringIO(answer.text())))
    assert table and {r["type"] for r in table} == {"CONSULT"}
    assert len(table) >= len(_rows(page))
    assert "attachment" in answer.headers["content-disposition"]
    everything = page.request.get(f"{base_url}/events.csv?show=all")
    assert len(list(csv.DictReader(io.StringIO(everything.text())))) > len(table)
    assert page.problems == []


def test_events_chart_on_a_time_axis_and_the_map_of_places(page, base_url):
    page.goto(f"{base_url}/events?show=all")
    bars = page.locator("svg.time-chart rect.bar").all()
    assert bars
    # a bar's place says its time: later periods lie further right
    placed = sorted((b.get_attribute("data-period"), float(b.get_attribute("x")))
                    for b in bars)
    assert [x for _, x in placed] == sorted(x for _, x in placed)
    dots = page.locator("svg.map circle.place")
    assert dots.count() >= 1
    assert page.locator("svg.map path.land").count() == 1
    titles = " ".join(d.locator("title").text_content() for d in dots.all())
    assert "Italy" in titles or "Tunisia" in titles  # country names, not ISO codes
    box = page.locator("svg.map").bounding_box()
    assert box["width"] > 200 and box["height"] > 100
    shoot(page, "events-map")
    assert page.problems == []


def test_search_snippets_are_highlighted_not_bracketed(page, base_url):
    page.goto(f"{base_url}/articles?q=Mansour")
    snippet = page.locator(".snippet").first
    assert snippet.locator("mark").count() >= 1
    assert "Mansour" in snippet.locator("mark").first.inner_text()
    assert "[Mansour]" not in snippet.inner_text()
    shoot(page, "search")
    assert page.problems == []


def test_cluster_page_names_the_outlets(page, base_url):
    page.goto(f"{base_url}/events?type=CONSULT")
    page.locator("#events-table a[href^='/clusters/']").first.click()
    page.wait_for_url("**/clusters/*")
    outlets = [c.inner_text().strip() for c in page.locator("#mentions td.outlet").all()]
    assert outlets and all(outlets)
    assert "Harbourline Wire" in outlets
    shoot(page, "cluster")
    assert page.problems == []


@pytest.mark.parametrize("path", ["/articles/demo-wire", "/events", "/"])
def test_phone_layout_keeps_the_text_readable(browser, base_url, path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  device_scale_factor=2)
    phone = context.new_page()
    problems = []
    phone.on("pageerror", lambda exc: problems.append(str(exc)))
    phone.on("console", lambda msg: msg.type == "error" and problems.append(msg.text))
    phone.goto(base_url + path)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"the page scrolls sideways: {width}px"
    if path.startswith("/articles/"):
        box = phone.locator("article.text").bounding_box()
        assert box["width"] > 300, box
        met = phone.locator("a.hl-trigger", has_text="met").first
        met.click()
        panel = phone.locator(".event-panel:target")
        panel.wait_for(state="visible")
        assert panel.bounding_box()["width"] > 300
        phone.locator("article.text").scroll_into_view_if_needed()
        shoot(phone, "phone-article")
    elif path == "/events":
        assert phone.locator("svg.map").bounding_box()["width"] > 300
        shoot(phone, "phone-events")
    assert problems == []
    context.close()
