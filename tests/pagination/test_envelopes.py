"""Every style of the envelope table (ibl_client/_envelopes.py) walks to its end, on both async
backends and the sync client: for one generated operation of each style, a loopback server
answers three pages built from the table's own paths (items, total, next link, page number,
number of pages) around bodies sampled from the description, and the walk must give every item
of the three pages, ask for pages 1, 2, 3 (in the operation's ``page`` parameter, or in
``extra_query`` where it has none), and stop where the style says the list ends."""

from __future__ import annotations

import inspect
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import fixtures
import pytest
from contract.args import python_parameter_name
from layer.server import ScriptedServer, reply
from support.retrying import FAST

from ibl_client import AsyncClient, Client, paginate
from ibl_client._envelopes import ENVELOPES, Envelope
from ibl_client._pagination import _Style

from .pages import generated_modules

PAGES, PER_PAGE = 3, 2


def module_of(style: str) -> Any:
    """The generated module of the first operation (by id) that pages in ``style``."""
    import importlib

    found = sorted(op for op, (_tag, _name, s) in generated_modules().items() if s == style)
    if not found:
        pytest.skip(f"no operation pages as {style} in API {fixtures.version()}")
    tag, name, _ = generated_modules()[found[0]]
    return importlib.import_module(f"ibl_client.generated.api.{tag}.{name}")


