#!/usr/bin/env bash
# Makes .env for docker-compose.yml from .env.example with every ChangeMe value replaced by a
# random secret (readable only by you). Refuses to overwrite an existing .env.
# Usage: scripts/compose-env.sh [target]     (default: .env next to docker-compose.yml)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:-$ROOT/.env}"
if [ -e "$target" ]; then
	echo "compose-env: $target exists; remove it first to make a new one" >&2
	exit 1
fi
umask 077
while IFS= read -r line; do
	if [[ "$line" =~ ^([A-Z0-9_]+)=ChangeMe ]]; then
		printf '%s=%s\n' "${BASH_REMATCH[1]}" "$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
	else
		printf '%s\n' "$line"
	fi
done < "$ROOT/.env.example" > "$target"
echo "compose-env: wrote $target (mode 600) with random secrets" >&2
