#!/usr/bin/env bash
# Posts the Markdown report on the pull request, or updates the comment this Action (a bot) posted before.
set -uo pipefail
marker='<!-- upgrade-risk -->'
[ -f "$UR_REPORT" ] || exit 0
body="$(printf '%s\n%s' "$marker" "$(head -c 60000 "$UR_REPORT")")"
existing=$(gh api "repos/$UR_REPO/issues/$UR_PR/comments" --paginate \
  --jq ".[] | select(.user.type == \"Bot\" and (.body | startswith(\"$marker\"))) | .id" 2>/dev/null | head -n 1)
if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$UR_REPO/issues/comments/$existing" -f body="$body" > /dev/null
else
  gh api --method POST "repos/$UR_REPO/issues/$UR_PR/comments" -f body="$body" > /dev/null
fi || echo "::warning::upgrade-risk could not comment on the pull request (a fork's read-only token?)"
