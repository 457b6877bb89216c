"""postingkit: job postings and vacancy notices -> normalized records.

>>> from postingkit import parse_text
>>> parse_text("Tasks Summary\\n- Draft reports.\\n").duties[0].text
'Draft reports.'
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["parse", "parse_text", "parse_notices", "parse_many", "Posting", "PostingkitError", "__version__"]

if TYPE_CHECKING:
    from .batch import parse_many
    from .errors import PostingkitError
    from .model import Posting
    from .pipeline import parse, parse_notices, parse_text


def __getattr__(name: str) -> Any:
    # Lazy: `import postingkit` stays cheap; pydantic loads on first use.
    if name in ("parse", "parse_text", "parse_notices"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "parse_many":
        from .batch import parse_many

        return parse_many
    if name == "Posting":
        from .model import Posting

        return Posting
    if name == "PostingkitError":
        from .errors import PostingkitError

        return PostingkitError
    raise AttributeError(f"module 'postingkit' has no attribute {name!r}")
