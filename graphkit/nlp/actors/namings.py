"""What a person is called: an epithet a verb of labelling gives somebody ("branded X 'a failed leader'") is
no actor of its own, and a name a naming participle gives a described person ("a protester using the pseudonym
X") makes the description that person."""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index

__all__ = ["called", "labelled"]

#: a label to its verb: a second object, an object predicate, a passive's complement ("X was dubbed 'the butcher'")
_LABEL_DEPS = frozenset({"dobj", "oprd", "attr", "xcomp", "ccomp", "npadvmod"})
_LABELLED_DEPS = frozenset({"dobj", "dative", "nsubjpass"})


def labelled(index: Index, tok: Token) -> bool:
    """ "branded X 'the failed former president'", "called him a madman", "X, dubbed 'the tyrant'", "described
    X as a rogue leader": an actor noun a verb of labelling (``content_verbs.labelling``) gives its object as
    a name or an epithet describes that object. It is no actor of its own, nor a mention of the object that a
    later pronoun or "the president" could refer back to (somebody called X so; X is not the president)."""
    head = tok
    while head.dep_ == "conj":  # "called him a liar and a failed president"
        head = head.head
    labelling = index.cues.content_verbs.get("labelling", frozenset())
    if head.dep_ == "appos" and head.head.dep_ in _LABELLED_DEPS and tok.doc[head.left_edge.i - 1].text != ",":
        return head.head.head.lemma_.lower() in labelling  # "branded X 'the failed president'" as an apposition
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
    if head.dep_ != "pobj" and head.dep_ not in _LABEL_DEPS or verb.lemma_.lower() not in labelling:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "X, branded 'a failed leader' by Y": the noun it modifies
        return True
    direct = verb is head.head  # a second object or a predicate, not an "as" phrase: the object comes first
    return any(
        c.dep_ in _LABELLED_DEPS
        and c.i != head.i
        and (c.i < head.i or not direct)
        or c.lower_ == "to"
        and any(o.dep_ == "pobj" for o in c.children)  # "referred to X as ..."
        for c in verb.children
    )


def called(index: Index, tok: Token) -> Mention | None:
    """ "A protester using the pseudonym X said": a person noun whose naming participle gives a person's
    name is that person. The participle's verbs are ``content_verbs.naming`` of cues.yaml ("a man named X", "a
    resident identified as X", "a woman known as X", "a student calling himself X"), the nouns a name may hang
    on its ``name_nouns``."""
    cues = index.cues
    if tok.lower_ not in cues.person_nouns:
        return None
    naming = cues.content_verbs.get("naming", frozenset())
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in naming:
            for t in c.subtree:
                m = index.by_token.get(t.i)
                if m is not None and m.type == "Person" and not m.anonymous:
                    return m
            # a name the recogniser missed or took for a place: the proper noun the participle ends on,
            # hung on it or on "name", "pseudonym" ("using the pseudonym Marta", "calling himself Jan")
            last = c.right_edge
            if (
                last.pos_ == "PROPN"
                and last.is_title
                and last.ent_type_ not in ("ORG", "NORP")
                and (last.head.i == c.i or last.head.lower_ in cues.name_nouns)
            ):
                return Mention(name=last.text, type="Person", text=last.text)
    return None
