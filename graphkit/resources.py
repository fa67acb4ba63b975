"""Load and validate the project's data files under ``ontologies/`` (gazetteer, cues, boilerplate).

The files are data, not code: a user adds an actor or a cue verb without touching Python.
Each loader validates its file and raises a catalogue error naming the file and the problem.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import GraphkitError
from .types import ACTOR_TYPES, PREDICATES

__all__ = ["ONTOLOGIES", "Cues", "GazetteerEntry", "load_boilerplate", "load_cues", "load_gazetteer", "load_places"]


def _ontologies() -> Path:
    """``ontologies/`` beside the package in a checkout (or an editable install), else the copy that
    a wheel installs under ``<prefix>/share/graphkit/ontologies``."""
    here = Path(__file__).resolve().parent.parent / "ontologies"
    if (here / "actors.yaml").is_file():
        return here
    return Path(sys.prefix) / "share" / "graphkit" / "ontologies"


#: The data folder the loaders read by default.
ONTOLOGIES = _ontologies()


def _load_yaml(path: Path) -> Any:
    try:
        # libyaml's C loader where PyYAML has it: ten times faster on the gazetteer
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
        raise GraphkitError("E030", path=path, msg=str(e).splitlines()[0]) from e


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    label: str
    type: str
    country: str | None
    wikidata: str | None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()


@lru_cache(maxsize=8)
def load_gazetteer(path: Path | None = None) -> dict[str, GazetteerEntry]:
    """The actor gazetteer, ``{id: entry}``, validated (types, country references, Q-ids)."""
    path = path or ONTOLOGIES / "actors.yaml"
    rows = _load_yaml(path)
    if not isinstance(rows, list):
        raise GraphkitError("E030", path=path, msg="expected a list of actors")
    out: dict[str, GazetteerEntry] = {}
    for i, r in enumerate(rows, 1):
        if not isinstance(r, dict) or not r.get("id") or not r.get("label"):
            raise GraphkitError("E030", path=path, msg=f"entry {i} lacks an id or a label")
        if r.get("type") not in ACTOR_TYPES:
            raise GraphkitError("E030", path=path, msg=f"actor {r['id']}: type {r.get('type')!r}")
        qid = r.get("wikidata")
        if qid is not None and not re.fullmatch(r"Q\d+", str(qid)):
            raise GraphkitError("E030", path=path, msg=f"actor {r['id']}: wikidata {qid!r}")
        entry = GazetteerEntry(
            id=str(r["id"]), label=str(r["label"]), type=r["type"], country=r.get("country"),
            wikidata=qid, **{k: tuple(str(a) for a in r.get(k) or ())
                             for k in ("aliases", "adjectives", "metonyms", "titles")},
        )
        if entry.id in out:
            raise GraphkitError("E030", path=path, msg=f"actor id {entry.id} repeats")
        out[entry.id] = entry
    for e in out.values():
        if e.country is not None and (e.country not in out or out[e.country].type != "Country"):
            raise GraphkitError("E030", path=path, msg=f"actor {e.id}: unknown country {e.country!r}")
    return out


@dataclass(frozen=True)
class Cues:
    """The cue lexicon: lemma → predicate with its argument frame, and actor head nouns."""

    verbs: dict[str, tuple[dict[str, Any], ...]]  # lemma -> frames, each {predicate, obj, ...}
    source_phrases: tuple[str, ...]
    negations: frozenset[str]
    hedges: frozenset[str]
    irrealis: frozenset[str]
    org_nouns: frozenset[str]
    group_nouns: frozenset[str]
    person_nouns: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    claim_nouns: frozenset[str]
    stance_nouns: frozenset[str]
    title_words: frozenset[str]
    leader_nouns: frozenset[str]
    government_nouns: frozenset[str]
    party_nouns: frozenset[str]
    affiliation_words: frozenset[str]
    blame_words: frozenset[str]
    nouns: dict[str, dict[str, Any]]  # event noun lemma → {predicate, obj: prepositions}
    light_verbs: frozenset[str]
    demand_modals: frozenset[str]
    threat_modals: frozenset[str]
    threat_verbs: frozenset[str]
    threat_preps: frozenset[str]
    wrong_nouns: frozenset[str]
    wrong_verbs: frozenset[str]
    wrong_adjectives: frozenset[str]
    denial_words: frozenset[str]
    denial_verbs: frozenset[str]
    evidence_nouns: frozenset[str]


@lru_cache(maxsize=8)
def load_cues(path: Path | None = None) -> Cues:
    """The cue lexicon (``ontologies/cues.yaml``), validated."""
    path = path or ONTOLOGIES / "cues.yaml"
    data = _load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("predicates"), dict):
        raise GraphkitError("E030", path=path, msg="expected a 'predicates' mapping")
    verbs: dict[str, list[dict[str, Any]]] = {}
    for pred, frames in data["predicates"].items():
        if pred not in PREDICATES:
            raise GraphkitError("E030", path=path, msg=f"unknown predicate {pred!r}")
        for frame in frames or ():
            frame = {"lemma": frame} if isinstance(frame, str) else dict(frame)
            if not frame.get("lemma"):
                raise GraphkitError("E030", path=path, msg=f"a {pred} cue lacks a lemma")
            frame["predicate"] = pred
            verbs.setdefault(str(frame["lemma"]), []).append(frame)
    event_nouns: dict[str, dict[str, Any]] = {}
    for pred, frames in (data.get("nouns") or {}).items():
        if pred not in PREDICATES:
            raise GraphkitError("E030", path=path, msg=f"unknown predicate {pred!r} under nouns")
        for frame in frames or ():
            if not isinstance(frame, dict) or not frame.get("lemma") or not frame.get("obj"):
                raise GraphkitError("E030", path=path, msg=f"a {pred} noun cue lacks a lemma or obj")
            event_nouns[str(frame["lemma"])] = {"predicate": pred, "obj": tuple(frame["obj"])}
    acts = data.get("stated_acts") or {}
    nouns = data.get("actor_nouns") or {}
    return Cues(
        verbs={k: tuple(v) for k, v in verbs.items()},
        source_phrases=tuple(data.get("source_phrases") or ()),
        negations=frozenset(data.get("negations") or ()),
        hedges=frozenset(data.get("hedges") or ()),
        irrealis=frozenset(data.get("irrealis") or ()),
        org_nouns=frozenset(nouns.get("Organization") or ()),
        group_nouns=frozenset(nouns.get("Group") or ()),
        person_nouns=frozenset(nouns.get("Person") or ()),
        pronouns={k: tuple(v) for k, v in (data.get("pronouns") or {}).items()},
        claim_nouns=frozenset(data.get("claim_nouns") or ()),
        stance_nouns=frozenset(data.get("stance_nouns") or ()),
        title_words=frozenset(data.get("title_words") or ()),
        leader_nouns=frozenset(data.get("leader_nouns") or ()),
        government_nouns=frozenset(data.get("government_nouns") or ()),
        party_nouns=frozenset(data.get("party_nouns") or ()),
        affiliation_words=frozenset(data.get("affiliation_words") or ()),
        blame_words=frozenset(data.get("blame_words") or ()),
        nouns=event_nouns,
        light_verbs=frozenset(data.get("light_verbs") or ()),
        demand_modals=frozenset(acts.get("demand_modals") or ()),
        threat_modals=frozenset(acts.get("threat_modals") or ()),
        threat_verbs=frozenset(acts.get("threat_verbs") or ()),
        threat_preps=frozenset(acts.get("threat_preps") or ()),
        wrong_nouns=frozenset(acts.get("wrongdoing_nouns") or ()),
        wrong_verbs=frozenset(acts.get("wrongdoing_verbs") or ()),
        wrong_adjectives=frozenset(acts.get("wrongdoing_adjectives") or ()),
        denial_words=frozenset(acts.get("denial_words") or ()),
        denial_verbs=frozenset(acts.get("denial_verbs") or ()),
        evidence_nouns=frozenset(acts.get("evidence_nouns") or ()),
    )


@lru_cache(maxsize=8)
def load_places(paths: tuple[Path, ...] | None = None) -> dict[str, str]:
    """Towns, cities and regions → country id (``places.tsv``, ``places_extra.tsv``): name as written."""
    out: dict[str, str] = {}
    for path in paths or (ONTOLOGIES / "places.tsv", ONTOLOGIES / "places_extra.tsv"):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise GraphkitError("E030", path=path, msg=str(e).splitlines()[0]) from e
        for n, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            name, sep, country = line.partition("\t")
            if not sep or not name.strip() or not country.strip():
                raise GraphkitError("E030", path=path, msg=f"line {n}: expected NAME<tab>COUNTRY-ID")
            out.setdefault(name.strip(), country.strip())
    return out


@lru_cache(maxsize=8)
def load_boilerplate(path: Path | None = None) -> re.Pattern[str]:
    """One compiled pattern that matches a whole boilerplate line."""
    path = path or ONTOLOGIES / "boilerplate.yaml"
    data = _load_yaml(path)
    lines = (data or {}).get("lines") if isinstance(data, dict) else None
    if not isinstance(lines, list) or not lines:
        raise GraphkitError("E030", path=path, msg="expected a non-empty 'lines' list")
    try:
        return re.compile("|".join(f"(?:{p})" for p in lines), re.IGNORECASE)
    except re.error as e:
        raise GraphkitError("E030", path=path, msg=f"bad pattern: {e}") from e
