"""The sync twin, Pager, against the same loopback server, with the same operations chosen
from the description (conftest.py, pages.py)."""

from __future__ import annotations

import sys
import threading

import pytest
from layer.server import ScriptedServer, reply
from support.clients import sync_on as client
from support.pools import pool_is_free, wait_until_sync

import ibl_client
from ibl_client import ServerError

from .pages import Pageable, Pages, assert_names_its_position


@pytest.mark.parametrize("prefetch", [True, False])
def test_many_pages(server: ScriptedServer, prefetch: bool, page_number: Pageable) -> None:
    script = Pages(server, page_number, 95, size=10)
    with client(server) as ibl:
        items = list(page_number.iter(ibl, page_size=10, prefetch=prefetch))
    assert page_number.numbers(items) == list(range(95))
    assert script.positions() == list(range(1, 11))


def test_zero_items(server: ScriptedServer, page_number: Pageable) -> None:
    Pages(server, page_number, 0)
    with client(server) as ibl:
        assert list(page_number.iter(ibl)) == []
    assert len(server.requests) == 1


def test_max_items_and_pages(server: ScriptedServer, page_number: Pageable) -> None:
    script = Pages(server, page_number, 95, size=10)
    with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10, max_items=15)
        assert page_number.numbers(pager) == list(range(15))
        assert [len(p.items) for p in pager.pages()] == [10, 5]
    assert script.positions() == [1, 2, 1, 2]


def test_next_on_another_host_keeps_the_base_url(
    server: ScriptedServer, other_server: ScriptedServer, page_number: Pageable
) -> None:
    Pages(server, page_number, 30, size=10, next_base=other_server.url)
    with client(server) as ibl:
        assert len(list(page_number.iter(ibl, page_size=10))) == 30
    assert other_server.requests == []


def test_retry_then_error_with_its_page(server: ScriptedServer, page_number: Pageable) -> None:
    script = Pages(server, page_number, 50, size=10).on(2, reply(503)).on(4, *[reply(500)] * 3)
    got: list[int] = []
    with client(server) as ibl, pytest.raises(ServerError) as caught:
        for item in page_number.iter(ibl, page_size=10):
            got.append(page_number.number(item))
    assert got == list(range(30))
    assert_names_its_position(caught.value, page_number.operation_id, "page 4")
    assert script.positions() == [1, 2, 2, 3, 4, 4, 4]


def test_limit_offset_error_names_its_offset(
    server: ScriptedServer, limit_offset: Pageable
) -> None:
    Pages(server, limit_offset, 30, size=10).on(10, reply(404, {"detail": "gone"}))
    with client(server) as ibl, pytest.raises(ibl_client.NotFoundError) as caught:
        for _ in limit_offset.iter(ibl, limit=10):
            pass
    assert_names_its_position(caught.value, limit_offset.operation_id, "offset 10")


def test_max_items_is_validated(page_number: Pageable) -> None:
    for wrong in (-1, True, 2.0):
        with pytest.raises(ibl_client.ConfigurationError, match=rf"max_items: .* got {wrong!r}"):
            ibl_client.paginate(page_number.module.sync, client=None, max_items=wrong)


def other_threads() -> set[threading.Thread]:
    return set(threading.enumerate()) - {threading.current_thread()}


@pytest.mark.parametrize("stop", [None, 15])
def test_a_walk_leaves_no_thread_behind(
    server: ScriptedServer, page_number: Pageable, stop: int | None
) -> None:
    """The prefetch's worker thread is gone when the walk ends: at its last page, or when the
    caller leaves it early (here while the prefetch of page 3 may be in flight)."""
    Pages(server, page_number, 30, size=10)
    before = other_threads()  # the loopback server's
    with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10)
        with pager:
            for item in pager:
                if page_number.number(item) == stop:
                    break
        assert other_threads() == before


