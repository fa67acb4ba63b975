"""Stage 5, views: HTML pages that draw a graphkit knowledge graph for people to look at.

The view names are here, in a light module (it imports neither networkx nor pyvis nor jinja2), so the command
line can offer them without loading what draws them:

>>> from graphkit.views import VIEWS
>>> list(VIEWS)
['actors', 'countries', 'ego', 'claims']
"""

from __future__ import annotations

__all__ = ["VIEWS"]

#: view name → what it shows (``graphkit view --view NAME``, ``BuildResult.view(NAME)``)
VIEWS: dict[str, str] = {
    "actors": "actors and who does what to whom",
    "countries": "actors rolled up to their countries",
    "ego": "one actor (--actor), its neighbours and its claims",
    "claims": "claimants, their claims and the actors each claim mentions",
}
