"""The direct YAML writer is held to PyYAML's libyaml dumper byte for byte: on every committed document, and on
generated data full of the strings whose style is hard to get right (indicators, implicit types, blanks, breaks)."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmanifests.output import yaml as yaml_emit

REPO = Path(__file__).resolve().parent.parent


def pyyaml(data) -> str:
    return yaml.dump(data, Dumper=yaml_emit._Dumper, **yaml_emit._DUMP_OPTIONS)


def direct(data) -> str | None:
    """The direct writer's text, or None where it hands the document to PyYAML."""
    out: list[str] = []
    try:
        yaml_emit._mapping(data, 0, out, False, set())
    except yaml_emit._Unsettled:
        return None
    return "".join(out)


def test_every_committed_document_is_written_as_pyyaml_writes_it():
    documents = [document for path in sorted((REPO / "dist").rglob("*")) if path.is_file() and path.name != ".mlmanifests-output"
                 for document in yaml.load_all(path.read_text(), Loader=yaml.CSafeLoader) if isinstance(document, dict)]
    assert len(documents) > 1000
    written = [direct(document) for document in documents]
    assert [text for text in written if text is not None] == [pyyaml(d) for d, text in zip(documents, written) if text is not None]
    handed_over = sum(text is None for text in written)
    assert handed_over < len(documents) / 50, f"{handed_over} documents went to PyYAML: the direct writer lost its point"


TRICKY = ["", " ", "-", "- a", "-a", "?", "? x", ":", ":x", "a: b", "a:b", "a:", "a #b", "a#b", "#a", "---", "--- a",
          "...", "'", '"', "it's", "&a", "*a", "!a", "|", ">", "%a", "@a", "`a", "[a]", "{a}", "a,b", "=", "<<", "~",
          "null", "Null", "NULL", "true", "True", "yes", "No", "on", "OFF", "y", "n", "0", "-1", "+1", "0x1F", "0o17",
          "017", "1_000", "1.5", ".5", "1e3", "1.0e+3", ".inf", "-.Inf", ".nan", "1:30", "190:20:30", "2001-12-14",
          "2001-12-14t21:59:43.10-05:00", "a ", " a", "a\tb", "\t", "é", "naïve text", "\u2028", "a\u0085b", "\x7f",
          "line\n", "two\nlines", "two\nlines\n", "trailing\n\n", " lead\nx", "\nlead", "\n", "a \nb", "a\r\nb",
          "x\n\n\ny\n", "tab\tin\nblock", "ünï\ncode", "sp  ace", "a" * 130, "b " * 2100]

scalars = st.one_of(st.sampled_from(TRICKY), st.text(max_size=12), st.integers(-10**12, 10**12), st.booleans(),
                    st.none(), st.floats(allow_nan=False, width=32))
keys = st.one_of(st.sampled_from(TRICKY), st.text(min_size=0, max_size=10), st.integers(-5, 5))
trees = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(keys, inner, max_size=4)), max_leaves=30)


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(keys, trees, min_size=1, max_size=5))
def test_generated_documents_are_written_as_pyyaml_writes_them(document):
    text = direct(document)
    if text is not None:
        assert text == pyyaml(document)
    assert yaml_emit.dump_document(document) == pyyaml(document)


def test_each_tricky_string_as_key_value_and_item():
    for value in TRICKY:
        for document in ({"k": value}, {value: 1}, {"k": [value, {"k": value}]}, {"a": {"b": [[value]]}}):
            assert yaml_emit.dump_document(document) == pyyaml(document), repr(document)


def test_shared_and_self_holding_collections_get_pyyamls_anchors():
    shared = {"a": 1}
    looped: dict = {"k": 1}
    looped["self"] = looped
    for document in ({"x": shared, "y": shared}, {"x": [shared, shared]}, looped):
        assert direct(document) is None
        assert yaml_emit.dump_document(document) == pyyaml(document)


def test_quoted_text_near_the_width_is_folded_as_libyaml_folds_it():
    for document in ({"k": "'" * 2100 + " a"}, {"a" * 100: "\x01" * 1000 + " x"}, {"k": "x" * 4070 + " y"},
                     {"k": "it's " * 820}):
        assert yaml_emit.dump_document(document) == pyyaml(document), repr(document)[:60]
