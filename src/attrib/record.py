"""Record: the base of the small slotted classes on a cold start's path, with a dataclass's repr and ==.

A dataclass writes and compiles its __init__, __repr__ and __eq__ (frozen: __hash__, __setattr__ and
__delattr__ too) for each class as its module is imported: about 1 ms a class, a sixth of the CPU of
`attrib run` on a short text for the fifty classes it imports. A Record subclass writes its own
__init__ and lists its fields as __slots__; repr, == and (FrozenRecord) hash come from here, written
once. Fields named with a leading underscore are the object's own cache: not shown, not compared.
"""

from __future__ import annotations

from reprlib import recursive_repr
from typing import Any


class Record:
    """A dataclass-like value: repr and == over the fields (its __slots__), unhashable like a dataclass's."""

    __slots__ = ()

    def _fields(self) -> list[str]:
        slots: tuple[str, ...] = type(self).__slots__
        return [name for name in slots if not name.startswith("_")]

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields())

    @recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields())
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    # defining __eq__ sets __hash__ to None: a Record is unhashable, as a dataclass with eq and not frozen


class FrozenRecord(Record):
    """A Record that is never changed after __init__ (by convention: it is not enforced), hashed by its fields."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._values())
