#!/usr/bin/python3
"""Signed calls through Python flickrapi 2.1.2 (Debian python3-flickrapi), one at a time.

Usage: calls-python.py --url URL --warmup-ms N --duration-ms N
Prints one JSON line: calls, seconds, cpuMs, callsPerSec, cpuMsPerCall (process CPU).
"""
import json
import sys
import time

import flickrapi
from flickrapi.auth import FlickrAccessToken

from bench_keys import BENCH_KEYS


def main():
    args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
    base = args['--url']
    flickrapi.FlickrAPI.REST_URL = base + '/services/rest/'
    token = FlickrAccessToken(BENCH_KEYS['token'], BENCH_KEYS['tokenSecret'], 'write',
                              BENCH_KEYS['fullname'], BENCH_KEYS['username'],
                              BENCH_KEYS['userNsid'])
    api = flickrapi.FlickrAPI(BENCH_KEYS['apiKey'], BENCH_KEYS['apiSecret'], token=token,
                              store_token=False, format='parsed-json')

    def loop_for(ms):
        deadline = time.perf_counter() + ms / 1000
        calls = 0
        while time.perf_counter() < deadline:
            api.test.login()
            calls += 1
        return calls

    loop_for(float(args.get('--warmup-ms', 300)))
    cpu_start = time.process_time()
    start = time.perf_counter()
    calls = loop_for(float(args.get('--duration-ms', 1500)))
    seconds = time.perf_counter() - start
    cpu_ms = (time.process_time() - cpu_start) * 1000
    print(json.dumps({'calls': calls, 'seconds': seconds, 'cpuMs': cpu_ms,
                      'callsPerSec': calls / seconds, 'cpuMsPerCall': cpu_ms / calls}))


main()
