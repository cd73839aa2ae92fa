"""Converts the remaining on_pool!/in_transaction! uses to as_system!/in_system_transaction!."""
import re, sys

def convert(path):
    src = open(path).read()
    lines = src.split('\n')
    out = []
    depth_mode = False
    i = 0
    count = 0
    # Replace macro heads; then replace (pool) with (&mut *tx) only inside the macro invocation
    # (tracked by parenthesis depth from the macro head).
    text = src
    result = []
    pos = 0
    pattern = re.compile(r'on_pool!\((self|store), \|pool\|')
    pattern_tx = re.compile(r'in_transaction!\((self|store), \|tx\|')
    while True:
        m1 = pattern.search(text, pos)
        m2 = pattern_tx.search(text, pos)
        candidates = [m for m in (m1, m2) if m]
        if not candidates:
            result.append(text[pos:])
            break
        m = min(candidates, key=lambda m: m.start())
        result.append(text[pos:m.start()])
        # find the matching close paren of the macro invocation
        start = m.start() + m.group(0).index('(')
        depth = 0
        j = start
        while True:
            c = text[j]
            if c == '(':
                depth += 1
            elif c == ')':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        inner = text[m.end():j]
        if m.re is pattern:
            head = f'as_system!({m.group(1)}, |tx|'
            inner = re.sub(r'\(pool\)', '(&mut *tx)', inner)
        else:
            head = f'in_system_transaction!({m.group(1)}, |tx|'
        result.append(head + inner + ')')
        pos = j + 1
        count += 1
    out = ''.join(result)
    if count:
        for name in ['as_system', 'in_system_transaction']:
            if name + '!(' in out and not re.search(r'\b' + name + r'\b', out.split('\nimpl')[0].split('\nmacro_rules')[0]):
                if 'use crate::{' in out:
                    out = out.replace('use crate::{', 'use crate::{' + name + ', ', 1)
                else:
                    out = re.sub(r'(use crate::)(\w+);', r'\1{\2, ' + name + '};', out, count=1)
        open(path, 'w').write(out)
    return count

for path in sys.argv[1:]:
    print(path, convert(path))
