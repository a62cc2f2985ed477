#!/usr/bin/python3
"""Process start to first authenticated call with Python flickrapi 2.1.2, its token read from
its own SQLite cache ($HOME/.flickr/oauth-tokens.sqlite, prepared by the runner).

The process is what is timed, so it imports nothing but the library: the runner passes the keys.

Usage: HOME=DIR first-call-python.py --url URL --key K --secret S --token T
"""
import sys

import flickrapi

args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
flickrapi.FlickrAPI.REST_URL = args['--url'] + '/services/rest/'
api = flickrapi.FlickrAPI(args['--key'], args['--secret'], format='parsed-json')
cached = api.token_cache.token
if cached is None or cached.token != args['--token']:
    raise SystemExit('first-call-python: the cached token was not found')
reply = api.test.login()
if reply['stat'] != 'ok':
    raise SystemExit('first-call-python: call failed')
