"""How much of a corpus could skip the parser: the share of sentences (and of tokens) with no cue word and
no quotation mark, alone and with their neighbours.

    .venv/bin/python benchmarks/cue_share.py                    # the bundled corpus/
    .venv/bin/python benchmarks/cue_share.py DIR ...

A relation needs a cue (a verb or noun of ``ontologies/cues.yaml``) or a quotation, and its sentence's
neighbours can hold a claim's speaker or a pronoun's antecedent. The sentences come from spaCy's rule-based
``sentencizer`` (no model). The cue words are approximated without a lemmatizer: each lemma's regular
inflections (-s, -es, -ed, -d, -ing, -ies, -ied, the final e dropped) and a few irregular past forms. This
over-counts a little (a noun "states" matches "state"), so the shares it prints are an upper bound on what
the cue filter would keep, i.e. a lower bound on what it could skip. The table goes to stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import spacy
from throughput import read_articles

from graphkit.resources import Cues, load_cues

#: irregular past and present forms of the cue verbs (the regular ones are made by :func:`inflections`)
IRREGULAR = ("said", "says", "told", "spoke", "wrote", "made", "met", "held", "gave", "took", "sought", "thought")
QUOTES = '"“”'


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="*", type=Path, default=[Path(__file__).parent.parent / "corpus"])
    return p.parse_args(argv)


def inflections(lemma: str) -> set[str]:
    """``lemma`` and its regular inflections."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


def cue_words(cues: Cues) -> set[str]:
    """Every lower-case word form that can be (part of) a cue."""
    lemmas = set(cues.verbs) | set(cues.nouns) | cues.claim_nouns | cues.statement_nouns | cues.view_nouns
    lemmas |= cues.stance_nouns
    return {form for lemma in lemmas for word in lemma.split() for form in inflections(word)} | set(IRREGULAR)


def shares(paths: Sequence[Path], words: set[str]) -> dict[str, float]:
    """Articles, sentences, and the shares of sentences and tokens a cue filter would keep."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    n = {"articles": 0, "sentences": 0, "tokens": 0, "hit": 0, "near": 0, "hit_tokens": 0, "near_tokens": 0}
    for art in read_articles(paths):
        sents = list(nlp(art.text).sents)
        hit = [any(t.lower_ in words for t in s) or any(q in s.text for q in QUOTES) for s in sents]
        near = [any(hit[max(0, i - 1) : i + 2]) for i in range(len(hit))]
        n["articles"] += 1
        n["sentences"] += len(sents)
        n["tokens"] += sum(len(s) for s in sents)
        n["hit"] += sum(hit)
        n["near"] += sum(near)
        n["hit_tokens"] += sum(len(s) for s, h in zip(sents, hit, strict=True) if h)
        n["near_tokens"] += sum(len(s) for s, h in zip(sents, near, strict=True) if h)
    total_s, total_t = max(n["sentences"], 1), max(n["tokens"], 1)
    return {
        "articles": n["articles"],
        "sentences": n["sentences"],
        "cue sentences": n["hit"] / total_s,
        "with neighbours": n["near"] / total_s,
        "cue tokens": n["hit_tokens"] / total_t,
        "tokens with neighbours": n["near_tokens"] / total_t,
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    words = cue_words(load_cues())
    print("| corpus | articles | sentences | cue or quote | and neighbours | tokens kept | with neighbours |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in args.corpus:
        s = shares([path], words)
        print(
            f"| {path} | {s['articles']:.0f} | {s['sentences']:.0f} | {s['cue sentences']:.0%} | "
            f"{s['with neighbours']:.0%} | {s['cue tokens']:.0%} | {s['tokens with neighbours']:.0%} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