def test_without_prefetch_a_walk_starts_no_thread(
    server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 30, size=10)
    before = other_threads()  # the loopback server's
    seen: list[set[threading.Thread]] = []
    with client(server) as ibl:
        for _ in page_number.iter(ibl, page_size=10, prefetch=False):
            seen.append(other_threads())
    assert seen == [before] * 30 and script.positions() == [1, 2, 3]


def test_a_walk_ended_before_its_prefetch_started_raises_nothing(
    server: ScriptedServer, page_number: Pageable
) -> None:
    """The walk ends while the next page is still queued for the worker thread: the prefetch is
    cancelled, and its cancellation is not raised to the caller."""
    script = Pages(server, page_number, 30, size=10)
    interval = sys.getswitchinterval()
    with client(server) as ibl:
        pages = page_number.iter(ibl, page_size=10).pages()
        next(pages)  # page 1; page 2 is asked for on the worker thread
        # This thread now keeps the interpreter until it blocks: once page 2 has arrived and
        # page 3 is queued, the worker thread cannot take it before `close()`.
        sys.setswitchinterval(60)
        try:
            assert len(next(pages).items) == 10
            pages.close()
        finally:
            sys.setswitchinterval(interval)
    assert script.positions() == [1, 2]


def test_prefetch_runs_while_the_consumer_works(
    server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 20, size=10)
    with client(server) as ibl:
        for item in page_number.iter(ibl, page_size=10):
            if page_number.number(item) == 0:
                wait_until_sync(lambda: script.positions() == [1, 2])


def test_break_waits_for_the_prefetch_and_frees_the_pool(
    server: ScriptedServer, page_number: Pageable
) -> None:
    script = Pages(server, page_number, 30, size=10, delay=0.1)
    with client(server) as ibl:
        pager = page_number.iter(ibl, page_size=10)
        with pager:
            for item in pager:
                if page_number.number(item) == 3:
                    break
        assert pool_is_free(ibl)
    assert script.positions() == [1, 2]


def test_limit_offset(server: ScriptedServer, limit_offset: Pageable) -> None:
    script = Pages(server, limit_offset, 25, size=10)
    with client(server) as ibl:
        rows = list(limit_offset.iter(ibl, limit=10))
    assert limit_offset.numbers(rows) == list(range(25))
    assert script.positions() == [0, 10, 20]


@pytest.mark.parametrize("prefetch", [True, False])
def test_data_pagination(server: ScriptedServer, prefetch: bool, data_pagination: Pageable) -> None:
    script = Pages(server, data_pagination, 25, size=10)
    with client(server) as ibl:
        pager = data_pagination.iter(ibl, length=10, prefetch=prefetch)
        assert [data_pagination.number(u) for u in pager] == list(range(25))
        assert [(p.number, len(p.items), p.count) for p in pager.pages()] == [
            (1, 10, 25),
            (2, 10, 25),
            (3, 5, 25),
        ]
    assert script.positions() == [1, 2, 3, 1, 2, 3]


def test_data_pagination_total_pages_and_max_items(
    server: ScriptedServer, data_pagination: Pageable
) -> None:
    def two_pages(totals: dict[str, int]) -> dict[str, int]:
        return {**totals, "totalPages": 2}

    script = Pages(server, data_pagination, 95, size=10, totals=two_pages)
    with client(server) as ibl:
        everything = data_pagination.iter(ibl)
        assert len(list(everything)) == 20  # `totalPages` ends the walk
        first = data_pagination.iter(ibl, max_items=3)
        assert [data_pagination.number(u) for u in first] == [0, 1, 2]
    assert script.positions() == [1, 2, 1]


def test_module_level_paginate(server: ScriptedServer, page_number: Pageable) -> None:
    Pages(server, page_number, 25, size=10)
    with client(server) as ibl:
        pager = ibl_client.paginate(
            page_number.module.sync, **page_number.path_args, client=ibl, page_size=10
        )
        assert isinstance(pager, ibl_client.Pager)
        assert page_number.numbers(pager) == list(range(25))
