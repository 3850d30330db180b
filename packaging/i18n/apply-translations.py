#!/usr/bin/env python3
"""Apply a dictionary of translations to a Qt Linguist .ts file, in place.

Usage (from the source tree, after `cmake --build build --target update_translations`):

    packaging/i18n/apply-translations.py resources/translations/newsdesk_zh_CN.ts \
        packaging/i18n/zh_CN-workflow.json
    packaging/i18n/apply-translations.py --quiet resources/translations/newsdesk_en.ts \
        packaging/i18n/en-workflow.json
    packaging/i18n/apply-translations.py --list resources/translations/newsdesk_zh_CN.ts

Input: a JSON file, or a Python file defining TRANSLATIONS = {...}, mapping source text (as
written in tr(), unescaped) to its translation:

    "Submit for Review": "提交审核"                     every context
    "%n entries.": ["共 %n 条。"]                        numerus: one string per form
    "Edit": {"Newsdesk::Actions": "编辑(&E)",         per context, or "Context|comment",
             "|review queue badge": "改", "*": "编辑"}  "|comment" and "*" as the fallback

Only messages that lupdate left unfinished are changed (--all changes finished ones too); a
translation becomes finished (type="unfinished" removed). Messages the dictionary does not
cover stay unfinished and are listed, so the remainder is easy to find; --list prints them
as a JSON skeleton to fill in. The file keeps the layout lupdate writes, so the next lupdate
run gives a small diff. A numerus message needs as many forms as the file's language has
(zh_CN: 1, en: 2); a plain string is accepted where one form is needed. In newsdesk_en.ts only
numerus messages are translated (singular, plural); the rest stay unfinished, and the source
text is shown.
"""

import argparse
import json
import re
import runpy
import sys
from xml.sax.saxutils import unescape

ENTITIES = {"&quot;": '"', "&apos;": "'"}

BLOCK = re.compile(r"<context>\s*<name>(?P<context>.*?)</name>|"
                   r"(?P<message><message(?P<attrs>[^>]*)>.*?</message>)", re.S)
TRANSLATION = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)"
                         r"(?:/>|>(?P<body>.*?)</translation>)", re.S)


def xml_text(text):
    return unescape(text, ENTITIES)


def protect(text):
    """Escapes text the way lupdate writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def field(block, name):
    match = re.search(rf"<{name}>(.*?)</{name}>", block, re.S)
    return xml_text(match.group(1)) if match else ""


def lookup(translations, context, source, comment):
    value = translations.get(source)
    if not isinstance(value, dict):
        return value
    for key in ([f"{context}|{comment}"] if comment else []) + [context]:
        if key in value:
            return value[key]
    for key, text in value.items():  # "|comment", where it may be the comment's beginning
        if key.startswith("|") and comment and comment.startswith(key[1:]):
            return text
    return value.get("*")


def render(indent, numerus_count, value, where):
    if numerus_count:
        forms = [value] if isinstance(value, str) else list(value)
        if len(forms) == 1 and numerus_count > 1:
            raise ValueError(f"{where}: needs {numerus_count} numerus forms")
        lines = [f"{indent}<translation>"]
        lines += [f"{indent}    <numerusform>{protect(f)}</numerusform>" for f in forms]
        return "\n".join(lines + [f"{indent}</translation>"])
    if not isinstance(value, str):
        raise ValueError(f"{where}: not a numerus message, needs one string")
    return f"{indent}<translation>{protect(value)}</translation>"


def apply(text, translations, change_all):
    out, missing, changed, pos, context = [], [], 0, 0, ""
    for match in BLOCK.finditer(text):
        if match.group("context") is not None:
            context = xml_text(match.group("context"))
            continue
        block = match.group("message")
        tr = TRANSLATION.search(block)
        attrs = tr.group("attrs") if tr else ""
        if not tr or "vanished" in attrs or "obsolete" in attrs:
            continue
        unfinished = "unfinished" in attrs
        if not unfinished and not change_all:
            continue
        source, comment = field(block, "source"), field(block, "comment")
        numerus = 'numerus="yes"' in match.group("attrs")
        value = lookup(translations, context, source, comment)
        if value is None:
            if unfinished:
                missing.append((context, source, comment, numerus))
            continue
        forms = len(re.findall(r"<numerusform", tr.group("body") or "")) if numerus else 0
        where = f"{context}: {source!r}"
        new = render(tr.group("indent"), max(forms, 1) if numerus else 0, value, where)
        out.append(text[pos:match.start("message")])
        out.append(block[:tr.start()] + new + block[tr.end():])
        pos = match.end("message")
        changed += 1
    out.append(text[pos:])
    return "".join(out), changed, missing


def load(path):
    if path.endswith(".py"):
        return runpy.run_path(path)["TRANSLATIONS"]
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", help="the .ts file to update in place")
    parser.add_argument("translations", nargs="*", help="JSON or Python dictionary files")
    parser.add_argument("--all", action="store_true",
                        help="also replace translations that are already finished")
    parser.add_argument("--list", action="store_true",
                        help="print the unfinished messages as a JSON skeleton and exit")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="count the messages left unfinished instead of listing them")
    args = parser.parse_args()

    translations = {}
    for path in args.translations:
        translations.update(load(path))
    with open(args.ts, encoding="utf-8") as file:
        text = file.read()
    result, changed, missing = apply(text, translations, args.all)

    if args.list:
        skeleton = {}
        for context, source, comment, numerus in missing:
            key = f"{context}|{comment}" if comment else context
            skeleton.setdefault(source, {})[key] = [""] if numerus else ""
        json.dump(skeleton, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0

    if result != text:
        with open(args.ts, "w", encoding="utf-8") as file:
            file.write(result)
    print(f"{args.ts}: {changed} translated, {len(missing)} left unfinished", file=sys.stderr)
    for context, source, comment, _ in [] if args.quiet else missing:
        print(f"  {context}: {source}" + (f"  [{comment}]" if comment else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
