"""A state body named by its noun alone is the country's the article is about, and an "of"/"from"/"in"
phrase gives a description its country (graphkit.nlp.actors.states)."""

from __future__ import annotations

from collections import Counter

import pytest

from graphkit.nlp.actors.annotations import read_actors
from graphkit.nlp.actors.base import known
from graphkit.nlp.actors.index import actor_index
from graphkit.nlp.actors.states import article_country
from graphkit.nlp.gazetteer import lookup
from graphkit.resources import load_cues


def _actor(nlp, text: str, word: str, nth: int = -1):
    """The mention the ``nth`` span whose text is ``word`` names, or None when no span of the Doc is it."""
    found = [m for span, m, _ in read_actors(nlp(text)) if span.text == word]
    return found[nth] if found else None


@pytest.mark.parametrize(
    ("text", "word", "country", "kind"),
    [
        # the government of the country the article is about is the country, acting as one
        (
            "Protests spread across Egypt on Friday. Thousands marched in Cairo. The government accused "
            "the protesters of rioting.",
            "government",
            "egypt",
            "Country",
        ),
        # mid-sentence, after a quotation
        (
            'Chad closed its border on Monday. "We will not allow it," the government said in a statement.',
            "government",
            "chad",
            "Country",
        ),
        (
            "Kenya held elections in March. The results were disputed, and the authorities denied any fraud.",
            "authorities",
            "kenya",
            "Country",
        ),
        # the army or police of that country is that country's body, not the country
        (
            "Fighting broke out in Chad on Sunday. Chad's president spoke on the radio. The military said it "
            "had killed forty rebels.",
            "military",
            "chad",
            "Organization",
        ),
        # passive: the body as the agent
        (
            "Clashes erupted across Mali overnight. The protesters were dispersed by the police.",
            "police",
            "mali",
            "Organization",
        ),
    ],
)
def test_actors_state_body_by_its_noun_is_the_article_country(nlp, text, word, country, kind):
    m = _actor(nlp, text, word)
    assert m is not None, text
    assert (m.country, m.type) == (country, kind)


def test_actors_state_body_is_the_same_body_named_before(nlp):
    text = "The Iraqi government met envoys from Iran, Iran and Iran. The government said the talks went well."
    assert _actor(nlp, text, "government") is not None
    assert _actor(nlp, text, "government").kb_id == "iraq"


@pytest.mark.parametrize(
    "text",
    [
        "Syria reported shelling near the town. The Turkish-backed council of the town says the bridge is safe. "
        "There is no danger, the administration said.",
        "Syria reported shelling near the town. The Turkish-backed council of the town says the bridge is safe. "
        "The council reported no danger, and the administration said the road was open.",
    ],
)
def test_actors_state_body_is_the_unnamed_body_the_text_goes_on_about(nlp, text):
    m = _actor(nlp, text, "administration")
    assert m is not None and m.type == "Organization" and "council" in m.name.lower()


def test_actors_state_body_is_not_a_body_the_text_has_left(nlp):
    text = (
        "The Turkish-backed council of the town says the bridge is safe. Syria denied it. Syrian guns shelled "
        "the bridge on Monday. Syria said the road was closed. The administration said the road was open."
    )
    m = _actor(nlp, text, "administration")
    assert m is not None and m.kb_id == "syria"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two countries named as often: no country leads
        ("Syria and Turkey met in Geneva. The government said the talks went well.", "government"),
        # indefinite or possessed: not the body of the article's country
        ("Protests spread across Egypt. A government official resigned, and a military council met.", "military"),
        ("Protests spread across Egypt. Its army moved in.", "army"),
        # a demonym the gazetteer does not know still marks the body as some country's
        ("Protests spread across Egypt. The Ruritanian army moved in.", "army"),
    ],
)
def test_actors_state_body_without_a_leading_country_is_none_of_it(nlp, text, word):
    m = _actor(nlp, text, word)
    assert m is None or m.country != "egypt" and m.type != "Country", m


@pytest.mark.parametrize(
    ("text", "word", "label", "country", "kind"),
    [
        (
            "Security forces in Guinea have tortured dozens of refugees.",
            "forces",
            "Guinean security forces",
            "guinea",
            "Group",
        ),
        (
            "The summit was praised by the President of Gabon, who called it a success.",
            "President",
            "Gabonese President",
            "gabon",
            "Person",
        ),
        (
            "Militants from Somalia claimed on Monday that the port had been shelled.",
            "Militants",
            "Somali Militants",
            "somalia",
            "Group",
        ),
    ],
)
def test_actors_description_takes_the_country_of_its_phrase(nlp, text, word, label, country, kind):
    m = _actor(nlp, text, word)
    assert m is not None, text
    assert (m.name.lower(), m.country, m.type) == (label.lower(), country, kind)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # people in a country are not by that alone its people (refugees, visitors)
        ("Refugees in Lebanon said they had no water.", "Refugees"),
        # the forces of a body its compound names are that body's, wherever they come from
        ("They joined the African Union forces from Sudan on Monday.", "forces"),
    ],
)
def test_actors_phrase_that_does_not_say_whose_gives_no_country(nlp, text, word):
    m = _actor(nlp, text, word)
    assert m is None or m.country not in ("lebanon", "sudan"), m


def test_actors_state_body_speaks_for_the_country_in_relations(relations_of):
    text = "Protests spread across Egypt on Friday. Thousands marched in Cairo. The government accused Qatar of lying."
    rels = [(r.predicate, r.subject.label, r.object.label) for r in relations_of(text) if r.object is not None]
    assert ("accuses", "Egypt", "Qatar") in rels


def _counted(index, tok) -> str | None:
    """The article country by its definition, counted afresh: the one country named most often before ``tok``."""
    counts = Counter(m.country for i, m, _ in index.order if i < tok.i and m.country)
    counts.update(cid for i, cid in index.places.items() if i < tok.i)
    top = counts.most_common(2)
    return None if not top or len(top) == 2 and top[0][1] == top[1][1] else top[0][0]


def test_actors_article_country_counted_once_is_the_count_before_each_token(nlp):
    text = (
        "Egypt and Sudan met in Cairo. Sudan said Khartoum would answer. The Egyptian minister left. Ethiopia "
        "rejected it. Ethiopia said it would wait. Ethiopia and Egypt left. Then the government said the talks "
        "went well."
    )
    index = actor_index(nlp(text), lookup(), load_cues())
    found = [article_country(index, tok) for tok in index.doc]
    assert found == [_counted(index, tok) for tok in index.doc]
    assert {"egypt", "sudan"} <= set(found) and None in found
    last = index.doc[-2]
    assert article_country(index, last) == "egypt"  # 5 times before it (the government too), Ethiopia 3 times
    for at in (0, 2):  # the count is redone after an add: Ethiopia 5 times too, no country leads
        index.add(index.doc[at : at + 1], known(index.gaz, "ethiopia", "Ethiopia"))
    assert article_country(index, last) is None
    assert _counted(index, last) is None
