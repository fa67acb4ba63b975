"""A speech act in the first person inside a quotation is the quoted speaker's own: '"We condemn X,"
Y said' (Y accuses X), "Y said: 'I call on X to ...'" (Y demands X). It is no report: no
``attributed_to``.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            '"We condemn the Israeli government for the raids," Hamas said in a statement.',
            ("accuses", "Hamas", "Israel"),
        ),
        (
            '"We urge Iran to return to the negotiating table," German foreign minister Heiko Maas said.',
            ("demands", "Heiko Maas", "Iran"),
        ),
        ('Heiko Maas said: "I call on Iran to return to the talks."', ("demands", "Heiko Maas", "Iran")),
        (
            '"We reject the demands of the Chinese government," said Taiwan\'s president Tsai Ing-wen.',
            ("rejects", "Tsai Ing-wen", "China"),
        ),
    ],
)
def test_first_person_acts_in_quotations_are_the_speakers(relations_of, text, expected):
    rels = relations_of(text)
    assert expected in triples(rels)
    assert all(r.attributed_to is None for r in rels if r.predicate == expected[0])


@pytest.mark.parametrize(
    "text",
    [
        '"We will never condemn Iran," Heiko Maas said.',  # negated
        '"They condemn Iran every day," Heiko Maas said.',  # not the speaker's own act
        '"If they attack, we will condemn Iran," Heiko Maas said.',  # conditional
    ],
)
def test_quoted_acts_that_are_not_the_speakers(relations_of, text):
    assert not any(p == "accuses" and s == "Heiko Maas" for p, s, _ in triples(relations_of(text)))
