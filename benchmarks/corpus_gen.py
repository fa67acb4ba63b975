"""A synthetic news corpus of any size, made from the bundled ``corpus/``, for the scale benchmarks.

Each generated article is a ``.txt`` file: a YAML front matter (``date``, ``source``), the headline on the
first line after it, a blank line, then the body, one paragraph per block. An article is made from one
*host* article of the bundled corpus (read with :func:`graphkit.ingest.corpus.read_corpus`):

- its lead paragraph first, then its other paragraphs in a shuffled order, with 0–2 paragraphs borrowed
  from other source articles put in among them;
- the people, organisations and groups of the gazetteer (``ontologies/actors.yaml``) that it names are
  mostly replaced by synthetic ones, consistently within the article ("Vladimir Putin" and "Putin" become
  "Jonas Okafor" and "Okafor"; "Hamas" becomes "Veloria Liberation Front", and an acronym alias its
  initials). About a quarter of the well-known actors keep their real names. Which synthetic actor stands
  in is drawn by a Chinese-restaurant process: a few actors recur a lot and new ones keep coming at a slowly
  falling rate, so that, as in real news, the actor set grows with the corpus instead of repeating;
- a random date in 2020–2025 and a source name, in the front matter.

Countries, places and everything else stay as written. The corpus is deterministic for a given
``(n, seed)``, and the first ``n`` articles of a larger corpus with the same seed are the corpus of ``n``
(one random stream, drawn article after article), so article ``n + 1`` is what "add one article" adds.

:func:`ensure_corpus` writes a corpus once into a cache folder and reuses it while its manifest matches
(size, seed, the generator's source, the bundled corpus, the files' hash).

    .venv/bin/python benchmarks/corpus_gen.py 1000 --seed 1 --out /tmp/corpus1000
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import random
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from graphkit.ingest.corpus import read_corpus
from graphkit.resources import load_gazetteer
from graphkit.types import Article

REPO = Path(__file__).resolve().parent.parent
BASE_CORPUS = REPO / "corpus"
DEFAULT_DATA = Path.home() / ".cache" / "graphkit-bench"
MANIFEST = "manifest.json"

KEEP_REAL = 0.25  # share of gazetteer people/organisations that keep their real name in an article
CRP_THETA, CRP_DISCOUNT = 20.0, 0.6  # the Pitman-Yor parameters of the stand-in draws (new-actor rate)
BORROW = (0, 0, 1, 1, 2)  # paragraphs borrowed from other source articles: drawn from these
START_DATE, DATE_SPAN_DAYS = dt.date(2020, 1, 1), 6 * 365
SOURCES = (
    "Example Wire Service",
    "Example World Desk",
    "Example Africa News",
    "Example Asia Report",
    "Example Europe Daily",
    "Example Americas Herald",
    "example.org",
    "Example Gulf Times",
)

FIRST = """Amara Anders Anja Arjun Beatriz Bilal Bogdan Camille Carlos Chen Dana Darius Dmitar Eitan Elena Emeka
Esra Farah Felix Femi Goran Hana Hiro Ines Ivo Jae Jonas Juliana Kamal Karin Kemal Kofi Lars Leila Luca Lucia
Malik Marek Marta Mateo Mehmet Mina Nadia Nikolai Noor Olga Omar Oskar Paulo Priya Rafael Rania Ravi Rosa Rustam
Samir Sara Sergei Sofia Stefan Tamar Tariq Teodor Tomas Uma Valentina Viktor Wanjiru Yara Yusuf Zainab Zoran""".split()
LAST = """Abebe Adeyemi Alvarez Amini Andersen Aziz Bakker Barros Becker Benitez Berger Bianchi Bondarenko Brandt
Castillo Cerny Chaudhry Costa Dahl Demir Diallo Dimitrov Dubois Duarte Eriksen Esposito Farouk Ferreira Fischer
Galli Ghani Haddad Halvorsen Horvat Hossain Ibrahimovic Ivanova Jansen Jovanovic Kaya Keller Kiplagat Kovac
Kowalski Kruger Lange Laurent Lindqvist Lopez Mahmoud Marino Mbeki Mendes Mensah Moreau Nakamura Navarro Nieminen
Novak Nwosu Okafor Olsen Ortega Osei Pereira Petrov Quispe Rahimi Rossi Sabet Salazar Santos Schmidt Sokolov
Suzuki Szabo Tanaka Tembo Torres Umarov Varga Vasquez Weber Wojcik Yamamoto Yilmaz Zeller Zubkov""".split()
ORG_PLACE = """Aldoria Belmara Corvenia Dravosk Eskaria Fenmark Galvara Hestoria Istrana Jorvik Kaldera Lunaria
Marvosa Nordhaven Ostrava Peltania Quorinth Ravenna Solvaria Tarnow Umbria Valdora Westmark Zentara""".split()
ORG_KIND = (
    "Liberation Front",
    "People's Party",
    "Energy Council",
    "Defence Bureau",
    "Trade Union",
    "Security Service",
    "National Congress",
    "Reform Movement",
    "Development Bank",
    "Human Rights Watchdog",
    "Resistance Brigades",
    "Investigative Committee",
    "Chamber of Commerce",
    "Green Alliance",
)


@dataclasses.dataclass(frozen=True)
class _Actor:
    """A gazetteer person or organisation that the bundled corpus names, and the strings that name it."""

    id: str
    kind: str  # "person" or "org"
    names: tuple[str, ...]  # the label and the usable aliases, longest first


def source_articles(corpus: Path = BASE_CORPUS) -> list[Article]:
    """The Article records of the bundled corpus (what every generated article is made from)."""
    return [r for r in read_corpus([corpus]) if isinstance(r, Article)]


def _paragraphs(art: Article) -> list[str]:
    text = art.text.strip()
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    paras = [" ".join(b.split()) for b in blocks]
    return [p for p in paras if p and p != " ".join(art.title.split())]


_FUNCTION_WORDS = frozenset({"of", "and", "in", "for", "on", "de", "des", "du", "la", "le", "the"})


def _usable(name: str) -> bool:
    """A name that can be swapped for a stand-in's: no possessive, no description ("UN nuclear watchdog",
    "the West")."""
    words = name.split()
    return (
        len(name) > 1
        and "'" not in name
        and words[0] != "the"
        and all(w[0].isupper() or w[0].isdigit() or w in _FUNCTION_WORDS for w in words)
    )


def _named_actors(articles: Sequence[Article]) -> list[_Actor]:
    """The gazetteer's people, organisations and groups named anywhere in ``articles``, in gazetteer order."""
    text = "\n".join(a.title + "\n" + a.text for a in articles)
    found = []
    for e in load_gazetteer().values():
        if e.type == "Country":
            continue
        names = [n for n in (e.label, *e.aliases) if _usable(n)]
        names = [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)]
        if names:
            found.append(
                _Actor(
                    e.id,
                    "person" if e.type == "Person" else "org",
                    tuple(sorted(dict.fromkeys(names), key=lambda n: (-len(n), n))),
                )
            )
    return found


