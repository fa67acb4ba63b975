"""A demand's document told again with its issuer (``retold.py``): after "X issued a subpoena to Y" or "X
subpoenaed Y", "The subpoena was signed by A and B" (passive: an active verb of issuing is a light verb,
the noun's own frame) → A and B demand of Y (pattern ``demands:demand-retold``);
a document with no addressee told before, or an indefinite one, asks nothing.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _demands(rels) -> set[tuple]:
    return {(s, o) for p, s, o in triples(rels) if p == "demands"}


_SIGNERS = {("Lindsey Graham", "William Barr"), ("Dianne Feinstein", "William Barr")}


@pytest.mark.parametrize(
    "text",
    [
        # passive issuing and signing; the addressee as "to", "for ... from", or the verb's object
        "The Senate Judiciary Committee issued a subpoena to Attorney General William Barr on Monday. "
        "The subpoena was issued jointly by Senators Lindsey Graham and Dianne Feinstein.",
        "The Senate Judiciary Committee issued a subpoena for records from Attorney General William Barr. "
        "The subpoena was signed by Senators Lindsey Graham and Dianne Feinstein, who lead the committee.",
        "The Senate Judiciary Committee subpoenaed Attorney General William Barr on Monday. The talks had "
        "failed in May. The subpoena was signed by Senators Lindsey Graham and Dianne Feinstein.",
        # an ultimatum sent
        "The Senate Judiciary Committee issued an ultimatum to Attorney General William Barr. It was late. "
        "The ultimatum was sent by Senators Lindsey Graham and Dianne Feinstein on Monday.",
    ],
)
def test_the_signers_of_a_demand_told_before_demand_of_its_addressee(relations_of, text):
    rels = relations_of(text)
    assert _SIGNERS <= _demands(rels)
    assert {r.pattern for r in rels if (r.subject.label, r.object.label) in _SIGNERS} == {"demands:demand-retold"}


@pytest.mark.parametrize(
    "text",
    [
        "Senators Lindsey Graham and Dianne Feinstein signed the subpoena.",
        "The Senate Judiciary Committee issued a subpoena for records on Monday. "
        "The subpoena was signed by Senators Lindsey Graham and Dianne Feinstein.",
        "The Senate Judiciary Committee subpoenaed Attorney General William Barr on Monday. "
        "Senators Lindsey Graham and Dianne Feinstein signed a letter.",
        "The Senate Judiciary Committee subpoenaed Attorney General William Barr on Monday. "
        "Senators Lindsey Graham and Dianne Feinstein did not sign the subpoena.",
    ],
)
def test_no_addressee_told_no_demand_of_the_signers(relations_of, text):
    assert not _demands(relations_of(text)) & _SIGNERS
