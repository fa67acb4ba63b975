"""A relation's confidence is the out-of-sample precision of the pattern that found it: every relation
names its pattern; the table smooths thin patterns towards their predicate; the calibration is measured on
article folds, an article never judged by a table estimated from it."""

from __future__ import annotations

import pytest

from graphkit.errors import GraphkitError
from graphkit.eval import calibrate
from graphkit.eval.calibrate import ANY, Judged, cross_validate, estimate, fold_of, table, to_tsv
from graphkit.eval.gold import GoldEntity, GoldRelation, GoldSet
from graphkit.eval.judge import judge
from graphkit.nlp.confidence import load_confidence, lookup
from graphkit.nlp.relations.content import SHAPES
from graphkit.nlp.relations.registry import registered_finders
from graphkit.nlp.relations.wrongdoing import WRONG_SHAPES

# --- the pattern on every relation ------------------------------------------------------------------

PATTERNS = [
    ("Russia accused Ukraine of shelling the plant.", "accuses", "accuses:dobj"),
    ("Ukraine was accused by Russia of shelling the plant.", "accuses", "accuses:nsubjpass"),
    ("Russia accused Ukraine of shelling the plant.", "claims", "claims:what-follows"),
    ("Vladimir Putin said that the talks had failed.", "claims", "claims:complement-clause"),
    ("The talks, Vladimir Putin said, had failed.", "claims", "claims:parenthetical"),
    ("As Vladimir Putin noted, the talks had failed.", "claims", "claims:as-clause"),
    ("According to Vladimir Putin, the talks have failed.", "claims", "claims:according-to"),
    ("In Vladimir Putin's view, the talks have failed.", "claims", "claims:possessive-view"),
    ("Vladimir Putin's position that the talks have failed is well known.", "claims", "claims:stance-noun"),
    ('"The talks have failed," Putin said. "We will not return to the table."', "claims", "claims:quotation"),
    ("Putin said Ukraine was responsible for the attack on the bridge.", "accuses", "accuses:in-claim"),
    ("Putin said Ukraine had rigged the vote.", "accuses", "accuses:wrong-verb"),
    ("Russia and Ukraine accused each other of breaking the truce.", "accuses", "accuses:reciprocal"),
    ("Vladimir Putin met with Erdogan in Ankara.", "meets", "meets:prep:with"),
    ("Russia launched an attack on Ukraine.", "attacks", "attacks:event-noun"),
    ("Russia fired missiles at Ukraine.", "attacks", "attacks:prep:at"),
    ("Ukraine demanded that Russia withdraw its troops.", "demands", "demands:ccomp-nsubj"),
    ("Russia threatened to cut gas supplies unless Ukraine paid its debts.", "threatens", "threatens:condition"),
    (
        "Ukraine accused Russia of shelling the plant. Russia denied the allegations.",
        "denies",
        "denies:previous-source",
    ),
]

#: what may follow the predicate in a pattern: an object finder, a content shape, or a rule of its own
_FINDERS = {f.replace(":WORD", "") for f in registered_finders()}
_OWN_RULES = {"according-to", "possessive-view", "stance-noun", "quotation", "in-claim", "reciprocal", "event-noun"}
_OWN_RULES |= {"place", "none", "hyphened-participle", "exchange", "received", "between", *WRONG_SHAPES}
_OWN_RULES |= {"marked-noun", "with-support", "ally-noun", "within-call", "harmed-in"}


def _known(pattern: str, predicate: str) -> bool:
    head, _, how = pattern.partition(":")
    return head == predicate and (how in SHAPES or how in _OWN_RULES or how.partition(":")[0] in _FINDERS)


@pytest.mark.parametrize(("text", "predicate", "pattern"), PATTERNS)
def test_confidence_each_kind_of_relation_names_its_pattern(relations_of, text, predicate, pattern):
    rels = [r for r in relations_of(text) if r.predicate == predicate]
    assert pattern in {r.pattern for r in rels}
    assert all(_known(r.pattern, r.predicate) for r in rels)


@pytest.mark.parametrize("text", sorted({t for t, _, _ in PATTERNS}))
def test_confidence_of_a_relation_is_its_patterns_row(relations_of, text):
    rels = relations_of(text)
    assert rels
    for r in rels:
        assert r.confidence == lookup(load_confidence(), r.pattern)
        assert 0.0 < r.confidence < 1.0


def test_confidence_every_relation_of_the_corpus_names_a_known_pattern(corpus_build):
    rels = corpus_build.relations
    assert rels
    unknown = sorted({r.pattern for r in rels if not _known(r.pattern, r.predicate)})
    assert unknown == []  # a rule added without pattern= shows here as "PREDICATE:unnamed"
    assert len({r.pattern for r in rels}) >= 10


