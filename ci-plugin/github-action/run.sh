#!/usr/bin/env bash
# The Action's one step: diff on pull requests, scan otherwise. Inputs arrive as UR_* environment variables.
set -uo pipefail
cli=${UPGRADE_RISK_CMD:-"$UR_ACTION_PATH/../../upgrade-risk"}
out="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/upgrade-risk"
mkdir -p "$out"
args=()
[ -n "${UR_FAIL_ON:-}" ] && args+=(--fail-on "$UR_FAIL_ON")
[ -n "${UR_POLICY:-}" ] && args+=(--policy "$UR_POLICY")
[ -n "${UR_KB:-}" ] && args+=(--kb "$UR_KB")
cd "${GITHUB_WORKSPACE:-.}" || exit 2

if [ "${UR_EVENT:-}" = "pull_request" ] && [ -n "${UR_BASE_SHA:-}" ]; then
  $cli diff --base "$UR_BASE_SHA" --path "$UR_PATH" --format json "${args[@]}" > "$out/report.json"
  code=$?
  if [ "$code" -le 1 ]; then
    $cli diff --base "$UR_BASE_SHA" --path "$UR_PATH" --format markdown "${args[@]}" > "$out/report.md"
    introduced=$(jq -r '.introducesFailingRisk' "$out/report.json")
    findings=$(jq '[.changes[] | select(.introduced | length > 0)] | length' "$out/report.json")
  fi
else
  $cli scan "$UR_PATH" --format json --output "$out/report.json" "${args[@]}"
  code=$?
  if [ "$code" -le 1 ]; then
    $cli scan "$UR_PATH" --format markdown "${args[@]}" > "$out/report.md"
    introduced=false
    findings=$(jq '.verdict.failingFindings' "$out/report.json")
  fi
fi

if [ "$code" -le 1 ]; then
  # SARIF of the head for github/codeql-action/upload-sarif (all current findings, located at the manifest lines)
  $cli scan "$UR_PATH" --format sarif --output "$out/report.sarif" "${args[@]}"
  [ $? -le 1 ] && sarif="$out/report.sarif" || sarif=""
fi
if [ "$code" -gt 1 ]; then
  echo "upgrade-risk failed with exit code $code (2: input error, 3: resolution failure); see the log above" >&2
  exit "$code"
fi
# the step summary stays under GitHub's 1 MiB limit; the full report is in report.json
head -c 900000 "$out/report.md" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
{
  echo "findings=$findings"
  echo "introduced=$introduced"
  echo "sarif-file=$sarif"
  echo "report-json=$out/report.json"
} >> "${GITHUB_OUTPUT:-/dev/null}"
exit "$code"
