// GENERATED FILE, DO NOT EDIT. Generated from spec/flickr-methods.json by
// packages/flickrapi/scripts/generate-methods.mjs; regenerate with `npm run generate`.
/**
 * Every Flickr method: its arguments, the permission it needs, whether it must be signed, and
 * the HTTP method it is sent with (POST for write and delete methods, which Flickr refuses
 * over GET with error 116).
 */
import type { MethodInfo } from '../method-info.js';
import { MethodCatalogue } from '../method-rows.js';

/** Each method's entry in {@link METHOD_TABLE}, its values as literal types. */
export type MethodTable = {
  readonly 'flickr.activity.userComments': {
    readonly required: readonly [];
    readonly optional: readonly ['per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.activity.userPhotos': {
    readonly required: readonly [];
    readonly optional: readonly ['timeframe', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.auth.checkToken': {
    readonly required: readonly ['auth_token'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.auth.getFrob': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.auth.getFullToken': {
    readonly required: readonly ['mini_token'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.auth.getToken': {
    readonly required: readonly ['frob'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.auth.oauth.checkToken': {
    readonly required: readonly [];
    readonly optional: readonly ['oauth_token'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.auth.oauth.getAccessToken': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.blogs.getList': {
    readonly required: readonly [];
    readonly optional: readonly ['service'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.blogs.getServices': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.blogs.postPhoto': {
    readonly required: readonly ['photo_id', 'title', 'description'];
    readonly optional: readonly ['blog_id', 'blog_password', 'service'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.cameras.getBrandModels': {
    readonly required: readonly ['brand'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.cameras.getBrands': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.collections.getInfo': {
    readonly required: readonly ['collection_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.collections.getTree': {
    readonly required: readonly [];
    readonly optional: readonly ['collection_id', 'user_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.commons.getInstitutions': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.contacts.getList': {
    readonly required: readonly [];
    readonly optional: readonly ['filter', 'page', 'per_page', 'sort'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.contacts.getListRecentlyUploaded': {
    readonly required: readonly [];
    readonly optional: readonly ['date_lastupload', 'filter'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.contacts.getPublicList': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.contacts.getTaggingSuggestions': {
    readonly required: readonly [];
    readonly optional: readonly ['per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.favorites.add': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.favorites.getContext': {
    readonly required: readonly ['photo_id', 'user_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.favorites.getList': {
    readonly required: readonly [];
    readonly optional: readonly [
      'user_id',
      'min_fave_date',
      'max_fave_date',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.favorites.getPublicList': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly ['min_fave_date', 'max_fave_date', 'extras', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.favorites.remove': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.galleries.addPhoto': {
    readonly required: readonly ['gallery_id', 'photo_id'];
    readonly optional: readonly ['comment', 'full_response'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.galleries.create': {
    readonly required: readonly ['title', 'description'];
    readonly optional: readonly ['primary_photo_id', 'full_result'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.galleries.editMeta': {
    readonly required: readonly ['gallery_id', 'title'];
    readonly optional: readonly ['description'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.galleries.editPhoto': {
    readonly required: readonly ['gallery_id', 'photo_id', 'comment'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.galleries.editPhotos': {
    readonly required: readonly ['gallery_id', 'primary_photo_id', 'photo_ids'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.galleries.getInfo': {
    readonly required: readonly ['gallery_id'];
    readonly optional: readonly ['primary_photo_size', 'cover_photos_size', 'limit', 'short_limit'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.galleries.getList': {
    readonly required: readonly ['user_id', 'continuation', 'short_limit'];
    readonly optional: readonly [
      'per_page',
      'page',
      'primary_photo_extras',
      'sort_groups',
      'photo_ids',
      'cover_photos',
      'primary_photo_cover_size',
      'cover_photos_size',
      'limit',
    ];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.galleries.getListForPhoto': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.galleries.getPhotos': {
    readonly required: readonly ['gallery_id'];
    readonly optional: readonly [
      'continuation',
      'get_user_info',
      'get_gallery_info',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.galleries.removePhoto': {
    readonly required: readonly ['gallery_id', 'photo_id', 'full_response'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.discuss.replies.add': {
    readonly required: readonly ['group_id', 'topic_id', 'message'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.discuss.replies.delete': {
    readonly required: readonly ['group_id', 'topic_id', 'reply_id'];
    readonly optional: readonly [];
    readonly perms: 'delete';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.discuss.replies.edit': {
    readonly required: readonly ['group_id', 'topic_id', 'reply_id', 'message'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.discuss.replies.getInfo': {
    readonly required: readonly ['group_id', 'topic_id', 'reply_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.discuss.replies.getList': {
    readonly required: readonly ['group_id', 'topic_id', 'per_page'];
    readonly optional: readonly ['page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.discuss.topics.add': {
    readonly required: readonly ['group_id', 'subject', 'message'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.discuss.topics.getInfo': {
    readonly required: readonly ['group_id', 'topic_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.discuss.topics.getList': {
    readonly required: readonly ['group_id'];
    readonly optional: readonly ['per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.getInfo': {
    readonly required: readonly ['group_id'];
    readonly optional: readonly ['group_path_alias', 'lang'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.join': {
    readonly required: readonly ['group_id'];
    readonly optional: readonly ['accept_rules'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.joinRequest': {
    readonly required: readonly ['group_id', 'message', 'accept_rules'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.leave': {
    readonly required: readonly ['group_id'];
    readonly optional: readonly ['delete_photos'];
    readonly perms: 'delete';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.members.getList': {
    readonly required: readonly ['group_id'];
    readonly optional: readonly ['membertypes', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.pools.add': {
    readonly required: readonly ['photo_id', 'group_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.pools.getContext': {
    readonly required: readonly ['photo_id', 'group_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.pools.getGroups': {
    readonly required: readonly [];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.pools.getPhotos': {
    readonly required: readonly ['group_id'];
    readonly optional: readonly ['tags', 'user_id', 'extras', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.groups.pools.remove': {
    readonly required: readonly ['photo_id', 'group_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.groups.search': {
    readonly required: readonly ['text'];
    readonly optional: readonly ['per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.interestingness.getList': {
    readonly required: readonly [];
    readonly optional: readonly ['date', 'extras', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.machinetags.getNamespaces': {
    readonly required: readonly [];
    readonly optional: readonly ['predicate', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.machinetags.getPairs': {
    readonly required: readonly [];
    readonly optional: readonly ['namespace', 'predicate', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.machinetags.getPredicates': {
    readonly required: readonly [];
    readonly optional: readonly ['namespace', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.machinetags.getRecentValues': {
    readonly required: readonly [];
    readonly optional: readonly ['namespace', 'predicate', 'added_since'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.machinetags.getValues': {
    readonly required: readonly ['namespace', 'predicate'];
    readonly optional: readonly ['per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.panda.getList': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.panda.getPhotos': {
    readonly required: readonly ['panda_name'];
    readonly optional: readonly ['extras', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.findByEmail': {
    readonly required: readonly ['find_email'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.findByUsername': {
    readonly required: readonly ['username'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.getGroups': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly ['extras'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.getInfo': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.getLimits': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.getPhotos': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly [
      'safe_search',
      'min_upload_date',
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
      'content_type',
      'content_types',
      'privacy_filter',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.getPhotosOf': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly ['owner_id', 'extras', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.getPublicGroups': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.getPublicPhotos': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly ['safe_search', 'extras', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.people.getUploadStatus': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.addTags': {
    readonly required: readonly ['photo_id', 'tags'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.comments.addComment': {
    readonly required: readonly ['photo_id', 'comment_text'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.comments.deleteComment': {
    readonly required: readonly ['comment_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.comments.editComment': {
    readonly required: readonly ['comment_id', 'comment_text'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.comments.getList': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['min_comment_date', 'max_comment_date'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.comments.getRecentForContacts': {
    readonly required: readonly [];
    readonly optional: readonly [
      'date_lastcomment',
      'contacts_filter',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.delete': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'delete';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.geo.batchCorrectLocation': {
    readonly required: readonly ['lat', 'lon', 'accuracy'];
    readonly optional: readonly ['place_id', 'woe_id'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.geo.correctLocation': {
    readonly required: readonly ['photo_id', 'foursquare_id'];
    readonly optional: readonly ['place_id', 'woe_id'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.geo.getLocation': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['extras'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.geo.getPerms': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.geo.photosForLocation': {
    readonly required: readonly ['lat', 'lon'];
    readonly optional: readonly ['accuracy', 'extras', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.geo.removeLocation': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.geo.setContext': {
    readonly required: readonly ['photo_id', 'context'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.geo.setLocation': {
    readonly required: readonly ['photo_id', 'lat', 'lon'];
    readonly optional: readonly ['accuracy', 'context'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.geo.setPerms': {
    readonly required: readonly ['is_public', 'is_contact', 'is_friend', 'is_family', 'photo_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.getAllContexts': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getContactsPhotos': {
    readonly required: readonly [];
    readonly optional: readonly ['count', 'just_friends', 'single_photo', 'include_self', 'extras'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getContactsPublicPhotos': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly ['count', 'just_friends', 'single_photo', 'include_self', 'extras'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getContext': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getCounts': {
    readonly required: readonly [];
    readonly optional: readonly ['dates', 'taken_dates'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getExif': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['secret'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getFavorites': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getInfo': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['secret'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getNotInSet': {
    readonly required: readonly [];
    readonly optional: readonly [
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
      'privacy_filter',
      'media',
      'min_upload_date',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getPerms': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getPopular': {
    readonly required: readonly [];
    readonly optional: readonly ['user_id', 'sort', 'extras', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getRecent': {
    readonly required: readonly [];
    readonly optional: readonly ['extras', 'per_page', 'page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getSizes': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getUntagged': {
    readonly required: readonly [];
    readonly optional: readonly [
      'min_upload_date',
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
      'privacy_filter',
      'media',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getWithGeoData': {
    readonly required: readonly [];
    readonly optional: readonly [
      'min_upload_date',
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
      'privacy_filter',
      'sort',
      'media',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.getWithoutGeoData': {
    readonly required: readonly [];
    readonly optional: readonly [
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
      'privacy_filter',
      'sort',
      'media',
      'min_upload_date',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.licenses.getInfo': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.licenses.getLicenseHistory': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.licenses.setLicense': {
    readonly required: readonly ['photo_id', 'license_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.notes.add': {
    readonly required: readonly ['photo_id', 'note_x', 'note_y', 'note_w', 'note_h', 'note_text'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.notes.delete': {
    readonly required: readonly ['note_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.notes.edit': {
    readonly required: readonly ['note_id', 'note_x', 'note_y', 'note_w', 'note_h', 'note_text'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.people.add': {
    readonly required: readonly ['photo_id', 'user_id'];
    readonly optional: readonly ['person_x', 'person_y', 'person_w', 'person_h'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.people.delete': {
    readonly required: readonly ['photo_id', 'user_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.people.deleteCoords': {
    readonly required: readonly ['photo_id', 'user_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.people.editCoords': {
    readonly required: readonly [
      'photo_id',
      'user_id',
      'person_x',
      'person_y',
      'person_w',
      'person_h',
    ];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.people.getList': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.recentlyUpdated': {
    readonly required: readonly ['min_date'];
    readonly optional: readonly ['extras', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.removeTag': {
    readonly required: readonly ['tag_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.search': {
    readonly required: readonly [];
    readonly optional: readonly [
      'user_id',
      'tags',
      'tag_mode',
      'text',
      'min_upload_date',
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
      'license',
      'sort',
      'privacy_filter',
      'bbox',
      'accuracy',
      'safe_search',
      'content_type',
      'content_types',
      'video_content_types',
      'machine_tags',
      'machine_tag_mode',
      'group_id',
      'contacts',
      'woe_id',
      'place_id',
      'media',
      'has_geo',
      'geo_context',
      'lat',
      'lon',
      'radius',
      'radius_units',
      'is_commons',
      'in_gallery',
      'is_getty',
      'extras',
      'per_page',
      'page',
    ];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.setContentType': {
    readonly required: readonly ['photo_id', 'content_type'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.setDates': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['date_posted', 'date_taken', 'date_taken_granularity'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.setMeta': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['title', 'description'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.setPerms': {
    readonly required: readonly ['photo_id', 'is_public', 'is_friend', 'is_family'];
    readonly optional: readonly ['perm_comment', 'perm_addmeta'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.setSafetyLevel': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly ['safety_level', 'hidden'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.setTags': {
    readonly required: readonly ['photo_id', 'tags'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.suggestions.approveSuggestion': {
    readonly required: readonly ['suggestion_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.suggestions.getList': {
    readonly required: readonly [];
    readonly optional: readonly ['photo_id', 'status_id'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photos.suggestions.rejectSuggestion': {
    readonly required: readonly ['suggestion_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.suggestions.removeSuggestion': {
    readonly required: readonly ['suggestion_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.suggestions.suggestLocation': {
    readonly required: readonly ['photo_id', 'lat', 'lon'];
    readonly optional: readonly ['accuracy', 'woe_id', 'place_id', 'note'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.transform.rotate': {
    readonly required: readonly ['photo_id', 'degrees'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photos.upload.checkTickets': {
    readonly required: readonly ['tickets'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photosets.addPhoto': {
    readonly required: readonly ['photoset_id', 'photo_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.comments.addComment': {
    readonly required: readonly ['photoset_id', 'comment_text'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.comments.deleteComment': {
    readonly required: readonly ['comment_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.comments.editComment': {
    readonly required: readonly ['comment_id', 'comment_text'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.comments.getList': {
    readonly required: readonly ['photoset_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photosets.create': {
    readonly required: readonly ['title', 'primary_photo_id'];
    readonly optional: readonly ['description'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.delete': {
    readonly required: readonly ['photoset_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.editMeta': {
    readonly required: readonly ['photoset_id', 'title'];
    readonly optional: readonly ['description'];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.editPhotos': {
    readonly required: readonly ['photoset_id', 'primary_photo_id', 'photo_ids'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.getContext': {
    readonly required: readonly ['photo_id', 'photoset_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photosets.getInfo': {
    readonly required: readonly ['photoset_id', 'user_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photosets.getList': {
    readonly required: readonly [];
    readonly optional: readonly [
      'user_id',
      'page',
      'per_page',
      'primary_photo_extras',
      'photo_ids',
      'sort_groups',
    ];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photosets.getPhotos': {
    readonly required: readonly ['photoset_id', 'user_id'];
    readonly optional: readonly ['extras', 'per_page', 'page', 'privacy_filter', 'media'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.photosets.orderSets': {
    readonly required: readonly ['photoset_ids'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.removePhoto': {
    readonly required: readonly ['photoset_id', 'photo_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.removePhotos': {
    readonly required: readonly ['photoset_id', 'photo_ids'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.reorderPhotos': {
    readonly required: readonly ['photoset_id', 'photo_ids'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.photosets.setPrimaryPhoto': {
    readonly required: readonly ['photoset_id', 'photo_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.places.find': {
    readonly required: readonly ['query'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.findByLatLon': {
    readonly required: readonly ['lat', 'lon'];
    readonly optional: readonly ['accuracy'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.getChildrenWithPhotosPublic': {
    readonly required: readonly [];
    readonly optional: readonly ['place_id', 'woe_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.getInfo': {
    readonly required: readonly [];
    readonly optional: readonly ['place_id', 'woe_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.getInfoByUrl': {
    readonly required: readonly ['url'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.getPlaceTypes': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.getShapeHistory': {
    readonly required: readonly [];
    readonly optional: readonly ['place_id', 'woe_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.getTopPlacesList': {
    readonly required: readonly ['place_type_id'];
    readonly optional: readonly ['date', 'woe_id', 'place_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.placesForBoundingBox': {
    readonly required: readonly ['bbox'];
    readonly optional: readonly ['place_type', 'place_type_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.placesForContacts': {
    readonly required: readonly [];
    readonly optional: readonly [
      'place_type',
      'place_type_id',
      'woe_id',
      'place_id',
      'threshold',
      'contacts',
      'min_upload_date',
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
    ];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.placesForTags': {
    readonly required: readonly ['place_type_id'];
    readonly optional: readonly [
      'woe_id',
      'place_id',
      'threshold',
      'tags',
      'tag_mode',
      'machine_tags',
      'machine_tag_mode',
      'min_upload_date',
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
    ];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.placesForUser': {
    readonly required: readonly [];
    readonly optional: readonly [
      'place_type_id',
      'place_type',
      'woe_id',
      'place_id',
      'threshold',
      'min_upload_date',
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
    ];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.resolvePlaceId': {
    readonly required: readonly ['place_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.resolvePlaceURL': {
    readonly required: readonly ['url'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.places.tagsForPlace': {
    readonly required: readonly [];
    readonly optional: readonly [
      'woe_id',
      'place_id',
      'min_upload_date',
      'max_upload_date',
      'min_taken_date',
      'max_taken_date',
    ];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.prefs.getContentType': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.prefs.getGeoPerms': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.prefs.getHidden': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.prefs.getPrivacy': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.prefs.getSafetyLevel': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.profile.getProfile': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.push.getSubscriptions': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.push.getTopics': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.push.subscribe': {
    readonly required: readonly ['topic', 'callback', 'verify'];
    readonly optional: readonly [
      'verify_token',
      'lease_seconds',
      'woe_ids',
      'place_ids',
      'lat',
      'lon',
      'radius',
      'radius_units',
      'accuracy',
      'nsids',
      'tags',
    ];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.push.unsubscribe': {
    readonly required: readonly ['topic', 'callback', 'verify'];
    readonly optional: readonly ['verify_token'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.reflection.getMethodInfo': {
    readonly required: readonly ['method_name'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.reflection.getMethods': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getCSVFiles': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getCollectionDomains': {
    readonly required: readonly ['date'];
    readonly optional: readonly ['collection_id', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getCollectionReferrers': {
    readonly required: readonly ['date', 'domain'];
    readonly optional: readonly ['collection_id', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getCollectionStats': {
    readonly required: readonly ['date', 'collection_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getMostPopularPhotoDateRange': {
    readonly required: readonly ['date_until', 'num_days'];
    readonly optional: readonly ['sort'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotoDomains': {
    readonly required: readonly ['date'];
    readonly optional: readonly ['photo_id', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotoReferrers': {
    readonly required: readonly ['date', 'domain'];
    readonly optional: readonly ['photo_id', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotoStats': {
    readonly required: readonly ['date', 'photo_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotosetDomains': {
    readonly required: readonly ['date'];
    readonly optional: readonly ['photoset_id', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotosetReferrers': {
    readonly required: readonly ['date', 'domain'];
    readonly optional: readonly ['photoset_id', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotosetStats': {
    readonly required: readonly ['date', 'photoset_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotostreamDomains': {
    readonly required: readonly ['date'];
    readonly optional: readonly ['per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotostreamReferrers': {
    readonly required: readonly ['date', 'domain'];
    readonly optional: readonly ['per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPhotostreamStats': {
    readonly required: readonly ['date'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getPopularPhotos': {
    readonly required: readonly [];
    readonly optional: readonly ['date', 'sort', 'per_page', 'page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.stats.getTotalViews': {
    readonly required: readonly [];
    readonly optional: readonly ['date'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getClusterPhotos': {
    readonly required: readonly ['tag', 'cluster_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getClusters': {
    readonly required: readonly ['tag'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getHotList': {
    readonly required: readonly [];
    readonly optional: readonly ['period', 'count'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getListPhoto': {
    readonly required: readonly ['photo_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getListUser': {
    readonly required: readonly [];
    readonly optional: readonly ['user_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getListUserPopular': {
    readonly required: readonly [];
    readonly optional: readonly ['user_id', 'count'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getListUserRaw': {
    readonly required: readonly [];
    readonly optional: readonly ['tag'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getMostFrequentlyUsed': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.tags.getRelated': {
    readonly required: readonly ['tag'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.test.echo': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.test.login': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.test.null': {
    readonly required: readonly [];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.addTestimonial': {
    readonly required: readonly ['user_id', 'testimonial_text'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.testimonials.approveTestimonial': {
    readonly required: readonly ['testimonial_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.testimonials.deleteTestimonial': {
    readonly required: readonly ['testimonial_id'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.testimonials.editTestimonial': {
    readonly required: readonly ['user_id', 'testimonial_id', 'testimonial_text'];
    readonly optional: readonly [];
    readonly perms: 'write';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'POST';
  };
  readonly 'flickr.testimonials.getAllTestimonialsAbout': {
    readonly required: readonly [];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.getAllTestimonialsAboutBy': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.getAllTestimonialsBy': {
    readonly required: readonly [];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.getPendingTestimonialsAbout': {
    readonly required: readonly [];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.getPendingTestimonialsAboutBy': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.getPendingTestimonialsBy': {
    readonly required: readonly [];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.getTestimonialsAbout': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.getTestimonialsAboutBy': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly [];
    readonly perms: 'read';
    readonly login: true;
    readonly signed: true;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.testimonials.getTestimonialsBy': {
    readonly required: readonly ['user_id'];
    readonly optional: readonly ['page', 'per_page'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.urls.getGroup': {
    readonly required: readonly ['group_id'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.urls.getUserPhotos': {
    readonly required: readonly [];
    readonly optional: readonly ['user_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.urls.getUserProfile': {
    readonly required: readonly [];
    readonly optional: readonly ['user_id'];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.urls.lookupGallery': {
    readonly required: readonly ['url'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.urls.lookupGroup': {
    readonly required: readonly ['url'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
  readonly 'flickr.urls.lookupUser': {
    readonly required: readonly ['url'];
    readonly optional: readonly [];
    readonly perms: 'none';
    readonly login: false;
    readonly signed: false;
    readonly httpMethod: 'GET';
  };
};

const CATALOGUE = new MethodCatalogue([
  'activity.userComments||per_page,page|read|1|1',
  'activity.userPhotos||timeframe,per_page,page|read|1|1',
  'auth.checkToken|auth_token||none|0|0',
  'auth.getFrob|||none|0|0',
  'auth.getFullToken|mini_token||none|0|0',
  'auth.getToken|frob||none|0|0',
  'auth.oauth.checkToken||oauth_token|none|0|1',
  'auth.oauth.getAccessToken|||none|0|1',
  'blogs.getList||service|read|1|1',
  'blogs.getServices|||none|0|0',
  'blogs.postPhoto|photo_id,title,description|blog_id,blog_password,service|write|1|1',
  'cameras.getBrandModels|brand||none|0|0',
  'cameras.getBrands|||none|0|0',
  'collections.getInfo|collection_id||read|1|1',
  'collections.getTree||collection_id,user_id|none|0|0',
  'commons.getInstitutions|||none|0|0',
  'contacts.getList||filter,page,per_page,sort|read|1|1',
  'contacts.getListRecentlyUploaded||date_lastupload,filter|read|1|1',
  'contacts.getPublicList|user_id|page,per_page|none|0|0',
  'contacts.getTaggingSuggestions||per_page,page|read|1|1',
  'favorites.add|photo_id||write|1|1',
  'favorites.getContext|photo_id,user_id||none|0|0',
  'favorites.getList||user_id,min_fave_date,max_fave_date,extras,per_page,page|none|0|0',
  'favorites.getPublicList|user_id|min_fave_date,max_fave_date,extras,per_page,page|none|0|0',
  'favorites.remove|photo_id||write|1|1',
  'galleries.addPhoto|gallery_id,photo_id|comment,full_response|write|1|1',
  'galleries.create|title,description|primary_photo_id,full_result|write|1|1',
  'galleries.editMeta|gallery_id,title|description|write|1|1',
  'galleries.editPhoto|gallery_id,photo_id,comment||write|1|1',
  'galleries.editPhotos|gallery_id,primary_photo_id,photo_ids||write|1|1',
  'galleries.getInfo|gallery_id|primary_photo_size,cover_photos_size,limit,'
    + 'short_limit|none|0|0',
  'galleries.getList|user_id,continuation,short_limit|per_page,page,primary_photo_extras,'
    + 'sort_groups,photo_ids,cover_photos,primary_photo_cover_size,cover_photos_size,'
    + 'limit|none|0|0',
  'galleries.getListForPhoto|photo_id|per_page,page|none|0|0',
  'galleries.getPhotos|gallery_id|continuation,get_user_info,get_gallery_info,extras,per_page,'
    + 'page|none|0|0',
  'galleries.removePhoto|gallery_id,photo_id,full_response||write|1|1',
  'groups.discuss.replies.add|group_id,topic_id,message||write|1|1',
  'groups.discuss.replies.delete|group_id,topic_id,reply_id||delete|1|1',
  'groups.discuss.replies.edit|group_id,topic_id,reply_id,message||write|1|1',
  'groups.discuss.replies.getInfo|group_id,topic_id,reply_id||none|0|0',
  'groups.discuss.replies.getList|group_id,topic_id,per_page|page|none|0|0',
  'groups.discuss.topics.add|group_id,subject,message||write|1|1',
  'groups.discuss.topics.getInfo|group_id,topic_id||none|0|0',
  'groups.discuss.topics.getList|group_id|per_page,page|none|0|0',
  'groups.getInfo|group_id|group_path_alias,lang|none|0|0',
  'groups.join|group_id|accept_rules|write|1|1',
  'groups.joinRequest|group_id,message,accept_rules||write|1|1',
  'groups.leave|group_id|delete_photos|delete|1|1',
  'groups.members.getList|group_id|membertypes,per_page,page|read|1|1',
  'groups.pools.add|photo_id,group_id||write|1|1',
  'groups.pools.getContext|photo_id,group_id||none|0|0',
  'groups.pools.getGroups||page,per_page|read|1|1',
  'groups.pools.getPhotos|group_id|tags,user_id,extras,per_page,page|none|0|0',
  'groups.pools.remove|photo_id,group_id||write|1|1',
  'groups.search|text|per_page,page|none|0|0',
  'interestingness.getList||date,extras,per_page,page|none|0|0',
  'machinetags.getNamespaces||predicate,per_page,page|none|0|0',
  'machinetags.getPairs||namespace,predicate,per_page,page|none|0|0',
  'machinetags.getPredicates||namespace,per_page,page|none|0|0',
  'machinetags.getRecentValues||namespace,predicate,added_since|none|0|0',
  'machinetags.getValues|namespace,predicate|per_page,page|none|0|0',
  'panda.getList|||none|0|0',
  'panda.getPhotos|panda_name|extras,per_page,page|none|0|0',
  'people.findByEmail|find_email||none|0|0',
  'people.findByUsername|username||none|0|0',
  'people.getGroups|user_id|extras|read|1|1',
  'people.getInfo|user_id||none|0|0',
  'people.getLimits|||read|1|1',
  'people.getPhotos|user_id|safe_search,min_upload_date,max_upload_date,min_taken_date,'
    + 'max_taken_date,content_type,content_types,privacy_filter,extras,per_page,page|none|0|0',
  'people.getPhotosOf|user_id|owner_id,extras,per_page,page|none|0|0',
  'people.getPublicGroups|user_id||none|0|0',
  'people.getPublicPhotos|user_id|safe_search,extras,per_page,page|none|0|0',
  'people.getUploadStatus|||read|1|1',
  'photos.addTags|photo_id,tags||write|1|1',
  'photos.comments.addComment|photo_id,comment_text||write|1|1',
  'photos.comments.deleteComment|comment_id||write|1|1',
  'photos.comments.editComment|comment_id,comment_text||write|1|1',
  'photos.comments.getList|photo_id|min_comment_date,max_comment_date|none|0|0',
  'photos.comments.getRecentForContacts||date_lastcomment,contacts_filter,extras,per_page,'
    + 'page|read|1|1',
  'photos.delete|photo_id||delete|1|1',
  'photos.geo.batchCorrectLocation|lat,lon,accuracy|place_id,woe_id|write|1|1',
  'photos.geo.correctLocation|photo_id,foursquare_id|place_id,woe_id|write|1|1',
  'photos.geo.getLocation|photo_id|extras|none|0|0',
  'photos.geo.getPerms|photo_id||read|1|1',
  'photos.geo.photosForLocation|lat,lon|accuracy,extras,per_page,page|read|1|1',
  'photos.geo.removeLocation|photo_id||write|1|1',
  'photos.geo.setContext|photo_id,context||write|1|1',
  'photos.geo.setLocation|photo_id,lat,lon|accuracy,context|write|1|1',
  'photos.geo.setPerms|is_public,is_contact,is_friend,is_family,photo_id||write|1|1',
  'photos.getAllContexts|photo_id||none|0|0',
  'photos.getContactsPhotos||count,just_friends,single_photo,include_self,extras|read|1|1',
  'photos.getContactsPublicPhotos|user_id|count,just_friends,single_photo,include_self,'
    + 'extras|none|0|0',
  'photos.getContext|photo_id||none|0|0',
  'photos.getCounts||dates,taken_dates|read|1|1',
  'photos.getExif|photo_id|secret|none|0|0',
  'photos.getFavorites|photo_id|page,per_page|none|0|0',
  'photos.getInfo|photo_id|secret|none|0|0',
  'photos.getNotInSet||max_upload_date,min_taken_date,max_taken_date,privacy_filter,media,'
    + 'min_upload_date,extras,per_page,page|read|1|1',
  'photos.getPerms|photo_id||read|1|1',
  'photos.getPopular||user_id,sort,extras,per_page,page|none|0|0',
  'photos.getRecent||extras,per_page,page|none|0|0',
  'photos.getSizes|photo_id||none|0|0',
  'photos.getUntagged||min_upload_date,max_upload_date,min_taken_date,max_taken_date,'
    + 'privacy_filter,media,extras,per_page,page|read|1|1',
  'photos.getWithGeoData||min_upload_date,max_upload_date,min_taken_date,max_taken_date,'
    + 'privacy_filter,sort,media,extras,per_page,page|read|1|1',
  'photos.getWithoutGeoData||max_upload_date,min_taken_date,max_taken_date,privacy_filter,'
    + 'sort,media,min_upload_date,extras,per_page,page|read|1|1',
  'photos.licenses.getInfo|||none|0|0',
  'photos.licenses.getLicenseHistory|photo_id||none|0|0',
  'photos.licenses.setLicense|photo_id,license_id||write|1|1',
  'photos.notes.add|photo_id,note_x,note_y,note_w,note_h,note_text||write|1|1',
  'photos.notes.delete|note_id||write|1|1',
  'photos.notes.edit|note_id,note_x,note_y,note_w,note_h,note_text||write|1|1',
  'photos.people.add|photo_id,user_id|person_x,person_y,person_w,person_h|write|1|1',
  'photos.people.delete|photo_id,user_id||write|1|1',
  'photos.people.deleteCoords|photo_id,user_id||write|1|1',
  'photos.people.editCoords|photo_id,user_id,person_x,person_y,person_w,person_h||write|1|1',
  'photos.people.getList|photo_id||none|0|0',
  'photos.recentlyUpdated|min_date|extras,per_page,page|read|1|1',
  'photos.removeTag|tag_id||write|1|1',
  'photos.search||user_id,tags,tag_mode,text,min_upload_date,max_upload_date,min_taken_date,'
    + 'max_taken_date,license,sort,privacy_filter,bbox,accuracy,safe_search,content_type,'
    + 'content_types,video_content_types,machine_tags,machine_tag_mode,group_id,contacts,woe_id,'
    + 'place_id,media,has_geo,geo_context,lat,lon,radius,radius_units,is_commons,in_gallery,'
    + 'is_getty,extras,per_page,page|none|0|0',
  'photos.setContentType|photo_id,content_type||write|1|1',
  'photos.setDates|photo_id|date_posted,date_taken,date_taken_granularity|write|1|1',
  'photos.setMeta|photo_id|title,description|write|1|1',
  'photos.setPerms|photo_id,is_public,is_friend,is_family|perm_comment,perm_addmeta|write|1|1',
  'photos.setSafetyLevel|photo_id|safety_level,hidden|write|1|1',
  'photos.setTags|photo_id,tags||write|1|1',
  'photos.suggestions.approveSuggestion|suggestion_id||write|1|1',
  'photos.suggestions.getList||photo_id,status_id|read|1|1',
  'photos.suggestions.rejectSuggestion|suggestion_id||write|1|1',
  'photos.suggestions.removeSuggestion|suggestion_id||write|1|1',
  'photos.suggestions.suggestLocation|photo_id,lat,lon|accuracy,woe_id,place_id,'
    + 'note|write|1|1',
  'photos.transform.rotate|photo_id,degrees||write|1|1',
  'photos.upload.checkTickets|tickets||none|0|0',
  'photosets.addPhoto|photoset_id,photo_id||write|1|1',
  'photosets.comments.addComment|photoset_id,comment_text||write|1|1',
  'photosets.comments.deleteComment|comment_id||write|1|1',
  'photosets.comments.editComment|comment_id,comment_text||write|1|1',
  'photosets.comments.getList|photoset_id||none|0|0',
  'photosets.create|title,primary_photo_id|description|write|1|1',
  'photosets.delete|photoset_id||write|1|1',
  'photosets.editMeta|photoset_id,title|description|write|1|1',
  'photosets.editPhotos|photoset_id,primary_photo_id,photo_ids||write|1|1',
  'photosets.getContext|photo_id,photoset_id||none|0|0',
  'photosets.getInfo|photoset_id,user_id||none|0|0',
  'photosets.getList||user_id,page,per_page,primary_photo_extras,photo_ids,'
    + 'sort_groups|none|0|0',
  'photosets.getPhotos|photoset_id,user_id|extras,per_page,page,privacy_filter,media|none|0|0',
  'photosets.orderSets|photoset_ids||write|1|1',
  'photosets.removePhoto|photoset_id,photo_id||write|1|1',
  'photosets.removePhotos|photoset_id,photo_ids||write|1|1',
  'photosets.reorderPhotos|photoset_id,photo_ids||write|1|1',
  'photosets.setPrimaryPhoto|photoset_id,photo_id||write|1|1',
  'places.find|query||none|0|0',
  'places.findByLatLon|lat,lon|accuracy|none|0|0',
  'places.getChildrenWithPhotosPublic||place_id,woe_id|none|0|0',
  'places.getInfo||place_id,woe_id|none|0|0',
  'places.getInfoByUrl|url||none|0|0',
  'places.getPlaceTypes|||none|0|0',
  'places.getShapeHistory||place_id,woe_id|none|0|0',
  'places.getTopPlacesList|place_type_id|date,woe_id,place_id|none|0|0',
  'places.placesForBoundingBox|bbox|place_type,place_type_id|none|0|0',
  'places.placesForContacts||place_type,place_type_id,woe_id,place_id,threshold,contacts,'
    + 'min_upload_date,max_upload_date,min_taken_date,max_taken_date|read|1|1',
  'places.placesForTags|place_type_id|woe_id,place_id,threshold,tags,tag_mode,machine_tags,'
    + 'machine_tag_mode,min_upload_date,max_upload_date,min_taken_date,max_taken_date|none|0|0',
  'places.placesForUser||place_type_id,place_type,woe_id,place_id,threshold,min_upload_date,'
    + 'max_upload_date,min_taken_date,max_taken_date|read|1|1',
  'places.resolvePlaceId|place_id||none|0|0',
  'places.resolvePlaceURL|url||none|0|0',
  'places.tagsForPlace||woe_id,place_id,min_upload_date,max_upload_date,min_taken_date,'
    + 'max_taken_date|none|0|0',
  'prefs.getContentType|||read|1|1',
  'prefs.getGeoPerms|||read|1|1',
  'prefs.getHidden|||read|1|1',
  'prefs.getPrivacy|||read|1|1',
  'prefs.getSafetyLevel|||read|1|1',
  'profile.getProfile|user_id||none|0|0',
  'push.getSubscriptions|||read|1|1',
  'push.getTopics|||none|0|0',
  'push.subscribe|topic,callback,verify|verify_token,lease_seconds,woe_ids,place_ids,lat,lon,'
    + 'radius,radius_units,accuracy,nsids,tags|read|1|1',
  'push.unsubscribe|topic,callback,verify|verify_token|read|1|1',
  'reflection.getMethodInfo|method_name||none|0|0',
  'reflection.getMethods|||none|0|0',
  'stats.getCSVFiles|||read|1|1',
  'stats.getCollectionDomains|date|collection_id,per_page,page|read|1|1',
  'stats.getCollectionReferrers|date,domain|collection_id,per_page,page|read|1|1',
  'stats.getCollectionStats|date,collection_id||read|1|1',
  'stats.getMostPopularPhotoDateRange|date_until,num_days|sort|read|1|1',
  'stats.getPhotoDomains|date|photo_id,per_page,page|read|1|1',
  'stats.getPhotoReferrers|date,domain|photo_id,per_page,page|read|1|1',
  'stats.getPhotoStats|date,photo_id||read|1|1',
  'stats.getPhotosetDomains|date|photoset_id,per_page,page|read|1|1',
  'stats.getPhotosetReferrers|date,domain|photoset_id,per_page,page|read|1|1',
  'stats.getPhotosetStats|date,photoset_id||read|1|1',
  'stats.getPhotostreamDomains|date|per_page,page|read|1|1',
  'stats.getPhotostreamReferrers|date,domain|per_page,page|read|1|1',
  'stats.getPhotostreamStats|date||read|1|1',
  'stats.getPopularPhotos||date,sort,per_page,page|read|1|1',
  'stats.getTotalViews||date|read|1|1',
  'tags.getClusterPhotos|tag,cluster_id||none|0|0',
  'tags.getClusters|tag||none|0|0',
  'tags.getHotList||period,count|none|0|0',
  'tags.getListPhoto|photo_id||none|0|0',
  'tags.getListUser||user_id|none|0|0',
  'tags.getListUserPopular||user_id,count|none|0|0',
  'tags.getListUserRaw||tag|none|0|0',
  'tags.getMostFrequentlyUsed|||read|1|1',
  'tags.getRelated|tag||none|0|0',
  'test.echo|||none|0|0',
  'test.login|||read|1|1',
  'test.null|||read|1|1',
  'testimonials.addTestimonial|user_id,testimonial_text||write|1|1',
  'testimonials.approveTestimonial|testimonial_id||write|1|1',
  'testimonials.deleteTestimonial|testimonial_id||write|1|1',
  'testimonials.editTestimonial|user_id,testimonial_id,testimonial_text||write|1|1',
  'testimonials.getAllTestimonialsAbout||page,per_page|read|1|1',
  'testimonials.getAllTestimonialsAboutBy|user_id||read|1|1',
  'testimonials.getAllTestimonialsBy||page,per_page|read|1|1',
  'testimonials.getPendingTestimonialsAbout||page,per_page|read|1|1',
  'testimonials.getPendingTestimonialsAboutBy|user_id||read|1|1',
  'testimonials.getPendingTestimonialsBy||page,per_page|read|1|1',
  'testimonials.getTestimonialsAbout|user_id|page,per_page|none|0|0',
  'testimonials.getTestimonialsAboutBy|user_id||read|1|1',
  'testimonials.getTestimonialsBy|user_id|page,per_page|none|0|0',
  'urls.getGroup|group_id||none|0|0',
  'urls.getUserPhotos||user_id|none|0|0',
  'urls.getUserProfile||user_id|none|0|0',
  'urls.lookupGallery|url||none|0|0',
  'urls.lookupGroup|url||none|0|0',
  'urls.lookupUser|url||none|0|0',
]);

/**
 * The 223 Flickr API methods, by name. A read-only view: the rows behind it are read
 * the first time it is used, not at import.
 */
export const METHOD_TABLE = CATALOGUE.view() as MethodTable satisfies
  Readonly<Record<string, MethodInfo>>;

/** The name of a Flickr API method, e.g. `'flickr.photos.getInfo'`. */
export type FlickrMethodName = keyof MethodTable;

/** The table entry of `method`, or `undefined` when Flickr has no method of that name. */
export function methodInfo(method: string): MethodInfo | undefined {
  return CATALOGUE.info(method);
}

/** Every method name, in table order. */
export function methodNames(): FlickrMethodName[] {
  return CATALOGUE.names() as FlickrMethodName[];
}

/** The first part of every method name after `flickr.`: the client's namespaces. */
export const NAMESPACES = [
  'activity', 'auth', 'blogs', 'cameras', 'collections', 'commons', 'contacts', 'favorites',
  'galleries', 'groups', 'interestingness', 'machinetags', 'panda', 'people', 'photos', 'photosets',
  'places', 'prefs', 'profile', 'push', 'reflection', 'stats', 'tags', 'test', 'testimonials',
  'urls',
] as const;