class _StandIns:
    """Synthetic actors drawn by a Pitman-Yor (Chinese-restaurant) process over a shuffled name pool."""

    def __init__(self, pool: list[str], rng: random.Random) -> None:
        self.pool, self.rng = pool, rng
        self.seen: list[int] = []  # every draw so far: drawing from it picks an actor in proportion to its uses
        self.known = 0  # distinct actors drawn so far

    def draw(self) -> str:
        n, k = len(self.seen), self.known
        if k < len(self.pool) and self.rng.random() < (CRP_THETA + CRP_DISCOUNT * k) / (n + CRP_THETA):
            idx, self.known = k, k + 1
        else:
            idx = self.rng.choice(self.seen) if self.seen else 0
        self.seen.append(idx)
        return self.pool[idx]


def _pools(seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(f"graphkit-bench-names:{seed}")
    people = [f"{f} {last}" for f in FIRST for last in LAST]
    orgs = [f"{p} {k}" for p in ORG_PLACE for k in ORG_KIND]
    rng.shuffle(people)
    rng.shuffle(orgs)
    return people, orgs


def _replacement(actor: _Actor, stand_in: str, name: str) -> str:
    """What ``name`` (one of the actor's names) becomes when ``stand_in`` stands in for the actor."""
    if actor.kind == "person":
        return stand_in.split()[-1] if len(name.split()) == 1 else stand_in
    if name.replace(".", "").isupper() and len(name.split()) == 1:  # an acronym: the stand-in's initials
        return "".join(w[0] for w in stand_in.replace("'s", "").split() if w[0].isupper())
    return stand_in


def _swap(subst: dict[str, str], m: re.Match[str]) -> str:
    return subst[m.group(1)]


def generate(n: int, seed: int = 1, base: Sequence[Article] | None = None) -> Iterator[tuple[str, str]]:
    """``(file name, file text)`` of the ``n`` articles of the corpus ``(n, seed)``, in order."""
    base = sorted(base if base is not None else source_articles(), key=lambda a: a.id)
    paras = {a.id: _paragraphs(a) for a in base}
    actors = _named_actors(base)
    finders = [re.compile("(?<!\\w)(?:" + "|".join(re.escape(nm) for nm in a.names) + ")(?!\\w)") for a in actors]
    names_in: dict[str, list[int]] = {}  # paragraph or headline -> the actors it names (indexes into actors)
    for a in base:
        for p in [" ".join(a.title.split()), *paras[a.id]]:
            names_in[p] = [j for j, f in enumerate(finders) if f.search(p)]
    people_pool, org_pool = _pools(seed)
    rng = random.Random(f"graphkit-bench-corpus:{seed}")
    stand_ins = {"person": _StandIns(people_pool, rng), "org": _StandIns(org_pool, rng)}
    width = max(5, len(str(n)))
    for i in range(n):
        host = base[rng.randrange(len(base))]
        lead, *rest = paras[host.id]
        rng.shuffle(rest)
        for _ in range(rng.choice(BORROW)):
            other = base[rng.randrange(len(base))]
            if other.id != host.id and len(paras[other.id]) > 1:
                rest.insert(rng.randrange(len(rest) + 1), rng.choice(paras[other.id][1:]))
        headline, body = " ".join(host.title.split()) or lead, [lead, *rest]
        subst: dict[str, str] = {}
        used: set[str] = set()
        for j in sorted({j for p in (headline, *body) for j in names_in[p]}):
            actor = actors[j]
            if rng.random() < KEEP_REAL:
                continue
            stand_in = stand_ins[actor.kind].draw()
            for _ in range(5):  # two actors of one article never get the same stand-in
                if stand_in not in used:
                    break
                stand_in = stand_ins[actor.kind].draw()
            used.add(stand_in)
            for nm in actor.names:
                subst.setdefault(nm, _replacement(actor, stand_in, nm))
        if subst:
            pattern = re.compile(
                "(?<!\\w)(" + "|".join(re.escape(k) for k in sorted(subst, key=lambda k: (-len(k), k))) + ")(?!\\w)"
            )
            swap = functools.partial(_swap, subst)
            headline = pattern.sub(swap, headline)
            body = [pattern.sub(swap, p) for p in body]
        date = START_DATE + dt.timedelta(days=rng.randrange(DATE_SPAN_DAYS))
        source = rng.choice(SOURCES)
        slug = re.sub(r"[^a-z0-9]+", "_", host.id.lower()).strip("_")[:40]
        name = f"a{i + 1:0{width}d}_{date:%Y%m%d}_{slug}.txt"
        yield (
            name,
            (
                f"---\ndate: '{date.isoformat()}'\nsource: {json.dumps(source)}\n---\n"
                + headline
                + "\n\n"
                + "\n\n".join(body)
                + "\n"
            ),
        )


# --- the cache of generated corpora ----------------------------------------------------------------


def _digest(chunks: Iterator[bytes]) -> str:
    h = hashlib.sha256()
    for c in chunks:
        h.update(c)
    return h.hexdigest()


def corpus_key(n: int, seed: int, base: Path = BASE_CORPUS) -> dict[str, object]:
    """What a generated corpus depends on: its size and seed, this file's source and the bundled corpus."""
    base_files = sorted(p for p in base.rglob("*") if p.is_file())
    return {
        "articles": n,
        "seed": seed,
        "generator": _digest(iter([Path(__file__).read_bytes()])),
        "base": _digest(p.relative_to(base).as_posix().encode() + p.read_bytes() for p in base_files),
    }


def _files_digest(folder: Path) -> str:
    return _digest(p.name.encode() + p.read_bytes() for p in sorted(folder.glob("*.txt")))


def ensure_corpus(n: int, seed: int = 1, data: Path = DEFAULT_DATA, base: Path = BASE_CORPUS) -> Path:
    """The folder of the corpus ``(n, seed)`` under ``data``: generated now, or reused when its manifest
    matches what it would be generated from and the files' hash."""
    folder = data / f"corpus-n{n}-s{seed}"
    key = corpus_key(n, seed, base)
    manifest = folder / MANIFEST
    try:
        saved = json.loads(manifest.read_text(encoding="utf-8"))
        if saved.get("key") == key and saved.get("files") == _files_digest(folder):
            return folder
    except (OSError, ValueError):
        pass
    print(f"generating {n} articles (seed {seed}) into {folder}", file=sys.stderr)
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    write_corpus(tmp, generate(n, seed, source_articles(base)))
    (tmp / MANIFEST).write_text(
        json.dumps({"key": key, "files": _files_digest(tmp)}, indent=2) + "\n", encoding="utf-8"
    )
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return folder


def write_corpus(folder: Path, files: Iterator[tuple[str, str]]) -> int:
    """Write the generated ``(name, text)`` files into ``folder``; returns how many."""
    count = 0
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
        count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Write a synthetic news corpus made from the bundled corpus/.")
    p.add_argument("n", type=int, help="how many articles")
    p.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    p.add_argument("--out", type=Path, help="folder to write (default: the cache folder under --data)")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"cache folder (default: {DEFAULT_DATA})")
    args = p.parse_args(argv)
    if args.out is None:
        print(ensure_corpus(args.n, args.seed, args.data))
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        write_corpus(args.out, generate(args.n, args.seed))
        print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
