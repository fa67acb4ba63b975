"""``graphkit.eval.score`` gives exactly the numbers of the team's reference scorer; ``graphkit evaluate``."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from dataclasses import astuple

import pytest
import yaml
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.eval.score import BUCKETS, PRF, score

from .conftest import DATA

ENTITIES = [
    {"id": "russia", "label": "Russia", "type": "Country", "country": None, "wikidata": "Q159", "aliases": ["Moscow"]},
    {
        "id": "usa",
        "label": "United States",
        "type": "Country",
        "country": None,
        "wikidata": "Q30",
        "aliases": ["US", "Washington"],
    },
    {"id": "ukraine", "label": "Ukraine", "type": "Country", "country": None, "wikidata": "Q212", "aliases": ["Kyiv"]},
    {
        "id": "putin",
        "label": "Vladimir Putin",
        "type": "Person",
        "country": "russia",
        "wikidata": "Q7747",
        "aliases": ["Putin"],
    },
    {
        "id": "lavrov",
        "label": "Sergei Lavrov",
        "type": "Person",
        "country": "russia",
        "wikidata": None,
        "aliases": ["Lavrov"],
    },
]
CLAIM_KEY = "troops crossed the river near the town"  # five key words: troops crossed river near town


def _gold_set(root, relations, *, article="a1"):
    """A gold set of one article under ``root``."""
    (root / "gold").mkdir(parents=True)
    (root / "entities.yaml").write_text(yaml.safe_dump(ENTITIES), encoding="utf-8")
    (root / "gold" / f"{article}.yaml").write_text(
        yaml.safe_dump({"article": article, "relations": relations}), encoding="utf-8"
    )
    return root


def _node(label, *, id=None, country=None, wikidata=None):
    return {
        "id": id or f"urn:test:{label.lower().replace(' ', '-')}",
        "label": label,
        "type": "Person",
        "country": country,
        "wikidata": wikidata,
    }


def _rel(predicate, subject, obj=None, *, content=None, article="a1"):
    return {
        "article": article,
        "predicate": predicate,
        "subject": subject,
        "object": obj,
        "content": content,
        "sentence": content or "A sentence.",
        "start": 0,
        "end": 1,
        "cue": "",
        "confidence": 1.0,
    }


RUSSIA, USA, UKRAINE = _node("Russia", wikidata="Q159"), _node("United States", wikidata="Q30"), _node("Ukraine")
PUTIN, LAVROV = _node("Putin", country="Russia"), _node("Sergei Lavrov", country="Russia")


@pytest.fixture(scope="module")
def reference():
    """The team's reference scorer, a verbatim copy kept in tests/data as the oracle."""
    spec = importlib.util.spec_from_file_location("reference_score", DATA / "reference_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _assert_agree(got, expected):
    expected = dict(expected)
    errors = expected.pop("_errors")
    assert expected.pop("bad_lines") == 0
    assert got.to_dict() == expected
    assert [astuple(e) for e in got.errors] == errors


@pytest.fixture
def scored(reference, tmp_path):
    """Score records with graphkit.eval.score, check that the reference scorer agrees, return the scores."""

    def run(records, gold_dir):
        got = score(records, gold_dir)
        jsonl = tmp_path / "relations.jsonl"
        jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        _assert_agree(got, reference.score(jsonl, gold_dir))
        return got

    return run


# --- agreement on the gold sets --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dev", "wikinews-dev", "plover"])
def test_evaluate_agrees_with_the_reference_scorer(name, gold_build, reference):
    built = gold_build(name)
    assert [json.loads(line) for line in built.jsonl.read_text(encoding="utf-8").splitlines()] == built.records
    got = score(built.records, DATA / name)
    _assert_agree(got, reference.score(built.jsonl, DATA / name))
    assert got.articles_with_output > 0


# --- the rules, on small hand-written gold sets ----------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "content", "expected"),
    [
        (PUTIN, "Troops crossed the river near the town at dawn.", PRF(1, 0, 0)),  # 5 of 5 key words
        (PUTIN, "The troops crossed a river.", PRF(1, 0, 0)),  # 3 of 5: 60%, just enough
        (PUTIN, "The troops crossed it.", PRF(0, 1, 1)),  # 2 of 5: 40%
        (LAVROV, "Troops crossed the river near the town.", PRF(0, 1, 1)),  # another source
    ],
)
def test_evaluate_claim_matches_at_60_percent_of_key_words(scored, tmp_path, subject, content, expected):
    gold = _gold_set(tmp_path / "g", [{"rel": "claims", "subj": "putin", "key": CLAIM_KEY, "core": True}])
    assert scored([_rel("claims", subject, content=content)], gold).buckets["claims"] == expected


def test_evaluate_same_claim_twice_counts_once(scored, tmp_path):
    gold = _gold_set(tmp_path / "g", [{"rel": "claims", "subj": "putin", "key": CLAIM_KEY, "core": True}])
    wrong = _rel("claims", PUTIN, content="Nothing to see here.")
    assert scored([wrong, wrong], gold).buckets["claims"] == PRF(0, 1, 1)


