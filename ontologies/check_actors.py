#!/usr/bin/env python3
"""Validate the actor gazetteer: check_actors.py [ACTORS_YAML] [--gold ENTITIES_YAML ...]

The gazetteer (ontologies/actors.yaml) is a YAML list of actors, one mapping each:

    - {id: russia, label: Russia, type: Country, country: null, wikidata: Q159,
       adjectives: [Russian], metonyms: [Moscow], aliases: [Russian Federation, Russians]}

Every label, alias, metonym, title and adjective becomes a case-sensitive phrase
pattern of a spaCy entity ruler, so one string must name one actor only.

Exits 1 with one message per problem when:
  - an id is missing, is not a lowercase ascii slug (snake_case), or repeats;
  - a type is not one of Person, Organization, Country, Group;
  - a country is not null and not the id of a Country entry (a Country's own
    country must be null);
  - a label/alias/metonym/title/adjective string appears under two different ids
    (compared case-sensitively);
  - a name string is empty, or has no capital letter or digit (generic common
    nouns such as "allies" or "terrorists" make bad case-sensitive patterns);
  - wikidata is neither null nor a Q-id (^Q[0-9]+$), or one Q-id is given to two ids;
  - a non-country has adjectives or metonyms, a non-person has titles, or an
    entry has a field this format does not know.

With --gold FILE (repeatable; e.g. the shared eval entities.yaml files), also fails
when an entity there with a Q-id disagrees with this file: the same id with another
Q-id, or its label resolving (by label/alias) to an actor with another Q-id.

Prints "ok: N actors (C countries, O organizations, G groups, P persons)" on success.
"""

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

TYPES = ("Person", "Organization", "Country", "Group")
KNOWN_KEYS = {"id", "label", "type", "country", "wikidata", "adjectives", "metonyms", "titles", "aliases"}
LIST_KEYS = ("aliases", "adjectives", "metonyms", "titles")
ID_RE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[0-9]+$")


def names(entry):
    """(field, string) pairs of every pattern string of an entry."""
    out = []
    if isinstance(entry.get("label"), str):
        out.append(("label", entry["label"]))
    for key in LIST_KEYS:
        for s in entry.get(key) or []:
            out.append((key, s))
    return out


def _entry_fields(e, where, ids):
    """The id, label, type and the fields every entry must have."""
    problems = []
    eid = e.get("id")
    if not isinstance(eid, str) or not ID_RE.match(eid):
        problems.append(f"{where}: id {eid!r} is not a lowercase ascii snake_case slug")
    elif ids[eid] > 1:
        problems.append(f"{where}: id repeats ({ids[eid]} entries)")
    unknown = set(e) - KNOWN_KEYS
    if unknown:
        problems.append(f"{where}: unknown field(s) {sorted(unknown)}")
    if not isinstance(e.get("label"), str) or not e["label"].strip():
        problems.append(f"{where}: missing or empty label")
    if e.get("type") not in TYPES:
        problems.append(f"{where}: type {e.get('type')!r} is not one of {', '.join(TYPES)}")
    for key in ("country", "wikidata"):
        if key not in e:
            problems.append(f"{where}: no {key} field (use null)")
    return problems


def _entry_links(e, where, countries):
    """The country and the Wikidata id."""
    problems = []
    country = e.get("country")
    if country is not None:
        if e.get("type") == "Country":
            problems.append(f"{where}: a Country has country {country!r} (must be null)")
        elif country not in countries:
            problems.append(f"{where}: country {country!r} is not the id of a Country entry")
    q = e.get("wikidata")
    if q is not None and not (isinstance(q, str) and QID_RE.match(q)):
        problems.append(f"{where}: wikidata {q!r} is neither null nor a Q-id")
    return problems


