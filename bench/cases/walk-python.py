#!/usr/bin/python3
"""A walk over every photo of a user with Python flickrapi 2.1.2's own walker
(FlickrAPI.walk_user, page after page, 500 per page).

Usage: walk-python.py --url URL --expect N
"""
import json
import sys
import time

import flickrapi
from flickrapi.auth import FlickrAccessToken

from bench_keys import BENCH_KEYS

args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
flickrapi.FlickrAPI.REST_URL = args['--url'] + '/services/rest/'
token = FlickrAccessToken(BENCH_KEYS['token'], BENCH_KEYS['tokenSecret'], 'write',
                          BENCH_KEYS['fullname'], BENCH_KEYS['username'], BENCH_KEYS['userNsid'])
api = flickrapi.FlickrAPI(BENCH_KEYS['apiKey'], BENCH_KEYS['apiSecret'], token=token,
                          store_token=False)
start = time.perf_counter()
try:
    ids = [photo.get('id') for photo in api.walk_user('me', per_page=500)]
except AttributeError as error:
    # flickrapi 2.1.2 calls Element.getchildren(), which Python 3.9 removed.
    raise SystemExit('walk-python: flickrapi.walk_user is broken on this Python: %s' % error)
seconds = time.perf_counter() - start
expected = int(args['--expect'])
if len(ids) != expected or len(set(ids)) != expected:
    raise SystemExit('walk-python: expected %d distinct photos, got %d' % (expected, len(ids)))
print(json.dumps({'seconds': seconds, 'photos': len(ids)}))
