"""The model's attribute ruler, by dict lookups: the same ``pos``, ``morph``, ``lemma`` on every token, for less.

``en_core_web_sm``'s ``attribute_ruler`` maps each fine-grained tag (``token.tag_``) to a coarse part of speech
and morphological features, with some word-specific exceptions (``that`` as a relative pronoun, ``i`` →
``I``...), by running a :class:`~spacy.matcher.Matcher` of all its patterns over every token. Nearly all of
them test one token's tag, its lowercase form, its dependency label or whether it is a space, so
:class:`FastAttributes` indexes the same patterns (read from the model's ruler when the pipeline loads: no
table is copied here) by tag and by lowercase form, and gives each token the attributes of the patterns it
matches, applied in the ruler's order (a later pattern wins), as the ruler does. Patterns of any other shape
leave the model's ruler in place (:func:`compile_rules` returns None).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["FastAttributes", "compile_rules", "swap_attribute_ruler"]

#: the token attributes a pattern may test, as the columns of :meth:`~spacy.tokens.Doc.to_array`
_TESTS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE, POS, MORPH]
_SET = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA, "TAG": TAG, "DEP": DEP}

#: one test of a pattern's token: the column, ``in`` or ``not_in`` a set of values, or ``regex`` (on the string)
Test = tuple[int, str, Any]
#: a compiled pattern: its number (the ruler's order), the tests of each of its tokens, the token it sets
#: (index into the match) and what it sets (attribute id → value)
Rule = tuple[int, list[list[Test]], int, dict[int, int]]
#: what one token's row selects (:meth:`FastAttributes._by_row`)
_RowRules = tuple[list[Rule], list[tuple[Rule, list[list[Test]]]]]
#: how many distinct rows :meth:`FastAttributes._by_row` remembers before it starts afresh (a few MB)
ROW_MEMORY = 20_000


def _test(key: str, value: Any, strings: Any) -> Test | None:
    """One attribute of a pattern's token as a test; None for what :class:`FastAttributes` does not evaluate."""
    if key not in _TESTS:
        return None
    col = _TESTS[key]
    op, values = next(iter(value.items())) if isinstance(value, dict) and len(value) == 1 else ("=", [value])
    if op == "REGEX" and key == "LOWER" and isinstance(values, str):
        return col, "regex", re.compile(values)
    if op not in ("=", "IN", "NOT_IN") or not isinstance(values, list):
        return None
    if key == "IS_SPACE":
        if not all(isinstance(v, bool) for v in values):
            return None
        allowed = frozenset(int(v) for v in values)
    elif all(isinstance(v, str) for v in values):
        allowed = frozenset(strings.add(v) for v in values)
    else:
        return None
    return col, "not_in" if op == "NOT_IN" else "in", allowed


def _tests(token: dict[str, Any], strings: Any) -> list[Test] | None:
    tests = [_test(key, value, strings) for key, value in token.items()]
    return None if any(t is None for t in tests) else [t for t in tests if t is not None]


def compile_rules(patterns: Iterable[dict[str, Any]], strings: Any) -> list[Rule] | None:
    """The ruler's ``patterns`` (as :attr:`~spacy.pipeline.AttributeRuler.patterns` lists them, in order) as
    rules; None when one of them is of a shape :class:`FastAttributes` does not evaluate."""
    rules: list[Rule] = []
    for n, pattern in enumerate(patterns):
        attrs = {}
        for name, value in pattern["attrs"].items():
            if name not in _SET or not isinstance(value, str):
                return None
            attrs[_SET[name]] = strings.add(value)
        for alternative in pattern["patterns"]:
            tokens = [_tests(t, strings) for t in alternative]
            if not tokens or any(t is None for t in tokens):
                return None
            rules.append((n, [t for t in tokens if t is not None], int(pattern.get("index", 0)), attrs))
    return rules


#: the columns a rule is selected by, most specific first: the tag and the word, the tag, the word, the
#: dependency label, whether the token is a space
_SELECT = ((0, 1), (0,), (1,), (2,), (3,))


def _key(tests: list[Test], col: int) -> frozenset[int] | None:
    """The values of column ``col`` a token must have to pass ``tests``, when they test it by ``in``."""
    return next((allowed for c, kind, allowed in tests if c == col and kind == "in"), None)


