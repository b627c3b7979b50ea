"""The YAML printer's choices that kustomize (go-yaml v2) makes and PyYAML would not make by default."""

from __future__ import annotations

import pytest

from mlmanifests.kustomize.emit import go_float_text, sorted_keys, to_yaml


def test_keys_sort_with_digit_runs_compared_by_value() -> None:
    # a non-letter sorts before any letter: "_under" before "Zed" (byte order would put "Z" first)
    assert sorted_keys(["z10", "z9", "Zed", "_under", "a"]) == ["_under", "Zed", "a", "z9", "z10"]


@pytest.mark.parametrize(
    ("value", "text"),
    [(2.0, "2"), (0.5, "0.5"), (1e-06, "1e-06"), (12345678.5, "1.23456785e+07"), (1e21, "1e+21"), (-0.0, "0")],
)
def test_floats_print_as_go_formats_them(value: float, text: str) -> None:
    assert go_float_text(value) == text


@pytest.mark.parametrize(
    ("value", "line"),
    [
        ("yes", 'k: "yes"'),
        ("0123", 'k: "0123"'),
        ("1:20", 'k: "1:20"'),
        ("*", "k: '*'"),
        ("12e", "k: 12e"),
        ("", 'k: ""'),
        ("<<", "k: <<"),
    ],
)
def test_strings_that_would_read_back_as_other_types_are_quoted(value: str, line: str) -> None:
    assert to_yaml([{"k": value}]) == line + "\n"


def test_documents_are_separated_and_block_scalars_keep_their_chomping() -> None:
    text = to_yaml([{"a": "x\n\n"}, {"b": ["c"]}])
    assert text == "a: |+\n  x\n\n---\nb:\n- c\n"
