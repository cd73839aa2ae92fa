#!/usr/bin/env python3
"""Translation report for crates/web: coverage of every language against English, and keys
that the code uses but a catalogue lacks, or that English defines but no code uses.

    python3 scripts/i18n-report.py            # report, exit 0
    python3 scripts/i18n-report.py --strict   # exit 1 when German or English miss a used key

A key is "used" when the code calls a translator on a string literal: `t.get("key")`,
`layout.t.count("key", n)`, `context.tr.with(\n "key", ...)`, `t.arg("key", v)`. Keys built at
run time (`format!("kind-{}", ...)`) cannot be checked; their prefixes are listed apart.
"""

import re
import sys
import textwrap
from pathlib import Path

WEB = Path(__file__).resolve().parent.parent / "crates" / "web"
LOCALES = WEB / "locales"
COMPLETE = ("de", "en")  # must define every used key

# A message starts a line with its identifier; terms (`-x`), comments and indented lines do not.
MESSAGE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=", re.MULTILINE)
# Receiver `t` or `tr` (a whole identifier), a translator method, then a string literal.
CALL = re.compile(r'(?<![A-Za-z0-9_])(?:t|tr)\.(?:get|count|with|arg)\(\s*"([^"\\]+)"')
# A key built at run time: `format!("kind-{}", …)` gives the prefix `kind-`.
DYNAMIC = re.compile(r'format!\(\s*"([a-z][a-z0-9_-]*-)\{')
# Prefixes whose keys are also picked from literals outside a call (see `context.rs`).
KNOWN_DYNAMIC = ("error-",)
LITERAL = re.compile(r'"([a-z][a-z0-9_-]*)"')


def message_ids(path):
    return set(MESSAGE.findall(path.read_text(encoding="utf-8")))


def catalogue(lang):
    """{file name: set of ids} for one language."""
    return {p.name: message_ids(p) for p in sorted((LOCALES / lang).glob("*.ftl"))}


def sources():
    paths = list((WEB / "src").rglob("*.rs")) + list((WEB / "templates").rglob("*.html"))
    return [p.read_text(encoding="utf-8") for p in sorted(paths)]


def percent(part, whole):
    return 100.0 * part / whole if whole else 100.0


def show(title, keys, indent="    "):
    keys = sorted(keys)
    print(f"{indent}{title} ({len(keys)})" + (":" if keys else ""))
    if keys:
        text = textwrap.fill(" ".join(keys), width=96, break_on_hyphens=False)
        print(textwrap.indent(text, indent + "  "))


def language_report(lang, english):
    """Prints one language's coverage; returns (translated, total, missing, unknown)."""
    files = catalogue(lang)
    defined = set().union(*files.values()) if files else set()
    every_english = set().union(*english.values())
    translated = every_english & defined
    share = percent(len(translated), len(every_english))
    print(f"\n== {lang}: {len(defined)} ids, {share:.1f}% of English "
          f"({len(translated)}/{len(every_english)})")
    for name, ids in english.items():
        have = len(ids & defined)
        note = "" if name in files else "  (no file: falls back to German, then English)"
        print(f"    {name:<16} {have:>4}/{len(ids):<4} {percent(have, len(ids)):5.1f}%{note}")
    for name in sorted(set(files) - set(english)):
        print(f"    {name:<16} not in English")
    missing, unknown = every_english - defined, defined - every_english
    show("missing compared with English", missing)
    show("not in English (unused)", unknown)
    return len(translated), len(every_english), len(missing), len(unknown)


def main():
    strict = "--strict" in sys.argv[1:]
    english = catalogue("en")
    if not english:
        sys.exit(f"no English catalogue under {LOCALES}")
    english_ids = set().union(*english.values())
    langs = sorted(p.name for p in LOCALES.iterdir() if p.is_dir())
    langs = [l for l in COMPLETE[::-1] if l in langs] + [l for l in langs if l not in COMPLETE]

    print(f"Translations in {LOCALES.relative_to(WEB.parent.parent)}")
    summary = {lang: language_report(lang, english) for lang in langs}

    texts = sources()
    used = {key for text in texts for key in CALL.findall(text)} - {"key"}
    prefixes = {p for text in texts for p in DYNAMIC.findall(text)} | set(KNOWN_DYNAMIC)
    literals = {word for text in texts for word in LITERAL.findall(text)}

    def dynamic(key):
        """The longest run-time prefix of `key`, or None."""
        return max((p for p in prefixes if key.startswith(p)), key=len, default=None)

    print(f"\n== Code: {len(used)} keys used in calls in src/**/*.rs and templates/**/*.html")
    gaps = {}
    for lang in COMPLETE:
        ids = set().union(*catalogue(lang).values()) if (LOCALES / lang).is_dir() else set()
        gaps[lang] = used - ids
        show(f"used but missing in {lang}", gaps[lang])
    unused = {k for k in english_ids - used if not dynamic(k)}
    show("defined in English, used nowhere", unused - literals)
    show("defined in English, no call but named as a string literal", unused & literals)
    print("    dynamic, not checked (English keys by the prefix the code builds them from):")
    for prefix in sorted(prefixes):
        count = sum(1 for k in english_ids if dynamic(k) == prefix)
        print(f"      {prefix + '…':<20} {count:>3}")

    print("\nSummary: share of English ids translated")
    for lang, (have, total, missing, unknown) in summary.items():
        print(f"  {lang:<4} {percent(have, total):5.1f}%  ({have}/{total}; "
              f"{missing} missing, {unknown} not in English)")
    if strict and any(gaps.values()):
        print("strict: German or English miss a used key", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
