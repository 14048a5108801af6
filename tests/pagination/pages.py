"""Scripted pages for the loopback server of tests/layer: DRF's envelope or the analytics lists'
`{data, pagination}`, computed per request, for a pageable operation chosen from the description.

`Pageable` is one pageable operation of a style, found by what it is (its generated module says
`PAGINATION = "<style>"`, it takes the style's page size, needs no argument but its path
parameters, and its items have a property that can number them) rather than by name, so the
tests outlive any one list endpoint. Its pages and items are sampled from the description
(tests/fixtures.py), with the one property set to the item's number.

`Pages` stands in for the server's script: each request takes its reply from the page (or
limit/offset) in its query, as DRF's paginators (or ibl.ai's analytics views) do, unless a
scripted action for that page is queued first (a failure, a hang).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import fixtures
from contract.args import python_parameter_name
from contract.spec import Operation
from layer.server import Action, ScriptedServer, reply

import ibl_client.generated.models

API_PACKAGE = "ibl_client.generated.api"
API = Path(importlib.import_module(API_PACKAGE).__file__ or "").parent

#: The query parameter that sets the page size, per style (ibl_client/_pagination.py).
SIZE_PARAMETER = {"page_number": "page_size", "limit_offset": "limit", "data_pagination": "length"}
PAGING_PARAMETERS = {"page", "page_size", "limit", "offset", "length"}
EXTRA = "python"  # the value of an extra query argument, which every page must carry


# --- Finding the operations -------------------------------------------------------------------


@functools.cache
def generated_modules() -> dict[str, tuple[str, str, str | None]]:
    """operationId -> (tag package, module name, pagination style or None), from the tree."""
    found = {}
    for module in sorted(API.glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        text = module.read_text(encoding="utf-8")
        operation_id = re.search(r'^OPERATION: .*? = Operation\(\s*"(\w+)"', text, re.M | re.S)
        style = re.search(r'^PAGINATION = "(\w+)"$', text, re.MULTILINE)
        if operation_id:
            found[operation_id.group(1)] = (
                module.parent.name,
                module.stem,
                style.group(1) if style else None,
            )
    return found


def _is_plain(schema: Mapping[str, Any], kind: str) -> bool:
    """A property of this type that any value of the type satisfies (no bound, enum, format)."""
    constraints = {"enum", "const", "format", "pattern", "allOf", "oneOf", "anyOf", "writeOnly"}
    constraints |= {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
    constraints |= {"minLength", "maxLength"}
    return schema.get("type") == kind and not constraints & set(schema)


def _takes(schema: Mapping[str, Any], value: str) -> bool:
    """A string schema that any string of this length satisfies."""
    low, high = schema.get("minLength", 0), schema.get("maxLength", len(value))
    plain = _is_plain(
        {k: v for k, v in schema.items() if k not in ("minLength", "maxLength")}, "string"
    )
    return plain and low <= len(value) <= high


def _marker(item_schema: Any) -> tuple[str, bool, bool] | None:
    """The property that numbers an item, whether it is an integer and whether it is required:
    a plain integer, else a plain string, required ones first (`id` for a free-form object);
    None when the items have neither."""
    spec = fixtures.spec()
    item = spec.resolve(item_schema)
    if not isinstance(item, Mapping) or item.get("type", "object") != "object":
        return None
    properties = item.get("properties") or {}
    if not properties:
        extra = item.get("additionalProperties", True)
        return ("id", True, False) if extra in (True, {}) else None
    required = [name for name in item.get("required") or [] if name in properties]
    ordered = [*required, *(name for name in properties if name not in required)]
    for kind, is_integer in (("integer", True), ("string", False)):
        for name in ordered:
            if _is_plain(spec.resolve(properties[name]), kind):
                return name, is_integer, name in required
    return None


@dataclass(frozen=True)
class Pageable:
    """A pageable operation of the description, with what the tests need to page it."""

    operation: Operation
    style: str
    group: str  # the client attribute of its tag group (and its package under api/)
    name: str  # the Python name of its module and of its group methods
    envelope: Mapping[str, Any]  # the page schema, resolved
    items_key: str  # "results" or "data"
    item_schema: Any
    marker: str  # the JSON property that carries an item's number
    marker_is_integer: bool
    marker_is_required: bool
    path_args: Mapping[str, Any]  # Python name -> value, for its path parameters
    path: str  # the request path with those values
    extra: Mapping[str, str]  # an optional plain string query argument, when it takes one
    extra_query: Mapping[str, str]  # the same as it is sent
    next_key: str | None  # the page's link to the next page, `next` or `next_page` (DRF styles)

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def module(self) -> ModuleType:
        return importlib.import_module(f"{API_PACKAGE}.{self.group}.{self.name}")

    def iter(self, ibl: Any, **kwargs: Any) -> Any:
        """`ibl.<group>.<name>_iter(<path arguments>, **kwargs)`: its pager, as a user gets it."""
        method = getattr(getattr(ibl, self.group), f"{self.name}_iter")
        return method(**self.path_args, **kwargs)

    @functools.cached_property
    def item_class(self) -> type[Any] | None:
        """The model class the group's `_iter` method promises its items to be."""
        group = importlib.import_module(f"{API_PACKAGE}.{self.group}")
        # The tag package names its group classes and imports them on first use.
        classes = [getattr(group, name) for name in getattr(group, "_GROUPS", ())]
        for cls in classes or list(vars(group).values()):
            method = getattr(cls, f"{self.name}_iter", None)
            if method is not None:
                returned = str(inspect.signature(method).return_annotation)
                named = re.fullmatch(r"(?:Async)?Pager\[(\w+)\]", returned)
                if named:
                    found: type[Any] | None = getattr(ibl_client.generated.models, named[1], None)
                    return found
        return None

    def item(self, number: int) -> dict[str, Any]:
        """An item sampled from the description, carrying `number` in its marker property."""
        sampled = fixtures.sample(self.item_schema)
        # Items the description leaves open (`{}`) are sampled as any value: an object here.
        item = dict(sampled) if isinstance(sampled, dict) else {}
        item[self.marker] = number if self.marker_is_integer else str(number)
        return item

    def number(self, item: Any) -> int:
        """The number of an item the SDK parsed (a model, or a dict for free-form items)."""
        data = item.to_dict() if hasattr(item, "to_dict") else item
        return int(data[self.marker])

    def numbers(self, items: Iterable[Any]) -> list[int]:
        return [self.number(item) for item in items]

    def page(self, **fields: Any) -> dict[str, Any]:
        """A page sampled from the description with these fields set (`pagination`...)."""
        body: dict[str, Any] = fixtures.sample(self.envelope)
        body.update(fields)
        return body

    def drf_page(
        self, count: int, results: list[dict[str, Any]], link: str | None
    ) -> dict[str, Any]:
        """A page of DRF's envelope: `count`, `results` and the link to the next page (`next` or
        `next_page`, as the description names it; the previous one null when there is one)."""
        assert self.next_key is not None
        previous = self.next_key.replace("next", "previous")
        nulls = {previous: None} if previous in self.envelope["properties"] else {}
        return self.page(count=count, results=results, **{self.next_key: link}, **nulls)


