#!/usr/bin/env bash
# Debian's Chromium runs the checker page and the HTML report in test/web-*.test.ts and
# test/report-*.test.ts (driven by playwright-core, which never downloads a browser itself).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update
apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium
