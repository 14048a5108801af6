"""AsyncPager against a real loopback server: pages, links, limits, retries, errors, prefetch,
cancellation. Every page is a real request through the client's transport and retry layer.

The operations are one of each style, chosen from the description (`page_number`,
`limit_offset`, `data_pagination`: see conftest.py and pages.py); their items are sampled from
it, each numbered in one of its properties."""

from __future__ import annotations

import asyncio
import functools
import gc
import re
import weakref
from typing import Any

import httpx
import pytest
from layer.server import HANG, Action, ScriptedServer, reply
from support import clients
from support.clients import SECRET
from support.pools import pool_is_free, wait_until

import ibl_client
from ibl_client import ServerError

from .pages import (
    Pageable,
    Pages,
    assert_names_its_position,
    not_pageable,
    query_of,
    without_next,
)

# httpx's pool: these tests look into it (pool_of) to see connections given back.
client = functools.partial(clients.client, backend="httpx")


@pytest.mark.parametrize(
    ("total", "pages"), [(0, [1]), (7, [1]), (10, [1]), (95, list(range(1, 11)))]
)
async def test_zero_one_and_many_pages(
    server: ScriptedServer, total: int, pages: list[int], page_number: Pageable
) -> None:
    script = Pages(server, page_number, total, size=10)
    async with client(server) as ibl:
        items = [r async for r in page_number.iter(ibl, page_size=10)]
    assert page_number.numbers(items) == list(range(total))
    assert script.positions() == pages
    assert all(s.headers["authorization"] == f"Api-Token {SECRET}" for s in server.requests)
    # page 1 is the server's default: not sent
    assert server.requests[0].path == f"{page_number.path}?page_size=10"


async def test_pages_carry_their_position_and_count(
    server: ScriptedServer, page_number: Pageable
) -> None:
    Pages(server, page_number, 25, size=10)
    async with client(server) as ibl:
        pages = [p async for p in page_number.iter(ibl, page_size=10).pages()]
    assert [(p.number, p.offset, len(p.items), p.count) for p in pages] == [
        (1, None, 10, 25),
        (2, None, 10, 25),
        (3, None, 5, 25),
    ]
    assert pages[0].next == f"{server.url}{page_number.path}?page_size=10&page=2"
    assert pages[-1].next is None


async def test_follows_the_page_in_the_next_link(
    server: ScriptedServer, page_number: Pageable
) -> None:
    # The link skips pages.
    script = Pages(server, page_number, 95, size=10, next_page=lambda page: page + 3)
    async with client(server) as ibl:
        items = [r async for r in page_number.iter(ibl, page_size=10)]
    assert script.positions() == [1, 4, 7, 10]
    assert page_number.numbers(items)[:12] == [*range(10), 30, 31]


def without_next_link(pageable: Pageable, count: int, numbers: range) -> Action:
    """A page of DRF's envelope with a total and no `next` key at all."""
    body = pageable.drf_page(count, [pageable.item(i) for i in numbers], None)
    del body[pageable.next_key]
    return reply(200, body)


@pytest.mark.parametrize("total", [20, 21])
async def test_stops_at_count_when_the_server_gives_no_next(
    server: ScriptedServer, total: int
) -> None:
    # An envelope with count but no `next` key at all: count decides. Only an operation whose
    # page may leave `next` out can be answered so.
    pageable = without_next("page_number")
    starts = range(0, total, 10)
    server.then(*(without_next_link(pageable, total, range(n, min(n + 10, total))) for n in starts))
    async with client(server) as ibl:
        items = [r async for r in pageable.iter(ibl, page_size=10)]
    assert pageable.numbers(items) == list(range(total)) and len(server.requests) == len(starts)


async def test_from_a_later_page_the_total_does_not_end_the_walk(server: ScriptedServer) -> None:
    """Started on page 2, the walk does not know where its first item sits (the server may cap
    the page size it was asked for), so it cannot compare what it has seen with the total: here
    a total smaller than what the pages hold, and the walk goes on to the first empty page."""
    pageable = without_next("page_number")
    numbers = (range(10, 20), range(20, 25), range(0))
    server.then(*(without_next_link(pageable, 5, items) for items in numbers))
    async with client(server) as ibl:
        items = [r async for r in pageable.iter(ibl, page=2, page_size=10)]
    assert pageable.numbers(items) == list(range(10, 25))
    assert [query_of(seen.path)["page"] for seen in server.requests] == ["2", "3", "4"]


