"""The ``gk_relations`` component: cue words and dependency patterns → relations.

It assigns ``Doc._.gk_relations``, a list of :class:`RawRelation` (the cue, the subject and object
actors, a claim's content, the sentence as character offsets). Patterns, in linguistic terms:

- a cue verb's subject (``nsubj``; the ``by``-agent of a passive; the controller of "urged X to
  ...") is the source or actor; a statement verb parsed into a reported clause ("X said Y were
  ... and insisted that ...") still belongs to the reporter (:mod:`.subjects`);
- its object is found where the cue's frame in ``cues.yaml`` says, by registered object finders
  (direct object, a preposition's object, the subject of a passive "X was accused by Y", an
  infinitive's object "threatened to cut ties with X", the subject of "demanded that X ..."); an
  event's arguments may be places, things marked by a country, or owned things (:mod:`.objects`);
- event nouns carried by a light verb or owned by an actor: "launched an attack on X", "X's
  invasion of Y", "held talks with X" (:mod:`.nouns`);
- a reported proposition is the clausal complement (``ccomp``: "X said (that) Y", "Y, X said"),
  the clause a post-posed cue hangs from ("Y – wrote X"), the next sentence after "X said:" or
  "X said;" (:mod:`.content`), the clause an "according to X" phrase modifies (:mod:`.according`),
  what follows the object ("accused X of Y"), every sentence of its quotation, and an unattributed
  quotation right after (:mod:`.quoted`);
- what a claim states beyond itself (blame, demands, threats, denials) is read by
  :class:`~graphkit.nlp.relations.stated.StatedReader`;
- cues that are negated, hedged, conditional, in a question, only threatened or urged ("threatened
  to shell X"), or inside a quotation give nothing; a frame's own conditions are guards
  (:mod:`.frames`).

Importing this package registers the ``gk_relations`` factory.
"""

from __future__ import annotations

from .component import RelationsComponent, make_relations
from .records import RawRelation
from .registry import object_finder

__all__ = ["RawRelation", "RelationsComponent", "make_relations", "object_finder"]
