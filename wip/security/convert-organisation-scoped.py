"""Converts organisation-scoped store functions to in_organisation! (mechanical)."""
import re, sys

def convert(path):
    src = open(path).read()
    lines = src.split('\n')
    # find function starts (4-space indented async fns inside impl)
    starts = [i for i, l in enumerate(lines) if re.match(r'    (pub(\(crate\))? )?async fn \w+', l)]
    starts.append(len(lines))
    converted = []
    for a, b in zip(starts, starts[1:]):
        # signature: from a until line containing ') ->' or '{' at end
        sig_end = a
        while sig_end < b and not lines[sig_end].rstrip().endswith('{'):
            sig_end += 1
        sig = '\n'.join(lines[a:sig_end + 1])
        if 'organisation: &OrganisationId' not in sig:
            continue
        body = lines[sig_end + 1:b]
        text = '\n'.join(body)
        if 'on_pool!(self, |pool|' not in text and 'in_transaction!(self, |tx|' not in text:
            continue
        text = text.replace('on_pool!(self, |pool|', 'in_organisation!(self, organisation, |tx|')
        text = text.replace('in_transaction!(self, |tx|', 'in_organisation_transaction!(self, organisation, |tx|')
        text = re.sub(r'\(pool\)', '(&mut *tx)', text)
        lines[sig_end + 1:b] = text.split('\n')
        converted.append(re.search(r'fn (\w+)', lines[a]).group(1))
    out = '\n'.join(lines)
    if converted:
        # imports
        def add_import(out, name):
            if re.search(r'\b' + name + r'\b', out.split('impl')[0]):
                return out
            return re.sub(r'use crate::\{', 'use crate::{' + name + ', ', out, count=1) if 'use crate::{' in out else out.replace('use crate::', 'use crate::{' + name + '}; use crate::', 1)
        if 'in_organisation!(' in out:
            out = add_import(out, 'in_organisation')
        if 'in_organisation_transaction!(' in out:
            out = add_import(out, 'in_organisation_transaction')
        open(path, 'w').write(out)
    return converted

for path in sys.argv[1:]:
    print(path, convert(path))
