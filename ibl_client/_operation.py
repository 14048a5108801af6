"""`Operation`: what the layer knows of one generated operation, given to it explicitly.

Each generated operation module holds one, ``OPERATION``, and passes it with every request
(``client._send(OPERATION, ...)``) and with its ``sync``/``asyncio`` functions (which a pager is
given): the layer reads nothing back from the generated modules' globals.

>>> import httpx
>>> op = Operation("courses_list", "get", "/api/courses/", lambda response: None)
>>> op.id, op.method, op.response_types, op.pagination
('courses_list', 'get', {}, None)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

__all__ = ["Operation"]

T = TypeVar("T")


@attrs.frozen(eq=False)  # compared (and hashed, as a key of _decode's plans) by identity
class Operation(Generic[T]):
    """One operation of the description.

    ``parse`` is its generated parser of a 2xx body (the reference: ``_decode.py`` decodes the
    bodies of ``response_types`` faster, and falls back on it). ``response_types`` maps each 2xx
    status whose body is a model, or a list of models, to that type. ``pagination`` is its page
    style (``_pagination.STYLES``), or None when it does not page.
    """

    id: str
    method: str
    path: str
    parse: Callable[[httpx.Response], T | None] = attrs.field(repr=False)
    response_types: Mapping[int, Any] = attrs.field(factory=dict, repr=False)
    pagination: str | None = None
