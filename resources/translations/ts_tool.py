#!/usr/bin/env python3
"""Helper for keeping youfu_zh_CN.ts complete.

  ts_tool.py pending  TS OUT.json        write the unfinished source texts (with context) to OUT.json
  ts_tool.py apply    TS DICT.json       fill unfinished entries from DICT.json {source: translation}
  ts_tool.py check    TS                 exit 1 if any entry is unfinished or loses a %N placeholder
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def load(path):
    return ET.parse(path)


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER + body + "\n")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def placeholders(text):
    return sorted(set(re.findall(r"%\d+|%n", text or "")))


def main():
    cmd, ts = sys.argv[1], sys.argv[2]
    tree = load(ts)
    if cmd == "pending":
        out = {}
        for name, msg in messages(tree):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                out[msg.findtext("source")] = name
        json.dump(out, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(f"{len(out)} unfinished")
    elif cmd == "apply":
        d = json.load(open(sys.argv[3], encoding="utf-8"))
        n = 0
        for _, msg in messages(tree):
            tr = msg.find("translation")
            src = msg.findtext("source")
            if tr is not None and tr.get("type") == "unfinished" and d.get(src):
                tr.text = d[src]
                del tr.attrib["type"]
                n += 1
        save(tree, ts)
        print(f"filled {n}")
    elif cmd == "check":
        bad = 0
        for name, msg in messages(tree):
            tr = msg.find("translation")
            src = msg.findtext("source")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                print(f"unfinished: {name}: {src}")
                bad += 1
            elif placeholders(src) != placeholders(tr.text):
                print(f"placeholders differ: {name}: {src} -> {tr.text}")
                bad += 1
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