async def test_stops_on_an_empty_page(server: ScriptedServer, page_number: Pageable) -> None:
    def page(link: str, results: list[dict[str, Any]]) -> Action:
        return reply(200, page_number.drf_page(99, results, link))

    server.then(
        page(f"{server.url}/x?page=2", [page_number.item(1)]),
        page(f"{server.url}/x?page=3", []),
    )
    async with client(server) as ibl:
        items = [r async for r in page_number.iter(ibl)]
    assert page_number.numbers(items) == [1] and len(server.requests) == 2


@pytest.mark.parametrize("link", ["", "same page"])
async def test_stops_on_an_empty_link_or_one_to_the_same_page(
    server: ScriptedServer, page_number: Pageable, link: str
) -> None:
    """Page 1 of 3 links to nothing (an empty string, as some schemas say for "no next page"),
    or back to itself (which would loop for ever): the walk ends there."""
    to = f"{server.url}{page_number.path}?page=1" if link else ""
    items = [page_number.item(n) for n in range(10)]
    server.then(reply(200, page_number.drf_page(30, items, to)))
    async with client(server) as ibl:
        got = [r async for r in page_number.iter(ibl, page_size=10)]
    assert page_number.numbers(got) == list(range(10)) and len(server.requests) == 1


async def test_next_on_another_host_keeps_the_base_url(
    server: ScriptedServer, other_server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 30, size=10, next_base=other_server.url)
    async with client(server) as ibl:
        items = [r async for r in page_number.iter(ibl, page_size=10)]
    assert page_number.numbers(items) == list(range(30))
    assert other_server.requests == []  # neither the credential nor anything else went there
    assert script.positions() == [1, 2, 3]
    assert all(s.headers["authorization"] == f"Api-Token {SECRET}" for s in server.requests)


async def test_next_with_another_scheme_keeps_the_base_url(
    server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(
        server, page_number, 20, size=10, next_base=server.url.replace("http://", "https://")
    )
    async with client(server) as ibl:
        items = [r async for r in page_number.iter(ibl, page_size=10)]
    assert len(items) == 20 and script.positions() == [1, 2]


async def test_max_items_mid_page(server: ScriptedServer, page_number: Pageable) -> None:
    script = Pages(server, page_number, 95, size=10)
    async with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10, max_items=15)
        items = [r async for r in pager]
        pages = [p async for p in pager.pages()]  # each iteration walks again
    assert page_number.numbers(items) == list(range(15))
    assert [len(p.items) for p in pages] == [10, 5]
    assert script.positions() == [1, 2, 1, 2]  # no request past the item limit, even prefetched


async def test_starts_from_the_page_given(server: ScriptedServer, page_number: Pageable) -> None:
    script = Pages(server, page_number, 95, size=10)
    async with client(server) as ibl:
        items = [r async for r in page_number.iter(ibl, page=8, page_size=10)]
    assert page_number.numbers(items) == list(range(70, 95)) and script.positions() == [8, 9, 10]


async def test_a_page_failing_once_is_retried(
    server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 30, size=10).on(2, reply(503, {"detail": "busy"}))
    async with client(server) as ibl:
        items = [r async for r in page_number.iter(ibl, page_size=10)]
    assert page_number.numbers(items) == list(range(30))
    assert script.positions() == [1, 2, 2, 3]


@pytest.mark.parametrize("prefetch", [True, False])
async def test_a_page_failing_for_good_names_its_page(
    server: ScriptedServer, prefetch: bool, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 50, size=10).on(3, *[reply(500, {"detail": "boom"})] * 3)
    got: list[int] = []
    async with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10, prefetch=prefetch)
        with pytest.raises(ServerError) as caught:
            async for item in pager:
                got.append(page_number.number(item))
    assert got == list(range(20))  # the pages before it were all given
    error = caught.value
    assert_names_its_position(error, page_number.operation_id, "page 3")
    assert error.retries == 2 and error.status_code == 500
    assert script.positions() == [1, 2, 3, 3, 3]


