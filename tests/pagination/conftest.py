"""One pageable operation of each style, chosen from the description (see pages.py)."""

from __future__ import annotations

import pytest

from .pages import Pageable, pageable


@pytest.fixture(scope="session")
def page_number() -> Pageable:
    return pageable("page_number")


@pytest.fixture(scope="session")
def limit_offset() -> Pageable:
    return pageable("limit_offset")


@pytest.fixture(scope="session")
def data_pagination() -> Pageable:
    return pageable("data_pagination")
