#!/usr/bin/env bash
# Install everything anatoflow needs on a fresh Debian machine (run as root, or with sudo).
# System packages: Mesa (EGL/OSMesa) for offscreen VTK rendering, Debian's chromium for
# browser tests and HTML exports. Python packages: the project with its test extra.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(libgl1 libegl1 libosmesa6 libxrender1 chromium chromium-driver fonts-dejavu-core)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
# node + npm run the Khronos glTF validator and rebuild the browser player (tests, development).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python3 -m pip install --quiet --disable-pip-version-check -e ".[test]"

# npm tools, from their lock files (nothing here is needed at run time: the player bundle is committed).
npm ci --prefix tools/gltf-validate --no-audit --no-fund --loglevel=error
npm ci --prefix js/player --no-audit --no-fund --loglevel=error
