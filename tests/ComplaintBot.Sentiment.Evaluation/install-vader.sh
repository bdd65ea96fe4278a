#!/usr/bin/env bash
# Installs the VADER peer (npm vader-sentiment, pinned in package.json) next to this script.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --no-package-lock
