#!/usr/bin/env bash
# Answer-quality gate of a change: what .github/workflows/answer-quality.yml runs, runnable locally.
#
#   .github/scripts/answer-quality.sh BASE_REF [HEAD_REF]
#
# For every prompts/*.yaml that differs between BASE_REF and HEAD_REF (a new prompt is evaluated
# against its declared `parent:` as it is at BASE_REF), and for HARNESS_PROMPT when only rubrics,
# datasets, harness code or pyproject.toml changed: generate the baseline (the prompt at BASE_REF) and
# the candidate (the prompt at HEAD_REF) in this job with --repeats, compare them with --rescore (both
# scored by this checkout's rubric and code, so the gate sees the prompt change only) under the
# paired gate of GATE_CONFIG, and run pytest evals/ on the pair. Without OPENAI_API_KEY (a fork's
# pull request) only the offline part runs: harness validate and pytest evals/ on the recorded answers.
#
# Environment (all optional): OUT (reports/answer-quality), REPEATS (3), TEMPERATURE (0.7),
# HARNESS_MODEL (gpt-4.1-mini), HARNESS_BASE_URL, OPENAI_API_KEY, HARNESS_PROMPT (v1),
# HARNESS_DATASET (datasets/questions.jsonl), GATE_CONFIG (.github/answer-quality-gate.yaml),
# CONCURRENCY (8).
# Writes OUT/compare.md (the pull-request comment) and, per prompt, OUT/<prompt>/{baseline,candidate,compare}.
# Exit: 0 passed; 1 a regression or a failing eval; 2 input error; 3 a run could not complete.
set -euo pipefail

BASE_REF="${1:?usage: answer-quality.sh BASE_REF [HEAD_REF]}"
HEAD_REF="${2:-HEAD}"
OUT="${OUT:-reports/answer-quality}"
REPEATS="${REPEATS:-3}"
TEMPERATURE="${TEMPERATURE:-0.7}"
HARNESS_MODEL="${HARNESS_MODEL:-gpt-4.1-mini}"
HARNESS_PROMPT="${HARNESS_PROMPT:-v1}"
HARNESS_DATASET="${HARNESS_DATASET:-datasets/questions.jsonl}"
GATE_CONFIG="${GATE_CONFIG:-.github/answer-quality-gate.yaml}"
CONCURRENCY="${CONCURRENCY:-8}"
TRIGGERS=(prompts rubrics datasets harness pyproject.toml)

mkdir -p "$OUT"
COMMENT="$OUT/compare.md"
worst=0
note_rc() {  # keep the most serious exit code: 2/3 (could not evaluate) over 1 (regression) over 0
  local rc=$1
  if [ "$rc" -ge 2 ] && [ "$worst" -lt 2 ]; then worst=$rc
  elif [ "$rc" -eq 1 ] && [ "$worst" -eq 0 ]; then worst=1
  fi
}

base_sha=$(git rev-parse --verify "$BASE_REF^{commit}")
head_sha=$(git rev-parse --verify "$HEAD_REF^{commit}")
echo "# Answer quality: ${head_sha:0:12} against base ${base_sha:0:12}" > "$COMMENT"

# ---------------------------------------------------------------- which prompts to evaluate
mapfile -t changed < <(git diff --name-only --diff-filter=AMR "$base_sha" "$head_sha" -- 'prompts/*.yaml')
if [ "${#changed[@]}" -eq 0 ] && [ -n "$(git diff --name-only "$base_sha" "$head_sha" -- "${TRIGGERS[@]}")" ]; then
  changed=("prompts/$HARNESS_PROMPT.yaml")  # rubric, data or code changed: evaluate the default prompt
fi
declare -A base_of=()
for prompt in "${changed[@]}"; do
  stem=$(basename "$prompt" .yaml)
  dir="$OUT/$stem"
  mkdir -p "$dir"
  git show "$head_sha:$prompt" > "$dir/head.yaml"
  if git cat-file -e "$base_sha:$prompt" 2>/dev/null; then
    base_prompt="$prompt"
  else
    parent=$(python -c 'import sys, yaml; print((yaml.safe_load(open(sys.argv[1])) or {}).get("parent") or "")' "$dir/head.yaml")
    if [ -z "$parent" ]; then
      echo "harness: error: $prompt: field 'parent': a new prompt names the prompt it derives from (parent: v1)" >&2
      note_rc 2
      continue
    fi
    base_prompt="prompts/$parent.yaml"
    if ! git cat-file -e "$base_sha:$base_prompt" 2>/dev/null; then
      echo "harness: error: $prompt: field 'parent': $base_prompt does not exist at the base ref" >&2
      note_rc 2
      continue
    fi
  fi
  git show "$base_sha:$base_prompt" > "$dir/base.yaml"
  base_of[$prompt]="$base_prompt"
