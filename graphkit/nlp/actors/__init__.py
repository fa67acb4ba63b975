"""The ``gk_actors`` component: which spans of a Doc name an actor, and which actor.

- gazetteer entities (from the entity ruler) carry their actor id; other PERSON/ORG/NORP entities
  become actors of their own (:mod:`.entities`), their country read from the words before them
  (:mod:`.places`);
- a noun phrase headed by an actor noun (``cues.yaml``: ministry, forces, official, ...) with a
  country modifier becomes an actor ("Russia's defence ministry", "Ukrainian forces"); "the ministry"
  or a pronoun ("he") refers back to the nearest fitting actor of the article (:mod:`.descriptions`,
  :mod:`.offices`, :mod:`.references`).

The component leaves plain annotations on the Doc (:mod:`.annotations`: span groups whose extension
values are frozen records); :func:`actor_index` rebuilds from them the :class:`ActorIndex` the
components after it ask (:mod:`.index`, :mod:`.anchors`).
"""

from __future__ import annotations

from .component import ActorsComponent, make_actors
from .index import ActorIndex, actor_index

__all__ = ["ActorIndex", "ActorsComponent", "actor_index", "make_actors"]
