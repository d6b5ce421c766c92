#!/usr/bin/env bash
# Neovim is the real LSP client for test/lsp-neovim.test.ts (Debian bookworm ships 0.7.2).
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends neovim
