"""Drives the unmodified Python flickrapi 2.1.2 against a Flickr emulator.

Usage: python3 python_flickrapi_flow.py BASE_URL API_KEY API_SECRET PHOTO REPLACEMENT

Runs the out-of-band OAuth flow as a console app would: it prints the authorize URL as a JSON
line {"ask": "verifier", "authorize_url": ...} and reads the verifier the user typed from
stdin. Then it makes calls, uploads and replaces a photo, and checks the token with the token
cache disabled. Each step's outcome (or its error) goes into one JSON line
{"result": {...}} on stdout, so one failing step does not hide the others.
"""

import json
import os
import sys
import traceback

import flickrapi
import flickrapi.auth as flickr_auth


def point_at(base):
    """Sends every Flickr URL the library knows to the emulator (class attributes)."""
    flickrapi.FlickrAPI.REST_URL = base + '/services/rest/'
    flickrapi.FlickrAPI.UPLOAD_URL = base + '/services/upload/'
    flickrapi.FlickrAPI.REPLACE_URL = base + '/services/replace/'
    flickr_auth.OAuthFlickrInterface.REQUEST_TOKEN_URL = base + '/services/oauth/request_token'
    flickr_auth.OAuthFlickrInterface.AUTHORIZE_URL = base + '/services/oauth/authorize'
    flickr_auth.OAuthFlickrInterface.ACCESS_TOKEN_URL = base + '/services/oauth/access_token'


def emit(message):
    sys.stdout.write(json.dumps(message) + '\n')
    sys.stdout.flush()


def photos_of(rsp):
    return [
        {'id': p.get('id'), 'owner': p.get('owner'), 'title': p.get('title')}
        for p in rsp.findall('photos/photo')
    ]