def test_evaluate_optional_relations_neither_help_nor_hurt(scored, tmp_path):
    gold = _gold_set(
        tmp_path / "g",
        [
            {"rel": "accuses", "subj": "russia", "obj": "usa", "core": True},
            {"rel": "attacks", "subj": "russia", "obj": "ukraine", "core": False},
            {"rel": "claims", "subj": "putin", "key": CLAIM_KEY, "core": False},
        ],
    )
    core_only = [_rel("accuses", RUSSIA, USA)]
    with_optional = [*core_only, _rel("attacks", RUSSIA, UKRAINE), _rel("claims", PUTIN, content=CLAIM_KEY)]
    without, with_ = scored(core_only, gold), scored(with_optional, gold)
    assert without.buckets == with_.buckets
    assert with_.buckets["accuses"] == PRF(1, 0, 0)
    assert with_.buckets["other"] == with_.buckets["claims"] == PRF(0, 0, 0)
    assert with_.errors == ()


@pytest.mark.parametrize(
    ("attributed_to", "verdict"),
    [
        (None, "as_fact"),  # Lavrov's claim written as what happened
        (LAVROV, "correct"),  # the claimant the gold names in via
        (PUTIN, "wrong_claimant"),
    ],
)
def test_evaluate_attribution_of_a_reported_relation(scored, tmp_path, attributed_to, verdict):
    gold = _gold_set(
        tmp_path / "g",
        [
            {"rel": "attacks", "subj": "russia", "obj": "ukraine", "via": "lavrov", "core": True},
            {"rel": "accuses", "subj": "russia", "obj": "usa", "core": True},  # narrated
        ],
    )
    reported = {**_rel("attacks", RUSSIA, UKRAINE), "attributed_to": attributed_to}
    narrated = {**_rel("accuses", RUSSIA, USA), "attributed_to": LAVROV}  # narrated, written as a claim
    counts = scored([reported, reported, narrated], gold).attribution  # a unit counts once
    assert counts.matched == 2 and counts.as_reported == 1
    assert counts.to_dict() == {"matched": 2, "correct": 0, "as_fact": 0, "wrong_claimant": 0, "as_reported": 1} | {
        verdict: 1
    }


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("Russia", PRF(1, 0, 0)),  # the unknown person's own country field rolls up to Russia
        ("Atlantis", PRF(0, 1, 1)),  # no gold actor
        ("Putin", PRF(0, 1, 1)),  # a gold actor, but not a country
    ],
)
def test_evaluate_country_roll_up_through_the_nodes_own_country(scored, tmp_path, country, expected):
    gold = _gold_set(tmp_path / "g", [{"rel": "accuses", "subj": "putin", "obj": "usa", "core": True}])
    stranger = _node("Ivan Unknownov", country=country)
    scores = scored([_rel("accuses", stranger, _node("Washington"))], gold)
    assert scores.buckets["accuses"] == PRF(0, 1, 1)  # per actor, the stranger is not Putin
    assert scores.buckets["accuses_country"] == scores.buckets["relations_country"] == expected


def test_evaluate_fragmentation_and_conflation(scored, tmp_path):
    gold = _gold_set(tmp_path / "g", [{"rel": "accuses", "subj": "russia", "obj": "usa", "core": True}])
    records = [
        _rel("claims", _node("Putin", id="n/putin"), content="One thing."),
        _rel("claims", _node("Vladimir Putin", id="n/vladimir-putin"), content="Another thing."),  # a 2nd node
        _rel("accuses", _node("Russia", id="n/russia"), _node("United States", id="n/putin")),  # n/putin: 2 actors
    ]
    entities = scored(records, gold).entities
    assert entities.gold_entities_found == 3  # putin, russia, usa
    assert entities.fragmentation == round((2 + 1 + 1) / 3, 3)
    assert entities.conflated_nodes == ("n/putin",)


def test_evaluate_counts_articles_with_output(scored, tmp_path):
    gold = _gold_set(tmp_path / "g", [{"rel": "accuses", "subj": "russia", "obj": "usa", "core": True}])
    other_article = _rel("accuses", RUSSIA, USA, article="not-in-gold")
    scores = scored([other_article], gold)
    assert (scores.articles, scores.articles_with_output) == (1, 0)
    assert scores.buckets["accuses"] == PRF(0, 0, 1)


def _break(root, what):
    if what == "no folder":
        return root / "missing"
    if what == "no entities.yaml":
        (root / "entities.yaml").unlink()
    elif what == "no gold/":
        (root / "gold" / "a1.yaml").unlink()
        (root / "gold").rmdir()
    elif what == "bad YAML":
        (root / "entities.yaml").write_text("- {id: russia, label: [Russia\n", encoding="utf-8")
    elif what == "no article":
        (root / "gold" / "a1.yaml").write_text("relations: []\n", encoding="utf-8")
    elif what == "unknown actor":
        (root / "gold" / "a1.yaml").write_text(
            "article: a1\nrelations:\n  - {rel: accuses, subj: russia, obj: atlantis, core: true}\n", encoding="utf-8"
        )
    return root


