"""Reported relations: a relation stated inside somebody's claim carries its claimant (``attributed_to``),
through extraction, resolution, ``relations.jsonl``, the RDF graph (no direct triple), its shapes, the
analytics and the views.

Every sentence here is written for the test: none comes from the development, Wikinews or PLOVER sets.
"""

from __future__ import annotations

import pyshacl
import pytest
import rdflib
from rdflib.namespace import PROV

from graphkit.graph.analysis import from_build
from graphkit.graph.iri import IRIs
from graphkit.graph.namespaces import GK
from graphkit.graph.rdf import to_graph
from graphkit.graph.records import relation_record
from graphkit.nlp.relations.attribution import attribute
from graphkit.nlp.relations.records import RawRelation
from graphkit.types import Actor, Article, Evidence, Mention, Relation
from graphkit.views.summary import Summary

from .conftest import ROOT


def _by(rels, predicate):
    """(subject, object, claimant) labels of the ``predicate`` relations."""
    return {
        (r.subject.label, r.object.label if r.object else None, r.attributed_to.label if r.attributed_to else None)
        for r in rels
        if r.predicate == predicate
    }


def _claimant_of(rels, predicate):
    found = [r for r in rels if r.predicate == predicate]
    assert found, f"no {predicate} in {[(r.predicate, r.subject.label) for r in rels]}"
    return {r.attributed_to.label if r.attributed_to else None for r in found}


def _claimants(rels):
    return {r.subject.label for r in rels if r.predicate == "claims"}


# -- where a reported event sits ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,predicate",
    [
        # the clausal complement of a reporting verb, with and without "that", and after "told reporters"
        ("Poland's defence ministry said that Russian troops shelled Ukrainian positions near Kharkiv.", "attacks"),
        ("The Chadian foreign minister told reporters that the Sudanese army had invaded Chad.", "attacks"),
        # a post-posed reporting clause: "Y, X said"
        ("Venezuela threatened Guyana, the Brazilian president said.", "threatens"),
        # "according to X", preposed and post-posed
        ("According to the Kenyan government, Somali militants attacked a police post in Mandera.", "attacks"),
        ("Sudan invaded Chad, according to the Chadian government.", "attacks"),
    ],
)
def test_attribution_reported_event_carries_its_claimant(relations_of, text, predicate):
    rels = relations_of(text)
    by = _claimant_of(rels, predicate)
    assert None not in by
    assert by <= _claimants(rels)  # the claimant is the source of the claim it sits in


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("Russian troops shelled Ukrainian positions near Kharkiv on Monday.", "attacks"),  # narrated
        ("Sudan invaded Chad last spring.", "attacks"),
        # the event is narrated; only the relative clause after it is a claim
        ("The Sudanese army invaded Chad, which the Chadian government said was a crime.", "attacks"),
    ],
)
def test_attribution_narrated_event_stays_unattributed(relations_of, text, predicate):
    assert _claimant_of(relations_of(text), predicate) == {None}


def test_attribution_nested_claims_take_the_innermost_claimant(relations_of):
    rels = relations_of("The Estonian envoy said Latvian officials claimed Russia had attacked Georgia.")
    assert _by(rels, "attacks") == {("Russia", "Georgia", "Latvian officials")}


def test_attribution_third_party_speech_act_is_reported(relations_of):
    """The envoy reports Belarus's accusation: Belarus accuses Lithuania, in the envoy's claim."""
    rels = relations_of("The Estonian envoy said Belarus had accused Lithuania of smuggling weapons.")
    (by,) = _claimant_of(rels, "accuses")
    assert by is not None and "envoy" in by


@pytest.mark.parametrize(
    "text",
    [
        "Serbia said Kosovo was responsible for the explosion.",  # what the claim states: Serbia's own act
        "Greece said it accused Turkey of violating its airspace.",  # the claimant's own accusation
    ],
)
def test_attribution_own_speech_act_stays_unattributed(relations_of, text):
    assert _claimant_of(relations_of(text), "accuses") == {None}


def test_attribution_background_clause_is_the_authors(relations_of):
    """A temporal clause inside a report is presupposed, not claimed: only the main event is the Kremlin's."""
    rels = relations_of("The Kremlin said Russian troops shelled Kharkiv after Ukraine attacked Belgorod.")
    by = {
        (r.subject.label, r.attributed_to.label if r.attributed_to else None) for r in rels if r.predicate == "attacks"
    }
    assert ("Ukraine", None) in by
    assert any(s != "Ukraine" and c is not None for s, c in by)


# -- the rule on plain values: a quotation, several claimants, an own act ---------------------------------------
_CHAD, _SUDAN = Mention("Chad", "Country", kb_id="chad", country="chad"), Mention("Sudan", "Country", kb_id="sudan")
_MINISTER = Mention("foreign minister", "Person", country="chad")
_ENVOY = Mention("envoy", "Person", country="egypt")


def _claim(source: Mention, start: int, end: int) -> RawRelation:
    return RawRelation("claims", source, None, 0, 120, "said", "content", start, end, 100)


def test_attribution_quotation_claimed_by_its_speaker():
    """A claim whose content is a quotation ('"Sudan is arming the rebels," the minister said') holds
    the event cued inside it; one relation per source of the claim."""
    quote = [_claim(_MINISTER, 1, 30), _claim(_ENVOY, 1, 30)]
    event = RawRelation("supports", _SUDAN, _CHAD, 0, 120, "arming", cue_start=10)
    out = attribute([*quote, event], None)
    assert [r.attributed_to for r in out if r.predicate == "supports"] == [_MINISTER, _ENVOY]


