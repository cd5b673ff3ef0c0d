"""Start-up speed: skip an expensive optional import that nothing in this project uses.

plotly and nbconvert import nbformat, which imports jsonschema; when the optional package
``rfc3987_syntax`` is installed, jsonschema spends 2-3 s compiling its IRI grammar for the
"iri" format check. Our notebooks and the site never validate IRIs, so the CLI and every
notebook kernel mark that module absent, and jsonschema simply leaves that check out.
"""
from __future__ import annotations

import sys


def skip_iri_grammar() -> None:
    """Call before jsonschema is imported; later calls do nothing."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