def _pageable(operation_id: str, group: str, name: str, style: str) -> Pageable | None:
    op = fixtures.find_operation(operation_id)
    if op is None:
        return None
    query = [p for p in op.parameters if p.location == "query"]
    if any(p.required for p in query) or SIZE_PARAMETER[style] not in {p.name for p in query}:
        return None
    spec = fixtures.spec()
    ok = [code for code in op.success_codes() if code < 300]
    content = (op.responses[str(ok[0])].get("content") or {}) if ok else {}
    envelope = spec.resolve((content.get("application/json") or {}).get("schema"))
    if not isinstance(envelope, Mapping):
        return None
    items_key = "data" if style == "data_pagination" else "results"
    item_schema = spec.resolve(envelope["properties"][items_key]).get("items") or {}
    marker = _marker(item_schema)
    if marker is None:
        return None
    links = [
        name
        for name in ("next", "next_page")
        if _is_plain(spec.resolve(envelope["properties"].get(name) or {}), "string")
    ]
    if style != "data_pagination" and not links:
        return None  # the tests follow links
    function = importlib.import_module(f"{API_PACKAGE}.{group}.{name}").asyncio
    accepted = list(inspect.signature(function).parameters)
    path_args: dict[str, Any] = {}
    path = op.path
    for parameter in op.parameters:
        if parameter.location != "path":
            continue
        python_name = python_parameter_name(parameter, accepted)
        if python_name is None:
            return None
        value = fixtures.sample(parameter.schema, for_request=True)
        path_args[python_name] = value
        path = path.replace("{" + parameter.name + "}", str(value))
    strings = [
        p
        for p in query
        if p.name not in PAGING_PARAMETERS and _takes(spec.resolve(p.schema), EXTRA)
    ]
    extra_name = python_parameter_name(strings[0], accepted) if strings else None
    extra = {extra_name: EXTRA} if extra_name else {}
    return Pageable(
        operation=op,
        style=style,
        group=group,
        name=name,
        envelope=envelope,
        items_key=items_key,
        item_schema=item_schema,
        marker=marker[0],
        marker_is_integer=marker[1],
        marker_is_required=marker[2],
        path_args=path_args,
        path=path,
        extra=extra,
        extra_query={strings[0].name: EXTRA} if extra else {},
        next_key=links[0] if links else None,
    )


@functools.cache
def pageables(style: str) -> list[Pageable]:
    """Every operation of the style the tests can page: those with fewer path parameters first,
    then those whose link is DRF's own `next`, then those with an extra query argument, then
    those whose items require their marker, then by operationId."""
    found = [
        pageable
        for operation_id, (group, name, paged) in generated_modules().items()
        if paged == style
        for pageable in [_pageable(operation_id, group, name, style)]
        if pageable is not None
    ]
    return sorted(
        found,
        key=lambda p: (
            len(p.path_args),
            p.next_key not in (None, "next"),
            not p.extra,
            not p.marker_is_required,
            p.operation_id,
        ),
    )


