"""Sphinx configuration for aibrief's documentation."""

from __future__ import annotations

import importlib.metadata

project = "aibrief"
author = "aibrief developers"
copyright = "2026, aibrief developers"  # noqa: A001 - Sphinx reads this name
release = importlib.metadata.version("aibrief")
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_type_aliases: dict[str, str] = {}
napoleon_google_docstring = True

html_theme = "furo"
html_title = "aibrief"
html_static_path = ["_static"]
exclude_patterns = ["_build"]
nitpicky = True
