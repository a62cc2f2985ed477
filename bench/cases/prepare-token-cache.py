#!/usr/bin/python3
"""Writes the benchmark access token into Python flickrapi's SQLite token cache,
$HOME/.flickr/oauth-tokens.sqlite (schema version 1, as flickrapi 2.1.2 defines it).
flickrapi-ts reads the same file.

The tables are created here rather than through flickrapi.tokencache.OAuthTokenCache: on
Python 3.11 its create_table() never commits, so a fresh file ends up without them.
"""
import os
import sqlite3

from bench_keys import BENCH_KEYS

directory = os.path.expanduser(os.path.join('~', '.flickr'))
os.makedirs(directory, exist_ok=True)
db = sqlite3.connect(os.path.join(directory, 'oauth-tokens.sqlite'))
db.executescript('''
    CREATE TABLE IF NOT EXISTS oauth_cache_db_version (version int not null);
    CREATE TABLE IF NOT EXISTS oauth_tokens (
        api_key varchar(64) not null,
        lookup_key varchar(64) not null default '',
        oauth_token varchar(64) not null,
        oauth_token_secret varchar(64) not null,
        access_level varchar(6) not null,
        fullname varchar(255) not null,
        username varchar(255) not null,
        user_nsid varchar(64) not null,
        PRIMARY KEY(api_key, lookup_key));
''')
if db.execute('SELECT version FROM oauth_cache_db_version').fetchone() is None:
    db.execute('INSERT INTO oauth_cache_db_version (version) VALUES (1)')
db.execute('INSERT OR REPLACE INTO oauth_tokens VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
           (BENCH_KEYS['apiKey'], '', BENCH_KEYS['token'], BENCH_KEYS['tokenSecret'], 'write',
            BENCH_KEYS['fullname'], BENCH_KEYS['username'], BENCH_KEYS['userNsid']))
db.commit()
db.close()
print('{"seeded": true}')