def test_attribution_outside_every_content_is_narrated():
    event = RawRelation("attacks", _SUDAN, _CHAD, 0, 120, "shelled", cue_start=50)
    assert attribute([_claim(_MINISTER, 1, 30), event], None)[-1].attributed_to is None


def test_attribution_own_side_speech_act_inside_a_claim_is_not_reported():
    accusation = RawRelation("accuses", _CHAD, _SUDAN, 0, 120, "accused", cue_start=10)
    threat = RawRelation("threatens", _SUDAN, _CHAD, 0, 120, "warned", cue_start=20)
    out = attribute([_claim(_MINISTER, 1, 30), accusation, threat], None)
    assert [r.attributed_to for r in out[1:]] == [None, _MINISTER]


# -- outputs ------------------------------------------------------------------------------------------------
_EGYPT = Actor(key="egypt", label="Egypt", type="Country", country="Egypt", country_key="egypt")
_LIBYA = Actor(key="libya", label="Libya", type="Country", country="Libya", country_key="libya")
_MILITIA = Actor(key="eastern_militia", label="the eastern militia", type="Group")
_ENVOY_ACTOR = Actor(key="un_envoy", label="UN envoy", type="Person")
_SENTENCE = "The UN envoy said Egypt had armed the eastern militia."
_EVIDENCE = Evidence("a1", _SENTENCE, 0, len(_SENTENCE), "said")


@pytest.fixture(scope="module")
def reported() -> tuple[Article, list[Actor], list[Relation]]:
    """A claim and the support it reports, as resolution gives them."""
    claim = Relation("claims", _ENVOY_ACTOR, None, _EVIDENCE, content="Egypt had armed the eastern militia")
    support = Relation(
        "supports", _EGYPT, _MILITIA, Evidence("a1", _SENTENCE, 0, len(_SENTENCE), "armed"), attributed_to=_ENVOY_ACTOR
    )
    return Article("a1", _SENTENCE), [_EGYPT, _LIBYA, _MILITIA, _ENVOY_ACTOR], [claim, support]


def test_attribution_jsonl_record_has_the_claimant(reported):
    _, _, (claim, support) = reported
    iris = IRIs()
    assert relation_record(claim, iris)["attributed_to"] is None
    by = relation_record(support, iris)["attributed_to"]
    assert by is not None and by["label"] == "UN envoy" and by["id"] == str(iris.actor("un_envoy"))


def test_attribution_rdf_has_the_statement_and_no_direct_triple(reported):
    art, actors, rels = reported
    g = to_graph([art], actors, rels)
    iris = IRIs(term=rdflib.URIRef)
    egypt, militia, envoy = (iris.actor(k) for k in ("egypt", "eastern_militia", "un_envoy"))
    assert (egypt, GK.supports, militia) not in g
    st = iris.statement(rels[1])
    assert (st, rdflib.RDF.subject, egypt) in g
    assert (st, GK.reportedBy, envoy) in g
    assert (st, PROV.wasAttributedTo, envoy) in g
    assert (iris.claim(rels[0]), GK.states, st) in g


def test_attribution_rdf_conforms_to_the_shapes_and_a_direct_triple_breaks_them(reported):
    art, actors, rels = reported
    shapes = rdflib.Graph().parse(ROOT / "ontologies" / "shapes.ttl", format="turtle")
    g = to_graph([art], actors, rels)
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes)
    assert conforms, text
    iris = IRIs(term=rdflib.URIRef)
    g.add((iris.actor("egypt"), GK.supports, iris.actor("eastern_militia")))  # written as a fact
    assert not pyshacl.validate(g, shacl_graph=shapes)[0]
    g.remove((iris.actor("egypt"), GK.supports, iris.actor("eastern_militia")))
    g.remove((iris.statement(rels[1]), PROV.wasAttributedTo, None))  # the claimant only as gk:reportedBy
    assert not pyshacl.validate(g, shacl_graph=shapes)[0]


def test_attribution_same_triple_narrated_and_reported_conforms(reported):
    art, actors, rels = reported
    fact = Relation("supports", _EGYPT, _MILITIA, Evidence("a1", _SENTENCE, 0, len(_SENTENCE), "armed"))
    shapes = rdflib.Graph().parse(ROOT / "ontologies" / "shapes.ttl", format="turtle")
    g = to_graph([art], actors, [*rels, fact])
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes)
    assert conforms, text


class _Build:
    def __init__(self, actors, relations):
        self.actors, self.relations, self.base, self.titles = {a.key: a for a in actors}, relations, IRIs().base, {}


def test_attribution_analysis_keeps_asserted_edges_by_default(reported):
    _, actors, rels = reported
    assert from_build(_Build(actors, rels)).number_of_edges() == 0
    g = from_build(_Build(actors, rels), reported=True)
    ((_, _, data),) = g.edges(data=True)
    assert data["attributed_to"] == str(IRIs().actor("un_envoy"))


def test_attribution_views_draw_reported_edges_dashed_according_to_the_claimant(reported):
    _, _, rels = reported
    iris = IRIs()
    _, edges = Summary.of([relation_record(r, iris) for r in rels]).actors_view({})
    (edge,) = edges
    assert edge.reported and edge.predicate == "supports"
    assert "according to UN envoy" in edge.tooltip
