#!/usr/bin/env bash
# Screenshots of every page for each role, in Chinese at 1366x768 (or SIZE=WxH, SCALE=1.5).
# Not part of CI. Usage: .ci/screenshots.sh BUILD_DIR OUT_DIR
# Needs xvfb, xdotool, imagemagick. Makes a demo database and logs in as each demo user.
set -euo pipefail
build=${1:-build}; out=${2:-/tmp/youfu-shots}
size=${SIZE:-1366x768}; scale=${SCALE:-1}
mkdir -p "$out"; work=$(mktemp -d); db="$work/shots.db"
"$build/app/youfuctl" --db "$db" demo --persons 300 --seed 2026 > "$work/demo.txt"
disp=:$((70 + RANDOM % 20))
Xvfb "$disp" -screen 0 "${size}x24" >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$disp LANG=zh_CN.UTF-8 LANGUAGE=zh_CN QT_SCALE_FACTOR=$scale
# demo.txt user lines: "  login  name  role  password".
grep -E "^  [a-z]" "$work/demo.txt" | awk '{print $1, $4}' | while read -r login pass; do
  "$build/app/youfu" --db "$db" >/dev/null 2>&1 & app=$!
  sleep 3
  xdotool type --delay 20 "$login"; xdotool key Tab; xdotool type --delay 20 "$pass"; xdotool key Return
  sleep 3
  import -window root "$out/${login}-0-home.png"
  # No window manager under Xvfb: a click gives the main window the keyboard.
  xdotool mousemove 700 45 click 1; sleep 0.5
  for i in 2 3 4 5 6 7 8 9; do
    xdotool key "ctrl+$i"; sleep 1.5
    import -window root "$out/${login}-$i.png"
  done
  kill $app 2>/dev/null || true; wait $app 2>/dev/null || true
done
echo "screenshots in $out"
