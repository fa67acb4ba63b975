"""Stage 5, views: HTML pages that draw a graphkit knowledge graph for people to look at.

The view names and the pages a build writes are here, in a light module (it imports neither networkx nor pyvis
nor jinja2), so the command line can offer them, and a build name its files, without loading what draws them:

>>> from graphkit.views import VIEWS
>>> list(VIEWS)
['actors', 'countries', 'ego', 'claims']
"""

from __future__ import annotations

__all__ = ["BUILD_PAGES", "VIEWS"]

#: view name → what it shows (``graphkit view --view NAME``, ``BuildResult.view(NAME)``)
VIEWS: dict[str, str] = {
    "actors": "actors and who does what to whom",
    "countries": "actors rolled up to their countries",
    "ego": "one actor (--actor), its neighbours and its claims",
    "claims": "claimants, their claims and the actors each claim mentions",
}

#: The pages a build writes (:func:`graphkit.views.records.render_views`): file name → view.
BUILD_PAGES = {"graph.html": "actors", "countries.html": "countries"}
