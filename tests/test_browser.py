"""The pages in a real browser: Debian's Chromium, headless, driven by Playwright (its Python package, with
the system's Chromium, not a downloaded one), kept off the network: every host name but 127.0.0.1 fails to
resolve, and background networking, component updates and sync are off.

The search page answers a question; a click on a result follows the link to the entity page, whose facts
name their sources; a screenshot of each page is taken and kept as an artefact in the folder
$ANATOMY_KG_ARTEFACTS (default: test-artefacts/screenshots in the checkout), so a reviewer can look at the
pages as the browser drew them. Without Chromium the tests are skipped, except in CI (CI=true), where
.ci/run installs it and a missing browser is a failure."""

from __future__ import annotations

import os
import shutil
import urllib.parse
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OFF_NETWORK = [
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
    "--metrics-recording-only",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
]

if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium); CI installs it",
                allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "chromium is not installed: .ci/run installs Debian's chromium package"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=OFF_NETWORK, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


@pytest.fixture(scope="session")
def artefacts() -> Path:
    """Where the screenshots are kept after the run."""
    default = Path(__file__).resolve().parent.parent / "test-artefacts" / "screenshots"
    folder = Path(os.environ.get("ANATOMY_KG_ARTEFACTS", default))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def offline(run_cli, page, tmp_path):
    """Write an offline page with an `anatomy-kg` command (its -o FILE last), open it from disk, and give the
    list of every URL the page then requests; the test ends by checking that none left the disk."""
    requests: list[str] = []

    def open_page(*args: str, name: str, size: dict | None = None) -> list[str]:
        target = tmp_path / name
        done = run_cli(*args, "-o", str(target))
        assert done.returncode == 0, done.stderr
        page.on("request", lambda r: requests.append(r.url))
        if size:
            page.set_viewport_size(size)
        page.goto(target.as_uri())
        return requests

    yield open_page


def is_png(path) -> bool:
    return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 5000


def test_search_then_follow_a_link_to_an_entity_page(artefacts, served, page, tmp_path):
    question = "which muscles insert on the lesser trochanter"
    page.goto(f"{served}/search?q={urllib.parse.quote(question)}")
    assert page.title().startswith(question)
    cells = page.locator("table td a").all_inner_texts()
    assert {"iliacus", "psoas major"} <= set(cells)
    page.screenshot(path=artefacts / "search.png", full_page=True)
    page.click("table td a:text-is('iliacus')")
    page.wait_for_url(f"{served}/muscle/iliacus")
    assert page.locator("h1").inner_text() == "iliacus"
    assert page.locator("a:text-is('femoral nerve')").get_attribute("href") == "/nerve/femoral"
    assert "Moore 8e" in page.locator("table").first.inner_text()
    page.screenshot(path=artefacts / "iliacus.png", full_page=True)
    assert is_png(artefacts / "search.png") and is_png(artefacts / "iliacus.png")


def test_the_search_form_submits_and_an_unknown_word_gets_suggestions(served, page):
    page.goto(served + "/")
    page.fill("input[name=q]", "what does the superior glutel nerve supply")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "glutel" in page.locator(".error").inner_text()
    page.click("a:text-is('superior gluteal nerve')")
    page.wait_for_load_state()
    assert "superior gluteal nerve" in page.locator("h1").inner_text()


def test_an_entity_page_links_to_the_public_ontologies_and_back_into_the_graph(artefacts, served, page, tmp_path):
    page.goto(f"{served}/nerve/superior-gluteal")
    supplied = set(page.locator("table").last.locator("a").all_inner_texts())
    assert {"gluteus medius", "gluteus minimus", "tensor fasciae latae"} <= supplied
    page.click("a:text-is('gluteus minimus')")
    page.wait_for_url(f"{served}/muscle/gluteus-minimus")
    uberon = page.locator("a.mapping").first.get_attribute("href")
    assert uberon.startswith("http://purl.obolibrary.org/obo/UBERON_")
    page.screenshot(path=artefacts / "gluteus-minimus.png", full_page=True)
    assert is_png(artefacts / "gluteus-minimus.png")


