// GENERATED FILE, DO NOT EDIT. Generated from spec/flickr-methods.json by
// packages/flickrapi/scripts/generate-methods.mjs; regenerate with `npm run generate`.
/**
 * The typed namespaces of a client: `flickr.photos.getInfo(params)` for every method.
 */
import type { ResponseFormat } from '../../formats/response-format.js';
import type { FlickrMethod, FlickrMethodOptionalParams } from '../method-types.js';
import type * as P from './method-params.js';

/** Every Flickr method, as nested namespaces. `F` is the client's default response format. */
export interface FlickrNamespaces<F extends ResponseFormat> {
  readonly activity: {
    /**
     * `flickr.activity.userComments`: Returns a list of recent activity on photos commented on by
     * the calling user. Do not poll this method more than once an hour.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly userComments: FlickrMethodOptionalParams<P.ActivityUserCommentsParams, F>;
    /**
     * `flickr.activity.userPhotos`: Returns a list of recent activity on photos belonging to the
     * calling user. Do not poll this method more than once an hour.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly userPhotos: FlickrMethodOptionalParams<P.ActivityUserPhotosParams, F>;
  };
  readonly auth: {
    /**
     * `flickr.auth.checkToken`: Returns the credentials attached to an authentication token. This
     * call must be signed, and is deprecated in favour of OAuth.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly checkToken: FlickrMethod<P.AuthCheckTokenParams, F>;
    /**
     * `flickr.auth.getFrob`: Returns a frob to be used during authentication. This method call must
     * be signed, and is deprecated in favour of OAuth.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getFrob: FlickrMethodOptionalParams<P.AuthGetFrobParams, F>;
    /**
     * `flickr.auth.getFullToken`: Get the full authentication token for a mini-token. This method
     * call must be signed, and is deprecated in favour of OAuth.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getFullToken: FlickrMethod<P.AuthGetFullTokenParams, F>;
    /**
     * `flickr.auth.getToken`: Returns the auth token for the given frob, if one has been attached.
     * This method call must be signed, and is deprecated in favour of OAuth.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getToken: FlickrMethod<P.AuthGetTokenParams, F>;
    readonly oauth: {
      /**
       * `flickr.auth.oauth.checkToken`: Returns the credentials attached to an OAuth authentication
       * token.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly checkToken: FlickrMethodOptionalParams<P.AuthOauthCheckTokenParams, F>;
      /**
       * `flickr.auth.oauth.getAccessToken`: Exchange an auth token from the old Authentication API,
       * to an OAuth access token. Calling this method will delete the auth token used to make the
       * request.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getAccessToken: FlickrMethodOptionalParams<P.AuthOauthGetAccessTokenParams, F>;
    };
  };
  readonly blogs: {
    /**
     * `flickr.blogs.getList`: Get a list of configured blogs for the calling user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getList: FlickrMethodOptionalParams<P.BlogsGetListParams, F>;
    /**
     * `flickr.blogs.getServices`: Return a list of Flickr supported blogging services
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getServices: FlickrMethodOptionalParams<P.BlogsGetServicesParams, F>;
    /**
     * `flickr.blogs.postPhoto`:
     *
     * Permission needed: write. Sent with POST.
     */
    readonly postPhoto: FlickrMethod<P.BlogsPostPhotoParams, F>;
  };
  readonly cameras: {
    /**
     * `flickr.cameras.getBrandModels`: Retrieve all the models for a given camera brand.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getBrandModels: FlickrMethod<P.CamerasGetBrandModelsParams, F>;
    /**
     * `flickr.cameras.getBrands`: Returns all the brands of cameras that Flickr knows about.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getBrands: FlickrMethodOptionalParams<P.CamerasGetBrandsParams, F>;
  };
  readonly collections: {
    /**
     * `flickr.collections.getInfo`: Returns information for a single collection.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getInfo: FlickrMethod<P.CollectionsGetInfoParams, F>;
    /**
     * `flickr.collections.getTree`: Returns a tree (or sub tree) of collections belonging to a
     * given user.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getTree: FlickrMethodOptionalParams<P.CollectionsGetTreeParams, F>;
  };
  readonly commons: {
    /**
     * `flickr.commons.getInstitutions`: Retrieves a list of the current Commons institutions.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getInstitutions: FlickrMethodOptionalParams<P.CommonsGetInstitutionsParams, F>;
  };
  readonly contacts: {
    /**
     * `flickr.contacts.getList`: Get a list of contacts for the calling user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getList: FlickrMethodOptionalParams<P.ContactsGetListParams, F>;
    /**
     * `flickr.contacts.getListRecentlyUploaded`: Return a list of contacts for a user who have
     * recently uploaded photos along with the total count of photos uploaded.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getListRecentlyUploaded: FlickrMethodOptionalParams<
      P.ContactsGetListRecentlyUploadedParams,
      F
    >;
    /**
     * `flickr.contacts.getPublicList`: Get the contact list for a user.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPublicList: FlickrMethod<P.ContactsGetPublicListParams, F>;
    /**
     * `flickr.contacts.getTaggingSuggestions`: Get suggestions for tagging people in photos based
     * on the calling user's contacts.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getTaggingSuggestions: FlickrMethodOptionalParams<
      P.ContactsGetTaggingSuggestionsParams,
      F
    >;
  };
  readonly favorites: {
    /**
     * `flickr.favorites.add`: Adds a photo to a user's favorites list.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly add: FlickrMethod<P.FavoritesAddParams, F>;
    /**
     * `flickr.favorites.getContext`: Returns next and previous favorites for a photo in a user's
     * favorites.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getContext: FlickrMethod<P.FavoritesGetContextParams, F>;
    /**
     * `flickr.favorites.getList`: Returns a list of the user's favorite photos. Only photos which
     * the calling user has permission to see are returned.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getList: FlickrMethodOptionalParams<P.FavoritesGetListParams, F>;
    /**
     * `flickr.favorites.getPublicList`: Returns a list of favorite public photos for the given
     * user.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPublicList: FlickrMethod<P.FavoritesGetPublicListParams, F>;
    /**
     * `flickr.favorites.remove`: Removes a photo from a user's favorites list.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly remove: FlickrMethod<P.FavoritesRemoveParams, F>;
  };
  readonly galleries: {
    /**
     * `flickr.galleries.addPhoto`: Add a photo to a gallery.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly addPhoto: FlickrMethod<P.GalleriesAddPhotoParams, F>;
    /**
     * `flickr.galleries.create`: Create a new gallery for the calling user.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly create: FlickrMethod<P.GalleriesCreateParams, F>;
    /**
     * `flickr.galleries.editMeta`: Modify the meta-data for a gallery.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly editMeta: FlickrMethod<P.GalleriesEditMetaParams, F>;
    /**
     * `flickr.galleries.editPhoto`: Edit the comment for a gallery photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly editPhoto: FlickrMethod<P.GalleriesEditPhotoParams, F>;
    /**
     * `flickr.galleries.editPhotos`: Modify the photos in a gallery. Use this method to add, remove
     * and re-order photos.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly editPhotos: FlickrMethod<P.GalleriesEditPhotosParams, F>;
    /**
     * `flickr.galleries.getInfo`:
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getInfo: FlickrMethod<P.GalleriesGetInfoParams, F>;
    /**
     * `flickr.galleries.getList`: Return the list of galleries created by a user. Sorted from
     * newest to oldest.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getList: FlickrMethod<P.GalleriesGetListParams, F>;
    /**
     * `flickr.galleries.getListForPhoto`: Return the list of galleries to which a photo has been
     * added. Galleries are returned sorted by date which the photo was added to the gallery.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getListForPhoto: FlickrMethod<P.GalleriesGetListForPhotoParams, F>;
    /**
     * `flickr.galleries.getPhotos`: Return the list of photos for a gallery
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPhotos: FlickrMethod<P.GalleriesGetPhotosParams, F>;
    /**
     * `flickr.galleries.removePhoto`: Remove a photo from a gallery.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly removePhoto: FlickrMethod<P.GalleriesRemovePhotoParams, F>;
  };
  readonly groups: {
    readonly discuss: {
      readonly replies: {
        /**
         * `flickr.groups.discuss.replies.add`: Post a new reply to a group discussion topic.
         *
         * Permission needed: write. Sent with POST.
         */
        readonly add: FlickrMethod<P.GroupsDiscussRepliesAddParams, F>;
        /**
         * `flickr.groups.discuss.replies.delete`: Delete a reply from a group topic.
         *
         * Permission needed: delete. Sent with POST.
         */
        readonly delete: FlickrMethod<P.GroupsDiscussRepliesDeleteParams, F>;
        /**
         * `flickr.groups.discuss.replies.edit`: Edit a topic reply.
         *
         * Permission needed: write. Sent with POST.
         */
        readonly edit: FlickrMethod<P.GroupsDiscussRepliesEditParams, F>;
        /**
         * `flickr.groups.discuss.replies.getInfo`: Get information on a group topic reply.
         *
         * Permission needed: none. Sent with GET.
         */
        readonly getInfo: FlickrMethod<P.GroupsDiscussRepliesGetInfoParams, F>;
        /**
         * `flickr.groups.discuss.replies.getList`: Get a list of replies from a group discussion
         * topic.
         *
         * Permission needed: none. Sent with GET.
         */
        readonly getList: FlickrMethod<P.GroupsDiscussRepliesGetListParams, F>;
      };
      readonly topics: {
        /**
         * `flickr.groups.discuss.topics.add`: Post a new discussion topic to a group.
         *
         * Permission needed: write. Sent with POST.
         */
        readonly add: FlickrMethod<P.GroupsDiscussTopicsAddParams, F>;
        /**
         * `flickr.groups.discuss.topics.getInfo`: Get information about a group discussion topic.
         *
         * Permission needed: none. Sent with GET.
         */
        readonly getInfo: FlickrMethod<P.GroupsDiscussTopicsGetInfoParams, F>;
        /**
         * `flickr.groups.discuss.topics.getList`: Get a list of discussion topics in a group.
         *
         * Permission needed: none. Sent with GET.
         */
        readonly getList: FlickrMethod<P.GroupsDiscussTopicsGetListParams, F>;
      };
    };
    /**
     * `flickr.groups.getInfo`: Get information about a group.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getInfo: FlickrMethod<P.GroupsGetInfoParams, F>;
    /**
     * `flickr.groups.join`: Join a public group as a member.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly join: FlickrMethod<P.GroupsJoinParams, F>;
    /**
     * `flickr.groups.joinRequest`: Request to join a group that is invitation-only.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly joinRequest: FlickrMethod<P.GroupsJoinRequestParams, F>;
    /**
     * `flickr.groups.leave`: Leave a group. If the user is the only administrator left, and there
     * are other members, the oldest member will be promoted to administrator. If the user is the
     * last person in the group, the group will be deleted.
     *
     * Permission needed: delete. Sent with POST.
     */
    readonly leave: FlickrMethod<P.GroupsLeaveParams, F>;
    readonly members: {
      /**
       * `flickr.groups.members.getList`: Get a list of the members of a group. The call must be
       * signed on behalf of a Flickr member, and the ability to see the group membership will be
       * determined by the Flickr member's group privileges.
       *
       * Permission needed: read. Sent with GET.
       */
      readonly getList: FlickrMethod<P.GroupsMembersGetListParams, F>;
    };
    readonly pools: {
      /**
       * `flickr.groups.pools.add`: Add a photo to a group's pool.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly add: FlickrMethod<P.GroupsPoolsAddParams, F>;
      /**
       * `flickr.groups.pools.getContext`: Returns next and previous photos for a photo in a group
       * pool.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getContext: FlickrMethod<P.GroupsPoolsGetContextParams, F>;
      /**
       * `flickr.groups.pools.getGroups`: Returns a list of groups to which you can add photos.
       *
       * Permission needed: read. Sent with GET.
       */
      readonly getGroups: FlickrMethodOptionalParams<P.GroupsPoolsGetGroupsParams, F>;
      /**
       * `flickr.groups.pools.getPhotos`: Returns a list of pool photos for a given group, based on
       * the permissions of the group and the user logged in (if any).
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getPhotos: FlickrMethod<P.GroupsPoolsGetPhotosParams, F>;
      /**
       * `flickr.groups.pools.remove`: Remove a photo from a group pool.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly remove: FlickrMethod<P.GroupsPoolsRemoveParams, F>;
    };
    /**
     * `flickr.groups.search`: Search for groups. 18+ groups will only be returned for authenticated
     * calls where the authenticated user is over 18.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly search: FlickrMethod<P.GroupsSearchParams, F>;
  };
  readonly interestingness: {
    /**
     * `flickr.interestingness.getList`: Returns the list of interesting photos for the most recent
     * day or a user-specified date.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getList: FlickrMethodOptionalParams<P.InterestingnessGetListParams, F>;
  };
  readonly machinetags: {
    /**
     * `flickr.machinetags.getNamespaces`: Return a list of unique namespaces, optionally limited by
     * a given predicate, in alphabetical order.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getNamespaces: FlickrMethodOptionalParams<P.MachinetagsGetNamespacesParams, F>;
    /**
     * `flickr.machinetags.getPairs`: Return a list of unique namespace and predicate pairs,
     * optionally limited by predicate or namespace, in alphabetical order.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPairs: FlickrMethodOptionalParams<P.MachinetagsGetPairsParams, F>;
    /**
     * `flickr.machinetags.getPredicates`: Return a list of unique predicates, optionally limited by
     * a given namespace.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPredicates: FlickrMethodOptionalParams<P.MachinetagsGetPredicatesParams, F>;
    /**
     * `flickr.machinetags.getRecentValues`: Fetch recently used (or created) machine tags values.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getRecentValues: FlickrMethodOptionalParams<P.MachinetagsGetRecentValuesParams, F>;
    /**
     * `flickr.machinetags.getValues`: Return a list of unique values for a namespace and predicate.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getValues: FlickrMethod<P.MachinetagsGetValuesParams, F>;
  };
  readonly panda: {
    /**
     * `flickr.panda.getList`: Return a list of Flickr pandas, from whom you can request photos
     * using the flickr.panda.getPhotos API method. More information about the pandas can be found
     * on the dev blog.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getList: FlickrMethodOptionalParams<P.PandaGetListParams, F>;
    /**
     * `flickr.panda.getPhotos`: Ask the Flickr Pandas for a list of recent public (and "safe")
     * photos. More information about the pandas can be found on the dev blog.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPhotos: FlickrMethod<P.PandaGetPhotosParams, F>;
  };
  readonly people: {
    /**
     * `flickr.people.findByEmail`: Return a user's NSID, given their email address
     *
     * Permission needed: none. Sent with GET.
     */
    readonly findByEmail: FlickrMethod<P.PeopleFindByEmailParams, F>;
    /**
     * `flickr.people.findByUsername`: Return a user's NSID, given their username.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly findByUsername: FlickrMethod<P.PeopleFindByUsernameParams, F>;
    /**
     * `flickr.people.getGroups`: Returns the list of groups a user is a member of.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getGroups: FlickrMethod<P.PeopleGetGroupsParams, F>;
    /**
     * `flickr.people.getInfo`: Get information about a user.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getInfo: FlickrMethod<P.PeopleGetInfoParams, F>;
    /**
     * `flickr.people.getLimits`: Returns the photo and video limits that apply to the calling user
     * account.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getLimits: FlickrMethodOptionalParams<P.PeopleGetLimitsParams, F>;
    /**
     * `flickr.people.getPhotos`: Return photos from the given user's photostream. Only photos
     * visible to the calling user will be returned. This method must be authenticated; to return
     * public photos for a user, use flickr.people.getPublicPhotos.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPhotos: FlickrMethod<P.PeopleGetPhotosParams, F>;
    /**
     * `flickr.people.getPhotosOf`: Returns a list of photos containing a particular Flickr member.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPhotosOf: FlickrMethod<P.PeopleGetPhotosOfParams, F>;
    /**
     * `flickr.people.getPublicGroups`: Returns the list of public groups a user is a member of.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPublicGroups: FlickrMethod<P.PeopleGetPublicGroupsParams, F>;
    /**
     * `flickr.people.getPublicPhotos`: Get a list of public photos for the given user.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPublicPhotos: FlickrMethod<P.PeopleGetPublicPhotosParams, F>;
    /**
     * `flickr.people.getUploadStatus`: Returns information for the calling user related to photo
     * uploads.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getUploadStatus: FlickrMethodOptionalParams<P.PeopleGetUploadStatusParams, F>;
  };
  readonly photos: {
    /**
     * `flickr.photos.addTags`: Add tags to a photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly addTags: FlickrMethod<P.PhotosAddTagsParams, F>;
    readonly comments: {
      /**
       * `flickr.photos.comments.addComment`: Add comment to a photo as the currently authenticated
       * user.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly addComment: FlickrMethod<P.PhotosCommentsAddCommentParams, F>;
      /**
       * `flickr.photos.comments.deleteComment`: Delete a comment as the currently authenticated
       * user.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly deleteComment: FlickrMethod<P.PhotosCommentsDeleteCommentParams, F>;
      /**
       * `flickr.photos.comments.editComment`: Edit the text of a comment as the currently
       * authenticated user.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly editComment: FlickrMethod<P.PhotosCommentsEditCommentParams, F>;
      /**
       * `flickr.photos.comments.getList`: Returns the comments for a photo
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getList: FlickrMethod<P.PhotosCommentsGetListParams, F>;
      /**
       * `flickr.photos.comments.getRecentForContacts`: Return the list of photos belonging to your
       * contacts that have been commented on recently.
       *
       * Permission needed: read. Sent with GET.
       */
      readonly getRecentForContacts: FlickrMethodOptionalParams<
        P.PhotosCommentsGetRecentForContactsParams,
        F
      >;
    };
    /**
     * `flickr.photos.delete`: Delete a photo from flickr.
     *
     * Permission needed: delete. Sent with POST.
     */
    readonly delete: FlickrMethod<P.PhotosDeleteParams, F>;
    readonly geo: {
      /**
       * `flickr.photos.geo.batchCorrectLocation`: Correct the places hierarchy for all the photos
       * for a user at a given latitude, longitude and accuracy. Batch corrections are processed in
       * a delayed queue so it may take a few minutes before the changes are reflected in a user's
       * photos.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly batchCorrectLocation: FlickrMethod<P.PhotosGeoBatchCorrectLocationParams, F>;
      /**
       * `flickr.photos.geo.correctLocation`:
       *
       * Permission needed: write. Sent with POST.
       */
      readonly correctLocation: FlickrMethod<P.PhotosGeoCorrectLocationParams, F>;
      /**
       * `flickr.photos.geo.getLocation`: Get the geo data (latitude and longitude and the accuracy
       * level) for a photo.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getLocation: FlickrMethod<P.PhotosGeoGetLocationParams, F>;
      /**
       * `flickr.photos.geo.getPerms`: Get permissions for who may view geo data for a photo.
       *
       * Permission needed: read. Sent with GET.
       */
      readonly getPerms: FlickrMethod<P.PhotosGeoGetPermsParams, F>;
      /**
       * `flickr.photos.geo.photosForLocation`: Return a list of photos for the calling user at a
       * specific latitude, longitude and accuracy
       *
       * Permission needed: read. Sent with GET.
       */
      readonly photosForLocation: FlickrMethod<P.PhotosGeoPhotosForLocationParams, F>;
      /**
       * `flickr.photos.geo.removeLocation`: Removes the geo data associated with a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly removeLocation: FlickrMethod<P.PhotosGeoRemoveLocationParams, F>;
      /**
       * `flickr.photos.geo.setContext`: Indicate the state of a photo's geotagginess beyond
       * latitude and longitude. Note : photos passed to this method must already be geotagged
       * (using the flickr.photos.geo.setLocation method).
       *
       * Permission needed: write. Sent with POST.
       */
      readonly setContext: FlickrMethod<P.PhotosGeoSetContextParams, F>;
      /**
       * `flickr.photos.geo.setLocation`: Sets the geo data (latitude and longitude and, optionally,
       * the accuracy level) for a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly setLocation: FlickrMethod<P.PhotosGeoSetLocationParams, F>;
      /**
       * `flickr.photos.geo.setPerms`: Set the permission for who may view the geo data associated
       * with a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly setPerms: FlickrMethod<P.PhotosGeoSetPermsParams, F>;
    };
    /**
     * `flickr.photos.getAllContexts`: Returns all visible sets and pools the photo belongs to.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getAllContexts: FlickrMethod<P.PhotosGetAllContextsParams, F>;
    /**
     * `flickr.photos.getContactsPhotos`: Fetch a list of recent photos from the calling users'
     * contacts.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getContactsPhotos: FlickrMethodOptionalParams<P.PhotosGetContactsPhotosParams, F>;
    /**
     * `flickr.photos.getContactsPublicPhotos`: Fetch a list of recent public photos from a users'
     * contacts.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getContactsPublicPhotos: FlickrMethod<P.PhotosGetContactsPublicPhotosParams, F>;
    /**
     * `flickr.photos.getContext`: Returns next and previous photos for a photo in a photostream.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getContext: FlickrMethod<P.PhotosGetContextParams, F>;
    /**
     * `flickr.photos.getCounts`: Gets a list of photo counts for the given date ranges for the
     * calling user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getCounts: FlickrMethodOptionalParams<P.PhotosGetCountsParams, F>;
    /**
     * `flickr.photos.getExif`: Retrieves a list of EXIF/TIFF/GPS tags for a given photo. The
     * calling user must have permission to view the photo.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getExif: FlickrMethod<P.PhotosGetExifParams, F>;
    /**
     * `flickr.photos.getFavorites`: Returns the list of people who have favorited a given photo.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getFavorites: FlickrMethod<P.PhotosGetFavoritesParams, F>;
    /**
     * `flickr.photos.getInfo`: Get information about a photo. The calling user must have permission
     * to view the photo.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getInfo: FlickrMethod<P.PhotosGetInfoParams, F>;
    /**
     * `flickr.photos.getNotInSet`: Returns a list of your photos that are not part of any sets.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getNotInSet: FlickrMethodOptionalParams<P.PhotosGetNotInSetParams, F>;
    /**
     * `flickr.photos.getPerms`: Get permissions for a photo.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPerms: FlickrMethod<P.PhotosGetPermsParams, F>;
    /**
     * `flickr.photos.getPopular`: Returns a list of popular photos
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPopular: FlickrMethodOptionalParams<P.PhotosGetPopularParams, F>;
    /**
     * `flickr.photos.getRecent`: Returns a list of the latest public photos uploaded to flickr.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getRecent: FlickrMethodOptionalParams<P.PhotosGetRecentParams, F>;
    /**
     * `flickr.photos.getSizes`: Returns the available sizes for a photo. The calling user must have
     * permission to view the photo.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getSizes: FlickrMethod<P.PhotosGetSizesParams, F>;
    /**
     * `flickr.photos.getUntagged`: Returns a list of your photos with no tags.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getUntagged: FlickrMethodOptionalParams<P.PhotosGetUntaggedParams, F>;
    /**
     * `flickr.photos.getWithGeoData`: Returns a list of your geo-tagged photos.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getWithGeoData: FlickrMethodOptionalParams<P.PhotosGetWithGeoDataParams, F>;
    /**
     * `flickr.photos.getWithoutGeoData`: Returns a list of your photos which haven't been
     * geo-tagged.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getWithoutGeoData: FlickrMethodOptionalParams<P.PhotosGetWithoutGeoDataParams, F>;
    readonly licenses: {
      /**
       * `flickr.photos.licenses.getInfo`: Fetches a list of available photo licenses for Flickr.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getInfo: FlickrMethodOptionalParams<P.PhotosLicensesGetInfoParams, F>;
      /**
       * `flickr.photos.licenses.getLicenseHistory`: Fetches the license history of a photo.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getLicenseHistory: FlickrMethod<P.PhotosLicensesGetLicenseHistoryParams, F>;
      /**
       * `flickr.photos.licenses.setLicense`: Sets the license for a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly setLicense: FlickrMethod<P.PhotosLicensesSetLicenseParams, F>;
    };
    readonly notes: {
      /**
       * `flickr.photos.notes.add`: Add a note to a photo. Coordinates and sizes are in pixels,
       * based on the 500px image size shown on individual photo pages.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly add: FlickrMethod<P.PhotosNotesAddParams, F>;
      /**
       * `flickr.photos.notes.delete`: Delete a note from a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly delete: FlickrMethod<P.PhotosNotesDeleteParams, F>;
      /**
       * `flickr.photos.notes.edit`: Edit a note on a photo. Coordinates and sizes are in pixels,
       * based on the 500px image size shown on individual photo pages.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly edit: FlickrMethod<P.PhotosNotesEditParams, F>;
    };
    readonly people: {
      /**
       * `flickr.photos.people.add`: Add a person to a photo. Coordinates and sizes of boxes are
       * optional; they are measured in pixels, based on the 500px image size shown on individual
       * photo pages.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly add: FlickrMethod<P.PhotosPeopleAddParams, F>;
      /**
       * `flickr.photos.people.delete`: Remove a person from a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly delete: FlickrMethod<P.PhotosPeopleDeleteParams, F>;
      /**
       * `flickr.photos.people.deleteCoords`: Remove the bounding box from a person in a photo
       *
       * Permission needed: write. Sent with POST.
       */
      readonly deleteCoords: FlickrMethod<P.PhotosPeopleDeleteCoordsParams, F>;
      /**
       * `flickr.photos.people.editCoords`: Edit the bounding box of an existing person on a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly editCoords: FlickrMethod<P.PhotosPeopleEditCoordsParams, F>;
      /**
       * `flickr.photos.people.getList`: Get a list of people in a given photo.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getList: FlickrMethod<P.PhotosPeopleGetListParams, F>;
    };
    /**
     * `flickr.photos.recentlyUpdated`: Return a list of your photos that have been recently created
     * or which have been recently modified.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly recentlyUpdated: FlickrMethod<P.PhotosRecentlyUpdatedParams, F>;
    /**
     * `flickr.photos.removeTag`: Remove a tag from a photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly removeTag: FlickrMethod<P.PhotosRemoveTagParams, F>;
    /**
     * `flickr.photos.search`: Return a list of photos matching some criteria.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly search: FlickrMethodOptionalParams<P.PhotosSearchParams, F>;
    /**
     * `flickr.photos.setContentType`: Set the content type of a photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly setContentType: FlickrMethod<P.PhotosSetContentTypeParams, F>;
    /**
     * `flickr.photos.setDates`: Set one or both of the dates for a photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly setDates: FlickrMethod<P.PhotosSetDatesParams, F>;
    /**
     * `flickr.photos.setMeta`: Set the meta information for a photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly setMeta: FlickrMethod<P.PhotosSetMetaParams, F>;
    /**
     * `flickr.photos.setPerms`: Set permissions for a photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly setPerms: FlickrMethod<P.PhotosSetPermsParams, F>;
    /**
     * `flickr.photos.setSafetyLevel`: Set the safety level of a photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly setSafetyLevel: FlickrMethod<P.PhotosSetSafetyLevelParams, F>;
    /**
     * `flickr.photos.setTags`: Set the tags for a photo.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly setTags: FlickrMethod<P.PhotosSetTagsParams, F>;
    readonly suggestions: {
      /**
       * `flickr.photos.suggestions.approveSuggestion`: Approve a suggestion for a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly approveSuggestion: FlickrMethod<P.PhotosSuggestionsApproveSuggestionParams, F>;
      /**
       * `flickr.photos.suggestions.getList`: Return a list of suggestions for a user that are
       * pending approval.
       *
       * Permission needed: read. Sent with GET.
       */
      readonly getList: FlickrMethodOptionalParams<P.PhotosSuggestionsGetListParams, F>;
      /**
       * `flickr.photos.suggestions.rejectSuggestion`: Reject a suggestion for a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly rejectSuggestion: FlickrMethod<P.PhotosSuggestionsRejectSuggestionParams, F>;
      /**
       * `flickr.photos.suggestions.removeSuggestion`: Remove a suggestion, made by the calling
       * user, from a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly removeSuggestion: FlickrMethod<P.PhotosSuggestionsRemoveSuggestionParams, F>;
      /**
       * `flickr.photos.suggestions.suggestLocation`: Suggest a geotagged location for a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly suggestLocation: FlickrMethod<P.PhotosSuggestionsSuggestLocationParams, F>;
    };
    readonly transform: {
      /**
       * `flickr.photos.transform.rotate`: Rotate a photo.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly rotate: FlickrMethod<P.PhotosTransformRotateParams, F>;
    };
    readonly upload: {
      /**
       * `flickr.photos.upload.checkTickets`: Checks the status of one or more asynchronous photo
       * upload tickets.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly checkTickets: FlickrMethod<P.PhotosUploadCheckTicketsParams, F>;
    };
  };
  readonly photosets: {
    /**
     * `flickr.photosets.addPhoto`: Add a photo to the end of an existing photoset.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly addPhoto: FlickrMethod<P.PhotosetsAddPhotoParams, F>;
    readonly comments: {
      /**
       * `flickr.photosets.comments.addComment`: Add a comment to a photoset.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly addComment: FlickrMethod<P.PhotosetsCommentsAddCommentParams, F>;
      /**
       * `flickr.photosets.comments.deleteComment`: Delete a photoset comment as the currently
       * authenticated user.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly deleteComment: FlickrMethod<P.PhotosetsCommentsDeleteCommentParams, F>;
      /**
       * `flickr.photosets.comments.editComment`: Edit the text of a comment as the currently
       * authenticated user.
       *
       * Permission needed: write. Sent with POST.
       */
      readonly editComment: FlickrMethod<P.PhotosetsCommentsEditCommentParams, F>;
      /**
       * `flickr.photosets.comments.getList`: Returns the comments for a photoset.
       *
       * Permission needed: none. Sent with GET.
       */
      readonly getList: FlickrMethod<P.PhotosetsCommentsGetListParams, F>;
    };
    /**
     * `flickr.photosets.create`: Create a new photoset for the calling user.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly create: FlickrMethod<P.PhotosetsCreateParams, F>;
    /**
     * `flickr.photosets.delete`: Delete a photoset.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly delete: FlickrMethod<P.PhotosetsDeleteParams, F>;
    /**
     * `flickr.photosets.editMeta`: Modify the meta-data for a photoset.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly editMeta: FlickrMethod<P.PhotosetsEditMetaParams, F>;
    /**
     * `flickr.photosets.editPhotos`: Modify the photos in a photoset. Use this method to add,
     * remove and re-order photos.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly editPhotos: FlickrMethod<P.PhotosetsEditPhotosParams, F>;
    /**
     * `flickr.photosets.getContext`: Returns next and previous photos for a photo in a set.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getContext: FlickrMethod<P.PhotosetsGetContextParams, F>;
    /**
     * `flickr.photosets.getInfo`: Gets information about a photoset.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getInfo: FlickrMethod<P.PhotosetsGetInfoParams, F>;
    /**
     * `flickr.photosets.getList`: Returns the photosets belonging to the specified user.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getList: FlickrMethodOptionalParams<P.PhotosetsGetListParams, F>;
    /**
     * `flickr.photosets.getPhotos`: Get the list of photos in a set.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPhotos: FlickrMethod<P.PhotosetsGetPhotosParams, F>;
    /**
     * `flickr.photosets.orderSets`: Set the order of photosets for the calling user.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly orderSets: FlickrMethod<P.PhotosetsOrderSetsParams, F>;
    /**
     * `flickr.photosets.removePhoto`: Remove a photo from a photoset.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly removePhoto: FlickrMethod<P.PhotosetsRemovePhotoParams, F>;
    /**
     * `flickr.photosets.removePhotos`: Remove multiple photos from a photoset.
     *
     * Permission needed: write. Sent with POST.
     */
    readonly removePhotos: FlickrMethod<P.PhotosetsRemovePhotosParams, F>;
    /**
     * `flickr.photosets.reorderPhotos`:
     *
     * Permission needed: write. Sent with POST.
     */
    readonly reorderPhotos: FlickrMethod<P.PhotosetsReorderPhotosParams, F>;
    /**
     * `flickr.photosets.setPrimaryPhoto`: Set photoset primary photo
     *
     * Permission needed: write. Sent with POST.
     */
    readonly setPrimaryPhoto: FlickrMethod<P.PhotosetsSetPrimaryPhotoParams, F>;
  };
  readonly places: {
    /**
     * `flickr.places.find`: Return a list of place IDs for a query string.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly find: FlickrMethod<P.PlacesFindParams, F>;
    /**
     * `flickr.places.findByLatLon`: Return a place ID for a latitude, longitude and accuracy
     * triple.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly findByLatLon: FlickrMethod<P.PlacesFindByLatLonParams, F>;
    /**
     * `flickr.places.getChildrenWithPhotosPublic`: Return a list of locations with public photos
     * that are parented by a Where on Earth (WOE) or Places ID.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getChildrenWithPhotosPublic: FlickrMethodOptionalParams<
      P.PlacesGetChildrenWithPhotosPublicParams,
      F
    >;
    /**
     * `flickr.places.getInfo`: Get informations about a place.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getInfo: FlickrMethodOptionalParams<P.PlacesGetInfoParams, F>;
    /**
     * `flickr.places.getInfoByUrl`: Lookup information about a place, by its flickr.com/places URL.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getInfoByUrl: FlickrMethod<P.PlacesGetInfoByUrlParams, F>;
    /**
     * `flickr.places.getPlaceTypes`: Fetches a list of available place types for Flickr.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getPlaceTypes: FlickrMethodOptionalParams<P.PlacesGetPlaceTypesParams, F>;
    /**
     * `flickr.places.getShapeHistory`: Return an historical list of all the shape data generated
     * for a Places or Where on Earth (WOE) ID.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getShapeHistory: FlickrMethodOptionalParams<P.PlacesGetShapeHistoryParams, F>;
    /**
     * `flickr.places.getTopPlacesList`: Return the top 100 most geotagged places for a day.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getTopPlacesList: FlickrMethod<P.PlacesGetTopPlacesListParams, F>;
    /**
     * `flickr.places.placesForBoundingBox`: Return all the locations of a matching place type for a
     * bounding box.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly placesForBoundingBox: FlickrMethod<P.PlacesPlacesForBoundingBoxParams, F>;
    /**
     * `flickr.places.placesForContacts`: Return a list of the top 100 unique places clustered by a
     * given placetype for a user's contacts.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly placesForContacts: FlickrMethodOptionalParams<P.PlacesPlacesForContactsParams, F>;
    /**
     * `flickr.places.placesForTags`: Return a list of the top 100 unique places clustered by a
     * given placetype for set of tags or machine tags.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly placesForTags: FlickrMethod<P.PlacesPlacesForTagsParams, F>;
    /**
     * `flickr.places.placesForUser`: Return a list of the top 100 unique places clustered by a
     * given placetype for a user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly placesForUser: FlickrMethodOptionalParams<P.PlacesPlacesForUserParams, F>;
    /**
     * `flickr.places.resolvePlaceId`: Find Flickr Places information by Place ID. This method has
     * been deprecated. It won't be removed but you should use flickr.places.getInfo instead.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly resolvePlaceId: FlickrMethod<P.PlacesResolvePlaceIdParams, F>;
    /**
     * `flickr.places.resolvePlaceURL`: Find Flickr Places information by Place URL. This method has
     * been deprecated. It won't be removed but you should use flickr.places.getInfoByUrl instead.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly resolvePlaceURL: FlickrMethod<P.PlacesResolvePlaceURLParams, F>;
    /**
     * `flickr.places.tagsForPlace`: Return a list of the top 100 unique tags for a Flickr Places or
     * Where on Earth (WOE) ID
     *
     * Permission needed: none. Sent with GET.
     */
    readonly tagsForPlace: FlickrMethodOptionalParams<P.PlacesTagsForPlaceParams, F>;
  };
  readonly prefs: {
    /**
     * `flickr.prefs.getContentType`: Returns the default content type preference for the user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getContentType: FlickrMethodOptionalParams<P.PrefsGetContentTypeParams, F>;
    /**
     * `flickr.prefs.getGeoPerms`: Returns the default privacy level for geographic information
     * attached to the user's photos and whether or not the user has chosen to use geo-related EXIF
     * information to automatically geotag their photos.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getGeoPerms: FlickrMethodOptionalParams<P.PrefsGetGeoPermsParams, F>;
    /**
     * `flickr.prefs.getHidden`: Returns the default hidden preference for the user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getHidden: FlickrMethodOptionalParams<P.PrefsGetHiddenParams, F>;
    /**
     * `flickr.prefs.getPrivacy`: Returns the default privacy level preference for the user.
     * Possible values are: - 1 : Public - 2 : Friends only - 3 : Family only - 4 : Friends and
     * Family - 5 : Private
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPrivacy: FlickrMethodOptionalParams<P.PrefsGetPrivacyParams, F>;
    /**
     * `flickr.prefs.getSafetyLevel`: Returns the default safety level preference for the user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getSafetyLevel: FlickrMethodOptionalParams<P.PrefsGetSafetyLevelParams, F>;
  };
  readonly profile: {
    /**
     * `flickr.profile.getProfile`: Returns specified user's profile info, respecting profile
     * privacy settings
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getProfile: FlickrMethod<P.ProfileGetProfileParams, F>;
  };
  readonly push: {
    /**
     * `flickr.push.getSubscriptions`: Returns a list of the subscriptions for the logged-in user.
     * (this method is experimental and may change)
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getSubscriptions: FlickrMethodOptionalParams<P.PushGetSubscriptionsParams, F>;
    /**
     * `flickr.push.getTopics`: All the different flavours of anteater. (this method is experimental
     * and may change)
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getTopics: FlickrMethodOptionalParams<P.PushGetTopicsParams, F>;
    /**
     * `flickr.push.subscribe`: In ur pandas, tickling ur unicorn (this method is experimental and
     * may change)
     *
     * Permission needed: read. Sent with GET.
     */
    readonly subscribe: FlickrMethod<P.PushSubscribeParams, F>;
    /**
     * `flickr.push.unsubscribe`: Why would you want to do this? (this method is experimental and
     * may change)
     *
     * Permission needed: read. Sent with GET.
     */
    readonly unsubscribe: FlickrMethod<P.PushUnsubscribeParams, F>;
  };
  readonly reflection: {
    /**
     * `flickr.reflection.getMethodInfo`: Returns information for a given flickr API method.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getMethodInfo: FlickrMethod<P.ReflectionGetMethodInfoParams, F>;
    /**
     * `flickr.reflection.getMethods`: Returns a list of available flickr API methods.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getMethods: FlickrMethodOptionalParams<P.ReflectionGetMethodsParams, F>;
  };
  readonly stats: {
    /**
     * `flickr.stats.getCSVFiles`: Returns a list of URLs for text files containing all your stats
     * data (from November 26th 2007 onwards) for the currently auth'd user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getCSVFiles: FlickrMethodOptionalParams<P.StatsGetCSVFilesParams, F>;
    /**
     * `flickr.stats.getCollectionDomains`: Get a list of referring domains for a collection
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getCollectionDomains: FlickrMethod<P.StatsGetCollectionDomainsParams, F>;
    /**
     * `flickr.stats.getCollectionReferrers`: Get a list of referrers from a given domain to a
     * collection
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getCollectionReferrers: FlickrMethod<P.StatsGetCollectionReferrersParams, F>;
    /**
     * `flickr.stats.getCollectionStats`: Get the number of views on a collection for a given date.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getCollectionStats: FlickrMethod<P.StatsGetCollectionStatsParams, F>;
    /**
     * `flickr.stats.getMostPopularPhotoDateRange`: Get the most popular photo for each day given a
     * day range
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getMostPopularPhotoDateRange: FlickrMethod<
      P.StatsGetMostPopularPhotoDateRangeParams,
      F
    >;
    /**
     * `flickr.stats.getPhotoDomains`: Get a list of referring domains for a photo
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotoDomains: FlickrMethod<P.StatsGetPhotoDomainsParams, F>;
    /**
     * `flickr.stats.getPhotoReferrers`: Get a list of referrers from a given domain to a photo
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotoReferrers: FlickrMethod<P.StatsGetPhotoReferrersParams, F>;
    /**
     * `flickr.stats.getPhotoStats`: Get the number of views, comments and favorites on a photo for
     * a given date.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotoStats: FlickrMethod<P.StatsGetPhotoStatsParams, F>;
    /**
     * `flickr.stats.getPhotosetDomains`: Get a list of referring domains for a photoset
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotosetDomains: FlickrMethod<P.StatsGetPhotosetDomainsParams, F>;
    /**
     * `flickr.stats.getPhotosetReferrers`: Get a list of referrers from a given domain to a
     * photoset
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotosetReferrers: FlickrMethod<P.StatsGetPhotosetReferrersParams, F>;
    /**
     * `flickr.stats.getPhotosetStats`: Get the number of views on a photoset for a given date.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotosetStats: FlickrMethod<P.StatsGetPhotosetStatsParams, F>;
    /**
     * `flickr.stats.getPhotostreamDomains`: Get a list of referring domains for a photostream
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotostreamDomains: FlickrMethod<P.StatsGetPhotostreamDomainsParams, F>;
    /**
     * `flickr.stats.getPhotostreamReferrers`: Get a list of referrers from a given domain to a
     * user's photostream
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotostreamReferrers: FlickrMethod<P.StatsGetPhotostreamReferrersParams, F>;
    /**
     * `flickr.stats.getPhotostreamStats`: Get the number of views on a user's photostream for a
     * given date.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPhotostreamStats: FlickrMethod<P.StatsGetPhotostreamStatsParams, F>;
    /**
     * `flickr.stats.getPopularPhotos`: List the photos with the most views, comments or favorites
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPopularPhotos: FlickrMethodOptionalParams<P.StatsGetPopularPhotosParams, F>;
    /**
     * `flickr.stats.getTotalViews`: Get the overall view counts for an account
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getTotalViews: FlickrMethodOptionalParams<P.StatsGetTotalViewsParams, F>;
  };
  readonly tags: {
    /**
     * `flickr.tags.getClusterPhotos`: Returns the first 24 photos for a given tag cluster
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getClusterPhotos: FlickrMethod<P.TagsGetClusterPhotosParams, F>;
    /**
     * `flickr.tags.getClusters`: Gives you a list of tag clusters for the given tag.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getClusters: FlickrMethod<P.TagsGetClustersParams, F>;
    /**
     * `flickr.tags.getHotList`: Returns a list of hot tags for the given period.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getHotList: FlickrMethodOptionalParams<P.TagsGetHotListParams, F>;
    /**
     * `flickr.tags.getListPhoto`: Get the tag list for a given photo.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getListPhoto: FlickrMethod<P.TagsGetListPhotoParams, F>;
    /**
     * `flickr.tags.getListUser`: Get the tag list for a given user (or the currently logged in
     * user).
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getListUser: FlickrMethodOptionalParams<P.TagsGetListUserParams, F>;
    /**
     * `flickr.tags.getListUserPopular`: Get the popular tags for a given user (or the currently
     * logged in user).
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getListUserPopular: FlickrMethodOptionalParams<P.TagsGetListUserPopularParams, F>;
    /**
     * `flickr.tags.getListUserRaw`: Get the raw versions of a given tag (or all tags) for the
     * currently logged-in user.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getListUserRaw: FlickrMethodOptionalParams<P.TagsGetListUserRawParams, F>;
    /**
     * `flickr.tags.getMostFrequentlyUsed`: Returns a list of most frequently used tags for a user.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getMostFrequentlyUsed: FlickrMethodOptionalParams<
      P.TagsGetMostFrequentlyUsedParams,
      F
    >;
    /**
     * `flickr.tags.getRelated`: Returns a list of tags 'related' to the given tag, based on
     * clustered usage analysis.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getRelated: FlickrMethod<P.TagsGetRelatedParams, F>;
  };
  readonly test: {
    /**
     * `flickr.test.echo`: A testing method which echo's all parameters back in the response.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly echo: FlickrMethodOptionalParams<P.TestEchoParams, F>;
    /**
     * `flickr.test.login`: A testing method which checks if the caller is logged in then returns
     * their username.
     *
     * Permission needed: read. Sent with GET.
     */
    readonly login: FlickrMethodOptionalParams<P.TestLoginParams, F>;
    /**
     * `flickr.test.null`: Null test
     *
     * Permission needed: read. Sent with GET.
     */
    readonly null: FlickrMethodOptionalParams<P.TestNullParams, F>;
  };
  readonly testimonials: {
    /**
     * `flickr.testimonials.addTestimonial`: Write a new testimonial
     *
     * Permission needed: write. Sent with POST.
     */
    readonly addTestimonial: FlickrMethod<P.TestimonialsAddTestimonialParams, F>;
    /**
     * `flickr.testimonials.approveTestimonial`: Approve a testimonial that has been written about
     * the currently loggedin user
     *
     * Permission needed: write. Sent with POST.
     */
    readonly approveTestimonial: FlickrMethod<P.TestimonialsApproveTestimonialParams, F>;
    /**
     * `flickr.testimonials.deleteTestimonial`: Permanently delete a testimonial. The loggedin user
     * must be either the author or recipient of the testimonial
     *
     * Permission needed: write. Sent with POST.
     */
    readonly deleteTestimonial: FlickrMethod<P.TestimonialsDeleteTestimonialParams, F>;
    /**
     * `flickr.testimonials.editTestimonial`: Change the text of a testimonial. The loggedin user
     * must be the author of the existing testimonial. Editing a testimonial will mark it as pending
     * and will require it to be re-approved by the recipient before appearing on their profile
     *
     * Permission needed: write. Sent with POST.
     */
    readonly editTestimonial: FlickrMethod<P.TestimonialsEditTestimonialParams, F>;
    /**
     * `flickr.testimonials.getAllTestimonialsAbout`: Get all testimonials (pending and approved)
     * written about the given user
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getAllTestimonialsAbout: FlickrMethodOptionalParams<
      P.TestimonialsGetAllTestimonialsAboutParams,
      F
    >;
    /**
     * `flickr.testimonials.getAllTestimonialsAboutBy`: Get the testimonial by the currently
     * logged-in user about the given user, regardless of approval status. Note that at most 1
     * testimonial will be returned
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getAllTestimonialsAboutBy: FlickrMethod<
      P.TestimonialsGetAllTestimonialsAboutByParams,
      F
    >;
    /**
     * `flickr.testimonials.getAllTestimonialsBy`: Get all testimonials (pending and approved)
     * written by the given user
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getAllTestimonialsBy: FlickrMethodOptionalParams<
      P.TestimonialsGetAllTestimonialsByParams,
      F
    >;
    /**
     * `flickr.testimonials.getPendingTestimonialsAbout`: Get all pending testimonials written about
     * the given user
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPendingTestimonialsAbout: FlickrMethodOptionalParams<
      P.TestimonialsGetPendingTestimonialsAboutParams,
      F
    >;
    /**
     * `flickr.testimonials.getPendingTestimonialsAboutBy`: Get the pending testimonial by the
     * currently logged-in user about the given user. Note that at most 1 testimonial will be
     * returned
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPendingTestimonialsAboutBy: FlickrMethod<
      P.TestimonialsGetPendingTestimonialsAboutByParams,
      F
    >;
    /**
     * `flickr.testimonials.getPendingTestimonialsBy`: Get all pending testimonials written by the
     * given user
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getPendingTestimonialsBy: FlickrMethodOptionalParams<
      P.TestimonialsGetPendingTestimonialsByParams,
      F
    >;
    /**
     * `flickr.testimonials.getTestimonialsAbout`: Get approved testimonials about the given user
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getTestimonialsAbout: FlickrMethod<P.TestimonialsGetTestimonialsAboutParams, F>;
    /**
     * `flickr.testimonials.getTestimonialsAboutBy`: Get the approved testimonial by the currently
     * logged-in user about the given user. Note that at most 1 testimonial will be returned
     *
     * Permission needed: read. Sent with GET.
     */
    readonly getTestimonialsAboutBy: FlickrMethod<P.TestimonialsGetTestimonialsAboutByParams, F>;
    /**
     * `flickr.testimonials.getTestimonialsBy`: Get approved testimonials written by the given user
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getTestimonialsBy: FlickrMethod<P.TestimonialsGetTestimonialsByParams, F>;
  };
  readonly urls: {
    /**
     * `flickr.urls.getGroup`: Returns the url to a group's page.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getGroup: FlickrMethod<P.UrlsGetGroupParams, F>;
    /**
     * `flickr.urls.getUserPhotos`: Returns the url to a user's photos.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getUserPhotos: FlickrMethodOptionalParams<P.UrlsGetUserPhotosParams, F>;
    /**
     * `flickr.urls.getUserProfile`: Returns the url to a user's profile.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly getUserProfile: FlickrMethodOptionalParams<P.UrlsGetUserProfileParams, F>;
    /**
     * `flickr.urls.lookupGallery`: Returns gallery info, by url.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly lookupGallery: FlickrMethod<P.UrlsLookupGalleryParams, F>;
    /**
     * `flickr.urls.lookupGroup`: Returns a group NSID, given the url to a group's page or photo
     * pool.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly lookupGroup: FlickrMethod<P.UrlsLookupGroupParams, F>;
    /**
     * `flickr.urls.lookupUser`: Returns a user NSID, given the url to a user's photos or profile.
     *
     * Permission needed: none. Sent with GET.
     */
    readonly lookupUser: FlickrMethod<P.UrlsLookupUserParams, F>;
  };
}
