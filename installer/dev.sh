#!/usr/bin/env bash
# The README's two commands:
#   installer/dev.sh run    install what is missing, build, make a demo database if none, open Youfu
#   installer/dev.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

"$here/installer/deps-debian.sh"

build() {
  if [ ! -f build/build.ninja ]; then
    cmake --preset default ${YOUFU_CMAKE_ARGS:-} >/dev/null
  fi
  cmake --build build --parallel "$(nproc)"
}

case "${1:-}" in
  run)
    build
    db="${YOUFU_DB:-$here/build/demo/youfu-demo.db}"
    if [ ! -s "$db" ]; then
      mkdir -p "$(dirname "$db")"
      build/app/youfuctl --db "$db" demo --persons "${YOUFU_DEMO_PERSONS:-3000}" --seed 2026
    fi
    shift
    exec build/app/youfu --db "$db" "$@"
    ;;
  test)
    build
    ctest --preset default
    ;;
  *)
    echo "usage: installer/dev.sh run|test" >&2
    exit 2
    ;;
esac
