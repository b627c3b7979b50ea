"""The same config gives byte-identical output, whatever the working directory and hash seed."""

from __future__ import annotations

import yaml

from conftest import read_files, run_cli


def test_two_synths_are_byte_identical(tmp_path, default_dist):
    outputs = []
    # The second run also leaves jsii's binding type checks off, as a user's synth does.
    for attempt, (seed, type_checks) in enumerate((("0", "1"), ("12345", ""))):
        workdir = tmp_path / f"cwd-{attempt}"
        workdir.mkdir()
        out = tmp_path / f"out-{attempt}"
        env = {"PYTHONHASHSEED": seed, "MLMANIFESTS_CHECK_BINDING_TYPES": type_checks}
        result = run_cli("synth", "--set", f"global.outputDir={out}", cwd=workdir, env=env)
        assert result.code == 0, result.stderr
        outputs.append(read_files(out))
    assert outputs[0] == outputs[1]
    assert outputs[0] == read_files(default_dist)


def test_output_has_no_timestamps_or_generated_names(default_dist):
    for path, content in read_files(default_dist).items():
        if not path.endswith(".yaml"):
            continue
        # Upstream's CRDs carry `creationTimestamp: null` (controller-gen writes it), and printer columns and Argo
        # templates name the field: neither is a time, so the object's own metadata is what is checked.
        metadata = yaml.safe_load(content).get("metadata") or {}
        assert metadata.get("creationTimestamp") is None, path
        assert "generateName" not in metadata, path
