"""The contract suite's sampler is the testing kit's (``ibl_client/testing/_sampling.py``): one
sampler for the fake API's answers and for the arguments the suites send. This adapter only
lets the suite hand it a ``Spec`` (whose ``resolve`` follows its ``$ref``)."""

from __future__ import annotations

from ibl_client.testing import SchemaSampler as _KitSampler
from ibl_client.testing._sampling import BINARY_PAYLOAD, FORMAT_VALUES, string_for_pattern

from .spec import Spec

__all__ = ["BINARY_PAYLOAD", "FORMAT_VALUES", "SchemaSampler", "string_for_pattern"]


class SchemaSampler(_KitSampler):
    """``ibl_client.testing.SchemaSampler`` on a contract ``Spec``."""

    def __init__(self, spec: Spec, *, optional: bool = False, for_request: bool = True) -> None:
        super().__init__(spec.resolve, optional=optional, for_request=for_request)
        self.spec = spec