async def test_limit_offset(server: ScriptedServer, limit_offset: Pageable) -> None:
    script = Pages(server, limit_offset, 25, size=10)
    async with client(server) as ibl:
        pager = limit_offset.iter(ibl, limit=10, **limit_offset.extra)
        rows = [row async for row in pager]
        pages = [p async for p in pager.pages()]
    assert limit_offset.numbers(rows) == list(range(25))
    assert script.positions() == [0, 10, 20, 0, 10, 20]
    assert [(p.number, p.offset, len(p.items)) for p in pages] == [
        (None, 0, 10),
        (None, 10, 10),
        (None, 20, 5),
    ]
    # The next page keeps the caller's other arguments (`extra`: a plain string query
    # parameter of the operation, when it has one).
    assert server.requests[1].path.split("?")[0] == limit_offset.path
    assert query_of(server.requests[1].path) == {
        "limit": "10",
        "offset": "10",
        **limit_offset.extra_query,
    }


async def test_limit_offset_from_an_offset_with_max_items(
    server: ScriptedServer, limit_offset: Pageable
) -> None:
    script = Pages(server, limit_offset, 100, size=10)
    async with client(server) as ibl:
        pager = limit_offset.iter(ibl, limit=10, offset=35, max_items=12)
        rows = limit_offset.numbers([row async for row in pager])
        pages = [(p.offset, len(p.items)) async for p in pager.pages()]
    assert rows == list(range(35, 47)) and pages == [(35, 10), (45, 2)]
    assert script.positions() == [35, 45, 35, 45]


async def test_limit_offset_error_names_its_offset(
    server: ScriptedServer, limit_offset: Pageable
) -> None:
    Pages(server, limit_offset, 30, size=10).on(10, *[reply(404, {"detail": "gone"})])
    async with client(server) as ibl:
        with pytest.raises(ibl_client.NotFoundError) as caught:
            async for _ in limit_offset.iter(ibl, limit=10):
                pass
    assert_names_its_position(caught.value, limit_offset.operation_id, "offset 10")


async def test_limit_offset_follows_the_offset_and_limit_of_the_next_link(
    server: ScriptedServer, limit_offset: Pageable
) -> None:
    """The server gives fewer items than asked (it caps the limit, or leaves some out) and its
    link says where the next page is: the walk asks for that offset and limit, not for the ones
    it would count on to."""

    def page(numbers: range, link: str | None) -> Action:
        items = [limit_offset.item(n) for n in numbers]
        return reply(200, limit_offset.drf_page(20, items, link))

    server.then(
        page(range(5), f"{server.url}{limit_offset.path}?limit=5&offset=10"),
        page(range(10, 15), None),
    )
    async with client(server) as ibl:
        rows = [row async for row in limit_offset.iter(ibl, limit=10)]
    assert limit_offset.numbers(rows) == [*range(5), *range(10, 15)]
    assert [query_of(seen.path) for seen in server.requests] == [
        {"limit": "10"},
        {"limit": "5", "offset": "10"},
    ]


async def test_limit_offset_counts_on_without_a_next_link(server: ScriptedServer) -> None:
    """Pages with a total and no `next` key at all: the next offset is this one plus the items
    given, until the total."""
    pageable = without_next("limit_offset")

    def page(start: int) -> Action:
        numbers = range(start, min(start + 10, 25))
        body = pageable.drf_page(25, [pageable.item(n) for n in numbers], None)
        del body[pageable.next_key]
        return reply(200, body)

    server.then(page(0), page(10), page(20))
    async with client(server) as ibl:
        rows = [row async for row in pageable.iter(ibl, limit=10)]
    assert pageable.numbers(rows) == list(range(25))
    assert [query_of(seen.path).get("offset") for seen in server.requests] == [None, "10", "20"]


async def test_limit_offset_stops_on_a_link_that_does_not_move_on(
    server: ScriptedServer, limit_offset: Pageable
) -> None:
    """A `next` link back to the same offset would loop for ever: the walk ends there."""
    items = [limit_offset.item(n) for n in range(10)]
    link = f"{server.url}{limit_offset.path}?limit=10&offset=0"
    server.then(reply(200, limit_offset.drf_page(30, items, link)))
    async with client(server) as ibl:
        rows = [row async for row in limit_offset.iter(ibl, limit=10)]
    assert limit_offset.numbers(rows) == list(range(10)) and len(server.requests) == 1