def arguments(module: Any) -> tuple[list[Any], dict[str, Any]]:
    """Path arguments, and the required query arguments sampled from the description."""
    signature = inspect.signature(module._get_kwargs)
    args = ["x" for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    accepted = list(inspect.signature(module.asyncio).parameters)
    kwargs = {}
    for parameter in fixtures.operation(module.OPERATION.id).parameters:
        if parameter.location == "query" and parameter.required:
            name = python_parameter_name(parameter, accepted)
            assert name is not None, parameter
            kwargs[name] = fixtures.sample(parameter.schema)
    return args, kwargs


def put(body: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at a dotted JSON path, making the objects on the way."""
    *parents, last = path.split(".")
    for name in parents:
        if not isinstance(body.get(name), dict):
            body[name] = {}
        body = body[name]
    body[last] = value


def item_of(module: Any, envelope: Envelope, body: Any) -> Any:
    items = body if envelope.items == "" else body.get(envelope.items)
    if isinstance(items, list) and items:
        return items[0]
    try:
        return fixtures.sample_item(module.OPERATION.id, envelope.items)
    except (KeyError, TypeError):
        return {}  # items the description leaves open


def page(module: Any, envelope: Envelope, number: int, url: str) -> Any:
    """Page ``number`` (of PAGES) as the server would answer it, from the envelope's paths."""
    body = fixtures.sample_response(module.OPERATION.id, optional=True)
    item = item_of(module, envelope, body)
    items = [item] * PER_PAGE if number <= PAGES else []
    if envelope.items == "":
        return items
    put(body, envelope.items, items)
    if envelope.total:
        put(body, envelope.total, PAGES * PER_PAGE)
    if envelope.next:
        # "" on the last page: some of these schemas declare `next` a string, not nullable
        # (null there is tests/pagination/test_async.py's case, on DRF's own nullable link).
        put(body, envelope.next, f"{url}?page={number + 1}" if number < PAGES else "")
    if envelope.page:
        put(body, envelope.page, number)
    if envelope.pages:
        put(body, envelope.pages, PAGES)
    return body


def script(server: ScriptedServer, module: Any, envelope: Envelope) -> None:
    # A bare list has no total: its walk ends on the first empty page, one request later.
    last = PAGES + (1 if envelope.items == "" else 0)
    server.then(*(reply(200, page(module, envelope, n, server.url)) for n in range(1, last + 1)))


def asked_pages(server: ScriptedServer) -> list[int]:
    return [
        int(parse_qs(urlsplit(seen.path).query).get("page", ["1"])[0]) for seen in server.requests
    ]


def check(server: ScriptedServer, envelope: Envelope, items: list[Any]) -> None:
    assert len(items) == PAGES * PER_PAGE
    expected = list(range(1, PAGES + 1 + (1 if envelope.items == "" else 0)))
    assert asked_pages(server) == expected


STYLES = [envelope for envelope in ENVELOPES if envelope.asks == "page"]


@pytest.mark.parametrize("envelope", STYLES, ids=[e.name for e in STYLES])
@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_each_style_walks_every_page_async(
    server: ScriptedServer, backend: str, envelope: Envelope
) -> None:
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    module = module_of(envelope.name)
    script(server, module, envelope)
    args, kwargs = arguments(module)
    async with AsyncClient(api_key="k", base_url=server.url, retry=FAST, backend=backend) as ibl:
        items = [item async for item in paginate(module.asyncio, *args, client=ibl, **kwargs)]
    check(server, envelope, items)


@pytest.mark.parametrize("envelope", STYLES, ids=[e.name for e in STYLES])
def test_each_style_walks_every_page_sync(server: ScriptedServer, envelope: Envelope) -> None:
    module = module_of(envelope.name)
    script(server, module, envelope)
    args, kwargs = arguments(module)
    with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
        items = list(paginate(module.sync, *args, client=ibl, **kwargs))
    check(server, envelope, items)


def without_page_parameter() -> Any:
    """The generated module of the first page_number operation (by id) that the description
    gives no ``page`` parameter (the server pages it anyway)."""
    import importlib

    candidates = sorted(
        op
        for op, (_t, _n, style) in generated_modules().items()
        if style == "page_number"
        and not any(
            p.name == "page" for p in fixtures.operation(op).parameters if p.location == "query"
        )
    )
    if not candidates:
        pytest.skip("every page_number operation takes `page`")
    tag, name, _ = generated_modules()[candidates[0]]
    return importlib.import_module(f"ibl_client.generated.api.{tag}.{name}")


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_an_operation_without_a_page_parameter_is_asked_in_extra_query(
    server: ScriptedServer, kind: str
) -> None:
    """DRF's envelope from an operation the description gives no ``page`` (the server pages
    it anyway): the pages are asked for in ``extra_query``, the caller's own extras kept."""
    module = without_page_parameter()
    envelope = {e.name: e for e in ENVELOPES}["page_number"]
    script(server, module, envelope)
    args, kwargs = arguments(module)
    extra = {"extra_query": {"q": "kept"}}
    if kind == "sync":
        with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
            items = list(paginate(module.sync, *args, client=ibl, **extra, **kwargs))
    else:
        async with AsyncClient(api_key="k", base_url=server.url, retry=FAST) as client:
            pager = paginate(module.asyncio, *args, client=client, **extra, **kwargs)
            items = [item async for item in pager]
    check(server, envelope, items)
    assert all("q=kept" in seen.path for seen in server.requests)
    assert json.loads(server.requests[0].body or b"null") is None


def test_an_operation_without_a_page_parameter_starts_from_the_page_in_extra_query(
    server: ScriptedServer,
) -> None:
    module = without_page_parameter()
    envelope = {e.name: e for e in ENVELOPES}["page_number"]
    server.then(*(reply(200, page(module, envelope, n, server.url)) for n in (2, 3)))
    args, kwargs = arguments(module)
    with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
        pager = paginate(module.sync, *args, client=ibl, extra_query={"page": 2}, **kwargs)
        numbers = [(p.number, len(p.items)) for p in pager.pages()]
    assert numbers == [(2, PER_PAGE), (3, PER_PAGE)] and asked_pages(server) == [2, 3]


def free_form_pagination() -> tuple[Any, Envelope]:
    """The module and envelope of the first operation (by id) whose page's ``pagination`` object
    the description leaves free-form (the model keeps its members in ``additional_properties``)."""
    import importlib

    for operation_id, (tag, name, style) in sorted(generated_modules().items()):
        envelope = {e.name: e for e in ENVELOPES}.get(style or "")
        if envelope is None or not envelope.page.startswith("pagination."):
            continue
        page = fixtures.spec().resolve(fixtures.response_schema(operation_id))
        pagination = fixtures.spec().resolve(page["properties"]["pagination"])
        if pagination.get("type") == "object" and not {"properties", "allOf"} & set(pagination):
            module = importlib.import_module(f"ibl_client.generated.api.{tag}.{name}")
            return module, envelope
    fixtures.no_subject("paged operation whose `pagination` object is free-form")


def walk_free_form(
    server: ScriptedServer, pages: int, number: Any, of: Any
) -> tuple[Envelope, list[Any]]:
    """Walk the free-form operation over ``pages`` pages whose ``pagination`` holds nothing but
    the page's number and the number of pages (``number(n)`` and ``of``): its envelope and the
    items given."""
    module, envelope = free_form_pagination()
    bodies = []
    for n in range(1, pages + 1):
        body = page(module, envelope, n, server.url)
        body["pagination"] = {}
        put(body, envelope.page, number(n))
        put(body, envelope.pages, of)
        bodies.append(reply(200, body))
    server.then(*bodies)
    args, kwargs = arguments(module)
    with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
        return envelope, list(paginate(module.sync, *args, client=ibl, **kwargs))


def test_a_free_form_pagination_without_a_next_link_ends_by_its_page_numbers(
    server: ScriptedServer,
) -> None:
    """A page whose free-form ``pagination`` has no ``next`` member (nor a total) says nothing
    about the end: the walk goes on until the page's number reaches the number of pages."""
    envelope, items = walk_free_form(server, PAGES, number=lambda n: n, of=PAGES)
    check(server, envelope, items)


def test_true_is_no_page_number(server: ScriptedServer) -> None:
    """A free-form ``pagination`` whose page numbers are ``true`` (an int, to Python): they are
    not read, so they do not end the walk, which goes on to the first empty page."""
    _, items = walk_free_form(server, PAGES + 1, number=lambda n: True, of=True)
    assert len(items) == PAGES * PER_PAGE
    assert asked_pages(server) == list(range(1, PAGES + 2))


WITH_NEXT = [envelope for envelope in ENVELOPES if envelope.next]


@pytest.mark.parametrize("envelope", WITH_NEXT, ids=[e.name for e in WITH_NEXT])
def test_a_json_page_is_read_by_the_paths_of_its_envelope(envelope: Envelope) -> None:
    """A page given as JSON (dicts, not models) is read by the same paths: a `next` left out
    says nothing, a null one ends the walk; a path through a value that is no object (here a
    string, which has a `count` method) finds nothing."""
    style = _Style(envelope, {}, in_query=False)
    body: dict[str, Any] = {}
    put(body, envelope.items, ["first", "second"])
    put(body, envelope.total, 9)
    read = style.read(body)
    assert (read.items, read.count, read.link, read.last) == (["first", "second"], 9, None, False)
    put(body, envelope.next, None)
    assert style.read(body).last
    put(body, envelope.next, "https://next.example/?page=2")
    assert style.read(body).link == "https://next.example/?page=2"
    parent = envelope.next.rpartition(".")[0]
    if parent:
        body[parent] = "a string"
        read = style.read(body)
        assert (read.count, read.link, read.last) == (None, None, False)
