"""Sphinx configuration for the refugeelaw documentation.

Build (CI runs both, warnings are errors, every cross-reference must resolve)::

    sphinx-build -W -n -b doctest docs docs/_build/doctest
    sphinx-build -W -n -b html docs docs/_build/html
"""

from __future__ import annotations

import doctest
import re
import sys
from pathlib import Path
from typing import Any, TypeVar

import refugeelaw

# The local extension that draws the diagrams and quotes the provisions from the library.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "refugeelaw"
author = "refugeelaw maintainers"
copyright = "refugeelaw maintainers"  # the name Sphinx reads (it shadows a builtin)
release = refugeelaw.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
    "refugeelaw_docs",  # docs/_ext: finding trees, timelines, precedence, data flow, provisions
    # sphinx.ext.intersphinx is deliberately off: the build must not touch the network.
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build"]
language = "en"

# -- MyST ------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc / napoleon ----------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_class_signature = "mixed"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
# Names that the results import only for type checking (rendering is imported where it is used).
autodoc_type_aliases = {
    "Report": "refugeelaw.render.Report",
    "Section": "refugeelaw.render.Section",
}

# -- doctest ---------------------------------------------------------------------------------
# Only explicit ``doctest`` blocks in the pages are run here; the ``>>>`` examples in docstrings
# are run by ``pytest --doctest-modules`` in their own module's namespace.
doctest_test_doctest_blocks = ""
doctest_global_setup = "import refugeelaw as rl"

# -- nitpicky cross-references ---------------------------------------------------------------
nitpicky = True
# Only third-party and standard-library names: there is no intersphinx (no network). Every name of
# refugeelaw's own must resolve.
nitpick_ignore_regex = [
    (r"py:.*", r"(attr|attrs|cattrs|dateutil)(\..*)?"),
    (r"py:.*", r"(collections\.abc|typing|datetime|enum|types|json|importlib|concurrent)\..*"),
    (r"py:.*", r"dt\..*"),  # ``import datetime as dt`` in annotations
    (r"py:class", r"(str|int|float|bool|bytes|object|type|tuple|list|dict|set|frozenset)"),
    (r"py:class", r"(Any|Literal|Mapping|Iterable|Iterator|Callable|Sequence|TypeVar|Generic)"),
    (r"py:class", r"(ValueError|LookupError|TypeError|Exception)"),
    (r"py:(class|obj)", r"(T|K|V|E|Ellipsis|None|NoneType)"),
]
nitpick_ignore = [
    # Not a name: napoleon reads the prose "A one-character mark used in explanations: ..." at the
    # start of the property docstring Verdict.symbol as "type: description".
    ("py:class", "A one-character mark used in explanations"),
]

# -- HTML ------------------------------------------------------------------------------------
# Furo: a text column that reflows on a phone, wrapped code, and a light and a dark scheme.
html_theme = "furo"
html_title = f"refugeelaw {release}"
html_static_path = ["_static"]
html_css_files = ["refugeelaw.css"]

# -- copy button -----------------------------------------------------------------------------
# Copy only what a reader types: the ``>>> `` and ``... `` prompts are removed and the output lines
# (those without a prompt) are left out; a shell ``$ `` prompt is removed likewise.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_remove_prompts = True
copybutton_exclude = ".linenos, .gp, .go"


# Our classes live in small modules (refugeelaw.facts.Claim) but users import them from the top
# level (refugeelaw.Claim), which is where the API page documents them. Resolve references to the
# module path to the documented public name, so that no reference of ours needs ignoring.
_PUBLIC = set(refugeelaw.__all__)
_SUBMODULE = re.compile(
    r"^refugeelaw\.(?:_?[a-z_]+\.)+([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_]\w*)*)$"
)


def _typevar(target: str) -> bool:
    module_name, _, name = target.rpartition(".")
    module = sys.modules.get(module_name)
    return isinstance(getattr(module, name, None), TypeVar)


def _resolve_public(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if _typevar(target):
        return contnode  # a type variable (``T`` in ``from_json(cls: type[T]) -> T``) is not a page
    match = _SUBMODULE.match(target)
    if not match or match.group(1) not in _PUBLIC:
        return None
    public = f"refugeelaw.{match.group(1)}{match.group(2)}"
    domain = env.get_domain("py")
    builder = app.builder
    for role in ("class", "func", "exc", "attr", "meth", "obj"):
        resolved = domain.resolve_xref(
            env, node.get("refdoc", ""), builder, role, public, node, contnode
        )
        if resolved is not None:
            return resolved
    return None


def _public_bases(app: Any, name: str, obj: Any, options: Any, bases: list[type]) -> None:
    """Hide private mixins (``refugeelaw._validate.Checked``) from "Bases:" lines."""
    bases[:] = [b for b in bases if not (b.__module__.startswith("refugeelaw._") or b is object)]


def setup(app: Any) -> None:
    app.connect("missing-reference", _resolve_public)
    app.connect("autodoc-process-bases", _public_bases)


# Exception text is compared too (Sphinx's default ignores it): an error message a page shows is
# the one the library gives.
doctest_default_flags = doctest.ELLIPSIS | doctest.DONT_ACCEPT_TRUE_FOR_1
