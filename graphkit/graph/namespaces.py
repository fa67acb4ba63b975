"""The vocabularies' terms and prefixes, named once. A misspelt term is an error (``_fail = True``); a test checks
that every ``GK`` term is defined in ``ontologies/graphkit.ttl``, and that the maps below agree with it.

The maps from graphkit's names to terms are built from the names of :mod:`graphkit.types`:

>>> str(PREDICATE_TERMS["accuses"])
'https://w3id.org/graphkit/ontology#accuses'
>>> TYPE_TERMS["Country"] == GK.Country, POLARITY_TERMS["positive"] == GK.Positive, MODALITY_TERMS["hedged"]
(True, True, rdflib.term.URIRef('https://w3id.org/graphkit/ontology#Hedged'))
>>> PREFIXES["oa"]
'http://www.w3.org/ns/oa#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD, DefinedNamespace

from ..types import ACTOR_TYPES, MODALITIES, POLARITIES, PREDICATES

__all__ = [
    "GK",
    "MODALITY_TERMS",
    "OA",
    "POLARITY_TERMS",
    "PREDICATE_TERMS",
    "PREFIXES",
    "SCHEMA",
    "SPEECH_ACTS",
    "TYPE_TERMS",
    "WD",
]

WD = Namespace("http://www.wikidata.org/entity/")


class GK(DefinedNamespace):
    """The graphkit ontology (``ontologies/graphkit.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/graphkit/ontology#")

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Group: URIRef
    Article: URIRef
    Claim: URIRef
    Evidence: URIRef
    Polarity: URIRef
    Modality: URIRef
    # individuals
    Positive: URIRef
    Negative: URIRef
    Asserted: URIRef
    Hedged: URIRef
    Conditional: URIRef
    Reported: URIRef
    # properties
    country: URIRef
    articleId: URIRef
    evidence: URIRef
    cue: URIRef
    confidence: URIRef
    polarity: URIRef
    modality: URIRef
    ploverType: URIRef
    ploverMode: URIRef
    iso3: URIRef
    reportedBy: URIRef
    states: URIRef
    relatedTo: URIRef
    claims: URIRef
    accuses: URIRef
    denies: URIRef
    threatens: URIRef
    attacks: URIRef
    supports: URIRef
    rejects: URIRef
    meets: URIRef
    demands: URIRef
    # annotations on the relation properties
    ploverCategory: URIRef
    speechAct: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms graphkit uses."""

    _fail = True
    _NS = Namespace("https://schema.org/")

    Person: URIRef
    Organization: URIRef
    Country: URIRef
    NewsArticle: URIRef
    Claim: URIRef
    author: URIRef
    text: URIRef
    url: URIRef


class OA(DefinedNamespace):
    """The W3C Web Annotation vocabulary (https://www.w3.org/TR/annotation-vocab/): the terms graphkit uses."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


#: actor type name → class; predicate name → property; polarity name → individual (``positive`` → ``gk:Positive``)
TYPE_TERMS = {name: GK[name] for name in ACTOR_TYPES}
PREDICATE_TERMS = {name: GK[name] for name in PREDICATES}
POLARITY_TERMS = {name: GK[name.capitalize()] for name in POLARITIES}
#: modality name → individual (``hedged`` → ``gk:Hedged``)
MODALITY_TERMS = {name: GK[name.capitalize()] for name in MODALITIES}
#: The relations that are something the subject says (``gk:speechAct true`` in the ontology): their statements
#: are attributed to the subject (``prov:wasAttributedTo``); the others (attacks, supports, meets) are what the
#: article reports, attributed to no actor.
SPEECH_ACTS = frozenset({"claims", "accuses", "denies", "threatens", "rejects", "demands"})
#: The vocabularies' prefixes, as the graph files declare them and queries know them (in this order; the prefixes
#: of the nodes graphkit mints, ``actor:`` and ``article:``, come from :meth:`graphkit.graph.iri.IRIs.namespaces`).
PREFIXES: dict[str, str] = {
    "gk": str(GK),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "wd": str(WD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}
