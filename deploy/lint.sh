#!/usr/bin/env bash
# Lints the deploy recipes with Debian's own tools, beyond what DeployRecipesTest (every build) checks:
#   - ShellCheck: the image's scripts and run.sh;
#   - yamllint: compose and Kubernetes YAML;
#   - caddy adapt: the Caddyfile (Caddy parses it into its JSON config);
#   - docker-compose config: the compose file's schema and variables (Debian's Compose 1.29, no daemon needed; it
#     predates the top-level `name:`, which is left out of the copy it reads).
# Installs the four from Debian's packages when missing (root, or through sudo). No container engine is needed or
# started. Prints one line per check and exits non-zero when one fails.
set -uo pipefail
cd "$(dirname "$0")" || exit 1

TOOLS=(shellcheck yamllint caddy docker-compose)
MISSING=()
for t in "${TOOLS[@]}"; do command -v "$t" >/dev/null || MISSING+=("$t"); done
if ((${#MISSING[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  echo "lint.sh: installing ${MISSING[*]} from Debian's packages…"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${MISSING[@]}" >/dev/null
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILED=0
check() {
  local name=$1; shift
  if "$@" >"$TMP/out" 2>&1; then
    echo "PASS  $name"
  else
    echo "FAIL  $name"; sed 's/^/      /' "$TMP/out"; FAILED=1
  fi
}

check "shellcheck container/*.sh ../run.sh" shellcheck container/entrypoint.sh container/healthcheck.sh ../run.sh
check "yamllint compose kubernetes" yamllint -s -d '{extends: default, rules: {line-length: {max: 120},
  document-start: disable, comments: {min-spaces-from-content: 1}}}' compose kubernetes
check "caddy adapt compose/Caddyfile" env PARINDEX_HOST=localhost caddy adapt --config compose/Caddyfile \
  --adapter caddyfile
# Every variable filled in with a placeholder, as compose would read them from .env.
sed -E 's/^([A-Z_]+)=$/\1=placeholder/' compose/.env.example >"$TMP/lint.env"
grep -v '^name:' compose/compose.yaml >"$TMP/compose.yaml"
check "docker-compose config compose/compose.yaml" docker-compose --project-directory compose \
  --env-file "$TMP/lint.env" -f "$TMP/compose.yaml" config -q

exit $FAILED
