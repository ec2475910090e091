#!/usr/bin/env bash
# The one entry point of the quick start: `bash scripts/dev.sh start` / `bash scripts/dev.sh test`.
# Ensures the toolchain, installs the workspace (frozen lockfile), then runs the root script.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/toolchain.sh
. scripts/toolchain.sh
if [ ! -d node_modules/.pnpm ] || [ pnpm-lock.yaml -nt node_modules/.pnpm/lock.yaml ]; then
  pnpm install --frozen-lockfile --reporter=append-only >&2
fi
# CI runs the browser test (packages/msw/test/browser.test.ts) in Debian's headless Chromium; it
# skips itself where Chromium is absent, so developers need not install it.
if [ "${1:-test}" = "test" ] && [ "${CI:-}" = "true" ] && ! command -v chromium >/dev/null 2>&1; then
  apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2
fi
exec pnpm run "${1:-test}" "${@:2}"
