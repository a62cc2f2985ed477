"""The keys Python cases sign with: the same values as bench/lib/keys.mjs."""
import json
import os
import re

_source = open(os.path.join(os.path.dirname(__file__), '..', 'lib', 'keys.mjs')).read()
BENCH_KEYS = dict(re.findall(r"(\w+): '([^']*)'", _source))
