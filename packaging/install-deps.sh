#!/usr/bin/env bash
# Installs the Debian packages Seedbed needs to build, test and run.
# Only packages that are missing are installed; when everything is present this
# does nothing and needs no network.
#   --fuzz   also what `make fuzz` needs: clang and its libFuzzer/sanitizer runtimes.
set -euo pipefail

packages=(
  build-essential
  cmake
  ninja-build
  pkg-config
  clang-format
  qt6-base-dev
  qt6-base-dev-tools
  qt6-tools-dev
  qt6-tools-dev-tools
  qt6-l10n-tools
  qt6-translations-l10n
  qt6-svg-dev
  qt6-charts-dev
  libqt6opengl6-dev
  qt6-httpserver-dev
  qt6-websockets-dev
  qt6-qpa-plugins
  qtkeychain-qt6-dev
  libqt6sql6-sqlite
  libsqlite3-dev
  libqt6svg6
  libgl-dev
  xvfb
  xauth
  fonts-wqy-microhei
  x11-utils
  imagemagick
  appstream
  desktop-file-utils
  file
  ccache
)
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)
fi

# One dpkg-query for all packages: this runs before every `make run`.
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for p in "${packages[@]}"; do
  grep -qx "$p installed" <<<"$installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: these packages are missing and you are not root and sudo is not available:" >&2
  echo "  ${missing[*]}" >&2
  echo "Install them as root with: apt-get install ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
  # The package lists may be stale or absent on a fresh machine: refresh once and retry.
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
