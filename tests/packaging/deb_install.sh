#!/usr/bin/env bash
# The .deb for real: builds it with CPack, checks its control fields and contents, installs it
# with dpkg, starts the installed /usr/bin/seedbed, checks the desktop file, icon and metainfo
# landed, purges it and checks that nothing it installed is left. Whatever happens after the
# install, the package is purged again on exit.
#
# Needs root or passwordless sudo (CI runs as root) and a Debian system; exits 77 (SKIP)
# otherwise, and when a seedbed package is already installed (the test would replace it).
#
# Usage: deb_install.sh BUILD_DIR VERSION
set -euo pipefail

build_dir=${1:?usage: deb_install.sh BUILD_DIR VERSION}
version=${2:?usage: deb_install.sh BUILD_DIR VERSION}
package=seedbed
started=$(date +%s)

skip() {
  echo "SKIP: $*"
  exit 77
}
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

for tool in dpkg dpkg-deb dpkg-query; do
  command -v "$tool" >/dev/null || skip "$tool is missing: the .deb test runs on Debian-based systems only"
done
command -v cpack >/dev/null || fail "cpack is missing (it comes with cmake: packaging/install-deps.sh)"
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir/CPackConfig.cmake is missing: configure the build folder first"
[ -x "$build_dir/app/seedbed" ] || fail "$build_dir/app/seedbed is missing: build it first"

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  skip "installing the .deb needs root or passwordless sudo (CI runs as root); run ctest as root to include this test"
fi

# One run at a time on this machine, whichever build folder it comes from: they would install
# and remove the same package.
lock=/var/tmp/seedbed-deb-test.lock
if { [ -e "$lock" ] || : >"$lock"; } 2>/dev/null && exec 9<"$lock"; then
  flock 9
fi

# Set while the test's package is installed: a run killed before its trap could purge (ctest's
# timeout kills without a signal that can be caught) is told apart from a real installation.
marker=/var/tmp/seedbed-deb-test.installed
status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
if [ -n "$status" ] && [ "$status" != "not-installed" ]; then
  if [ -f "$marker" ]; then
    echo "purging the $package package an earlier, killed run of this test left installed"
    "${as_root[@]}" dpkg --purge "$package" || fail "could not purge the $package left by an earlier run"
    "${as_root[@]}" rm -f "$marker"
  else
    skip "the package $package is already on this system (state: $status) and the test would replace it; remove it with: dpkg --purge $package"
  fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/seedbed-deb.XXXXXX")
installed=0
cleanup() {
  local rc=$?
  if [ "$installed" -eq 1 ]; then
    echo "cleanup: purging $package after a failure"
    if "${as_root[@]}" dpkg --purge "$package" >/dev/null 2>&1; then
      "${as_root[@]}" rm -f "$marker"
    else
      echo "WARNING: could not purge $package; remove it with: dpkg --purge $package" >&2
    fi
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# dpkg refuses at once when apt or another dpkg holds its lock: wait for it (at most 5 minutes).
dpkg_as_root() {
  local output
  for _ in $(seq 1 150); do
    if output=$("${as_root[@]}" dpkg "$@" 2>&1); then
      [ -z "$output" ] || echo "$output"
      return 0
    fi
    if ! grep -qi 'lock' <<<"$output"; then
      echo "$output" >&2
      return 1
    fi
    sleep 2
  done
  echo "$output" >&2
  return 1
}

# --- build -----------------------------------------------------------------------------------
echo "== cpack -G DEB"
if ! cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack -G DEB failed (log above)"
fi
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  fail "cpack made ${#debs[@]} .deb files, expected one: ${debs[*]}"
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "${package}_${version}_${arch}.deb" ] ||
  fail "the package is named $(basename "$deb"), expected ${package}_${version}_${arch}.deb"

# --- control fields ---------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$package" ] || fail "Package: is '$(field Package)', expected $package"
[ "$(field Version)" = "$version" ] || fail "Version: is '$(field Version)', expected $version (project() in CMakeLists.txt)"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: is '$(field Architecture)', expected $arch"
grep -Eq '^[^<>]+ <[^<>@ ]+@[^<> ]+>$' <<<"$(field Maintainer)" ||
  fail "Maintainer: '$(field Maintainer)' is not 'Name <e-mail>'"
[ -n "$(field Section)" ] || fail "Section: is empty"
description=$(field Description)
[ "$(wc -l <<<"$description")" -ge 3 ] || fail "Description: has no extended description: $description"
depends=$(field Depends)
# The package names alone, one a line: "libc6 (>= 2.34), libfoo" gives libc6 and libfoo.
depends_names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
for dep in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6; do
  grep -qxF "$dep" <<<"$depends_names" ||
    fail "Depends: lacks $dep (dpkg-shlibdeps or CPACK_DEBIAN_PACKAGE_DEPENDS in packaging/CMakeLists.txt): $depends"
