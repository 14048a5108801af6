"""How each paged list of the API is shaped, as data: one `Envelope` per style.

An envelope says where a page's items are, where the server says how many there are, how the
next page is asked for, and how a page says it is the last. The generator reads this table to
decide which operations page (scripts/paging.py: an operation pages in the first style whose
paths its 2xx schema declares), and the pagers read it to walk them (ibl_client/_pagination.py),
so a new envelope is one entry here, in both places at once. Paths are the JSON names of the
description, dotted into nested objects (``pagination.currentPage``); an empty ``items`` is a
body that is the array itself.

This module imports nothing of the package: the pipeline loads it by its path, before (and
whether or not) the generated tree it is part of can be imported.
"""

from __future__ import annotations

import attrs

__all__ = ["ENVELOPES", "Envelope"]


@attrs.frozen
class Envelope:
    """One pagination style.

    - ``items``: the path of the page's array of items ("" for a body that is the array).
    - ``asks``: how a page is asked for: ``"page"`` (a page number in ``page``) or ``"offset"``
      (``offset`` and ``limit``). The next number (or offset and limit) is read from the query
      of the ``next`` link when there is one, else counted on from this page.
    - ``total``: the path of the server's total number of items, if the style has one.
    - ``next``: the path of a link to the next page, null (or empty) on the last page.
    - ``page``, ``pages``: the paths of this page's number and of the number of pages; the last
      page is the one whose number reaches the number of pages.
    - ``sizes``: the query parameters that set the page size, in order of preference.
    - ``markers``: the paths (besides ``items``) the 2xx schema must declare for an operation to
      page in this style; a path through an object without declared properties counts.

    Whatever the style, a walk also ends on an empty page, and once ``total`` items were seen.
    """

    name: str
    items: str
    asks: str = "page"
    total: str = ""
    next: str = ""
    page: str = ""
    pages: str = ""
    sizes: tuple[str, ...] = ("page_size",)
    markers: tuple[str, ...] = ()


#: The styles, most specific first: an operation pages in the first one its schema fits.
ENVELOPES: tuple[Envelope, ...] = (
    # DRF's PageNumberPagination and LimitOffsetPagination: {count, next, previous, results}.
    Envelope("page_number", "results", total="count", next="next", markers=("count",)),
    Envelope(
        "limit_offset",
        "results",
        asks="offset",
        total="count",
        next="next",
        sizes=("limit",),
        markers=("count",),
    ),
    # The newer analytics views: {results or learners, pagination: {count, next, current_page,
    # total_pages, ...}}, or a `pagination` object the description leaves free-form (before the
    # camelCase envelope below, which a free-form object would fit as well).
    *(
        Envelope(
            f"{items}_pagination",
            items,
            total="pagination.count",
            next="pagination.next",
            page="pagination.current_page",
            pages="pagination.total_pages",
            sizes=("limit", "page_size"),
            markers=("pagination.current_page",),
        )
        for items in ("results", "learners")
    ),
    # ibl.ai's analytics lists: {data (or results), pagination: {totalItems, currentPage,
    # perPage, totalPages}}.
    *(
        Envelope(
            name,
            items,
            total="pagination.totalItems",
            page="pagination.currentPage",
            pages="pagination.totalPages",
            sizes=("length", "page_size", "limit"),
            markers=("pagination.currentPage", "pagination.totalPages"),
        )
        for name, items in (("data_pagination", "data"), ("results_data_pagination", "results"))
    ),
    # Financial details: {rows, metrics, page, limit, total_pages, total_records}.
    Envelope(
        "rows",
        "rows",
        total="total_records",
        page="page",
        pages="total_pages",
        sizes=("limit",),
        markers=("page", "total_pages"),
    ),
    # Credential assertions: {data, count, next, previous, num_pages, page_number, ...}.
    Envelope(
        "data_num_pages",
        "data",
        total="count",
        next="next",
        page="page_number",
        pages="num_pages",
        markers=("next", "num_pages", "page_number"),
    ),
    # Course recommendations: {recommendations, count, next, ...}.
    Envelope(
        "recommendations",
        "recommendations",
        total="count",
        next="next",
        sizes=("page_size", "limit"),
        markers=("next",),
    ),
    # A bare array with page parameters: the walk ends on an empty page.
    Envelope("bare_list", "", sizes=("page_size", "limit")),
)
