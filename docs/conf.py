"""Sphinx configuration for aibrief's documentation.

Build it as CI does: ``python -m sphinx -W --keep-going -n -b html docs docs/_build/html``.
Nitpicky mode (``-n``) is on, so every cross-reference must resolve.
"""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.metadata
import inspect
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from docutils.nodes import Element, TextElement
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

project = "aibrief"
author = "aibrief developers"
copyright = "2026, aibrief developers"
release = importlib.metadata.version("aibrief")
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "myst_nb",  # MyST (docs/changelog.rst includes CHANGELOG.md) and the notebooks of examples/
    "matplotlib.sphinxext.plot_directive",  # the figures of docs/plots.rst
]

# -- myst-nb executes the notebook on every build, so CI runs it and the docs show its outputs.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 180
nb_merge_streams = True

# -- matplotlib's plot directive draws the figures of docs/plots.rst.
plot_include_source = True
plot_html_show_source_link = False
plot_html_show_formats = False
plot_formats = [("png", 100)]

# -- autodoc: signatures show the annotations, one parameter a line when they are long
autodoc_typehints = "signature"
python_maximum_signature_line_length = 88
autodoc_member_order = "bysource"
autodoc_default_options = {"exclude-members": "__init__, __new__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- intersphinx: the docs build has no network access to documentation sites, so each project
# names its site first (tried, fails quietly offline) and a local inventory second (read).
# docs/_inventories/README.md says where each file comes from; fetch.sh rebuilds them.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", (None, "_inventories/python.inv")),
    "attrs": ("https://www.attrs.org/en/stable/", (None, "_inventories/attrs.inv")),
    "babel": ("https://babel.pocoo.org/en/latest/", (None, "_inventories/babel.inv")),
    "pint": ("https://pint.readthedocs.io/en/stable/", (None, "_inventories/pint.inv")),
    "numpy": ("https://numpy.org/doc/stable/", (None, "_inventories/numpy.inv")),
    "pandas": ("https://pandas.pydata.org/docs/", (None, "_inventories/pandas.inv")),
    "cattrs": ("https://catt.rs/en/stable/", (None, "_inventories/cattrs.inv")),
    "matplotlib": ("https://matplotlib.org/stable/", (None, "_inventories/matplotlib.inv")),
}
intersphinx_timeout = 5

html_theme = "furo"
html_title = f"aibrief {release}"
html_static_path = ["_static"]
exclude_patterns = ["_build", "_inventories", "Thumbs.db", ".DS_Store", "**.ipynb_checkpoints"]
nitpicky = True
nitpick_ignore = [
    # Private types that public signatures still name. Each should become public (exported and
    # documented in api.rst) or leave the signature; then delete its line here.
    ("py:class", "Amount"),  # aibrief._models.facts.Amount (Money | Approx[Money]), fact fields
    ("py:class", "Number"),  # aibrief._models.facts.Number (Decimal | Approx[Decimal])
    ("py:class", "Value"),  # aibrief._models.facts.Value (Decimal | Money | Quantity | Approx)
    ("py:class", "Columns"),  # aibrief.rates.io.Columns, RateTable's constructor argument
    # aibrief._money.conversion.R, the TypeVar of what a Conversion holds (Money or an Approx
    # of Money); autodoc cannot evaluate the class's annotations, which name Approx only for
    # type checkers, so it reaches here unqualified and _is_type_variable cannot tell.
    ("py:class", "R"),
]
# docs/changelog.rst has its own title and includes CHANGELOG.md from the first "## version"
# heading on; MyST would otherwise warn that the included text starts at H2.
suppress_warnings = ["myst.header"]

# Names that annotations use unqualified because the modules import them directly (``from
# datetime import date``) or under ``if TYPE_CHECKING:``, where autodoc cannot evaluate them.
_SHORT_NAMES = {
    "date": "datetime.date",
    "Axes": "matplotlib.axes.Axes",
    "datetime": "datetime.datetime",
    "Decimal": "decimal.Decimal",
    "Path": "pathlib.Path",
    "Callable": "collections.abc.Callable",
    "Iterable": "collections.abc.Iterable",
    "Iterator": "collections.abc.Iterator",
    "Mapping": "collections.abc.Mapping",
    "Sequence": "collections.abc.Sequence",
    "Quantity": "pint.Quantity",
    "NDArray": "numpy.typing.NDArray",
    "ArrayLike": "numpy.typing.ArrayLike",
    "DataFrame": "pandas.DataFrame",
    "Registry": "pint.UnitRegistry",  # aibrief._units.registry' alias of pint.UnitRegistry[Any]
    "Locale": "babel.core.Locale",
    "babel.Locale": "babel.core.Locale",
}
# Module aliases that annotations use (``np.ndarray``).
_MODULE_ALIASES = {"np": "numpy", "npt": "numpy.typing", "pd": "pandas"}

# aibrief's public namespaces, in the order the docs prefer them: a name defined in a private
# module (``aibrief._money.money.Money``) is documented under the namespace that exports it
# (``aibrief.Money``), and errors under ``aibrief.errors`` (docs/errors.rst).
_PUBLIC_MODULES = ("aibrief.errors", "aibrief", "aibrief.rates")


