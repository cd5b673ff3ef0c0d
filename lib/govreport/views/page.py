"""The first code cell of every notebook: prepare the page, open the tables, check the
parameters, say what corpus this is.

    from govreport.views.page import start
    t, p = start("01_indicator_trajectories", globals(), needs=["documents", "series"])

``t`` is the opened ``Tables``; ``p`` holds the checked parameters (names resolved: indicator
ids, theme ids, places as the documents write them). A bad parameter stops here with one
sentence (``params.ParameterError``); missing tables stop here too (``MissingTablesError``).
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any, Iterable, Mapping

from govreport.views.data import Tables


def start(notebook: str, namespace: Mapping[str, Any], needs: Iterable[str] = ("documents",),
          describe: bool = True) -> tuple[Tables, SimpleNamespace]:
    from govreport.views import corpus as cs
    from govreport.views import params
    from govreport.views.data import open_tables
    from govreport.views.display import setup, show_text

    setup()
    t = open_tables(namespace.get("processed_dir"))
    t.require(list(needs))
    p = params.check(notebook, namespace, t)
    if describe:
        show_text("This corpus: " + " ".join(cs.describe(t["documents"])), "p")
    return t, p


def show_used(values: Mapping[str, Any] | SimpleNamespace) -> None:
    """Show the parameter values a page was computed with, defaults resolved from the data, so
    a page (a batch page too) always says what produced its charts."""
    from govreport.views.display import show_text
    from govreport.views.params import used_line

    show_text(used_line(values), "p")