def _entry_lists(e, where):
    """The name lists: lists, and only on the types that may have them (a bad list is emptied)."""
    problems = []
    typ = e.get("type")
    for key in LIST_KEYS:
        if key in e and e[key] is not None and not isinstance(e[key], list):
            problems.append(f"{where}: {key} is not a list")
            e[key] = []
    if typ != "Country":
        problems += [
            f"{where}: a {typ} has {key} (only countries may)" for key in ("adjectives", "metonyms") if e.get(key)
        ]
    if typ != "Person" and e.get("titles"):
        problems.append(f"{where}: a {typ} has titles (only persons may)")
    return problems


def _entry_names(e, where):
    """Every pattern string: a non-empty string, trimmed, with a capital letter or a digit."""
    problems = []
    for key, s in names(e):
        if not isinstance(s, str) or not s.strip():
            problems.append(f"{where}: empty or non-string {key} {s!r}")
        elif s != s.strip():
            problems.append(f"{where}: {key} {s!r} has leading/trailing space")
        elif not any(c.isupper() or c.isdigit() for c in s):
            problems.append(f"{where}: {key} {s!r} has no capital letter (generic common noun?)")
    return problems


def _shared(entries, values, what):
    """A value (a name string, a Q-id) that several ids share."""
    owners = defaultdict(set)
    for e in entries:
        for v in values(e):
            owners[v].add(e.get("id"))
    return [
        f"{what} {v!r} appears under several ids: {', '.join(sorted(map(str, who)))}"
        if what == "string"
        else f"{what} {v} is given to several ids: {', '.join(sorted(map(str, who)))}"
        for v, who in sorted(owners.items())
        if len(who) > 1
    ]


def check(actors):
    if not isinstance(actors, list):
        return ["top level is not a YAML list"]
    problems = [f"entry #{i + 1}: not a mapping: {e!r}" for i, e in enumerate(actors) if not isinstance(e, dict)]
    entries = [e for e in actors if isinstance(e, dict)]
    ids = Counter(e.get("id") for e in entries)
    countries = {e.get("id") for e in entries if e.get("type") == "Country"}
    for e in entries:
        where = f"{e.get('id')}" if e.get("id") else f"entry with label {e.get('label')!r}"
        problems += _entry_fields(e, where, ids)
        problems += _entry_links(e, where, countries)
        problems += _entry_lists(e, where)
        problems += _entry_names(e, where)
    problems += _shared(entries, lambda e: [s for _, s in names(e) if isinstance(s, str)], "string")
    problems += _shared(entries, lambda e: [e["wikidata"]] if isinstance(e.get("wikidata"), str) else [], "wikidata")
    return problems


def check_gold(actors, gold_path):
    problems = []
    gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8")) or []
    by_id = {e.get("id"): e for e in actors if isinstance(e, dict)}
    by_name = {}
    for e in actors:
        if isinstance(e, dict):
            for _, s in names(e):
                by_name.setdefault(s, e)
    for g in gold:
        gq = g.get("wikidata")
        if not gq:
            continue
        mine = by_id.get(g.get("id"))
        if mine and mine.get("wikidata") and mine["wikidata"] != gq:
            problems.append(f"{gold_path}: {g['id']} has {gq}, actors file has {mine['wikidata']}")
        hit = by_name.get(g.get("label"))
        if hit and hit.get("wikidata") and hit["wikidata"] != gq:
            problems.append(
                f"{gold_path}: {g['id']} ({g.get('label')!r}) has {gq}, "
                f"actors file resolves it to {hit['id']} with {hit['wikidata']}"
            )
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("actors", nargs="?", default=str(Path(__file__).with_name("actors.yaml")))
    ap.add_argument("--gold", action="append", default=[], help="entities.yaml whose Q-ids must agree")
    args = ap.parse_args(argv)

    try:
        actors = yaml.safe_load(Path(args.actors).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"cannot load {args.actors}: {exc}")
        return 1
    problems = check(actors)
    if isinstance(actors, list):
        for g in args.gold:
            problems += check_gold(actors, g)
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s) in {args.actors}")
        return 1
    n = Counter(e["type"] for e in actors)
    print(
        f"ok: {len(actors)} actors ({n['Country']} countries, {n['Organization']} organizations, "
        f"{n['Group']} groups, {n['Person']} persons)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
