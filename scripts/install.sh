#!/usr/bin/env bash
# Install everything anatoflow needs on a fresh Debian 12 machine (run as root, or with sudo).
# System packages:
#   * offscreen rendering: the VTK wheel loads OpenGL at run time (dlopen). Headless it uses
#     EGL through glvnd (libegl1) with Mesa's EGL vendor (libegl-mesa0) and its software
#     rasteriser swrast/llvmpipe (libgl1-mesa-dri); libgl1 + libxrender1 serve a machine with
#     an X display, libosmesa6 is the fallback (VTK_DEFAULT_OPENGL_WINDOW=vtkOSOpenGLRenderWindow);
#   * Debian's chromium for browser tests and HTML exports; python3-pip when pip is missing.
# Python packages: the project (editable) with its test extra.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(libgl1 libegl1 libegl-mesa0 libgl1-mesa-dri libosmesa6 libxrender1
              chromium chromium-driver fonts-dejavu-core)
if ! python3 -m pip --version >/dev/null 2>&1; then APT_PACKAGES+=(python3-pip); fi
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

# Debian 12 marks its python3 "externally managed" (PEP 668); installing this project into it
# is what the quick start asks for, so say so explicitly (ignored by pips without PEP 668).
export PIP_BREAK_SYSTEM_PACKAGES=1
python3 -m pip install --quiet --disable-pip-version-check -e ".[test]"

# npm tools, from their lock files (nothing here is needed at run time: the player bundle is committed).
npm ci --prefix tools/gltf-validate --no-audit --no-fund --loglevel=error
npm ci --prefix js/player --no-audit --no-fund --loglevel=error