def test_confidence_relation_without_a_pattern_gets_its_predicates_row(nlp):
    from graphkit.nlp.extract import doc_relations
    from graphkit.nlp.relations import RawRelation
    from graphkit.types import Article, Mention

    doc = nlp.make_doc("Russia accused Ukraine.")
    russia, ukraine = Mention("Russia", "Country"), Mention("Ukraine", "Country")
    doc._.gk_relations = [RawRelation("accuses", russia, ukraine, 0, 23, "accused")]
    (rel,) = doc_relations(doc, Article(id="a", text=doc.text))
    assert rel.pattern == "accuses:unnamed"
    assert rel.confidence == load_confidence()["accuses:*"]


def test_confidence_negated_cue_gives_no_relation_to_name(relations_of):
    assert relations_of("Russia did not accuse Ukraine of shelling the plant.") == []


# --- the table: lookup and smoothing -----------------------------------------------------------------


def test_confidence_unknown_pattern_falls_back_to_its_predicate_then_to_all():
    t = {"*": 0.5, "meets:*": 0.4, "meets:prep:with": 0.9}
    assert lookup(t, "meets:prep:with") == 0.9
    assert lookup(t, "meets:dobj") == 0.4
    assert lookup(t, "rejects:dobj") == 0.5


def _items(pattern: str, right: int, wrong: int, article: str = "a") -> list[Judged]:
    return [Judged(f"{article}{i}", pattern, i < right) for i in range(right + wrong)]


def test_confidence_thin_pattern_is_shrunk_towards_its_predicate():
    items = _items("accuses:dobj", 40, 10) + _items("accuses:prep:of", 1, 0)
    rows = {r.pattern: r for r in estimate(items, prior=5)}
    pred = rows["accuses:*"]
    assert (pred.judged, pred.right) == (51, 41)
    thin = rows["accuses:prep:of"]
    assert (thin.judged, thin.right) == (1, 1)
    assert pred.confidence < thin.confidence < 1.0  # one right relation is weak evidence
    assert thin.confidence == pytest.approx((1 + 5 * pred.confidence) / (1 + 5), abs=1e-3)


def test_confidence_well_supported_pattern_speaks_for_itself():
    items = _items("meets:prep:with", 900, 100) + _items("meets:dobj", 0, 50)
    rows = {r.pattern: r for r in estimate(items, prior=5)}
    assert rows["meets:prep:with"].confidence == pytest.approx(0.9, abs=0.01)
    assert rows["meets:dobj"].confidence < 0.1


def test_confidence_all_row_is_laplace_smoothed():
    rows = estimate(_items("claims:quotation", 3, 1), prior=5)
    assert rows[0].pattern == ANY and rows[0].confidence == pytest.approx((3 + 1) / (4 + 2), abs=1e-3)


def test_confidence_table_round_trips_through_its_file(tmp_path):
    rows = estimate(_items("accuses:dobj", 3, 1) + _items("claims:quotation", 2, 2))
    path = tmp_path / "confidence.tsv"
    path.write_text(to_tsv(rows), encoding="utf-8")
    assert load_confidence(path) == table(rows)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("pattern\tjudged\tright\tconfidence\naccuses:dobj\t3\t1\n", "line 2"),
        ("*\t3\t1\t1.5\n", "line 1"),
        ("*\t3\t4\t0.5\n", "line 1"),
        ("accuses:dobj\t3\t1\t0.4\n", "no '*' row"),
    ],
)
def test_confidence_bad_table_is_one_line_naming_the_file(tmp_path, body, problem):
    path = tmp_path / "confidence.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(GraphkitError) as err:
        load_confidence(path)
    msg = str(err.value)
    assert err.value.code == "E030" and str(path) in msg and problem in msg and "\n" not in msg


def test_confidence_shipped_table_has_the_fallback_and_every_predicate():
    t = load_confidence()
    assert ANY in t
    for predicate in ("claims", "accuses"):
        assert f"{predicate}:{ANY}" in t


# --- judging records --------------------------------------------------------------------------------


def _gold() -> GoldSet:
    entities = {
        "russia": GoldEntity("russia", "Russia", "Country"),
        "ukraine": GoldEntity("ukraine", "Ukraine", "Country"),
        "putin": GoldEntity("putin", "Vladimir Putin", "Person", country="russia", aliases=("Putin",)),
    }
    relations = (
        GoldRelation("accuses", "russia", "ukraine", True),
        GoldRelation("meets", "putin", "ukraine", False),
        GoldRelation("claims", "putin", None, True, key="the talks had failed completely"),
    )
    return GoldSet(entities=entities, articles={"a1": relations})


def _record(predicate, subject, obj=None, content=None, article="a1"):
    node = {"id": f"urn:x:{subject}", "label": subject, "type": "Country"}
    other = {"id": f"urn:x:{obj}", "label": obj, "type": "Country"} if obj else None
    return {"article": article, "predicate": predicate, "subject": node, "object": other, "content": content}