BAD_GOLD = [
    ("no folder", "E050", "missing"),
    ("no entities.yaml", "E050", "entities.yaml"),
    ("no gold/", "E050", "gold"),
    ("bad YAML", "E051", "entities.yaml"),
    ("no article", "E052", "a1.yaml"),
    ("unknown actor", "E053", "a1.yaml"),
]


@pytest.mark.parametrize(("what", "code", "name"), BAD_GOLD)
def test_evaluate_bad_gold_set_is_one_line_naming_the_file(tmp_path, what, code, name):
    root = _break(_gold_set(tmp_path / "g", []), what)
    with pytest.raises(GraphkitError) as err:
        score([], root)
    assert err.value.code == code
    msg = str(err.value)
    assert msg.startswith(f"[{code}] ") and "\n" not in msg
    assert msg.split(":")[0].endswith(name)


# --- the command line ---------------------------------------------------------------------------


ARTICLE = (
    "Talks stall\n\nRussia accused the United States of prolonging the war. "
    "Vladimir Putin said that the talks had failed.\n"
)


@pytest.fixture
def cli_set(tmp_path, monkeypatch, nlp):
    """A one-article corpus and its gold set; builds use the session's pipeline."""
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: nlp)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    gold = _gold_set(
        tmp_path / "g",
        [
            {"rel": "accuses", "subj": "russia", "obj": "usa", "core": True},
            {"rel": "claims", "subj": "putin", "key": "the talks had failed", "core": True},
        ],
    )
    return corpus, gold


def test_evaluate_cli_prints_the_reference_table(cli_set, tmp_path, reference, monkeypatch, capsys):
    corpus, gold = cli_set
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(corpus), "--out", str(out), "--show-errors"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0] == "articles scored: 1 (with output: 1)"
    assert [ln.split()[0] for ln in lines[2:7]] == list(BUCKETS)
    assert lines[7].startswith("entities: ")
    monkeypatch.setattr(sys, "argv", ["score.py", str(out / "relations.jsonl"), str(gold), "--show-errors"])
    assert reference.main() == 0
    expected = capsys.readouterr().out
    assert res.stdout.startswith(expected)  # the reference's table, then the calibration table
    assert res.stdout[len(expected) :].startswith("calibration: ")


def test_evaluate_cli_prints_the_calibration_table(cli_set):
    corpus, gold = cli_set
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(corpus), "--folds", "3"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith("calibration: "))
    judged = int(lines[at].split()[1])
    assert judged >= 2 and "(3 article folds)" in lines[at]  # the accusation and the claim of the gold
    assert lines[at + 1].split() == ["confidence", "count", "mean", "precision"]
    bins = lines[at + 2 : -1]
    assert bins and all(ln.startswith("[") for ln in bins)
    assert sum(int(ln.split()[2]) for ln in bins) == judged
    assert all(0.0 <= float(ln.split()[4]) <= 1.0 for ln in bins)
    assert lines[-1].startswith("expected calibration error: ")


def test_evaluate_cli_calibrate_writes_the_confidence_table(cli_set, tmp_path):
    from graphkit.nlp.confidence import load_confidence

    corpus, gold = cli_set
    other = shutil.copytree(gold, tmp_path / "g2")  # a second gold set of the same article
    path = tmp_path / "confidence.tsv"
    res = CliRunner().invoke(
        main, ["evaluate", "--gold", str(gold), "--gold", str(other), str(corpus), "--calibrate", str(path)]
    )
    assert res.exit_code == 0, res.output
    assert res.stdout.count("articles scored: 1") == 2  # one table a gold set
    assert f"graphkit: wrote {path}" in res.stderr
    table = load_confidence(path)
    assert {"*", "accuses:*", "claims:*"} <= set(table)
    assert all(0 < v < 1 for v in table.values())


def test_evaluate_cli_json(cli_set):
    corpus, gold = cli_set
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(corpus), "--json", "--show-errors"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert list(data) == [
        *BUCKETS,
        "entities",
        "attribution",
        "articles",
        "articles_with_output",
        "errors",
        "calibration",
    ]
    assert data["articles"] == 1 and all(len(e) == 4 for e in data["errors"])
    assert set(data["calibration"]) == {"bins", "ece", "folds", "judged"} and len(data["calibration"]["bins"]) == 10


def test_evaluate_cli_bad_gold_set_fails_before_the_build(cli_set, tmp_path, monkeypatch):
    corpus, gold = cli_set
    (gold / "entities.yaml").unlink()
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: pytest.fail("the model was loaded"))
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(corpus)])
    assert res.exit_code == 1
    assert res.stdout == ""
    assert res.stderr.splitlines() == [
        f"graphkit: error: [E050] {gold / 'entities.yaml'}: not found "
        "(a gold set is a folder with entities.yaml and gold/<article>.yaml files)"
    ]


def test_evaluate_cli_calibrate_to_an_unwritable_place_is_one_error(cli_set, tmp_path):
    corpus, gold = cli_set
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    path = tmp_path / "a-file" / "confidence.tsv"
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(corpus), "--calibrate", str(path)])
    assert res.exit_code == 1
    assert res.stderr.splitlines()[-1].startswith(f"graphkit: error: [E040] {path}")
    assert not path.exists()