def main():
    base, key, secret, photo, replacement = sys.argv[1:6]
    point_at(base)
    result = {}

    def step(name, run):
        try:
            result[name] = run()
        except Exception as error:  # reported to the test, which asserts on it
            result[name] = {'error': '%s: %s' % (type(error).__name__, error),
                            'trace': traceback.format_exc(limit=3)}
        return result[name]

    flickr = flickrapi.FlickrAPI(key, secret, store_token=False, format='etree')

    def oob_flow():
        flickr.get_request_token(oauth_callback='oob')
        authorize_url = flickr.auth_url(perms='delete')
        emit({'ask': 'verifier', 'authorize_url': authorize_url})
        verifier = sys.stdin.readline().strip()
        flickr.get_access_token(verifier)
        token = flickr.token_cache.token
        return {'authorize_url': authorize_url, 'token': token.token,
                'token_secret_length': len(token.token_secret), 'username': token.username,
                'user_nsid': token.user_nsid, 'fullname': token.fullname,
                'access_level': token.access_level}

    flow = step('oob_flow', oob_flow)
    if 'error' in flow:
        emit({'result': result})
        return

    def test_login():
        user = flickr.test.login().find('user')
        return {'id': user.get('id'), 'username': user.findtext('username')}

    step('test_login', test_login)

    def search_json():
        raw = flickr.photos.search(user_id='me', per_page='5', format='json')
        parsed = json.loads(raw.decode('utf-8'))
        return {'raw_starts_with': raw[:1].decode('ascii'), 'stat': parsed['stat'],
                'page': parsed['photos']['page'], 'perpage': parsed['photos']['perpage'],
                'total': parsed['photos']['total'], 'photos': parsed['photos']['photo']}

    step('search_json', search_json)

    def search_etree():
        rsp = flickr.photos.search(user_id='me', per_page='5', extras='tags,url_m')
        photos = rsp.find('photos')
        return {'stat': rsp.get('stat'), 'page': photos.get('page'),
                'total': photos.get('total'), 'photos': photos_of(rsp),
                'url_m': [p.get('url_m') for p in rsp.findall('photos/photo')]}

    search = step('search_etree', search_etree)

    def set_tags():
        photo_id = search['photos'][0]['id']
        # Non-ASCII values test the signature's UTF-8 percent-encoding.
        flickr.photos.setTags(photo_id=photo_id, tags=u'harbour "blue hour" flickrapi-py caf\u00e9')
        info = flickr.photos.getInfo(photo_id=photo_id)
        return {'photo_id': photo_id,
                'tags': sorted(t.get('raw') for t in info.findall('photo/tags/tag'))}

    step('set_tags', set_tags)

    def upload():
        rsp = flickr.upload(photo, title='Harbour at dusk', tags='harbour dusk',
                            is_public='1', format='etree')
        photo_id = rsp.findtext('photoid')
        info = flickr.photos.getInfo(photo_id=photo_id).find('photo')
        sizes = flickr.photos.getSizes(photo_id=photo_id)
        return {'stat': rsp.get('stat'), 'photo_id': photo_id,
                'title': info.findtext('title'), 'owner': info.find('owner').get('nsid'),
                'tags': sorted(t.get('raw') for t in info.findall('tags/tag')),
                'original': [s.get('source') for s in sizes.findall('sizes/size')
                             if s.get('label') == 'Original']}

    uploaded = step('upload', upload)

    def replace():
        rsp = flickr.replace(replacement, photo_id=uploaded['photo_id'], format='etree')
        node = rsp.find('photoid')
        sizes = flickr.photos.getSizes(photo_id=node.text)
        return {'stat': rsp.get('stat'), 'photo_id': node.text, 'secret': node.get('secret'),
                'originalsecret': node.get('originalsecret'),
                'original': [s.get('source') for s in sizes.findall('sizes/size')
                             if s.get('label') == 'Original']}

    step('replace', replace)

    def token_check():
        token = flickr.token_cache.token
        check = flickr.auth.oauth.checkToken().find('oauth')
        # A fresh instance given the token, cache disabled: valid only for the level that was
        # really granted, since token_valid compares it with what checkToken reports.
        def claiming(level):
            claimed = flickr_auth.FlickrAccessToken(
                token.token, token.token_secret, level, token.fullname, token.username,
                token.user_nsid)
            return flickrapi.FlickrAPI(key, secret, store_token=False, token=claimed)

        as_granted = claiming(u'delete')
        as_write = claiming(u'write')
        return {'perms': check.findtext('perms'), 'token': check.findtext('token'),
                'user_nsid': check.find('user').get('nsid'),
                'valid_same_instance': flickr.token_valid(perms='delete'),
                'valid_as_granted': as_granted.token_valid(perms='write'),
                'valid_claiming_write': as_write.token_valid(perms='write'),
                'home_token_cache_exists': os.path.exists(
                    os.path.expanduser('~/.flickr/oauth-tokens.sqlite'))}

    step('token_check', token_check)

    def jsonp():
        # jsoncallback makes the library drop its default nojsoncallback=1; None removes it.
        named = flickr.test.echo(greeting='kia ora', format='json', jsoncallback='onEcho')
        default = flickr.test.echo(greeting='kia ora', format='json', nojsoncallback=None)
        return {'named': named.decode('utf-8'), 'default': default.decode('utf-8')}

    step('jsonp', jsonp)

    def async_upload():
        rsp = flickr.upload(photo, title='Harbour, later', format='etree', **{'async': '1'})
        ticket = rsp.findtext('ticketid')
        checked = flickr.photos.upload.checkTickets(tickets=ticket)
        node = checked.find('uploader/ticket')
        return {'stat': rsp.get('stat'), 'ticket': ticket, 'id': node.get('id'),
                'complete': node.get('complete'), 'photo_id': node.get('photoid')}

    step('async_upload', async_upload)

    def forged_secret():
        # The same requests signed with a token secret one character off must be refused.
        token = flickr.token_cache.token
        last = '1' if token.token_secret.endswith('0') else '0'
        forged = flickr_auth.FlickrAccessToken(
            token.token, token.token_secret[:-1] + last, token.access_level, token.fullname,
            token.username, token.user_nsid)
        impostor = flickrapi.FlickrAPI(key, secret, store_token=False, token=forged)
        refused = {}
        for name, call in (('rest', lambda: impostor.test.login()),
                           ('upload', lambda: impostor.upload(photo, format='etree'))):
            try:
                call()
                refused[name] = 'accepted'
            except flickrapi.FlickrError as error:
                refused[name] = str(error)
        return refused

    step('forged_secret', forged_secret)

    def unknown_method():
        try:
            flickr.photos.doesNotExist()
        except flickrapi.FlickrError as error:
            return {'code': error.code, 'message': str(error)}
        return {'error': 'no FlickrError raised'}

    step('unknown_method', unknown_method)
    emit({'result': result})


if __name__ == '__main__':
    main()
