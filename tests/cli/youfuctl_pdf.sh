#!/bin/sh
# The real youfuctl binary writes a PDF (the public disclosure of last month's approved roll):
# papers need fonts, fonts need a GUI application, and youfuctl must not need a display.
set -eu
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
unset DISPLAY QT_QPA_PLATFORM || true
"$bin" --db "$dir/t.db" demo --persons 60 > "$dir/demo.txt"
login=$(awk '$3 == "clerk" { print $1; exit }' "$dir/demo.txt")
pw=$(awk '$3 == "clerk" { print $4; exit }' "$dir/demo.txt")
month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
echo "$pw" | "$bin" --db "$dir/t.db" disclosure --period "$month" --out "$dir/d.pdf" \
    --phone 0739-4522110 --as "$login"
test -s "$dir/d.pdf"
head -c 5 "$dir/d.pdf" | grep -q '%PDF-'
test "$(stat -c %a "$dir/d.pdf")" = 600
echo "youfuctl wrote a $(stat -c %s "$dir/d.pdf")-byte disclosure PDF for $month"
