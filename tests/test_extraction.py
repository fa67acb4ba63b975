"""Extraction patterns, each a sentence shape from ANNOTATION.md, with what must (not) come out."""

from __future__ import annotations

import pytest

from .conftest import claims as _claims
from .conftest import triples as _triples


@pytest.mark.parametrize(
    "text,source,content",
    [
        (
            "Sergei Lavrov said that Western weapons were prolonging the war.",
            "Sergei Lavrov",
            "Western weapons were prolonging the war",
        ),
        (
            "Four launchers were knocked out last week, the Russian Defence Ministry said.",
            "Russian Defence Ministry",
            "Four launchers were knocked out last week",
        ),
        (
            "According to Ukraine's General Staff, the attack was repelled near Bakhmut.",
            None,
            "the attack was repelled near Bakhmut",
        ),
        ("Poland's foreign ministry called that report false.", None, "that report false"),
    ],
)
def test_extraction_claim_source_and_content(relations_of, text, source, content):
    claims = _claims(relations_of(text))
    assert len(claims) == 1, claims
    ((who, what),) = claims
    assert what == content
    if source:
        assert who == source


def test_extraction_claim_after_colon_takes_next_sentence(relations_of):
    rels = relations_of("Volodymyr Zelensky said: The front line is holding. Reporters asked nothing.")
    assert ("Volodymyr Zelensky", "The front line is holding") in _claims(rels)


def test_extraction_accusation_with_target_and_claim(relations_of):
    rels = relations_of("Beijing has accused Washington of stoking the dispute by selling arms to Taiwan.")
    assert ("accuses", "China", "United States") in _triples(rels)
    assert any(
        r.predicate == "claims" and r.subject.label == "China" and "stoking the dispute" in r.content for r in rels
    )


def test_extraction_passive_accusation_object_is_the_target(relations_of):
    rels = relations_of("Iran was accused by Israel of arming the Houthis.")
    assert ("accuses", "Israel", "Iran") in _triples(rels)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Russia did not accuse Ukraine of the attack.", False),  # negated
        ("Russia did accuse Ukraine of the attack.", True),
        ("Russia never blamed Ukraine for the blast.", False),
        ("Russia blamed Ukraine for the blast.", True),
        ("If Russia accuses Ukraine of the attack, talks will end.", False),  # hypothetical
        ("After Russia accused Ukraine of the attack, talks ended.", True),
        ("Russia may accuse Ukraine of the attack.", False),  # hedged
        ("Russia has accused Ukraine of the attack.", True),
        ("Did Russia accuse Ukraine of the attack?", False),  # questioned
        ("Russia accused Ukraine of the attack.", True),
    ],
)
def test_extraction_negated_hypothetical_or_questioned_accusation_gives_nothing(relations_of, text, accused):
    assert (("accuses", "Russia", "Ukraine") in _triples(relations_of(text))) is accused


@pytest.mark.parametrize(
    "text,triple",
    [
        ("China threatened Taiwan with military drills.", ("threatens", "China", "Taiwan")),
        ("The United States supplied weapons to Ukraine.", ("supports", "United States", "Ukraine")),
        ("Narendra Modi met Xi Jinping in Kazan.", ("meets", "Narendra Modi", "Xi Jinping")),
        ("The European Union urged Israel to allow aid into Gaza.", ("demands", "European Union", "Israel")),
        ("Russia attacked Ukraine with missiles overnight.", ("attacks", "Russia", "Ukraine")),
    ],
)
def test_extraction_other_predicates(relations_of, text, triple):
    assert triple in _triples(relations_of(text))


def test_extraction_title_before_another_name_is_not_the_gazetteer_holder(relations_of):
    rels = relations_of("Russian President Boris Yeltsin hosted Japanese Prime Minister Ryutaro Hashimoto.")
    subjects = {(r.subject.label, r.subject.country) for r in rels if r.predicate == "meets"}
    assert subjects == {("Boris Yeltsin", "Russia")}
    objects = {(r.object.label, r.object.country) for r in rels if r.predicate == "meets"}
    assert objects == {("Ryutaro Hashimoto", "Japan")}


def test_extraction_pronoun_and_surname_join_the_full_name(relations_of):
    text = (
        "Serhiy Leshchenko, an adviser to the presidential office, said the reports were fake. "
        "He added that Minsk was trying to frighten Lithuania's neighbours. "
        "Leshchenko wrote that the strikes had failed."
    )
    sources = {r.subject.label for r in relations_of(text) if r.predicate == "claims"}
    assert sources == {"Serhiy Leshchenko"}


def test_extraction_capital_stands_for_its_government(relations_of):
    rels = relations_of("Washington accused Beijing of economic blackmail.")
    assert ("accuses", "United States", "China") in _triples(rels)


