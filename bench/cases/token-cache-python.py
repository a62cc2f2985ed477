#!/usr/bin/python3
"""Token cache look-ups or writes with Python flickrapi 2.1.2's OAuthTokenCache (a new
SQLite connection per access), in one process of several sharing
$HOME/.flickr/oauth-tokens.sqlite, prepared by prepare-token-cache.py.

Usage: HOME=DIR token-cache-python.py --worker I --duration-ms N
Looks up the seeded token, then stores this worker's own token, each phase started in step
with the other workers (see lib/workers.mjs).
"""
import json
import sys
import time

from flickrapi.auth import FlickrAccessToken
from flickrapi.tokencache import OAuthTokenCache

from bench_keys import BENCH_KEYS

args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
token = FlickrAccessToken(BENCH_KEYS['token'], BENCH_KEYS['tokenSecret'], 'write',
                          BENCH_KEYS['fullname'], BENCH_KEYS['username'], BENCH_KEYS['userNsid'])
reader = OAuthTokenCache(BENCH_KEYS['apiKey'], '')
writer = OAuthTokenCache(BENCH_KEYS['apiKey'], 'worker-' + args.get('--worker', '0'))


def lookup():
    if reader.token is None:
        raise SystemExit('token-cache-python: the seeded token is missing')


def write():
    writer.token = token


duration = float(args.get('--duration-ms', 1000)) / 1000
for op in (lookup, write):
    op()
    print('ready', flush=True)
    sys.stdin.readline()
    start = time.perf_counter()
    deadline = start + duration
    ops = 0
    while time.perf_counter() < deadline:
        for _ in range(16):
            op()
        ops += 16
    print(json.dumps({'ops': ops, 'seconds': time.perf_counter() - start}), flush=True)
