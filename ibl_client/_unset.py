"""``UNSET``: the value of an argument that was not given.

Distinct from ``None``, which keeps its own meaning: JSON null in a body, and no limit for a
``timeout`` (as in httpx). The generated models and operations use the same sentinel
(``ibl_client.generated.types`` re-exports it).
"""

from __future__ import annotations

from typing import Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of `UNSET`: "argument not given", as opposed to an explicit None (JSON null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
