#!/usr/bin/env bash
# The desktop integration files pass the validators the distributions use.
#   validate.sh appstream METAINFO VERSION   appstreamcli validate --no-net, and the newest
#                                            <release> is VERSION (project() in CMakeLists.txt)
#   validate.sh desktop DESKTOP_FILE         desktop-file-validate, hints included
# Exits 77 (SKIP) only when the validator is not installed (packaging/install-deps.sh installs
# both: appstream, desktop-file-utils).
set -euo pipefail

skip() {
  echo "SKIP: $*"
  exit 77
}
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

case "${1:-}" in
appstream)
  metainfo=${2:?usage: validate.sh appstream METAINFO VERSION}
  version=${3:?usage: validate.sh appstream METAINFO VERSION}
  command -v appstreamcli >/dev/null ||
    skip "appstreamcli is not installed (Debian package appstream: packaging/install-deps.sh)"
  # Errors and warnings fail (exit code); infos, which a newer appstream may add, are shown.
  appstreamcli validate --no-net --pedantic "$metainfo" ||
    fail "appstreamcli rejects $metainfo (see above)"
  newest=$(sed -n 's/.*<release [^>]*version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
  [ "$newest" = "$version" ] ||
    fail "the newest <release> in $metainfo is '$newest', but the project's version is $version: add a <release version=\"$version\" date=\"YYYY-MM-DD\"> at the top of <releases>"
  echo "PASS: $metainfo"
  ;;
desktop)
  desktop=${2:?usage: validate.sh desktop DESKTOP_FILE}
  command -v desktop-file-validate >/dev/null ||
    skip "desktop-file-validate is not installed (Debian package desktop-file-utils: packaging/install-deps.sh)"
  # desktop-file-validate exits 0 on warnings and hints: any remark fails the test.
  if ! output=$(desktop-file-validate "$desktop" 2>&1) || [ -n "$output" ]; then
    echo "$output" >&2
    fail "desktop-file-validate has remarks about $desktop (see above)"
  fi
  echo "PASS: $desktop"
  ;;
*)
  fail "usage: validate.sh appstream METAINFO VERSION | validate.sh desktop DESKTOP_FILE"
  ;;
esac