@pytest.mark.parametrize(
    ("total", "pages"), [(0, [1]), (7, [1]), (10, [1]), (95, list(range(1, 11)))]
)
async def test_data_pagination_zero_one_and_many_pages(
    server: ScriptedServer,
    total: int,
    pages: list[int],
    data_pagination: Pageable,
) -> None:
    script = Pages(server, data_pagination, total, size=10)
    async with client(server) as ibl:
        users = [u async for u in data_pagination.iter(ibl, length=10)]
    assert [data_pagination.number(u) for u in users] == list(range(total))
    assert data_pagination.item_class is not None  # the pager's items are typed
    assert all(isinstance(u, data_pagination.item_class) for u in users)
    assert script.positions() == pages
    assert server.requests[0].path == f"{data_pagination.path}?length=10"
    if total > 10:
        assert server.requests[1].path == f"{data_pagination.path}?length=10&page=2"


async def test_data_pagination_pages_carry_number_and_total(
    server: ScriptedServer, data_pagination: Pageable
) -> None:
    Pages(server, data_pagination, 25, size=10)
    async with client(server) as ibl:
        pages = [p async for p in data_pagination.iter(ibl, length=10).pages()]
    assert [(p.number, p.offset, len(p.items), p.count, p.next) for p in pages] == [
        (1, None, 10, 25, None),
        (2, None, 10, 25, None),
        (3, None, 5, 25, None),
    ]
    assert pages[-1].model.pagination.current_page == 3


async def test_data_pagination_stops_at_total_pages(
    server: ScriptedServer, data_pagination: Pageable
) -> None:
    # 95 items, but the server says there are 2 pages: its word ends the walk.
    def two_pages(totals: dict[str, int]) -> dict[str, int]:
        return {**totals, "totalItems": 1_000, "totalPages": 2}

    script = Pages(server, data_pagination, 95, size=10, totals=two_pages)
    async with client(server) as ibl:
        users = [u async for u in data_pagination.iter(ibl, length=10)]
    assert len(users) == 20 and script.positions() == [1, 2]


async def test_data_pagination_stops_at_total_items(
    server: ScriptedServer, data_pagination: Pageable
) -> None:
    def many_pages(totals: dict[str, int]) -> dict[str, int]:
        return {**totals, "totalItems": 20, "totalPages": 99}

    script = Pages(server, data_pagination, 95, size=10, totals=many_pages)
    async with client(server) as ibl:
        users = [u async for u in data_pagination.iter(ibl, length=10)]
    assert len(users) == 20 and script.positions() == [1, 2]


async def test_data_pagination_stops_on_a_page_without_data(
    server: ScriptedServer, data_pagination: Pageable
) -> None:
    def endless(totals: dict[str, int]) -> dict[str, int]:
        return {**totals, "totalItems": 1_000, "totalPages": 99}

    script = Pages(server, data_pagination, 15, size=10, totals=endless)
    async with client(server) as ibl:
        users = [u async for u in data_pagination.iter(ibl, length=10)]
    assert len(users) == 15 and script.positions() == [1, 2, 3]  # page 3 has no `data`


async def test_data_pagination_from_a_page_with_max_items(
    server: ScriptedServer, data_pagination: Pageable
) -> None:
    script = Pages(server, data_pagination, 95, size=10)
    async with client(server) as ibl:
        pager = data_pagination.iter(ibl, page=4, length=10, max_items=15)
        users = [data_pagination.number(u) async for u in pager]
        pages = [p async for p in pager.pages()]
    assert users == list(range(30, 45))
    assert [(p.number, len(p.items)) for p in pages] == [(4, 10), (5, 5)]
    assert script.positions() == [4, 5, 4, 5]  # no request past the item limit, even prefetched