class FastAttributes:
    """A pipeline component that sets what the model's attribute ruler sets, from ``rules``
    (:func:`compile_rules`). Like the ruler, it declares no ``assigns`` (the ruler's morphological values are in
    the vocabulary's morphology table already: the ruler added them when it loaded)."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        #: each rule under the values of the columns that select it (a key of :func:`_keys`), with the tests of
        #: its tokens that the key does not answer (none, for most: the tag alone, or the tag and the word)
        self.index: dict[tuple[int, ...], list[tuple[Rule, list[list[Test]]]]] = {}
        self.other: list[tuple[Rule, list[list[Test]]]] = []  # the rules no column selects (a regular expression)
        self.strings: Any = None
        self._regex: dict[tuple[int, Any], bool] = {}
        self._rows: dict[tuple[int, int, int, int], _RowRules] = {}  # see _by_row
        for rule in rules:
            first = rule[1][0]
            cols = next((c for c in _SELECT if all(_key(first, col) is not None for col in c)), None)
            if cols is None:
                self.other.append((rule, rule[1]))
                continue
            rest = [[t for t in first if not (t[0] in cols and t[1] == "in")], *rule[1][1:]]
            for values in itertools.product(*(sorted(_key(first, col) or ()) for col in cols)):
                self.index.setdefault((*cols, *values), []).append((rule, rest))

    def _passes(self, row: list[int], tests: list[Test]) -> bool:
        for col, kind, arg in tests:
            value = row[col]
            if kind == "in":
                if value not in arg:
                    return False
            elif kind == "not_in":
                if value in arg:
                    return False
            else:
                seen = self._regex.get((value, arg))
                if seen is None:
                    seen = self._regex[value, arg] = arg.search(self.strings[value]) is not None
                if not seen:
                    return False
        return True

    def _at(self, rows: list[list[int]], i: int, rule: Rule, rest: list[list[Test]]) -> bool:
        """Whether ``rule`` matches at token ``i``, given that its key does (``rest``: what is left to test)."""
        if len(rest) == 1 and not rest[0]:
            return True
        return i + len(rest) <= len(rows) and all(self._passes(rows[i + k], t) for k, t in enumerate(rest))

    def _by_row(self, row: list[int]) -> _RowRules:
        """The rules keyed on what one token is (its tag, word, dependency label, space), split into those
        of one token that match it, and those of more tokens whose first token it matches (to test at each
        place). A token's own row decides both, so they are worked out once per distinct row."""
        key = (row[0], row[1], row[2], row[3])
        found = self._rows.get(key)
        if found is not None:
            return found
        tag, lower, dep, space = key
        index = self.index
        one: list[Rule] = []
        more: list[tuple[Rule, list[list[Test]]]] = []
        keys = ((0, 1, tag, lower), (0, tag), (1, lower), (2, dep), (3, space))
        for rule, rest in itertools.chain(*(index.get(k, ()) for k in keys), self.other):
            if not self._passes(row, rest[0]):
                continue
            if len(rest) == 1:
                one.append(rule)
            else:
                more.append((rule, rest))
        if len(self._rows) >= ROW_MEMORY:
            self._rows.clear()
        found = self._rows[key] = (one, more)
        return found

    def _matches(self, rows: list[list[int]]) -> list[tuple[int, int, int, Rule]]:
        found = []
        for i, row in enumerate(rows):
            one, more = self._by_row(row)
            for rule in one:
                found.append((rule[0], i, i + 1, rule))
            for rule, rest in more:
                if self._at(rows, i, rule, rest):
                    found.append((rule[0], i, i + len(rest), rule))
        found.sort(key=lambda m: m[:3])
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        self.strings = doc.vocab.strings
        table = doc.to_array(_COLUMNS)
        rows = table[:, :4].tolist()
        pos, morph = table[:, 4].tolist(), table[:, 5].tolist()
        other: dict[tuple[int, int], int] = {}  # (token, attribute) → value, for the rare LEMMA, TAG, DEP
        for _, start, end, rule in self._matches(rows):
            i = (start if rule[2] >= 0 else end) + rule[2]
            for attr, value in rule[3].items():
                if attr == POS:
                    pos[i] = value
                elif attr == MORPH:
                    morph[i] = value
                else:
                    other[i, attr] = value
        if 0 in morph:  # a token no pattern gave features: from_array would give it the empty analysis's
            for i, m in enumerate(morph):
                if m:
                    doc[i].set_morph(m)  # type: ignore[attr-defined]
            doc.from_array([POS], numpy.array([pos], dtype=table.dtype).T)
        else:
            doc.from_array([POS, MORPH], numpy.array([pos, morph], dtype=table.dtype).T)
        for (i, attr), value in other.items():
            token = doc[i]
            if attr == LEMMA:
                token.lemma = value
            elif attr == TAG:
                token.tag = value
            else:
                token.dep = value
        return doc


@Language.factory("gk_attributes")
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    """The model's ``attribute_ruler`` (which must be in ``nlp``) as a :class:`FastAttributes`."""
    rules = compile_rules(nlp.get_pipe("attribute_ruler").patterns, nlp.vocab.strings)  # type: ignore[attr-defined]
    if rules is None:
        raise ValueError("the attribute_ruler has patterns gk_attributes cannot evaluate")
    return FastAttributes(rules)


def swap_attribute_ruler(nlp: Language) -> bool:
    """Put :class:`FastAttributes` in the place of ``nlp``'s ``attribute_ruler``, when it has one whose patterns
    :func:`compile_rules` takes; whether it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    if compile_rules(nlp.get_pipe("attribute_ruler").patterns, nlp.vocab.strings) is None:  # type: ignore[attr-defined]
        return False
    nlp.add_pipe("gk_attributes", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return True
