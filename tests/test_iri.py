"""IRIs: readable, deterministic, percent-safe for any id or name, never shared by two keys, under the base."""

from __future__ import annotations

import posixpath
import random
from urllib.parse import unquote, urlsplit

import pytest
from rdflib.term import _invalid_uri_chars, _is_valid_uri

from graphkit.errors import GraphkitError
from graphkit.graph.iri import DEFAULT_BASE, IRIs, check_base
from graphkit.types import Actor, Evidence, Relation

NASTY = [
    "",
    " ",
    ".",
    "..",
    "../",
    "../../etc/passwd",
    "./a",
    "a/../b",
    "a/./b",
    "/",
    "//",
    "a//b",
    "/abs",
    "#",
    "a#b",
    "?",
    "a?b=c&d",
    "%",
    "%2E%2E",
    "%2e%2e/x",
    "100%",
    "a%20b",
    "~",
    "~a",
    "a~b",
    'double "quotes"',
    "single 'quotes'",
    "back`tick",
    "<angle>",
    "{brace}",
    "pipe|",
    "back\\slash",
    "caret^",
    "tab\there",
    "new\nline",
    "nul\x00byte",
    "del\x7f",
    "\u200b zero width",
    "\ufeffbom",
    "Путин",
    "Владимир Путин",
    "习近平",
    "محمد بن سلمان",
    "עברית",
    "ελληνικά",
    "naïve café",
    "Ǆemal",
    "İstanbul",
    "ß",
    "ﬁ ligature",
    "emoji 🚀",
    "lone \ud800 surrogate",
    "name:west",
    "a:b",
    "mailto:x",
    "royal_thai_army",
    "royal thai army",
    "royal-thai-army",
    "Royal_Thai_Army",
    "royal__thai",
    "_lead",
    "trail_",
    "a_b/c_d",
    "a_b/c d",
    "article 1/us_official",
    "dev01_x/us_official",
    "x" * 300,
]

BASES = [
    DEFAULT_BASE,
    "https://example.org/kg",
    "http://example.org/a/b/",
    "urn:example:kg:",
    "https://example.org/kg#",
]


def _relation(article: str, key: str = "russia") -> Relation:
    actor = Actor(key=key, label=key, type="Country")
    return Relation("claims", actor, None, Evidence(article, "He said so.", 3, 14, "said"), content="so")


def _minted(iris: IRIs, text: str) -> list[str]:
    rel = _relation(text, key=text)
    return [
        str(i)
        for i in (
            iris.actor(text),
            iris.article(text),
            iris.claim(rel),
            iris.statement(rel),
            iris.evidence(rel),
            *iris.selectors(rel),
        )
    ]


def _assert_safe(iri: str, base: str) -> None:
    import pyoxigraph

    assert _is_valid_uri(iri), iri
    pyoxigraph.NamedNode(iri)  # an independent, strict IRI parser (RFC 3987)
    assert iri.startswith(base), iri
    assert not any(c.isspace() or c in "\"'<>`{}|\\^" or ord(c) > 126 or ord(c) < 33 for c in iri), iri
    rest = iri[len(base) :]
    assert "?" not in rest and "#" not in rest, iri  # no query or fragment smuggled in
    path = urlsplit(iri).path if not base.endswith("#") else urlsplit(iri).fragment
    for seg in path.split("/"):
        assert unquote(seg) not in (".", ".."), iri  # no dot segment, even once decoded (WHATWG URL)
    if urlsplit(base).path:
        assert posixpath.normpath(urlsplit(iri).path).startswith(posixpath.normpath(urlsplit(base).path))


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_iri_any_id_or_name_gives_a_valid_iri_under_the_base(base, text):
    iris = IRIs(base)
    for iri in _minted(iris, text):
        _assert_safe(iri, iris.base)


