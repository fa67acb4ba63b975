"""Names the recogniser cuts in two at a particle: "Sheikh Mohammed bin Rashid Al Maktoum", "Ursula von der Leyen".

A person's name may run on through a particle written in lower case: the patronymic particles of Arabic
names (bin, ibn, bint, binti: "son/daughter of") and the nobiliary or toponymic particles of European names
(van, von, de, da, di, del, della, der, dos, du, la, le). The recogniser often ends the first name before the
particle and tags what follows as a second person: "Sheikh Mohammed" and "Rashid Al Maktoum" are then two people. A
person right after a person, with only a particle between them, is the same person: the gazetteer's, when
either half or the whole name is in it, else one person under the whole name.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...types import Mention
from ..gazetteer import Lookup, norm_name
from .base import known

__all__ = ["PARTICLES", "joined_name"]

#: particles inside a personal name: Arabic patronymics (bin, ibn, bint, binti) and European nobiliary or
#: toponymic particles (van, von, de, da, di, del, della, der, den, dos, das, du, la, le)
PARTICLES = frozenset("bin ibn bint binti van von de da di del della der den dos das du la le".split())


def joined_name(gaz: Lookup, first: tuple[Span, Mention], ent: Span, m: Mention) -> Mention | None:
    """The one person ``first`` and the person ``ent`` names are, when only a particle parts them, or None."""
    span, before = first
    doc = ent.doc
    if m.type != "Person" or before.type != "Person" or span.end != ent.start - 1 or ent.start < 2:
        return None
    particle = doc[ent.start - 1]
    if particle.lower_ not in PARTICLES or not particle.is_lower:
        return None
    name = f"{before.name} {particle.text} {m.name}"
    kb = gaz.by_name.get(norm_name(name))
    if kb is not None and gaz.entries[kb].type == "Person":
        return known(gaz, kb, name)
    if before.kb_id:
        return before
    if m.kb_id:
        return m
    return Mention(name=name, type="Person", country=before.country or m.country, text=name)
