"""Stage 4, graph: IRIs (:mod:`.iri`), the ontology's terms (:mod:`.namespaces`), the graph as quads (:mod:`.quads`)
and as RDF files (:mod:`.rdf`; their names in :mod:`.formats`), the Oxigraph store (:mod:`.store`),
``relations.jsonl`` records (:mod:`.records`), SPARQL queries and presets (:mod:`.query`, :mod:`.presets`), and
networkx analytics (:mod:`.analysis`)."""
