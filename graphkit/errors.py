"""The catalogue of every error graphkit reports, each with a code.

A user reads one line that names the file (where there is one) and the problem::

    raise GraphkitError("E002", path=path)
    # GraphkitError: [E002] corpus/a.txt: the file is empty
"""

from __future__ import annotations

import os
import re

__all__ = ["Errors", "GraphkitError", "printable"]


class Errors:
    # reading the corpus
    E001 = "{path}: no such file or directory"
    E002 = "{path}: the file is empty"
    E003 = "{path}: binary content, not a text article"
    E004 = "{path}: invalid {encoding} at byte {pos}"
    E005 = "{path}: line {line}: malformed JSON ({msg})"
    E006 = "{path}: line {line}: {msg}"
    E007 = "{path}: unsupported file type '{suffix}' (expected .txt, .md, .html, .htm or .jsonl)"
    E008 = "{path}: invalid YAML front matter ({msg})"
    E009 = "{path}: no article text could be extracted from the HTML"
    E010 = "{path}: duplicate article id '{id}' (first read from {first})"
    E011 = "{path}: cannot read the file ({msg})"
    E012 = "{path}: {size} bytes, more than the {limit} graphkit reads as one article"
    E013 = "{path}: {n} character(s) that no text may hold (control characters, lone surrogates) replaced"
    E014 = "{path}: cannot read the folder ({msg}); its files are passed over"
    E015 = "{path}: not a regular file (a FIFO, socket or device); passed over"
    E016 = "{path}: a symbolic link that loops or leads nowhere"
    E017 = "{path}: {n} hidden file(s) and folder(s) passed over ({names})"
    E018 = "{path}: the build's own output folder, inside the corpus; passed over"
    E019 = "{path}: extraction failed ({msg}); the article is skipped"
    # building
    E020 = "nothing to build: no article could be read from {paths}"
    E021 = "spaCy model '{name}' is not installed (pip install {package})"
    E022 = "spaCy model '{name}' could not be loaded ({msg})"
    E023 = "{path}: extracting the text of the HTML page took more than {seconds} s; skipped"
    # project data files
    E030 = "{path}: invalid data file ({msg})"
    # writing
    E040 = "{path}: cannot write the output ({msg})"
    E041 = "'{value}' is not a store to write (expected oxigraph:PATH, e.g. --store oxigraph:out/store)"
    E042 = "'{base}' is not an absolute IRI to mint the graph's IRIs under (e.g. https://example.org/kg/)"
    E043 = "unknown RDF format '{name}' (expected one of {names})"
    E044 = "--out {value}: the outputs are several files; give a folder to write them into"
    # evaluating against a gold set
    E050 = "{path}: not found (a gold set is a folder with entities.yaml and gold/<article>.yaml files)"
    E051 = "{path}: invalid YAML ({msg})"
    E052 = "{path}: gold file without 'article' (the id of the article it annotates)"
    E053 = "{path}: invalid gold data ({msg})"
    # views
    E060 = "{path}: no relations.jsonl here (give a build's output folder or its relations.jsonl)"
    E061 = "{path}: line {line}: not a relation record ({msg})"
    E062 = (
        "the {view} view would have {n} nodes, more than the {limit} a browser can lay out readably; "
        "narrow it with --predicate, --article or --view ego --actor NAME, or use --view countries"
    )
    E063 = "no actor '{value}' in the graph (give its label, short name or IRI)"
    E064 = "'{value}' names {n} actors ({iris}); give the IRI of one"  # also for a query's actor parameter
    E065 = "unknown view '{name}' (expected one of {names})"
    E066 = "the ego view needs an actor (--actor NAME)"
    E067 = "unknown predicate '{value}' (expected one of {names})"
    E068 = "no article '{value}' in the graph (articles: {names})"
    # the Oxigraph store
    E080 = "{path}: cannot write the Oxigraph store ({msg})"
    E081 = "{path}: exists and is not an Oxigraph store; not replacing it"
    E082 = "{path}: cannot open the Oxigraph store ({msg})"
    # querying
    E083 = "{path}: no such graph file or store"
    E084 = "{path}: unsupported graph file type '{suffix}' (expected .ttl, .trig, .nt, .nq, .jsonld, or oxigraph:PATH)"
    E085 = "{path}: invalid RDF ({msg})"
    E086 = "invalid SPARQL query: {msg}"
    E087 = "the query failed: {msg}"
    E088 = "unknown preset '{name}' (presets: {names})"
    E089 = "preset '{name}' takes {expected}; got {got} argument(s)"
    E090 = "{path}: invalid preset file ({msg})"
    E091 = "'{value}' is not a predicate (expected one of {names}, or an IRI)"
    E093 = "'{value}' is not a valid IRI ({msg})"
    E094 = "{path}: more than {limit} bytes of query text"
    E095 = "graphkit query runs read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE); {verb} is a SPARQL update"
    # building at scale: the cache, worker processes
    E100 = "{path}: cannot use the build cache ({msg}); run with --no-cache, or remove the file"
    E101 = "--jobs must be at least 1 (got {value})"
    E102 = "a worker process failed: {msg}"
    E103 = "{path}: another build (pid {pid}) is writing to this output folder; wait for it, or choose another --out"
    # extraction on a Dask cluster (graphkit build --dask)
    E110 = "--dask needs the Dask extra, which is not installed ({msg}): pip install 'graphkit-news[dask]'"
    E111 = "cannot reach the Dask scheduler at {address} ({msg})"
    E112 = "a Dask worker failed: {msg}"
    E113 = (
        "no Dask worker joined the scheduler at {address} within {timeout:g} s "
        "(start some: dask worker {address} --nthreads 1)"
    )
    E114 = "cannot start a local Dask cluster of {n} workers ({msg})"
    # drawing a view (graphkit.views.html): what the page is given must make a graph
    E130 = "duplicate node id '{id}' in the view"
    E131 = "edge {i} refers to unknown node id '{id}'"
    E132 = "unknown node type '{type}' for node '{id}' (expected one of {names})"
    E133 = "unknown predicate '{predicate}' for an edge (expected one of {names})"
    E134 = "edge weight must be an int >= 1, got {value}"
    E135 = "cannot inline the vis-network library of pyvis ({msg}); reinstall pyvis"
    # the explorer page's own script and styles (graphkit.views.assets)
    E170 = "{name} of graphkit.views holds a URL ('://'); a page must hold none: reinstall graphkit"
    # graphkit's pipeline components
    E150 = "the Doc has no doc.spans['{key}']: the gk_actors component must run before the components that read actors"
    # the event table (graphkit export) and the command line's conventions
    E160 = "writing Parquet needs pyarrow, which is not installed ({msg}): pip install 'graphkit-news[parquet]'"
    E161 = "unknown export format '{name}' (expected one of {names})"
    E162 = "no actor '{value}' in the graph ({which}: {names}); give its label, short name or IRI"
    E163 = "--out -: Parquet is binary and is not written to the terminal; give --out FILE"
    E164 = "--format {name} does not fit a {kind} query (expected one of {names})"


class GraphkitError(ValueError):
    """An error from the catalogue: ``GraphkitError("E001", path=...)``."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        template = getattr(Errors, code)
        super().__init__(f"[{code}] " + template.format(**{k: printable(v) for k, v in fields.items()}))


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(value: object) -> object:
    r"""A text field with its control characters (newlines, escapes) and lone surrogates written as escapes, so
    that an error is one line a terminal shows as it is: a file name cannot forge a second line or a colour.

    >>> printable("a\nb\x1b[31m")
    'a\\nb\\x1b[31m'
    """
    if isinstance(value, (str, os.PathLike)):
        text = os.fspath(value)
        if isinstance(text, str):
            return _UNPRINTABLE.sub(
                lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text
            )
    return value
