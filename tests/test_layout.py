"""The package's shape is its data flow: each stage imports only from itself and the stages before it,
no module imports another in a circle, and no module grows past 350 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graphkit"

#: the stages in data-flow order; a module may import from its own stage and from those before it
LAYERS = [
    ("about", "errors", "types", "lexicon", "resources", "atomic"),  # the base every stage shares
    ("ingest",),
    ("nlp",),
    ("resolve",),
    ("graph",),
    ("views",),
    ("run",),
    ("eval",),
    ("api",),
    ("cli", "__main__", "__init__"),
]
MAX_LINES = 350


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The graphkit modules ``path`` imports, anywhere in it (inside functions and TYPE_CHECKING too)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "graphkit"}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "graphkit":
                continue
            # "from . import api" imports the module graphkit.api
            subs = [
                f"{target}.{a.name}"
                for a in node.names
                if (PACKAGE.parent / f"{target}.{a.name}".replace(".", "/")).with_suffix(".py").exists()
                or (PACKAGE.parent / f"{target}.{a.name}".replace(".", "/")).is_dir()
            ]
            found |= set(subs) or {target}
    return found - {name}


def _layer(module: str) -> int:
    parts = module.split(".")
    key = parts[1] if len(parts) > 1 else "__init__"
    for n, names in enumerate(LAYERS):
        if key in names:
            return n
    raise AssertionError(f"{module} belongs to no stage of LAYERS")


MODULES = sorted(PACKAGE.rglob("*.py"))
GRAPH = nx.DiGraph((_module_name(p), target) for p in MODULES for target in _imports(p))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layout_imports_only_from_its_stage_and_earlier(path: Path) -> None:
    name = _module_name(path)
    upward = sorted(t for t in _imports(path) if _layer(t) > _layer(name))
    assert upward == [], f"{name} imports from a later stage"


def test_layout_has_no_import_circle() -> None:
    assert GRAPH.number_of_edges() > 50  # the walk found the imports
    assert list(nx.simple_cycles(GRAPH)) == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layout_module_is_at_most_max_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines: split it by concern"