async def test_data_pagination_error_names_its_page(
    server: ScriptedServer, data_pagination: Pageable
) -> None:
    script = Pages(server, data_pagination, 50, size=10)
    script.on(2, *[reply(500, {"detail": "boom"})] * 3)
    got: list[int] = []
    async with client(server) as ibl:
        with pytest.raises(ServerError) as caught:
            async for user in data_pagination.iter(ibl, length=10):
                got.append(data_pagination.number(user))
    assert got == list(range(10))
    assert_names_its_position(caught.value, data_pagination.operation_id, "page 2")
    assert script.positions() == [1, 2, 2, 2]


async def test_data_pagination_break_cancels_the_prefetch(
    server: ScriptedServer, data_pagination: Pageable
) -> None:
    script = Pages(server, data_pagination, 30, size=10).on(2, HANG)
    async with client(server) as ibl:
        async with data_pagination.iter(ibl, length=10) as users:
            async for user in users:
                if data_pagination.number(user) == 0:
                    await wait_until(lambda: script.positions() == [1, 2])
                    assert not pool_is_free(ibl)  # page 2 is on the wire
                    break
        assert pool_is_free(ibl)  # leaving `async with` cancelled it


def others() -> set[asyncio.Task[Any]]:
    """The event loop's tasks besides the test's own: a prefetch in flight is one."""
    return asyncio.all_tasks() - {asyncio.current_task()}  # type: ignore[operator]


async def test_prefetch_requests_the_next_page_while_the_consumer_works(
    server: ScriptedServer, page_number: Pageable
) -> None:
    """While the consumer is on page k, page k+1 is asked for, and page k+2 is not: at the
    last item of each page the server has seen exactly pages 1 to k+1."""
    script = Pages(server, page_number, 40, size=10)
    seen_at_last_items: list[list[int]] = []
    async with client(server) as ibl:
        async for item in page_number.iter(ibl, page_size=10):
            number = page_number.number(item)
            if number % 10 == 0 and number < 30:  # a page just arrived: the next is asked for
                assert others(), f"no prefetch in flight at item {number}"
            if number % 10 == 9:  # the consumer is still on page k
                page = number // 10 + 1
                if page < 4:
                    await wait_until(lambda page=page: page + 1 in script.positions())  # type: ignore[misc]
                seen_at_last_items.append(script.positions())
    assert seen_at_last_items == [[1, 2], [1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4]]


async def test_no_prefetch_waits_for_the_consumer(
    server: ScriptedServer, page_number: Pageable
) -> None:
    """With ``prefetch=False`` no request is in flight while the consumer works on a page, and
    the next page is asked for only when the consumer asks for its first item."""
    script = Pages(server, page_number, 30, size=10)
    seen: list[tuple[int, list[int]]] = []
    async with client(server) as ibl:
        async for item in page_number.iter(ibl, page_size=10, prefetch=False):
            number = page_number.number(item)
            assert not others(), f"a request in flight at item {number}"
            if number % 10 in (0, 9):
                seen.append((number, script.positions()))
    assert seen == [
        (0, [1]),
        (9, [1]),
        (10, [1, 2]),
        (19, [1, 2]),
        (20, [1, 2, 3]),
        (29, [1, 2, 3]),
    ]


async def test_break_cancels_the_prefetch_and_frees_the_pool(
    server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 30, size=10).on(2, HANG)
    async with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10)
        async with pager:
            async for item in pager:
                if page_number.number(item) == 5:
                    await wait_until(lambda: script.positions() == [1, 2])
                    assert not pool_is_free(ibl)  # page 2 is on the wire
                    break
        assert pool_is_free(ibl)  # leaving `async with` cancelled it and gave the connection back


async def test_break_without_a_context_manager_still_frees_the_pool(
    server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 30, size=10).on(2, HANG)
    async with client(server) as ibl:
        async for item in page_number.iter(ibl, page_size=10):
            if page_number.number(item) == 5:
                await wait_until(lambda: script.positions() == [1, 2])
                break
        # The abandoned generator is closed by the event loop's finaliser, a moment later.
        await wait_until(lambda: pool_is_free(ibl))


async def test_cancelling_the_task_cancels_the_page_in_flight(
    server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 30, size=10).on(2, HANG)
    got: list[int] = []
    async with client(server) as ibl:

        async def consume() -> None:
            async for item in page_number.iter(ibl, page_size=10):
                got.append(page_number.number(item))

        task = asyncio.create_task(consume())
        await wait_until(lambda: len(got) == 10 and script.positions() == [1, 2])
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert pool_is_free(ibl)