def test_the_offline_explorer(artefacts, offline, kg, page, tmp_path):
    """`anatomy-kg viz` writes one file; opened from disk (no server, no network) it renders every node of the
    view, a search for "gluteus medius" focuses it, and a click on it shows its nerve."""
    from anatomy_kg.curriculum import views

    offline("viz", "--view", "muscle-nerve-root", name="explorer.html")
    html = (tmp_path / "explorer.html").read_text()
    assert "<script src=" not in html and "vis.Network" in html
    page.wait_for_function("window.explorer !== undefined")
    assert page.evaluate("explorer.nodes.length") == views.build(kg, "muscle-nerve-root").number_of_nodes()
    page.fill("#search", "gluteus medius")
    page.dispatch_event("#search", "change")
    medius = "https://w3id.org/anatomy-kg/muscle/gluteus-medius"
    assert page.evaluate("explorer.network.getSelectedNodes()") == [medius]
    page.evaluate("explorer.network.unselectAll()")
    page.locator("#facts").evaluate("e => e.innerHTML = ''")
    # a real click on the node: first move it clear of its neighbours (the layout is not deterministic)
    page.evaluate(f"explorer.network.setOptions({{physics: false}});"
                  f" explorer.network.moveNode('{medius}', 4000, 4000);"
                  f" explorer.network.focus('{medius}', {{scale: 1.5, animation: false}})")
    box = page.locator("#network").bounding_box()
    point = page.evaluate(f"explorer.network.canvasToDOM(explorer.network.getPositions(['{medius}'])['{medius}'])")
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    facts = page.locator("#facts").inner_text()
    assert "gluteus medius" in facts and "superior gluteal nerve" in facts
    page.select_option("#nerve", "superior gluteal nerve")
    visible = page.evaluate("explorer.visible")
    assert medius in visible and "https://w3id.org/anatomy-kg/muscle/gluteus-maximus" not in visible
    page.evaluate("explorer.focus('https://w3id.org/anatomy-kg/nerve/superior-gluteal')")
    supplied = sorted(r["iri"] for r in kg.nerve_supplies("superior gluteal nerve"))
    assert sorted(page.evaluate("explorer.territory")) == supplied
    page.screenshot(path=artefacts / "explorer.png")
    assert is_png(artefacts / "explorer.png")


def test_the_segmental_chart_shows_who_gives_a_disputed_segment(artefacts, offline, page, tmp_path):
    """`anatomy-kg chart -o chart.html` opened from disk: a click on gluteus medius's L4 (Gray's and Kendall
    give it, Moore does not) lists the sources on each side; nothing is fetched."""
    offline("chart", "--region", "lower-limb", name="chart.html")
    medius = "https://w3id.org/anatomy-kg/muscle/gluteus-medius"
    cell = page.locator(f'tr[data-iri="{medius}"] td[data-segment="L4"]')
    assert cell.inner_text() == "○"
    cell.click()
    facts = page.locator("#chart-facts")
    assert facts.get_attribute("data-shown") == f"{medius} L4"
    given = facts.locator("li.gives").all_inner_texts()
    assert [t.split(" gives")[0] for t in given] == ["Gray's 42e", "Kendall 5e"]
    assert facts.locator("li.omits").all_inner_texts()[0].startswith("Moore 8e does not give L4")
    page.screenshot(path=artefacts / "chart.png", full_page=True)
    assert is_png(artefacts / "chart.png")


def test_clicking_a_nerve_in_the_plexus_diagram_lights_its_territory_and_roots(artefacts, offline, kg, page, tmp_path):
    """`anatomy-kg wiring -o brachial.html` opened from disk: a real click on the axillary nerve's box lights
    deltoid and teres minor and the way back to the C5 and C6 rami, and nothing else of the plexus."""
    offline("wiring", "--plexus", "brachial", name="brachial.html", size={"width": 1600, "height": 1400})
    node_id = page.evaluate("Object.entries(wiring.data.nodes).find(([k, v]) => v.label === 'axillary nerve')[0]")
    box = page.locator(f"g.node#{node_id}").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    lit = page.evaluate("wiring.lit")
    supplied = {r["iri"] for r in kg.nerve_supplies("axillary nerve")}
    nerve = "https://w3id.org/anatomy-kg/nerve/"
    assert supplied <= set(lit)
    assert {nerve + "anterior-ramus-of-c5", nerve + "anterior-ramus-of-c6", nerve + "upper-trunk-of-brachial-plexus",
            nerve + "posterior-cord-of-brachial-plexus"} <= set(lit)
    assert nerve + "radial" not in lit and nerve + "anterior-ramus-of-c8" not in lit
    assert page.locator("g.node.on").count() == len(lit) and page.locator("g.edge.on").count() >= len(lit) - 1
    assert "deltoid" in page.locator("#facts").inner_text()
    page.screenshot(path=artefacts / "brachial.png", full_page=True)
    assert is_png(artefacts / "brachial.png")
    page.mouse.click(5, 5)
    assert page.evaluate("wiring.lit") == []


