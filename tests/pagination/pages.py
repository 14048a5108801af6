"""Scripted pages for the loopback server of tests/layer: DRF's envelope or the analytics lists'
`{data, pagination}`, computed per request.

`Pages` stands in for the server's script: each request takes its reply from the page (or
limit/offset) in its query, as DRF's paginators (or ibl.ai's analytics views) do, unless a
scripted action for that page is queued first (a failure, a hang).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from layer.server import Action, ScriptedServer, reply

ROLES_PATH = "/api/core/rbac/roles/"
CATALOG_PATH = "/api/search/catalog/"
ACTIVE_USERS_PATH = "/api/ai-analytics/audience/orgs/acme/active-users/users"


def role(i: int) -> dict[str, Any]:
    """An item of `core_rbac_roles_list` (an `RbacRole`)."""
    return {
        "id": i,
        "name": f"role-{i}",
        "platform": {"id": 1, "key": "acme"},
        "platform_key": "acme",
    }


def learner(i: int) -> dict[str, Any]:
    """An item of `ai_analytics_audience_orgs_active_users_users_retrieve` (ActiveUsersData)."""
    return {
        "username": f"learner-{i}",
        "name": f"Learner {i}",
        "engagement_index": 0.5,
        "performance_index": 0.25,
    }


def learner_number(item: Any) -> int:
    return int(item.username.removeprefix("learner-"))


def course(i: int) -> dict[str, Any]:
    """An item of `search_catalog_retrieve` (a free-form object)."""
    return {"id": i, "name": f"course-{i}"}


class Pages:
    """Serves `total` items, `size` a page by default, in one of the three styles.

    `totals` may rewrite the `pagination` object of a `data_pagination` page (a server that
    miscounts); `next_base` and `next_page` shape DRF's `next` link.
    """

    def __init__(
        self,
        server: ScriptedServer,
        total: int,
        size: int = 10,
        *,
        style: str = "page_number",
        item: Callable[[int], dict[str, Any]] = role,
        next_base: str | None = None,
        next_page: Callable[[int], int] | None = None,
        delay: float = 0.0,
        totals: Callable[[dict[str, int]], dict[str, int]] | None = None,
    ) -> None:
        self.server = server
        self.total = total
        self.size = size
        self.style = style
        self.item = item
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
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
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
        results = [self.item(i) for i in range(start, end)] if start < self.total else []
        if self.style == "data_pagination":
            return reply(200, self.data_page(results, page, size), delay=self.delay)
        link = None
        if end < self.total:
            base = self.next_base or self.server.url
            if self.style == "page_number":
                following = self.next_page(page) if self.next_page else page + 1
                query.update(page=str(following))
            else:
                query.update(limit=str(size), offset=str(end))
            link = f"{base}{url.path}?{urlencode(query)}"
        body = {"count": self.total, "next": link, "previous": None, "results": results}
        if self.style == "limit_offset":  # the search envelope around the same four fields
            body.update(current_page=start // max(size, 1) + 1, total_pages=1)
        return reply(200, body, delay=self.delay)

    def data_page(self, data: list[dict[str, Any]], page: int, size: int) -> dict[str, Any]:
        """The analytics lists' envelope; `data` left out when empty, as the spec allows."""
        totals = {
            "totalItems": self.total,
            "currentPage": page,
            "perPage": size,
            "totalPages": (self.total + size - 1) // size,
        }
        body: dict[str, Any] = {"pagination": self.totals(totals) if self.totals else totals}
        if data:
            body["data"] = data
        return body

    def positions(self) -> list[int]:
        return [position for position, _ in self.asked]


def ids(items: Iterable[Any]) -> list[int]:
    return [item.id for item in items]
