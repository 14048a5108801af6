"""Transfer benchmark: a 200 MB upload and a 200 MB download in memory that does not grow with
the body (issue 21), printed as the peak of traced memory over the body's size.

    .venv/bin/python -m bench.transfer              # 200 MB each way, each client
    .venv/bin/python -m bench.transfer --mb 20      # smaller, for a quick look

A loopback server in a child process (so neither its memory nor its GIL is ours) discards what
it is sent and streams zeros from one 1 MB buffer. Each case runs under tracemalloc, whose
peak counts every Python allocation of the client (bytes objects aiohttp and httpx read into
included). The upload is the typed ``core_orgs_logo_create_create`` with a path as its file
field; the download is ``client.stream(...)`` saved to a file. Baselines in the same run: the
same download read whole (``client.request``) and the same upload given as ``bytes`` (held in
memory by the caller, as before this change the SDK read a file): both near or above 1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from ibl_client import AsyncClient, Client, RetryPolicy

from . import report

KEY = "bench-key"
MB = 1 << 20
DOWNLOAD = "/api/reports/platforms/acme/t1/download"
ANSWER = json.dumps({"file": "logo.png"}).encode()  # ImageUpload: what the upload answers


# --- the server (child process) ---------------------------------------------------------------


def serve(size: int) -> None:
    """Discard request bodies; answer a GET with ``size`` zero bytes; print the port."""
    chunk = bytes(MB)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
                method = head.split(" ", 1)[0]
                length = 0
                for line in head.split("\r\n"):
                    if line.lower().startswith("content-length:"):
                        length = int(line.split(":", 1)[1])
                while length:
                    length -= len(await reader.read(min(length, MB)))
                if method == "GET":
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                        + f"Content-Length: {size}\r\n\r\n".encode()
                    )
                    left = size
                    while left:
                        writer.write(chunk[: min(left, MB)])
                        left -= min(left, MB)
                        await writer.drain()
                else:
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        + f"Content-Length: {len(ANSWER)}\r\n\r\n".encode()
                        + ANSWER
                    )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        print(server.sockets[0].getsockname()[1], flush=True)
        await server.serve_forever()

    asyncio.run(main())


class Server:
    def __init__(self, size: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.transfer", "--serve", str(size)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.process.stdout.readline())}"

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(5)


# --- the client side ---------------------------------------------------------------------------

NO_RETRY = RetryPolicy(max_retries=0)


def peak(run: Callable[[], Any]) -> int:
    """The peak of traced memory while ``run()`` runs (awaited if it returns an awaitable)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        result = run()
        if isinstance(result, Awaitable):
            asyncio.run(_awaited(result))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def _awaited(result: Awaitable[Any]) -> None:
    await result


def async_case(url: str, backend: str, what: str, source: Path, target: Path) -> Callable[[], Any]:
    async def run() -> None:
        async with AsyncClient(api_key=KEY, base_url=url, retry=NO_RETRY, backend=backend) as ibl:
            if what == "upload":
                await ibl.core.core_orgs_logo_create_create("acme", body={"file": source})
            elif what == "upload bytes (baseline)":
                data = source.read_bytes()
                await ibl.core.core_orgs_logo_create_create("acme", body={"file": data})
            elif what == "download":
                download = ibl.reports.reports_platforms_download_retrieve
                async with ibl.stream(download, "acme", "t1") as answer:
                    await answer.save(target)
            else:  # read whole (baseline)
                await ibl.request("GET", DOWNLOAD)

    return run


def sync_case(url: str, what: str, source: Path, target: Path) -> Callable[[], Any]:
    def run() -> None:
        with Client(api_key=KEY, base_url=url, retry=NO_RETRY) as ibl:
            if what == "upload":
                ibl.core.core_orgs_logo_create_create("acme", body={"file": source})
            elif what == "download":
                with ibl.stream(ibl.reports.reports_platforms_download_retrieve, "acme", "t1") as a:
                    a.save(target)

    return run


def _import_first() -> None:
    """Import what the cases use before any is traced: a module's first import is not memory
    the transfer takes (aiohttp alone allocates a few MB on import)."""
    import aiohttp  # noqa: F401

    from ibl_client.generated.api.core import _group as core  # noqa: F401
    from ibl_client.generated.api.reports import (  # noqa: F401
        _group as reports,
    )


#: The memory a streamed transfer may take, as a share of the body: flat, not the body's size.
MAX_SHARE = 0.05


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=200, help="body size in MB (default 200)")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve is not None:
        serve(args.serve)
        return 0
    size = args.mb * MB
    _import_first()
    with tempfile.TemporaryDirectory() as folder, Server(size) as server:
        source, target = Path(folder) / "upload.bin", Path(folder) / "download.bin"
        with open(source, "wb") as out:
            for _ in range(args.mb):
                out.write(bytes(MB))
        cases: list[tuple[str, str, Callable[[], Any]]] = []
        for backend in ("aiohttp", "httpx"):
            for what in ("upload", "download", "upload bytes (baseline)", "read whole (baseline)"):
                cases.append(
                    (
                        f"async {backend}",
                        what,
                        async_case(server.url, backend, what, source, target),
                    )
                )
        for what in ("upload", "download"):
            cases.append(("sync", what, sync_case(server.url, what, source, target)))
        print(f"Transfer benchmark: {args.mb} MB bodies; peak traced memory / body size")
        for client, what, run in cases:
            ratio = peak(run) / size
            if what == "download":
                assert os.path.getsize(target) == size, "the download is incomplete"
                target.unlink()
            print(f"  {client:14} {what:26} {ratio:7.4f}")
            if what in ("upload", "download"):
                report.target(
                    f"{args.mb} MB {what}, {client}",
                    f"peak memory ≤ {MAX_SHARE}x the body",
                    f"{ratio:.4f}x",
                    ratio <= MAX_SHARE,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
