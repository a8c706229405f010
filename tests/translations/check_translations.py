#!/usr/bin/env python3
"""Fails when a translation is incomplete, out of date or damages the text it translates.

    check_translations.py LUPDATE SOURCE_DIR LANG...

For each language's translations/scopekeeper_LANG.ts:
- it holds exactly the console's current source texts (a fresh lupdate run gives the same
  set; otherwise `update_translations` has not been run);
- every message is finished and not empty; plural messages have every form the language
  needs;
- each translation keeps the source's placeholders (%1…%9, %n), HTML tags, keyboard
  accelerator (&), a trailing "…" and surrounding spaces.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, root, languages = sys.argv[1], sys.argv[2], sys.argv[3:]
PLURAL_FORMS = {"de": 2, "nl": 2, "fr": 2, "en": 2}


def messages(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def console_sources():
    files = []
    for pattern in ("src/**/*.cpp", "src/**/*.h", "ui/*.ui", "app/**/*.cpp"):
        files += glob.glob(os.path.join(root, pattern), recursive=True)
    files = [f for f in files if f"{os.sep}server{os.sep}" not in f]
    files.append(os.path.join(root, "translations", "catalog_strings.cpp"))
    return sorted(files)


def placeholders(text):
    return sorted(re.findall(r"%(?:\d|n)", text))


def tags(text):
    return sorted(t.lower() for t in re.findall(r"</?([a-zA-Z]+)", text))


def accelerator(text):
    return re.search(r"&(?!&)\w", text.replace("&&", "")) is not None


def check_text(source, text, where, problems, plural_form=None):
    if not text.strip():
        problems.append(f"{where}: empty translation")
        return
    want = placeholders(source)
    got = placeholders(text)
    if plural_form == 0 and "%n" in want and "%n" not in got:
        # A singular form may spell the number out ("ein Schlüssel").
        want = [p for p in want if p != "%n"]
    if want != got:
        problems.append(f"{where}: placeholders {want} became {got}: {text!r}")
    if tags(source) != tags(text):
        problems.append(f"{where}: HTML tags differ: {text!r}")
    if accelerator(source) and not accelerator(text):
        problems.append(f"{where}: the keyboard accelerator (&) is missing: {text!r}")
    if source.endswith("…") and not text.endswith("…"):
        problems.append(f"{where}: the trailing … is missing: {text!r}")
    for edge, strip in (("leading", str.lstrip), ("trailing", str.rstrip)):
        src_space = source != strip(source)
        txt_space = text != strip(text)
        if src_space != txt_space:
            problems.append(f"{where}: {edge} space differs: {text!r}")


with tempfile.TemporaryDirectory() as tmp:
    fresh_path = os.path.join(tmp, "fresh.ts")
    list_path = os.path.join(tmp, "sources.lst")
    with open(list_path, "w") as f:
        f.write("\n".join(console_sources()))
    subprocess.run([lupdate, "-silent", "-locations", "none", "@" + list_path,
                    "-ts", fresh_path], check=True)
    fresh = set(messages(fresh_path))

failed = 0
for language in languages:
    path = os.path.join(root, "translations", f"scopekeeper_{language}.ts")
    problems = []
    committed = messages(path)
    missing = sorted(fresh - set(committed))
    extra = sorted(set(committed) - fresh)
    for context, source in missing:
        problems.append(f"[{context}] {source!r}: not in the file (run update_translations)")
    for context, source in extra:
        problems.append(f"[{context}] {source!r}: no longer in the sources (run update_translations)")
    for (context, source), message in sorted(committed.items()):
        where = f"[{context}] {source!r}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "missing"):
            problems.append(f"{where}: unfinished")
            continue
        if kind in ("vanished", "obsolete"):
            continue  # reported above as no longer in the sources
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS.get(language, 2):
                problems.append(f"{where}: {len(forms)} plural forms")
            for i, form in enumerate(forms):
                check_text(source, form, f"{where} form {i}", problems, plural_form=i)
        else:
            check_text(source, translation.text or "", where, problems)
    if problems:
        failed += 1
        print(f"scopekeeper_{language}.ts: {len(problems)} problem(s)")
        for problem in problems:
            print("  " + problem)
    else:
        print(f"scopekeeper_{language}.ts: {len(committed)} messages, all finished and intact")
if failed:
    sys.exit(1)
print(f"{len(languages)} passed, 0 failed")
