#!/usr/bin/env bash
# Installs what test/vscode-e2e.test.ts needs: Debian's Chromium, and code-server 4.100.3 (the
# last release whose engines.node is 20) from the npm registry into a folder outside the repo.
# Idempotent: a second run finds code-server at the right version and does nothing more.
# Three install steps would otherwise fetch from GitHub or stop on a prompt (see the comments).
set -euo pipefail

CS_VERSION="${LUXLINT_CODE_SERVER_VERSION:-4.100.3}"
DEST="${LUXLINT_CODE_SERVER_HOME:-$HOME/.cache/luxlint-e2e/code-server}"

need_apt=0
for pkg in chromium libkrb5-dev ripgrep build-essential python3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt=1
done
if [ "$need_apt" = 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update
  # libkrb5-dev: VS Code's `kerberos` module builds from source (its prebuilt download fails offline).
  # ripgrep: seeds @vscode/ripgrep's download cache below.
  apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium libkrb5-dev ripgrep build-essential python3
fi

bin="$DEST/node_modules/.bin/code-server"
if [ -x "$bin" ] && "$bin" --version --config /dev/null 2>/dev/null | grep -q "^$CS_VERSION "; then
  echo "code-server $CS_VERSION already in $DEST"
  exit 0
fi

mkdir -p "$DEST"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# @vscode/ripgrep's postinstall downloads rg from GitHub; put Debian's rg where it looks first.
(
  cd "$work"
  npm pack "code-server@$CS_VERSION" >/dev/null
  tar xzf code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json
  rg_pkg=$(node -p "require('./package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version")
  npm pack "@vscode/ripgrep@$rg_pkg" >/dev/null
  tar xzf vscode-ripgrep-*.tgz package/lib/postinstall.js
  rg_ver=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" package/lib/postinstall.js)
  cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$rg_pkg"
  mkdir -p "$cache" rg
  cp "$(command -v rg)" rg/rg
  tar czf "$cache/ripgrep-$rg_ver-x86_64-unknown-linux-musl.tar.gz" -C rg rg
  echo "seeded $cache with Debian's rg as ripgrep $rg_ver"
)

cd "$DEST"
[ -f package.json ] || echo '{"name":"luxlint-e2e-code-server","private":true}' > package.json
# unsafe_perm: code-server's postinstall refuses root otherwise.
# yes: node-pty's postinstall runs `npx node-gyp`, which would stop on a prompt.
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install "code-server@$CS_VERSION" --no-audit --no-fund --foreground-scripts --loglevel=error
"$bin" --version --config /dev/null
