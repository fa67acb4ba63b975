"""Stage 4, graph: IRIs, the ontology's terms, RDF, the Oxigraph store, ``relations.jsonl`` records, SPARQL
queries and presets, and networkx analytics."""
