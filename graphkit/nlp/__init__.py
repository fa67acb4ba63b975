"""Stage 2, nlp: the spaCy pipeline (model loading, graphkit's components) and the per-article records it yields.

Importing this package does not import spaCy; :mod:`graphkit.nlp.load.load` does.
"""
