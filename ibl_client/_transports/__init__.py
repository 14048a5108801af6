"""Where a request leaves the process: the connection pools and the transports below httpx.

- ``pool.py``: the pool a client builds when it is given none: proxy routes, TLS, and a retry
  transport on every route; the async backend (aiohttp's pool or httpx's).
- ``retry.py``: ``RetryPolicy`` and the retrying transports, which wrap any httpx transport.
- ``aiohttp.py``: an httpx transport over aiohttp's connection pool (the async default where
  aiohttp is installed).
- ``direct.py``: the direct send: a prepared request handed straight to the transport httpx
  would pick, when nothing of httpx's general path can apply.
- ``compat.py``: every private name of httpx and aiohttp the others use, probed on import;
  when one of the direct send's fails, requests take httpx's public ``build_request``/``send``.

Nothing is imported here, so that ``_config`` can import the retry policy without the pools.
"""
