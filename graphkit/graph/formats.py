"""The RDF file formats a build can write, in a light module (it imports neither rdflib nor the quads), so the
command line can offer them and a build can name its files without loading what writes them
(:mod:`graphkit.graph.rdf`).

>>> FORMATS["turtle"][0]
'graph.ttl'
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from ..errors import GraphkitError

__all__ = ["FORMATS", "check_formats"]

#: format name (``--format``) → (file name, serialiser: Oxigraph's format, or "json-ld" for rdflib's)
FORMATS: dict[str, tuple[str, ox.RdfFormat | str]] = {
    "turtle": ("graph.ttl", ox.RdfFormat.TURTLE),
    "trig": ("graph.trig", ox.RdfFormat.TRIG),
    "json-ld": ("graph.jsonld", "json-ld"),
    "nt": ("graph.nt", ox.RdfFormat.N_TRIPLES),
}


def check_formats(formats: Iterable[str]) -> list[str]:
    """The format names, each once, in order; E043 for a name not in :data:`FORMATS`.

    >>> check_formats(["turtle", "nt", "turtle"])
    ['turtle', 'nt']
    """
    out = list(dict.fromkeys(formats))
    for fmt in out:
        if fmt not in FORMATS:
            raise GraphkitError("E043", name=fmt, names=", ".join(FORMATS))
    return out
