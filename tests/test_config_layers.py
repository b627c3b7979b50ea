"""Config layers, pair by pair: embedded default < first -c file (replaces it) < each later -c file (merged over) <
each --set (in order). `-` is standard input, a layer like any file."""

from __future__ import annotations

import io

import pytest

from mlmanifests.config import ConfigError, load_config


def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_file_replaces_the_embedded_default(tmp_path):
    config = load_config([_file(tmp_path, "a.yaml", "global: {outputDir: a}\n")])
    assert config.global_.output_dir == "a" and config.section("gkm") is None
    assert load_config().section("gkm") is not None


def test_a_later_file_merges_over_an_earlier_one_key_by_key(tmp_path):
    a = _file(tmp_path, "a.yaml", "global: {outputDir: a, kubernetesVersion: '1.34'}\n")
    b = _file(tmp_path, "b.yaml", "global: {outputDir: b}\n")
    config = load_config([a, b])
    assert (config.global_.output_dir, config.global_.kubernetes_version) == ("b", "1.34")
    assert load_config([b, a]).global_.output_dir == "a"


def test_a_later_file_replaces_lists_whole(tmp_path):
    a = _file(tmp_path, "a.yaml", "clusters: [{name: one}, {name: two}]\n")
    b = _file(tmp_path, "b.yaml", "clusters: [{name: three}]\n")
    assert [c.name for c in load_config([a, b]).clusters] == ["three"]


def test_set_applies_over_every_file(tmp_path):
    a = _file(tmp_path, "a.yaml", "global: {outputDir: a}\n")
    b = _file(tmp_path, "b.yaml", "global: {outputDir: b}\n")
    assert load_config([a, b], ["global.outputDir=s"]).global_.output_dir == "s"


def test_set_applies_over_the_default():
    assert load_config(None, ["global.outputDir=s"]).global_.output_dir == "s"


def test_standard_input_is_a_layer_like_a_file(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("global: {outputDir: piped}\n"))
    a = _file(tmp_path, "a.yaml", "global: {outputDir: a, layout: single-cluster}\n")
    config = load_config([a, "-"])
    assert (config.global_.output_dir, config.global_.layout) == ("piped", "single-cluster")


def test_an_error_names_the_layer_that_set_the_field(tmp_path):
    a = _file(tmp_path, "a.yaml", "global: {outputDir: a}\n")
    b = _file(tmp_path, "b.yaml", "global:\n  outputDir: b\n  kubernetesVersion: nope\n")
    with pytest.raises(ConfigError) as raised:
        load_config([a, b])
    assert str(raised.value).startswith(f"{b}:3:22: global.kubernetesVersion:")
