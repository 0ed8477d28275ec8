"""YAML loading that remembers line numbers and refuses duplicate keys.

PyYAML keeps the last of two equal mapping keys without a word; in a curated file that silently
drops a statement field, so we refuse it. Mappings come back as :class:`Node` (a dict) that knows the
line where it starts and the line of each key, for error messages that point at the right line.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import InvalidAnnotationError, Problem
from .files import relpath


class Node(dict):
    """A YAML mapping with the (1-based) line of the mapping and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.key_lines = {}

    def line_of(self, key: str) -> int:
        """The line of *key*, or the mapping's own line when the key is absent.

        >>> n = loads("a: 1\\nb: 2\\n", "x.yaml"); n.line_of("b")
        2
        """
        return self.key_lines.get(key, self.line)


# libyaml's parser when PyYAML was built with it (the wheels are): the pure-Python one took about a
# second to read the seeds' annotations and lexicons on every build and ingest.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Node:
    # A merge (``<<: *anchor``) puts the anchor's pairs first; the mapping's own keys may override
    # those (that is what a merge is for), but two own keys with one name are a duplicate.
    own = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
    loader.flatten_mapping(node)
    merged = len(node.value) - own
    out = Node()
    out.line = node.start_mark.line + 1
    own_keys: set = set()
    for i, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, f"a key must be a single value, not a {type(key).__name__}", key_node.start_mark
            ) from None
        if i >= merged and key in own_keys:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"duplicate key {key!r} (first on line {out.key_lines[key]}); keep one",
                key_node.start_mark,
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
        if i >= merged:
            own_keys.add(key)
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def loads(text: str, name: str) -> Any:
    """Parse YAML *text*; errors become :class:`InvalidAnnotationError` naming *name* and the line.

    >>> loads("a: [1, 2]\\n", "x.yaml")
    {'a': [1, 2]}
    >>> loads("a: 1\\na: 2\\n", "x.yaml")
    Traceback (most recent call last):
    kg.errors.InvalidAnnotationError: x.yaml:2: duplicate key 'a' (first on line 1); keep one
    """
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = exc.problem or str(exc)
        if exc.context and exc.problem and "duplicate key" not in exc.problem:
            what = f"{exc.context}, {exc.problem}"
        hint = "" if "duplicate key" in what else "; fix the YAML syntax"
        raise InvalidAnnotationError(Problem(name, line, f"{what}{hint}")) from None
    except yaml.YAMLError as exc:
        raise InvalidAnnotationError(Problem(name, None, f"not valid YAML: {exc}")) from None


def load(path: Path) -> Any:
    """Read and parse a YAML file (UTF-8)."""
    name = relpath(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise InvalidAnnotationError(Problem(name, None, "file not found")) from None
    except OSError as exc:  # a folder, a file we may not read
        raise InvalidAnnotationError(Problem(name, None, f"cannot read: {exc.strerror or exc}")) from None
    except UnicodeDecodeError as exc:
        raise InvalidAnnotationError(
            Problem(name, None, f"not UTF-8 text (byte {exc.start}); save it as UTF-8")
        ) from None
    return loads(text, name)
