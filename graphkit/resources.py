"""Load and validate the project's data files under ``ontologies/`` (gazetteer, cues, boilerplate).

The files are data, not code: a user adds an actor or a cue verb without touching Python.
Each loader validates its file and raises a catalogue error naming the file and the problem.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import GraphkitError
from .lexicon import FRAME_KEYS, OBJECT_REFS, WORD_KEYS, CueFrame, Cues
from .types import ACTOR_TYPES, PREDICATES

__all__ = [
    "ONTOLOGIES",
    "CueFrame",
    "Cues",
    "GazetteerEntry",
    "cues_data",
    "load_boilerplate",
    "load_cues",
    "load_gazetteer",
    "load_places",
    "load_yaml",
    "tsv_rows",
    "word_list",
    "word_lists",
]


def _ontologies() -> Path:
    """``ontologies/`` beside the package in a checkout or editable install, else a wheel's copy (share/graphkit)."""
    here = Path(__file__).resolve().parent.parent / "ontologies"
    if (here / "actors.yaml").is_file():
        return here
    return Path(sys.prefix) / "share" / "graphkit" / "ontologies"


#: The data folder the loaders read by default.
ONTOLOGIES = _ontologies()


def load_yaml(path: Path) -> Any:
    """The YAML data of ``path``; E030 naming the file for one that cannot be read or parsed."""
    import yaml  # here, not at import: a command that reads no data file (an unchanged re-run) does not load it

    try:
        # libyaml's C loader where PyYAML has it: ten times faster on the gazetteer
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
        raise GraphkitError("E030", path=path, msg=str(e).splitlines()[0]) from e


def tsv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """A tab-separated data file's rows and line numbers, no blank or ``#`` lines (E030 if it cannot be read)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GraphkitError("E030", path=path, msg=str(e).splitlines()[0]) from e
    for n, line in enumerate(lines, 1):
        if line.strip() and not line.startswith("#"):
            yield n, line.split("\t")


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
    rows = load_yaml(path)
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
            id=str(r["id"]),
            label=str(r["label"]),
            type=r["type"],
            country=r.get("country"),
            wikidata=qid,
            **{k: tuple(str(a) for a in r.get(k) or ()) for k in ("aliases", "adjectives", "metonyms", "titles")},
        )
        if entry.id in out:
            raise GraphkitError("E030", path=path, msg=f"actor id {entry.id} repeats")
        out[entry.id] = entry
    for e in out.values():
        if e.country is not None and (e.country not in out or out[e.country].type != "Country"):
            raise GraphkitError("E030", path=path, msg=f"actor {e.id}: unknown country {e.country!r}")
    return out


def word_list(value: Any, path: Path, where: str) -> tuple[str, ...]:
    """A list of words, each a string: YAML 1.1 reads a bare on/no/off/yes/false as a boolean."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        bad = value if not isinstance(value, list) else [w for w in value if not isinstance(w, str)]
        raise GraphkitError("E030", path=path, msg=f"{where}: expected words, got {bad!r} (quote on/no/off/yes)")
    return tuple(value)


