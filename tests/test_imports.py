"""Data flows one way: a package of attrib imports only from packages of earlier layers (or itself),
and no module imports, even lazily inside a function, a module that imports it back."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "attrib"

#: the layers, first to last; a module may import from its own layer's packages and earlier layers
LAYERS: tuple[tuple[str, ...], ...] = (
    ("version", "errors", "record", "model"),
    ("rulebook",),  # YAML -> lexicons and compiled rules
    ("inputs",),  # files, pages, corpora -> documents
    ("text",),  # sentences and quotations
    ("grammar",),  # a language's phrase knowledge, pure functions over the lexicons
    ("engine",),  # sentence x rules -> match -> claim
    ("resolve",),  # claims -> claims
    ("pipeline",),  # analyze(): the stages above in order
    ("outputs",),  # claims -> JSON Lines, CSV, tables, HTML
    ("batch",),  # many documents on many processes
    ("evaluation",),  # attrib eval
    ("authoring",),  # explain, rule tests
    ("spark",),
    ("cli", "__main__"),
)
LAYER_OF = {name: i for i, names in enumerate(LAYERS) for name in names}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) of every attrib module imported anywhere in the file, lazy imports included."""
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else module_name(path)
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], base]).strip(".")
            # `from attrib.x import y` may import the module attrib.x.y
            names = [f"{base}.{alias.name}" if _is_module(f"{base}.{alias.name}") else base for alias in node.names]
        else:
            continue
        for name in names:
            if name == "attrib" or name.startswith("attrib."):
                yield node.lineno, name


def _is_module(name: str) -> bool:
    path = SRC.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def layer_of(module: str) -> int | None:
    parts = module.split(".")
    return LAYER_OF.get(parts[1]) if len(parts) > 1 else None


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_every_package_has_a_layer() -> None:
    packages = {module_name(p).split(".")[1] for p in SOURCES if module_name(p) != "attrib"}
    assert packages <= set(LAYER_OF), f"packages without a layer: {sorted(packages - set(LAYER_OF))}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_to_earlier_layers(path: Path) -> None:
    here = layer_of(module_name(path))
    if here is None:
        return  # the package's facade (attrib/__init__.py) re-exports the public API
    wrong = later_layers(imports(path), here)
    assert not wrong, f"{module_name(path)} imports a later layer (or the package facade): {wrong}"


def later_layers(found: Iterator[tuple[int, str]], here: int) -> list[str]:
    return [f"line {line}: {name}" for line, name in found if (there := layer_of(name)) is None or there > here]


def test_no_import_cycles() -> None:
    graph = {module_name(p): {name for _, name in imports(p)} for p in SOURCES}
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            raise AssertionError("import cycle: " + " -> ".join([*trail[trail.index(module):], module]))
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])


def test_the_check_finds_a_lazy_import_of_a_later_layer() -> None:
    source = "from attrib.model import Span\n\ndef f():\n    from attrib.pipeline import analyze\n    import attrib\n"
    wrong = later_layers(imports_in(source, "attrib.engine"), LAYER_OF["engine"])
    assert wrong == ["line 4: attrib.pipeline", "line 5: attrib"]


def test_resolvers_do_not_reach_into_the_engine() -> None:
    """The resolvers read claims and the grammar, never the matcher's internals."""
    found = [(path.name, name) for path in sorted((PACKAGE / "resolve").glob("*.py"))
             for _, name in imports(path) if name.startswith("attrib.engine")]
    assert not found, found
