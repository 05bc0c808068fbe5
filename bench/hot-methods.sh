#!/usr/bin/env bash
# Hot methods of a JFR recording (BENCH_JFR=1 writes <run-dir>/<service>.jfr):
#   bench/hot-methods.sh <file.jfr> [top-n]
# Prints the most frequent top frames of jdk.ExecutionSample, then the most frequent frames anywhere on the stack
# (inclusive: where the time goes including callees).
set -euo pipefail
file=$1
top=${2:-25}
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
jfr print --stack-depth 64 --events jdk.ExecutionSample "$file" >"$samples"
total=$(grep -c "jdk.ExecutionSample" "$samples" || true)
echo "samples: $total"
echo "--- self (top frame)"
awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$samples" \
	| sort | uniq -c | sort -rn | head -n "$top"
echo "--- inclusive (anywhere on the stack, once per sample)"
awk '/stackTrace = \[/ {inside=1; delete seen; next} inside && /^[ \t]*\]/ {inside=0; next}
	inside {line=$0; sub(/^[ \t]+/, "", line); sub(/\(.*/, "", line); if (!(line in seen)) {seen[line]=1; print line}}' \
	"$samples" | sort | uniq -c | sort -rn | head -n "$top"
