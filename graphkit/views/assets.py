"""What a page inlines, made safe to inline: vis-network (from pyvis's package), the explorer's own script and
styles (``explorer.js``, ``explorer.css``, package data next to this module), and the page's data as JSON.

Nothing inlined may end its ``<script>``/``<style>`` element or hold ``://``, so a page holds no URL: the
library's few URL-like strings are rewritten ``:\\/\\/`` (the same string in JavaScript), and the data's
``/`` are escaped ``\\/`` (the same string in JSON).

>>> json_for_script({"url": "https://example.org/a?b=1&c=<2>"})
'{"url":"https:\\\\/\\\\/example.org\\\\/a?b=1\\\\u0026c=\\\\u003c2\\\\u003e"}'
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyvis

from ..errors import GraphkitError

__all__ = ["csp_hash", "explorer_assets", "json_for_script", "script_safe", "vis_assets"]


def script_safe(code: str) -> str:
    """Make library JS/CSS safe to inline and free of URL-looking text.

    ``://`` only occurs in comments and string literals of the vis-network
    bundle, where ``:\\/\\/`` means the same thing.
    """
    # split("\n"), not splitlines(): the bundle has U+2028 etc. inside literals.
    lines = [ln for ln in code.split("\n") if not ln.lstrip("/*# ").startswith("sourceMappingURL")]
    code = "\n".join(lines).replace("://", ":\\/\\/")
    lowered = code.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in code:
        raise GraphkitError("E135", msg="it holds text that would end its <script> or <style> element")
    return code


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """Return (js, css) of the vis-network copy bundled with pyvis."""
    lib = Path(pyvis.__file__).resolve().parent / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"))
    if not found:
        raise GraphkitError("E135", msg=f"no vis-network under {lib}")
    js_path = found[-1]
    js = js_path.read_text(encoding="utf-8")
    css = (js_path.parent / "vis-network.css").read_text(encoding="utf-8")
    return script_safe(js), script_safe(css)


@lru_cache(maxsize=1)
def explorer_assets() -> tuple[str, str]:
    """Return (js, css) of the explorer: the search, filters, panel, timeline and export around the graph."""
    files = resources.files(__package__)
    js = files.joinpath("explorer.js").read_text(encoding="utf-8")
    css = files.joinpath("explorer.css").read_text(encoding="utf-8")
    if "://" in js + css:
        raise GraphkitError("E170", name="explorer.js/explorer.css")
    return script_safe(js), script_safe(css)


def json_for_script(data: Any) -> str:
    """JSON that cannot end a <script> element, open markup inside one, or hold a URL's ``://``."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))  # also escapes U+2028/2029
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("/", "\\/")


def csp_hash(script: str) -> str:
    """CSP source expression allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
