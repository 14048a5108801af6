"""The clients live in the hand-written layer; this module keeps the generator's layout."""

from .._client import AsyncClient, Client

__all__ = ("AsyncClient", "Client")
