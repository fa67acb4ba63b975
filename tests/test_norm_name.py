"""``norm_name``: the key every gazetteer, place and actor lookup uses."""

import pytest

from graphkit.nlp.gazetteer import lookup, norm_name


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The United Nations", "united nations"),  # a leading article goes
        ("an Nation", "nation"),
        ("Theodore Roosevelt", "theodore roosevelt"),  # "the" inside a word stays
        ("Russia's", "russia"),  # a possessive goes, either apostrophe
        ("Russia\u2019s", "russia"),
        ("Venezuelans'", "venezuelans"),
        ("U.S.", "us"),  # dots go
        ("Hamas (militant group)", "hamas militant group"),  # other punctuation becomes a space
        ("Guinea-Bissau", "guinea-bissau"),  # a hyphen stays
        ("  New \t  York  ", "new york"),  # runs of spaces are one
        ("the", "the"),  # an article alone is a name
    ],
)
def test_norm_name_folds_case_articles_possessives_and_punctuation(name, key):
    assert norm_name(name) == key


def test_the_gazetteer_lookup_finds_names_written_other_ways():
    gaz = lookup()
    assert gaz.by_name[norm_name("the U.N.")] == gaz.by_name[norm_name("UN")]
    assert gaz.places[norm_name("Basra")] == "iraq"
