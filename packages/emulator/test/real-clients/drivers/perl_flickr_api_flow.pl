#!/usr/bin/perl
# Drives the unmodified Perl Flickr::API 1.28 against a Flickr emulator.
#
# Usage: perl perl_flickr_api_flow.pl BASE_URL API_KEY API_SECRET PHOTO
#
# Runs the OAuth flow with callback "oob": prints {"ask":"verifier","authorize_url":...} as a
# JSON line and reads the verifier the user typed from stdin. Then makes REST calls (read,
# a setter, checkToken), an upload, and a request signed with a wrong secret. Each step's
# outcome (or error) goes into one JSON line {"result":{...}} on stdout.
use strict;
use warnings;
use JSON::PP;
use Flickr::API;
use Flickr::API::Upload;    # not loaded by Flickr::API 1.28 itself

my ($base, $key, $secret, $photo) = @ARGV;
$| = 1;
my $json = JSON::PP->new->canonical;
my %result;

sub emit { print $json->encode($_[0]), "\n"; }

sub step {
    my ($name, $run) = @_;
    my $value = eval { $run->() };
    $result{$name} = defined $value ? $value : { error => ($@ || 'step returned nothing') };
    return $result{$name};
}

# Flickr::API::Response as_hash gives a hash for one child and an array for several.
sub as_list { my $v = shift; return !defined $v ? [] : ref $v eq 'ARRAY' ? $v : [$v]; }

sub call {
    my ($api, $method, $args) = @_;
    my $response = $api->execute_method($method, $args || {});
    return { success => $response->success ? JSON::PP::true : JSON::PP::false,
             code => $response->error_code, message => $response->error_message,
             http => $response->rc, hash => $response->as_hash };
}

my %uris = (
    rest_uri   => "$base/services/rest/",
    auth_uri   => "$base/services/oauth/authorize",
    upload_uri => "$base/services/upload/",
);
my $api = Flickr::API->new({ consumer_key => $key, consumer_secret => $secret, %uris });

my $flow = step('oauth_flow', sub {
    my $request = $api->oauth_request_token({
        callback => 'oob', request_token_url => "$base/services/oauth/request_token" });
    die "request token: $request\n" unless $request eq 'ok';
    my $request_token = $api->{oauth}{request_token};

    my $authorize_url = $api->oauth_authorize_uri({ perms => 'write' });
    emit({ ask => 'verifier', authorize_url => $authorize_url });
    my $verifier = <STDIN>;
    die "no verifier on stdin\n" unless defined $verifier;
    chomp $verifier;

    my $access = $api->oauth_access_token({
        token => $request_token->token, verifier => $verifier,
        access_token_url => "$base/services/oauth/access_token" });
    die "access token: $access\n" unless $access eq 'ok';
    my $granted = $api->{oauth}{access_token};

    return {
        callback_confirmed => $request_token->callback_confirmed,
        request_token => $request_token->token,
        authorize_url => $authorize_url,
        token => $granted->token,
        token_secret_length => length($granted->token_secret),
        extra => $granted->extra_params,
    };
});

if (!exists $flow->{error}) {
    step('permissions', sub { return { perms => $api->api_permissions() } });
    step('test_login', sub { return call($api, 'flickr.test.login') });

    my $search = step('photos_search', sub {
        my $r = call($api, 'flickr.photos.search', { user_id => 'me', per_page => 5 });
        $r->{photos} = as_list($r->{hash}{photos}{photo});
        return $r;
    });

    step('set_meta', sub {
        my $id = $search->{photos}[0]{id};
        my $set = call($api, 'flickr.photos.setMeta',
            { photo_id => $id, title => 'Quay at low tide', description => 'Set from Perl' });
        my $info = call($api, 'flickr.photos.getInfo', { photo_id => $id });
        return { photo_id => $id, set => $set, title => $info->{hash}{photo}{title},
                 description => $info->{hash}{photo}{description} };
    });

    step('upload', sub {
        my $response = $api->upload({ photo => $photo, title => 'Harbour from Perl',
                                      tags => 'harbour perl', is_public => 1 });
        die "upload refused before sending\n" unless $response;
        return { success => $response->success ? JSON::PP::true : JSON::PP::false,
                 code => $response->error_code, message => $response->error_message,
                 http => $response->rc, hash => $response->as_hash };
    });

    step('unknown_method', sub { return call($api, 'flickr.photos.doesNotExist') });
}

step('wrong_secret', sub {
    my $bad = Flickr::API->new({ consumer_key => $key, consumer_secret => "x$secret", %uris });
    local $SIG{__WARN__} = sub {};    # Flickr::API carps the refusal; the result says it
    my $problem = $bad->oauth_request_token({
        callback => 'oob', request_token_url => "$base/services/oauth/request_token" });
    return { problem => $problem };
});

emit({ result => \%result });
