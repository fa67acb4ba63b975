"""The confidence of a relation: the precision, on the development sets, of the pattern that found it.

``ontologies/confidence.tsv`` holds one row a pattern (``accuses:dobj``, ``claims:complement-clause``):
how many relations of that pattern were scored on the development sets, how many were right, and the
confidence, already smoothed towards the precision of the pattern's predicate (written ``accuses:*``),
which is smoothed towards the precision of every pattern (``*``). A pattern the table does not know gets
its predicate's row, and a predicate it does not know the ``*`` row. ``graphkit evaluate --calibrate``
writes the table (:mod:`graphkit.eval.calibrate`).

>>> table = {"*": 0.6, "accuses:*": 0.7, "accuses:dobj": 0.8}
>>> lookup(table, "accuses:dobj"), lookup(table, "accuses:prep:of"), lookup(table, "meets:prep:with")
(0.8, 0.7, 0.6)
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from ..errors import GraphkitError
from ..resources import ONTOLOGIES, tsv_rows

__all__ = ["ANY", "COLUMNS", "confidence", "load_confidence", "lookup"]

#: the row of every pattern together, and the suffix of a predicate's row (``accuses:*``)
ANY = "*"
#: the table's columns, in order
COLUMNS = ("pattern", "judged", "right", "confidence")


@lru_cache(maxsize=8)
def load_confidence(path: Path | None = None) -> dict[str, float]:
    """The confidence table, pattern → confidence; a malformed file raises E030 naming it and the line."""
    path = path or ONTOLOGIES / "confidence.tsv"
    out: dict[str, float] = {}
    for n, cells in tsv_rows(path):
        if cells == list(COLUMNS):
            continue
        value = _value(cells)
        if value is None:
            raise GraphkitError("E030", path=path, msg=f"line {n}: expected {'<tab>'.join(COLUMNS).upper()}")
        out[cells[0]] = value
    if ANY not in out:
        raise GraphkitError("E030", path=path, msg=f"no '{ANY}' row (the confidence of an unknown pattern)")
    return out


def _value(cells: list[str]) -> float | None:
    """The confidence of a row, or None when the row is malformed."""
    if len(cells) != len(COLUMNS) or not cells[0] or not (cells[1].isdigit() and cells[2].isdigit()):
        return None
    try:
        value = float(cells[3])
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 and int(cells[2]) <= int(cells[1]) else None


def lookup(table: Mapping[str, float], pattern: str) -> float:
    """The confidence of ``pattern``: its row, else its predicate's (``PREDICATE:*``), else the ``*`` row."""
    if pattern in table:
        return table[pattern]
    predicate = pattern.partition(":")[0]
    return table.get(f"{predicate}:{ANY}", table.get(ANY, 1.0))


def confidence(pattern: str) -> float:
    """The confidence of a relation found by ``pattern``, from ``ontologies/confidence.tsv``."""
    return lookup(load_confidence(), pattern)
