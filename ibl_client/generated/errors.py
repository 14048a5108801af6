"""The errors live in the hand-written layer; this module keeps the generator's layout."""

from .._errors import *  # noqa: F403
from .._errors import __all__  # noqa: F401
