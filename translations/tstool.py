#!/usr/bin/env python3
"""Helper for keeping translations/*.ts complete.

  tstool.py pending LANG.ts [OUT.json]   list the sources still unfinished as JSON
                                          {"context\u0004source": ""} (to be filled in)
  tstool.py apply LANG.ts IN.json        write the filled-in translations into the .ts
  tstool.py stats *.ts                    count finished / unfinished messages

The JSON keys are context + U+0004 + source, so the same English in two contexts can
be translated apart; a key of just the source text applies to every context.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

SEP = "\u0004"


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            yield name, msg


def is_unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if tr.get("type") in ("unfinished",):
        return True
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def cmd_pending(ts, out=None):
    _, root = load(ts)
    pending = {}
    for ctx, msg in messages(root):
        if is_unfinished(msg):
            pending[ctx + SEP + (msg.findtext("source") or "")] = ""
    text = json.dumps(pending, ensure_ascii=False, indent=1)
    if out:
        open(out, "w", encoding="utf-8").write(text)
    else:
        print(text)
    print(f"{len(pending)} unfinished in {ts}", file=sys.stderr)


def cmd_apply(ts, js):
    tree, root = load(ts)
    table = json.load(open(js, encoding="utf-8"))
    done = missing = 0
    for ctx, msg in messages(root):
        src = msg.findtext("source") or ""
        value = table.get(ctx + SEP + src) or table.get(src)
        if not value:
            if is_unfinished(msg):
                missing += 1
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for f in list(tr):
                tr.remove(f)
            f = ET.SubElement(tr, "numerusform")
            f.text = value
        else:
            tr.text = value
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; keep it for tidy diffs
    # and escapes quotes in text as &quot; / &apos; with a double-quoted declaration: the
    # same bytes for what did not change, so the diff holds only the new translations.
    data = open(ts, encoding="utf-8").read()
    data = data.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>', 1)
    if "<!DOCTYPE TS>" not in data:
        data = data.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    data = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace('"', "&quot;").replace("'", "&apos;") + "<", data)
    open(ts, "w", encoding="utf-8").write(data if data.endswith("\n") else data + "\n")
    print(f"{ts}: {done} translated, {missing} still unfinished", file=sys.stderr)


def cmd_stats(paths):
    for p in paths:
        _, root = load(p)
        total = unf = 0
        for _, msg in messages(root):
            total += 1
            unf += is_unfinished(msg)
        print(f"{p}: {total - unf}/{total} translated, {unf} unfinished")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    verb = sys.argv[1]
    if verb == "pending":
        cmd_pending(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif verb == "apply":
        cmd_apply(sys.argv[2], sys.argv[3])
    elif verb == "stats":
        cmd_stats(sys.argv[2:])
    else:
        print(__doc__)
        sys.exit(2)
