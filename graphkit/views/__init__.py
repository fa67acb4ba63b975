"""Views that render a graphkit knowledge graph for people to look at."""
