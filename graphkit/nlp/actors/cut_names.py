"""Names the recogniser cuts short or in two.

- a person's name may run on through a particle written in lower case: the patronymic particles of Arabic
  names (bin, ibn, bint, binti: "son/daughter of") and the nobiliary or toponymic particles of European and
  Philippine names (van, von, de, da, di, del, dela, della, der, dos, du, la, le; ``name_particles`` of
  ``ontologies/cues.yaml``). The recogniser often ends the first name before the particle and tags what
  follows as a second person ("Sheikh Mohammed" and "Rashid Al Maktoum"), or starts the name at the
  particle and leaves the given name out ("dela Cruz" of "Juan dela Cruz"). A person right after a person,
  with only a particle between them, is the same person: the gazetteer's, when either half or the whole
  name is in it, else one person under the whole name; a capitalised word the recogniser left untagged
  right before a name that starts with a particle is its given name;
- a body's name with a preposition in it (``name_prepositions`` of ``cues.yaml``) may go on with "and"
  and more capitalised words ("the Department of Health and Human Services", "the Council for Peace and
  Order"): the recogniser often ends it at "and" and tags the rest apart. The name runs on through "and"
  while the words after it are capitalised and no place, people or actor of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from ...resources import Cues
from ...types import Mention
from ..gazetteer import Lookup, norm_name
from .base import known

__all__ = ["initials", "joined_name", "mended"]

#: the words an acronym leaves out of a body's initials ("National Council for Peace and Order": NCPO)
_UNINITIALLED = frozenset({"of", "for", "and", "on", "the", "in", "to", "&"})
#: how many words a body's name may run on to reach the acronym in brackets after it
_TO_ACRONYM = 4
#: entity types that are no part of a body's name after "and": a place, a people, a date
_APART = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def mended(ents: Sequence[Span], cues: Cues) -> tuple[Span, ...]:
    """The entities of a Doc with the names cut short made whole: a body's name run on through "and", a
    person's given name put back before a particle; the entities a mended name swallows left out."""
    out: list[Span] = []
    end = 0
    for ent in ents:
        if ent.start < end:  # swallowed by the body before it
            continue
        whole = _run_on(ent, cues) if ent.label_ == "ORG" else _given_name(ent, cues) if ent.label_ == "PERSON" else ent
        out.append(whole)
        end = whole.end
    return tuple(out)


def initials(name: str) -> str:
    """The acronym of a body's name: the first letters of its words but the function words
    ("National Telecommunications Commission" → "NTC")."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _UNINITIALLED]
    return "".join(w[0] for w in words if w[0].isalpha()).upper() if len(words) > 1 else ""


def _to_acronym(ent: Span, cues: Cues) -> Span:
    """ "The Commission of Inquiry on Kenya (CIK)": a body's name cut before an "of"/"for" phrase runs
    on to the acronym in brackets that its whole name makes."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in cues.name_prepositions:
        return ent
    for paren in range(ent.end + 2, min(ent.end + _TO_ACRONYM + 1, len(doc) - 2)):
        if doc[paren].text == "(" and doc[paren + 2].text == ")":
            whole = doc[ent.start : paren]
            if initials(whole.text) == doc[paren + 1].text and all(t.is_title or t.is_lower for t in whole):
                return Span(doc, ent.start, paren, label=ent.label_)
            break
    return ent


def _run_on(ent: Span, cues: Cues) -> Span:
    """A body's name with a preposition in it, run on through "and" and the capitalised words after it."""
    doc = ent.doc
    longer = _to_acronym(ent, cues)
    if longer is not ent:
        return longer
    if (
        ent.end + 1 >= len(doc)
        or doc[ent.end].lower_ != "and"
        or not any(t.lower_ in cues.name_prepositions for t in ent)
    ):
        return ent
    end = ent.end + 1
    while end < len(doc) and doc[end].is_title and doc[end].ent_type_ not in _APART:
        end += 1
    if end == ent.end + 1 or end < len(doc) and doc[end].tag_ == "POS":
        return ent  # nothing capitalised after "and", or an owner's name ("... and Order's")
    return Span(doc, ent.start, end, label=ent.label_)


def _given_name(ent: Span, cues: Cues) -> Span:
    """A person's name that starts with a particle, with the capitalised untagged word before it."""
    doc = ent.doc
    if ent.start == 0 or ent[0].lower_ not in cues.name_particles or not ent[0].is_lower:
        return ent
    before = doc[ent.start - 1]
    if before.ent_type_ or before.pos_ != "PROPN" or not before.is_title:
        return ent
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


def joined_name(gaz: Lookup, cues: Cues, first: tuple[Span, Mention], ent: Span, m: Mention) -> Mention | None:
    """The one person ``first`` and the person ``ent`` names are, when only a particle parts them, or None."""
    span, before = first
    doc = ent.doc
    if m.type != "Person" or before.type != "Person" or span.end != ent.start - 1 or ent.start < 2:
        return None
    particle = doc[ent.start - 1]
    if particle.lower_ not in cues.name_particles or not particle.is_lower:
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
