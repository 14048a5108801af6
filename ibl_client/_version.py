"""The SDK's own version, sent in the User-Agent with the API version.

`__version__` is the SDK's semantic version; `make generate` bumps it when a new description
changes the API (major for a breaking change). The API version comes from the description: the
generated package's `API_VERSION`, which the generated clients pass to the layer.
"""

__version__ = "1.0.0"

__all__ = ["__version__"]
