"""Lower layers never import higher ones (docs/ARCHITECTURE.md, "Layers").

Every import of alliancewatch code, at module level or inside a function, is read with ast
and checked against the table below: a module may import its own layer and the ones under
it. A new top-level module must be given a layer here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "alliancewatch"

# lowest first; the name is the first part under alliancewatch/ (a package or a module)
LAYERS: list[set[str]] = [
    {
        "",
        "errors",
        "config",
        "types",
        "plover",
        "progress",
        "datafiles",
        "text",
    },  # "" = __version__
    {"resolve", "names"},  # actor aliases and the date engine; actor display names
    {"lang"},  # the registry and one folder per language
    {"clean", "sources", "coding", "store", "concepts"},
    {"merge", "relations"},
    {
        "pipeline",
        "writer",  # the pipeline's writer thread
        "dask_ingest",
        "dask_cluster",
        "evaluate",
        "keeptrain",  # the keep step's training (dev only)
        "export",
        "agreement",
        "api",
        "linkeval",
    },
    {"web"},
    {"cli"},
]
LEVEL = {name: k for k, names in enumerate(LAYERS) for name in names}


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "alliancewatch":
                found += [(node.lineno, f"alliancewatch.{a.name}") for a in node.names]
            elif node.module.startswith("alliancewatch."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [
                (node.lineno, a.name) for a in node.names if a.name.startswith("alliancewatch.")
            ]
    return found


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(rel.parts)


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


def test_every_module_has_a_layer():
    missing = {_top(_module_name(p)) for p in SOURCES} - set(LEVEL)
    assert not missing, f"give these a layer in tests/test_layering.py: {sorted(missing)}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_down_only(path: Path):
    own = LEVEL[_top(_module_name(path))]
    wrong = []
    for line, target in _imports(path):
        top = _top(target)
        level = LEVEL.get(top, LEVEL.get("", 0) if top in ("__version__",) else None)
        if level is None or level > own:
            wrong.append(f"{path.name}:{line} imports {target}")
    assert not wrong, wrong


def test_the_check_catches_an_upward_import(tmp_path: Path):
    bad = tmp_path / "x.py"
    bad.write_text("def f():\n    from alliancewatch.coding.coder import Coder\n")
    assert _imports(bad) == [(2, "alliancewatch.coding.coder")]
    assert LEVEL[_top("alliancewatch.coding.coder")] > LEVEL["lang"]


def test_languages_are_named_only_in_their_folders():
    """No `== "ja"` (or ko, en) outside alliancewatch/lang/<code>/: the registry decides."""
    codes = ("ja", "ko", "en")
    wrong = []
    for path in SOURCES:
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "lang" and len(rel.parts) > 2:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                consts = [c for c in ast.walk(node) if isinstance(c, ast.Constant)]
                if any(c.value in codes for c in consts):
                    wrong.append(f"{rel}:{node.lineno}")
    assert not wrong, wrong