def test_extraction_author_narration_and_boilerplate_give_no_claims(relations_of):
    assert not relations_of("The strike hit a hospital in Kyiv on Monday. Share this article")
    said = "Vitali Klitschko said the strike hit a hospital in Kyiv on Monday. Share this article"
    assert _claims(relations_of(said)) == {("Vitali Klitschko", "the strike hit a hospital in Kyiv on Monday")}


def test_extraction_every_relation_has_evidence_in_its_article(relations_of):
    text = "Headline.\n\nRussia accused Ukraine of shelling the plant. Kyiv said Moscow was lying."
    rels = relations_of(text)
    assert rels
    for r in rels:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.sentence


def test_extraction_quote_over_several_sentences_is_claimed_sentence_by_sentence(relations_of):
    text = (
        'Maria Zakharova told reporters: "The Russian side does not seek a quarrel with anyone. '
        'Sanctions and ultimatums are not a way to talk to Moscow."'
    )
    assert _claims(relations_of(text)) == {
        ("Maria Zakharova", "The Russian side does not seek a quarrel with anyone"),
        ("Maria Zakharova", "Sanctions and ultimatums are not a way to talk to Moscow"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "\u00abAir defence shot down 747 drones. The enemy lost four missiles\u00bb,"
        " - reported the Ukrainian Air Force.",
        "\u201cAir defence shot down 747 drones. The enemy lost four missiles,\u201d said the Ukrainian Air Force.",
    ],
)
def test_extraction_inverted_attribution_after_a_quote(relations_of, text):
    claims = _claims(relations_of(text))
    assert {who for who, _ in claims} == {"Ukrainian Air Force"}
    assert {what for _, what in claims} == {"Air defence shot down 747 drones", "The enemy lost four missiles"}


def test_extraction_unnamed_officials_are_one_node_per_article(nlp):
    from graphkit.api import extract
    from graphkit.nlp.gazetteer import lookup
    from graphkit.resolve.resolver import resolve
    from graphkit.types import Article

    arts = [Article(id=i, text="A U.S. official said the strike had failed.") for i in ("a1", "a2")]
    rels, _ = resolve(extract(arts, nlp=nlp), lookup())
    officials = {(r.evidence.article, r.subject.key, r.subject.label, r.subject.country) for r in rels}
    assert officials == {
        ("a1", "a1/us_official", "U.S. official", "United States"),
        ("a2", "a2/us_official", "U.S. official", "United States"),
    }


def test_extraction_actor_of_a_dropped_self_relation_is_no_orphan_node(nlp):
    from graphkit.api import extract
    from graphkit.nlp.gazetteer import lookup
    from graphkit.resolve.resolver import resolve
    from graphkit.types import Article

    text = "Moscow attacked Russia. Leshchenko said that Ukraine would win."
    rels, actors = resolve(extract([Article(id="t", text=text)], nlp=nlp), lookup())
    assert not [r for r in rels if r.predicate == "attacks"]  # Moscow is Russia: no self-attack
    assert "russia" not in actors and set(actors) == {"leshchenko", "ukraine"}


@pytest.mark.parametrize(
    "text,source,content",
    [
        (
            "From the perspective of the Kremlin, NATO expansion is a direct threat to Russia.",
            "Kremlin",
            "NATO expansion is a direct threat to Russia",
        ),
        ("Beijing's position that Taiwan is part of China has not changed.", "China", "Taiwan is part of China"),
        (
            "Ukraine is losing ground. This was written by the Institute for the Study of War.",
            "Institute for the Study of War",
            "Ukraine is losing ground",
        ),
        ("The ceasefire is over, Netanyahu summarized.", "Benjamin Netanyahu", "The ceasefire is over"),
        (
            "Lavrov characterized the sanctions as economic warfare.",
            "Sergei Lavrov",
            "the sanctions as economic warfare",
        ),
        (
            "Egypt's foreign minister said on Monday the crossing would stay open.",
            None,
            "the crossing would stay open",
        ),  # the date belongs to "said", not to the claim
    ],
)
def test_extraction_attribution_shapes(relations_of, text, source, content):
    claims = _claims(relations_of(text))
    assert any(what == content and (source is None or who == source) for who, what in claims), claims


def test_extraction_nested_attribution_gives_the_outer_source_the_claim(relations_of):
    rels = relations_of("The Russian defence ministry said Skibitsky had admitted that Washington coordinates strikes.")
    assert ("Russian Defence Ministry", "Skibitsky had admitted that Washington coordinates strikes") in _claims(rels)


def test_extraction_quoted_words_are_not_attribution(relations_of):
    rels = relations_of('"They have declared war on us," Ruto said. "They said we would pay."')
    sources = {r.subject.label for r in rels if r.predicate == "claims"}
    assert sources == {"William Ruto"}, _claims(rels)
    assert ("William Ruto", "They said we would pay") in _claims(rels)  # the quotation goes on


