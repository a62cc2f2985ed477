#!/usr/bin/python3
"""OAuth 1.0a signing alone with Python oauthlib (the signer under Python flickrapi).

Usage: sign-oauthlib.py --duration-ms N  |  sign-oauthlib.py --check 1
Signs the parameter set of bench/lib/sign-params.json as a form body, as requests-oauthlib
does, one complete signature (nonce, timestamp) per iteration.
"""
import json
import os
import sys
import time
from urllib.parse import parse_qs, urlencode

from oauthlib.oauth1 import Client

from bench_keys import BENCH_KEYS

args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
spec = json.load(open(os.path.join(os.path.dirname(__file__), '..', 'lib', 'sign-params.json')))
check = args.get('--check') == '1'
extra = {'nonce': spec['checkNonce'], 'timestamp': spec['checkTimestamp']} if check else {}
client = Client(BENCH_KEYS['apiKey'], client_secret=BENCH_KEYS['apiSecret'],
                resource_owner_key=BENCH_KEYS['token'],
                resource_owner_secret=BENCH_KEYS['tokenSecret'], **extra)
headers = {'Content-Type': 'application/x-www-form-urlencoded'}


def sign():
    body = urlencode(spec['params'])
    _, signed_headers, _ = client.sign(spec['url'], http_method=spec['method'], body=body,
                                       headers=headers)
    return signed_headers['Authorization']


if check:
    auth = sign()
    sig = auth.split('oauth_signature="', 1)[1].split('"', 1)[0]
    print(json.dumps({'signature': parse_qs('s=' + sig)['s'][0]}))
    sys.exit(0)

duration = float(args.get('--duration-ms', 1000)) / 1000


def sign_for(seconds):
    deadline = time.perf_counter() + seconds
    count = 0
    while time.perf_counter() < deadline:
        for _ in range(16):
            sign()
        count += 16
    return count


sign_for(0.5)
cpu_start = time.process_time()
start = time.perf_counter()
n = sign_for(duration)
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - cpu_start
print(json.dumps({'signatures': n, 'seconds': seconds, 'cpuSeconds': cpu_seconds,
                  'perSec': n / seconds, 'perCpuSec': n / cpu_seconds,
                  'usPerSignature': 1e6 * cpu_seconds / n}))
