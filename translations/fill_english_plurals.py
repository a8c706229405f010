#!/usr/bin/env python3
"""Fills the plural forms of translations/scopekeeper_en.ts from the source texts.

English source strings with %n follow one convention: "(s)" marks the plural ending,
e.g. "%n key(s)". The English "translation" then holds "1 key" and "%n keys". Run it after
`cmake --build … --target update_translations` (lupdate -pluralonly).
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/scopekeeper_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source") or ""
    translation = message.find("translation")
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    for form in list(translation):
        translation.remove(form)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    translation.attrib.pop("type", None)
    changed += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"{path}: {changed} plural messages filled")