@pytest.mark.parametrize(
    ("record", "verdict"),
    [
        (_record("accuses", "Russia", "Ukraine"), True),
        (_record("accuses", "Ukraine", "Russia"), False),
        (_record("meets", "Putin", "Ukraine"), None),  # optional in the gold
        (_record("claims", "Putin", content="Putin said the talks had failed completely"), True),
        (_record("claims", "Putin", content="the weather was fine"), False),
        (_record("accuses", "Russia", "Ukraine", article="a2"), None),  # no gold for the article
    ],
)
def test_confidence_judge_says_whether_a_record_is_right(record, verdict):
    assert judge([record], _gold()) == [verdict]


def test_confidence_claims_are_not_judged_by_a_gold_set_without_claims():
    gold = _gold()
    no_claims = GoldSet(gold.entities, {"a1": tuple(g for g in gold.articles["a1"] if g.rel != "claims")})
    assert judge([_record("claims", "Putin", content="the weather was fine")], no_claims) == [None]


# --- out of sample: article folds ---------------------------------------------------------------------


def test_confidence_folds_are_fixed_by_article_id_and_all_used():
    ids = [f"article-{n}" for n in range(200)]
    folds = [fold_of(a) for a in ids]
    assert folds == [fold_of(a) for a in ids]
    assert set(folds) == set(range(calibrate.FOLDS))


def test_confidence_an_article_is_never_judged_by_a_table_of_itself(monkeypatch):
    items = [Judged(f"art{n}", f"accuses:p{n % 7}", n % 3 != 0) for n in range(60)]
    seen: list[set[str]] = []
    real = calibrate.estimate

    def spy(train, **kw):
        train = list(train)
        seen.append({it.article for it in train})
        return real(train, **kw)

    monkeypatch.setattr(calibrate, "estimate", spy)
    cal = cross_validate(items, folds=4)
    assert len(seen) == 4 and cal.judged == len(items)
    for f, train in enumerate(seen):
        held = {it.article for it in items if fold_of(it.article, 4) == f}
        assert held and not held & train
        assert train | held == {it.article for it in items}


def test_confidence_pattern_seen_in_one_article_only_gets_the_other_folds_estimate():
    # one article's pattern is always right, but only that article has it: out of sample it cannot be
    # trusted more than the predicate's relations in the other articles (all wrong) say
    items = [Judged("lonely", "supports:dative", True)] * 20
    items += [Judged(f"other{n}", "supports:dobj", False) for n in range(40)]
    cal = cross_validate(items, folds=5)
    lonely = [b for b in cal.bins if b.count and b.right]
    assert lonely and all(b.mean_confidence < 0.5 for b in lonely)


def test_confidence_bins_and_calibration_error():
    items = [Judged(f"a{n}", "claims:x", n % 5 != 0) for n in range(1000)]  # precision 0.8 everywhere
    cal = cross_validate(items, folds=5, bins=10)
    assert len(cal.bins) == 10 and sum(b.count for b in cal.bins) == 1000
    assert [(b.low, b.high) for b in cal.bins[:2]] == [(0.0, 0.1), (0.1, 0.2)]
    full = [b for b in cal.bins if b.count]
    assert all(0.7 <= b.low <= 0.8 for b in full)  # every fold estimates about 0.8
    assert cal.ece < 0.05
    # a pattern always wrong and one always right: their relations land in the lowest and the highest bins
    split = [Judged(f"b{n}", "claims:y" if n % 2 else "claims:z", n % 2 == 0) for n in range(1000)]
    bins = [b for b in cross_validate(split, folds=5).bins if b.count]
    assert [(b.low, b.precision) for b in bins] == [(0.0, 0.0), (0.9, 1.0)]
    assert cross_validate([], folds=5).judged == 0


# --- the pattern through the cache --------------------------------------------------------------------


def test_confidence_pattern_and_confidence_survive_the_cache(tmp_path):
    from graphkit.run.cache import Cache, article_key
    from graphkit.types import Article, Evidence, Mention, MentionRelation

    art = Article(id="a", text="Russia accused Ukraine.")
    rel = MentionRelation(
        "accuses",
        Mention("Russia", "Country"),
        Mention("Ukraine", "Country"),
        Evidence("a", "Russia accused Ukraine.", 0, 23, "accused"),
        confidence=0.8,
        pattern="accuses:dobj",
    )
    with Cache(tmp_path / "c.sqlite", "fp") as cache:
        cache.put([(art, [rel])])
        assert cache.get(art) == [rel]
        value = cache.db.execute("SELECT value FROM relations").fetchone()[0]
        with cache.db:
            bad = value.replace(b'"pattern":"accuses:dobj"', b'"pattern":7')
            assert bad != value
            cache.db.execute("UPDATE relations SET value = ? WHERE key = ?", (bad, article_key(art, "fp")))
        assert cache.get(art) is None  # a row that is not what graphkit writes is extracted again
