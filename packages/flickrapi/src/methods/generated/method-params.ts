// GENERATED FILE, DO NOT EDIT. Generated from spec/flickr-methods.json by
// packages/flickrapi/scripts/generate-methods.mjs; regenerate with `npm run generate`.
/**
 * The arguments of every Flickr method. `api_key` is never among them: the client sends it
 * (or `oauth_consumer_key` on signed calls). Optional members accept `undefined`, which is
 * left out of the request.
 */

/**
 * Arguments of `flickr.activity.userComments`: Returns a list of recent activity on photos
 * commented on by the calling user. Do not poll this method more than once an hour.
 *
 * Permission needed: `read`.
 */
export interface ActivityUserCommentsParams {
  /**
   * Number of items to return per page. If this argument is omitted, it defaults to 10. The maximum
   * allowed value is 50.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.activity.userPhotos`: Returns a list of recent activity on photos belonging
 * to the calling user. Do not poll this method more than once an hour.
 *
 * Permission needed: `read`.
 */
export interface ActivityUserPhotosParams {
  /**
   * The timeframe in which to return updates for. This can be specified in days ('2d') or hours
   * ('4h'). The default behavoir is to return changes since the beginning of the previous user
   * session.
   */
  readonly timeframe?: string | number | undefined;
  /**
   * Number of items to return per page. If this argument is omitted, it defaults to 10. The maximum
   * allowed value is 50.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.auth.checkToken`: Returns the credentials attached to an authentication
 * token. This call must be signed, and is deprecated in favour of OAuth.
 *
 * Permission needed: none.
 */
export interface AuthCheckTokenParams {
  /**
   * The authentication token to check.
   */
  readonly auth_token: string | number | undefined;
}

/**
 * Arguments of `flickr.auth.getFrob`: Returns a frob to be used during authentication. This method
 * call must be signed, and is deprecated in favour of OAuth.
 *
 * Permission needed: none.
 */
export type AuthGetFrobParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.auth.getFullToken`: Get the full authentication token for a mini-token. This
 * method call must be signed, and is deprecated in favour of OAuth.
 *
 * Permission needed: none.
 */
export interface AuthGetFullTokenParams {
  /**
   * The mini-token typed in by a user. It should be 9 digits long. It may optionally contain
   * dashes.
   */
  readonly mini_token: string | number | undefined;
}

/**
 * Arguments of `flickr.auth.getToken`: Returns the auth token for the given frob, if one has been
 * attached. This method call must be signed, and is deprecated in favour of OAuth.
 *
 * Permission needed: none.
 */
export interface AuthGetTokenParams {
  /**
   * The frob to check.
   */
  readonly frob: string | number | undefined;
}

/**
 * Arguments of `flickr.auth.oauth.checkToken`: Returns the credentials attached to an OAuth
 * authentication token.
 *
 * Permission needed: none.
 */
export interface AuthOauthCheckTokenParams {
  /**
   * The OAuth authentication token to check.
   */
  readonly oauth_token?: string | number | undefined;
}

/**
 * Arguments of `flickr.auth.oauth.getAccessToken`: Exchange an auth token from the old
 * Authentication API, to an OAuth access token. Calling this method will delete the auth token used
 * to make the request.
 *
 * Permission needed: none.
 */
export type AuthOauthGetAccessTokenParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.blogs.getList`: Get a list of configured blogs for the calling user.
 *
 * Permission needed: `read`.
 */
export interface BlogsGetListParams {
  /**
   * Optionally only return blogs for a given service id. You can get a list of from
   * flickr.blogs.getServices().
   */
  readonly service?: string | number | undefined;
}

/**
 * Arguments of `flickr.blogs.getServices`: Return a list of Flickr supported blogging services
 *
 * Permission needed: none.
 */
export type BlogsGetServicesParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.blogs.postPhoto`:
 *
 * Permission needed: `write`.
 */
export interface BlogsPostPhotoParams {
  /**
   * The id of the blog to post to.
   */
  readonly blog_id?: string | number | undefined;
  /**
   * The id of the photo to blog
   */
  readonly photo_id: string | number | undefined;
  /**
   * The blog post title
   */
  readonly title: string | number | undefined;
  /**
   * The blog post body
   */
  readonly description: string | number | undefined;
  /**
   * The password for the blog (used when the blog does not have a stored password).
   */
  readonly blog_password?: string | number | undefined;
  /**
   * A Flickr supported blogging service. Instead of passing a blog id you can pass a service id and
   * we'll post to the first blog of that service we find.
   */
  readonly service?: string | number | undefined;
}

/**
 * Arguments of `flickr.cameras.getBrandModels`: Retrieve all the models for a given camera brand.
 *
 * Permission needed: none.
 */
export interface CamerasGetBrandModelsParams {
  /**
   * The ID of the requested brand (as returned from flickr.cameras.getBrands).
   */
  readonly brand: string | number | undefined;
}

/**
 * Arguments of `flickr.cameras.getBrands`: Returns all the brands of cameras that Flickr knows
 * about.
 *
 * Permission needed: none.
 */
export type CamerasGetBrandsParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.collections.getInfo`: Returns information for a single collection.
 *
 * Permission needed: `read`.
 */
export interface CollectionsGetInfoParams {
  /**
   * The ID of the collection to fetch information for.
   */
  readonly collection_id: string | number | undefined;
}

/**
 * Arguments of `flickr.collections.getTree`: Returns a tree (or sub tree) of collections belonging
 * to a given user.
 *
 * Permission needed: none.
 */
export interface CollectionsGetTreeParams {
  /**
   * The ID of the collection to fetch a tree for, or zero to fetch the root collection. Defaults to
   * zero.
   */
  readonly collection_id?: string | number | undefined;
  /**
   * The ID of the account to fetch the collection tree for. Defaults to the calling user.
   */
  readonly user_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.commons.getInstitutions`: Retrieves a list of the current Commons
 * institutions.
 *
 * Permission needed: none.
 */
export type CommonsGetInstitutionsParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.contacts.getList`: Get a list of contacts for the calling user.
 *
 * Permission needed: `read`.
 */
export interface ContactsGetListParams {
  /**
   * An optional filter of the results. The following values are valid: friends Only contacts who
   * are friends (and not family) family Only contacts who are family (and not friends) both Only
   * contacts who…
   */
  readonly filter?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 1000. The
   * maximum allowed value is 1000.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The order in which to sort the returned contacts. Defaults to name. The possible values are:
   * name and time.
   */
  readonly sort?: string | number | undefined;
}

/**
 * Arguments of `flickr.contacts.getListRecentlyUploaded`: Return a list of contacts for a user who
 * have recently uploaded photos along with the total count of photos uploaded.
 *
 * Permission needed: `read`.
 */
export interface ContactsGetListRecentlyUploadedParams {
  /**
   * Limits the resultset to contacts that have uploaded photos since this date. The date should be
   * in the form of a Unix timestamp. The default offset is (1) hour and the maximum (24) hours.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly date_lastupload?: string | number | Date | undefined;
  /**
   * Limit the result set to all contacts or only those who are friends or family. Valid options
   * are: - ff friends and family - all all your contacts Default value is "all".
   */
  readonly filter?: string | number | undefined;
}

/**
 * Arguments of `flickr.contacts.getPublicList`: Get the contact list for a user.
 *
 * Permission needed: none.
 */
export interface ContactsGetPublicListParams {
  /**
   * The NSID of the user to fetch the contact list for.
   */
  readonly user_id: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 1000. The
   * maximum allowed value is 1000.
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.contacts.getTaggingSuggestions`: Get suggestions for tagging people in
 * photos based on the calling user's contacts.
 *
 * Permission needed: `read`.
 */
export interface ContactsGetTaggingSuggestionsParams {
  /**
   * Number of contacts to return per page. If this argument is omitted, all contacts will be
   * returned.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.favorites.add`: Adds a photo to a user's favorites list.
 *
 * Permission needed: `write`.
 */
export interface FavoritesAddParams {
  /**
   * The id of the photo to add to the user's favorites.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.favorites.getContext`: Returns next and previous favorites for a photo in a
 * user's favorites.
 *
 * Permission needed: none.
 */
export interface FavoritesGetContextParams {
  /**
   * The id of the photo to fetch the context for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The user who counts the photo as a favorite.
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.favorites.getList`: Returns a list of the user's favorite photos. Only
 * photos which the calling user has permission to see are returned.
 *
 * Permission needed: none.
 */
export interface FavoritesGetListParams {
  /**
   * The NSID of the user to fetch the favorites list for. If this argument is omitted, the
   * favorites list for the calling user is returned.
   */
  readonly user_id?: string | number | undefined;
  /**
   * Minimum date that a photo was favorited on. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_fave_date?: string | number | Date | undefined;
  /**
   * Maximum date that a photo was favorited on. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_fave_date?: string | number | Date | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.favorites.getPublicList`: Returns a list of favorite public photos for the
 * given user.
 *
 * Permission needed: none.
 */
export interface FavoritesGetPublicListParams {
  /**
   * The user to fetch the favorites list for.
   */
  readonly user_id: string | number | undefined;
  /**
   * Minimum date that a photo was favorited on. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_fave_date?: string | number | Date | undefined;
  /**
   * Maximum date that a photo was favorited on. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_fave_date?: string | number | Date | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.favorites.remove`: Removes a photo from a user's favorites list.
 *
 * Permission needed: `write`.
 */
export interface FavoritesRemoveParams {
  /**
   * The id of the photo to remove from the user's favorites.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.galleries.addPhoto`: Add a photo to a gallery.
 *
 * Permission needed: `write`.
 */
export interface GalleriesAddPhotoParams {
  /**
   * The ID of the gallery to add a photo to. Note: this is the compound ID returned in methods like
   * flickr.galleries.getList, and flickr.galleries.getListForPhoto.
   */
  readonly gallery_id: string | number | undefined;
  /**
   * The photo ID to add to the gallery
   */
  readonly photo_id: string | number | undefined;
  /**
   * A short comment or story to accompany the photo.
   */
  readonly comment?: string | number | undefined;
  /**
   * If specified, return updated details of the gallery the photo was added to
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly full_response?: boolean | 0 | 1 | undefined;
}

/**
 * Arguments of `flickr.galleries.create`: Create a new gallery for the calling user.
 *
 * Permission needed: `write`.
 */
export interface GalleriesCreateParams {
  /**
   * The name of the gallery
   */
  readonly title: string | number | undefined;
  /**
   * A short description for the gallery
   */
  readonly description: string | number | undefined;
  /**
   * The first photo to add to your gallery
   */
  readonly primary_photo_id?: string | number | undefined;
  /**
   * Get the result in the same format as galleries.getList
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly full_result?: boolean | 0 | 1 | undefined;
}

/**
 * Arguments of `flickr.galleries.editMeta`: Modify the meta-data for a gallery.
 *
 * Permission needed: `write`.
 */
export interface GalleriesEditMetaParams {
  /**
   * The gallery ID to update.
   */
  readonly gallery_id: string | number | undefined;
  /**
   * The new title for the gallery.
   */
  readonly title: string | number | undefined;
  /**
   * The new description for the gallery.
   */
  readonly description?: string | number | undefined;
}

/**
 * Arguments of `flickr.galleries.editPhoto`: Edit the comment for a gallery photo.
 *
 * Permission needed: `write`.
 */
export interface GalleriesEditPhotoParams {
  /**
   * The ID of the gallery to add a photo to. Note: this is the compound ID returned in methods like
   * flickr.galleries.getList, and flickr.galleries.getListForPhoto.
   */
  readonly gallery_id: string | number | undefined;
  /**
   * The photo ID to add to the gallery.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The updated comment the photo.
   */
  readonly comment: string | number | undefined;
}

/**
 * Arguments of `flickr.galleries.editPhotos`: Modify the photos in a gallery. Use this method to
 * add, remove and re-order photos.
 *
 * Permission needed: `write`.
 */
export interface GalleriesEditPhotosParams {
  /**
   * The id of the gallery to modify. The gallery must belong to the calling user.
   */
  readonly gallery_id: string | number | undefined;
  /**
   * The id of the photo to use as the 'primary' photo for the gallery. This id must also be passed
   * along in photo_ids list argument.
   */
  readonly primary_photo_id: string | number | undefined;
  /**
   * A comma-delimited list of photo ids to include in the gallery.
   *
   * An array is sent comma-joined.
   */
  readonly photo_ids: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.galleries.getInfo`:
 *
 * Permission needed: none.
 */
export interface GalleriesGetInfoParams {
  /**
   * The gallery ID you are requesting information for.
   */
  readonly gallery_id: string | number | undefined;
  /**
   * size of the primary photo
   */
  readonly primary_photo_size?: string | number | undefined;
  /**
   * size of the cover photos (excluding the primary photo)
   */
  readonly cover_photos_size?: string | number | undefined;
  /**
   * number of cover photos to fetch for galleries without a primary photo. Default is 6
   */
  readonly limit?: string | number | undefined;
  /**
   * number of cover photos to fetch (excluding primary photo) for galleries with a primary photo.
   * Default is 2.
   */
  readonly short_limit?: string | number | undefined;
}

/**
 * Arguments of `flickr.galleries.getList`: Return the list of galleries created by a user. Sorted
 * from newest to oldest.
 *
 * Permission needed: none.
 */
export interface GalleriesGetListParams {
  /**
   * The NSID of the user to get a galleries list for. If none is specified, the calling user is
   * assumed.
   */
  readonly user_id: string | number | undefined;
  /**
   * Number of galleries to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for the primary photo.
   *
   * An array is sent comma-joined.
   */
  readonly primary_photo_extras?: string | readonly (string | number)[] | undefined;
  /**
   * The first request must pass the "continuation" parameter with the value of "0".
   */
  readonly continuation: string | number | undefined;
  /**
   * A comma-separated list of groups used to sort the output sets.
   *
   * An array is sent comma-joined.
   */
  readonly sort_groups?: string | readonly (string | number)[] | undefined;
  /**
   * A comma-separated list of photo ids. If specified along with has_photo in sort_groups, each
   * returned gallery will include a list of these photo ids that are present in the gallery as…
   *
   * An array is sent comma-joined.
   */
  readonly photo_ids?: string | readonly (string | number)[] | undefined;
  /**
   * set to 1 if cover photos for galleries should be returned. If primary photo exists, 1 primary
   * photo and 2 other photos will be returned (in order). If not, 6 photos in order will be
   * returned
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly cover_photos?: boolean | 0 | 1 | undefined;
  /**
   * size of primary photo on the cover (if primary photo exists in gallery). will default to 'q' if
   * not set
   */
  readonly primary_photo_cover_size?: string | number | undefined;
  /**
   * size of cover photos (will default to 'q' if not set)
   */
  readonly cover_photos_size?: string | number | undefined;
  /**
   * number of cover photos to fetch for galleries without a primary photo. Default is 6
   */
  readonly limit?: string | number | undefined;
  /**
   * number of cover photos to fetch (excluding primary photo) for galleries with a primary photo.
   * Default is 2.
   */
  readonly short_limit: string | number | undefined;
}

/**
 * Arguments of `flickr.galleries.getListForPhoto`: Return the list of galleries to which a photo
 * has been added. Galleries are returned sorted by date which the photo was added to the gallery.
 *
 * Permission needed: none.
 */
export interface GalleriesGetListForPhotoParams {
  /**
   * The ID of the photo to fetch a list of galleries for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * Number of galleries to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.galleries.getPhotos`: Return the list of photos for a gallery
 *
 * Permission needed: none.
 */
export interface GalleriesGetPhotosParams {
  /**
   * The ID of the gallery of photos to return
   */
  readonly gallery_id: string | number | undefined;
  /**
   * Using this parameter indicates to the server that the client is using the new, continuation
   * based pagination rather than the older page/per_page based pagination.
   */
  readonly continuation?: string | number | undefined;
  /**
   * set to 1 if user details should be returned
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly get_user_info?: boolean | 0 | 1 | undefined;
  /**
   * if set to 1, info about the gallery is also returned
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly get_gallery_info?: boolean | 0 | 1 | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.galleries.removePhoto`: Remove a photo from a gallery.
 *
 * Permission needed: `write`.
 */
export interface GalleriesRemovePhotoParams {
  /**
   * The ID of the gallery to remove a photo from
   */
  readonly gallery_id: string | number | undefined;
  /**
   * The ID of the photo to remove from the gallery
   */
  readonly photo_id: string | number | undefined;
  /**
   * If specified, return updated details of the gallery the photo was removed from
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly full_response: boolean | 0 | 1 | undefined;
}

/**
 * Arguments of `flickr.groups.discuss.replies.add`: Post a new reply to a group discussion topic.
 *
 * Permission needed: `write`.
 */
export interface GroupsDiscussRepliesAddParams {
  /**
   * Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this
   * parameter optional for legacy reasons, but it is highly recommended to pass this in to get
   * faster performance.
   */
  readonly group_id: string | number | undefined;
  /**
   * The ID of the topic to post a comment to.
   */
  readonly topic_id: string | number | undefined;
  /**
   * The message to post to the topic.
   */
  readonly message: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.discuss.replies.delete`: Delete a reply from a group topic.
 *
 * Permission needed: `delete`.
 */
export interface GroupsDiscussRepliesDeleteParams {
  /**
   * Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this
   * parameter optional for legacy reasons, but it is highly recommended to pass this in to get
   * faster performance.
   */
  readonly group_id: string | number | undefined;
  /**
   * The ID of the topic the post is in.
   */
  readonly topic_id: string | number | undefined;
  /**
   * The ID of the reply to delete.
   */
  readonly reply_id: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.discuss.replies.edit`: Edit a topic reply.
 *
 * Permission needed: `write`.
 */
export interface GroupsDiscussRepliesEditParams {
  /**
   * Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this
   * parameter optional for legacy reasons, but it is highly recommended to pass this in to get
   * faster performance.
   */
  readonly group_id: string | number | undefined;
  /**
   * The ID of the topic the post is in.
   */
  readonly topic_id: string | number | undefined;
  /**
   * The ID of the reply post to edit.
   */
  readonly reply_id: string | number | undefined;
  /**
   * The message to edit the post with.
   */
  readonly message: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.discuss.replies.getInfo`: Get information on a group topic reply.
 *
 * Permission needed: none.
 */
export interface GroupsDiscussRepliesGetInfoParams {
  /**
   * Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this
   * parameter optional for legacy reasons, but it is highly recommended to pass this in to get
   * faster performance.
   */
  readonly group_id: string | number | undefined;
  /**
   * The ID of the topic the post is in.
   */
  readonly topic_id: string | number | undefined;
  /**
   * The ID of the reply to fetch.
   */
  readonly reply_id: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.discuss.replies.getList`: Get a list of replies from a group
 * discussion topic.
 *
 * Permission needed: none.
 */
export interface GroupsDiscussRepliesGetListParams {
  /**
   * Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this
   * parameter optional for legacy reasons, but it is highly recommended to pass this in to get
   * faster performance.
   */
  readonly group_id: string | number | undefined;
  /**
   * The ID of the topic to fetch replies for.
   */
  readonly topic_id: string | number | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.discuss.topics.add`: Post a new discussion topic to a group.
 *
 * Permission needed: `write`.
 */
export interface GroupsDiscussTopicsAddParams {
  /**
   * The NSID or path alias of the group to add a topic to.
   */
  readonly group_id: string | number | undefined;
  /**
   * The topic subject.
   */
  readonly subject: string | number | undefined;
  /**
   * The topic message.
   */
  readonly message: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.discuss.topics.getInfo`: Get information about a group discussion
 * topic.
 *
 * Permission needed: none.
 */
export interface GroupsDiscussTopicsGetInfoParams {
  /**
   * NSID or group alias of the group to which the topic belongs. Making this parameter optional for
   * legacy reasons, but it is highly recommended to pass this in to get better performance.
   */
  readonly group_id: string | number | undefined;
  /**
   * The ID for the topic to edit.
   */
  readonly topic_id: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.discuss.topics.getList`: Get a list of discussion topics in a group.
 *
 * Permission needed: none.
 */
export interface GroupsDiscussTopicsGetListParams {
  /**
   * The NSID or path alias of the group to fetch information for.
   */
  readonly group_id: string | number | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.getInfo`: Get information about a group.
 *
 * Permission needed: none.
 */
export interface GroupsGetInfoParams {
  /**
   * The NSID of the group to fetch information for.
   */
  readonly group_id: string | number | undefined;
  /**
   * The path alias of the group. One of this or the group_id param is required
   */
  readonly group_path_alias?: string | number | undefined;
  /**
   * The language of the group name and description to fetch. If the language is not found, the
   * primary language of the group will be returned. Valid values are the same as in feeds.
   */
  readonly lang?: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.join`: Join a public group as a member.
 *
 * Permission needed: `write`.
 */
export interface GroupsJoinParams {
  /**
   * The NSID of the Group in question
   */
  readonly group_id: string | number | undefined;
  /**
   * If the group has rules, they must be displayed to the user prior to joining.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly accept_rules?: boolean | 0 | 1 | undefined;
}

/**
 * Arguments of `flickr.groups.joinRequest`: Request to join a group that is invitation-only.
 *
 * Permission needed: `write`.
 */
export interface GroupsJoinRequestParams {
  /**
   * The NSID of the group to request joining.
   */
  readonly group_id: string | number | undefined;
  /**
   * Message to the administrators.
   */
  readonly message: string | number | undefined;
  /**
   * If the group has rules, they must be displayed to the user prior to joining.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly accept_rules: boolean | 0 | 1 | undefined;
}

/**
 * Arguments of `flickr.groups.leave`: Leave a group. If the user is the only administrator left,
 * and there are other members, the oldest member will be promoted to administrator. If the user is
 * the last person in the group, the group will be deleted.
 *
 * Permission needed: `delete`.
 */
export interface GroupsLeaveParams {
  /**
   * The NSID of the Group to leave
   */
  readonly group_id: string | number | undefined;
  /**
   * Delete all photos by this user from the group
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly delete_photos?: boolean | 0 | 1 | undefined;
}

/**
 * Arguments of `flickr.groups.members.getList`: Get a list of the members of a group. The call must
 * be signed on behalf of a Flickr member, and the ability to see the group membership will be
 * determined by the Flickr member's group privileges.
 *
 * Permission needed: `read`.
 */
export interface GroupsMembersGetListParams {
  /**
   * Return a list of members for this group. The group must be viewable by the Flickr member on
   * whose behalf the API call is made.
   */
  readonly group_id: string | number | undefined;
  /**
   * Comma separated list of member types - 2: member - 3: moderator - 4: admin By default returns
   * all types. (Returning super rare member type "1: narwhal" isn't supported by this API method)
   *
   * An array is sent comma-joined.
   */
  readonly membertypes?: string | readonly (string | number)[] | undefined;
  /**
   * Number of members to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.pools.add`: Add a photo to a group's pool.
 *
 * Permission needed: `write`.
 */
export interface GroupsPoolsAddParams {
  /**
   * The id of the photo to add to the group pool. The photo must belong to the calling user.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The NSID of the group who's pool the photo is to be added to.
   */
  readonly group_id: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.pools.getContext`: Returns next and previous photos for a photo in a
 * group pool.
 *
 * Permission needed: none.
 */
export interface GroupsPoolsGetContextParams {
  /**
   * The id of the photo to fetch the context for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The nsid of the group who's pool to fetch the photo's context for.
   */
  readonly group_id: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.pools.getGroups`: Returns a list of groups to which you can add
 * photos.
 *
 * Permission needed: `read`.
 */
export interface GroupsPoolsGetGroupsParams {
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
  /**
   * Number of groups to return per page. If this argument is omitted, it defaults to 400. The
   * maximum allowed value is 400.
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.pools.getPhotos`: Returns a list of pool photos for a given group,
 * based on the permissions of the group and the user logged in (if any).
 *
 * Permission needed: none.
 */
export interface GroupsPoolsGetPhotosParams {
  /**
   * The id of the group who's pool you which to get the photo list for.
   */
  readonly group_id: string | number | undefined;
  /**
   * A tag to filter the pool with. At the moment only one tag at a time is supported.
   */
  readonly tags?: string | number | undefined;
  /**
   * The nsid of a user. Specifiying this parameter will retrieve for you only those photos that the
   * user has contributed to the group pool.
   */
  readonly user_id?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.pools.remove`: Remove a photo from a group pool.
 *
 * Permission needed: `write`.
 */
export interface GroupsPoolsRemoveParams {
  /**
   * The id of the photo to remove from the group pool. The photo must either be owned by the
   * calling user of the calling user must be an administrator of the group.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The NSID of the group who's pool the photo is to removed from.
   */
  readonly group_id: string | number | undefined;
}

/**
 * Arguments of `flickr.groups.search`: Search for groups. 18+ groups will only be returned for
 * authenticated calls where the authenticated user is over 18.
 *
 * Permission needed: none.
 */
export interface GroupsSearchParams {
  /**
   * The text to search for.
   */
  readonly text: string | number | undefined;
  /**
   * Number of groups to return per page. If this argument is ommited, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is ommited, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.interestingness.getList`: Returns the list of interesting photos for the
 * most recent day or a user-specified date.
 *
 * Permission needed: none.
 */
export interface InterestingnessGetListParams {
  /**
   * A specific date, formatted as YYYY-MM-DD, to return interesting photos for.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date?: string | number | Date | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.machinetags.getNamespaces`: Return a list of unique namespaces, optionally
 * limited by a given predicate, in alphabetical order.
 *
 * Permission needed: none.
 */
export interface MachinetagsGetNamespacesParams {
  /**
   * Limit the list of namespaces returned to those that have the following predicate.
   */
  readonly predicate?: string | number | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.machinetags.getPairs`: Return a list of unique namespace and predicate
 * pairs, optionally limited by predicate or namespace, in alphabetical order.
 *
 * Permission needed: none.
 */
export interface MachinetagsGetPairsParams {
  /**
   * Limit the list of pairs returned to those that have the following namespace.
   */
  readonly namespace?: string | number | undefined;
  /**
   * Limit the list of pairs returned to those that have the following predicate.
   */
  readonly predicate?: string | number | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.machinetags.getPredicates`: Return a list of unique predicates, optionally
 * limited by a given namespace.
 *
 * Permission needed: none.
 */
export interface MachinetagsGetPredicatesParams {
  /**
   * Limit the list of predicates returned to those that have the following namespace.
   */
  readonly namespace?: string | number | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.machinetags.getRecentValues`: Fetch recently used (or created) machine tags
 * values.
 *
 * Permission needed: none.
 */
export interface MachinetagsGetRecentValuesParams {
  /**
   * A namespace that all values should be restricted to.
   */
  readonly namespace?: string | number | undefined;
  /**
   * A predicate that all values should be restricted to.
   */
  readonly predicate?: string | number | undefined;
  /**
   * Only return machine tags values that have been added since this timestamp, in epoch seconds.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly added_since?: string | number | Date | undefined;
}

/**
 * Arguments of `flickr.machinetags.getValues`: Return a list of unique values for a namespace and
 * predicate.
 *
 * Permission needed: none.
 */
export interface MachinetagsGetValuesParams {
  /**
   * The namespace that all values should be restricted to.
   */
  readonly namespace: string | number | undefined;
  /**
   * The predicate that all values should be restricted to.
   */
  readonly predicate: string | number | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.panda.getList`: Return a list of Flickr pandas, from whom you can request
 * photos using the flickr.panda.getPhotos API method. More information about the pandas can be
 * found on the dev blog.
 *
 * Permission needed: none.
 */
export type PandaGetListParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.panda.getPhotos`: Ask the Flickr Pandas for a list of recent public (and
 * "safe") photos. More information about the pandas can be found on the dev blog.
 *
 * Permission needed: none.
 */
export interface PandaGetPhotosParams {
  /**
   * The name of the panda to ask for photos from.
   */
  readonly panda_name: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.people.findByEmail`: Return a user's NSID, given their email address
 *
 * Permission needed: none.
 */
export interface PeopleFindByEmailParams {
  /**
   * The email address of the user to find (may be primary or secondary).
   */
  readonly find_email: string | number | undefined;
}

/**
 * Arguments of `flickr.people.findByUsername`: Return a user's NSID, given their username.
 *
 * Permission needed: none.
 */
export interface PeopleFindByUsernameParams {
  /**
   * The username of the user to lookup.
   */
  readonly username: string | number | undefined;
}

/**
 * Arguments of `flickr.people.getGroups`: Returns the list of groups a user is a member of.
 *
 * Permission needed: `read`.
 */
export interface PeopleGetGroupsParams {
  /**
   * The NSID of the user to fetch groups for.
   */
  readonly user_id: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record. Currently
   * supported fields are: privacy, throttle, restrictions
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.people.getInfo`: Get information about a user.
 *
 * Permission needed: none.
 */
export interface PeopleGetInfoParams {
  /**
   * The NSID of the user to fetch information about.
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.people.getLimits`: Returns the photo and video limits that apply to the
 * calling user account.
 *
 * Permission needed: `read`.
 */
export type PeopleGetLimitsParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.people.getPhotos`: Return photos from the given user's photostream. Only
 * photos visible to the calling user will be returned. This method must be authenticated; to return
 * public photos for a user, use flickr.people.getPublicPhotos.
 *
 * Permission needed: none.
 */
export interface PeopleGetPhotosParams {
  /**
   * The NSID of the user who's photos to return. A value of "me" will return the calling user's
   * photos.
   */
  readonly user_id: string | number | undefined;
  /**
   * Safe search setting: - 1 for safe. - 2 for moderate. - 3 for restricted. (Please note:
   * Un-authed calls can only see Safe content.)
   */
  readonly safe_search?: string | number | undefined;
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
  /**
   * DEPRECATED. Use content_types instead. Content Type setting: - 1 for photos only.
   */
  readonly content_type?: string | number | undefined;
  /**
   * Comma-separated list of content types to return: - 0 for photos. - 1 for screenshots. - 2 for
   * 'other'. - 3 for virtual photos.
   *
   * An array is sent comma-joined.
   */
  readonly content_types?: string | readonly (string | number)[] | undefined;
  /**
   * Return photos only matching a certain privacy level.
   */
  readonly privacy_filter?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.people.getPhotosOf`: Returns a list of photos containing a particular Flickr
 * member.
 *
 * Permission needed: none.
 */
export interface PeopleGetPhotosOfParams {
  /**
   * The NSID of the user you want to find photos of. A value of "me" will search against photos of
   * the calling user, for authenticated calls.
   */
  readonly user_id: string | number | undefined;
  /**
   * An NSID of a Flickr member. This will restrict the list of photos to those taken by that
   * member.
   */
  readonly owner_id?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.people.getPublicGroups`: Returns the list of public groups a user is a
 * member of.
 *
 * Permission needed: none.
 */
export interface PeopleGetPublicGroupsParams {
  /**
   * The NSID of the user to fetch groups for.
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.people.getPublicPhotos`: Get a list of public photos for the given user.
 *
 * Permission needed: none.
 */
export interface PeopleGetPublicPhotosParams {
  /**
   * The NSID of the user who's photos to return.
   */
  readonly user_id: string | number | undefined;
  /**
   * Safe search setting: - 1 for safe. - 2 for moderate. - 3 for restricted. (Please note:
   * Un-authed calls can only see Safe content.)
   */
  readonly safe_search?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.people.getUploadStatus`: Returns information for the calling user related to
 * photo uploads.
 *
 * Permission needed: `read`.
 */
export type PeopleGetUploadStatusParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.photos.addTags`: Add tags to a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosAddTagsParams {
  /**
   * The id of the photo to add tags to.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The tags to add to the photo.
   */
  readonly tags: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.comments.addComment`: Add comment to a photo as the currently
 * authenticated user.
 *
 * Permission needed: `write`.
 */
export interface PhotosCommentsAddCommentParams {
  /**
   * The id of the photo to add a comment to.
   */
  readonly photo_id: string | number | undefined;
  /**
   * Text of the comment
   */
  readonly comment_text: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.comments.deleteComment`: Delete a comment as the currently
 * authenticated user.
 *
 * Permission needed: `write`.
 */
export interface PhotosCommentsDeleteCommentParams {
  /**
   * The id of the comment to edit.
   */
  readonly comment_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.comments.editComment`: Edit the text of a comment as the currently
 * authenticated user.
 *
 * Permission needed: `write`.
 */
export interface PhotosCommentsEditCommentParams {
  /**
   * The id of the comment to edit.
   */
  readonly comment_id: string | number | undefined;
  /**
   * Update the comment to this text.
   */
  readonly comment_text: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.comments.getList`: Returns the comments for a photo
 *
 * Permission needed: none.
 */
export interface PhotosCommentsGetListParams {
  /**
   * The id of the photo to fetch comments for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * Minimum date that a a comment was added. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_comment_date?: string | number | Date | undefined;
  /**
   * Maximum date that a comment was added. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_comment_date?: string | number | Date | undefined;
}

/**
 * Arguments of `flickr.photos.comments.getRecentForContacts`: Return the list of photos belonging
 * to your contacts that have been commented on recently.
 *
 * Permission needed: `read`.
 */
export interface PhotosCommentsGetRecentForContactsParams {
  /**
   * Limits the resultset to photos that have been commented on since this date. The date should be
   * in the form of a Unix timestamp. The default, and maximum, offset is (1) hour.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly date_lastcomment?: string | number | Date | undefined;
  /**
   * A comma-separated list of contact NSIDs to limit the scope of the query to.
   *
   * An array is sent comma-joined.
   */
  readonly contacts_filter?: string | readonly (string | number)[] | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.delete`: Delete a photo from flickr.
 *
 * Permission needed: `delete`.
 */
export interface PhotosDeleteParams {
  /**
   * The id of the photo to delete.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.batchCorrectLocation`: Correct the places hierarchy for all the
 * photos for a user at a given latitude, longitude and accuracy. Batch corrections are processed in
 * a delayed queue so it may take a few minutes before the changes are reflected in a user's photos.
 *
 * Permission needed: `write`.
 */
export interface PhotosGeoBatchCorrectLocationParams {
  /**
   * The latitude of the photos to be update whose valid range is -90 to 90. Anything more than 6
   * decimal places will be truncated.
   */
  readonly lat: string | number | undefined;
  /**
   * The longitude of the photos to be updated whose valid range is -180 to 180. Anything more than
   * 6 decimal places will be truncated.
   */
  readonly lon: string | number | undefined;
  /**
   * Recorded accuracy level of the photos to be updated. World level is 1, Country is ~3, Region
   * ~6, City ~11, Street ~16. Current range is 1-16. Defaults to 16 if not specified.
   */
  readonly accuracy: string | number | undefined;
  /**
   * A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)
   */
  readonly place_id?: string | number | undefined;
  /**
   * A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE
   * ID.)
   */
  readonly woe_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.correctLocation`:
 *
 * Permission needed: `write`.
 */
export interface PhotosGeoCorrectLocationParams {
  /**
   * The ID of the photo whose WOE location is being corrected.
   */
  readonly photo_id: string | number | undefined;
  /**
   * A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)
   */
  readonly place_id?: string | number | undefined;
  /**
   * A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE
   * ID.)
   */
  readonly woe_id?: string | number | undefined;
  /**
   * The venue ID for a Foursquare location. (If not passed in with correction, any existing
   * foursquare venue will be removed).
   */
  readonly foursquare_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.getLocation`: Get the geo data (latitude and longitude and the
 * accuracy level) for a photo.
 *
 * Permission needed: none.
 */
export interface PhotosGeoGetLocationParams {
  /**
   * The id of the photo you want to retrieve location data for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * Extra flags.
   */
  readonly extras?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.getPerms`: Get permissions for who may view geo data for a photo.
 *
 * Permission needed: `read`.
 */
export interface PhotosGeoGetPermsParams {
  /**
   * The id of the photo to get permissions for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.photosForLocation`: Return a list of photos for the calling user
 * at a specific latitude, longitude and accuracy
 *
 * Permission needed: `read`.
 */
export interface PhotosGeoPhotosForLocationParams {
  /**
   * The latitude whose valid range is -90 to 90. Anything more than 6 decimal places will be
   * truncated.
   */
  readonly lat: string | number | undefined;
  /**
   * The longitude whose valid range is -180 to 180. Anything more than 6 decimal places will be
   * truncated.
   */
  readonly lon: string | number | undefined;
  /**
   * Recorded accuracy level of the location information. World level is 1, Country is ~3, Region
   * ~6, City ~11, Street ~16. Current range is 1-16. Defaults to 16 if not specified.
   */
  readonly accuracy?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.removeLocation`: Removes the geo data associated with a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosGeoRemoveLocationParams {
  /**
   * The id of the photo you want to remove location data from.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.setContext`: Indicate the state of a photo's geotagginess beyond
 * latitude and longitude. Note : photos passed to this method must already be geotagged (using the
 * flickr.photos.geo.setLocation method).
 *
 * Permission needed: `write`.
 */
export interface PhotosGeoSetContextParams {
  /**
   * The id of the photo to set context data for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * Context is a numeric value representing the photo's geotagginess beyond latitude and longitude.
   */
  readonly context: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.setLocation`: Sets the geo data (latitude and longitude and,
 * optionally, the accuracy level) for a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosGeoSetLocationParams {
  /**
   * The id of the photo to set location data for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The latitude whose valid range is -90 to 90. Anything more than 6 decimal places will be
   * truncated.
   */
  readonly lat: string | number | undefined;
  /**
   * The longitude whose valid range is -180 to 180. Anything more than 6 decimal places will be
   * truncated.
   */
  readonly lon: string | number | undefined;
  /**
   * Recorded accuracy level of the location information. World level is 1, Country is ~3, Region
   * ~6, City ~11, Street ~16. Current range is 1-16. Defaults to 16 if not specified.
   */
  readonly accuracy?: string | number | undefined;
  /**
   * Context is a numeric value representing the photo's geotagginess beyond latitude and longitude.
   */
  readonly context?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.geo.setPerms`: Set the permission for who may view the geo data
 * associated with a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosGeoSetPermsParams {
  /**
   * 1 to set viewing permissions for the photo's location data to public, 0 to set it to private.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_public: boolean | 0 | 1 | undefined;
  /**
   * 1 to set viewing permissions for the photo's location data to contacts, 0 to set it to private.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_contact: boolean | 0 | 1 | undefined;
  /**
   * 1 to set viewing permissions for the photo's location data to friends, 0 to set it to private.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_friend: boolean | 0 | 1 | undefined;
  /**
   * 1 to set viewing permissions for the photo's location data to family, 0 to set it to private.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_family: boolean | 0 | 1 | undefined;
  /**
   * The id of the photo to get permissions for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getAllContexts`: Returns all visible sets and pools the photo belongs
 * to.
 *
 * Permission needed: none.
 */
export interface PhotosGetAllContextsParams {
  /**
   * The photo to return information for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getContactsPhotos`: Fetch a list of recent photos from the calling
 * users' contacts.
 *
 * Permission needed: `read`.
 */
export interface PhotosGetContactsPhotosParams {
  /**
   * Number of photos to return. Defaults to 10, maximum 50. This is only used if single_photo is
   * not passed.
   */
  readonly count?: string | number | undefined;
  /**
   * set as 1 to only show photos from friends and family (excluding regular contacts).
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly just_friends?: boolean | 0 | 1 | undefined;
  /**
   * Only fetch one photo (the latest) per contact, instead of all photos in chronological order.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly single_photo?: boolean | 0 | 1 | undefined;
  /**
   * Set to 1 to include photos from the calling user.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly include_self?: boolean | 0 | 1 | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.photos.getContactsPublicPhotos`: Fetch a list of recent public photos from a
 * users' contacts.
 *
 * Permission needed: none.
 */
export interface PhotosGetContactsPublicPhotosParams {
  /**
   * The NSID of the user to fetch photos for.
   */
  readonly user_id: string | number | undefined;
  /**
   * Number of photos to return. Defaults to 10, maximum 50. This is only used if single_photo is
   * not passed.
   */
  readonly count?: string | number | undefined;
  /**
   * set as 1 to only show photos from friends and family (excluding regular contacts).
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly just_friends?: boolean | 0 | 1 | undefined;
  /**
   * Only fetch one photo (the latest) per contact, instead of all photos in chronological order.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly single_photo?: boolean | 0 | 1 | undefined;
  /**
   * Set to 1 to include photos from the user specified by user_id.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly include_self?: boolean | 0 | 1 | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record. Currently
   * supported fields are: license, date_upload, date_taken, owner_name, icon_server,
   * original_format, last_update.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.photos.getContext`: Returns next and previous photos for a photo in a
 * photostream.
 *
 * Permission needed: none.
 */
export interface PhotosGetContextParams {
  /**
   * The id of the photo to fetch the context for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getCounts`: Gets a list of photo counts for the given date ranges for
 * the calling user.
 *
 * Permission needed: `read`.
 */
export interface PhotosGetCountsParams {
  /**
   * A comma delimited list of unix timestamps, denoting the periods to return counts for. They
   * should be specified smallest first.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly dates?: string | readonly (string | number | Date)[] | undefined;
  /**
   * A comma delimited list of mysql datetimes, denoting the periods to return counts for. They
   * should be specified smallest first.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly taken_dates?: string | readonly (string | number | Date)[] | undefined;
}

/**
 * Arguments of `flickr.photos.getExif`: Retrieves a list of EXIF/TIFF/GPS tags for a given photo.
 * The calling user must have permission to view the photo.
 *
 * Permission needed: none.
 */
export interface PhotosGetExifParams {
  /**
   * The id of the photo to fetch information for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The secret for the photo. If the correct secret is passed then permissions checking is skipped.
   * This enables the 'sharing' of individual photos by passing around the id and secret.
   */
  readonly secret?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getFavorites`: Returns the list of people who have favorited a given
 * photo.
 *
 * Permission needed: none.
 */
export interface PhotosGetFavoritesParams {
  /**
   * The ID of the photo to fetch the favoriters list for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
  /**
   * Number of usres to return per page. If this argument is omitted, it defaults to 10. The maximum
   * allowed value is 50.
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getInfo`: Get information about a photo. The calling user must have
 * permission to view the photo.
 *
 * Permission needed: none.
 */
export interface PhotosGetInfoParams {
  /**
   * The id of the photo to get information for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The secret for the photo. If the correct secret is passed then permissions checking is skipped.
   * This enables the 'sharing' of individual photos by passing around the id and secret.
   */
  readonly secret?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getNotInSet`: Returns a list of your photos that are not part of any
 * sets.
 *
 * Permission needed: `read`.
 */
export interface PhotosGetNotInSetParams {
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date can be in the form of a unix timestamp or mysql datetime.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date can be in the form of a mysql datetime or unix timestamp.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date can be in the form of a mysql datetime or unix timestamp.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
  /**
   * Return photos only matching a certain privacy level.
   */
  readonly privacy_filter?: string | number | undefined;
  /**
   * Filter results by media type. Possible values are all (default), photos or videos
   */
  readonly media?: string | number | undefined;
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date can be in the form of a unix timestamp or mysql datetime.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getPerms`: Get permissions for a photo.
 *
 * Permission needed: `read`.
 */
export interface PhotosGetPermsParams {
  /**
   * The id of the photo to get permissions for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getPopular`: Returns a list of popular photos
 *
 * Permission needed: none.
 */
export interface PhotosGetPopularParams {
  /**
   * The NSID of the user to get a galleries list for. If none is specified, the calling user is
   * assumed.
   */
  readonly user_id?: string | number | undefined;
  /**
   * The sort order. One of faves, views, comments or interesting. Defaults to interesting.
   */
  readonly sort?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getRecent`: Returns a list of the latest public photos uploaded to
 * flickr.
 *
 * Permission needed: none.
 */
export interface PhotosGetRecentParams {
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getSizes`: Returns the available sizes for a photo. The calling user
 * must have permission to view the photo.
 *
 * Permission needed: none.
 */
export interface PhotosGetSizesParams {
  /**
   * The id of the photo to fetch size information for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getUntagged`: Returns a list of your photos with no tags.
 *
 * Permission needed: `read`.
 */
export interface PhotosGetUntaggedParams {
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date can be in the form of a unix timestamp or mysql datetime.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date can be in the form of a unix timestamp or mysql datetime.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime or unix timestamp.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date can be in the form of a mysql datetime or unix timestamp.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
  /**
   * Return photos only matching a certain privacy level.
   */
  readonly privacy_filter?: string | number | undefined;
  /**
   * Filter results by media type. Possible values are all (default), photos or videos
   */
  readonly media?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getWithGeoData`: Returns a list of your geo-tagged photos.
 *
 * Permission needed: `read`.
 */
export interface PhotosGetWithGeoDataParams {
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
  /**
   * Return photos only matching a certain privacy level.
   */
  readonly privacy_filter?: string | number | undefined;
  /**
   * The order in which to sort returned photos.
   */
  readonly sort?: string | number | undefined;
  /**
   * Filter results by media type. Possible values are all (default), photos or videos
   */
  readonly media?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.getWithoutGeoData`: Returns a list of your photos which haven't been
 * geo-tagged.
 *
 * Permission needed: `read`.
 */
export interface PhotosGetWithoutGeoDataParams {
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date can be in the form of a mysql datetime or unix timestamp.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date can be in the form of a mysql datetime or unix timestamp.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
  /**
   * Return photos only matching a certain privacy level.
   */
  readonly privacy_filter?: string | number | undefined;
  /**
   * The order in which to sort returned photos.
   */
  readonly sort?: string | number | undefined;
  /**
   * Filter results by media type. Possible values are all (default), photos or videos
   */
  readonly media?: string | number | undefined;
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date can be in the form of a unix timestamp or mysql datetime.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.licenses.getInfo`: Fetches a list of available photo licenses for
 * Flickr.
 *
 * Permission needed: none.
 */
export type PhotosLicensesGetInfoParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.photos.licenses.getLicenseHistory`: Fetches the license history of a photo.
 *
 * Permission needed: none.
 */
export interface PhotosLicensesGetLicenseHistoryParams {
  /**
   * The photo to get the license history for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.licenses.setLicense`: Sets the license for a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosLicensesSetLicenseParams {
  /**
   * The photo to update the license for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The license to apply, or 0 (zero) to remove the current license. Note : as of this writing the
   * "no known copyright restrictions" license (7) is not a valid argument.
   */
  readonly license_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.notes.add`: Add a note to a photo. Coordinates and sizes are in
 * pixels, based on the 500px image size shown on individual photo pages.
 *
 * Permission needed: `write`.
 */
export interface PhotosNotesAddParams {
  /**
   * The id of the photo to add a note to
   */
  readonly photo_id: string | number | undefined;
  /**
   * The left coordinate of the note
   */
  readonly note_x: string | number | undefined;
  /**
   * The top coordinate of the note
   */
  readonly note_y: string | number | undefined;
  /**
   * The width of the note
   */
  readonly note_w: string | number | undefined;
  /**
   * The height of the note
   */
  readonly note_h: string | number | undefined;
  /**
   * The description of the note
   */
  readonly note_text: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.notes.delete`: Delete a note from a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosNotesDeleteParams {
  /**
   * The id of the note to delete
   */
  readonly note_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.notes.edit`: Edit a note on a photo. Coordinates and sizes are in
 * pixels, based on the 500px image size shown on individual photo pages.
 *
 * Permission needed: `write`.
 */
export interface PhotosNotesEditParams {
  /**
   * The id of the note to edit
   */
  readonly note_id: string | number | undefined;
  /**
   * The left coordinate of the note
   */
  readonly note_x: string | number | undefined;
  /**
   * The top coordinate of the note
   */
  readonly note_y: string | number | undefined;
  /**
   * The width of the note
   */
  readonly note_w: string | number | undefined;
  /**
   * The height of the note
   */
  readonly note_h: string | number | undefined;
  /**
   * The description of the note
   */
  readonly note_text: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.people.add`: Add a person to a photo. Coordinates and sizes of boxes
 * are optional; they are measured in pixels, based on the 500px image size shown on individual
 * photo pages.
 *
 * Permission needed: `write`.
 */
export interface PhotosPeopleAddParams {
  /**
   * The id of the photo to add a person to.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The NSID of the user to add to the photo.
   */
  readonly user_id: string | number | undefined;
  /**
   * The left-most pixel co-ordinate of the box around the person.
   */
  readonly person_x?: string | number | undefined;
  /**
   * The top-most pixel co-ordinate of the box around the person.
   */
  readonly person_y?: string | number | undefined;
  /**
   * The width (in pixels) of the box around the person.
   */
  readonly person_w?: string | number | undefined;
  /**
   * The height (in pixels) of the box around the person.
   */
  readonly person_h?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.people.delete`: Remove a person from a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosPeopleDeleteParams {
  /**
   * The id of the photo to remove a person from.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The NSID of the person to remove from the photo.
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.people.deleteCoords`: Remove the bounding box from a person in a
 * photo
 *
 * Permission needed: `write`.
 */
export interface PhotosPeopleDeleteCoordsParams {
  /**
   * The id of the photo to edit a person in.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The NSID of the person whose bounding box you want to remove.
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.people.editCoords`: Edit the bounding box of an existing person on a
 * photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosPeopleEditCoordsParams {
  /**
   * The id of the photo to edit a person in.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The NSID of the person to edit in a photo.
   */
  readonly user_id: string | number | undefined;
  /**
   * The left-most pixel co-ordinate of the box around the person.
   */
  readonly person_x: string | number | undefined;
  /**
   * The top-most pixel co-ordinate of the box around the person.
   */
  readonly person_y: string | number | undefined;
  /**
   * The width (in pixels) of the box around the person.
   */
  readonly person_w: string | number | undefined;
  /**
   * The height (in pixels) of the box around the person.
   */
  readonly person_h: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.people.getList`: Get a list of people in a given photo.
 *
 * Permission needed: none.
 */
export interface PhotosPeopleGetListParams {
  /**
   * The id of the photo to get a list of people for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.recentlyUpdated`: Return a list of your photos that have been
 * recently created or which have been recently modified.
 *
 * Permission needed: `read`.
 */
export interface PhotosRecentlyUpdatedParams {
  /**
   * A Unix timestamp or any English textual datetime description indicating the date from which
   * modifications should be compared.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_date: string | number | Date | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.removeTag`: Remove a tag from a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosRemoveTagParams {
  /**
   * The tag to remove from the photo. This parameter should contain a tag id, as returned by
   * flickr.photos.getInfo.
   */
  readonly tag_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.search`: Return a list of photos matching some criteria.
 *
 * Permission needed: none.
 */
export interface PhotosSearchParams {
  /**
   * The NSID of the user who's photo to search.
   */
  readonly user_id?: string | number | undefined;
  /**
   * A comma-delimited list of tags. Photos with one or more of the tags listed will be returned.
   * You can exclude results that match a term by prepending it with a - character.
   *
   * An array is sent comma-joined.
   */
  readonly tags?: string | readonly (string | number)[] | undefined;
  /**
   * Either 'any' for an OR combination of tags, or 'all' for an AND combination. Defaults to 'any'
   * if not specified.
   */
  readonly tag_mode?: string | number | undefined;
  /**
   * A free text search. Photos who's title, description or tags contain the text will be returned.
   * You can exclude results that match a term by prepending it with a - character.
   */
  readonly text?: string | number | undefined;
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date can be in the form of a unix timestamp or mysql datetime.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date can be in the form of a unix timestamp or mysql datetime.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date can be in the form of a mysql datetime or unix timestamp.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date can be in the form of a mysql datetime or unix timestamp.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
  /**
   * The license id for photos (for possible values see the flickr.photos.licenses.getInfo method).
   * Multiple licenses may be comma-separated.
   *
   * An array is sent comma-joined.
   */
  readonly license?: string | readonly (string | number)[] | undefined;
  /**
   * The order in which to sort returned photos.
   */
  readonly sort?: string | number | undefined;
  /**
   * Return photos only matching a certain privacy level.
   */
  readonly privacy_filter?: string | number | undefined;
  /**
   * A comma-delimited list of 4 values defining the Bounding Box of the area that will be searched.
   *
   * An array is sent comma-joined.
   */
  readonly bbox?: string | readonly (string | number)[] | undefined;
  /**
   * Recorded accuracy level of the location information. Current range is 1-16 : - World level is 1
   * - Country is ~3 - Region is ~6 - City is ~11 - Street is ~16 Defaults to maximum value if not
   * specified.
   */
  readonly accuracy?: string | number | undefined;
  /**
   * Safe search setting: - 1 for safe. - 2 for moderate. - 3 for restricted. (Please note:
   * Un-authed calls can only see Safe content.)
   */
  readonly safe_search?: string | number | undefined;
  /**
   * Content Type setting: - 1 for photos only.
   */
  readonly content_type?: string | number | undefined;
  /**
   * Comma-separated list of content types to return.
   *
   * An array is sent comma-joined.
   */
  readonly content_types?: string | readonly (string | number)[] | undefined;
  /**
   * Comma-separated list of video content types to return.
   *
   * An array is sent comma-joined.
   */
  readonly video_content_types?: string | readonly (string | number)[] | undefined;
  /**
   * Aside from passing in a fully formed machine tag, there is a special syntax for searching on
   * specific properties : - Find photos using the 'dc' namespace : "machine_tags" => "dc:" - Find
   * photos with…
   */
  readonly machine_tags?: string | number | undefined;
  /**
   * Either 'any' for an OR combination of tags, or 'all' for an AND combination. Defaults to 'any'
   * if not specified.
   */
  readonly machine_tag_mode?: string | number | undefined;
  /**
   * The id of a group who's pool to search. If specified, only matching photos posted to the
   * group's pool will be returned.
   */
  readonly group_id?: string | number | undefined;
  /**
   * Search your contacts. Either 'all' or 'ff' for just friends and family. (Experimental)
   */
  readonly contacts?: string | number | undefined;
  /**
   * A 32-bit identifier that uniquely represents spatial entities.
   */
  readonly woe_id?: string | number | undefined;
  /**
   * A Flickr place id. (not used if bbox argument is present).
   */
  readonly place_id?: string | number | undefined;
  /**
   * Filter results by media type. Possible values are all (default), photos or videos
   */
  readonly media?: string | number | undefined;
  /**
   * Any photo that has been geotagged, or if the value is "0" any photo that has not been
   * geotagged.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly has_geo?: boolean | 0 | 1 | undefined;
  /**
   * Geo context is a numeric value representing the photo's geotagginess beyond latitude and
   * longitude.
   */
  readonly geo_context?: string | number | undefined;
  /**
   * A valid latitude, in decimal format, for doing radial geo queries.
   */
  readonly lat?: string | number | undefined;
  /**
   * A valid longitude, in decimal format, for doing radial geo queries.
   */
  readonly lon?: string | number | undefined;
  /**
   * A valid radius used for geo queries, greater than zero and less than 20 miles (or 32
   * kilometers), for use with point-based geo queries. The default value is 5 (km).
   */
  readonly radius?: string | number | undefined;
  /**
   * The unit of measure when doing radial geo queries. Valid options are "mi" (miles) and "km"
   * (kilometers). The default is "km".
   */
  readonly radius_units?: string | number | undefined;
  /**
   * Limit the scope of the search to only photos that are part of the Flickr Commons project.
   * Default is false.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_commons?: boolean | 0 | 1 | undefined;
  /**
   * Limit the scope of the search to only photos that are in a gallery? Default is false, search
   * all photos.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly in_gallery?: boolean | 0 | 1 | undefined;
  /**
   * Limit the scope of the search to only photos that are for sale on Getty. Default is false.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_getty?: boolean | 0 | 1 | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 100. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.setContentType`: Set the content type of a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSetContentTypeParams {
  /**
   * The id of the photo to set the content type of.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The content type of the photo. Must be one of: 1 for Photo, 2 for Screenshot, 3 for Other, 4
   * for Virtual Photography
   */
  readonly content_type: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.setDates`: Set one or both of the dates for a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSetDatesParams {
  /**
   * The id of the photo to edit dates for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The date the photo was uploaded to flickr (see the dates documentation)
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly date_posted?: string | number | Date | undefined;
  /**
   * The date the photo was taken (see the dates documentation)
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly date_taken?: string | number | Date | undefined;
  /**
   * The granularity of the date the photo was taken (see the dates documentation)
   */
  readonly date_taken_granularity?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.setMeta`: Set the meta information for a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSetMetaParams {
  /**
   * The id of the photo to set information for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The title for the photo. At least one of title or description must be set.
   */
  readonly title?: string | number | undefined;
  /**
   * The description for the photo. At least one of title or description must be set.
   */
  readonly description?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.setPerms`: Set permissions for a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSetPermsParams {
  /**
   * The id of the photo to set permissions for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * 1 to set the photo to public, 0 to set it to private.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_public: boolean | 0 | 1 | undefined;
  /**
   * 1 to make the photo visible to friends when private, 0 to not.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_friend: boolean | 0 | 1 | undefined;
  /**
   * 1 to make the photo visible to family when private, 0 to not.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly is_family: boolean | 0 | 1 | undefined;
  /**
   * who can add comments to the photo and it's notes. one of: 0: nobody 1: friends & family 2:
   * contacts 3: everybody
   */
  readonly perm_comment?: string | number | undefined;
  /**
   * who can add notes and tags to the photo. one of: 0: nobody / just the owner 1: friends & family
   * 2: contacts 3: everybody
   */
  readonly perm_addmeta?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.setSafetyLevel`: Set the safety level of a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSetSafetyLevelParams {
  /**
   * The id of the photo to set the adultness of.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The safety level of the photo. Must be one of: 1 for Safe, 2 for Moderate, and 3 for
   * Restricted.
   */
  readonly safety_level?: string | number | undefined;
  /**
   * Whether or not to additionally hide the photo from public searches. Must be either 1 for Yes or
   * 0 for No.
   *
   * `true`/`false` are sent as `1`/`0`.
   */
  readonly hidden?: boolean | 0 | 1 | undefined;
}

/**
 * Arguments of `flickr.photos.setTags`: Set the tags for a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSetTagsParams {
  /**
   * The id of the photo to set tags for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * All tags for the photo (as a single space-delimited string).
   */
  readonly tags: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.suggestions.approveSuggestion`: Approve a suggestion for a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSuggestionsApproveSuggestionParams {
  /**
   * The unique ID for the location suggestion to approve.
   */
  readonly suggestion_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.suggestions.getList`: Return a list of suggestions for a user that
 * are pending approval.
 *
 * Permission needed: `read`.
 */
export interface PhotosSuggestionsGetListParams {
  /**
   * Only show suggestions for a single photo.
   */
  readonly photo_id?: string | number | undefined;
  /**
   * Only show suggestions with a given status. - 0, pending - 1, approved - 2, rejected The default
   * is pending (or "0").
   */
  readonly status_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.suggestions.rejectSuggestion`: Reject a suggestion for a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSuggestionsRejectSuggestionParams {
  /**
   * The unique ID of the suggestion to reject.
   */
  readonly suggestion_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.suggestions.removeSuggestion`: Remove a suggestion, made by the
 * calling user, from a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSuggestionsRemoveSuggestionParams {
  /**
   * The unique ID for the location suggestion to approve.
   */
  readonly suggestion_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.suggestions.suggestLocation`: Suggest a geotagged location for a
 * photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosSuggestionsSuggestLocationParams {
  /**
   * The photo whose location you are suggesting.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The latitude whose valid range is -90 to 90. Anything more than 6 decimal places will be
   * truncated.
   */
  readonly lat: string | number | undefined;
  /**
   * The longitude whose valid range is -180 to 180. Anything more than 6 decimal places will be
   * truncated.
   */
  readonly lon: string | number | undefined;
  /**
   * Recorded accuracy level of the location information. World level is 1, Country is ~3, Region
   * ~6, City ~11, Street ~16. Current range is 1-16. Defaults to 16 if not specified.
   */
  readonly accuracy?: string | number | undefined;
  /**
   * The WOE ID of the location used to build the location hierarchy for the photo.
   */
  readonly woe_id?: string | number | undefined;
  /**
   * The Flickr Places ID of the location used to build the location hierarchy for the photo.
   */
  readonly place_id?: string | number | undefined;
  /**
   * A short note or history to include with the suggestion.
   */
  readonly note?: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.transform.rotate`: Rotate a photo.
 *
 * Permission needed: `write`.
 */
export interface PhotosTransformRotateParams {
  /**
   * The id of the photo to rotate.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The amount of degrees by which to rotate the photo (clockwise) from it's current orientation.
   * Valid values are 90, 180 and 270.
   */
  readonly degrees: string | number | undefined;
}

/**
 * Arguments of `flickr.photos.upload.checkTickets`: Checks the status of one or more asynchronous
 * photo upload tickets.
 *
 * Permission needed: none.
 */
export interface PhotosUploadCheckTicketsParams {
  /**
   * A comma-delimited list of ticket ids
   *
   * An array is sent comma-joined.
   */
  readonly tickets: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.photosets.addPhoto`: Add a photo to the end of an existing photoset.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsAddPhotoParams {
  /**
   * The id of the photoset to add a photo to.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * The id of the photo to add to the set.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.comments.addComment`: Add a comment to a photoset.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsCommentsAddCommentParams {
  /**
   * The id of the photoset to add a comment to.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * Text of the comment
   */
  readonly comment_text: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.comments.deleteComment`: Delete a photoset comment as the
 * currently authenticated user.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsCommentsDeleteCommentParams {
  /**
   * The id of the comment to delete from a photoset.
   */
  readonly comment_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.comments.editComment`: Edit the text of a comment as the currently
 * authenticated user.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsCommentsEditCommentParams {
  /**
   * The id of the comment to edit.
   */
  readonly comment_id: string | number | undefined;
  /**
   * Update the comment to this text.
   */
  readonly comment_text: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.comments.getList`: Returns the comments for a photoset.
 *
 * Permission needed: none.
 */
export interface PhotosetsCommentsGetListParams {
  /**
   * The id of the photoset to fetch comments for.
   */
  readonly photoset_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.create`: Create a new photoset for the calling user.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsCreateParams {
  /**
   * A title for the photoset.
   */
  readonly title: string | number | undefined;
  /**
   * A description of the photoset. May contain limited html.
   */
  readonly description?: string | number | undefined;
  /**
   * The id of the photo to represent this set. The photo must belong to the calling user.
   */
  readonly primary_photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.delete`: Delete a photoset.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsDeleteParams {
  /**
   * The id of the photoset to delete. It must be owned by the calling user.
   */
  readonly photoset_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.editMeta`: Modify the meta-data for a photoset.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsEditMetaParams {
  /**
   * The id of the photoset to modify.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * The new title for the photoset.
   */
  readonly title: string | number | undefined;
  /**
   * A description of the photoset. May contain limited html.
   */
  readonly description?: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.editPhotos`: Modify the photos in a photoset. Use this method to
 * add, remove and re-order photos.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsEditPhotosParams {
  /**
   * The id of the photoset to modify. The photoset must belong to the calling user.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * The id of the photo to use as the 'primary' photo for the set. This id must also be passed
   * along in photo_ids list argument.
   */
  readonly primary_photo_id: string | number | undefined;
  /**
   * A comma-delimited list of photo ids to include in the set.
   *
   * An array is sent comma-joined.
   */
  readonly photo_ids: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.photosets.getContext`: Returns next and previous photos for a photo in a
 * set.
 *
 * Permission needed: none.
 */
export interface PhotosetsGetContextParams {
  /**
   * The id of the photo to fetch the context for.
   */
  readonly photo_id: string | number | undefined;
  /**
   * The id of the photoset for which to fetch the photo's context.
   */
  readonly photoset_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.getInfo`: Gets information about a photoset.
 *
 * Permission needed: none.
 */
export interface PhotosetsGetInfoParams {
  /**
   * The ID of the photoset to fetch information for.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * The user_id here is the owner of the set passed in photoset_id.
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.getList`: Returns the photosets belonging to the specified user.
 *
 * Permission needed: none.
 */
export interface PhotosetsGetListParams {
  /**
   * The NSID of the user to get a photoset list for. If none is specified, the calling user is
   * assumed.
   */
  readonly user_id?: string | number | undefined;
  /**
   * The page of results to get. Currently, if this is not provided, all sets are returned, but this
   * behaviour may change in future.
   */
  readonly page?: string | number | undefined;
  /**
   * The number of sets to get per page. If paging is enabled, the maximum number of sets per page
   * is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for the primary photo.
   *
   * An array is sent comma-joined.
   */
  readonly primary_photo_extras?: string | readonly (string | number)[] | undefined;
  /**
   * A comma-separated list of photo ids. If specified, each returned set will include a list of
   * these photo ids that are present in the set as "has_requested_photos"
   *
   * An array is sent comma-joined.
   */
  readonly photo_ids?: string | readonly (string | number)[] | undefined;
  /**
   * A comma-separated list of groups used to sort the output sets.
   *
   * An array is sent comma-joined.
   */
  readonly sort_groups?: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.photosets.getPhotos`: Get the list of photos in a set.
 *
 * Permission needed: none.
 */
export interface PhotosetsGetPhotosParams {
  /**
   * The id of the photoset to return the photos for.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * The user_id here is the owner of the set passed in photoset_id.
   */
  readonly user_id: string | number | undefined;
  /**
   * A comma-delimited list of extra information to fetch for each returned record.
   *
   * An array is sent comma-joined.
   */
  readonly extras?: string | readonly (string | number)[] | undefined;
  /**
   * Number of photos to return per page. If this argument is omitted, it defaults to 500. The
   * maximum allowed value is 500.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
  /**
   * Return photos only matching a certain privacy level.
   */
  readonly privacy_filter?: string | number | undefined;
  /**
   * Filter results by media type. Possible values are all (default), photos or videos
   */
  readonly media?: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.orderSets`: Set the order of photosets for the calling user.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsOrderSetsParams {
  /**
   * A comma delimited list of photoset IDs, ordered with the set to show first, first in the list.
   * Any set IDs not given in the list will be set to appear at the end of the list, ordered by
   * their IDs.
   *
   * An array is sent comma-joined.
   */
  readonly photoset_ids: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.photosets.removePhoto`: Remove a photo from a photoset.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsRemovePhotoParams {
  /**
   * The id of the photoset to remove a photo from.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * The id of the photo to remove from the set.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.photosets.removePhotos`: Remove multiple photos from a photoset.
 *
 * Permission needed: `write`.
 */
export interface PhotosetsRemovePhotosParams {
  /**
   * The id of the photoset to remove photos from.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * Comma-delimited list of photo ids to remove from the photoset.
   *
   * An array is sent comma-joined.
   */
  readonly photo_ids: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.photosets.reorderPhotos`:
 *
 * Permission needed: `write`.
 */
export interface PhotosetsReorderPhotosParams {
  /**
   * The id of the photoset to reorder. The photoset must belong to the calling user.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * Ordered, comma-delimited list of photo ids. Photos that are not in the list will keep their
   * original order
   *
   * An array is sent comma-joined.
   */
  readonly photo_ids: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.photosets.setPrimaryPhoto`: Set photoset primary photo
 *
 * Permission needed: `write`.
 */
export interface PhotosetsSetPrimaryPhotoParams {
  /**
   * The id of the photoset to set primary photo to.
   */
  readonly photoset_id: string | number | undefined;
  /**
   * The id of the photo to set as primary.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.places.find`: Return a list of place IDs for a query string.
 *
 * Permission needed: none.
 */
export interface PlacesFindParams {
  /**
   * The query string to use for place ID lookups
   */
  readonly query: string | number | undefined;
}

/**
 * Arguments of `flickr.places.findByLatLon`: Return a place ID for a latitude, longitude and
 * accuracy triple.
 *
 * Permission needed: none.
 */
export interface PlacesFindByLatLonParams {
  /**
   * The latitude whose valid range is -90 to 90. Anything more than 4 decimal places will be
   * truncated.
   */
  readonly lat: string | number | undefined;
  /**
   * The longitude whose valid range is -180 to 180. Anything more than 4 decimal places will be
   * truncated.
   */
  readonly lon: string | number | undefined;
  /**
   * Recorded accuracy level of the location information. World level is 1, Country is ~3, Region
   * ~6, City ~11, Street ~16. Current range is 1-16. The default is 16.
   */
  readonly accuracy?: string | number | undefined;
}

/**
 * Arguments of `flickr.places.getChildrenWithPhotosPublic`: Return a list of locations with public
 * photos that are parented by a Where on Earth (WOE) or Places ID.
 *
 * Permission needed: none.
 */
export interface PlacesGetChildrenWithPhotosPublicParams {
  /**
   * A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)
   */
  readonly place_id?: string | number | undefined;
  /**
   * A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE
   * ID.)
   */
  readonly woe_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.places.getInfo`: Get informations about a place.
 *
 * Permission needed: none.
 */
export interface PlacesGetInfoParams {
  /**
   * A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)
   */
  readonly place_id?: string | number | undefined;
  /**
   * A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE
   * ID.)
   */
  readonly woe_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.places.getInfoByUrl`: Lookup information about a place, by its
 * flickr.com/places URL.
 *
 * Permission needed: none.
 */
export interface PlacesGetInfoByUrlParams {
  /**
   * A flickr.com/places URL in the form of /country/region/city. For example:
   * /Canada/Quebec/Montreal
   */
  readonly url: string | number | undefined;
}

/**
 * Arguments of `flickr.places.getPlaceTypes`: Fetches a list of available place types for Flickr.
 *
 * Permission needed: none.
 */
export type PlacesGetPlaceTypesParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.places.getShapeHistory`: Return an historical list of all the shape data
 * generated for a Places or Where on Earth (WOE) ID.
 *
 * Permission needed: none.
 */
export interface PlacesGetShapeHistoryParams {
  /**
   * A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)
   */
  readonly place_id?: string | number | undefined;
  /**
   * A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE
   * ID.)
   */
  readonly woe_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.places.getTopPlacesList`: Return the top 100 most geotagged places for a
 * day.
 *
 * Permission needed: none.
 */
export interface PlacesGetTopPlacesListParams {
  /**
   * The numeric ID for a specific place type to cluster photos by. Valid place type IDs are : - 22:
   * neighbourhood - 7: locality - 8: region - 12: country - 29: continent
   */
  readonly place_type_id: string | number | undefined;
  /**
   * A valid date in YYYY-MM-DD format. The default is yesterday.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date?: string | number | Date | undefined;
  /**
   * Limit your query to only those top places belonging to a specific Where on Earth (WOE)
   * identifier.
   */
  readonly woe_id?: string | number | undefined;
  /**
   * Limit your query to only those top places belonging to a specific Flickr Places identifier.
   */
  readonly place_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.places.placesForBoundingBox`: Return all the locations of a matching place
 * type for a bounding box.
 *
 * Permission needed: none.
 */
export interface PlacesPlacesForBoundingBoxParams {
  /**
   * A comma-delimited list of 4 values defining the Bounding Box of the area that will be searched.
   *
   * An array is sent comma-joined.
   */
  readonly bbox: string | readonly (string | number)[] | undefined;
  /**
   * The name of place type to using as the starting point to search for places in a bounding box.
   */
  readonly place_type?: string | number | undefined;
  /**
   * The numeric ID for a specific place type to cluster photos by.
   */
  readonly place_type_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.places.placesForContacts`: Return a list of the top 100 unique places
 * clustered by a given placetype for a user's contacts.
 *
 * Permission needed: `read`.
 */
export interface PlacesPlacesForContactsParams {
  /**
   * A specific place type to cluster photos by.
   */
  readonly place_type?: string | number | undefined;
  /**
   * The numeric ID for a specific place type to cluster photos by.
   */
  readonly place_type_id?: string | number | undefined;
  /**
   * A Where on Earth identifier to use to filter photo clusters.
   */
  readonly woe_id?: string | number | undefined;
  /**
   * A Flickr Places identifier to use to filter photo clusters.
   */
  readonly place_id?: string | number | undefined;
  /**
   * The minimum number of photos that a place type must have to be included.
   */
  readonly threshold?: string | number | undefined;
  /**
   * Search your contacts. Either 'all' or 'ff' for just friends and family. (Default is all)
   */
  readonly contacts?: string | number | undefined;
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
}

/**
 * Arguments of `flickr.places.placesForTags`: Return a list of the top 100 unique places clustered
 * by a given placetype for set of tags or machine tags.
 *
 * Permission needed: none.
 */
export interface PlacesPlacesForTagsParams {
  /**
   * The numeric ID for a specific place type to cluster photos by. Valid place type IDs are : - 22:
   * neighbourhood - 7: locality - 8: region - 12: country - 29: continent
   */
  readonly place_type_id: string | number | undefined;
  /**
   * A Where on Earth identifier to use to filter photo clusters.
   */
  readonly woe_id?: string | number | undefined;
  /**
   * A Flickr Places identifier to use to filter photo clusters.
   */
  readonly place_id?: string | number | undefined;
  /**
   * The minimum number of photos that a place type must have to be included.
   */
  readonly threshold?: string | number | undefined;
  /**
   * A comma-delimited list of tags. Photos with one or more of the tags listed will be returned.
   * (While optional, you must pass either a valid tag or machine_tag
   *
   * An array is sent comma-joined.
   */
  readonly tags?: string | readonly (string | number)[] | undefined;
  /**
   * Either 'any' for an OR combination of tags, or 'all' for an AND combination. Defaults to 'any'
   * if not specified.
   */
  readonly tag_mode?: string | number | undefined;
  /**
   * Aside from passing in a fully formed machine tag, there is a special syntax for searching on
   * specific properties : - Find photos using the 'dc' namespace : "machine_tags" => "dc:" - Find
   * photos with…
   */
  readonly machine_tags?: string | number | undefined;
  /**
   * Either 'any' for an OR combination of tags, or 'all' for an AND combination. Defaults to 'any'
   * if not specified.
   */
  readonly machine_tag_mode?: string | number | undefined;
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
}

/**
 * Arguments of `flickr.places.placesForUser`: Return a list of the top 100 unique places clustered
 * by a given placetype for a user.
 *
 * Permission needed: `read`.
 */
export interface PlacesPlacesForUserParams {
  /**
   * The numeric ID for a specific place type to cluster photos by.
   */
  readonly place_type_id?: string | number | undefined;
  /**
   * A specific place type to cluster photos by.
   */
  readonly place_type?: string | number | undefined;
  /**
   * A Where on Earth identifier to use to filter photo clusters.
   */
  readonly woe_id?: string | number | undefined;
  /**
   * A Flickr Places identifier to use to filter photo clusters.
   */
  readonly place_id?: string | number | undefined;
  /**
   * The minimum number of photos that a place type must have to be included.
   */
  readonly threshold?: string | number | undefined;
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
}

/**
 * Arguments of `flickr.places.resolvePlaceId`: Find Flickr Places information by Place ID. This
 * method has been deprecated. It won't be removed but you should use flickr.places.getInfo instead.
 *
 * Permission needed: none.
 */
export interface PlacesResolvePlaceIdParams {
  /**
   * A Flickr Places ID
   */
  readonly place_id: string | number | undefined;
}

/**
 * Arguments of `flickr.places.resolvePlaceURL`: Find Flickr Places information by Place URL. This
 * method has been deprecated. It won't be removed but you should use flickr.places.getInfoByUrl
 * instead.
 *
 * Permission needed: none.
 */
export interface PlacesResolvePlaceURLParams {
  /**
   * A Flickr Places URL. Flickr Place URLs are of the form /country/region/city
   */
  readonly url: string | number | undefined;
}

/**
 * Arguments of `flickr.places.tagsForPlace`: Return a list of the top 100 unique tags for a Flickr
 * Places or Where on Earth (WOE) ID
 *
 * Permission needed: none.
 */
export interface PlacesTagsForPlaceParams {
  /**
   * A Where on Earth identifier to use to filter photo clusters. (While optional, you must pass
   * either a valid Places ID or a WOE ID.)
   */
  readonly woe_id?: string | number | undefined;
  /**
   * A Flickr Places identifier to use to filter photo clusters. (While optional, you must pass
   * either a valid Places ID or a WOE ID.)
   */
  readonly place_id?: string | number | undefined;
  /**
   * Minimum upload date. Photos with an upload date greater than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly min_upload_date?: string | number | Date | undefined;
  /**
   * Maximum upload date. Photos with an upload date less than or equal to this value will be
   * returned. The date should be in the form of a unix timestamp.
   *
   * A `Date` is sent as Unix seconds.
   */
  readonly max_upload_date?: string | number | Date | undefined;
  /**
   * Minimum taken date. Photos with an taken date greater than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly min_taken_date?: string | number | Date | undefined;
  /**
   * Maximum taken date. Photos with an taken date less than or equal to this value will be
   * returned. The date should be in the form of a mysql datetime.
   *
   * A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).
   */
  readonly max_taken_date?: string | number | Date | undefined;
}

/**
 * Arguments of `flickr.prefs.getContentType`: Returns the default content type preference for the
 * user.
 *
 * Permission needed: `read`.
 */
export type PrefsGetContentTypeParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.prefs.getGeoPerms`: Returns the default privacy level for geographic
 * information attached to the user's photos and whether or not the user has chosen to use
 * geo-related EXIF information to automatically geotag their photos.
 *
 * Permission needed: `read`.
 */
export type PrefsGetGeoPermsParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.prefs.getHidden`: Returns the default hidden preference for the user.
 *
 * Permission needed: `read`.
 */
export type PrefsGetHiddenParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.prefs.getPrivacy`: Returns the default privacy level preference for the
 * user. Possible values are: - 1 : Public - 2 : Friends only - 3 : Family only - 4 : Friends and
 * Family - 5 : Private
 *
 * Permission needed: `read`.
 */
export type PrefsGetPrivacyParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.prefs.getSafetyLevel`: Returns the default safety level preference for the
 * user.
 *
 * Permission needed: `read`.
 */
export type PrefsGetSafetyLevelParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.profile.getProfile`: Returns specified user's profile info, respecting
 * profile privacy settings
 *
 * Permission needed: none.
 */
export interface ProfileGetProfileParams {
  /**
   * The NSID of the user to fetch profile information for.
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.push.getSubscriptions`: Returns a list of the subscriptions for the
 * logged-in user. (this method is experimental and may change)
 *
 * Permission needed: `read`.
 */
export type PushGetSubscriptionsParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.push.getTopics`: All the different flavours of anteater. (this method is
 * experimental and may change)
 *
 * Permission needed: none.
 */
export type PushGetTopicsParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.push.subscribe`: In ur pandas, tickling ur unicorn (this method is
 * experimental and may change)
 *
 * Permission needed: `read`.
 */
export interface PushSubscribeParams {
  /**
   * The type of subscription. See flickr.push.getTopics.
   */
  readonly topic: string | number | undefined;
  /**
   * The url for the subscription endpoint. Limited to 255 bytes, and must be unique for this user,
   * i.e. no two subscriptions for a given user may use the same callback url.
   */
  readonly callback: string | number | undefined;
  /**
   * The verification mode, either sync or async. See the Google PubSubHubbub spec for details.
   */
  readonly verify: string | number | undefined;
  /**
   * The verification token to be echoed back to the subscriber during the verification callback, as
   * per the Google PubSubHubbub spec. Limited to 200 bytes.
   */
  readonly verify_token?: string | number | undefined;
  /**
   * Number of seconds for which the subscription will be valid. Legal values are 60 to 86400 (1
   * minute to 1 day). If not present, the subscription will be auto-renewing.
   */
  readonly lease_seconds?: string | number | undefined;
  /**
   * A 32-bit integer for a Where on Earth ID.
   */
  readonly woe_ids?: string | number | undefined;
  /**
   * A comma-separated list of Flickr place IDs.
   *
   * An array is sent comma-joined.
   */
  readonly place_ids?: string | readonly (string | number)[] | undefined;
  /**
   * A latitude value, in decimal format. Only valid if topic is geo.
   */
  readonly lat?: string | number | undefined;
  /**
   * A longitude value, in decimal format. Only valid if topic is geo.
   */
  readonly lon?: string | number | undefined;
  /**
   * A radius value, in the units defined by radius_units.
   */
  readonly radius?: string | number | undefined;
  /**
   * Defines the units for the radius parameter.
   */
  readonly radius_units?: string | number | undefined;
  /**
   * Defines the minimum accuracy required for photos to be included in a subscription.
   */
  readonly accuracy?: string | number | undefined;
  /**
   * A comma-separated list of nsids representing Flickr Commons institutions (see
   * flickr.commons.getInstitutions).
   *
   * An array is sent comma-joined.
   */
  readonly nsids?: string | readonly (string | number)[] | undefined;
  /**
   * A comma-separated list of strings to be used for tag subscriptions. Photos with one or more of
   * the tags listed will be included in the subscription. Only valid if the topic is tags.
   *
   * An array is sent comma-joined.
   */
  readonly tags?: string | readonly (string | number)[] | undefined;
}

/**
 * Arguments of `flickr.push.unsubscribe`: Why would you want to do this? (this method is
 * experimental and may change)
 *
 * Permission needed: `read`.
 */
export interface PushUnsubscribeParams {
  /**
   * The type of subscription. See flickr.push.getTopics.
   */
  readonly topic: string | number | undefined;
  /**
   * The url for the subscription endpoint (must be the same url as was used when creating the
   * subscription).
   */
  readonly callback: string | number | undefined;
  /**
   * The verification mode, either 'sync' or 'async'. See the Google PubSubHubbub spec for details.
   */
  readonly verify: string | number | undefined;
  /**
   * The verification token to be echoed back to the subscriber during the verification callback, as
   * per the Google PubSubHubbub spec. Limited to 200 bytes.
   */
  readonly verify_token?: string | number | undefined;
}

/**
 * Arguments of `flickr.reflection.getMethodInfo`: Returns information for a given flickr API
 * method.
 *
 * Permission needed: none.
 */
export interface ReflectionGetMethodInfoParams {
  /**
   * The name of the method to fetch information for.
   */
  readonly method_name: string | number | undefined;
}

/**
 * Arguments of `flickr.reflection.getMethods`: Returns a list of available flickr API methods.
 *
 * Permission needed: none.
 */
export type ReflectionGetMethodsParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.stats.getCSVFiles`: Returns a list of URLs for text files containing all
 * your stats data (from November 26th 2007 onwards) for the currently auth'd user.
 *
 * Permission needed: `read`.
 */
export type StatsGetCSVFilesParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.stats.getCollectionDomains`: Get a list of referring domains for a
 * collection
 *
 * Permission needed: `read`.
 */
export interface StatsGetCollectionDomainsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The id of the collection to get stats for. If not provided, stats for all collections will be
   * returned.
   */
  readonly collection_id?: string | number | undefined;
  /**
   * Number of domains to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getCollectionReferrers`: Get a list of referrers from a given domain
 * to a collection
 *
 * Permission needed: `read`.
 */
export interface StatsGetCollectionReferrersParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The domain to return referrers for. This should be a hostname (eg: "flickr.com") with no
   * protocol or pathname.
   */
  readonly domain: string | number | undefined;
  /**
   * The id of the collection to get stats for. If not provided, stats for all collections will be
   * returned.
   */
  readonly collection_id?: string | number | undefined;
  /**
   * Number of referrers to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getCollectionStats`: Get the number of views on a collection for a
 * given date.
 *
 * Permission needed: `read`.
 */
export interface StatsGetCollectionStatsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The id of the collection to get stats for.
   */
  readonly collection_id: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getMostPopularPhotoDateRange`: Get the most popular photo for each day
 * given a day range
 *
 * Permission needed: `read`.
 */
export interface StatsGetMostPopularPhotoDateRangeParams {
  /**
   * The date until which the data should be fetched from, in the YYYY-MM-DD format
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date_until: string | number | Date | undefined;
  /**
   * The number of days to go back from the date_until param
   */
  readonly num_days: string | number | undefined;
  /**
   * What type of stats to grab (views, favorites, or comments)
   */
  readonly sort?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotoDomains`: Get a list of referring domains for a photo
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotoDomainsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The id of the photo to get stats for. If not provided, stats for all photos will be returned.
   */
  readonly photo_id?: string | number | undefined;
  /**
   * Number of domains to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotoReferrers`: Get a list of referrers from a given domain to a
 * photo
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotoReferrersParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The domain to return referrers for. This should be a hostname (eg: "flickr.com") with no
   * protocol or pathname.
   */
  readonly domain: string | number | undefined;
  /**
   * The id of the photo to get stats for. If not provided, stats for all photos will be returned.
   */
  readonly photo_id?: string | number | undefined;
  /**
   * Number of referrers to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotoStats`: Get the number of views, comments and favorites on a
 * photo for a given date.
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotoStatsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The id of the photo to get stats for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotosetDomains`: Get a list of referring domains for a photoset
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotosetDomainsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The id of the photoset to get stats for. If not provided, stats for all sets will be returned.
   */
  readonly photoset_id?: string | number | undefined;
  /**
   * Number of domains to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotosetReferrers`: Get a list of referrers from a given domain to
 * a photoset
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotosetReferrersParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The domain to return referrers for. This should be a hostname (eg: "flickr.com") with no
   * protocol or pathname.
   */
  readonly domain: string | number | undefined;
  /**
   * The id of the photoset to get stats for. If not provided, stats for all sets will be returned.
   */
  readonly photoset_id?: string | number | undefined;
  /**
   * Number of referrers to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotosetStats`: Get the number of views on a photoset for a given
 * date.
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotosetStatsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The id of the photoset to get stats for.
   */
  readonly photoset_id: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotostreamDomains`: Get a list of referring domains for a
 * photostream
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotostreamDomainsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * Number of domains to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotostreamReferrers`: Get a list of referrers from a given domain
 * to a user's photostream
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotostreamReferrersParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
  /**
   * The domain to return referrers for. This should be a hostname (eg: "flickr.com") with no
   * protocol or pathname.
   */
  readonly domain: string | number | undefined;
  /**
   * Number of referrers to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getPhotostreamStats`: Get the number of views on a user's photostream
 * for a given date.
 *
 * Permission needed: `read`.
 */
export interface StatsGetPhotostreamStatsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date: string | number | Date | undefined;
}

/**
 * Arguments of `flickr.stats.getPopularPhotos`: List the photos with the most views, comments or
 * favorites
 *
 * Permission needed: `read`.
 */
export interface StatsGetPopularPhotosParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date?: string | number | Date | undefined;
  /**
   * The order in which to sort returned photos. Defaults to views. The possible values are views,
   * comments and favorites. Other sort options are available through flickr.photos.search.
   */
  readonly sort?: string | number | undefined;
  /**
   * Number of referrers to return per page. If this argument is omitted, it defaults to 25. The
   * maximum allowed value is 100.
   */
  readonly per_page?: string | number | undefined;
  /**
   * The page of results to return. If this argument is omitted, it defaults to 1.
   */
  readonly page?: string | number | undefined;
}

/**
 * Arguments of `flickr.stats.getTotalViews`: Get the overall view counts for an account
 *
 * Permission needed: `read`.
 */
export interface StatsGetTotalViewsParams {
  /**
   * Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix
   * timestamp format.
   *
   * A `Date` is sent as its UTC day (`YYYY-MM-DD`).
   */
  readonly date?: string | number | Date | undefined;
}

/**
 * Arguments of `flickr.tags.getClusterPhotos`: Returns the first 24 photos for a given tag cluster
 *
 * Permission needed: none.
 */
export interface TagsGetClusterPhotosParams {
  /**
   * The tag that this cluster belongs to.
   */
  readonly tag: string | number | undefined;
  /**
   * The top three tags for the cluster, separated by dashes (just like the url).
   */
  readonly cluster_id: string | number | undefined;
}

/**
 * Arguments of `flickr.tags.getClusters`: Gives you a list of tag clusters for the given tag.
 *
 * Permission needed: none.
 */
export interface TagsGetClustersParams {
  /**
   * The tag to fetch clusters for.
   */
  readonly tag: string | number | undefined;
}

/**
 * Arguments of `flickr.tags.getHotList`: Returns a list of hot tags for the given period.
 *
 * Permission needed: none.
 */
export interface TagsGetHotListParams {
  /**
   * The period for which to fetch hot tags. Valid values are day and week (defaults to day).
   */
  readonly period?: string | number | undefined;
  /**
   * The number of tags to return. Defaults to 20. Maximum allowed value is 200.
   */
  readonly count?: string | number | undefined;
}

/**
 * Arguments of `flickr.tags.getListPhoto`: Get the tag list for a given photo.
 *
 * Permission needed: none.
 */
export interface TagsGetListPhotoParams {
  /**
   * The id of the photo to return tags for.
   */
  readonly photo_id: string | number | undefined;
}

/**
 * Arguments of `flickr.tags.getListUser`: Get the tag list for a given user (or the currently
 * logged in user).
 *
 * Permission needed: none.
 */
export interface TagsGetListUserParams {
  /**
   * The NSID of the user to fetch the tag list for. If this argument is not specified, the
   * currently logged in user (if any) is assumed.
   */
  readonly user_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.tags.getListUserPopular`: Get the popular tags for a given user (or the
 * currently logged in user).
 *
 * Permission needed: none.
 */
export interface TagsGetListUserPopularParams {
  /**
   * The NSID of the user to fetch the tag list for. If this argument is not specified, the
   * currently logged in user (if any) is assumed.
   */
  readonly user_id?: string | number | undefined;
  /**
   * Number of popular tags to return. defaults to 10 when this argument is not present.
   */
  readonly count?: string | number | undefined;
}

/**
 * Arguments of `flickr.tags.getListUserRaw`: Get the raw versions of a given tag (or all tags) for
 * the currently logged-in user.
 *
 * Permission needed: none.
 */
export interface TagsGetListUserRawParams {
  /**
   * The tag you want to retrieve all raw versions for.
   */
  readonly tag?: string | number | undefined;
}

/**
 * Arguments of `flickr.tags.getMostFrequentlyUsed`: Returns a list of most frequently used tags for
 * a user.
 *
 * Permission needed: `read`.
 */
export type TagsGetMostFrequentlyUsedParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.tags.getRelated`: Returns a list of tags 'related' to the given tag, based
 * on clustered usage analysis.
 *
 * Permission needed: none.
 */
export interface TagsGetRelatedParams {
  /**
   * The tag to fetch related tags for.
   */
  readonly tag: string | number | undefined;
}

/**
 * Arguments of `flickr.test.echo`: A testing method which echo's all parameters back in the
 * response.
 *
 * Permission needed: none.
 */
export type TestEchoParams =
  Readonly<Record<string, string | number | boolean>>;

/**
 * Arguments of `flickr.test.login`: A testing method which checks if the caller is logged in then
 * returns their username.
 *
 * Permission needed: `read`.
 */
export type TestLoginParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.test.null`: Null test
 *
 * Permission needed: `read`.
 */
export type TestNullParams = Readonly<Record<string, never>>;

/**
 * Arguments of `flickr.testimonials.addTestimonial`: Write a new testimonial
 *
 * Permission needed: `write`.
 */
export interface TestimonialsAddTestimonialParams {
  /**
   * ID of the user the testimonial is about
   */
  readonly user_id: string | number | undefined;
  /**
   * The text of the testimonial. HTML/BBCode is not accepted
   */
  readonly testimonial_text: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.approveTestimonial`: Approve a testimonial that has been
 * written about the currently loggedin user
 *
 * Permission needed: `write`.
 */
export interface TestimonialsApproveTestimonialParams {
  /**
   * ID of the testimonial to approve
   */
  readonly testimonial_id: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.deleteTestimonial`: Permanently delete a testimonial. The
 * loggedin user must be either the author or recipient of the testimonial
 *
 * Permission needed: `write`.
 */
export interface TestimonialsDeleteTestimonialParams {
  /**
   */
  readonly testimonial_id: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.editTestimonial`: Change the text of a testimonial. The
 * loggedin user must be the author of the existing testimonial. Editing a testimonial will mark it
 * as pending and will require it to be re-approved by the recipient before appearing on their
 * profile
 *
 * Permission needed: `write`.
 */
export interface TestimonialsEditTestimonialParams {
  /**
   * The NSID of the user the testimonial is about
   */
  readonly user_id: string | number | undefined;
  /**
   * The ID of the testimonial to edit
   */
  readonly testimonial_id: string | number | undefined;
  /**
   * The text of the testimonial. HTML/BBCode is not accepted
   */
  readonly testimonial_text: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getAllTestimonialsAbout`: Get all testimonials (pending and
 * approved) written about the given user
 *
 * Permission needed: `read`.
 */
export interface TestimonialsGetAllTestimonialsAboutParams {
  /**
   * Page number. Default is 0
   */
  readonly page?: string | number | undefined;
  /**
   * Number of testimonials to return per page. Default is 10, maximum is 50
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getAllTestimonialsAboutBy`: Get the testimonial by the
 * currently logged-in user about the given user, regardless of approval status. Note that at most 1
 * testimonial will be returned
 *
 * Permission needed: `read`.
 */
export interface TestimonialsGetAllTestimonialsAboutByParams {
  /**
   * ID of the user to get testimonials about
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getAllTestimonialsBy`: Get all testimonials (pending and
 * approved) written by the given user
 *
 * Permission needed: `read`.
 */
export interface TestimonialsGetAllTestimonialsByParams {
  /**
   * Page number. Default is 0
   */
  readonly page?: string | number | undefined;
  /**
   * Number of testimonials to return per page. Default is 10, maximum is 50
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getPendingTestimonialsAbout`: Get all pending testimonials
 * written about the given user
 *
 * Permission needed: `read`.
 */
export interface TestimonialsGetPendingTestimonialsAboutParams {
  /**
   * Page number. Default is 0
   */
  readonly page?: string | number | undefined;
  /**
   * Number of testimonials to return per page. Default is 10, maximum is 50
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getPendingTestimonialsAboutBy`: Get the pending testimonial by
 * the currently logged-in user about the given user. Note that at most 1 testimonial will be
 * returned
 *
 * Permission needed: `read`.
 */
export interface TestimonialsGetPendingTestimonialsAboutByParams {
  /**
   * ID of the user to get testimonials about
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getPendingTestimonialsBy`: Get all pending testimonials written
 * by the given user
 *
 * Permission needed: `read`.
 */
export interface TestimonialsGetPendingTestimonialsByParams {
  /**
   * Page number. Default is 0
   */
  readonly page?: string | number | undefined;
  /**
   * Number of testimonials to return per page. Default is 10, maximum is 50
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getTestimonialsAbout`: Get approved testimonials about the
 * given user
 *
 * Permission needed: none.
 */
export interface TestimonialsGetTestimonialsAboutParams {
  /**
   * ID of the user to get testimonials about
   */
  readonly user_id: string | number | undefined;
  /**
   * Page number. Default is 0
   */
  readonly page?: string | number | undefined;
  /**
   * Number of testimonials to return per page. Default is 10, maximum is 50
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getTestimonialsAboutBy`: Get the approved testimonial by the
 * currently logged-in user about the given user. Note that at most 1 testimonial will be returned
 *
 * Permission needed: `read`.
 */
export interface TestimonialsGetTestimonialsAboutByParams {
  /**
   * ID of the user to get testimonials about
   */
  readonly user_id: string | number | undefined;
}

/**
 * Arguments of `flickr.testimonials.getTestimonialsBy`: Get approved testimonials written by the
 * given user
 *
 * Permission needed: none.
 */
export interface TestimonialsGetTestimonialsByParams {
  /**
   * ID of the user to get testimonials written by
   */
  readonly user_id: string | number | undefined;
  /**
   * Page number. Default is 0
   */
  readonly page?: string | number | undefined;
  /**
   * Number of testimonials to return per page. Default is 10, maximum is 50
   */
  readonly per_page?: string | number | undefined;
}

/**
 * Arguments of `flickr.urls.getGroup`: Returns the url to a group's page.
 *
 * Permission needed: none.
 */
export interface UrlsGetGroupParams {
  /**
   * The NSID of the group to fetch the url for.
   */
  readonly group_id: string | number | undefined;
}

/**
 * Arguments of `flickr.urls.getUserPhotos`: Returns the url to a user's photos.
 *
 * Permission needed: none.
 */
export interface UrlsGetUserPhotosParams {
  /**
   * The NSID of the user to fetch the url for. If omitted, the calling user is assumed.
   */
  readonly user_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.urls.getUserProfile`: Returns the url to a user's profile.
 *
 * Permission needed: none.
 */
export interface UrlsGetUserProfileParams {
  /**
   * The NSID of the user to fetch the url for. If omitted, the calling user is assumed.
   */
  readonly user_id?: string | number | undefined;
}

/**
 * Arguments of `flickr.urls.lookupGallery`: Returns gallery info, by url.
 *
 * Permission needed: none.
 */
export interface UrlsLookupGalleryParams {
  /**
   * The gallery's URL.
   */
  readonly url: string | number | undefined;
}

/**
 * Arguments of `flickr.urls.lookupGroup`: Returns a group NSID, given the url to a group's page or
 * photo pool.
 *
 * Permission needed: none.
 */
export interface UrlsLookupGroupParams {
  /**
   * The url to the group's page or photo pool.
   */
  readonly url: string | number | undefined;
}

/**
 * Arguments of `flickr.urls.lookupUser`: Returns a user NSID, given the url to a user's photos or
 * profile.
 *
 * Permission needed: none.
 */
export interface UrlsLookupUserParams {
  /**
   * The url to the user's profile or photos page.
   */
  readonly url: string | number | undefined;
}

/** The arguments of each method, by method name. */
export interface FlickrMethodParams {
  'flickr.activity.userComments': ActivityUserCommentsParams;
  'flickr.activity.userPhotos': ActivityUserPhotosParams;
  'flickr.auth.checkToken': AuthCheckTokenParams;
  'flickr.auth.getFrob': AuthGetFrobParams;
  'flickr.auth.getFullToken': AuthGetFullTokenParams;
  'flickr.auth.getToken': AuthGetTokenParams;
  'flickr.auth.oauth.checkToken': AuthOauthCheckTokenParams;
  'flickr.auth.oauth.getAccessToken': AuthOauthGetAccessTokenParams;
  'flickr.blogs.getList': BlogsGetListParams;
  'flickr.blogs.getServices': BlogsGetServicesParams;
  'flickr.blogs.postPhoto': BlogsPostPhotoParams;
  'flickr.cameras.getBrandModels': CamerasGetBrandModelsParams;
  'flickr.cameras.getBrands': CamerasGetBrandsParams;
  'flickr.collections.getInfo': CollectionsGetInfoParams;
  'flickr.collections.getTree': CollectionsGetTreeParams;
  'flickr.commons.getInstitutions': CommonsGetInstitutionsParams;
  'flickr.contacts.getList': ContactsGetListParams;
  'flickr.contacts.getListRecentlyUploaded': ContactsGetListRecentlyUploadedParams;
  'flickr.contacts.getPublicList': ContactsGetPublicListParams;
  'flickr.contacts.getTaggingSuggestions': ContactsGetTaggingSuggestionsParams;
  'flickr.favorites.add': FavoritesAddParams;
  'flickr.favorites.getContext': FavoritesGetContextParams;
  'flickr.favorites.getList': FavoritesGetListParams;
  'flickr.favorites.getPublicList': FavoritesGetPublicListParams;
  'flickr.favorites.remove': FavoritesRemoveParams;
  'flickr.galleries.addPhoto': GalleriesAddPhotoParams;
  'flickr.galleries.create': GalleriesCreateParams;
  'flickr.galleries.editMeta': GalleriesEditMetaParams;
  'flickr.galleries.editPhoto': GalleriesEditPhotoParams;
  'flickr.galleries.editPhotos': GalleriesEditPhotosParams;
  'flickr.galleries.getInfo': GalleriesGetInfoParams;
  'flickr.galleries.getList': GalleriesGetListParams;
  'flickr.galleries.getListForPhoto': GalleriesGetListForPhotoParams;
  'flickr.galleries.getPhotos': GalleriesGetPhotosParams;
  'flickr.galleries.removePhoto': GalleriesRemovePhotoParams;
  'flickr.groups.discuss.replies.add': GroupsDiscussRepliesAddParams;
  'flickr.groups.discuss.replies.delete': GroupsDiscussRepliesDeleteParams;
  'flickr.groups.discuss.replies.edit': GroupsDiscussRepliesEditParams;
  'flickr.groups.discuss.replies.getInfo': GroupsDiscussRepliesGetInfoParams;
  'flickr.groups.discuss.replies.getList': GroupsDiscussRepliesGetListParams;
  'flickr.groups.discuss.topics.add': GroupsDiscussTopicsAddParams;
  'flickr.groups.discuss.topics.getInfo': GroupsDiscussTopicsGetInfoParams;
  'flickr.groups.discuss.topics.getList': GroupsDiscussTopicsGetListParams;
  'flickr.groups.getInfo': GroupsGetInfoParams;
  'flickr.groups.join': GroupsJoinParams;
  'flickr.groups.joinRequest': GroupsJoinRequestParams;
  'flickr.groups.leave': GroupsLeaveParams;
  'flickr.groups.members.getList': GroupsMembersGetListParams;
  'flickr.groups.pools.add': GroupsPoolsAddParams;
  'flickr.groups.pools.getContext': GroupsPoolsGetContextParams;
  'flickr.groups.pools.getGroups': GroupsPoolsGetGroupsParams;
  'flickr.groups.pools.getPhotos': GroupsPoolsGetPhotosParams;
  'flickr.groups.pools.remove': GroupsPoolsRemoveParams;
  'flickr.groups.search': GroupsSearchParams;
  'flickr.interestingness.getList': InterestingnessGetListParams;
  'flickr.machinetags.getNamespaces': MachinetagsGetNamespacesParams;
  'flickr.machinetags.getPairs': MachinetagsGetPairsParams;
  'flickr.machinetags.getPredicates': MachinetagsGetPredicatesParams;
  'flickr.machinetags.getRecentValues': MachinetagsGetRecentValuesParams;
  'flickr.machinetags.getValues': MachinetagsGetValuesParams;
  'flickr.panda.getList': PandaGetListParams;
  'flickr.panda.getPhotos': PandaGetPhotosParams;
  'flickr.people.findByEmail': PeopleFindByEmailParams;
  'flickr.people.findByUsername': PeopleFindByUsernameParams;
  'flickr.people.getGroups': PeopleGetGroupsParams;
  'flickr.people.getInfo': PeopleGetInfoParams;
  'flickr.people.getLimits': PeopleGetLimitsParams;
  'flickr.people.getPhotos': PeopleGetPhotosParams;
  'flickr.people.getPhotosOf': PeopleGetPhotosOfParams;
  'flickr.people.getPublicGroups': PeopleGetPublicGroupsParams;
  'flickr.people.getPublicPhotos': PeopleGetPublicPhotosParams;
  'flickr.people.getUploadStatus': PeopleGetUploadStatusParams;
  'flickr.photos.addTags': PhotosAddTagsParams;
  'flickr.photos.comments.addComment': PhotosCommentsAddCommentParams;
  'flickr.photos.comments.deleteComment': PhotosCommentsDeleteCommentParams;
  'flickr.photos.comments.editComment': PhotosCommentsEditCommentParams;
  'flickr.photos.comments.getList': PhotosCommentsGetListParams;
  'flickr.photos.comments.getRecentForContacts': PhotosCommentsGetRecentForContactsParams;
  'flickr.photos.delete': PhotosDeleteParams;
  'flickr.photos.geo.batchCorrectLocation': PhotosGeoBatchCorrectLocationParams;
  'flickr.photos.geo.correctLocation': PhotosGeoCorrectLocationParams;
  'flickr.photos.geo.getLocation': PhotosGeoGetLocationParams;
  'flickr.photos.geo.getPerms': PhotosGeoGetPermsParams;
  'flickr.photos.geo.photosForLocation': PhotosGeoPhotosForLocationParams;
  'flickr.photos.geo.removeLocation': PhotosGeoRemoveLocationParams;
  'flickr.photos.geo.setContext': PhotosGeoSetContextParams;
  'flickr.photos.geo.setLocation': PhotosGeoSetLocationParams;
  'flickr.photos.geo.setPerms': PhotosGeoSetPermsParams;
  'flickr.photos.getAllContexts': PhotosGetAllContextsParams;
  'flickr.photos.getContactsPhotos': PhotosGetContactsPhotosParams;
  'flickr.photos.getContactsPublicPhotos': PhotosGetContactsPublicPhotosParams;
  'flickr.photos.getContext': PhotosGetContextParams;
  'flickr.photos.getCounts': PhotosGetCountsParams;
  'flickr.photos.getExif': PhotosGetExifParams;
  'flickr.photos.getFavorites': PhotosGetFavoritesParams;
  'flickr.photos.getInfo': PhotosGetInfoParams;
  'flickr.photos.getNotInSet': PhotosGetNotInSetParams;
  'flickr.photos.getPerms': PhotosGetPermsParams;
  'flickr.photos.getPopular': PhotosGetPopularParams;
  'flickr.photos.getRecent': PhotosGetRecentParams;
  'flickr.photos.getSizes': PhotosGetSizesParams;
  'flickr.photos.getUntagged': PhotosGetUntaggedParams;
  'flickr.photos.getWithGeoData': PhotosGetWithGeoDataParams;
  'flickr.photos.getWithoutGeoData': PhotosGetWithoutGeoDataParams;
  'flickr.photos.licenses.getInfo': PhotosLicensesGetInfoParams;
  'flickr.photos.licenses.getLicenseHistory': PhotosLicensesGetLicenseHistoryParams;
  'flickr.photos.licenses.setLicense': PhotosLicensesSetLicenseParams;
  'flickr.photos.notes.add': PhotosNotesAddParams;
  'flickr.photos.notes.delete': PhotosNotesDeleteParams;
  'flickr.photos.notes.edit': PhotosNotesEditParams;
  'flickr.photos.people.add': PhotosPeopleAddParams;
  'flickr.photos.people.delete': PhotosPeopleDeleteParams;
  'flickr.photos.people.deleteCoords': PhotosPeopleDeleteCoordsParams;
  'flickr.photos.people.editCoords': PhotosPeopleEditCoordsParams;
  'flickr.photos.people.getList': PhotosPeopleGetListParams;
  'flickr.photos.recentlyUpdated': PhotosRecentlyUpdatedParams;
  'flickr.photos.removeTag': PhotosRemoveTagParams;
  'flickr.photos.search': PhotosSearchParams;
  'flickr.photos.setContentType': PhotosSetContentTypeParams;
  'flickr.photos.setDates': PhotosSetDatesParams;
  'flickr.photos.setMeta': PhotosSetMetaParams;
  'flickr.photos.setPerms': PhotosSetPermsParams;
  'flickr.photos.setSafetyLevel': PhotosSetSafetyLevelParams;
  'flickr.photos.setTags': PhotosSetTagsParams;
  'flickr.photos.suggestions.approveSuggestion': PhotosSuggestionsApproveSuggestionParams;
  'flickr.photos.suggestions.getList': PhotosSuggestionsGetListParams;
  'flickr.photos.suggestions.rejectSuggestion': PhotosSuggestionsRejectSuggestionParams;
  'flickr.photos.suggestions.removeSuggestion': PhotosSuggestionsRemoveSuggestionParams;
  'flickr.photos.suggestions.suggestLocation': PhotosSuggestionsSuggestLocationParams;
  'flickr.photos.transform.rotate': PhotosTransformRotateParams;
  'flickr.photos.upload.checkTickets': PhotosUploadCheckTicketsParams;
  'flickr.photosets.addPhoto': PhotosetsAddPhotoParams;
  'flickr.photosets.comments.addComment': PhotosetsCommentsAddCommentParams;
  'flickr.photosets.comments.deleteComment': PhotosetsCommentsDeleteCommentParams;
  'flickr.photosets.comments.editComment': PhotosetsCommentsEditCommentParams;
  'flickr.photosets.comments.getList': PhotosetsCommentsGetListParams;
  'flickr.photosets.create': PhotosetsCreateParams;
  'flickr.photosets.delete': PhotosetsDeleteParams;
  'flickr.photosets.editMeta': PhotosetsEditMetaParams;
  'flickr.photosets.editPhotos': PhotosetsEditPhotosParams;
  'flickr.photosets.getContext': PhotosetsGetContextParams;
  'flickr.photosets.getInfo': PhotosetsGetInfoParams;
  'flickr.photosets.getList': PhotosetsGetListParams;
  'flickr.photosets.getPhotos': PhotosetsGetPhotosParams;
  'flickr.photosets.orderSets': PhotosetsOrderSetsParams;
  'flickr.photosets.removePhoto': PhotosetsRemovePhotoParams;
  'flickr.photosets.removePhotos': PhotosetsRemovePhotosParams;
  'flickr.photosets.reorderPhotos': PhotosetsReorderPhotosParams;
  'flickr.photosets.setPrimaryPhoto': PhotosetsSetPrimaryPhotoParams;
  'flickr.places.find': PlacesFindParams;
  'flickr.places.findByLatLon': PlacesFindByLatLonParams;
  'flickr.places.getChildrenWithPhotosPublic': PlacesGetChildrenWithPhotosPublicParams;
  'flickr.places.getInfo': PlacesGetInfoParams;
  'flickr.places.getInfoByUrl': PlacesGetInfoByUrlParams;
  'flickr.places.getPlaceTypes': PlacesGetPlaceTypesParams;
  'flickr.places.getShapeHistory': PlacesGetShapeHistoryParams;
  'flickr.places.getTopPlacesList': PlacesGetTopPlacesListParams;
  'flickr.places.placesForBoundingBox': PlacesPlacesForBoundingBoxParams;
  'flickr.places.placesForContacts': PlacesPlacesForContactsParams;
  'flickr.places.placesForTags': PlacesPlacesForTagsParams;
  'flickr.places.placesForUser': PlacesPlacesForUserParams;
  'flickr.places.resolvePlaceId': PlacesResolvePlaceIdParams;
  'flickr.places.resolvePlaceURL': PlacesResolvePlaceURLParams;
  'flickr.places.tagsForPlace': PlacesTagsForPlaceParams;
  'flickr.prefs.getContentType': PrefsGetContentTypeParams;
  'flickr.prefs.getGeoPerms': PrefsGetGeoPermsParams;
  'flickr.prefs.getHidden': PrefsGetHiddenParams;
  'flickr.prefs.getPrivacy': PrefsGetPrivacyParams;
  'flickr.prefs.getSafetyLevel': PrefsGetSafetyLevelParams;
  'flickr.profile.getProfile': ProfileGetProfileParams;
  'flickr.push.getSubscriptions': PushGetSubscriptionsParams;
  'flickr.push.getTopics': PushGetTopicsParams;
  'flickr.push.subscribe': PushSubscribeParams;
  'flickr.push.unsubscribe': PushUnsubscribeParams;
  'flickr.reflection.getMethodInfo': ReflectionGetMethodInfoParams;
  'flickr.reflection.getMethods': ReflectionGetMethodsParams;
  'flickr.stats.getCSVFiles': StatsGetCSVFilesParams;
  'flickr.stats.getCollectionDomains': StatsGetCollectionDomainsParams;
  'flickr.stats.getCollectionReferrers': StatsGetCollectionReferrersParams;
  'flickr.stats.getCollectionStats': StatsGetCollectionStatsParams;
  'flickr.stats.getMostPopularPhotoDateRange': StatsGetMostPopularPhotoDateRangeParams;
  'flickr.stats.getPhotoDomains': StatsGetPhotoDomainsParams;
  'flickr.stats.getPhotoReferrers': StatsGetPhotoReferrersParams;
  'flickr.stats.getPhotoStats': StatsGetPhotoStatsParams;
  'flickr.stats.getPhotosetDomains': StatsGetPhotosetDomainsParams;
  'flickr.stats.getPhotosetReferrers': StatsGetPhotosetReferrersParams;
  'flickr.stats.getPhotosetStats': StatsGetPhotosetStatsParams;
  'flickr.stats.getPhotostreamDomains': StatsGetPhotostreamDomainsParams;
  'flickr.stats.getPhotostreamReferrers': StatsGetPhotostreamReferrersParams;
  'flickr.stats.getPhotostreamStats': StatsGetPhotostreamStatsParams;
  'flickr.stats.getPopularPhotos': StatsGetPopularPhotosParams;
  'flickr.stats.getTotalViews': StatsGetTotalViewsParams;
  'flickr.tags.getClusterPhotos': TagsGetClusterPhotosParams;
  'flickr.tags.getClusters': TagsGetClustersParams;
  'flickr.tags.getHotList': TagsGetHotListParams;
  'flickr.tags.getListPhoto': TagsGetListPhotoParams;
  'flickr.tags.getListUser': TagsGetListUserParams;
  'flickr.tags.getListUserPopular': TagsGetListUserPopularParams;
  'flickr.tags.getListUserRaw': TagsGetListUserRawParams;
  'flickr.tags.getMostFrequentlyUsed': TagsGetMostFrequentlyUsedParams;
  'flickr.tags.getRelated': TagsGetRelatedParams;
  'flickr.test.echo': TestEchoParams;
  'flickr.test.login': TestLoginParams;
  'flickr.test.null': TestNullParams;
  'flickr.testimonials.addTestimonial': TestimonialsAddTestimonialParams;
  'flickr.testimonials.approveTestimonial': TestimonialsApproveTestimonialParams;
  'flickr.testimonials.deleteTestimonial': TestimonialsDeleteTestimonialParams;
  'flickr.testimonials.editTestimonial': TestimonialsEditTestimonialParams;
  'flickr.testimonials.getAllTestimonialsAbout': TestimonialsGetAllTestimonialsAboutParams;
  'flickr.testimonials.getAllTestimonialsAboutBy': TestimonialsGetAllTestimonialsAboutByParams;
  'flickr.testimonials.getAllTestimonialsBy': TestimonialsGetAllTestimonialsByParams;
  'flickr.testimonials.getPendingTestimonialsAbout': TestimonialsGetPendingTestimonialsAboutParams;
  'flickr.testimonials.getPendingTestimonialsAboutBy':
    TestimonialsGetPendingTestimonialsAboutByParams;
  'flickr.testimonials.getPendingTestimonialsBy': TestimonialsGetPendingTestimonialsByParams;
  'flickr.testimonials.getTestimonialsAbout': TestimonialsGetTestimonialsAboutParams;
  'flickr.testimonials.getTestimonialsAboutBy': TestimonialsGetTestimonialsAboutByParams;
  'flickr.testimonials.getTestimonialsBy': TestimonialsGetTestimonialsByParams;
  'flickr.urls.getGroup': UrlsGetGroupParams;
  'flickr.urls.getUserPhotos': UrlsGetUserPhotosParams;
  'flickr.urls.getUserProfile': UrlsGetUserProfileParams;
  'flickr.urls.lookupGallery': UrlsLookupGalleryParams;
  'flickr.urls.lookupGroup': UrlsLookupGroupParams;
  'flickr.urls.lookupUser': UrlsLookupUserParams;
}
