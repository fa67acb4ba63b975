"""Sources the text does not name, or names without the entity recogniser seeing a name.

A statement whose source graphkit does not know is still a statement (ANNOTATION.md, "Unnamed and
described sources"):

- a person or group noun that speaks for an organisation is that organisation: "a spokesperson for
  ORG", "researchers at ORG", "ORG's spokesman" (a noun of representation with the organisation as
  its possessor or as the object of "for", "at", "of", "from", "within"); unless the text names the
  person right after ("a spokesperson for ORG, X, said": X);
- otherwise a person or group noun that is the speaker of a statement ("a senior official said",
  "witnesses told reporters", "according to analysts") is an unnamed actor, labelled as the text names
  it without its determiner or quantifier, with the country the text gives; one node per article;
- a statement the text goes on quoting ("the statement added", "the resolution reads") speaks for
  whoever issued it: the actor the article last gave a statement of that name ("X issued a
  statement", "in a statement, X said", "X's statement", "a statement from X");
- a proper noun the recogniser did not tag is read in ``untagged.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index, known
from .places import country_id, in_country_name
from .states import article_country

__all__ = [
    "NOT_LABEL",
    "PARTITIVES",
    "RELAY_VERBS",
    "is_speaker",
    "issuer",
    "speaks_for",
    "unnamed_source",
]

#: nouns of people who speak or act for a body (FrameNet Leadership, Member_of_organization,
#: People_by_vocation where the vocation is done for an employer): "a spokesman for X" is X
_AGENTS = frozenset(
    "spokesman spokeswoman spokesperson spokespeople spokesmen representative representatives official officials "
    "source sources researcher researchers analyst analysts expert experts economist economists scientist "
    "scientists staff staffer staffers member members employee employees aide aides adviser advisers advisor "
    "advisors officer officers lawyer lawyers attorney attorneys investigator investigators correspondent "
    "correspondents reporter reporters journalist journalists".split()
)
#: the nouns of a body's appointed voice (FrameNet Speak_on_topic / Representative): what they say, the body says
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
#: prepositions that attach a body to its agent: "for", "at", "of", "from", "within", "with"
_FOR = frozenset({"for", "at", "of", "from", "within", "with"})
#: determiners and quantifiers that are not part of an unnamed source's label ("many protesters")
NOT_LABEL = frozenset(
    "a an the some many several few one two three four five other another most all both any each "
    "this that these those such".split()
)
#: nouns of quantity and collection whose "of" phrase names who they are (English partitives; FrameNet
#: Quantity, Aggregate): "a number of senators said", "a group of diplomats met", "thousands of protesters"
PARTITIVES = frozenset(
    "number group groups dozens hundreds thousands millions scores handful majority minority couple team".split()
)
#: verbs of relaying another's words (the English verbs of reported-source citation): "according to
#: agency A, quoting B", "A reported, citing B": B is the speaker, A only passes the words on
RELAY_VERBS = frozenset({"quote", "cite"})
#: prepositions that say whose people are: "inhabitants of X", "officials from X", "soldiers in X"
_OF = frozenset({"of", "from", "in"})
_STATEMENTS = ("claims", "accuses", "denies")
#: entity types that are never a person, even as the subject of "said"


def is_speaker(index: Index, tok: Token) -> bool:
    """Whether ``tok`` is the one who states something: the subject of a statement verb ("X said",
    '"...," said X', "X accused ..."), or of a verb a statement participle modifies ("X nodded, saying
    ..."), the object of "according to", or the one a relaying participle cites ("..., citing officials")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.head.lemma_.lower() in RELAY_VERBS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":  # the absolute "with": "..., with officials saying Y"
        return any(c.dep_ == "acl" and c.tag_ == "VBG" and _states(index, c) for c in tok.children)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PARTITIVES:
        return is_speaker(index, tok.head.head)  # "a number of senators said": the senators
    if tok.dep_ != "nsubj":
        return False
    head = tok.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    # "X said ...", or "X nodded, saying ...": the participle of a statement verb speaks for the subject
    return any(_states(index, v) for v in (head, *(c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG")))


def _states(index: Index, verb: Token) -> bool:
    """Whether a verb is a cue of a statement (a claim, an accusation, a denial)."""
    return index.cues.is_cue(verb.lemma_.lower(), *_STATEMENTS)


def speaks_for(index: Index, tok: Token) -> Mention | None:
    """The organisation a person or group noun speaks for ("a spokesperson for X", "X's spokesman")."""
    if tok.lower_ not in _AGENTS:
        return None
    for c in tok.children:
        body = None
        if c.dep_ in ("poss", "compound"):
            body = c
        elif c.dep_ == "prep" and c.lower_ in _FOR:
            body = next((p for p in c.children if p.dep_ == "pobj"), None)
        m = index.by_token.get(body.i) if body is not None else None
        if m is None and body is not None and body.pos_ in ("NOUN", "PROPN") and body.i != tok.i:
            m = _body(index, body)
        if m is not None and m.type == "Organization":
            return _named_agent(index, body) or m
        if m is None and c.dep_ == "prep":  # "a spokesperson for a body no one tagged, X, said": X
            named = _named_agent(index, body)
            if named is not None:
                return named
    return None


def _named_agent(index: Index, body: Token | None) -> Mention | None:
    """ "A spokesperson for the agency, X, said": the person the parser hung on the body as its apposition
    is the agent's name (a body has no person for an apposition)."""
    inside = list(body.subtree) if body is not None else []  # on the body or on a noun of its phrase
    names = [index.by_token.get(c.i) for t in inside for c in t.children if c.dep_ == "appos"]
    return next((m for m in names if m is not None and m.type == "Person" and not m.anonymous), None)


def _body(index: Index, tok: Token) -> Mention | None:
    """An organisation named by a noun phrase that is no entity ("the refugee agency")."""
    if tok.lower_ not in index.cues.org_nouns:
        return None
    m = index.resolve(tok)
    return m if m is not None and m.type == "Organization" else None


def unnamed_source(index: Index, tok: Token, kind: str, country: str | None) -> Mention | None:
    """An unnamed person or group as the text names it, when it is the speaker of a statement."""
    if kind == "Organization" or tok.pos_ == "PROPN":
        return None  # a body is named, or known by its country; a title ("Minister X said") is no description
    if not (is_speaker(index, tok) or kind == "Group" and _participant(index, tok)):
        return None
    if tok.lower_ in index.cues.party_nouns and any(c.lower_ in ("both", "two") for c in tok.children):
        return None  # "both governments", "the two sides": the two parties the article names (references.parties)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in _OF and _names(index, c) for c in tok.children):
        return None  # "the country's leaders", "inhabitants of X": whose they are decides who they are
    agent = _government_agent(index, tok) if kind == "Person" else None  # "a government spokesman said"
    if kind == "Person" and the:  # "the spokesman said": the person named with that title before
        return titled(index, tok) or agent
    if agent is not None:
        return agent
    i = tok.i  # the modifiers right before the noun, up to a determiner, quantifier or punctuation
    while i > tok.left_edge.i:
        prev = tok.doc[i - 1]
        hyphen = prev.text == "-" and not prev.whitespace_  # "al-Qaeda leaders": one word
        if (
            (prev.is_punct and not hyphen)
            or prev.is_space
            or prev.dep_ in ("det", "poss", "case")
            or prev.lower_ in NOT_LABEL
        ):
            break
        i -= 1
    end = _of_phrase_end(index, tok) if kind == "Group" else tok.i
    toks = tok.doc[i : end + 1]  # the words as written, "al-Qaeda" one word
    name = "".join((t.text if t.pos_ == "PROPN" or t.ent_type_ else t.lower_) + t.whitespace_ for t in toks).strip()
    if country is not None and not in_country_name(index.gaz, tok.doc[i]):
        e = index.gaz.entries[country]
        name = f"{e.adjectives[0] if e.adjectives else e.label} {name}"
    return Mention(name=name, type=kind, country=country, text=name, anonymous=True)


def _of_phrase_end(index: Index, tok: Token) -> int:
    """The last token of a group's label: its noun, or the end of a short "of" phrase after it that says
    which group it is ("the governments of the region", "leaders of the opposition"): at most four words, a
    name or a definite noun phrase, no verb or clause in them. Not the charge of an accusation ("accused
    the militia of extortion", "of the killings"), which the parser may hang on the accused."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    if of is None or of.right_edge.i - of.i > 4 or _charged(index, tok):
        return tok.i
    words = tok.doc[of.i + 1 : of.right_edge.i + 1]
    if not words or any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") or t.is_punct for t in words):
        return tok.i
    if not (words[0].lower_ == "the" or any(t.pos_ == "PROPN" for t in words)):
        return tok.i  # "militants of various stripes": no group's name
    return of.right_edge.i


def _charged(index: Index, tok: Token) -> bool:
    """Whether ``tok`` is the object of an accusation verb, whose "of" phrase is the charge."""
    return tok.dep_ in ("dobj", "nsubjpass") and index.cues.is_cue(tok.head.lemma_.lower(), "accuses")


def _government_agent(index: Index, tok: Token) -> Mention | None:
    """ "The government spokesman said", no person named: a spokes-noun compounded with a government noun
    speaks for that government, which is its country acting as one (ANNOTATION: "the ministry's spokesman"
    is the ministry when not named)."""
    if tok.lower_ not in _SPOKES:
        return None
    gov = next((c for c in tok.children if c.dep_ == "compound" and c.lower_ in index.cues.government_nouns), None)
    if gov is None:
        return None
    m = index.resolve(gov)
    if m is not None and m.type in ("Country", "Organization"):
        return m
    country = article_country(index, tok)  # the government of the country the article is about
    return known(index.gaz, country, gov.text) if country is not None else None


def _participant(index: Index, tok: Token) -> bool:
    """Whether a group noun is the direct object of an event verb ("the army shelled the rebels", "urged
    allies to ..."): a party to the event, kept as the text names it like a source. The hearer of a
    statement ("told reporters") is no party, nor a counted group ("killed eight civilians": the toll); a
    group as the subject of an event stays out (most such subjects are bystanders of a subordinate
    clause: "after doctors refused to treat him")."""
    head = tok.head
    return (
        tok.dep_ == "dobj"
        and head.pos_ == "VERB"
        and any(
            f.predicate != "claims" and (not f.requires_xcomp or any(c.dep_ == "xcomp" for c in head.children))
            for f in index.cues.verbs.get(head.lemma_.lower(), ())
        )  # "told reporters to leave" is a demand of them, "told reporters that ..." a statement to them
        and not any(c.dep_ == "nummod" for c in tok.children)
    )


def _names(index: Index, prep: Token) -> bool:
    """Whether the phrase of a preposition names an actor, a place or a country ("of the Syrian hills")."""
    return any(
        t.i in index.by_token or t.i in index.places or country_id(index.gaz, t.text) is not None for t in prep.subtree
    )


def titled(index: Index, tok: Token) -> Mention | None:
    """ "The spokesman said": the nearest person named before with that title ("spokesman X", "the
    general, X"), within the three words before their name."""
    doc = tok.doc
    for i, m, _ in reversed(index.order):
        if i >= tok.i or m.type != "Person" or m.anonymous:
            continue
        start = i  # back to the first word of the name: "Said Bacar" of "Abdourahim Said Bacar"
        while start > 0 and (doc[start - 1].ent_iob_ == "I" or _name_part(doc[start - 1], tok)):
            start -= 1
        if any(t.lower_ == tok.lower_ for t in doc[max(start - 3, 0) : start]) or any(
            c.dep_ == "appos" and c.lower_ == tok.lower_ for c in doc[i].children
        ):  # "spokesman X", "X, the spokesman,"
            return m
    return None


def _name_part(t: Token, title: Token) -> bool:
    return t.dep_ == "compound" and t.pos_ == "PROPN" and t.lower_ != title.lower_


#: how many sentences back "the statement" may refer to the statement it continues
_STATEMENT_REACH = 6
#: determiners of a statement referred back to: "the statement", "this message", "its resolution"
_BACK = frozenset({"the", "this", "that", "its", "their"})


def issuer(index: Index, tok: Token) -> Mention | None:
    """ "The statement added", "the resolution reads": who issued the statement the article last named
    with that noun (see the module's docstring); None for any other noun."""
    noun = tok.lemma_.lower()
    if noun not in index.cues.statement_nouns or not is_speaker(index, tok):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _BACK for c in tok.children):
        return None
    first = index.sents[max(index.sent_of[tok.i] - _STATEMENT_REACH, 0)].start
    for t in reversed(index.doc[first : tok.i]):
        m = _owner(index, t) if t.lemma_.lower() == noun else None
        if m is not None:
            return m
    return None


def _owner(index: Index, noun: Token) -> Mention | None:
    """Whose statement ``noun`` is: its possessor, the object of "from"/"by", or the subject of the verb
    that issued it ("X issued a statement") or that it accompanies ("in a statement, X said")."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "by"):
            owner = c if c.dep_ == "poss" else next((p for p in c.children if p.dep_ == "pobj"), None)
            m = index.resolve(owner) if owner is not None else None
            if m is not None:
                return m
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or noun.dep_ == "pobj" and noun.head.lower_ != "in":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return index.resolve(subject) if subject is not None else None
