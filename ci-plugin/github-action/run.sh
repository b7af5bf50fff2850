#!/usr/bin/env bash
# The Action's main step: diff on pull requests, scan otherwise. Inputs arrive as UR_* environment variables.
# The CLI: the released one install.sh unpacked (UR_CLI), else the launcher at the top of the repository, which
# builds it from source with the Maven Wrapper.
set -uo pipefail
if [ -n "${UR_CLI:-}" ]; then cli=("$UR_CLI"); else cli=("$UR_ACTION_PATH/../../upgrade-risk"); fi
out="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/upgrade-risk"
mkdir -p "$out" && rm -f "$out"/report.*
args=()
[ -n "${UR_FAIL_ON:-}" ] && args+=(--fail-on "$UR_FAIL_ON")
[ -n "${UR_POLICY:-}" ] && args+=(--policy "$UR_POLICY")
[ -n "${UR_KB:-}" ] && args+=(--kb "$UR_KB")
cd "${GITHUB_WORKSPACE:-.}" || exit 2

fail() { # a run that could not complete: say so in the summary (and the PR comment), keep its exit code
  printf '### upgrade-risk could not run (exit %s)\n\n2: input error, 3: resolution failure; see the job log.\n' "$1" \
    > "$out/report.md"
  cat "$out/report.md" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
  exit "$1"
}

if [ "${UR_EVENT:-}" = "pull_request" ] && [ -n "${UR_BASE_SHA:-}" ]; then
  # a shallow checkout may lack the base commit: fetch it (diff then compares with it directly)
  git cat-file -e "$UR_BASE_SHA^{commit}" 2>/dev/null || git fetch --no-tags --quiet --depth=1 origin "$UR_BASE_SHA" || true
  "${cli[@]}" diff --base "$UR_BASE_SHA" --path "$UR_PATH" --format json --output "$out/report.json" \
    --format markdown --output "$out/report.md" ${args[@]+"${args[@]}"}
  code=$?
  [ "$code" -le 1 ] || fail "$code"
  introduced=$(jq -r '.introducesFailingRisk' "$out/report.json")
  findings=$(jq '[.changes[] | select(.introduced | length > 0)] | length' "$out/report.json")
  # SARIF and HTML of the head for code scanning and people (all current findings, at the manifest lines)
  "${cli[@]}" scan "$UR_PATH" --output-dir "$out" --format sarif --format html ${args[@]+"${args[@]}"}
  [ $? -le 1 ] || echo "::warning::upgrade-risk could not write the SARIF and HTML reports"
else
  # one scan writes every format
  "${cli[@]}" scan "$UR_PATH" --output-dir "$out" --format json --format markdown --format sarif --format html \
    ${args[@]+"${args[@]}"}
  code=$?
  [ "$code" -le 1 ] || fail "$code"
  introduced=false
  findings=$(jq '.verdict.failingFindings' "$out/report.json")
fi
sarif=""; [ -f "$out/report.sarif" ] && sarif="$out/report.sarif"
html=""; [ -f "$out/report.html" ] && html="$out/report.html"

head -c 900000 "$out/report.md" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
{
  echo "findings=$findings"
  echo "introduced=$introduced"
  echo "sarif-file=$sarif"
  echo "report-json=$out/report.json"
  echo "report-html=$html"
} >> "${GITHUB_OUTPUT:-/dev/null}"
exit "$code"