def _public_name(target: str) -> str | None:
    """The documented name for ``target``, if it is a short or private spelling of one."""
    if target in _SHORT_NAMES:
        return _SHORT_NAMES[target]
    module, _, name = target.rpartition(".")
    head, _, rest = target.partition(".")
    if head in _MODULE_ALIASES and rest:
        return f"{_MODULE_ALIASES[head]}.{rest}"
    if module and module.partition(".")[0] != "aibrief":
        return None
    for public in _PUBLIC_MODULES:
        try:
            namespace = importlib.import_module(public)
        except ImportError:  # a public module still being written
            continue
        exported = getattr(namespace, "__all__", None) or [
            attribute for attribute in vars(namespace) if not attribute.startswith("_")
        ]
        if name in exported:
            return f"{public}.{name}"
    return None


def _is_type_variable(target: str) -> bool:
    """Whether ``target`` names a TypeVar defined in one of aibrief's modules."""
    module, _, name = target.rpartition(".")
    if module.partition(".")[0] != "aibrief":
        return False
    try:
        value = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return False
    return isinstance(value, TypeVar)


def _resolve_public_names(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: TextElement
) -> Element | None:
    """Resolve annotations such as ``date`` or ``aibrief._money.conversion.MissingPolicy``.

    autodoc writes an annotation as the source spells it; this maps the spelling to the name the
    docs (or another project's inventory) document, and lets a ``py:class`` reference find a type
    alias documented as data.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    if _is_type_variable(target):
        # A TypeVar (``T`` in ``of_kind(kind: type[T]) -> tuple[T, ...]``) has no page of its
        # own; show its name as plain text.
        return contnode
    public = _public_name(target) or target
    if public == target and not target.startswith("aibrief.") and node["reftype"] != "attr":
        return None
    retry = node.deepcopy()
    retry["reftarget"] = public
    domain = env.get_domain("py")
    for reftype in (node["reftype"], "obj"):
        found = domain.resolve_xref(
            env, node["refdoc"], app.builder, reftype, public, retry, contnode
        )
        if found is not None:
            return found
    from sphinx.ext.intersphinx import missing_reference

    # "obj" lets an annotation (a py:class reference) find a type alias that another project
    # documents as data, such as numpy.typing.ArrayLike.
    for reftype in (node["reftype"], "obj"):
        retry["reftype"] = reftype
        found = missing_reference(app, env, retry, contnode)
        if found is not None:
            return found
    if node["reftype"] == "attr" and "." in public:
        # An instance attribute (``ParseError.reason``) is described in its class's docstring.
        owner = public.rpartition(".")[0]
        owner = _public_name(owner) or owner
        return domain.resolve_xref(
            env, node["refdoc"], app.builder, "class", owner, retry, contnode
        )
    return None


def _google_sections_only(
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Run napoleon on every docstring except those of attributes, data and properties.

    napoleon reads the first line of such a docstring as ``type: description``, so a summary
    like "How the rate was found: ..." would become a type. aibrief's types come from the
    annotations, so those docstrings are left as written.
    """
    if what not in {"attribute", "data", "property"}:
        from sphinx.ext.napoleon import _process_docstring

        _process_docstring(app, what, name, obj, options, lines)


@functools.cache
def _imported_from(module: str) -> dict[str, str]:
    """Which module each name that ``module`` imports comes from, read from its source."""
    tree = ast.parse(inspect.getsource(importlib.import_module(module)))
    return {
        alias.asname or alias.name: node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def _comment_of(module: str, name: str, hops: int = 4) -> list[str] | None:
    """The ``#:`` comment of ``name``, following re-exports back to where it is assigned."""
    from sphinx.pycode import ModuleAnalyzer

    comment = ModuleAnalyzer.for_module(module).find_attr_docs().get(("", name))
    if comment:
        return list(comment)
    source = _imported_from(module).get(name)
    if source is None or hops == 0 or source.partition(".")[0] != "aibrief":
        return None
    return _comment_of(source, name, hops - 1)


def _data_comment(
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Give re-exported data (``aibrief.MissingPolicy``) its ``#:`` comment from its module.

    autodoc reads ``#:`` comments only from the module a name is documented under, so a
    ``Literal`` alias or constant re-exported by ``aibrief`` would otherwise show no text, or the
    docstring of its type (``frozenset() -> empty frozenset object``).
    """
    namespace, _, short = name.rpartition(".")
    if what != "data" or namespace.partition(".")[0] != "aibrief":
        return
    comment = _comment_of(namespace, short)
    if comment:
        lines[:] = comment


def setup(app: Sphinx) -> None:
    """Register the resolver for short and private spellings, and the docstring filters."""
    app.connect("missing-reference", _resolve_public_names)
    app.connect("autodoc-process-docstring", _data_comment)
    from sphinx.ext.napoleon import _process_docstring

    for listener in list(app.events.listeners["autodoc-process-docstring"]):
        if listener.handler is _process_docstring:
            app.disconnect(listener.id)
    app.connect("autodoc-process-docstring", _google_sections_only)