done

[ "$worst" -ge 2 ] && exit "$worst"

# ---------------------------------------------------------------- offline part (every pull request)
harness validate > "$OUT/validate.log" || { rc=$?; cat "$OUT/validate.log"; note_rc "$rc"; }
set +e
python -m pytest evals/ -q -p no:cacheprovider --junitxml "$OUT/evals-offline-junit.xml" > "$OUT/evals-offline.log" 2>&1
rc=$?
set -e
tail -n 3 "$OUT/evals-offline.log"
[ "$rc" -ne 0 ] && note_rc 1
printf '\nOffline: `harness validate` and `pytest evals/` on the recorded answers: %s.\n' \
  "$([ "$rc" -eq 0 ] && echo passed || echo "FAILED (exit $rc)")" >> "$COMMENT"

if [ "${#changed[@]}" -eq 0 ]; then
  echo "Nothing that answer quality depends on changed." | tee -a "$COMMENT"
  exit "$worst"
fi
if [ -z "${OPENAI_API_KEY:-}" ]; then
  msg="Live evaluation NOT run (no OPENAI_API_KEY: a fork's pull request, or the secret is not set): ${changed[*]} not measured."
  echo "::warning::$msg"
  printf '\n**%s**\n' "$msg" >> "$COMMENT"
  exit "$worst"
fi

mapfile -t todo < <(printf '%s\n' "${!base_of[@]}" | sort)
for prompt in "${todo[@]}"; do
  base_prompt="${base_of[$prompt]}"
  stem=$(basename "$prompt" .yaml)
  dir="$OUT/$stem"
  printf '\n## `%s` (baseline: `%s` at %s)\n\n' "$prompt" "$base_prompt" "${base_sha:0:12}" >> "$COMMENT"

  failed_run=0
  for side in baseline candidate; do
    file="$dir/head.yaml"; [ "$side" = baseline ] && file="$dir/base.yaml"
    set +e
    harness run --dataset "$HARNESS_DATASET" --generator openai --model "$HARNESS_MODEL" \
      ${HARNESS_BASE_URL:+--base-url "$HARNESS_BASE_URL"} --prompt "$file" --temperature "$TEMPERATURE" \
      --repeats "$REPEATS" --concurrency "$CONCURRENCY" --no-cache --no-progress --out "$dir/$side"
    rc=$?
    set -e
    # 0 passed, 1 the run's own quality gate failed (still compared); 2 input error, 3 incomplete: stop
    if [ "$rc" -ge 2 ]; then note_rc "$rc"; failed_run=1; echo "$side run of $prompt failed (exit $rc)" >> "$COMMENT"; fi
  done
  [ "$failed_run" -eq 1 ] && continue

  set +e
  harness compare "$dir/baseline" "$dir/candidate" --out "$dir/compare" --rescore --gate-config "$GATE_CONFIG"
  rc=$?
  set -e
  note_rc "$rc"
  [ -f "$dir/compare/compare.md" ] && cat "$dir/compare/compare.md" >> "$COMMENT"

  cand_dir="$dir/candidate"  # as scored, unless --rescore had to score it again with this code
  [ -d "$dir/compare/rescored/candidate" ] && cand_dir="$dir/compare/rescored/candidate"
  set +e
  python -m pytest evals/ -q -p no:cacheprovider --harness-run "$cand_dir" --harness-baseline "$dir/compare/rescored/baseline" \
    --junitxml "$dir/evals-junit.xml" > "$dir/evals.log" 2>&1
  rc=$?
  set -e
  tail -n 3 "$dir/evals.log"
  [ "$rc" -ne 0 ] && note_rc 1
  printf '\n`pytest evals/` against the baseline: %s.\n' "$([ "$rc" -eq 0 ] && echo passed || echo "FAILED (exit $rc)")" >> "$COMMENT"
done
exit "$worst"
