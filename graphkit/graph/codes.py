"""The codes event-data users look up: an actor's ISO 3166-1 alpha-3 country code, a relation's PLOVER event type
and mode. Both are data files under ``ontologies/``: ``iso3166.tsv`` (actor id → code) and ``plover.yaml``
(predicate → type; cue word → mode).

>>> iso3("russia"), iso3("nobody")
('RUS', None)
>>> plover("meets", "phoned"), plover("claims", "said")
({'type': 'CONSULT', 'mode': 'phone'}, None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypedDict

from ..errors import GraphkitError
from ..resources import ONTOLOGIES, load_yaml, tsv_rows
from ..types import PREDICATES, Actor

__all__ = ["PloverCode", "PloverTable", "actor_iso3", "iso3", "load_iso3", "load_plover", "plover"]


class PloverCode(TypedDict):
    """A relation's PLOVER event type (``ACCUSE``, ``CONSULT``...) and mode (None where the cue says none)."""

    type: str
    mode: str | None


@dataclass(frozen=True)
class PloverTable:
    """``plover.yaml``: each predicate's type (None: no PLOVER event), and for a predicate, cue word → code."""

    types: dict[str, str | None]
    modes: dict[str, dict[str, PloverCode]]


@lru_cache(maxsize=4)
def load_iso3(path: Path | None = None) -> dict[str, str]:
    """``iso3166.tsv``: actor id → ISO 3166-1 alpha-3 code; E030 for a bad file (a malformed or repeated code)."""
    path = path or ONTOLOGIES / "iso3166.tsv"
    rows = list(tsv_rows(path))
    if not rows or rows[0][1] != ["id", "iso3"]:
        raise GraphkitError("E030", path=path, msg="expected a header line 'id<TAB>iso3'")
    out: dict[str, str] = {}
    for n, row in rows[1:]:
        if len(row) != 2 or not re.fullmatch(r"[A-Z]{3}", row[1]) or row[0] in out or row[1] in out.values():
            raise GraphkitError("E030", path=path, msg=f"row {n}: expected a new id and a new three-letter code")
        out[row[0]] = row[1]
    return out


def iso3(key: str | None) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country whose actor key is ``key``, or None."""
    return load_iso3().get(key) if key else None


def actor_iso3(actor: Actor) -> str | None:
    """The code of ``actor``'s country (of a Country actor, its own)."""
    return iso3(actor.key if actor.type == "Country" else actor.country_key)


@lru_cache(maxsize=4)
def load_plover(path: Path | None = None) -> PloverTable:
    """``plover.yaml``, validated: every predicate typed, every mode entry a mode with its cue words."""
    path = path or ONTOLOGIES / "plover.yaml"
    raw: Any = load_yaml(path)
    types = raw.get("types") if isinstance(raw, dict) else None
    if not isinstance(types, dict) or sorted(types) != sorted(PREDICATES):
        raise GraphkitError("E030", path=path, msg=f"'types' must give each of {', '.join(PREDICATES)} a type")
    modes: dict[str, dict[str, PloverCode]] = {}
    for pred, entries in (raw.get("modes") or {}).items():
        if types.get(pred) is None or not isinstance(entries, list):
            raise GraphkitError("E030", path=path, msg=f"modes of {pred!r}: not a typed predicate's list")
        modes[pred] = {}
        for entry in entries:
            if not (
                isinstance(entry, dict) and isinstance(entry.get("mode"), str) and isinstance(entry.get("cues"), list)
            ):
                raise GraphkitError("E030", path=path, msg=f"modes of {pred!r}: expected {{mode: ..., cues: [...]}}")
            code: PloverCode = {"type": str(entry.get("type") or types[pred]), "mode": entry["mode"]}
            modes[pred].update({str(cue).lower(): code for cue in entry["cues"]})
    return PloverTable(types=dict(types), modes=modes)


def plover(predicate: str, cue: str) -> PloverCode | None:
    """The PLOVER code of a ``predicate`` relation read from ``cue``: the type of the predicate (or the one the
    cue narrows it to) and the mode the cue determines; None for a predicate with no PLOVER type (a claim)."""
    table = load_plover()
    found = table.modes.get(predicate, {}).get(cue.lower())
    if found is not None:
        return {"type": found["type"], "mode": found["mode"]}
    kind = table.types.get(predicate)
    return {"type": kind, "mode": None} if kind else None
