#!/usr/bin/env bash
# One pull-request comment per workflow, edited in place on every run (found by a hidden marker).
#   sticky-comment.sh PR_NUMBER FILE.md        (needs GH_TOKEN and GITHUB_REPOSITORY; uses gh)
set -euo pipefail
pr="${1:?usage: sticky-comment.sh PR_NUMBER FILE.md}"
file="${2:?usage: sticky-comment.sh PR_NUMBER FILE.md}"
marker="<!-- answer-quality-report -->"
body=$(printf '%s\n%s' "$marker" "$(head -c 60000 "$file")")
id=$(gh api "repos/$GITHUB_REPOSITORY/issues/$pr/comments" --paginate \
       --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)
if [ -n "$id" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -f body="$body" > /dev/null
else
  gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$pr/comments" -f body="$body" > /dev/null
fi