def pageable(style: str) -> Pageable:
    """The first operation of the style the tests can page; a failure if this API has none."""
    found = pageables(style)
    if not found:
        fixtures.no_subject(f"{style} operation these tests can page")
    return found[0]


def not_pageable() -> ModuleType:
    """The generated module of an operation that does not page (the first, by operationId)."""
    for group, name, style in sorted(generated_modules().values(), key=lambda m: m[1]):
        if style is None:
            return importlib.import_module(f"{API_PACKAGE}.{group}.{name}")
    raise AssertionError("every generated operation pages")


def without_next(style: str) -> Pageable:
    """The first operation of the style the tests can page whose page may leave out its link to
    the next page (a server that answers so leaves the walk to count on)."""
    found = [p for p in pageables(style) if p.next_key not in p.envelope.get("required", [])]
    if not found:
        fixtures.no_subject(f"{style} operation whose page may leave out its next link")
    return found[0]


def assert_names_its_position(error: Any, operation_id: str, where: str) -> None:
    """The error of a walk says where it was: ``where`` is ``"page N"`` or ``"offset N"``, in its
    ``page`` or ``offset`` attribute (the other None) and, from Python 3.11 (which has exception
    notes), in a note naming the operation too."""
    kind, number = where.split()
    position = (int(number), None) if kind == "page" else (None, int(number))
    assert (error.page, error.offset) == position
    if sys.version_info >= (3, 11):
        assert f"while fetching {where} of {operation_id}" in error.__notes__


def query_of(path: str) -> dict[str, str]:
    """The query of a request path, as a dict (each parameter once)."""
    return {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}


# --- Serving them -----------------------------------------------------------------------------


class Pages:
    """Serves `total` items of `pageable`, `size` a page by default, in its style.

    `totals` may rewrite the `pagination` object of a `data_pagination` page (a server that
    miscounts); `next_base` and `next_page` shape DRF's `next` link.
    """

    def __init__(
        self,
        server: ScriptedServer,
        pageable: Pageable,
        total: int,
        size: int = 10,
        *,
        next_base: str | None = None,
        next_page: Callable[[int], int] | None = None,
        delay: float = 0.0,
        totals: Callable[[dict[str, int]], dict[str, int]] | None = None,
    ) -> None:
        self.server = server
        self.pageable = pageable
        self.total = total
        self.size = size
        self.style = pageable.style
        self.next_base = next_base
        self.next_page = next_page
        self.delay = delay
        self.totals = totals
        self.scripted: dict[int, deque[Action]] = defaultdict(deque)
        self.asked: list[tuple[int, float]] = []  # (page or offset, when), in arrival order
        self.lock = threading.Lock()
        server.script = self  # type: ignore[assignment]

    def on(self, position: int, *actions: Action) -> Pages:
        """Answer the next requests for this page (or offset) with these actions first."""
        self.scripted[position].extend(actions)
        return self

    # The two methods ScriptedServer uses on its script.
    def __bool__(self) -> bool:
        return True

    def popleft(self) -> Action:
        seen = self.server.requests[-1]  # appended just before, with no await in between
        url = urlsplit(seen.path)
        query = query_of(seen.path)
        if self.style == "page_number":
            size = int(query.get("page_size", self.size))
            page = int(query.get("page", 1))
            position, start = page, (page - 1) * size
        elif self.style == "data_pagination":
            size = int(query.get("length", self.size))
            page = int(query.get("page", 1))
            position, start = page, (page - 1) * size
        else:
            size = int(query.get("limit", self.size))
            start = int(query.get("offset", 0))
            position = start
        with self.lock:
            self.asked.append((position, time.monotonic()))
            if self.scripted[position]:
                return self.scripted[position].popleft()
        end = min(start + size, self.total)
        items = [self.pageable.item(i) for i in range(start, end)] if start < self.total else []
        if self.style == "data_pagination":
            return reply(200, self.data_page(items, page, size), delay=self.delay)
        link = None
        if end < self.total:
            base = self.next_base or self.server.url
            if self.style == "page_number":
                following = self.next_page(page) if self.next_page else page + 1
                query.update(page=str(following))
            else:
                query.update(limit=str(size), offset=str(end))
            link = f"{base}{url.path}?{urlencode(query)}"
        return reply(200, self.pageable.drf_page(self.total, items, link), delay=self.delay)

    def data_page(self, data: list[dict[str, Any]], page: int, size: int) -> dict[str, Any]:
        """The analytics lists' envelope; `data` left out when empty, as the spec allows."""
        totals = {
            "totalItems": self.total,
            "currentPage": page,
            "perPage": size,
            "totalPages": (self.total + size - 1) // size,
        }
        body = self.pageable.page()
        body["pagination"] = {
            **body["pagination"],
            **(self.totals(totals) if self.totals else totals),
        }
        body.pop("data", None)
        if data:
            body["data"] = data
        return body

    def positions(self) -> list[int]:
        return [position for position, _ in self.asked]
