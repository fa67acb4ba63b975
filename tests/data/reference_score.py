#!/usr/bin/env python3
# The team's reference scorer (../shared/eval/score.py), copied verbatim below this comment and kept
# as a test oracle: tests/test_evaluate.py checks that graphkit.evaluate gives exactly its numbers.
# Do not edit it; replace it with a new copy when the reference changes.
"""Score graphkit's extracted relations against gold annotations.

Usage:
    score.py RELATIONS.jsonl GOLD_DIR [--json] [--show-errors]

RELATIONS.jsonl holds one relation a line, as graphkit writes it:

    {"article": "000_example",              # input file name without extension, or its id
     "predicate": "claims",                 # claims|accuses|denies|threatens|attacks|supports|rejects|meets|demands
     "subject": {"id": "...", "label": "Andriy Kovalenko", "wikidata": null, "country": "Ukraine"},
     "object":  {"id": "...", "label": "...", "wikidata": "Q30"} or null,
     "content": "Putin deliberately ordered an attack on Kyiv ...",   # claims only
     "attributed_to": {"label": "..."} or null,   # whose claim a reported relation is; null = narrated
     "sentence": "the evidence sentence"}

GOLD_DIR holds entities.yaml and gold/<article>.yaml, as ANNOTATION.md describes.
Only articles that have a gold file are scored. Scores:
    claims             a claim matches a gold claim of the same source whose key words it contains (60%)
    accuses, other     (predicate, subject, object) per article, actors as in entities.yaml
    *_country          the same, with each actor rolled up to its country; a node that maps to no
                       gold actor is rolled up through its own "country" field
    entities           fragmentation: distinct node ids per gold actor (1.0 is ideal)
    attribution        over predicted relations that match a gold relation (core or optional):
                       as_fact = gold has `via` (it is somebody's claim) but the record has no
                       attributed_to; wrong_claimant = attributed to another actor; as_reported =
                       the gold relation is narrated but the record attributes it to someone
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

CLAIM_OVERLAP = 0.6
STOP = set(
    "a an the of to in on at by for from with and or but that this these those is are was were be been "
    "its it his her their our as than".split()
)


def norm(label: str | None) -> str:
    if not label:
        return ""
    s = unicodedata.normalize("NFKC", label).lower().replace("\u2019", "'")
    s = re.sub(r"'s?$", "", s.strip())
    s = re.sub(r"^the\s+", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s-]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def tokens(text: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", (text or "").lower()) if t not in STOP}


class Entities:
    def __init__(self, rows: list[dict]):
        self.by_id = {r["id"]: r for r in rows}
        self.alias: dict[str, set[str]] = defaultdict(set)
        self.qid: dict[str, str] = {}
        for r in rows:
            for a in [r["label"], *(r.get("aliases") or [])]:
                self.alias[norm(a)].add(r["id"])
            if r.get("wikidata"):
                self.qid[r["wikidata"]] = r["id"]

    def map(self, node: dict | None, prefer: set[str]) -> str | None:
        if not node:
            return None
        if node.get("wikidata") in self.qid:
            return self.qid[node["wikidata"]]
        cands = self.alias.get(norm(node.get("label")), set())
        if len(cands) > 1:
            cands = cands & prefer
        return next(iter(cands)) if len(cands) == 1 else None

    def country(self, eid: str | None) -> str | None:
        if eid is None:
            return None
        e = self.by_id[eid]
        return eid if e["type"] == "Country" else e.get("country")


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score(pred_path: Path, gold_dir: Path) -> dict:
    ents = Entities(yaml.safe_load((gold_dir / "entities.yaml").read_text()))
    gold = {}
    for f in sorted((gold_dir / "gold").glob("*.yaml")):
        doc = yaml.safe_load(f.read_text())
        gold[doc["article"]] = doc.get("relations") or []
    preds = defaultdict(list)
    bad_lines = 0
    for line in pred_path.read_text().splitlines():
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            bad_lines += 1
            continue
        if rec.get("article") in gold:
            preds[rec["article"]].append(rec)

    counts = {k: [0, 0, 0] for k in ("claims", "accuses", "accuses_country", "other", "relations_country")}
    attribution = {"matched": 0, "correct": 0, "as_fact": 0, "wrong_claimant": 0, "as_reported": 0}
    errors = []
    node_ids: dict[str, set[str]] = defaultdict(set)

    for art, rels in gold.items():
        prefer = {r["subj"] for r in rels} | {r.get("obj") for r in rels if r.get("obj")}
        # --- claims
        g_claims = [r for r in rels if r["rel"] == "claims"]
        matched: set[int] = set()
        seen = set()
        for p in preds[art]:
            s = ents.map(p.get("subject"), prefer)
            if s:
                node_ids[s].add(str((p.get("subject") or {}).get("id") or norm((p.get("subject") or {}).get("label"))))
            o = ents.map(p.get("object"), prefer)
            if o:
                node_ids[o].add(str((p.get("object") or {}).get("id") or norm((p.get("object") or {}).get("label"))))
            if p.get("predicate") != "claims":
                continue
            text = p.get("content") or p.get("sentence")
            key = (s or norm((p.get("subject") or {}).get("label")), " ".join(sorted(tokens(text))))
            if key in seen:
                continue
            seen.add(key)
            hit = None
            for i, g in enumerate(g_claims):
                gt = tokens(g["key"])
                if s == g["subj"] and gt and len(gt & tokens(text)) / len(gt) >= CLAIM_OVERLAP:
                    if hit is None or (g["core"] and i not in matched):
                        hit = i
            if hit is None:
                counts["claims"][1] += 1
                errors.append(("FP claims", art, (p.get("subject") or {}).get("label"), text))
            elif g_claims[hit]["core"] and hit not in matched:
                matched.add(hit)
                counts["claims"][0] += 1
        for i, g in enumerate(g_claims):
            if g["core"] and i not in matched:
                counts["claims"][2] += 1
                errors.append(("FN claims", art, g["subj"], g["key"]))

        # --- actor-actor relations, per actor and rolled up to countries
        def side(node):
            eid = ents.map(node, prefer)
            label = norm((node or {}).get("label"))
            if eid:
                return eid, ents.country(eid) or eid
            c = ents.map({"label": (node or {}).get("country")}, prefer) if (node or {}).get("country") else None
            c = c if c and ents.by_id[c]["type"] == "Country" else None
            return "?" + label, c or "?" + label

        # who states each gold unit: a claimant id per `via`, None where the article narrates it
        g_via: dict[tuple, set] = defaultdict(set)
        for r in rels:
            if r["rel"] != "claims" and r.get("obj"):
                g_via[(r["rel"], r["subj"], r["obj"])].add(r.get("via"))
        seen_attr = set()
        for p in preds[art]:
            if p.get("predicate") in (None, "claims"):
                continue
            unit = (p["predicate"], side(p.get("subject"))[0], side(p.get("object"))[0])
            if unit not in g_via or unit in seen_attr:
                continue
            seen_attr.add(unit)
            vias = g_via[unit]
            by = ents.map(p.get("attributed_to"), prefer) if p.get("attributed_to") else None
            attribution["matched"] += 1
            if (p.get("attributed_to") is None and None in vias) or (by is not None and by in vias):
                attribution["correct"] += 1
            elif p.get("attributed_to") is None:
                attribution["as_fact"] += 1
                errors.append(("AS FACT", art, unit, f"gold: claimed by {sorted(v for v in vias if v)}"))
            elif vias == {None}:
                attribution["as_reported"] += 1
                errors.append(("AS REPORTED", art, unit, f"narrated, got {(p.get('attributed_to') or {}).get('label')}"))
            else:
                attribution["wrong_claimant"] += 1
                errors.append(("WRONG CLAIMANT", art, unit, f"gold {sorted(v for v in vias if v)}, got {(p.get('attributed_to') or {}).get('label')}"))

        g_core = {(r["rel"], r["subj"], r["obj"]) for r in rels if r["rel"] != "claims" and r.get("obj") and r["core"]}
        g_opt = {(r["rel"], r["subj"], r["obj"]) for r in rels if r["rel"] != "claims" and r.get("obj") and not r["core"]}
        p_units, p_country = set(), set()
        for p in preds[art]:
            if p.get("predicate") in (None, "claims"):
                continue
            (s, cs), (o, co) = side(p.get("subject")), side(p.get("object"))
            p_units.add((p["predicate"], s, o))
            if cs != co:
                p_country.add((p["predicate"], cs, co))
        for bucket, sel in (("accuses", lambda u: u[0] == "accuses"), ("other", lambda u: u[0] != "accuses")):
            pc, gc, go = {u for u in p_units if sel(u)}, {u for u in g_core if sel(u)}, {u for u in g_opt if sel(u)}
            counts[bucket][0] += len(pc & gc)
            counts[bucket][1] += len(pc - gc - go)
            counts[bucket][2] += len(gc - pc)
            errors += [(f"FP {bucket}", art, u, "") for u in sorted(pc - gc - go)]
            errors += [(f"FN {bucket}", art, u, "") for u in sorted(gc - pc)]

        def roll(us):
            out = set()
            for rel, s, o in us:
                cs, co = ents.country(s) or s, ents.country(o) or o
                if cs != co:
                    out.add((rel, cs, co))
            return out

        rc, ro = roll(g_core), roll(g_opt)
        ro -= rc
        for bucket, sel in (("accuses_country", lambda u: u[0] == "accuses"), ("relations_country", lambda u: True)):
            pc, gc, go = {u for u in p_country if sel(u)}, {u for u in rc if sel(u)}, {u for u in ro if sel(u)}
            counts[bucket][0] += len(pc & gc)
            counts[bucket][1] += len(pc - gc - go)
            counts[bucket][2] += len(gc - pc)

    result = {k: prf(*v) for k, v in counts.items()}
    frag = [len(v) for v in node_ids.values()]
    owners: dict[str, set[str]] = defaultdict(set)
    for eid, ids in node_ids.items():
        for i in ids:
            owners[i].add(eid)
    result["entities"] = {
        "gold_entities_found": len(frag),
        "fragmentation": round(sum(frag) / len(frag), 3) if frag else None,
        "conflated_nodes": sorted(i for i, es in owners.items() if len(es) > 1),
    }
    result["attribution"] = attribution
    result["articles"] = len(gold)
    result["articles_with_output"] = sum(1 for a in gold if preds[a])
    result["bad_lines"] = bad_lines
    result["_errors"] = errors
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("relations", type=Path)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ap.add_argument("--show-errors", action="store_true", help="list every false positive and false negative")
    a = ap.parse_args()
    res = score(a.relations, a.gold_dir)
    errors = res.pop("_errors")
    if a.json:
        print(json.dumps(res))
        return 0
    print(f"articles scored: {res['articles']} (with output: {res['articles_with_output']})")
    print(f"{'':18} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for k in ("claims", "accuses", "accuses_country", "other", "relations_country"):
        r = res[k]
        print(f"{k:18} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}  {r['tp']:3} {r['fp']:3} {r['fn']:3}")
    e = res["entities"]
    print(f"entities: {e['gold_entities_found']} found, fragmentation {e['fragmentation']} node ids per actor, "
          f"{len(e['conflated_nodes'])} nodes conflate actors")
    at = res["attribution"]
    print(f"attribution: {at['matched']} matched relations, {at['correct']} right, {at['as_fact']} claims written as facts, "
          f"{at['wrong_claimant']} wrong claimant, {at['as_reported']} narrated written as claims")
    if a.show_errors:
        for kind, art, who, what in errors:
            print(f"{kind:14} {art}: {who} :: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
