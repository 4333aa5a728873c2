"""Safe YAML loading that remembers where every mapping and value came from (for file:line:column)."""

from __future__ import annotations

import contextlib
from functools import cache as once
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrib.errors import RuleError
from attrib.rulebook import cache

if TYPE_CHECKING:  # yaml is imported on the first file parsed: a warm cache parses none
    import yaml

#: YAML files above this size are refused: rule files are small (the shipped ones: 64 KB at most), and a
#: huge one is a mistake or an attack (reading 7.6 MB of outlets took 19 s of CPU before anything else)
MAX_RULE_FILE_BYTES = 2_000_000
#: mappings and lists nested deeper than this are refused (a rule file needs five levels; hundreds would
#: exhaust Python's stack in the loader and in everything that walks the data)
MAX_YAML_DEPTH = 32


class Located(dict[str, Any]):
    """A YAML mapping that knows its own position and the position of each key's value (1-based)."""

    line: int = 0
    column: int = 0
    value_at: dict[str, tuple[int, int]]
    key_at: dict[str, tuple[int, int]]


class LocatedList(list[Any]):
    line: int = 0
    column: int = 0
    item_at: list[tuple[int, int]]


class _Nesting:
    """Counts how deep the loader is while it builds a mapping or list; refuses past MAX_YAML_DEPTH."""

    def __init__(self, loader: Any, node: yaml.Node) -> None:
        self.loader, self.node = loader, node

    def __enter__(self) -> None:
        import yaml

        depth = self.loader.attrib_depth = getattr(self.loader, "attrib_depth", 0) + 1
        if depth > MAX_YAML_DEPTH:
            raise yaml.constructor.ConstructorError(
                None, None, f"mappings and lists nested more than {MAX_YAML_DEPTH} deep", self.node.start_mark)

    def __exit__(self, *exc: object) -> None:
        self.loader.attrib_depth -= 1


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> Located:
    with _Nesting(loader, node):
        return _mapping(loader, node)


def _mapping(loader: Any, node: yaml.MappingNode) -> Located:
    import yaml

    loader.flatten_mapping(node)
    result = Located()
    result.line, result.column = node.start_mark.line + 1, node.start_mark.column + 1
    result.value_at, result.key_at = {}, {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "mapping keys must be plain words", key_node.start_mark
            )
        key = str(key)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.value_at[key] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
        result.key_at[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    return result


def _construct_sequence(loader: Any, node: yaml.SequenceNode) -> LocatedList:
    with _Nesting(loader, node):
        return _sequence(loader, node)


def _sequence(loader: Any, node: yaml.SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line, result.column = node.start_mark.line + 1, node.start_mark.column + 1
    result.item_at = [(c.start_mark.line + 1, c.start_mark.column + 1) for c in node.value]
    return result


@once
def _loaders() -> tuple[type, type]:
    """The safe base loader, and the one that records marks (a safe loader: no object construction;
    aliases are refused before it runs, to stop YAML bombs)."""
    import yaml

    base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    locating: Any = type("_LocatingLoader", (base,), {})
    locating.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    locating.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
    return base, locating


def _refuse_aliases(path: str, text: str) -> None:
    import yaml

    # Aliases are the vehicle of "billion laughs" bombs; rule files never need them.
    for event in yaml.parse(text, Loader=_loaders()[0]):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            raise RuleError(path, line, column, "YAML aliases (*name) are not allowed in rule files")


def load_yaml_text(text: str, path: str) -> Any:
    """Parse YAML text; any syntax problem becomes a RuleError naming path:line:column."""
    import yaml

    try:
        if "*" in text:
            _refuse_aliases(path, text)
        return yaml.load(text, Loader=_loaders()[1])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        context = exc.context_mark
        if exc.context and context is not None and context is not mark:
            problem += f" ({exc.context} that starts at {context.line + 1}:{context.column + 1})"
        raise RuleError(path, line, column, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise RuleError(path, 1, 1, f"invalid YAML: {exc}") from None


def read_yaml(path: Path) -> Any:
    """Read and parse one rule or lexicon file."""
    try:
        size = path.stat().st_size
        if size > MAX_RULE_FILE_BYTES:
            raise RuleError(str(path), 1, 1, f"file is {size:,} bytes; rule files are limited to "
                                             f"{MAX_RULE_FILE_BYTES:,}")
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleError(str(path), 1, 1, f"cannot read rule file: {exc.strerror}") from None
    # parsing the big lexicons is most of a load: keep the parsed tree, keyed by the file's bytes
    stored = cache.read("yaml", raw, object_hook=_decode_node)
    if stored is not None:
        return stored
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RuleError(str(path), 1, 1, f"rule file is not UTF-8 (byte {exc.start})") from None
    parsed = load_yaml_text(text, str(path))
    with contextlib.suppress(ValueError):  # a value JSON cannot hold (a YAML date): not cached
        cache.write("yaml", raw, encode_tree(parsed))
    return parsed


# --- the parsed tree as JSON, positions included ------------------------------------------------------
# A mapping or list becomes a JSON object whose keys start with NUL (no YAML key of a rule file does),
# so the decoder (json's object_hook, called per object only) knows it; scalars stay as they are.
_MAP, _LIST, _AT, _VALUES, _KEYS, _ITEMS = "\0m", "\0l", "\0p", "\0v", "\0k", "\0i"


def encode_tree(node: Any) -> Any:
    """A parsed file as JSON data: mappings and lists with their positions, scalars as they are."""
    if isinstance(node, Located):
        return {_MAP: [[key, encode_tree(value)] for key, value in node.items()], _AT: [node.line, node.column],
                _VALUES: node.value_at, _KEYS: node.key_at}
    if isinstance(node, LocatedList):
        return {_LIST: [encode_tree(item) for item in node], _AT: [node.line, node.column], _ITEMS: node.item_at}
    if node is None or isinstance(node, str | int | float | bool):
        return node
    raise ValueError(f"{type(node).__name__} is no JSON value")


def _decode_node(data: dict[str, Any]) -> Any:
    if _MAP in data:
        mapping = Located(data[_MAP])
        mapping.line, mapping.column = data[_AT]
        mapping.value_at = {k: (v[0], v[1]) for k, v in data[_VALUES].items()}
        mapping.key_at = {k: (v[0], v[1]) for k, v in data[_KEYS].items()}
        return mapping
    if _LIST in data:
        items = LocatedList(data[_LIST])
        items.line, items.column = data[_AT]
        items.item_at = list(map(tuple, data[_ITEMS]))
        return items
    return data
