"""How long the explorer page takes to settle in headless Chromium, for synthetic graphs of N actors.

Builds a page of N actors and 1.5 N relations (``graphkit.views.records.make_view``, the ``actors`` view), opens
it from disk in the system's Chromium (driven by Playwright, network cut off) and reports the time from
navigation to the end of the layout (``window.gkStabilized``, set when vis-network's stabilisation is done), and
the time to render the page in Python.

    .venv/bin/python benchmarks/view.py                 # 150, 2,000 and 5,000 actors, 3 runs each
    .venv/bin/python benchmarks/view.py --nodes 2000 --runs 5 --json view.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def synthetic_records(n_actors: int, n_relations: int) -> list[dict[str, Any]]:
    """``n_relations`` records among ``n_actors`` actors of 40 countries, over 50 articles and 30 dates."""
    types = ["Person", "Organization", "Country", "Group"]
    actors = [
        {"id": f"urn:x:a{i}", "label": f"Actor {i}", "type": types[i % 4], "country": f"C{i % 40}", "wikidata": None}
        for i in range(n_actors)
    ]
    preds = ["accuses", "threatens", "supports", "meets", "denies"]
    records = []
    for i in range(n_relations):
        s, o = actors[i % n_actors], actors[(i * 7919 + 13) % n_actors]
        if s is o:
            o = actors[(i + 1) % n_actors]
        records.append(
            {
                "article": f"art{i % 50}",
                "predicate": preds[i % 5],
                "subject": s,
                "object": o,
                "content": None,
                "attributed_to": None,
                "sentence": f"{s['label']} and {o['label']}.",
                "cue": "and",
                "date": f"2024-03-{1 + i % 30:02d}",
                "source": f"Outlet {i % 7}",
            }
        )
    return records


def settle_ms(browser: Any, path: Path) -> float:
    """Milliseconds from navigation to the end of the layout of the page at ``path``."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
    try:
        page = context.new_page()
        page.goto(path.resolve().as_uri())
        page.wait_for_function("() => window.gkStabilized !== undefined", timeout=300_000)
        return float(page.evaluate("window.gkStabilized"))
    finally:
        context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, action="append", help="actors in the page (repeatable)")
    parser.add_argument("--runs", type=int, default=3, help="page loads per size")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from graphkit.views.records import make_view

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("no Chromium on the PATH (apt-get install chromium)", file=sys.stderr)
        return 1
    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        for n in args.nodes or [150, 2000, 5000]:
            started = time.perf_counter()
            html = make_view(synthetic_records(n, n * 3 // 2), "actors")
            render_s = time.perf_counter() - started
            path = Path(tmp) / f"view-{n}.html"
            path.write_text(html, encoding="utf-8")
            times = [settle_ms(browser, path) for _ in range(args.runs)]
            row = {"nodes": n, "render_s": round(render_s, 2), "settle_ms": [round(t) for t in times]}
            results.append(row)
            print(
                f"{n:>6,} actors  render {render_s:5.2f} s  settle median {statistics.median(times) / 1000:5.2f} s  "
                f"(min {min(times) / 1000:.2f}, max {max(times) / 1000:.2f}, {args.runs} runs)"
            )
        browser.close()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
