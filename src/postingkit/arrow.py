"""The record as Arrow data: one schema derived from the pydantic model (so Parquet files and Spark
DataFrames have the record's own nested types, never JSON strings), and records -> Arrow tables.

pyarrow is an optional extra (`postingkit[parquet]`, also pulled in by `postingkit[spark]`)."""
from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, Union

from pydantic import BaseModel

from .model import Posting

if TYPE_CHECKING:
    import pyarrow as pa

_MISSING_PYARROW = "Parquet and Spark output need pyarrow: pip install 'postingkit[parquet]'"


def require_pyarrow():
    """pyarrow, or an error that says which extra brings it."""
    try:
        import pyarrow
    except ImportError:
        raise ImportError(_MISSING_PYARROW) from None
    return pyarrow


def posting_schema() -> pa.Schema:
    """The Arrow schema of a record: structs for objects, lists for arrays, every field nullable
    except where the record always holds a value."""
    pa = require_pyarrow()
    return pa.schema(_fields(Posting, pa))


def posting_struct() -> pa.StructType:
    """The same, as one struct type (a column holding whole records)."""
    pa = require_pyarrow()
    return pa.struct(_fields(Posting, pa))


def records_to_table(records: Iterable[dict[str, Any]]) -> pa.Table:
    """Records as `Posting.model_dump(mode="json")` gives them -> an Arrow table of posting_schema()."""
    pa = require_pyarrow()
    return pa.Table.from_pylist(list(records), schema=posting_schema())


def _fields(model: type[BaseModel], pa) -> list:
    fields = []
    for name, info in model.model_fields.items():
        arrow_type, optional = _arrow_type(info.annotation, pa)
        fields.append(pa.field(name, arrow_type, nullable=optional or not info.is_required()))
    return fields


def _arrow_type(annotation: Any, pa) -> tuple[Any, bool]:
    """(Arrow type, may be null) of one annotation of the record."""
    origin = typing.get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"no Arrow type for {annotation!r}")
        return _arrow_type(inner[0], pa)[0], True
    if origin is list:
        item, _ = _arrow_type(typing.get_args(annotation)[0], pa)
        return pa.list_(item), False
    if origin is dict:
        key, _ = _arrow_type(typing.get_args(annotation)[0], pa)
        value, _ = _arrow_type(typing.get_args(annotation)[1], pa)
        return pa.map_(key, value), False
    if origin is Literal:
        return pa.string(), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(_fields(annotation, pa)), False
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if annotation in simple:
        return simple[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")
