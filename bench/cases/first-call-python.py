#!/usr/bin/python3
"""Process start to first authenticated call with Python flickrapi 2.1.2, its token read from
its own SQLite cache ($HOME/.flickr/oauth-tokens.sqlite, prepared by the runner).

Usage: HOME=DIR first-call-python.py --url URL
"""
import sys

import flickrapi

from bench_keys import BENCH_KEYS

args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
flickrapi.FlickrAPI.REST_URL = args['--url'] + '/services/rest/'
api = flickrapi.FlickrAPI(BENCH_KEYS['apiKey'], BENCH_KEYS['apiSecret'], format='parsed-json')
if api.token_cache.token is None:
    raise SystemExit('first-call-python: no cached token found')
reply = api.test.login()
if reply['stat'] != 'ok':
    raise SystemExit('first-call-python: call failed')