async def test_aclose_cancels_the_prefetch(server: ScriptedServer, page_number: Pageable) -> None:
    script = Pages(server, page_number, 30, size=10).on(2, HANG)
    async with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10)
        pages = pager.pages()
        first = await anext(pages)
        assert len(first.items) == 10
        await wait_until(lambda: script.positions() == [1, 2])
        await pager.aclose()
        assert pool_is_free(ibl)


async def test_aclose_from_another_task_cancels_the_prefetch_its_walk_waits_for(
    server: ScriptedServer, page_number: Pageable
) -> None:
    """A walk running in another task (waiting for its prefetch) cannot be closed from here:
    ``aclose()`` cancels the page it waits for, which ends that walk, and gives the connection
    back."""
    script = Pages(server, page_number, 30, size=10).on(2, HANG)
    got: list[int] = []
    async with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10)

        async def consume() -> None:
            async for item in pager:
                got.append(page_number.number(item))

        task = asyncio.create_task(consume())
        await wait_until(lambda: len(got) == 10 and script.positions() == [1, 2])
        await pager.aclose()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert pool_is_free(ibl) and got == list(range(10))


async def test_a_walk_holds_at_most_two_pages(
    server: ScriptedServer, page_number: Pageable
) -> None:
    """Memory is bounded by two pages (the one given and the one prefetched): a page the walk
    has moved past is freed while the walk goes on."""
    Pages(server, page_number, 60, size=10)
    models: list[weakref.ref[Any]] = []
    held: list[int] = []
    async with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10)
        async for page in pager.pages():
            models.append(weakref.ref(page.model))
            del page
            gc.collect()
            held.append(sum(model() is not None for model in models))
    assert len(held) == 6 and max(held) <= 2


async def test_module_level_paginate(server: ScriptedServer, page_number: Pageable) -> None:
    Pages(server, page_number, 25, size=10)
    async with client(server) as ibl:
        pager = ibl_client.paginate(
            page_number.module.asyncio, **page_number.path_args, client=ibl, page_size=10
        )
        assert isinstance(pager, ibl_client.AsyncPager)
        in_flight: list[bool] = []
        async for _ in pager:
            in_flight.append(bool(others()))
    assert in_flight[0]  # prefetch is the default: page 2 was asked for at page 1's items
    assert len(in_flight) == 25


def test_paginate_refuses_a_function_that_is_no_generated_operation() -> None:
    with pytest.raises(TypeError, match=r"^len is not a generated operation function"):
        ibl_client.paginate(len, client=None)
    partial = functools.partial(len)  # it has no __qualname__: named by its repr
    with pytest.raises(TypeError, match=re.escape(f"{partial!r} is not a generated operation")):
        ibl_client.paginate(partial, client=None)


def test_paginate_refuses_an_operation_that_does_not_page() -> None:
    module = not_pageable()
    with pytest.raises(TypeError, match=f"{module.OPERATION.id} is not a pageable operation"):
        ibl_client.paginate(module.asyncio, client=None)


def test_max_items_is_validated(page_number: Pageable) -> None:
    with pytest.raises(ibl_client.ConfigurationError, match="max_items"):
        ibl_client.paginate(page_number.module.asyncio, client=None, max_items=-1)


async def test_max_items_zero_sends_nothing(server: ScriptedServer, page_number: Pageable) -> None:
    Pages(server, page_number, 25, size=10)
    async with client(server) as ibl:
        assert [r async for r in page_number.iter(ibl, max_items=0)] == []
    assert server.requests == []


async def test_a_timeout_names_its_page(server: ScriptedServer, page_number: Pageable) -> None:
    Pages(server, page_number, 30, size=10).on(2, HANG, HANG, HANG)
    timeout = httpx.Timeout(0.2, connect=1.0)
    async with client(server, timeout=timeout) as ibl:
        with pytest.raises(ibl_client.APITimeoutError) as caught:
            async for _ in page_number.iter(ibl, page_size=10):
                pass
    assert caught.value.page == 2  # type: ignore[attr-defined]
