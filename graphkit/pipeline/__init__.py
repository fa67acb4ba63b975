"""graphkit's spaCy components: gazetteer patterns, actor mentions, relations."""
