"""Rows built straight into a table's documented Arrow shape.

The writer conforms every DataFrame it is given to the data dictionary (``store.conform``),
column by column: for the many small blocks of term_frequencies and keyness (a document or a
target at a time) that costs more than computing them. Built here from their arrays instead,
they go to the writer as Arrow tables with the same values: floats as floats (NaN as
missing, as ``conform`` makes it), integers, booleans and strings as they are.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np
import pyarrow as pa

from govreport import store


def arrow_rows(columns: Mapping[str, object], table: str, n: int) -> pa.Table:
    """An Arrow table of ``table``'s schema from ``columns`` (each an array of ``n`` values, an
    Arrow array of the column's type, or one value for every row). Strings must not be missing
    (``conform`` would write '')."""
    schema = store.arrow_schema(table)
    arrays = []
    for field in schema:
        values = columns[field.name]
        if isinstance(values, pa.Array):
            arrays.append(values if values.type == field.type else values.cast(field.type))
        elif isinstance(values, (str, bool, int, np.integer, np.bool_)):
            arrays.append(pa.repeat(pa.scalar(values, type=field.type), n))
        else:
            if isinstance(values, (float, np.floating)):
                values = np.repeat(np.asarray([values], dtype=float), n)
            arrays.append(pa.array(values, type=field.type, from_pandas=True))   # NaN: missing, as conform
    return pa.Table.from_arrays(arrays, schema=schema)