def test_the_explorer_s_layouts_legend_and_chart(artefacts, offline, kg, page, tmp_path):
    """The explorer of one region: its title names the region; the layered layout puts roots left of nerves
    left of muscles; clusters by nerve gather the muscles and a click opens one; a search finds a muscle
    inside a cluster; the legend names each kind; the chart of the same muscles opens below the network."""
    from anatomy_kg.curriculum import chart

    offline("viz", "--region", "thigh", name="thigh.html")
    page.wait_for_function("window.explorer !== undefined")
    assert page.title() == "anatomy-kg explorer: whole view, region thigh"
    assert "Muscle" in page.evaluate("explorer.legend") and "SpinalSegment" in page.evaluate("explorer.legend")
    page.select_option("#layout", "layered")
    x = page.evaluate("(() => { const p = explorer.network.getPositions(); const out = {};"
                      " for (const n of explorer.data.nodes) (out[n.kind] = out[n.kind] || []).push(p[n.id].x);"
                      " return out; })()")
    assert max(x["SpinalSegment"]) < min(x["Nerve"]) and max(x["Nerve"]) < min(x["Muscle"])
    page.select_option("#layout", "nerve")
    clusters = page.evaluate("explorer.clusters")
    femoral = "cluster:nerves:femoral nerve"
    assert femoral in clusters and page.evaluate(f"explorer.network.isCluster('{femoral}')")
    sartorius = "https://w3id.org/anatomy-kg/muscle/sartorius"
    assert page.evaluate(f"explorer.network.clustering.findNode('{sartorius}')")[0] == femoral
    page.evaluate("explorer.network.setOptions({physics: false})")
    page.evaluate(f"explorer.network.focus('{femoral}', {{scale: 1.2, animation: false}})")
    box = page.locator("#network").bounding_box()
    point = page.evaluate(f"explorer.network.canvasToDOM(explorer.network.getPositions(['{femoral}'])['{femoral}'])")
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert femoral not in page.evaluate("explorer.clusters")
    assert page.evaluate(f"explorer.network.clustering.findNode('{sartorius}')") == [sartorius]
    gracilis = "https://w3id.org/anatomy-kg/muscle/gracilis"
    assert page.evaluate(f"explorer.network.clustering.findNode('{gracilis}')")[0] != gracilis
    page.fill("#search", "gracilis")
    page.dispatch_event("#search", "change")
    assert page.evaluate("explorer.network.getSelectedNodes()") == [gracilis]
    assert not page.locator("#chart-panel").is_visible()
    page.click("#chart-toggle")
    assert page.locator("#chart-panel").is_visible()
    rows = page.locator("#chart-panel tr.row").count()
    assert rows == len(chart.build(kg, region="thigh").rows())
    page.screenshot(path=artefacts / "thigh.png")
    assert is_png(artefacts / "thigh.png")


def test_the_territory_figure_renders_offline(artefacts, offline, kg, page, tmp_path):
    """`anatomy-kg territory ... -o x.html` opened from disk: a row per muscle the lesion weakens, the weak
    actions and the disclaimer under the chart, and a click on a mark lists its sources."""
    offline("territory", "radial nerve at the radial groove", name="groove.html")
    rows = page.locator("tr.row th.muscle a").all_inner_texts()
    assert sorted(rows) == sorted(kg.lesion_effects("radial nerve at the radial groove")["muscles"])
    footer = page.locator(".chart-footer").inner_text()
    assert "Weak, all main movers lost: " in footer and "Educational use only" in footer
    page.locator('tr[data-iri$="/supinator"] td.mark').first.click()
    assert "Moore 8e gives" in page.locator("#chart-facts").inner_text()
    page.screenshot(path=artefacts / "territory-radial-groove.png", full_page=True)
    assert is_png(artefacts / "territory-radial-groove.png")