def test_iri_random_strings_give_valid_distinct_iris():
    """Property-style: many random strings over an alphabet of troublemakers."""
    alphabet = list("aAzZ09_-. /#?%~:'\"\\<>\t\n") + ["é", "Ж", "中", "🚀", "\u0301", "\u200b"]
    rng = random.Random(4)
    texts = {"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)}
    iris = IRIs()
    actors, articles = {}, {}
    for text in texts:
        actor, article, *_ = _minted(iris, text)
        _assert_safe(actor, iris.base)
        _assert_safe(article, iris.base)
        actors[actor] = text
        articles[article] = text
    assert len(actors) == len(articles) == len(texts)  # no two keys, no two article ids, share an IRI


@pytest.mark.parametrize(
    ("key", "path"),
    [
        ("royal_thai_army", "actor/royal-thai-army"),
        ("vladimir_putin", "actor/vladimir-putin"),
        ("russia", "actor/russia"),
        ("m23", "actor/m23"),
        ("dev01_russia_defence_ministry_himars/us_official", "actor/dev01-russia-defence-ministry-himars/us-official"),
        ("путин", "actor/%D0%BF%D1%83%D1%82%D0%B8%D0%BD"),  # a non-Latin key: its letters, percent-encoded
        ("royal thai army", "actor/~royal%20thai%20army"),  # not the gazetteer's spelling: escaped, lossless
        ("Royal_Thai_Army", "actor/~Royal_Thai_Army"),
        ("name:west", "actor/~name%3Awest"),
    ],
)
def test_iri_actor_keys_read_as_hyphenated_words(key, path):
    assert str(IRIs().actor(key)) == DEFAULT_BASE + path


@pytest.mark.parametrize(
    ("article_id", "path"),
    [
        ("dev01_russia_defence_ministry_himars", "article/dev01_russia_defence_ministry_himars"),
        ("Reuters-2024.01.05", "article/Reuters-2024.01.05"),
        ("..", "article/~.."),
        ("../etc/passwd", "article/~..%2Fetc%2Fpasswd"),
        (".hidden", "article/~.hidden"),
        ("a b#c?d", "article/~a%20b%23c%3Fd"),
    ],
)
def test_iri_article_ids_kept_as_file_names_else_escaped(article_id, path):
    assert str(IRIs().article(article_id)) == DEFAULT_BASE + path


def test_iri_keys_that_read_alike_never_share_an_iri():
    keys = [
        "royal_thai_army",
        "royal thai army",
        "royal-thai-army",
        "Royal_Thai_Army",
        "royal__thai_army",
        "royal_thai_army ",
        "~royal-thai-army",
        "royal%5Fthai",
        "royal_thai",
        "royal/thai",
        "royal%2Fthai",
        "name:royal thai army",
        "",
        "/",
        "//",
        "_",
        "-",
        "~",
        "%7E",
    ]
    iris = IRIs()
    assert len({iris.actor(k) for k in keys}) == len(keys)
    assert len({iris.article(k) for k in keys}) == len(keys)


def test_iri_the_same_input_gives_the_same_iri():
    a, b = IRIs("https://example.org/kg"), IRIs("https://example.org/kg")
    for text in NASTY:
        assert _minted(a, text) == _minted(b, text)


def test_iri_unknown_names_get_the_gazetteer_spelling_and_never_take_a_gazetteer_id():
    from graphkit.nlp.gazetteer import lookup
    from graphkit.resolve.resolver import name_key

    gaz = lookup()
    assert name_key("Jean-Pierre Bemba", gaz) == "jean_pierre_bemba"
    assert name_key("Jay Tarriela", gaz) == "jay_tarriela"
    assert str(IRIs().actor(name_key("Jay Tarriela", gaz))).endswith("/actor/jay-tarriela")
    known = next(iter(gaz.entries))  # a name the gazetteer did not match, spelt like one of its ids
    assert name_key(known.replace("_", " "), gaz) != known


@pytest.mark.parametrize(
    "base",
    ["", "example.org/kg", "relative/path/", "https://exa mple.org/", "http://x/?q=1", 'https://example.org/"quoted"/'],
)
def test_iri_base_must_be_an_absolute_iri(base):
    with pytest.raises(GraphkitError, match=r"\[E042\]"):
        IRIs(base)


@pytest.mark.parametrize("char", list(_invalid_uri_chars))
def test_iri_base_check_refuses_what_rdflib_refuses_without_loading_it(char):
    with pytest.raises(GraphkitError, match=r"\[E042\]"):
        check_base(f"https://example.org/a{char}b/")
    assert check_base("https://example.org/kg") == IRIs("https://example.org/kg").base == "https://example.org/kg/"