done
installed_size=$(field Installed-Size)
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes, Installed-Size ${installed_size} KiB"
echo "Depends: $depends"

# --- contents ---------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
expected_files=(
  /usr/bin/seedbed
  /usr/share/applications/io.seedbed.Seedbed.desktop
  /usr/share/metainfo/io.seedbed.Seedbed.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/seedbed.svg
  /usr/share/doc/seedbed/copyright
)
for f in "${expected_files[@]}"; do
  grep -qx "\.$f" "$work/contents" || fail "the package does not contain $f"
done
outside=$(grep -v '^\./usr/' "$work/contents" | grep -vx '\./' || true)
[ -z "$outside" ] || fail "the package installs outside /usr: $outside"
dpkg-deb -x "$deb" "$work/root"
if command -v file >/dev/null && file "$work/root/usr/bin/seedbed" | grep -q 'not stripped'; then
  fail "usr/bin/seedbed in the package is not stripped (CPACK_STRIP_FILES)"
fi

# --- install ----------------------------------------------------------------------------------
echo "== dpkg -i $(basename "$deb")"
installed=1
"${as_root[@]}" touch "$marker"
dpkg_as_root -i "$deb" || fail "dpkg -i failed (output above)"
[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$package")" = "ii " ] ||
  fail "after dpkg -i the package is not fully installed: $(dpkg-query -W -f='${db:Status-Abbrev}' "$package")"

# Start the installed binary, with none of the build's environment and no display.
run_installed() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" LANG=C.UTF-8 /usr/bin/seedbed "$@"
}
mkdir -p "$work/home"
got=$(run_installed --version) || fail "/usr/bin/seedbed --version failed: $got"
[ "$got" = "seedbed $version" ] || fail "/usr/bin/seedbed --version printed '$got', expected 'seedbed $version'"
missing_libs=$(ldd /usr/bin/seedbed | grep 'not found' || true)
[ -z "$missing_libs" ] || fail "the installed binary misses libraries: $missing_libs"
# A project made by the installed binary: the SQLite driver plugin must be there.
run_installed new "$work/project" --example >/dev/null || fail "/usr/bin/seedbed new --example failed"
if [ ! -s "$work/project/project.seedbed" ] || [ ! -s "$work/project/data.sqlite" ]; then
  fail "/usr/bin/seedbed new --example made no project.seedbed and data.sqlite"
fi
run_installed validate "$work/project" >/dev/null || fail "/usr/bin/seedbed validate failed on the example project"

for f in "${expected_files[@]}"; do
  [ -f "$f" ] || fail "$f is not installed"
done
desktop=/usr/share/applications/io.seedbed.Seedbed.desktop
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ "$(command -v "$exec_program")" = /usr/bin/seedbed ] ||
  fail "Exec=$exec_program in the desktop file does not resolve to /usr/bin/seedbed"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] ||
  fail "Icon=$icon in the desktop file names no installed icon"
grep -q '<launchable type="desktop-id">io.seedbed.Seedbed.desktop</launchable>' \
  /usr/share/metainfo/io.seedbed.Seedbed.metainfo.xml ||
  fail "the installed metainfo does not launch io.seedbed.Seedbed.desktop"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the installed $desktop"
fi

dpkg-query -L "$package" >"$work/owned"
for f in "${expected_files[@]}"; do
  grep -qx "$f" "$work/owned" || fail "dpkg -L $package does not list $f"
done
# What the package put there, before it goes: files and links, and directories.
: >"$work/owned-files"
: >"$work/owned-dirs"
while IFS= read -r path; do
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    echo "$path" >>"$work/owned-dirs"
  elif [ -e "$path" ] || [ -L "$path" ]; then
    echo "$path" >>"$work/owned-files"
  fi
done <"$work/owned"
echo "installed $(wc -l <"$work/owned-files") files"

# --- purge ------------------------------------------------------------------------------------
echo "== dpkg --purge $package"
dpkg_as_root --purge "$package" || fail "dpkg --purge failed (output above)"
installed=0
"${as_root[@]}" rm -f "$marker"
status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = "not-installed" ] || fail "after dpkg --purge the package is still known to dpkg: $status"
left=()
while IFS= read -r path; do
  if [ -e "$path" ] || [ -L "$path" ]; then left+=("$path"); fi
done <"$work/owned-files"
# A directory may stay when another package owns it or something else lives in it.
while IFS= read -r dir; do
  if [ -d "$dir" ] && [ -z "$(ls -A "$dir")" ] && ! dpkg-query -S "$dir" >/dev/null 2>&1; then
    left+=("$dir/")
  fi
done <"$work/owned-dirs"
[ ${#left[@]} -eq 0 ] || fail "left behind after dpkg --purge: ${left[*]}"
[ ! -e /usr/share/doc/seedbed ] || fail "/usr/share/doc/seedbed is left behind after dpkg --purge"

echo "PASS: built, installed, started and purged $(basename "$deb") in $(($(date +%s) - started)) s"
