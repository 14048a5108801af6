"""Versions sent in the User-Agent: the SDK's own and the API description it was generated from.

`__version__` is the SDK's semantic version; `make generate` bumps it when a new description
changes the API (major for a breaking change). `API_VERSION` comes from the description.
"""

from .generated import API_VERSION

__version__ = "1.0.0"

__all__ = ["API_VERSION", "__version__"]
