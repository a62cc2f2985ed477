#!/usr/bin/python3
"""One upload through Python flickrapi 2.1.2 (`FlickrAPI.upload`).

Usage: upload-python.py --url URL --file PATH
Prints the time from the call to the parsed reply; the runner measures peak memory.
"""
import json
import sys
import time

import flickrapi
from flickrapi.auth import FlickrAccessToken

from bench_keys import BENCH_KEYS

args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
flickrapi.FlickrAPI.UPLOAD_URL = args['--url'] + '/services/upload/'
token = FlickrAccessToken(BENCH_KEYS['token'], BENCH_KEYS['tokenSecret'], 'write',
                          BENCH_KEYS['fullname'], BENCH_KEYS['username'], BENCH_KEYS['userNsid'])
api = flickrapi.FlickrAPI(BENCH_KEYS['apiKey'], BENCH_KEYS['apiSecret'], token=token,
                          store_token=False)
start = time.perf_counter()
reply = api.upload(args['--file'], title='bench upload')
seconds = time.perf_counter() - start
if reply.find('photoid') is None:
    raise SystemExit('upload-python: no photo id in the reply')
print(json.dumps({'seconds': seconds}))