def word_lists(path: Path, keys: tuple[str, ...], *, complete: bool = False) -> dict[str, frozenset[str]]:
    """A data file of word lists (a mapping of ``keys`` only, each a list of words; every one of them when
    ``complete``), each list in lower case (E030 naming the file and the key otherwise)."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise GraphkitError("E030", path=path, msg="expected a mapping of word lists")
    unknown = sorted(set(data) - set(keys)) or sorted(set(keys) - set(data) if complete else ())
    if unknown:
        what = "unknown" if unknown[0] in data else "missing"
        raise GraphkitError("E030", path=path, msg=f"{what} key {unknown[0]!r} (expected {', '.join(keys)})")
    return {k: frozenset(w.lower() for w in word_list(data.get(k), path, k)) for k in keys}


def _frame(raw: Any, pred: str, path: Path) -> CueFrame:
    """A verb frame, from a lemma or a mapping: known keys only, each value of its kind."""
    entry = {"lemma": raw} if isinstance(raw, str) else raw
    if not isinstance(entry, dict) or not isinstance(entry.get("lemma"), str):
        raise GraphkitError("E030", path=path, msg=f"a {pred} cue lacks a lemma")
    where = f"{pred} cue {entry['lemma']!r}"
    out: dict[str, Any] = {}
    for key, value in entry.items():
        kind = FRAME_KEYS.get(key)
        if kind is bool and isinstance(value, bool) or kind is str and isinstance(value, str):
            out[key] = value
        elif kind is tuple or kind is frozenset:
            out[key] = kind(word_list(value, path, f"{where}, {key}"))
        else:
            raise GraphkitError("E030", path=path, msg=f"{where}: unknown key or bad value {key}: {value!r}")
    if "object_ref" in out and out["object_ref"] not in OBJECT_REFS:
        raise GraphkitError("E030", path=path, msg=f"{where}: object_ref is one of {', '.join(OBJECT_REFS)}")
    if "obj" in out and not out["obj"]:
        del out["obj"]  # "obj: []" is the default: the direct object
    return CueFrame(predicate=pred, **out)


def _noun_frame(raw: Any, pred: str, path: Path) -> CueFrame:
    """A noun frame: its lemma and the words that mark its object."""
    if not isinstance(raw, dict) or not isinstance(raw.get("lemma"), str) or not raw.get("obj"):
        raise GraphkitError("E030", path=path, msg=f"a {pred} noun cue lacks a lemma or obj")
    return CueFrame(predicate=pred, lemma=raw["lemma"], obj=word_list(raw["obj"], path, f"noun {raw['lemma']!r}"))


@lru_cache(maxsize=8)
def cues_data(path: Path) -> Any:
    """The YAML data of a cue lexicon file, parsed once a process for every reader of its sections
    (``load_cues``, the act lists of ``nlp/relations/acts.py``); each reader validates what it reads."""
    return load_yaml(path)


@lru_cache(maxsize=8)
def load_cues(path: Path | None = None) -> Cues:
    """The cue lexicon (``ontologies/cues.yaml``), validated: known frame keys, words as strings."""
    path = path or ONTOLOGIES / "cues.yaml"
    data = cues_data(path)
    if not isinstance(data, dict) or not isinstance(data.get("predicates"), dict):
        raise GraphkitError("E030", path=path, msg="expected a 'predicates' mapping")
    verbs: dict[str, list[CueFrame]] = {}
    for pred, frames in data["predicates"].items():
        if pred not in PREDICATES:
            raise GraphkitError("E030", path=path, msg=f"unknown predicate {pred!r}")
        for raw in frames or ():
            frame = _frame(raw, pred, path)
            verbs.setdefault(frame.lemma, []).append(frame)
    event_nouns: dict[str, CueFrame] = {}
    for pred, frames in (data.get("nouns") or {}).items():
        if pred not in PREDICATES:
            raise GraphkitError("E030", path=path, msg=f"unknown predicate {pred!r} under nouns")
        for raw in frames or ():
            frame = _noun_frame(raw, pred, path)
            event_nouns[frame.lemma] = frame

    def words(section: str, key: str) -> frozenset[str]:
        where = (data.get(section) or {}) if section else data
        return frozenset(word_list(where.get(key), path, key))

    lists = {f.name: words(*WORD_KEYS.get(f.name, ("", f.name))) for f in fields(Cues) if f.type == "frozenset[str]"}
    pronouns = data.get("pronouns") or {}
    return Cues(
        verbs={k: tuple(v) for k, v in verbs.items()},
        source_phrases=word_list(data.get("source_phrases"), path, "source_phrases"),
        pronouns={k: word_list(v, path, f"pronoun {k}") for k, v in pronouns.items()},
        nouns=event_nouns,
        path=path,
        content_verbs={k: frozenset(word_list(v, path, k)) for k, v in (data.get("content_verbs") or {}).items()},
        **lists,
    )


@lru_cache(maxsize=8)
def load_places(paths: tuple[Path, ...] | None = None) -> dict[str, str]:
    """Towns, cities and regions → country id (``places.tsv``, ``places_extra.tsv``): name as written."""
    out: dict[str, str] = {}
    for path in paths or (ONTOLOGIES / "places.tsv", ONTOLOGIES / "places_extra.tsv"):
        for n, cells in tsv_rows(path):
            name, country = cells if len(cells) == 2 else ("", "")
            if not name.strip() or not country.strip():
                raise GraphkitError("E030", path=path, msg=f"line {n}: expected NAME<tab>COUNTRY-ID")
            out.setdefault(name.strip(), country.strip())
    return out


@lru_cache(maxsize=8)
def load_boilerplate(path: Path | None = None) -> re.Pattern[str]:
    """One compiled pattern that matches a whole boilerplate line."""
    path = path or ONTOLOGIES / "boilerplate.yaml"
    data = load_yaml(path)
    lines = (data or {}).get("lines") if isinstance(data, dict) else None
    if not isinstance(lines, list) or not lines:
        raise GraphkitError("E030", path=path, msg="expected a non-empty 'lines' list")
    try:
        return re.compile("|".join(f"(?:{p})" for p in lines), re.IGNORECASE)
    except re.error as e:
        raise GraphkitError("E030", path=path, msg=f"bad pattern: {e}") from e
