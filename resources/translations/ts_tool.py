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


def set_translation(msg, tr, text):
    # Chinese has one plural form: a %n message gets a single <numerusform>.
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        form = ET.SubElement(tr, "numerusform")
        form.text = text
    else:
        tr.text = text


def translation_text(tr):
    forms = tr.findall("numerusform")
    return forms[0].text if forms else tr.text


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
                set_translation(msg, tr, d[src])
                del tr.attrib["type"]
                n += 1
        save(tree, ts)
        print(f"filled {n}")
    elif cmd == "check":
        bad = 0
        for name, msg in messages(tree):
            tr = msg.find("translation")
            src = msg.findtext("source")
            if tr is None or tr.get("type") == "unfinished" or not (translation_text(tr) or "").strip():
                print(f"unfinished: {name}: {src}")
                bad += 1
            elif placeholders(src) != placeholders(translation_text(tr)):
                print(f"placeholders differ: {name}: {src} -> {translation_text(tr)}")
                bad += 1
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
