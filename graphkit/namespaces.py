"""The ontology's terms, named once. A misspelt term is an error (``_fail = True``), and a test
checks that every term here is defined in ``ontologies/graphkit.ttl``."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["GK", "PREDICATE_TERMS", "SCHEMA", "TYPE_TERMS", "WD"]

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")


class GK(DefinedNamespace):
    _fail = True
    _NS = Namespace("https://w3id.org/graphkit/ontology#")

    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Group: URIRef
    Article: URIRef
    Claim: URIRef
    Evidence: URIRef
    country: URIRef
    articleId: URIRef
    evidence: URIRef
    inArticle: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    cue: URIRef
    confidence: URIRef
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


#: actor type name → class; predicate name → property
TYPE_TERMS = {"Person": GK.Person, "Organization": GK.Organization, "Country": GK.Country, "Group": GK.Group}
PREDICATE_TERMS = {name: GK[name] for name in
                   ("claims", "accuses", "denies", "threatens", "attacks", "supports", "rejects", "meets", "demands")}
