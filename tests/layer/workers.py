"""Functions that run in worker processes (spawned ones import this module by name)."""

from __future__ import annotations

import asyncio
import os

from ibl_client import AsyncClient, Client


def call_sync(ibl: Client, n: int) -> tuple[int, object]:
    """One call from a worker: its pid, and the answer."""
    return os.getpid(), ibl.request("GET", "/api/ping/", params={"n": n})


def call_async(ibl: AsyncClient, n: int) -> tuple[int, object]:
    async def main() -> object:
        return await ibl.request("GET", "/api/ping/", params={"n": n})

    return os.getpid(), asyncio.run(main())
