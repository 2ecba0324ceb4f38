#!/usr/bin/env bash
# Lints the GitHub Actions workflows (.github/workflows/*.yml) so the release workflow cannot rot
# unseen between releases: actionlint (syntax, expressions, runner labels, action inputs, and the
# shell of `run:` steps through shellcheck when it is installed) and zizmor (security: template
# injection, credentials left in the checkout, permissions, unpinned actions). Any finding fails.
# Both come from PyPI with the "lint" extra (scripts/bootstrap.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ ${#workflows[@]} -eq 0 ]; then echo "no workflows"; exit 0; fi
.venv/bin/actionlint -color=false "${workflows[@]}"
# --offline: the audits that ask GitHub's API (known-vulnerable actions, impostor commits) need a
# token and the network; the pins themselves are checked offline.
.venv/bin/zizmor --offline --min-severity=informational --no-progress "${workflows[@]}"
echo "workflows: ${#workflows[@]} checked, no findings"
