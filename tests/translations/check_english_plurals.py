#!/usr/bin/env python3
"""Fails when a source string with %n has no English plural forms in scopekeeper_en.ts.

Without them, English shows the source text as it is ("2 key(s)"). Usage:
    check_english_plurals.py LUPDATE SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, root = sys.argv[1], sys.argv[2]
committed_path = os.path.join(root, "translations", "scopekeeper_en.ts")


def numerus(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in message.iter("numerusform")]
                found[(name, message.findtext("source"))] = forms
    return found


with tempfile.TemporaryDirectory() as tmp:
    fresh_path = os.path.join(tmp, "fresh_en.ts")
    subprocess.run(
        [lupdate, "-silent", "-pluralonly", "-locations", "none", "-extensions", "cpp,h,ui",
         os.path.join(root, "src"), os.path.join(root, "ui"), os.path.join(root, "app"),
         "-target-language", "en_US", "-ts", fresh_path],
        check=True)
    fresh = numerus(fresh_path)

committed = numerus(committed_path)
problems = []
for key in sorted(fresh):
    forms = committed.get(key)
    if not forms or len(forms) != 2 or not all(f.strip() for f in forms):
        problems.append(f"  [{key[0]}] {key[1]}")
if problems:
    print("These strings have no English plural forms in translations/scopekeeper_en.ts:")
    print("\n".join(problems))
    print("Fix: cmake --build <build> --target update_translations && "
          "translations/fill_english_plurals.py")
    sys.exit(1)
print(f"1 passed, 0 failed: {len(fresh)} plural strings have English forms")
