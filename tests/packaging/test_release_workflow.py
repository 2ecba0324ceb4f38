"""The release workflow builds with the same scripts a maintainer runs, and only with pinned actions.

actionlint and zizmor check the rest (scripts/lint_workflows.sh, run by scripts/test.sh).
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")


def test_every_action_is_pinned_to_a_commit():
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW)
    assert uses
    for ref in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref), ref


def test_each_system_is_built_by_its_own_build_script():
    for script in ("scripts/build_linux.sh", "packaging/windows/build.ps1", "packaging/macos/build.sh"):
        assert script in WORKFLOW
        assert (ROOT / script).is_file()


def test_the_built_programs_are_self_tested_and_only_a_tag_publishes():
    assert WORKFLOW.count("--self-test") >= 2  # the installed Windows program, the .app from the disk image
    assert "permissions: {}" in WORKFLOW
    assert WORKFLOW.count("contents: write") == 1
    assert "if: startsWith(github.ref, 'refs/tags/v')" in WORKFLOW
