"""Versions sent in the User-Agent: the SDK's own and the API description it was generated from."""

__version__ = "0.1.0"
API_VERSION = "3.66.0-ai-plus"
