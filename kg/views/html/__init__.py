"""Interactive HTML: the whole graph, a neighbourhood or a path view, in one self-contained file.

:mod:`.select` chooses what a page draws (a :class:`View`); :mod:`.page` turns a view into the
page's data and writes the file, with the script, styles and template of ``assets/`` inlined.
"""
from __future__ import annotations

from .page import DEFAULT_MAX_NODES, node_style, page_data, render_html, render_view, script_json, write_html
from .select import FOCUS_RADIUS, PATH_CONTEXT, PATH_LIMIT, View, select_view

__all__ = ["DEFAULT_MAX_NODES", "FOCUS_RADIUS", "PATH_CONTEXT", "PATH_LIMIT", "View", "node_style", "page_data",
           "render_html", "render_view", "script_json", "select_view", "write_html"]
