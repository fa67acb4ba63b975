"""The one place where graphkit mints IRIs.

IRIs are deterministic (the same input gives the same IRI), readable (``…/actor/vladimir-putin``)
and percent-safe for any id or name (quotes, spaces, non-Latin scripts, ``../``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from .types import Relation

__all__ = ["DEFAULT_BASE", "IRIs", "slug"]

DEFAULT_BASE = "https://w3id.org/graphkit/id/"


def slug(text: str) -> str:
    """``"Russia's Defence Ministry"`` → ``russia-s-defence-ministry``; non-Latin letters are kept, then
    percent-encoded; never empty, never ``.`` or ``..``."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = re.sub(r"[^\w]+", "-", s).strip("-_")
    return quote(s or "_", safe="-_")


class IRIs:
    """Mint the IRIs of one graph under ``base``."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def actor(self, key: str) -> URIRef:
        return URIRef(f"{self.base}actor/{'/'.join(slug(p) for p in key.split('/'))}")

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{slug(article_id)}")

    def _digest(self, rel: Relation) -> str:
        s, o = rel.subject, rel.object
        parts = [rel.evidence.article, rel.predicate, getattr(s, "key", ""), getattr(o, "key", "") if o else "",
                 str(rel.evidence.start), rel.content or ""]
        return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]

    def claim(self, rel: Relation) -> URIRef:
        return URIRef(f"{self.base}claim/{slug(rel.evidence.article)}/{self._digest(rel)}")

    def statement(self, rel: Relation) -> URIRef:
        return URIRef(f"{self.base}statement/{slug(rel.evidence.article)}/{self._digest(rel)}")

    def evidence(self, rel: Relation) -> URIRef:
        return URIRef(f"{self.base}evidence/{slug(rel.evidence.article)}/{rel.evidence.start}-{rel.evidence.end}")