@pytest.mark.parametrize(
    "text,accuser,accused",
    [
        ("Hungary blamed Brussels for the crisis.", "Hungary", "European Commission"),
        ("Lithuania held Minsk responsible for the migrant surge.", "Lithuania", "Belarus"),
        ("Warsaw described Minsk as complicit in the smuggling.", "Poland", "Belarus"),
        ("Kosovo rejected Serbia's accusation that Pristina was persecuting Serbs.", "Serbia", "Kosovo"),
        ("Armenia said the crimes of Azerbaijan would not be forgotten.", "Armenia", "Azerbaijan"),
        ("Moldova said Moscow was directly involved in the plot.", "Moldova", "Russia"),
    ],
)
def test_extraction_accusation_shapes(relations_of, text, accuser, accused):
    assert ("accuses", accuser, accused) in _triples(relations_of(text))


def test_extraction_a_denial_gives_denies(relations_of):
    rels = relations_of("Lithuania accused Belarus of sending migrants. Minsk denied the accusations.")
    assert ("denies", "Belarus", "Lithuania") in _triples(rels)


def _resolved(nlp, text, title=""):
    from graphkit.api import extract
    from graphkit.nlp.gazetteer import lookup
    from graphkit.resolve.resolver import resolve
    from graphkit.types import Article

    return resolve(extract([Article(id="t", text=text, title=title)], nlp=nlp), lookup())[0]


ACCUSES = ("accuses", "Poland", "Belarus")
BODY = "\n\nThe Polish interior ministry said that the border fence would be extended."


@pytest.mark.parametrize(
    ("text", "title", "kept"),
    [
        # a title line (short, no full stop) then a blank line: the headline is no one's statement
        ("Poland accuses Belarus of pushing migrants over the border" + BODY, "", False),
        ("Border row: Poland accuses Belarus of pushing migrants" + BODY, "", False),  # a title with a colon
        ('Poland accuses Belarus of "hybrid attack"' + BODY, "", False),  # a quotation closes the title
        ("Poland accuses Belarus of pushing migrants, says U.S." + BODY, "", False),  # an abbreviation's dot
        # the article starts with its lead paragraph: it is part of the article
        ("Poland accused Belarus on Monday of pushing migrants over the border." + BODY, "", True),
        ("Poland accuses Belarus of pushing migrants." + BODY, "", True),  # a first line ending in a full stop
        ('Poland accused Belarus of a "hybrid attack."' + BODY, "", True),  # the stop inside the quotation
        ("Poland accuses Belarus of pushing migrants!" + BODY, "", True),
        # one paragraph of wire text, its title its own first line
        ("Poland accused Belarus of pushing migrants over the border.", "", True),
        ("Poland accuses Belarus of pushing migrants", "Poland accuses Belarus of pushing migrants", True),
        # the metadata's title: the line it matches is the headline, full stop or not; another title keeps the lead
        ("Poland accuses Belarus of pushing migrants." + BODY, "Poland accuses Belarus of pushing migrants.", False),
        ("Poland accuses Belarus of pushing migrants." + BODY, "Migrants at the border", True),
        # a long first line is a lead paragraph even when the metadata copies it as the title
        (
            "Poland accused Belarus on Monday of pushing hundreds of migrants over the border near the town of "
            "Kuznica, the third such incident this month." + BODY,
            "Poland accused Belarus on Monday of pushing hundreds of migrants over the border near the town of "
            "Kuznica, the third such incident this month.",
            True,
        ),
    ],
)
def test_extraction_the_first_line_is_a_headline_only_when_it_is_a_title(nlp, text, title, kept):
    rels = _resolved(nlp, text, title)
    assert (ACCUSES in _triples(rels)) is kept
    assert any(r.predicate == "claims" and "border fence" in r.content for r in rels) is (BODY in text)


def test_extraction_a_front_matter_title_reaches_the_headline_rule(nlp, tmp_path):
    from graphkit.ingest.corpus import read_corpus

    front = "---\ntitle: {}\n---\n"
    lead = "Poland accuses Belarus of pushing migrants."
    (tmp_path / "a.md").write_text(front.format(lead) + lead + BODY, encoding="utf-8")
    (tmp_path / "b.md").write_text(front.format("Migrants at the border") + lead + BODY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(lead + BODY, encoding="utf-8")  # no metadata: a lead is no title
    articles = {a.id: a for a in read_corpus([tmp_path])}
    assert (articles["a"].title, articles["b"].title, articles["c"].title) == (lead, "Migrants at the border", "")
    kept = {name: ACCUSES in _triples(_resolved(nlp, a.text, a.title)) for name, a in articles.items()}
    assert kept == {"a": False, "b": True, "c": True}
