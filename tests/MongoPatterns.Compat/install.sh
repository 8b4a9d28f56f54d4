#!/usr/bin/env bash
# Installs what the compatibility suite needs on Debian:
#   - the npm packages pinned in package-lock.json (mongodb, mongoose, mongosh), with `npm ci`;
#   - pymongo for /usr/bin/python3 (Debian's python3-pymongo), when it is missing and apt can be used.
# Idempotent: a second run with nothing to do takes well under a second.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/node_modules/.mongopatterns-compat-lock.sha256"

log() { echo "compat install: $*"; }

# --- npm packages -------------------------------------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  log "node/npm not found; the Node.js, Mongoose and mongosh suites will be skipped (they need Node.js >= 20.19)"
else
  wanted="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -x "$here/node_modules/.bin/mongosh" ]; then
    log "npm packages already installed"
  else
    log "installing npm packages from package-lock.json"
    # Install scripts only build optional native add-ons (telemetry, kerberos, ssh); the suites do not need them.
    (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    echo "$wanted" > "$stamp"
  fi
fi

# --- pymongo for /usr/bin/python3 ---------------------------------------------------------------
if [ ! -x /usr/bin/python3 ]; then
  log "/usr/bin/python3 not found; the pymongo suite will be skipped"
elif /usr/bin/python3 -c "import pymongo" >/dev/null 2>&1; then
  log "pymongo already installed ($(/usr/bin/python3 -c 'import pymongo; print(pymongo.version)'))"
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  log "installing python3-pymongo with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends python3-pymongo >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y --no-install-recommends python3-pymongo >/dev/null
  fi
  /usr/bin/python3 -c "import pymongo" || { log "python3-pymongo installed but not importable"; exit 1; }
else
  log "pymongo is missing and apt-get cannot be used here; run: apt-get install python3-pymongo (the pymongo suite will be skipped)"
fi
