// GENERATED FILE, do not edit by hand.
// Source: spec/flickr-methods.json (223 methods).
// Regenerate: node packages/emulator/scripts/generate-method-table.mjs
import type { MethodSpec } from '../methods/method-spec.js';

/** Every Flickr method, in reflection order. */
export const METHOD_TABLE: readonly MethodSpec[] = [
  {
    "name": "flickr.activity.userComments",
    "description": "Returns a list of recent activity on photos commented on by the calling user. Do not poll this method more than once an hour.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of items to return per page. If this argument is omitted, it defaults to 10. The maximum allowed value is 50."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<items>\n\t<item type=\"photoset\" id=\"395\" owner=\"12037949754@N01\" \n\t\tprimary=\"6521\" secret=\"5a3cc65d72\" server=\"2\" \n\t\tcomments=\"1\" views=\"33\" photos=\"7\" more=\"0\">\n\t\t<title>A set of photos</title>\n\t\t<activity>\n\t\t\t<event type=\"comment\"\n\t\t\tuser=\"12037949754@N01\" username=\"Bees\"\n\t\t\tdateadded=\"1144086424\">yay</event>\n\t\t</activity>\n\t</item>\n\n\t<item type=\"photo\" id=\"10289\" owner=\"12037949754@N01\"\n\t\tsecret=\"34da0d3891\" server=\"2\" comments=\"1\"\n\t\tnotes=\"0\" views=\"47\" faves=\"0\" more=\"0\">\n\t\t<title>A photo</title>\n\t\t<activity>\n\t\t\t<event type=\"comment\"\n\t\t\tuser=\"12037949754@N01\" username=\"Bees\"\n\t\t\tdateadded=\"1133806604\">test</event>\n\t\t\t<event type=\"note\"\n\t\t\tuser=\"12037949754@N01\" username=\"Bees\"\n\t\t\tdateadded=\"1118785229\">nice</event>\n\t\t</activity>\n\t</item>\n</items>",
    "example": [
      {
        "name": "items",
        "children": [
          {
            "name": "item",
            "attrs": {
              "type": "photoset",
              "id": "395",
              "owner": "12037949754@N01",
              "primary": "6521",
              "secret": "5a3cc65d72",
              "server": "2",
              "comments": "1",
              "views": "33",
              "photos": "7",
              "more": "0"
            },
            "children": [
              {
                "name": "title",
                "text": "A set of photos"
              },
              {
                "name": "activity",
                "children": [
                  {
                    "name": "event",
                    "attrs": {
                      "type": "comment",
                      "user": "12037949754@N01",
                      "username": "Bees",
                      "dateadded": "1144086424"
                    },
                    "text": "yay"
                  }
                ]
              }
            ]
          },
          {
            "name": "item",
            "attrs": {
              "type": "photo",
              "id": "10289",
              "owner": "12037949754@N01",
              "secret": "34da0d3891",
              "server": "2",
              "comments": "1",
              "notes": "0",
              "views": "47",
              "faves": "0",
              "more": "0"
            },
            "children": [
              {
                "name": "title",
                "text": "A photo"
              },
              {
                "name": "activity",
                "children": [
                  {
                    "name": "event",
                    "attrs": {
                      "type": "comment",
                      "user": "12037949754@N01",
                      "username": "Bees",
                      "dateadded": "1133806604"
                    },
                    "text": "test"
                  },
                  {
                    "name": "event",
                    "attrs": {
                      "type": "note",
                      "user": "12037949754@N01",
                      "username": "Bees",
                      "dateadded": "1118785229"
                    },
                    "text": "nice"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.activity.userPhotos",
    "description": "Returns a list of recent activity on photos belonging to the calling user. Do not poll this method more than once an hour.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "timeframe",
        "optional": true,
        "description": "The timeframe in which to return updates for. This can be specified in days ('2d') or hours ('4h'). The default behavoir is to return changes since the beginning of the previous user session."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of items to return per page. If this argument is omitted, it defaults to 10. The maximum allowed value is 50."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<items>\n\t<item type=\"photoset\" id=\"395\" owner=\"12037949754@N01\" \n\t\tprimary=\"6521\" secret=\"5a3cc65d72\" server=\"2\" \n\t\tcommentsold=\"1\" commentsnew=\"1\"\n\t\tviews=\"33\" photos=\"7\" more=\"0\">\n\t\t<title>A set of photos</title>\n\t\t<activity>\n\t\t\t<event type=\"comment\"\n\t\t\tuser=\"12037949754@N01\" username=\"Bees\"\n\t\t\tdateadded=\"1144086424\">yay</event>\n\t\t</activity>\n\t</item>\n\n\t<item type=\"photo\" id=\"10289\" owner=\"12037949754@N01\"\n\t\tsecret=\"34da0d3891\" server=\"2\"\n\t\tcommentsold=\"1\" commentsnew=\"1\"\n\t\tnotesold=\"0\" notesnew=\"1\"\n\t\tviews=\"47\" faves=\"0\" more=\"0\">\n\t\t<title>A photo</title>\n\t\t<activity>\n\t\t\t<event type=\"comment\"\n\t\t\tuser=\"12037949754@N01\" username=\"Bees\"\n\t\t\tdateadded=\"1133806604\">test</event>\n\t\t\t<event type=\"note\"\n\t\t\tuser=\"12037949754@N01\" username=\"Bees\"\n\t\t\tdateadded=\"1118785229\">nice</event>\n\t\t</activity>\n\t</item>\n</items>",
    "example": [
      {
        "name": "items",
        "children": [
          {
            "name": "item",
            "attrs": {
              "type": "photoset",
              "id": "395",
              "owner": "12037949754@N01",
              "primary": "6521",
              "secret": "5a3cc65d72",
              "server": "2",
              "commentsold": "1",
              "commentsnew": "1",
              "views": "33",
              "photos": "7",
              "more": "0"
            },
            "children": [
              {
                "name": "title",
                "text": "A set of photos"
              },
              {
                "name": "activity",
                "children": [
                  {
                    "name": "event",
                    "attrs": {
                      "type": "comment",
                      "user": "12037949754@N01",
                      "username": "Bees",
                      "dateadded": "1144086424"
                    },
                    "text": "yay"
                  }
                ]
              }
            ]
          },
          {
            "name": "item",
            "attrs": {
              "type": "photo",
              "id": "10289",
              "owner": "12037949754@N01",
              "secret": "34da0d3891",
              "server": "2",
              "commentsold": "1",
              "commentsnew": "1",
              "notesold": "0",
              "notesnew": "1",
              "views": "47",
              "faves": "0",
              "more": "0"
            },
            "children": [
              {
                "name": "title",
                "text": "A photo"
              },
              {
                "name": "activity",
                "children": [
                  {
                    "name": "event",
                    "attrs": {
                      "type": "comment",
                      "user": "12037949754@N01",
                      "username": "Bees",
                      "dateadded": "1133806604"
                    },
                    "text": "test"
                  },
                  {
                    "name": "event",
                    "attrs": {
                      "type": "note",
                      "user": "12037949754@N01",
                      "username": "Bees",
                      "dateadded": "1118785229"
                    },
                    "text": "nice"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.auth.checkToken",
    "description": "Returns the credentials attached to an authentication token. This call must be signed, and is deprecated in favour of OAuth.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "auth_token",
        "optional": false,
        "description": "The authentication token to check."
      }
    ],
    "errors": [
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<auth>\n\t<token>976598454353455</token>\n\t<perms>read</perms>\n\t<user nsid=\"12037949754@N01\" username=\"Bees\" fullname=\"Cal H\" />\n</auth>",
    "example": [
      {
        "name": "auth",
        "children": [
          {
            "name": "token",
            "text": "976598454353455"
          },
          {
            "name": "perms",
            "text": "read"
          },
          {
            "name": "user",
            "attrs": {
              "nsid": "12037949754@N01",
              "username": "Bees",
              "fullname": "Cal H"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.auth.getFrob",
    "description": "Returns a frob to be used during authentication. This method call must be signed, and is deprecated in favour of OAuth.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<frob>746563215463214621</frob>",
    "example": [
      {
        "name": "frob",
        "text": "746563215463214621"
      }
    ]
  },
  {
    "name": "flickr.auth.getFullToken",
    "description": "Get the full authentication token for a mini-token. This method call must be signed, and is deprecated in favour of OAuth.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "mini_token",
        "optional": false,
        "description": "The mini-token typed in by a user. It should be 9 digits long. It may optionally contain dashes."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Mini-token not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<auth>\n\t<token>976598454353455</token>\n\t<perms>write</perms>\n\t<user nsid=\"12037949754@N01\" username=\"Bees\" fullname=\"Cal H\" />\n</auth>",
    "example": [
      {
        "name": "auth",
        "children": [
          {
            "name": "token",
            "text": "976598454353455"
          },
          {
            "name": "perms",
            "text": "write"
          },
          {
            "name": "user",
            "attrs": {
              "nsid": "12037949754@N01",
              "username": "Bees",
              "fullname": "Cal H"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.auth.getToken",
    "description": "Returns the auth token for the given frob, if one has been attached. This method call must be signed, and is deprecated in favour of OAuth.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "frob",
        "optional": false,
        "description": "The frob to check."
      }
    ],
    "errors": [
      {
        "code": 108,
        "message": "Invalid frob"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<auth>\n\t<token>976598454353455</token>\n\t<perms>write</perms>\n\t<user nsid=\"12037949754@N01\" username=\"Bees\" fullname=\"Cal H\" />\n</auth>",
    "example": [
      {
        "name": "auth",
        "children": [
          {
            "name": "token",
            "text": "976598454353455"
          },
          {
            "name": "perms",
            "text": "write"
          },
          {
            "name": "user",
            "attrs": {
              "nsid": "12037949754@N01",
              "username": "Bees",
              "fullname": "Cal H"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.auth.oauth.checkToken",
    "description": "Returns the credentials attached to an OAuth authentication token.",
    "needslogin": false,
    "needssigning": true,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "oauth_token",
        "optional": false,
        "description": "The OAuth authentication token to check."
      }
    ],
    "errors": [
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<oauth>\n    <token>72157627611980735-09e87c3024f733da</token>\n    <perms>write</perms>\n    <user nsid=\"1121451801@N07\" username=\"jamalf\" fullname=\"Jamal F\"/>\n</oauth>",
    "example": [
      {
        "name": "oauth",
        "children": [
          {
            "name": "token",
            "text": "72157627611980735-09e87c3024f733da"
          },
          {
            "name": "perms",
            "text": "write"
          },
          {
            "name": "user",
            "attrs": {
              "nsid": "1121451801@N07",
              "username": "jamalf",
              "fullname": "Jamal F"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.auth.oauth.getAccessToken",
    "description": "Exchange an auth token from the old Authentication API, to an OAuth access token. Calling this method will delete the auth token used to make the request.",
    "needslogin": false,
    "needssigning": true,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<auth> \n\t<access_token oauth_token=\"72157607082540144-8d5d7ea7696629bf\" oauth_token_secret=\"f38bf58b2d95bc8b\" /> \n</auth> ",
    "example": [
      {
        "name": "auth",
        "children": [
          {
            "name": "access_token",
            "attrs": {
              "oauth_token": "72157607082540144-8d5d7ea7696629bf",
              "oauth_token_secret": "f38bf58b2d95bc8b"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.blogs.getList",
    "description": "Get a list of configured blogs for the calling user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "service",
        "optional": true,
        "description": "Optionally only return blogs for a given service id. You can get a list of from flickr.blogs.getServices()."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<blogs>\n\t<blog id=\"73\" name=\"Bloxus test\" needspassword=\"0\"\n\t\turl=\"http://remote.bloxus.com/\" /> \n\t<blog id=\"74\" name=\"Manila Test\" needspassword=\"1\"\n\t\turl=\"http://flickrtest1.userland.com/\" /> \n</blogs>",
    "example": [
      {
        "name": "blogs",
        "children": [
          {
            "name": "blog",
            "attrs": {
              "id": "73",
              "name": "Bloxus test",
              "needspassword": "0",
              "url": "http://remote.bloxus.com/"
            }
          },
          {
            "name": "blog",
            "attrs": {
              "id": "74",
              "name": "Manila Test",
              "needspassword": "1",
              "url": "http://flickrtest1.userland.com/"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.blogs.getServices",
    "description": "Return a list of Flickr supported blogging services",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<services>\n<service id=\"beta.blogger.com\">Blogger</service>\n<service id=\"Typepad\">Typepad</service>\n<service id=\"MovableType\">Movable Type</service>\n<service id=\"LiveJournal\">LiveJournal</service>\n<service id=\"MetaWeblogAPI\">Wordpress</service>\n<service id=\"MetaWeblogAPI\">MetaWeblogAPI</service>\n<service id=\"Manila\">Manila</service>\n<service id=\"AtomAPI\">AtomAPI</service>\n<service id=\"BloggerAPI\">BloggerAPI</service>\n<service id=\"Vox\">Vox</service>\n<service id=\"Twitter\">Twitter</service>\n</services>",
    "example": [
      {
        "name": "services",
        "children": [
          {
            "name": "service",
            "attrs": {
              "id": "beta.blogger.com"
            },
            "text": "Blogger"
          },
          {
            "name": "service",
            "attrs": {
              "id": "Typepad"
            },
            "text": "Typepad"
          },
          {
            "name": "service",
            "attrs": {
              "id": "MovableType"
            },
            "text": "Movable Type"
          },
          {
            "name": "service",
            "attrs": {
              "id": "LiveJournal"
            },
            "text": "LiveJournal"
          },
          {
            "name": "service",
            "attrs": {
              "id": "MetaWeblogAPI"
            },
            "text": "Wordpress"
          },
          {
            "name": "service",
            "attrs": {
              "id": "MetaWeblogAPI"
            },
            "text": "MetaWeblogAPI"
          },
          {
            "name": "service",
            "attrs": {
              "id": "Manila"
            },
            "text": "Manila"
          },
          {
            "name": "service",
            "attrs": {
              "id": "AtomAPI"
            },
            "text": "AtomAPI"
          },
          {
            "name": "service",
            "attrs": {
              "id": "BloggerAPI"
            },
            "text": "BloggerAPI"
          },
          {
            "name": "service",
            "attrs": {
              "id": "Vox"
            },
            "text": "Vox"
          },
          {
            "name": "service",
            "attrs": {
              "id": "Twitter"
            },
            "text": "Twitter"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.blogs.postPhoto",
    "description": "",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "blog_id",
        "optional": true,
        "description": "The id of the blog to post to."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to blog"
      },
      {
        "name": "title",
        "optional": false,
        "description": "The blog post title"
      },
      {
        "name": "description",
        "optional": false,
        "description": "The blog post body"
      },
      {
        "name": "blog_password",
        "optional": true,
        "description": "The password for the blog (used when the blog does not have a stored password)."
      },
      {
        "name": "service",
        "optional": true,
        "description": "A Flickr supported blogging service. Instead of passing a blog id you can pass a service id and we'll post to the first blog of that service we find."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Blog not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "Password needed"
      },
      {
        "code": 4,
        "message": "Blog post failed"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.cameras.getBrandModels",
    "description": "Retrieve all the models for a given camera brand.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "brand",
        "optional": false,
        "description": "The ID of the requested brand (as returned from flickr.cameras.getBrands)."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Brand not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n  <cameras brand=\"apple\">\n    <camera id=\"iphone_9000\">\n      <name>iPhone 9000</name>\n      <details>\n        <megapixels>22.0</megapixels>\n        <zoom>3.0</zoom>\n        <lcd_size>40.5</lcd_size>\n        <storage_type>Flash</storage_type>\n      </details>\n      <images>\n        <small>http://farm3.staticflickr.com/1234/cameras/123456_model_small_123456.jpg</small>\n        <large>http://farm3.staticflickr.com/1234/cameras/123456_model_large_123456.jpg</large>\n      </images>\n    </camera>\n  </cameras>\n</rsp>",
    "example": [
      {
        "name": "cameras",
        "attrs": {
          "brand": "apple"
        },
        "children": [
          {
            "name": "camera",
            "attrs": {
              "id": "iphone_9000"
            },
            "children": [
              {
                "name": "name",
                "text": "iPhone 9000"
              },
              {
                "name": "details",
                "children": [
                  {
                    "name": "megapixels",
                    "text": "22.0"
                  },
                  {
                    "name": "zoom",
                    "text": "3.0"
                  },
                  {
                    "name": "lcd_size",
                    "text": "40.5"
                  },
                  {
                    "name": "storage_type",
                    "text": "Flash"
                  }
                ]
              },
              {
                "name": "images",
                "children": [
                  {
                    "name": "small",
                    "text": "http://farm3.staticflickr.com/1234/cameras/123456_model_small_123456.jpg"
                  },
                  {
                    "name": "large",
                    "text": "http://farm3.staticflickr.com/1234/cameras/123456_model_large_123456.jpg"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.cameras.getBrands",
    "description": "Returns all the brands of cameras that Flickr knows about.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<brands>\n\t<brand id=\"canon\">Canon</brand>\n\t<brand id=\"nikon\">Nikon</brand>\n        <brand id=\"apple\">Apple</brand>\n</brands>\n</rsp>",
    "example": [
      {
        "name": "brands",
        "children": [
          {
            "name": "brand",
            "attrs": {
              "id": "canon"
            },
            "text": "Canon"
          },
          {
            "name": "brand",
            "attrs": {
              "id": "nikon"
            },
            "text": "Nikon"
          },
          {
            "name": "brand",
            "attrs": {
              "id": "apple"
            },
            "text": "Apple"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.collections.getInfo",
    "description": "Returns information for a single collection.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "collection_id",
        "optional": false,
        "description": "The ID of the collection to fetch information for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Collection not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<collection id=\"12-72157594586579649\" child_count=\"6\" datecreate=\"1173812218\" iconlarge=\"https://combo.staticflickr.com/pw/images/collection_default_l.gif\" iconsmall=\"https://combo.staticflickr.com/pw/images/collection_default_s.gif\" server=\"187\" secret=\"36\">\n<title>All My Photos</title>\n<description>Photos!</description>\n<iconphotos>\n<photo id=\"14\" owner=\"12@N01\" secret=\"b57ba5c\" server=\"51\" farm=\"1\" title=\"in full cap and gown\" ispublic=\"1\" isfriend=\"0\" isfamily=\"0\"/>\n<photo id=\"15\" owner=\"12@N01\" secret=\"ba1c2a8\" server=\"58\" farm=\"1\" title=\"Just beyond the door\" ispublic=\"0\" isfriend=\"1\" isfamily=\"0\"/>\n<photo id=\"17\" owner=\"12@N01\" secret=\"0001969\" server=\"73\" farm=\"1\" title=\"IMG_3787.JPG\" ispublic=\"1\" isfriend=\"0\" isfamily=\"0\"/>\n....\n</iconphotos>\n</collection>",
    "example": [
      {
        "name": "collection",
        "attrs": {
          "id": "12-72157594586579649",
          "child_count": "6",
          "datecreate": "1173812218",
          "iconlarge": "https://combo.staticflickr.com/pw/images/collection_default_l.gif",
          "iconsmall": "https://combo.staticflickr.com/pw/images/collection_default_s.gif",
          "server": "187",
          "secret": "36"
        },
        "children": [
          {
            "name": "title",
            "text": "All My Photos"
          },
          {
            "name": "description",
            "text": "Photos!"
          },
          {
            "name": "iconphotos",
            "children": [
              {
                "name": "photo",
                "attrs": {
                  "id": "14",
                  "owner": "12@N01",
                  "secret": "b57ba5c",
                  "server": "51",
                  "farm": "1",
                  "title": "in full cap and gown",
                  "ispublic": "1",
                  "isfriend": "0",
                  "isfamily": "0"
                }
              },
              {
                "name": "photo",
                "attrs": {
                  "id": "15",
                  "owner": "12@N01",
                  "secret": "ba1c2a8",
                  "server": "58",
                  "farm": "1",
                  "title": "Just beyond the door",
                  "ispublic": "0",
                  "isfriend": "1",
                  "isfamily": "0"
                }
              },
              {
                "name": "photo",
                "attrs": {
                  "id": "17",
                  "owner": "12@N01",
                  "secret": "0001969",
                  "server": "73",
                  "farm": "1",
                  "title": "IMG_3787.JPG",
                  "ispublic": "1",
                  "isfriend": "0",
                  "isfamily": "0"
                }
              }
            ],
            "text": "...."
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.collections.getTree",
    "description": "Returns a tree (or sub tree) of collections belonging to a given user.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "collection_id",
        "optional": true,
        "description": "The ID of the collection to fetch a tree for, or zero to fetch the root collection. Defaults to zero."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The ID of the account to fetch the collection tree for. Defaults to the calling user."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 2,
        "message": "Collection not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<collections>\n<collection id=\"12-72157594586579649\" title=\"All My Photos\" description=\"a collection\" iconlarge=\"https://combo.staticflickr.com/pw/images/collection_default_l.gif\" \niconsmall=\"https://combo.staticflickr.com/pw/images/collection_default_s.gif\">\n<set id=\"92157594171298291\" title=\"kitesurfing\" description=\"a set\"/>\n<set id=\"72157594247596158\" title=\"faves\" description=\"some favorites.\"/>\n</collection>\n</collections>",
    "example": [
      {
        "name": "collections",
        "children": [
          {
            "name": "collection",
            "attrs": {
              "id": "12-72157594586579649",
              "title": "All My Photos",
              "description": "a collection",
              "iconlarge": "https://combo.staticflickr.com/pw/images/collection_default_l.gif",
              "iconsmall": "https://combo.staticflickr.com/pw/images/collection_default_s.gif"
            },
            "children": [
              {
                "name": "set",
                "attrs": {
                  "id": "92157594171298291",
                  "title": "kitesurfing",
                  "description": "a set"
                }
              },
              {
                "name": "set",
                "attrs": {
                  "id": "72157594247596158",
                  "title": "faves",
                  "description": "some favorites."
                }
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.commons.getInstitutions",
    "description": "Retrieves a list of the current Commons institutions.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n <institutions>\n  <institution nsid=\"123456@N01\" date_launch=\"1232000000\">\n   <name>Institution</name>\n    <urls>\n     <url type=\"site\">http://example.com/</url>\n     <url type=\"license\">http://example.com/commons/license</url>\n     <url type=\"flickr\">http://flickr.com/photos/institution</url>\n    </urls>\n   </institution>\n  </institutions>\n</rsp>",
    "example": [
      {
        "name": "institutions",
        "children": [
          {
            "name": "institution",
            "attrs": {
              "nsid": "123456@N01",
              "date_launch": "1232000000"
            },
            "children": [
              {
                "name": "name",
                "text": "Institution"
              },
              {
                "name": "urls",
                "children": [
                  {
                    "name": "url",
                    "attrs": {
                      "type": "site"
                    },
                    "text": "http://example.com/"
                  },
                  {
                    "name": "url",
                    "attrs": {
                      "type": "license"
                    },
                    "text": "http://example.com/commons/license"
                  },
                  {
                    "name": "url",
                    "attrs": {
                      "type": "flickr"
                    },
                    "text": "http://flickr.com/photos/institution"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.contacts.getList",
    "description": "Get a list of contacts for the calling user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "filter",
        "optional": true,
        "description": "An optional filter of the results. The following values are valid: friends Only contacts who are friends (and not family) family Only contacts who are family (and not friends) both Only contacts who…"
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 1000. The maximum allowed value is 1000."
      },
      {
        "name": "sort",
        "optional": true,
        "description": "The order in which to sort the returned contacts. Defaults to name. The possible values are: name and time."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid sort parameter."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<contacts page=\"1\" pages=\"1\" perpage=\"1000\" total=\"3\">\n\t<contact nsid=\"12037949629@N01\" username=\"Eric\" iconserver=\"1\"\n\t\trealname=\"Eric Costello\"\n\t\tfriend=\"1\" family=\"0\" ignored=\"1\" /> \n\t<contact nsid=\"12037949631@N01\" username=\"neb\" iconserver=\"1\"\n\t\trealname=\"Ben Cerveny\"\n\t\tfriend=\"0\" family=\"0\" ignored=\"0\" /> \n\t<contact nsid=\"41578656547@N01\" username=\"cal_abc\" iconserver=\"1\"\n\t\trealname=\"Cal Henderson\"\n\t\tfriend=\"1\" family=\"1\" ignored=\"0\" />\n</contacts>",
    "example": [
      {
        "name": "contacts",
        "attrs": {
          "page": "1",
          "pages": "1",
          "perpage": "1000",
          "total": "3"
        },
        "children": [
          {
            "name": "contact",
            "attrs": {
              "nsid": "12037949629@N01",
              "username": "Eric",
              "iconserver": "1",
              "realname": "Eric Costello",
              "friend": "1",
              "family": "0",
              "ignored": "1"
            }
          },
          {
            "name": "contact",
            "attrs": {
              "nsid": "12037949631@N01",
              "username": "neb",
              "iconserver": "1",
              "realname": "Ben Cerveny",
              "friend": "0",
              "family": "0",
              "ignored": "0"
            }
          },
          {
            "name": "contact",
            "attrs": {
              "nsid": "41578656547@N01",
              "username": "cal_abc",
              "iconserver": "1",
              "realname": "Cal Henderson",
              "friend": "1",
              "family": "1",
              "ignored": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.contacts.getListRecentlyUploaded",
    "description": "Return a list of contacts for a user who have recently uploaded photos along with the total count of photos uploaded.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date_lastupload",
        "optional": true,
        "description": "Limits the resultset to contacts that have uploaded photos since this date. The date should be in the form of a Unix timestamp. The default offset is (1) hour and the maximum (24) hours."
      },
      {
        "name": "filter",
        "optional": true,
        "description": "Limit the result set to all contacts or only those who are friends or family. Valid options are: - ff friends and family - all all your contacts Default value is \"all\"."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.contacts.getPublicList",
    "description": "Get the contact list for a user.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user to fetch the contact list for."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 1000. The maximum allowed value is 1000."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<contacts page=\"1\" pages=\"1\" perpage=\"1000\" total=\"3\">\n\t<contact nsid=\"12037949629@N01\" username=\"Eric\" iconserver=\"1\" ignored=\"1\" /> \n\t<contact nsid=\"12037949631@N01\" username=\"neb\" iconserver=\"1\" ignored=\"0\" /> \n\t<contact nsid=\"41578656547@N01\" username=\"cal_abc\" iconserver=\"1\" ignored=\"0\" />\n</contacts>",
    "example": [
      {
        "name": "contacts",
        "attrs": {
          "page": "1",
          "pages": "1",
          "perpage": "1000",
          "total": "3"
        },
        "children": [
          {
            "name": "contact",
            "attrs": {
              "nsid": "12037949629@N01",
              "username": "Eric",
              "iconserver": "1",
              "ignored": "1"
            }
          },
          {
            "name": "contact",
            "attrs": {
              "nsid": "12037949631@N01",
              "username": "neb",
              "iconserver": "1",
              "ignored": "0"
            }
          },
          {
            "name": "contact",
            "attrs": {
              "nsid": "41578656547@N01",
              "username": "cal_abc",
              "iconserver": "1",
              "ignored": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.contacts.getTaggingSuggestions",
    "description": "Get suggestions for tagging people in photos based on the calling user's contacts.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of contacts to return per page. If this argument is omitted, all contacts will be returned."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<contacts page=\"1\" pages=\"1\" perpage=\"1000\" total=\"1\">\n\t<contact nsid=\"30135021@N05\" username=\"Hugo Haas\" iconserver=\"1\" iconfarm=\"1\" realname=\"\" friend=\"0\" family=\"0\" path_alias=\"\" />\n</contacts>\n</rsp>",
    "example": [
      {
        "name": "contacts",
        "attrs": {
          "page": "1",
          "pages": "1",
          "perpage": "1000",
          "total": "1"
        },
        "children": [
          {
            "name": "contact",
            "attrs": {
              "nsid": "30135021@N05",
              "username": "Hugo Haas",
              "iconserver": "1",
              "iconfarm": "1",
              "realname": "",
              "friend": "0",
              "family": "0",
              "path_alias": ""
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.favorites.add",
    "description": "Adds a photo to a user's favorites list.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to add to the user's favorites."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Photo is owned by you"
      },
      {
        "code": 3,
        "message": "Photo is already in favorites"
      },
      {
        "code": 4,
        "message": "User cannot see photo"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.favorites.getContext",
    "description": "Returns next and previous favorites for a photo in a user's favorites.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to fetch the context for."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The user who counts the photo as a favorite."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "User not found"
      },
      {
        "code": 3,
        "message": "Photo not a favorite"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat='ok'>\n<count>3</count>\n<prevphoto id=\"2980\" secret=\"973da1e709\"\n\ttitle=\"boo!\" url=\"/photos/bees/2980/\" /> \n<nextphoto id=\"2985\" secret=\"059b664012\"\n\ttitle=\"Amsterdam Amstel\" url=\"/photos/bees/2985/\" />\n</rsp>",
    "example": [
      {
        "name": "count",
        "text": "3"
      },
      {
        "name": "prevphoto",
        "attrs": {
          "id": "2980",
          "secret": "973da1e709",
          "title": "boo!",
          "url": "/photos/bees/2980/"
        }
      },
      {
        "name": "nextphoto",
        "attrs": {
          "id": "2985",
          "secret": "059b664012",
          "title": "Amsterdam Amstel",
          "url": "/photos/bees/2985/"
        }
      }
    ]
  },
  {
    "name": "flickr.favorites.getList",
    "description": "Returns a list of the user's favorite photos. Only photos which the calling user has permission to see are returned.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The NSID of the user to fetch the favorites list for. If this argument is omitted, the favorites list for the calling user is returned."
      },
      {
        "name": "min_fave_date",
        "optional": true,
        "description": "Minimum date that a photo was favorited on. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_fave_date",
        "optional": true,
        "description": "Maximum date that a photo was favorited on. The date should be in the form of a unix timestamp."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.favorites.getPublicList",
    "description": "Returns a list of favorite public photos for the given user.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The user to fetch the favorites list for."
      },
      {
        "name": "min_fave_date",
        "optional": true,
        "description": "Minimum date that a photo was favorited on. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_fave_date",
        "optional": true,
        "description": "Maximum date that a photo was favorited on. The date should be in the form of a unix timestamp."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.favorites.remove",
    "description": "Removes a photo from a user's favorites list.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to remove from the user's favorites."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not in favorites"
      },
      {
        "code": 2,
        "message": "Cannot remove photo from that user's favorites"
      },
      {
        "code": 3,
        "message": "User not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.galleries.addPhoto",
    "description": "Add a photo to a gallery.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "gallery_id",
        "optional": false,
        "description": "The ID of the gallery to add a photo to. Note: this is the compound ID returned in methods like flickr.galleries.getList, and flickr.galleries.getListForPhoto."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The photo ID to add to the gallery"
      },
      {
        "name": "comment",
        "optional": true,
        "description": "A short comment or story to accompany the photo."
      },
      {
        "name": "full_response",
        "optional": true,
        "description": "If specified, return updated details of the gallery the photo was added to"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Invalid gallery ID"
      },
      {
        "code": 3,
        "message": "Invalid photo ID"
      },
      {
        "code": 4,
        "message": "Invalid comment"
      },
      {
        "code": 5,
        "message": "Failed to add photo"
      },
      {
        "code": 6,
        "message": "Photo not public"
      },
      {
        "code": 7,
        "message": "Cannot add your own photo"
      },
      {
        "code": 8,
        "message": "Photo in gallery"
      },
      {
        "code": 9,
        "message": "Photo owner opted out"
      },
      {
        "code": 10,
        "message": "Gallery is full"
      },
      {
        "code": 11,
        "message": "Photo not safe"
      },
      {
        "code": 12,
        "message": "Gallery owner blocked"
      },
      {
        "code": 13,
        "message": "Photo owner opted out"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.galleries.create",
    "description": "Create a new gallery for the calling user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "title",
        "optional": false,
        "description": "The name of the gallery"
      },
      {
        "name": "description",
        "optional": false,
        "description": "A short description for the gallery"
      },
      {
        "name": "primary_photo_id",
        "optional": true,
        "description": "The first photo to add to your gallery"
      },
      {
        "name": "full_result",
        "optional": true,
        "description": "Get the result in the same format as galleries.getList"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Invalid title or description"
      },
      {
        "code": 3,
        "message": "Failed to add gallery"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "  <gallery id=\"50736-72157623680420409\" url=\"http://www.flickr.com/photos/kellan/galleries/72157623680420409\" /> \n",
    "example": [
      {
        "name": "gallery",
        "attrs": {
          "id": "50736-72157623680420409",
          "url": "http://www.flickr.com/photos/kellan/galleries/72157623680420409"
        }
      }
    ]
  },
  {
    "name": "flickr.galleries.editMeta",
    "description": "Modify the meta-data for a gallery.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "gallery_id",
        "optional": false,
        "description": "The gallery ID to update."
      },
      {
        "name": "title",
        "optional": false,
        "description": "The new title for the gallery."
      },
      {
        "name": "description",
        "optional": true,
        "description": "The new description for the gallery."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Invalid title or description"
      },
      {
        "code": 3,
        "message": "Failed to edit gallery information"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.galleries.editPhoto",
    "description": "Edit the comment for a gallery photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "gallery_id",
        "optional": false,
        "description": "The ID of the gallery to add a photo to. Note: this is the compound ID returned in methods like flickr.galleries.getList, and flickr.galleries.getListForPhoto."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The photo ID to add to the gallery."
      },
      {
        "name": "comment",
        "optional": false,
        "description": "The updated comment the photo."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid gallery ID"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.galleries.editPhotos",
    "description": "Modify the photos in a gallery. Use this method to add, remove and re-order photos.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "gallery_id",
        "optional": false,
        "description": "The id of the gallery to modify. The gallery must belong to the calling user."
      },
      {
        "name": "primary_photo_id",
        "optional": false,
        "description": "The id of the photo to use as the 'primary' photo for the gallery. This id must also be passed along in photo_ids list argument."
      },
      {
        "name": "photo_ids",
        "optional": false,
        "description": "A comma-delimited list of photo ids to include in the gallery."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.galleries.getInfo",
    "description": "",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "gallery_id",
        "optional": false,
        "description": "The gallery ID you are requesting information for."
      },
      {
        "name": "primary_photo_size",
        "optional": true,
        "description": "size of the primary photo"
      },
      {
        "name": "cover_photos_size",
        "optional": true,
        "description": "size of the cover photos (excluding the primary photo)"
      },
      {
        "name": "limit",
        "optional": true,
        "description": "number of cover photos to fetch for galleries without a primary photo. Default is 6"
      },
      {
        "name": "short_limit",
        "optional": true,
        "description": "number of cover photos to fetch (excluding primary photo) for galleries with a primary photo. Default is 2."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<gallery id=\"6065-72157617483228192\" url=\"http://www.flickr.com/photos/straup/galleries/72157617483228192\" \nowner=\"35034348999@N01\" \n         primary_photo_id=\"292882708\" date_create=\"1241028772\" date_update=\"1270111667\" count_photos=\"17\"\n count_videos=\"0\" primary_photo_server=\"112\" primary_photo_farm=\"1\" primary_photo_secret=\"7f29861bc4\">\n\t<title>Cat Pictures I've Sent To Kevin Collins</title>\n\t<description />\n</gallery>",
    "example": [
      {
        "name": "gallery",
        "attrs": {
          "id": "6065-72157617483228192",
          "url": "http://www.flickr.com/photos/straup/galleries/72157617483228192",
          "owner": "35034348999@N01",
          "primary_photo_id": "292882708",
          "date_create": "1241028772",
          "date_update": "1270111667",
          "count_photos": "17",
          "count_videos": "0",
          "primary_photo_server": "112",
          "primary_photo_farm": "1",
          "primary_photo_secret": "7f29861bc4"
        },
        "children": [
          {
            "name": "title",
            "text": "Cat Pictures I've Sent To Kevin Collins"
          },
          {
            "name": "description"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.galleries.getList",
    "description": "Return the list of galleries created by a user. Sorted from newest to oldest.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user to get a galleries list for. If none is specified, the calling user is assumed."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of galleries to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      },
      {
        "name": "primary_photo_extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for the primary photo."
      },
      {
        "name": "continuation",
        "optional": false,
        "description": "The first request must pass the \"continuation\" parameter with the value of \"0\"."
      },
      {
        "name": "sort_groups",
        "optional": true,
        "description": "A comma-separated list of groups used to sort the output sets."
      },
      {
        "name": "photo_ids",
        "optional": true,
        "description": "A comma-separated list of photo ids. If specified along with has_photo in sort_groups, each returned gallery will include a list of these photo ids that are present in the gallery as…"
      },
      {
        "name": "cover_photos",
        "optional": true,
        "description": "set to 1 if cover photos for galleries should be returned. If primary photo exists, 1 primary photo and 2 other photos will be returned (in order). If not, 6 photos in order will be returned"
      },
      {
        "name": "primary_photo_cover_size",
        "optional": true,
        "description": "size of primary photo on the cover (if primary photo exists in gallery). will default to 'q' if not set"
      },
      {
        "name": "cover_photos_size",
        "optional": true,
        "description": "size of cover photos (will default to 'q' if not set)"
      },
      {
        "name": "limit",
        "optional": true,
        "description": "number of cover photos to fetch for galleries without a primary photo. Default is 6"
      },
      {
        "name": "short_limit",
        "optional": false,
        "description": "number of cover photos to fetch (excluding primary photo) for galleries with a primary photo. Default is 2."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<galleries total=\"9\" page=\"1\" pages=\"1\" per_page=\"100\" user_id=\"34427469121@N01\">\n   <gallery id=\"5704-72157622637971865\" \n             url=\"http://www.flickr.com/photos/george/galleries/72157622637971865\" \n             owner=\"34427469121@N01\" date_create=\"1257711422\" date_update=\"1260360756\"\n             primary_photo_id=\"107391222\"  primary_photo_server=\"39\" \n             primary_photo_farm=\"1\" primary_photo_secret=\"ffa\"\n             count_photos=\"16\" count_videos=\"2\" >\n       <title>I like me some black &amp; white</title>\n       <description>black and whites</description>\n   </gallery>\n   <gallery id=\"5704-72157622566655097\" \n            url=\"http://www.flickr.com/photos/george/galleries/72157622566655097\" \n            owner=\"34427469121@N01\" date_create=\"1256852229\" date_update=\"1260462343\" \n            primary_photo_id=\"497374910\" primary_photo_server=\"231\" \n            primary_photo_farm=\"1\" primary_photo_secret=\"9ae0f\"\n            count_photos=\"18\" count_videos=\"0\" >\n       <title>People Sleeping in Libraries</title>\n       <description />\n   </gallery>\n</galleries>",
    "example": [
      {
        "name": "galleries",
        "attrs": {
          "total": "9",
          "page": "1",
          "pages": "1",
          "per_page": "100",
          "user_id": "34427469121@N01"
        },
        "children": [
          {
            "name": "gallery",
            "attrs": {
              "id": "5704-72157622637971865",
              "url": "http://www.flickr.com/photos/george/galleries/72157622637971865",
              "owner": "34427469121@N01",
              "date_create": "1257711422",
              "date_update": "1260360756",
              "primary_photo_id": "107391222",
              "primary_photo_server": "39",
              "primary_photo_farm": "1",
              "primary_photo_secret": "ffa",
              "count_photos": "16",
              "count_videos": "2"
            },
            "children": [
              {
                "name": "title",
                "text": "I like me some black & white"
              },
              {
                "name": "description",
                "text": "black and whites"
              }
            ]
          },
          {
            "name": "gallery",
            "attrs": {
              "id": "5704-72157622566655097",
              "url": "http://www.flickr.com/photos/george/galleries/72157622566655097",
              "owner": "34427469121@N01",
              "date_create": "1256852229",
              "date_update": "1260462343",
              "primary_photo_id": "497374910",
              "primary_photo_server": "231",
              "primary_photo_farm": "1",
              "primary_photo_secret": "9ae0f",
              "count_photos": "18",
              "count_videos": "0"
            },
            "children": [
              {
                "name": "title",
                "text": "People Sleeping in Libraries"
              },
              {
                "name": "description"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.galleries.getListForPhoto",
    "description": "Return the list of galleries to which a photo has been added. Galleries are returned sorted by date which the photo was added to the gallery.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The ID of the photo to fetch a list of galleries for."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of galleries to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<galleries total=\"7\" page=\"1\" pages=\"1\" per_page=\"100\">\n    <gallery id=\"9634-72157621980433950\" \n             url=\"http://www.flickr.com/photos/revdancatt/galleries/72157621980433950\" \n             owner=\"35468159852@N01\" date_create=\"1249748647\" date_update=\"1260486168\" \n\t     primary_photo_id=\"2080242123\" primary_photo_server=\"2209\" \n\t     primary_photo_farm=\"3\" primary_photo_secret=\"55c9\"\n             count_photos=\"18\" count_videos=\"0\">\n        <title>Vivitar Ultra Wide &amp; Slim Selection</title>\n        <description>The cheap and cheerful camera that isn't quite as cheap as it used to be.</description>\n    </gallery>\n   <gallery id=\"22342631-72157622254010831\" \n             url=\"http://www.flickr.com/photos/22365685@N03/galleries/72157622254010831\" \n             owner=\"22365685@N03\" date_create=\"1253035020\" date_update=\"1260431618\" \n             primary_photo_id=\"3182914049\" primary_photo_server=\"3319\" \n             primary_photo_farm=\"4\" primary_photo_secret=\"b94fb\"\n             count_photos=\"13\" count_videos=\"0\">\n        <title>Awesome Pics</title>\n        <description />\n    </gallery>\n</galleries>",
    "example": [
      {
        "name": "galleries",
        "attrs": {
          "total": "7",
          "page": "1",
          "pages": "1",
          "per_page": "100"
        },
        "children": [
          {
            "name": "gallery",
            "attrs": {
              "id": "9634-72157621980433950",
              "url": "http://www.flickr.com/photos/revdancatt/galleries/72157621980433950",
              "owner": "35468159852@N01",
              "date_create": "1249748647",
              "date_update": "1260486168",
              "primary_photo_id": "2080242123",
              "primary_photo_server": "2209",
              "primary_photo_farm": "3",
              "primary_photo_secret": "55c9",
              "count_photos": "18",
              "count_videos": "0"
            },
            "children": [
              {
                "name": "title",
                "text": "Vivitar Ultra Wide & Slim Selection"
              },
              {
                "name": "description",
                "text": "The cheap and cheerful camera that isn't quite as cheap as it used to be."
              }
            ]
          },
          {
            "name": "gallery",
            "attrs": {
              "id": "22342631-72157622254010831",
              "url": "http://www.flickr.com/photos/22365685@N03/galleries/72157622254010831",
              "owner": "22365685@N03",
              "date_create": "1253035020",
              "date_update": "1260431618",
              "primary_photo_id": "3182914049",
              "primary_photo_server": "3319",
              "primary_photo_farm": "4",
              "primary_photo_secret": "b94fb",
              "count_photos": "13",
              "count_videos": "0"
            },
            "children": [
              {
                "name": "title",
                "text": "Awesome Pics"
              },
              {
                "name": "description"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.galleries.getPhotos",
    "description": "Return the list of photos for a gallery",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "gallery_id",
        "optional": false,
        "description": "The ID of the gallery of photos to return"
      },
      {
        "name": "continuation",
        "optional": true,
        "description": "Using this parameter indicates to the server that the client is using the new, continuation based pagination rather than the older page/per_page based pagination."
      },
      {
        "name": "get_user_info",
        "optional": true,
        "description": "set to 1 if user details should be returned"
      },
      {
        "name": "get_gallery_info",
        "optional": true,
        "description": "if set to 1, info about the gallery is also returned"
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photos page=\"1\" pages=\"1\" perpage=\"500\" total=\"2\">\n\t<photo id=\"2822546461\" owner=\"78398753@N00\" secret=\"2dbcdb589f\" server=\"1\" farm=\"1\" title=\"FOO\" \n     ispublic=\"1\" isfriend=\"0\" isfamily=\"0\" is_primary=\"1\" has_comment=\"1\">\n\t\t<comment>best cat picture ever!</comment>\n\t</photo>\n\t<photo id=\"2822544806\" owner=\"78398753@N00\" secret=\"bd93cbe917\" server=\"1\" farm=\"1\" title=\"OOK\" \n     ispublic=\"1\" isfriend=\"0\" isfamily=\"0\" is_primary=\"0\" has_comment=\"0\" />\n</photos>",
    "example": [
      {
        "name": "photos",
        "attrs": {
          "page": "1",
          "pages": "1",
          "perpage": "500",
          "total": "2"
        },
        "children": [
          {
            "name": "photo",
            "attrs": {
              "id": "2822546461",
              "owner": "78398753@N00",
              "secret": "2dbcdb589f",
              "server": "1",
              "farm": "1",
              "title": "FOO",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0",
              "is_primary": "1",
              "has_comment": "1"
            },
            "children": [
              {
                "name": "comment",
                "text": "best cat picture ever!"
              }
            ]
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2822544806",
              "owner": "78398753@N00",
              "secret": "bd93cbe917",
              "server": "1",
              "farm": "1",
              "title": "OOK",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0",
              "is_primary": "0",
              "has_comment": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.galleries.removePhoto",
    "description": "Remove a photo from a gallery.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "gallery_id",
        "optional": false,
        "description": "The ID of the gallery to remove a photo from"
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The ID of the photo to remove from the gallery"
      },
      {
        "name": "full_response",
        "optional": false,
        "description": "If specified, return updated details of the gallery the photo was removed from"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid gallery ID"
      },
      {
        "code": 4,
        "message": "Invalid photo ID"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.discuss.replies.add",
    "description": "Post a new reply to a group discussion topic.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this parameter optional for legacy reasons, but it is highly recommended to pass this in to get faster performance."
      },
      {
        "name": "topic_id",
        "optional": false,
        "description": "The ID of the topic to post a comment to."
      },
      {
        "name": "message",
        "optional": false,
        "description": "The message to post to the topic."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Topic not found"
      },
      {
        "code": 2,
        "message": "Cannot post to group"
      },
      {
        "code": 3,
        "message": "Missing required arguments"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.discuss.replies.delete",
    "description": "Delete a reply from a group topic.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "delete",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this parameter optional for legacy reasons, but it is highly recommended to pass this in to get faster performance."
      },
      {
        "name": "topic_id",
        "optional": false,
        "description": "The ID of the topic the post is in."
      },
      {
        "name": "reply_id",
        "optional": false,
        "description": "The ID of the reply to delete."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Topic not found"
      },
      {
        "code": 2,
        "message": "Reply not found"
      },
      {
        "code": 3,
        "message": "Cannot delete reply"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.discuss.replies.edit",
    "description": "Edit a topic reply.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this parameter optional for legacy reasons, but it is highly recommended to pass this in to get faster performance."
      },
      {
        "name": "topic_id",
        "optional": false,
        "description": "The ID of the topic the post is in."
      },
      {
        "name": "reply_id",
        "optional": false,
        "description": "The ID of the reply post to edit."
      },
      {
        "name": "message",
        "optional": false,
        "description": "The message to edit the post with."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Topic not found"
      },
      {
        "code": 2,
        "message": "Reply not found"
      },
      {
        "code": 3,
        "message": "Missing required arguments"
      },
      {
        "code": 4,
        "message": "Cannot edit reply"
      },
      {
        "code": 5,
        "message": "Cannot post to group"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.discuss.replies.getInfo",
    "description": "Get information on a group topic reply.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this parameter optional for legacy reasons, but it is highly recommended to pass this in to get faster performance."
      },
      {
        "name": "topic_id",
        "optional": false,
        "description": "The ID of the topic the post is in."
      },
      {
        "name": "reply_id",
        "optional": false,
        "description": "The ID of the reply to fetch."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Topic not found"
      },
      {
        "code": 2,
        "message": "Reply not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<rsp stat=\"ok\">\n  <reply id=\"72157607082559968\" author=\"30134652@N05\" authorname=\"JAMAL'S ACCOUNT\" is_pro=\"0\" role=\"admin\" iconserver=\"0\" iconfarm=\"0\" can_edit=\"1\" can_delete=\"1\" datecreate=\"1337975921\" lastedit=\"0\">\n    <message>...well, too bad.</message>\n  </reply>\n</rsp>",
    "example": [
      {
        "name": "reply",
        "attrs": {
          "id": "72157607082559968",
          "author": "30134652@N05",
          "authorname": "JAMAL'S ACCOUNT",
          "is_pro": "0",
          "role": "admin",
          "iconserver": "0",
          "iconfarm": "0",
          "can_edit": "1",
          "can_delete": "1",
          "datecreate": "1337975921",
          "lastedit": "0"
        },
        "children": [
          {
            "name": "message",
            "text": "...well, too bad."
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.groups.discuss.replies.getList",
    "description": "Get a list of replies from a group discussion topic.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "Pass in the group id to where the topic belongs. Can be NSID or group alias. Making this parameter optional for legacy reasons, but it is highly recommended to pass this in to get faster performance."
      },
      {
        "name": "topic_id",
        "optional": false,
        "description": "The ID of the topic to fetch replies for."
      },
      {
        "name": "per_page",
        "optional": false,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Topic not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n  <replies>\n    <topic topic_id=\"72157625038324579\" subject=\"A long time ago in a galaxy far, far away...\" group_id=\"46744914@N00\" iconserver=\"1\" iconfarm=\"1\" name=\"Tell a story in 5 frames (Visual story telling)\" author=\"53930889@N04\" authorname=\"Smallportfolio_jm08\" role=\"member\" author_iconserver=\"5169\" author_iconfarm=\"6\" can_edit=\"0\" can_delete=\"0\" can_reply=\"0\" is_sticky=\"0\" is_locked=\"\" datecreate=\"1287070965\" datelastpost=\"1336905518\" total=\"8\" page=\"1\" per_page=\"3\" pages=\"2\">\n      <message>&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5080874079/&quot; title=&quot;Star Wars 1 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4035/5080874079_684cf874e0_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 1 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;\n\n&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5081467846/&quot; title=&quot;Star Wars 2 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4071/5081467846_2eec86176d_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 2 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;\n\n&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5081467886/&quot; title=&quot;Star Wars 3 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4021/5081467886_d8cca6c8e8_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 3 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;\n\n&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5081467910/&quot; title=&quot;Star Wars 4 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4084/5081467910_274bb11fdc_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 4 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;\n\n&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5081467948/&quot; title=&quot;Star Wars 5 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4154/5081467948_1a5f200bc0_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 5 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;</message>\n    </topic>\n    <reply id=\"72157625163054214\" author=\"41380738@N05\" authorname=\"BlueRidgeKitties\" role=\"member\" iconserver=\"2459\" iconfarm=\"3\" can_edit=\"0\" can_delete=\"0\" datecreate=\"1287071539\" lastedit=\"0\">\n      <message>*LOL* The universe is full of &lt;a href=&quot;http://www.flickr.com/groups/visualstory/discuss/72157622533160886/&quot;&gt;giant furry space monsters&lt;/a&gt; it seems! Love it.</message>\n    </reply>\n    <reply id=\"72157625163539300\" author=\"52101018@N00\" authorname=\"pterandon\" role=\"admin\" iconserver=\"1\" iconfarm=\"1\" can_edit=\"0\" can_delete=\"0\" datecreate=\"1287076748\" lastedit=\"0\">\n      <message>Great work. Good focus on different aspects of scene in each frame.  Funny ending-- even better that I didn't notice the cat right away!  Being a hopeless Trekkie, I was wondering why Han was doing the Vulcan death grip on one of his allies....</message>\n    </reply>\n    <reply id=\"72157625040116805\" author=\"54830408@N02\" authorname=\"tay.grisham\" role=\"member\" iconserver=\"0\" iconfarm=\"0\" can_edit=\"0\" can_delete=\"0\" datecreate=\"1287089858\" lastedit=\"0\">\n      <message>On a scale of 1 to 10 of awesome. This is a 15</message>\n    </reply>\n  </replies>\n</rsp>",
    "example": [
      {
        "name": "replies",
        "children": [
          {
            "name": "topic",
            "attrs": {
              "topic_id": "72157625038324579",
              "subject": "A long time ago in a galaxy far, far away...",
              "group_id": "46744914@N00",
              "iconserver": "1",
              "iconfarm": "1",
              "name": "Tell a story in 5 frames (Visual story telling)",
              "author": "53930889@N04",
              "authorname": "Smallportfolio_jm08",
              "role": "member",
              "author_iconserver": "5169",
              "author_iconfarm": "6",
              "can_edit": "0",
              "can_delete": "0",
              "can_reply": "0",
              "is_sticky": "0",
              "is_locked": "",
              "datecreate": "1287070965",
              "datelastpost": "1336905518",
              "total": "8",
              "page": "1",
              "per_page": "3",
              "pages": "2"
            },
            "children": [
              {
                "name": "message",
                "text": "<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5080874079/\" title=\"Star Wars 1 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4035/5080874079_684cf874e0_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 1 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>\n\n<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5081467846/\" title=\"Star Wars 2 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4071/5081467846_2eec86176d_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 2 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>\n\n<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5081467886/\" title=\"Star Wars 3 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4021/5081467886_d8cca6c8e8_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 3 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>\n\n<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5081467910/\" title=\"Star Wars 4 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4084/5081467910_274bb11fdc_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 4 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>\n\n<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5081467948/\" title=\"Star Wars 5 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4154/5081467948_1a5f200bc0_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 5 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>"
              }
            ]
          },
          {
            "name": "reply",
            "attrs": {
              "id": "72157625163054214",
              "author": "41380738@N05",
              "authorname": "BlueRidgeKitties",
              "role": "member",
              "iconserver": "2459",
              "iconfarm": "3",
              "can_edit": "0",
              "can_delete": "0",
              "datecreate": "1287071539",
              "lastedit": "0"
            },
            "children": [
              {
                "name": "message",
                "text": "*LOL* The universe is full of <a href=\"http://www.flickr.com/groups/visualstory/discuss/72157622533160886/\">giant furry space monsters</a> it seems! Love it."
              }
            ]
          },
          {
            "name": "reply",
            "attrs": {
              "id": "72157625163539300",
              "author": "52101018@N00",
              "authorname": "pterandon",
              "role": "admin",
              "iconserver": "1",
              "iconfarm": "1",
              "can_edit": "0",
              "can_delete": "0",
              "datecreate": "1287076748",
              "lastedit": "0"
            },
            "children": [
              {
                "name": "message",
                "text": "Great work. Good focus on different aspects of scene in each frame.  Funny ending-- even better that I didn't notice the cat right away!  Being a hopeless Trekkie, I was wondering why Han was doing the Vulcan death grip on one of his allies...."
              }
            ]
          },
          {
            "name": "reply",
            "attrs": {
              "id": "72157625040116805",
              "author": "54830408@N02",
              "authorname": "tay.grisham",
              "role": "member",
              "iconserver": "0",
              "iconfarm": "0",
              "can_edit": "0",
              "can_delete": "0",
              "datecreate": "1287089858",
              "lastedit": "0"
            },
            "children": [
              {
                "name": "message",
                "text": "On a scale of 1 to 10 of awesome. This is a 15"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.groups.discuss.topics.add",
    "description": "Post a new discussion topic to a group.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID or path alias of the group to add a topic to."
      },
      {
        "name": "subject",
        "optional": false,
        "description": "The topic subject."
      },
      {
        "name": "message",
        "optional": false,
        "description": "The topic message."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Group not found"
      },
      {
        "code": 2,
        "message": "Cannot post to group"
      },
      {
        "code": 3,
        "message": "Message is too long"
      },
      {
        "code": 4,
        "message": "Missing required arguments"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.discuss.topics.getInfo",
    "description": "Get information about a group discussion topic.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "NSID or group alias of the group to which the topic belongs. Making this parameter optional for legacy reasons, but it is highly recommended to pass this in to get better performance."
      },
      {
        "name": "topic_id",
        "optional": false,
        "description": "The ID for the topic to edit."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Topic not found"
      },
      {
        "code": 2,
        "message": "Topic unavailable"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<rsp stat=\"ok\">\n  <topic id=\"72157607082559966\" subject=\"Who's still around?\" author=\"30134652@N05\" authorname=\"JAMAL'S ACCOUNT\" is_pro=\"0\" role=\"admin\" iconserver=\"0\" iconfarm=\"0\" count_replies=\"1\" can_edit=\"1\" can_delete=\"0\" can_reply=\"0\" is_sticky=\"0\" is_locked=\"0\" datecreate=\"1337975869\" datelastpost=\"1337975921\" last_reply=\"72157607082559968\">\n    <message>Is anyone still around in this group?</message>\n  </topic>\n</rsp>",
    "example": [
      {
        "name": "topic",
        "attrs": {
          "id": "72157607082559966",
          "subject": "Who's still around?",
          "author": "30134652@N05",
          "authorname": "JAMAL'S ACCOUNT",
          "is_pro": "0",
          "role": "admin",
          "iconserver": "0",
          "iconfarm": "0",
          "count_replies": "1",
          "can_edit": "1",
          "can_delete": "0",
          "can_reply": "0",
          "is_sticky": "0",
          "is_locked": "0",
          "datecreate": "1337975869",
          "datelastpost": "1337975921",
          "last_reply": "72157607082559968"
        },
        "children": [
          {
            "name": "message",
            "text": "Is anyone still around in this group?"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.groups.discuss.topics.getList",
    "description": "Get a list of discussion topics in a group.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID or path alias of the group to fetch information for."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Group not found"
      },
      {
        "code": 2,
        "message": "Group discussions unavailable."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n  <topics group_id=\"46744914@N00\" iconserver=\"1\" iconfarm=\"1\" name=\"Tell a story in 5 frames (Visual story telling)\" members=\"12428\" privacy=\"3\" lang=\"en-us\" ispoolmoderated=\"1\" total=\"4621\" page=\"1\" per_page=\"2\" pages=\"2310\">\n    <topic id=\"72157625038324579\" subject=\"A long time ago in a galaxy far, far away...\" author=\"53930889@N04\" authorname=\"Smallportfolio_jm08\" role=\"member\" iconserver=\"5169\" iconfarm=\"6\" count_replies=\"8\" can_edit=\"0\" can_delete=\"0\" can_reply=\"0\" is_sticky=\"0\" is_locked=\"\" datecreate=\"1287070965\" datelastpost=\"1336905518\">\n      <message>&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5080874079/&quot; title=&quot;Star Wars 1 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4035/5080874079_684cf874e0_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 1 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;\n\n&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5081467846/&quot; title=&quot;Star Wars 2 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4071/5081467846_2eec86176d_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 2 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;\n\n&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5081467886/&quot; title=&quot;Star Wars 3 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4021/5081467886_d8cca6c8e8_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 3 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;\n\n&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5081467910/&quot; title=&quot;Star Wars 4 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4084/5081467910_274bb11fdc_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 4 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;\n\n&lt;div&gt;&lt;span class=&quot;photo_container pc_m bbml_img&quot;&gt;&lt;a href=&quot;/photos/53930889@N04/5081467948/&quot; title=&quot;Star Wars 5 by Smallportfolio_jm08&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm5.staticflickr.com/4154/5081467948_1a5f200bc0_m.jpg&quot; width=&quot;240&quot; height=&quot;180&quot; alt=&quot;Star Wars 5 by Smallportfolio_jm08&quot;  class=&quot;pc_img&quot; border=&quot;0&quot; /&gt;&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;</message>\n    </topic>\n    <topic id=\"72157629635119774\" subject=\"Where The Fish Are\" author=\"75240402@N04\" authorname=\"Nokinrocks\" role=\"member\" iconserver=\"7027\" iconfarm=\"8\" count_replies=\"0\" can_edit=\"0\" can_delete=\"0\" can_reply=\"0\" is_sticky=\"0\" is_locked=\"\" datecreate=\"1336485653\" datelastpost=\"1336485653\">\n      <message>&lt;a href=&quot;http://www.flickr.com/photos/nokinrocks/7120495637/&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm9.staticflickr.com/8005/7120495637_fec0382b4b_n.jpg&quot; width=&quot;320&quot; height=&quot;256&quot; alt=&quot;Step It Up&quot; /&gt;&lt;/a&gt;\n\n&lt;a href=&quot;http://www.flickr.com/photos/nokinrocks/7122908705/&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm8.staticflickr.com/7259/7122908705_3bef338378_n.jpg&quot; width=&quot;240&quot; height=&quot;320&quot; alt=&quot;P1050351&quot; /&gt;&lt;/a&gt;\n\n&lt;a href=&quot;http://www.flickr.com/photos/nokinrocks/7122922123/&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm8.staticflickr.com/7052/7122922123_2bfcb6707c_n.jpg&quot; width=&quot;214&quot; height=&quot;320&quot; alt=&quot;Frog On A Log&quot; /&gt;&lt;/a&gt;\n\n&lt;a href=&quot;http://www.flickr.com/photos/nokinrocks/7122929521/&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm8.staticflickr.com/7047/7122929521_8ffebdd424_n.jpg&quot; width=&quot;320&quot; height=&quot;200&quot; alt=&quot;P1050397&quot; /&gt;&lt;/a&gt;\n\n&lt;a href=&quot;http://www.flickr.com/photos/nokinrocks/7122916999/&quot;&gt;&lt;img class=&quot;notsowide&quot; src=&quot;http://farm8.staticflickr.com/7200/7122916999_a7328f9dcc_n.jpg&quot; width=&quot;320&quot; height=&quot;261&quot; alt=&quot;P1050361&quot; /&gt;&lt;/a&gt;</message>\n    </topic>\n  </topics>\n</rsp>",
    "example": [
      {
        "name": "topics",
        "attrs": {
          "group_id": "46744914@N00",
          "iconserver": "1",
          "iconfarm": "1",
          "name": "Tell a story in 5 frames (Visual story telling)",
          "members": "12428",
          "privacy": "3",
          "lang": "en-us",
          "ispoolmoderated": "1",
          "total": "4621",
          "page": "1",
          "per_page": "2",
          "pages": "2310"
        },
        "children": [
          {
            "name": "topic",
            "attrs": {
              "id": "72157625038324579",
              "subject": "A long time ago in a galaxy far, far away...",
              "author": "53930889@N04",
              "authorname": "Smallportfolio_jm08",
              "role": "member",
              "iconserver": "5169",
              "iconfarm": "6",
              "count_replies": "8",
              "can_edit": "0",
              "can_delete": "0",
              "can_reply": "0",
              "is_sticky": "0",
              "is_locked": "",
              "datecreate": "1287070965",
              "datelastpost": "1336905518"
            },
            "children": [
              {
                "name": "message",
                "text": "<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5080874079/\" title=\"Star Wars 1 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4035/5080874079_684cf874e0_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 1 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>\n\n<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5081467846/\" title=\"Star Wars 2 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4071/5081467846_2eec86176d_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 2 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>\n\n<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5081467886/\" title=\"Star Wars 3 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4021/5081467886_d8cca6c8e8_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 3 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>\n\n<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5081467910/\" title=\"Star Wars 4 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4084/5081467910_274bb11fdc_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 4 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>\n\n<div><span class=\"photo_container pc_m bbml_img\"><a href=\"/photos/53930889@N04/5081467948/\" title=\"Star Wars 5 by Smallportfolio_jm08\"><img class=\"notsowide\" src=\"http://farm5.staticflickr.com/4154/5081467948_1a5f200bc0_m.jpg\" width=\"240\" height=\"180\" alt=\"Star Wars 5 by Smallportfolio_jm08\"  class=\"pc_img\" border=\"0\" /></a></span></div>"
              }
            ]
          },
          {
            "name": "topic",
            "attrs": {
              "id": "72157629635119774",
              "subject": "Where The Fish Are",
              "author": "75240402@N04",
              "authorname": "Nokinrocks",
              "role": "member",
              "iconserver": "7027",
              "iconfarm": "8",
              "count_replies": "0",
              "can_edit": "0",
              "can_delete": "0",
              "can_reply": "0",
              "is_sticky": "0",
              "is_locked": "",
              "datecreate": "1336485653",
              "datelastpost": "1336485653"
            },
            "children": [
              {
                "name": "message",
                "text": "<a href=\"http://www.flickr.com/photos/nokinrocks/7120495637/\"><img class=\"notsowide\" src=\"http://farm9.staticflickr.com/8005/7120495637_fec0382b4b_n.jpg\" width=\"320\" height=\"256\" alt=\"Step It Up\" /></a>\n\n<a href=\"http://www.flickr.com/photos/nokinrocks/7122908705/\"><img class=\"notsowide\" src=\"http://farm8.staticflickr.com/7259/7122908705_3bef338378_n.jpg\" width=\"240\" height=\"320\" alt=\"P1050351\" /></a>\n\n<a href=\"http://www.flickr.com/photos/nokinrocks/7122922123/\"><img class=\"notsowide\" src=\"http://farm8.staticflickr.com/7052/7122922123_2bfcb6707c_n.jpg\" width=\"214\" height=\"320\" alt=\"Frog On A Log\" /></a>\n\n<a href=\"http://www.flickr.com/photos/nokinrocks/7122929521/\"><img class=\"notsowide\" src=\"http://farm8.staticflickr.com/7047/7122929521_8ffebdd424_n.jpg\" width=\"320\" height=\"200\" alt=\"P1050397\" /></a>\n\n<a href=\"http://www.flickr.com/photos/nokinrocks/7122916999/\"><img class=\"notsowide\" src=\"http://farm8.staticflickr.com/7200/7122916999_a7328f9dcc_n.jpg\" width=\"320\" height=\"261\" alt=\"P1050361\" /></a>"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.groups.getInfo",
    "description": "Get information about a group.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID of the group to fetch information for."
      },
      {
        "name": "group_path_alias",
        "optional": true,
        "description": "The path alias of the group. One of this or the group_id param is required"
      },
      {
        "name": "lang",
        "optional": true,
        "description": "The language of the group name and description to fetch. If the language is not found, the primary language of the group will be returned. Valid values are the same as in feeds."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Group not found"
      },
      {
        "code": 2,
        "message": "Group is private"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<group id=\"34427465497@N01\" iconserver=\"1\" iconfarm=\"1\" lang=\"en-us\" ispoolmoderated=\"0\">\n\t<name>GNEverybody</name>\n\t<description>The group for GNE players</description>\n\t<members>69</members>\n\t<privacy>3</privacy>\n\t<throttle count=\"10\" mode=\"month\" remaining=\"3\"/>\n        <restrictions photos_ok=\"1\" videos_ok=\"1\" images_ok=\"1\" screens_ok=\"1\" art_ok=\"1\" safe_ok=\"1\" moderate_ok=\"0\" restricted_ok=\"0\" has_geo=\"0\" />\n</group>",
    "example": [
      {
        "name": "group",
        "attrs": {
          "id": "34427465497@N01",
          "iconserver": "1",
          "iconfarm": "1",
          "lang": "en-us",
          "ispoolmoderated": "0"
        },
        "children": [
          {
            "name": "name",
            "text": "GNEverybody"
          },
          {
            "name": "description",
            "text": "The group for GNE players"
          },
          {
            "name": "members",
            "text": "69"
          },
          {
            "name": "privacy",
            "text": "3"
          },
          {
            "name": "throttle",
            "attrs": {
              "count": "10",
              "mode": "month",
              "remaining": "3"
            }
          },
          {
            "name": "restrictions",
            "attrs": {
              "photos_ok": "1",
              "videos_ok": "1",
              "images_ok": "1",
              "screens_ok": "1",
              "art_ok": "1",
              "safe_ok": "1",
              "moderate_ok": "0",
              "restricted_ok": "0",
              "has_geo": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.groups.join",
    "description": "Join a public group as a member.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID of the Group in question"
      },
      {
        "name": "accept_rules",
        "optional": true,
        "description": "If the group has rules, they must be displayed to the user prior to joining."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required arguments missing"
      },
      {
        "code": 2,
        "message": "Group does not exist"
      },
      {
        "code": 3,
        "message": "Group not availabie to the account"
      },
      {
        "code": 4,
        "message": "Account is already in that group"
      },
      {
        "code": 5,
        "message": "Membership in group is by invitation only."
      },
      {
        "code": 6,
        "message": "User must accept the group rules before joining"
      },
      {
        "code": 10,
        "message": "Account in maximum number of groups"
      },
      {
        "code": 11,
        "message": "User unable to join"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.joinRequest",
    "description": "Request to join a group that is invitation-only.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID of the group to request joining."
      },
      {
        "name": "message",
        "optional": false,
        "description": "Message to the administrators."
      },
      {
        "name": "accept_rules",
        "optional": false,
        "description": "If the group has rules, they must be displayed to the user prior to joining."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required arguments missing"
      },
      {
        "code": 2,
        "message": "Group does not exist"
      },
      {
        "code": 3,
        "message": "Group not available to the account"
      },
      {
        "code": 4,
        "message": "Account is already in that group"
      },
      {
        "code": 5,
        "message": "Group is public and open"
      },
      {
        "code": 6,
        "message": "User must accept the group rules before joining"
      },
      {
        "code": 7,
        "message": "User has already requested to join that group"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.leave",
    "description": "Leave a group. If the user is the only administrator left, and there are other members, the oldest member will be promoted to administrator. If the user is the last person in the group, the group will be deleted.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "delete",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID of the Group to leave"
      },
      {
        "name": "delete_photos",
        "optional": true,
        "description": "Delete all photos by this user from the group"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required arguments missing"
      },
      {
        "code": 2,
        "message": "Group does not exist"
      },
      {
        "code": 3,
        "message": "Account is not in that group"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.members.getList",
    "description": "Get a list of the members of a group. The call must be signed on behalf of a Flickr member, and the ability to see the group membership will be determined by the Flickr member's group privileges.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "Return a list of members for this group. The group must be viewable by the Flickr member on whose behalf the API call is made."
      },
      {
        "name": "membertypes",
        "optional": true,
        "description": "Comma separated list of member types - 2: member - 3: moderator - 4: admin By default returns all types. (Returning super rare member type \"1: narwhal\" isn't supported by this API method)"
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of members to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Group not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<members page=\"1\" pages=\"1\" perpage=\"100\" total=\"33\">\n<member nsid=\"123456@N01\" username=\"foo\" iconserver=\"1\" iconfarm=\"1\" membertype=\"2\"/>\n<member nsid=\"118210@N07\" username=\"kewlchops666\" iconserver=\"0\" iconfarm=\"0\" membertype=\"4\"/>\n<member nsid=\"119377@N07\" username=\"Alpha Shanan\" iconserver=\"0\" iconfarm=\"0\" membertype=\"2\"/>\n<member nsid=\"67783977@N00\" username=\"fakedunstanp1\" iconserver=\"1003\" iconfarm=\"2\" membertype=\"3\"/>\n...\n</members>",
    "example": [
      {
        "name": "members",
        "attrs": {
          "page": "1",
          "pages": "1",
          "perpage": "100",
          "total": "33"
        },
        "children": [
          {
            "name": "member",
            "attrs": {
              "nsid": "123456@N01",
              "username": "foo",
              "iconserver": "1",
              "iconfarm": "1",
              "membertype": "2"
            }
          },
          {
            "name": "member",
            "attrs": {
              "nsid": "118210@N07",
              "username": "kewlchops666",
              "iconserver": "0",
              "iconfarm": "0",
              "membertype": "4"
            }
          },
          {
            "name": "member",
            "attrs": {
              "nsid": "119377@N07",
              "username": "Alpha Shanan",
              "iconserver": "0",
              "iconfarm": "0",
              "membertype": "2"
            }
          },
          {
            "name": "member",
            "attrs": {
              "nsid": "67783977@N00",
              "username": "fakedunstanp1",
              "iconserver": "1003",
              "iconfarm": "2",
              "membertype": "3"
            }
          }
        ],
        "text": "..."
      }
    ]
  },
  {
    "name": "flickr.groups.pools.add",
    "description": "Add a photo to a group's pool.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to add to the group pool. The photo must belong to the calling user."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID of the group who's pool the photo is to be added to."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Group not found"
      },
      {
        "code": 3,
        "message": "Photo already in pool"
      },
      {
        "code": 4,
        "message": "Photo in maximum number of pools"
      },
      {
        "code": 5,
        "message": "Photo limit reached"
      },
      {
        "code": 6,
        "message": "Your Photo has been added to the Pending Queue for this Pool"
      },
      {
        "code": 7,
        "message": "Your Photo has already been added to the Pending Queue for this Pool"
      },
      {
        "code": 8,
        "message": "Content not allowed"
      },
      {
        "code": 10,
        "message": "Maximum number of photos in Group Pool"
      },
      {
        "code": 11,
        "message": "Group Pool is disabled"
      },
      {
        "code": 21,
        "message": "Videos not allowed"
      },
      {
        "code": 22,
        "message": "Photos not allowed"
      },
      {
        "code": 23,
        "message": "Video in invalid state"
      },
      {
        "code": 24,
        "message": "No photo/video allowed"
      },
      {
        "code": 25,
        "message": "No screenshot/screencast allowed"
      },
      {
        "code": 26,
        "message": "No illustration/art/animation/CGI allowed"
      },
      {
        "code": 27,
        "message": "No restricted content allowed"
      },
      {
        "code": 28,
        "message": "No restricted or moderate content allowed"
      },
      {
        "code": 29,
        "message": "Items must be geotagged"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.pools.getContext",
    "description": "Returns next and previous photos for a photo in a group pool.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to fetch the context for."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The nsid of the group who's pool to fetch the photo's context for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Photo not in pool"
      },
      {
        "code": 3,
        "message": "Group not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<prevphoto id=\"2980\" secret=\"973da1e709\"\n\ttitle=\"boo!\" url=\"/photos/bees/2980/\" /> \n<nextphoto id=\"2985\" secret=\"059b664012\"\n\ttitle=\"Amsterdam Amstel\" url=\"/photos/bees/2985/\" /> ",
    "example": [
      {
        "name": "prevphoto",
        "attrs": {
          "id": "2980",
          "secret": "973da1e709",
          "title": "boo!",
          "url": "/photos/bees/2980/"
        }
      },
      {
        "name": "nextphoto",
        "attrs": {
          "id": "2985",
          "secret": "059b664012",
          "title": "Amsterdam Amstel",
          "url": "/photos/bees/2985/"
        }
      }
    ]
  },
  {
    "name": "flickr.groups.pools.getGroups",
    "description": "Returns a list of groups to which you can add photos.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of groups to return per page. If this argument is omitted, it defaults to 400. The maximum allowed value is 400."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<groups page=\"1\" pages=\"1\" per_page=\"400\" total=\"3\">\n\t<group nsid=\"33853651696@N01\" name=\"Art and Literature Hoedown\"\n\t\tadmin=\"0\" privacy=\"3\" photos=\"2\" iconserver=\"1\" /> \n\t<group nsid=\"34427465446@N01\" name=\"FlickrIdeas\"\n\t\tadmin=\"1\" privacy=\"3\" photos=\"20\" iconserver=\"1\" /> \n\t<group nsid=\"34427465497@N01\" name=\"GNEverybody\"\n\t\tadmin=\"0\" privacy=\"3\" photos=\"4\" iconserver=\"1\" /> \n</groups>",
    "example": [
      {
        "name": "groups",
        "attrs": {
          "page": "1",
          "pages": "1",
          "per_page": "400",
          "total": "3"
        },
        "children": [
          {
            "name": "group",
            "attrs": {
              "nsid": "33853651696@N01",
              "name": "Art and Literature Hoedown",
              "admin": "0",
              "privacy": "3",
              "photos": "2",
              "iconserver": "1"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "34427465446@N01",
              "name": "FlickrIdeas",
              "admin": "1",
              "privacy": "3",
              "photos": "20",
              "iconserver": "1"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "34427465497@N01",
              "name": "GNEverybody",
              "admin": "0",
              "privacy": "3",
              "photos": "4",
              "iconserver": "1"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.groups.pools.getPhotos",
    "description": "Returns a list of pool photos for a given group, based on the permissions of the group and the user logged in (if any).",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The id of the group who's pool you which to get the photo list for."
      },
      {
        "name": "tags",
        "optional": true,
        "description": "A tag to filter the pool with. At the moment only one tag at a time is supported."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The nsid of a user. Specifiying this parameter will retrieve for you only those photos that the user has contributed to the group pool."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Group not found"
      },
      {
        "code": 2,
        "message": "You don't have permission to view this pool"
      },
      {
        "code": 3,
        "message": "Unknown user"
      },
      {
        "code": 4,
        "message": "Group/pool is member only"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photos page=\"1\" pages=\"1\" perpage=\"1\" total=\"1\">\n\t<photo id=\"2645\" owner=\"12037949754@N01\" title=\"36679_o\"\n\tsecret=\"a9f4a06091\" server=\"2\"\n\tispublic=\"1\" isfriend=\"0\" isfamily=\"0\"\n\townername=\"Bees / ?\" dateadded=\"1089918707\" /> \n</photos>",
    "example": [
      {
        "name": "photos",
        "attrs": {
          "page": "1",
          "pages": "1",
          "perpage": "1",
          "total": "1"
        },
        "children": [
          {
            "name": "photo",
            "attrs": {
              "id": "2645",
              "owner": "12037949754@N01",
              "title": "36679_o",
              "secret": "a9f4a06091",
              "server": "2",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0",
              "ownername": "Bees / ?",
              "dateadded": "1089918707"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.groups.pools.remove",
    "description": "Remove a photo from a group pool.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to remove from the group pool. The photo must either be owned by the calling user of the calling user must be an administrator of the group."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID of the group who's pool the photo is to removed from."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Group not found"
      },
      {
        "code": 2,
        "message": "Photo not in pool"
      },
      {
        "code": 3,
        "message": "Insufficient permissions"
      },
      {
        "code": 4,
        "message": "Photo not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.groups.search",
    "description": "Search for groups. 18+ groups will only be returned for authenticated calls where the authenticated user is over 18.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "text",
        "optional": false,
        "description": "The text to search for."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of groups to return per page. If this argument is ommited, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is ommited, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "No text passed"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<groups page=\"1\" pages=\"14\" perpage=\"5\" total=\"67\">\n\t<group nsid=\"3000@N02\"\n\t\tname=\"Frito's Test Group\" eighteenplus=\"0\" /> \n\t<group nsid=\"32825757@N00\"\n\t\tname=\"Free for All\" eighteenplus=\"0\" /> \n\t<group nsid=\"33335981560@N01\"\n\t\tname=\"joly's mothers\" eighteenplus=\"0\" /> \n\t<group nsid=\"33853651681@N01\"\n\t\tname=\"Wintermute tower\" eighteenplus=\"0\" /> \n\t<group nsid=\"33853651696@N01\"\n\t\tname=\"Art and Literature Hoedown\" eighteenplus=\"0\" /> \n</groups>",
    "example": [
      {
        "name": "groups",
        "attrs": {
          "page": "1",
          "pages": "14",
          "perpage": "5",
          "total": "67"
        },
        "children": [
          {
            "name": "group",
            "attrs": {
              "nsid": "3000@N02",
              "name": "Frito's Test Group",
              "eighteenplus": "0"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "32825757@N00",
              "name": "Free for All",
              "eighteenplus": "0"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "33335981560@N01",
              "name": "joly's mothers",
              "eighteenplus": "0"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "33853651681@N01",
              "name": "Wintermute tower",
              "eighteenplus": "0"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "33853651696@N01",
              "name": "Art and Literature Hoedown",
              "eighteenplus": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.interestingness.getList",
    "description": "Returns the list of interesting photos for the most recent day or a user-specified date.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": true,
        "description": "A specific date, formatted as YYYY-MM-DD, to return interesting photos for."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Not a valid date string."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.machinetags.getNamespaces",
    "description": "Return a list of unique namespaces, optionally limited by a given predicate, in alphabetical order.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "predicate",
        "optional": true,
        "description": "Limit the list of namespaces returned to those that have the following predicate."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Not a valid predicate."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<namespaces page=\"1\" total=\"5\" perpage=\"500\" pages=\"1\">\n  <namespace usage=\"6538\" predicates=\"13\">aero</namespace>\n  <namespace usage=\"9072\" predicates=\"24\">flickr</namespace>\n  <namespace usage=\"670270\" predicates=\"35\">geo</namespace>\n  <namespace usage=\"23903\" predicates=\"36\">taxonomy</namespace>\n  <namespace usage=\"50449\" predicates=\"4\">upcoming</namespace>\n</namespaces>\n",
    "example": [
      {
        "name": "namespaces",
        "attrs": {
          "page": "1",
          "total": "5",
          "perpage": "500",
          "pages": "1"
        },
        "children": [
          {
            "name": "namespace",
            "attrs": {
              "usage": "6538",
              "predicates": "13"
            },
            "text": "aero"
          },
          {
            "name": "namespace",
            "attrs": {
              "usage": "9072",
              "predicates": "24"
            },
            "text": "flickr"
          },
          {
            "name": "namespace",
            "attrs": {
              "usage": "670270",
              "predicates": "35"
            },
            "text": "geo"
          },
          {
            "name": "namespace",
            "attrs": {
              "usage": "23903",
              "predicates": "36"
            },
            "text": "taxonomy"
          },
          {
            "name": "namespace",
            "attrs": {
              "usage": "50449",
              "predicates": "4"
            },
            "text": "upcoming"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.machinetags.getPairs",
    "description": "Return a list of unique namespace and predicate pairs, optionally limited by predicate or namespace, in alphabetical order.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "namespace",
        "optional": true,
        "description": "Limit the list of pairs returned to those that have the following namespace."
      },
      {
        "name": "predicate",
        "optional": true,
        "description": "Limit the list of pairs returned to those that have the following predicate."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Not a valid namespace"
      },
      {
        "code": 2,
        "message": "Not a valid predicate"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<pairs page=\"1\" total=\"1228\" perpage=\"500\" pages=\"3\">\n   <pair namespace=\"aero\" predicate=\"airline\" usage=\"1093\">aero:airline</pair>\n   <pair namespace=\"aero\" predicate=\"icao\" usage=\"4\">aero:icao</pair>\n   <pair namespace=\"aero\" predicate=\"model\" usage=\"1026\">aero:model</pair>\n   <pair namespace=\"aero\" predicate=\"tail\" usage=\"1048\">aero:tail</pair>\n</pairs>",
    "example": [
      {
        "name": "pairs",
        "attrs": {
          "page": "1",
          "total": "1228",
          "perpage": "500",
          "pages": "3"
        },
        "children": [
          {
            "name": "pair",
            "attrs": {
              "namespace": "aero",
              "predicate": "airline",
              "usage": "1093"
            },
            "text": "aero:airline"
          },
          {
            "name": "pair",
            "attrs": {
              "namespace": "aero",
              "predicate": "icao",
              "usage": "4"
            },
            "text": "aero:icao"
          },
          {
            "name": "pair",
            "attrs": {
              "namespace": "aero",
              "predicate": "model",
              "usage": "1026"
            },
            "text": "aero:model"
          },
          {
            "name": "pair",
            "attrs": {
              "namespace": "aero",
              "predicate": "tail",
              "usage": "1048"
            },
            "text": "aero:tail"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.machinetags.getPredicates",
    "description": "Return a list of unique predicates, optionally limited by a given namespace.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "namespace",
        "optional": true,
        "description": "Limit the list of predicates returned to those that have the following namespace."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Not a valid namespace"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<predicates page=\"1\" pages=\"1\" total=\"3\" perpage=\"500\">\n    <predicate usage=\"20\" namespaces=\"1\">elbow</predicate>\n    <predicate usage=\"52\" namespaces=\"2\">face</predicate>\n    <predicate usage=\"10\" namespaces=\"1\">hand</predicate>\n</predicates>\n",
    "example": [
      {
        "name": "predicates",
        "attrs": {
          "page": "1",
          "pages": "1",
          "total": "3",
          "perpage": "500"
        },
        "children": [
          {
            "name": "predicate",
            "attrs": {
              "usage": "20",
              "namespaces": "1"
            },
            "text": "elbow"
          },
          {
            "name": "predicate",
            "attrs": {
              "usage": "52",
              "namespaces": "2"
            },
            "text": "face"
          },
          {
            "name": "predicate",
            "attrs": {
              "usage": "10",
              "namespaces": "1"
            },
            "text": "hand"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.machinetags.getRecentValues",
    "description": "Fetch recently used (or created) machine tags values.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "namespace",
        "optional": true,
        "description": "A namespace that all values should be restricted to."
      },
      {
        "name": "predicate",
        "optional": true,
        "description": "A predicate that all values should be restricted to."
      },
      {
        "name": "added_since",
        "optional": true,
        "description": "Only return machine tags values that have been added since this timestamp, in epoch seconds."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<values namespace=\"taxonomy\" predicate=\"common\" page=\"1\" total=\"500\" perpage=\"500\" pages=\"1\">\n    <value usage=\"4\" namespace=\"taxonomy\" predicate=\"common\"\n           first_added=\"1244232796\" last_added=\"1244232796\">maui chaff flower</value>\n\n    <!-- and so on... -->\n</values>",
    "example": [
      {
        "name": "values",
        "attrs": {
          "namespace": "taxonomy",
          "predicate": "common",
          "page": "1",
          "total": "500",
          "perpage": "500",
          "pages": "1"
        },
        "children": [
          {
            "name": "value",
            "attrs": {
              "usage": "4",
              "namespace": "taxonomy",
              "predicate": "common",
              "first_added": "1244232796",
              "last_added": "1244232796"
            },
            "text": "maui chaff flower"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.machinetags.getValues",
    "description": "Return a list of unique values for a namespace and predicate.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "namespace",
        "optional": false,
        "description": "The namespace that all values should be restricted to."
      },
      {
        "name": "predicate",
        "optional": false,
        "description": "The predicate that all values should be restricted to."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Not a valid namespace"
      },
      {
        "code": 2,
        "message": "Not a valid predicate"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<values namespace=\"upcoming\" predicate=\"event\" page=\"1\" pages=\"1\" total=\"3\" perpage=\"500\">\n    <value usage=\"3\">123</value>\n    <value usage=\"1\">456</value>\n    <value usage=\"147\">789</value>\n</values>",
    "example": [
      {
        "name": "values",
        "attrs": {
          "namespace": "upcoming",
          "predicate": "event",
          "page": "1",
          "pages": "1",
          "total": "3",
          "perpage": "500"
        },
        "children": [
          {
            "name": "value",
            "attrs": {
              "usage": "3"
            },
            "text": "123"
          },
          {
            "name": "value",
            "attrs": {
              "usage": "1"
            },
            "text": "456"
          },
          {
            "name": "value",
            "attrs": {
              "usage": "147"
            },
            "text": "789"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.panda.getList",
    "description": "Return a list of Flickr pandas, from whom you can request photos using the flickr.panda.getPhotos API method. More information about the pandas can be found on the dev blog.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<pandas>\n   <panda>ling ling</panda>\n   <panda>hsing hsing</panda>\n   <panda>wang wang</panda>\n</pandas>",
    "example": [
      {
        "name": "pandas",
        "children": [
          {
            "name": "panda",
            "text": "ling ling"
          },
          {
            "name": "panda",
            "text": "hsing hsing"
          },
          {
            "name": "panda",
            "text": "wang wang"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.panda.getPhotos",
    "description": "Ask the Flickr Pandas for a list of recent public (and \"safe\") photos. More information about the pandas can be found on the dev blog.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "panda_name",
        "optional": false,
        "description": "The name of the panda to ask for photos from."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing."
      },
      {
        "code": 2,
        "message": "Unknown panda"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photos interval=\"60000\" lastupdate=\"1235765058272\" total=\"120\" panda=\"ling ling\">\n    <photo title=\"Shorebirds at Pillar Point\" id=\"3313428913\" secret=\"2cd3cb44cb\"\n        server=\"3609\" farm=\"4\" owner=\"72442527@N00\" ownername=\"Pat Ulrich\"/>\n    <photo title=\"Battle of the sky\" id=\"3313713993\" secret=\"3f7f51500f\"\n        server=\"3382\" farm=\"4\" owner=\"10459691@N05\" ownername=\"Sven Ericsson\"/>\n    <!-- and so on -->\n</photos>",
    "example": [
      {
        "name": "photos",
        "attrs": {
          "interval": "60000",
          "lastupdate": "1235765058272",
          "total": "120",
          "panda": "ling ling"
        },
        "children": [
          {
            "name": "photo",
            "attrs": {
              "title": "Shorebirds at Pillar Point",
              "id": "3313428913",
              "secret": "2cd3cb44cb",
              "server": "3609",
              "farm": "4",
              "owner": "72442527@N00",
              "ownername": "Pat Ulrich"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "title": "Battle of the sky",
              "id": "3313713993",
              "secret": "3f7f51500f",
              "server": "3382",
              "farm": "4",
              "owner": "10459691@N05",
              "ownername": "Sven Ericsson"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.people.findByEmail",
    "description": "Return a user's NSID, given their email address",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "find_email",
        "optional": false,
        "description": "The email address of the user to find (may be primary or secondary)."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<user nsid=\"12037949632@N01\">\n\t<username>Stewart</username> \n</user>",
    "example": [
      {
        "name": "user",
        "attrs": {
          "nsid": "12037949632@N01"
        },
        "children": [
          {
            "name": "username",
            "text": "Stewart"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.people.findByUsername",
    "description": "Return a user's NSID, given their username.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "username",
        "optional": false,
        "description": "The username of the user to lookup."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<user nsid=\"12037949632@N01\">\n\t<username>Stewart</username> \n</user>",
    "example": [
      {
        "name": "user",
        "attrs": {
          "nsid": "12037949632@N01"
        },
        "children": [
          {
            "name": "username",
            "text": "Stewart"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.people.getGroups",
    "description": "Returns the list of groups a user is a member of.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user to fetch groups for."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record. Currently supported fields are: privacy, throttle, restrictions"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<groups>\n  <group nsid=\"17274427@N00\" name=\"Cream of the Crop - Please read the rules\" iconfarm=\"1\" iconserver=\"1\" admin=\"0\" eighteenplus=\"0\" invitation_only=\"0\" members=\"11935\" pool_count=\"12522\" />\n  <group nsid=\"20083316@N00\" name=\"Apple\" iconfarm=\"1\" iconserver=\"1\" admin=\"0\" eighteenplus=\"0\" invitation_only=\"0\" members=\"11776\" pool_count=\"62438\" />\n  <group nsid=\"34427469792@N01\" name=\"FlickrCentral\" iconfarm=\"1\" iconserver=\"1\" admin=\"0\" eighteenplus=\"0\" invitation_only=\"0\" members=\"168055\" pool_count=\"5280930\" />\n  <group nsid=\"37718678610@N01\" name=\"Typography and Lettering\" iconfarm=\"1\" iconserver=\"1\" admin=\"0\" eighteenplus=\"0\" invitation_only=\"0\" members=\"17318\" pool_count=\"130169\" />\n</groups>",
    "example": [
      {
        "name": "groups",
        "children": [
          {
            "name": "group",
            "attrs": {
              "nsid": "17274427@N00",
              "name": "Cream of the Crop - Please read the rules",
              "iconfarm": "1",
              "iconserver": "1",
              "admin": "0",
              "eighteenplus": "0",
              "invitation_only": "0",
              "members": "11935",
              "pool_count": "12522"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "20083316@N00",
              "name": "Apple",
              "iconfarm": "1",
              "iconserver": "1",
              "admin": "0",
              "eighteenplus": "0",
              "invitation_only": "0",
              "members": "11776",
              "pool_count": "62438"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "34427469792@N01",
              "name": "FlickrCentral",
              "iconfarm": "1",
              "iconserver": "1",
              "admin": "0",
              "eighteenplus": "0",
              "invitation_only": "0",
              "members": "168055",
              "pool_count": "5280930"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "37718678610@N01",
              "name": "Typography and Lettering",
              "iconfarm": "1",
              "iconserver": "1",
              "admin": "0",
              "eighteenplus": "0",
              "invitation_only": "0",
              "members": "17318",
              "pool_count": "130169"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.people.getInfo",
    "description": "Get information about a user.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user to fetch information about."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 5,
        "message": "User deleted"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<person nsid=\"12037949754@N01\" ispro=\"0\" iconserver=\"122\" iconfarm=\"1\">\n\t<username>bees</username>\n\t<realname>Cal Henderson</realname>\n        <mbox_sha1sum>eea6cd28e3d0003ab51b0058a684d94980b727ac</mbox_sha1sum>\n\t<location>Vancouver, Canada</location>\n\t<photosurl>http://www.flickr.com/photos/bees/</photosurl> \n\t<profileurl>http://www.flickr.com/people/bees/</profileurl> \n\t<photos>\n\t\t<firstdate>1071510391</firstdate>\n\t\t<firstdatetaken>1900-09-02 09:11:24</firstdatetaken>\n\t\t<count>449</count>\n\t</photos>\n</person>",
    "example": [
      {
        "name": "person",
        "attrs": {
          "nsid": "12037949754@N01",
          "ispro": "0",
          "iconserver": "122",
          "iconfarm": "1"
        },
        "children": [
          {
            "name": "username",
            "text": "bees"
          },
          {
            "name": "realname",
            "text": "Cal Henderson"
          },
          {
            "name": "mbox_sha1sum",
            "text": "eea6cd28e3d0003ab51b0058a684d94980b727ac"
          },
          {
            "name": "location",
            "text": "Vancouver, Canada"
          },
          {
            "name": "photosurl",
            "text": "http://www.flickr.com/photos/bees/"
          },
          {
            "name": "profileurl",
            "text": "http://www.flickr.com/people/bees/"
          },
          {
            "name": "photos",
            "children": [
              {
                "name": "firstdate",
                "text": "1071510391"
              },
              {
                "name": "firstdatetaken",
                "text": "1900-09-02 09:11:24"
              },
              {
                "name": "count",
                "text": "449"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.people.getLimits",
    "description": "Returns the photo and video limits that apply to the calling user account.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<person nsid=\"30135021@N05\">\n\t<photos maxdisplaypx=\"1024\" maxupload=\"15728640\" />\n\t<videos maxduration=\"90\" maxupload=\"157286400\" />\n</person>",
    "example": [
      {
        "name": "person",
        "attrs": {
          "nsid": "30135021@N05"
        },
        "children": [
          {
            "name": "photos",
            "attrs": {
              "maxdisplaypx": "1024",
              "maxupload": "15728640"
            }
          },
          {
            "name": "videos",
            "attrs": {
              "maxduration": "90",
              "maxupload": "157286400"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.people.getPhotos",
    "description": "Return photos from the given user's photostream. Only photos visible to the calling user will be returned. This method must be authenticated; to return public photos for a user, use flickr.people.getPublicPhotos.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user who's photos to return. A value of \"me\" will return the calling user's photos."
      },
      {
        "name": "safe_search",
        "optional": true,
        "description": "Safe search setting: - 1 for safe. - 2 for moderate. - 3 for restricted. (Please note: Un-authed calls can only see Safe content.)"
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      },
      {
        "name": "content_type",
        "optional": true,
        "description": "DEPRECATED. Use content_types instead. Content Type setting: - 1 for photos only."
      },
      {
        "name": "content_types",
        "optional": true,
        "description": "Comma-separated list of content types to return: - 0 for photos. - 1 for screenshots. - 2 for 'other'. - 3 for virtual photos."
      },
      {
        "name": "privacy_filter",
        "optional": true,
        "description": "Return photos only matching a certain privacy level."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required arguments missing"
      },
      {
        "code": 2,
        "message": "Unknown user"
      },
      {
        "code": 5,
        "message": "User deleted"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.people.getPhotosOf",
    "description": "Returns a list of photos containing a particular Flickr member.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user you want to find photos of. A value of \"me\" will search against photos of the calling user, for authenticated calls."
      },
      {
        "name": "owner_id",
        "optional": true,
        "description": "An NSID of a Flickr member. This will restrict the list of photos to those taken by that member."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photos page=\"2\" has_next_page=\"1\" perpage=\"10\">\n\t<photo id=\"2636\" owner=\"47058503995@N01\" \n\t\tsecret=\"a123456\" server=\"2\" title=\"test_04\"\n\t\tispublic=\"1\" isfriend=\"0\" isfamily=\"0\" />\n\t<photo id=\"2635\" owner=\"47058503995@N01\"\n\t\tsecret=\"b123456\" server=\"2\" title=\"test_03\"\n\t\tispublic=\"0\" isfriend=\"1\" isfamily=\"1\" />\n\t<photo id=\"2633\" owner=\"47058503995@N01\"\n\t\tsecret=\"c123456\" server=\"2\" title=\"test_01\"\n\t\tispublic=\"1\" isfriend=\"0\" isfamily=\"0\" />\n\t<photo id=\"2610\" owner=\"12037949754@N01\"\n\t\tsecret=\"d123456\" server=\"2\" title=\"00_tall\"\n\t\tispublic=\"1\" isfriend=\"0\" isfamily=\"0\" />\n</photos>",
    "example": [
      {
        "name": "photos",
        "attrs": {
          "page": "2",
          "has_next_page": "1",
          "perpage": "10"
        },
        "children": [
          {
            "name": "photo",
            "attrs": {
              "id": "2636",
              "owner": "47058503995@N01",
              "secret": "a123456",
              "server": "2",
              "title": "test_04",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2635",
              "owner": "47058503995@N01",
              "secret": "b123456",
              "server": "2",
              "title": "test_03",
              "ispublic": "0",
              "isfriend": "1",
              "isfamily": "1"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2633",
              "owner": "47058503995@N01",
              "secret": "c123456",
              "server": "2",
              "title": "test_01",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2610",
              "owner": "12037949754@N01",
              "secret": "d123456",
              "server": "2",
              "title": "00_tall",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.people.getPublicGroups",
    "description": "Returns the list of public groups a user is a member of.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user to fetch groups for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<groups>\n\t<group nsid=\"34427469792@N01\" name=\"FlickrCentral\"\n\t\tadmin=\"0\" eighteenplus=\"0\" invitation_only=\"0\" /> \n\t<group nsid=\"37114057624@N01\" name=\"Cal's Test Group\"\n\t\tadmin=\"1\" eighteenplus=\"0\" invitation_only=\"1\" /> \n\t<group nsid=\"34955637532@N01\" name=\"18+ Group\"\n\t\tadmin=\"1\" eighteenplus=\"1\" invitation_only=\"0\" /> \n</groups>",
    "example": [
      {
        "name": "groups",
        "children": [
          {
            "name": "group",
            "attrs": {
              "nsid": "34427469792@N01",
              "name": "FlickrCentral",
              "admin": "0",
              "eighteenplus": "0",
              "invitation_only": "0"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "37114057624@N01",
              "name": "Cal's Test Group",
              "admin": "1",
              "eighteenplus": "0",
              "invitation_only": "1"
            }
          },
          {
            "name": "group",
            "attrs": {
              "nsid": "34955637532@N01",
              "name": "18+ Group",
              "admin": "1",
              "eighteenplus": "1",
              "invitation_only": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.people.getPublicPhotos",
    "description": "Get a list of public photos for the given user.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user who's photos to return."
      },
      {
        "name": "safe_search",
        "optional": true,
        "description": "Safe search setting: - 1 for safe. - 2 for moderate. - 3 for restricted. (Please note: Un-authed calls can only see Safe content.)"
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.people.getUploadStatus",
    "description": "Returns information for the calling user related to photo uploads.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<user id=\"12037949754@N01\" ispro=\"1\">\n\t<username>Bees</username> \n\t<bandwidth\n\t\tmaxbytes=\"2147483648\" maxkb=\"2097152\"\n\t\tusedbytes=\"383724\" usedkb=\"374\"\n\t\tremainingbytes=\"2147099924\" remainingkb=\"2096777\"\n\t /> \n\t<filesize\n\t\tmaxbytes=\"10485760\" maxkb=\"10240\"\n\t/> \n\t<sets\n\t\tcreated=\"27\"\n\t\tremaining=\"lots\"\n\t/>\n\t<videos\n\t\tuploaded=\"5\"\n\t\tremaining=\"lots\"\n\t/>\n</user>",
    "example": [
      {
        "name": "user",
        "attrs": {
          "id": "12037949754@N01",
          "ispro": "1"
        },
        "children": [
          {
            "name": "username",
            "text": "Bees"
          },
          {
            "name": "bandwidth",
            "attrs": {
              "maxbytes": "2147483648",
              "maxkb": "2097152",
              "usedbytes": "383724",
              "usedkb": "374",
              "remainingbytes": "2147099924",
              "remainingkb": "2096777"
            }
          },
          {
            "name": "filesize",
            "attrs": {
              "maxbytes": "10485760",
              "maxkb": "10240"
            }
          },
          {
            "name": "sets",
            "attrs": {
              "created": "27",
              "remaining": "lots"
            }
          },
          {
            "name": "videos",
            "attrs": {
              "uploaded": "5",
              "remaining": "lots"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.addTags",
    "description": "Add tags to a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to add tags to."
      },
      {
        "name": "tags",
        "optional": false,
        "description": "The tags to add to the photo."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Maximum number of tags reached"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.comments.addComment",
    "description": "Add comment to a photo as the currently authenticated user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to add a comment to."
      },
      {
        "name": "comment_text",
        "optional": false,
        "description": "Text of the comment"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found."
      },
      {
        "code": 8,
        "message": "Blank comment."
      },
      {
        "code": 9,
        "message": "User is posting comments too fast."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<comment id=\"97777-72057594037941949-72057594037942602\" />",
    "example": [
      {
        "name": "comment",
        "attrs": {
          "id": "97777-72057594037941949-72057594037942602"
        }
      }
    ]
  },
  {
    "name": "flickr.photos.comments.deleteComment",
    "description": "Delete a comment as the currently authenticated user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "comment_id",
        "optional": false,
        "description": "The id of the comment to edit."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found."
      },
      {
        "code": 2,
        "message": "Comment not found."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.comments.editComment",
    "description": "Edit the text of a comment as the currently authenticated user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "comment_id",
        "optional": false,
        "description": "The id of the comment to edit."
      },
      {
        "name": "comment_text",
        "optional": false,
        "description": "Update the comment to this text."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found."
      },
      {
        "code": 2,
        "message": "Comment not found."
      },
      {
        "code": 8,
        "message": "Blank comment."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.comments.getList",
    "description": "Returns the comments for a photo",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to fetch comments for."
      },
      {
        "name": "min_comment_date",
        "optional": true,
        "description": "Minimum date that a a comment was added. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_comment_date",
        "optional": true,
        "description": "Maximum date that a comment was added. The date should be in the form of a unix timestamp."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<comments photo_id=\"109722179\">\n        <comment id=\"6065-109722179-72057594077818641\"\n         author=\"35468159852@N01\" authorname=\"Rev Dan Catt\" datecreate=\"1141841470\"\n         permalink=\"http://www.flickr.com/photos/straup/109722179/#comment72057594077818641\"\n         >Umm, I'm not sure, can I get back to you on that one?</comment>\n</comments>",
    "example": [
      {
        "name": "comments",
        "attrs": {
          "photo_id": "109722179"
        },
        "children": [
          {
            "name": "comment",
            "attrs": {
              "id": "6065-109722179-72057594077818641",
              "author": "35468159852@N01",
              "authorname": "Rev Dan Catt",
              "datecreate": "1141841470",
              "permalink": "http://www.flickr.com/photos/straup/109722179/#comment72057594077818641"
            },
            "text": "Umm, I'm not sure, can I get back to you on that one?"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.comments.getRecentForContacts",
    "description": "Return the list of photos belonging to your contacts that have been commented on recently.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date_lastcomment",
        "optional": true,
        "description": "Limits the resultset to photos that have been commented on since this date. The date should be in the form of a Unix timestamp. The default, and maximum, offset is (1) hour."
      },
      {
        "name": "contacts_filter",
        "optional": true,
        "description": "A comma-separated list of contact NSIDs to limit the scope of the query to."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.delete",
    "description": "Delete a photo from flickr.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "delete",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to delete."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.geo.batchCorrectLocation",
    "description": "Correct the places hierarchy for all the photos for a user at a given latitude, longitude and accuracy. Batch corrections are processed in a delayed queue so it may take a few minutes before the changes are reflected in a user's photos.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "lat",
        "optional": false,
        "description": "The latitude of the photos to be update whose valid range is -90 to 90. Anything more than 6 decimal places will be truncated."
      },
      {
        "name": "lon",
        "optional": false,
        "description": "The longitude of the photos to be updated whose valid range is -180 to 180. Anything more than 6 decimal places will be truncated."
      },
      {
        "name": "accuracy",
        "optional": false,
        "description": "Recorded accuracy level of the photos to be updated. World level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is 1-16. Defaults to 16 if not specified."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required arguments missing"
      },
      {
        "code": 2,
        "message": "Not a valid latitude"
      },
      {
        "code": 3,
        "message": "Not a valid longitude"
      },
      {
        "code": 4,
        "message": "Not a valid accuracy"
      },
      {
        "code": 5,
        "message": "Not a valid Places ID"
      },
      {
        "code": 6,
        "message": "No photos geotagged at that location"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.geo.correctLocation",
    "description": "",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The ID of the photo whose WOE location is being corrected."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      },
      {
        "name": "foursquare_id",
        "optional": false,
        "description": "The venue ID for a Foursquare location. (If not passed in with correction, any existing foursquare venue will be removed)."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User has not configured default viewing settings for location data."
      },
      {
        "code": 2,
        "message": "Missing place ID"
      },
      {
        "code": 3,
        "message": "Not a valid place ID"
      },
      {
        "code": 4,
        "message": "Server error correcting location."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.geo.getLocation",
    "description": "Get the geo data (latitude and longitude and the accuracy level) for a photo.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo you want to retrieve location data for."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "Extra flags."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found."
      },
      {
        "code": 2,
        "message": "Photo has no location information."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photo id=\"123\">\n        <location latitude=\"-17.685895\" longitude=\"-63.36914\" accuracy=\"6\" />\n</photo>",
    "example": [
      {
        "name": "photo",
        "attrs": {
          "id": "123"
        },
        "children": [
          {
            "name": "location",
            "attrs": {
              "latitude": "-17.685895",
              "longitude": "-63.36914",
              "accuracy": "6"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.geo.getPerms",
    "description": "Get permissions for who may view geo data for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to get permissions for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Photo has no location information"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<perms id=\"10592\" ispublic=\"0\" iscontact=\"0\" isfriend=\"0\" isfamily=\"1\" />",
    "example": [
      {
        "name": "perms",
        "attrs": {
          "id": "10592",
          "ispublic": "0",
          "iscontact": "0",
          "isfriend": "0",
          "isfamily": "1"
        }
      }
    ]
  },
  {
    "name": "flickr.photos.geo.photosForLocation",
    "description": "Return a list of photos for the calling user at a specific latitude, longitude and accuracy",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "lat",
        "optional": false,
        "description": "The latitude whose valid range is -90 to 90. Anything more than 6 decimal places will be truncated."
      },
      {
        "name": "lon",
        "optional": false,
        "description": "The longitude whose valid range is -180 to 180. Anything more than 6 decimal places will be truncated."
      },
      {
        "name": "accuracy",
        "optional": true,
        "description": "Recorded accuracy level of the location information. World level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is 1-16. Defaults to 16 if not specified."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required arguments missing"
      },
      {
        "code": 2,
        "message": "Not a valid latitude"
      },
      {
        "code": 3,
        "message": "Not a valid longitude"
      },
      {
        "code": 4,
        "message": "Not a valid accuracy"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.geo.removeLocation",
    "description": "Removes the geo data associated with a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo you want to remove location data from."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Photo has no location information"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.geo.setContext",
    "description": "Indicate the state of a photo's geotagginess beyond latitude and longitude. Note : photos passed to this method must already be geotagged (using the flickr.photos.geo.setLocation method).",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to set context data for."
      },
      {
        "name": "context",
        "optional": false,
        "description": "Context is a numeric value representing the photo's geotagginess beyond latitude and longitude."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Not a valid context"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.geo.setLocation",
    "description": "Sets the geo data (latitude and longitude and, optionally, the accuracy level) for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to set location data for."
      },
      {
        "name": "lat",
        "optional": false,
        "description": "The latitude whose valid range is -90 to 90. Anything more than 6 decimal places will be truncated."
      },
      {
        "name": "lon",
        "optional": false,
        "description": "The longitude whose valid range is -180 to 180. Anything more than 6 decimal places will be truncated."
      },
      {
        "name": "accuracy",
        "optional": true,
        "description": "Recorded accuracy level of the location information. World level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is 1-16. Defaults to 16 if not specified."
      },
      {
        "name": "context",
        "optional": true,
        "description": "Context is a numeric value representing the photo's geotagginess beyond latitude and longitude."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Required arguments missing."
      },
      {
        "code": 3,
        "message": "Not a valid latitude."
      },
      {
        "code": 4,
        "message": "Not a valid longitude."
      },
      {
        "code": 5,
        "message": "Not a valid accuracy."
      },
      {
        "code": 6,
        "message": "Server error."
      },
      {
        "code": 7,
        "message": "User has not configured default viewing settings for location data."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.geo.setPerms",
    "description": "Set the permission for who may view the geo data associated with a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "is_public",
        "optional": false,
        "description": "1 to set viewing permissions for the photo's location data to public, 0 to set it to private."
      },
      {
        "name": "is_contact",
        "optional": false,
        "description": "1 to set viewing permissions for the photo's location data to contacts, 0 to set it to private."
      },
      {
        "name": "is_friend",
        "optional": false,
        "description": "1 to set viewing permissions for the photo's location data to friends, 0 to set it to private."
      },
      {
        "name": "is_family",
        "optional": false,
        "description": "1 to set viewing permissions for the photo's location data to family, 0 to set it to private."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to get permissions for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Photo has no location information"
      },
      {
        "code": 3,
        "message": "Required arguments missing."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.getAllContexts",
    "description": "Returns all visible sets and pools the photo belongs to.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The photo to return information for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<set id=\"392\" title=\"记忆群组\" />\n<pool id=\"34427465471@N01\" title=\"FlickrDiscuss\" />",
    "example": [
      {
        "name": "set",
        "attrs": {
          "id": "392",
          "title": "记忆群组"
        }
      },
      {
        "name": "pool",
        "attrs": {
          "id": "34427465471@N01",
          "title": "FlickrDiscuss"
        }
      }
    ]
  },
  {
    "name": "flickr.photos.getContactsPhotos",
    "description": "Fetch a list of recent photos from the calling users' contacts.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "count",
        "optional": true,
        "description": "Number of photos to return. Defaults to 10, maximum 50. This is only used if single_photo is not passed."
      },
      {
        "name": "just_friends",
        "optional": true,
        "description": "set as 1 to only show photos from friends and family (excluding regular contacts)."
      },
      {
        "name": "single_photo",
        "optional": true,
        "description": "Only fetch one photo (the latest) per contact, instead of all photos in chronological order."
      },
      {
        "name": "include_self",
        "optional": true,
        "description": "Set to 1 to include photos from the calling user."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photos>\n\t<photo id=\"2801\" owner=\"12037949629@N01\"\n\t\tsecret=\"123456\" server=\"1\"\n\t\tusername=\"Eric is the best\" title=\"grease\" /> \n\t<photo id=\"2499\" owner=\"33853651809@N01\"\n\t\tsecret=\"123456\" server=\"1\"\n\t\tusername=\"cal18\" title=\"36679_o\" /> \n\t<photo id=\"2437\" owner=\"12037951898@N01\"\n\t\tsecret=\"123456\" server=\"1\"\n\t\tusername=\"georgie parker\" title=\"phoenix9_stewart\" /> \n</photos>",
    "example": [
      {
        "name": "photos",
        "children": [
          {
            "name": "photo",
            "attrs": {
              "id": "2801",
              "owner": "12037949629@N01",
              "secret": "123456",
              "server": "1",
              "username": "Eric is the best",
              "title": "grease"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2499",
              "owner": "33853651809@N01",
              "secret": "123456",
              "server": "1",
              "username": "cal18",
              "title": "36679_o"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2437",
              "owner": "12037951898@N01",
              "secret": "123456",
              "server": "1",
              "username": "georgie parker",
              "title": "phoenix9_stewart"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.getContactsPublicPhotos",
    "description": "Fetch a list of recent public photos from a users' contacts.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user to fetch photos for."
      },
      {
        "name": "count",
        "optional": true,
        "description": "Number of photos to return. Defaults to 10, maximum 50. This is only used if single_photo is not passed."
      },
      {
        "name": "just_friends",
        "optional": true,
        "description": "set as 1 to only show photos from friends and family (excluding regular contacts)."
      },
      {
        "name": "single_photo",
        "optional": true,
        "description": "Only fetch one photo (the latest) per contact, instead of all photos in chronological order."
      },
      {
        "name": "include_self",
        "optional": true,
        "description": "Set to 1 to include photos from the user specified by user_id."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record. Currently supported fields are: license, date_upload, date_taken, owner_name, icon_server, original_format, last_update."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photos>\n\t<photo id=\"2801\" owner=\"12037949629@N01\"\n\t\tsecret=\"123456\" server=\"1\"\n\t\tusername=\"Eric is the best\" title=\"grease\" /> \n\t<photo id=\"2499\" owner=\"33853651809@N01\"\n\t\tsecret=\"123456\" server=\"1\"\n\t\tusername=\"cal18\" title=\"36679_o\" /> \n\t<photo id=\"2437\" owner=\"12037951898@N01\"\n\t\tsecret=\"123456\" server=\"1\"\n\t\tusername=\"georgie parker\" title=\"phoenix9_stewart\" /> \n</photos>",
    "example": [
      {
        "name": "photos",
        "children": [
          {
            "name": "photo",
            "attrs": {
              "id": "2801",
              "owner": "12037949629@N01",
              "secret": "123456",
              "server": "1",
              "username": "Eric is the best",
              "title": "grease"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2499",
              "owner": "33853651809@N01",
              "secret": "123456",
              "server": "1",
              "username": "cal18",
              "title": "36679_o"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2437",
              "owner": "12037951898@N01",
              "secret": "123456",
              "server": "1",
              "username": "georgie parker",
              "title": "phoenix9_stewart"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.getContext",
    "description": "Returns next and previous photos for a photo in a photostream.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to fetch the context for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<prevphoto id=\"2980\" secret=\"973da1e709\"\n\ttitle=\"boo!\" url=\"/photos/bees/2980/\" /> \n<nextphoto id=\"2985\" secret=\"059b664012\"\n\ttitle=\"Amsterdam Amstel\" url=\"/photos/bees/2985/\" /> ",
    "example": [
      {
        "name": "prevphoto",
        "attrs": {
          "id": "2980",
          "secret": "973da1e709",
          "title": "boo!",
          "url": "/photos/bees/2980/"
        }
      },
      {
        "name": "nextphoto",
        "attrs": {
          "id": "2985",
          "secret": "059b664012",
          "title": "Amsterdam Amstel",
          "url": "/photos/bees/2985/"
        }
      }
    ]
  },
  {
    "name": "flickr.photos.getCounts",
    "description": "Gets a list of photo counts for the given date ranges for the calling user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "dates",
        "optional": true,
        "description": "A comma delimited list of unix timestamps, denoting the periods to return counts for. They should be specified smallest first."
      },
      {
        "name": "taken_dates",
        "optional": true,
        "description": "A comma delimited list of mysql datetimes, denoting the periods to return counts for. They should be specified smallest first."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "No dates specified"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photocounts>\n\t<photocount count=\"4\" fromdate=\"1093566950\" todate=\"1093653350\" /> \n\t<photocount count=\"0\" fromdate=\"1093653350\" todate=\"1093739750\" /> \n\t<photocount count=\"0\" fromdate=\"1093739750\" todate=\"1093826150\" /> \n\t<photocount count=\"2\" fromdate=\"1093826150\" todate=\"1093912550\" /> \n\t<photocount count=\"0\" fromdate=\"1093912550\" todate=\"1093998950\" /> \n\t<photocount count=\"0\" fromdate=\"1093998950\" todate=\"1094085350\" /> \n\t<photocount count=\"0\" fromdate=\"1094085350\" todate=\"1094171750\" /> \n</photocounts>\n",
    "example": [
      {
        "name": "photocounts",
        "children": [
          {
            "name": "photocount",
            "attrs": {
              "count": "4",
              "fromdate": "1093566950",
              "todate": "1093653350"
            }
          },
          {
            "name": "photocount",
            "attrs": {
              "count": "0",
              "fromdate": "1093653350",
              "todate": "1093739750"
            }
          },
          {
            "name": "photocount",
            "attrs": {
              "count": "0",
              "fromdate": "1093739750",
              "todate": "1093826150"
            }
          },
          {
            "name": "photocount",
            "attrs": {
              "count": "2",
              "fromdate": "1093826150",
              "todate": "1093912550"
            }
          },
          {
            "name": "photocount",
            "attrs": {
              "count": "0",
              "fromdate": "1093912550",
              "todate": "1093998950"
            }
          },
          {
            "name": "photocount",
            "attrs": {
              "count": "0",
              "fromdate": "1093998950",
              "todate": "1094085350"
            }
          },
          {
            "name": "photocount",
            "attrs": {
              "count": "0",
              "fromdate": "1094085350",
              "todate": "1094171750"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.getExif",
    "description": "Retrieves a list of EXIF/TIFF/GPS tags for a given photo. The calling user must have permission to view the photo.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to fetch information for."
      },
      {
        "name": "secret",
        "optional": true,
        "description": "The secret for the photo. If the correct secret is passed then permissions checking is skipped. This enables the 'sharing' of individual photos by passing around the id and secret."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Permission denied"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photo id=\"4424\" secret=\"06b8e43bc7\" server=\"2\">\n\t<exif tagspace=\"TIFF\" tagspaceid=\"1\" tag=\"271\" label=\"Manufacturer\">\n\t\t<raw>Canon</raw>\n\t</exif>\n\t<exif tagspace=\"EXIF\" tagspaceid=\"0\" tag=\"33437\" label=\"Aperture\">\n\t\t<raw>90/10</raw>\n\t\t<clean>f/9</clean>\n\t</exif>\n\t<exif tagspace=\"GPS\" tagspaceid=\"3\" tag=\"4\" label=\"Longitude\">\n\t\t<raw>64/1, 42/1, 4414/100</raw>\n\t\t<clean>64° 42' 44.14\"</clean>\n\t</exif>\n</photo>\n",
    "example": [
      {
        "name": "photo",
        "attrs": {
          "id": "4424",
          "secret": "06b8e43bc7",
          "server": "2"
        },
        "children": [
          {
            "name": "exif",
            "attrs": {
              "tagspace": "TIFF",
              "tagspaceid": "1",
              "tag": "271",
              "label": "Manufacturer"
            },
            "children": [
              {
                "name": "raw",
                "text": "Canon"
              }
            ]
          },
          {
            "name": "exif",
            "attrs": {
              "tagspace": "EXIF",
              "tagspaceid": "0",
              "tag": "33437",
              "label": "Aperture"
            },
            "children": [
              {
                "name": "raw",
                "text": "90/10"
              },
              {
                "name": "clean",
                "text": "f/9"
              }
            ]
          },
          {
            "name": "exif",
            "attrs": {
              "tagspace": "GPS",
              "tagspaceid": "3",
              "tag": "4",
              "label": "Longitude"
            },
            "children": [
              {
                "name": "raw",
                "text": "64/1, 42/1, 4414/100"
              },
              {
                "name": "clean",
                "text": "64° 42' 44.14\""
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.getFavorites",
    "description": "Returns the list of people who have favorited a given photo.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The ID of the photo to fetch the favoriters list for."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of usres to return per page. If this argument is omitted, it defaults to 10. The maximum allowed value is 50."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photo id=\"1253576\" secret=\"81b96be690\" server=\"1\" farm=\"1\"\n\tpage=\"1\" pages=\"3\" perpage=\"10\" total=\"27\">\n\t<person nsid=\"33939862@N00\" username=\"Dementation\" favedate=\"1166689690\"/>\n\t<person nsid=\"49485425@N00\" username=\"indigenous_prodigy\" favedate=\"1166573724\"/>\n\t<person nsid=\"46834205@N00\" username=\"smaaz\" favedate=\"1161874052\"/>\n\t<person nsid=\"95626108@N00\" username=\"chrome Foxpuppy\" favedate=\"1160528154\"/>\n\t<person nsid=\"44991966@N00\" username=\"getnoid\" favedate=\"1159828789\"/>\n\t<person nsid=\"92544710@N00\" username=\"miss_rogue\" favedate=\"1158034266\"/>\n\t<person nsid=\"50944224@N00\" username=\"Infollatus\" favedate=\"1155317436\"/>\n\t<person nsid=\"80544408@N00\" username=\"DafyddLlyr\" favedate=\"1148511763\"/>\n\t<person nsid=\"31154299@N00\" username=\"c r i s\" favedate=\"1143085224\"/>\n\t<person nsid=\"54309070@N00\" username=\"Shinayaker\" favedate=\"1142584219\"/>\n</photo>",
    "example": [
      {
        "name": "photo",
        "attrs": {
          "id": "1253576",
          "secret": "81b96be690",
          "server": "1",
          "farm": "1",
          "page": "1",
          "pages": "3",
          "perpage": "10",
          "total": "27"
        },
        "children": [
          {
            "name": "person",
            "attrs": {
              "nsid": "33939862@N00",
              "username": "Dementation",
              "favedate": "1166689690"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "49485425@N00",
              "username": "indigenous_prodigy",
              "favedate": "1166573724"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "46834205@N00",
              "username": "smaaz",
              "favedate": "1161874052"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "95626108@N00",
              "username": "chrome Foxpuppy",
              "favedate": "1160528154"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "44991966@N00",
              "username": "getnoid",
              "favedate": "1159828789"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "92544710@N00",
              "username": "miss_rogue",
              "favedate": "1158034266"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "50944224@N00",
              "username": "Infollatus",
              "favedate": "1155317436"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "80544408@N00",
              "username": "DafyddLlyr",
              "favedate": "1148511763"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "31154299@N00",
              "username": "c r i s",
              "favedate": "1143085224"
            }
          },
          {
            "name": "person",
            "attrs": {
              "nsid": "54309070@N00",
              "username": "Shinayaker",
              "favedate": "1142584219"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.getInfo",
    "description": "Get information about a photo. The calling user must have permission to view the photo.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to get information for."
      },
      {
        "name": "secret",
        "optional": true,
        "description": "The secret for the photo. If the correct secret is passed then permissions checking is skipped. This enables the 'sharing' of individual photos by passing around the id and secret."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photo id=\"2733\" secret=\"123456\" server=\"12\"\n\tisfavorite=\"0\" license=\"3\" rotation=\"90\" \n\toriginalsecret=\"1bc09ce34a\" originalformat=\"png\">\n\t<owner nsid=\"12037949754@N01\" username=\"Bees\"\n\t\trealname=\"Cal Henderson\" location=\"Bedford, UK\" />\n\t<title>orford_castle_taster</title>\n\t<description>hello!</description>\n\t<visibility ispublic=\"1\" isfriend=\"0\" isfamily=\"0\" />\n\t<dates posted=\"1100897479\" taken=\"2004-11-19 12:51:19\"\n\t\ttakengranularity=\"0\" lastupdate=\"1093022469\" />\n\t<permissions permcomment=\"3\" permaddmeta=\"2\" />\n\t<editability cancomment=\"1\" canaddmeta=\"1\" />\n\t<comments>1</comments>\n\t<notes>\n\t\t<note id=\"313\" author=\"12037949754@N01\"\n\t\t\tauthorname=\"Bees\" x=\"10\" y=\"10\"\n\t\t\tw=\"50\" h=\"50\">foo</note>\n\t</notes>\n\t<tags>\n\t\t<tag id=\"1234\" author=\"12037949754@N01\" raw=\"woo yay\">wooyay</tag>\n\t\t<tag id=\"1235\" author=\"12037949754@N01\" raw=\"hoopla\">hoopla</tag>\n\t</tags>\n\t<urls>\n\t\t<url type=\"photopage\">http://www.flickr.com/photos/bees/2733/</url> \n\t</urls>\n</photo>",
    "example": [
      {
        "name": "photo",
        "attrs": {
          "id": "2733",
          "secret": "123456",
          "server": "12",
          "isfavorite": "0",
          "license": "3",
          "rotation": "90",
          "originalsecret": "1bc09ce34a",
          "originalformat": "png"
        },
        "children": [
          {
            "name": "owner",
            "attrs": {
              "nsid": "12037949754@N01",
              "username": "Bees",
              "realname": "Cal Henderson",
              "location": "Bedford, UK"
            }
          },
          {
            "name": "title",
            "text": "orford_castle_taster"
          },
          {
            "name": "description",
            "text": "hello!"
          },
          {
            "name": "visibility",
            "attrs": {
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0"
            }
          },
          {
            "name": "dates",
            "attrs": {
              "posted": "1100897479",
              "taken": "2004-11-19 12:51:19",
              "takengranularity": "0",
              "lastupdate": "1093022469"
            }
          },
          {
            "name": "permissions",
            "attrs": {
              "permcomment": "3",
              "permaddmeta": "2"
            }
          },
          {
            "name": "editability",
            "attrs": {
              "cancomment": "1",
              "canaddmeta": "1"
            }
          },
          {
            "name": "comments",
            "text": "1"
          },
          {
            "name": "notes",
            "children": [
              {
                "name": "note",
                "attrs": {
                  "id": "313",
                  "author": "12037949754@N01",
                  "authorname": "Bees",
                  "x": "10",
                  "y": "10",
                  "w": "50",
                  "h": "50"
                },
                "text": "foo"
              }
            ]
          },
          {
            "name": "tags",
            "children": [
              {
                "name": "tag",
                "attrs": {
                  "id": "1234",
                  "author": "12037949754@N01",
                  "raw": "woo yay"
                },
                "text": "wooyay"
              },
              {
                "name": "tag",
                "attrs": {
                  "id": "1235",
                  "author": "12037949754@N01",
                  "raw": "hoopla"
                },
                "text": "hoopla"
              }
            ]
          },
          {
            "name": "urls",
            "children": [
              {
                "name": "url",
                "attrs": {
                  "type": "photopage"
                },
                "text": "http://www.flickr.com/photos/bees/2733/"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.getNotInSet",
    "description": "Returns a list of your photos that are not part of any sets.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date can be in the form of a unix timestamp or mysql datetime."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date can be in the form of a mysql datetime or unix timestamp."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date can be in the form of a mysql datetime or unix timestamp."
      },
      {
        "name": "privacy_filter",
        "optional": true,
        "description": "Return photos only matching a certain privacy level."
      },
      {
        "name": "media",
        "optional": true,
        "description": "Filter results by media type. Possible values are all (default), photos or videos"
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date can be in the form of a unix timestamp or mysql datetime."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.getPerms",
    "description": "Get permissions for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to get permissions for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<perms id=\"2733\" ispublic=\"1\" isfriend=\"1\" isfamily=\"0\" permcomment=\"0\" permaddmeta=\"1\" /> ",
    "example": [
      {
        "name": "perms",
        "attrs": {
          "id": "2733",
          "ispublic": "1",
          "isfriend": "1",
          "isfamily": "0",
          "permcomment": "0",
          "permaddmeta": "1"
        }
      }
    ]
  },
  {
    "name": "flickr.photos.getPopular",
    "description": "Returns a list of popular photos",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The NSID of the user to get a galleries list for. If none is specified, the calling user is assumed."
      },
      {
        "name": "sort",
        "optional": true,
        "description": "The sort order. One of faves, views, comments or interesting. Defaults to interesting."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid user id"
      },
      {
        "code": 2,
        "message": "Popular photos disabled by user"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.getRecent",
    "description": "Returns a list of the latest public photos uploaded to flickr.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "bad value for jump_to, must be valid photo id."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.getSizes",
    "description": "Returns the available sizes for a photo. The calling user must have permission to view the photo.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to fetch size information for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Permission denied"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<sizes canblog=\"1\" canprint=\"1\" candownload=\"1\">\n    <size label=\"Square\" width=\"75\" height=\"75\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01_s.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/sq/\" media=\"photo\" />\n    <size label=\"Large Square\" width=\"150\" height=\"150\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01_q.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/q/\" media=\"photo\" />\n    <size label=\"Thumbnail\" width=\"100\" height=\"75\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01_t.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/t/\" media=\"photo\" />\n    <size label=\"Small\" width=\"240\" height=\"180\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01_m.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/s/\" media=\"photo\" />\n    <size label=\"Small 320\" width=\"320\" height=\"240\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01_n.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/n/\" media=\"photo\" />\n    <size label=\"Medium\" width=\"500\" height=\"375\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/m/\" media=\"photo\" />\n    <size label=\"Medium 640\" width=\"640\" height=\"480\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01_z.jpg?zz=1\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/z/\" media=\"photo\" />\n    <size label=\"Medium 800\" width=\"800\" height=\"600\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01_c.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/c/\" media=\"photo\" />\n    <size label=\"Large\" width=\"1024\" height=\"768\" source=\"http://farm2.staticflickr.com/1103/567229075_2cf8456f01_b.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/l/\" media=\"photo\" />\n    <size label=\"Original\" width=\"2400\" height=\"1800\" source=\"http://farm2.staticflickr.com/1103/567229075_6dc09dc6da_o.jpg\" url=\"http://www.flickr.com/photos/stewart/567229075/sizes/o/\" media=\"photo\" />\n</sizes>\n",
    "example": [
      {
        "name": "sizes",
        "attrs": {
          "canblog": "1",
          "canprint": "1",
          "candownload": "1"
        },
        "children": [
          {
            "name": "size",
            "attrs": {
              "label": "Square",
              "width": "75",
              "height": "75",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01_s.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/sq/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Large Square",
              "width": "150",
              "height": "150",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01_q.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/q/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Thumbnail",
              "width": "100",
              "height": "75",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01_t.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/t/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Small",
              "width": "240",
              "height": "180",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01_m.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/s/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Small 320",
              "width": "320",
              "height": "240",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01_n.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/n/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Medium",
              "width": "500",
              "height": "375",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/m/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Medium 640",
              "width": "640",
              "height": "480",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01_z.jpg?zz=1",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/z/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Medium 800",
              "width": "800",
              "height": "600",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01_c.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/c/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Large",
              "width": "1024",
              "height": "768",
              "source": "http://farm2.staticflickr.com/1103/567229075_2cf8456f01_b.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/l/",
              "media": "photo"
            }
          },
          {
            "name": "size",
            "attrs": {
              "label": "Original",
              "width": "2400",
              "height": "1800",
              "source": "http://farm2.staticflickr.com/1103/567229075_6dc09dc6da_o.jpg",
              "url": "http://www.flickr.com/photos/stewart/567229075/sizes/o/",
              "media": "photo"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.getUntagged",
    "description": "Returns a list of your photos with no tags.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date can be in the form of a unix timestamp or mysql datetime."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date can be in the form of a unix timestamp or mysql datetime."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date should be in the form of a mysql datetime or unix timestamp."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date can be in the form of a mysql datetime or unix timestamp."
      },
      {
        "name": "privacy_filter",
        "optional": true,
        "description": "Return photos only matching a certain privacy level."
      },
      {
        "name": "media",
        "optional": true,
        "description": "Filter results by media type. Possible values are all (default), photos or videos"
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.getWithGeoData",
    "description": "Returns a list of your geo-tagged photos.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      },
      {
        "name": "privacy_filter",
        "optional": true,
        "description": "Return photos only matching a certain privacy level."
      },
      {
        "name": "sort",
        "optional": true,
        "description": "The order in which to sort returned photos."
      },
      {
        "name": "media",
        "optional": true,
        "description": "Filter results by media type. Possible values are all (default), photos or videos"
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.getWithoutGeoData",
    "description": "Returns a list of your photos which haven't been geo-tagged.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date can be in the form of a mysql datetime or unix timestamp."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date can be in the form of a mysql datetime or unix timestamp."
      },
      {
        "name": "privacy_filter",
        "optional": true,
        "description": "Return photos only matching a certain privacy level."
      },
      {
        "name": "sort",
        "optional": true,
        "description": "The order in which to sort returned photos."
      },
      {
        "name": "media",
        "optional": true,
        "description": "Filter results by media type. Possible values are all (default), photos or videos"
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date can be in the form of a unix timestamp or mysql datetime."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.licenses.getInfo",
    "description": "Fetches a list of available photo licenses for Flickr.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<licenses>\n\t<license id=\"0\" name=\"All Rights Reserved\" url=\"\" />\n\t<license id=\"1\" name=\"Attribution-NonCommercial-ShareAlike License\" url=\"https://creativecommons.org/licenses/by-nc-sa/2.0/\" />\n\t<license id=\"2\" name=\"Attribution-NonCommercial License\" url=\"https://creativecommons.org/licenses/by-nc/2.0/\" />\n\t<license id=\"3\" name=\"Attribution-NonCommercial-NoDerivs License\" url=\"https://creativecommons.org/licenses/by-nc-nd/2.0/\" />\n\t<license id=\"4\" name=\"Attribution License\" url=\"https://creativecommons.org/licenses/by/2.0/\" />\n\t<license id=\"5\" name=\"Attribution-ShareAlike License\" url=\"https://creativecommons.org/licenses/by-sa/2.0/\" />\n\t<license id=\"6\" name=\"Attribution-NoDerivs License\" url=\"https://creativecommons.org/licenses/by-nd/2.0/\" />\n\t<license id=\"7\" name=\"No known copyright restrictions\" url=\"https://www.flickr.com/commons/usage/\" />\n\t<license id=\"8\" name=\"United States Government Work\" url=\"http://www.usa.gov/copyright.shtml\" />\n\t<license id=\"9\" name=\"Public Domain Dedication (CC0)\" url=\"https://creativecommons.org/publicdomain/zero/1.0/\" />\n\t<license id=\"10\" name=\"Public Domain Mark\" url=\"https://creativecommons.org/publicdomain/mark/1.0/\" />\n</licenses>",
    "example": [
      {
        "name": "licenses",
        "children": [
          {
            "name": "license",
            "attrs": {
              "id": "0",
              "name": "All Rights Reserved",
              "url": ""
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "1",
              "name": "Attribution-NonCommercial-ShareAlike License",
              "url": "https://creativecommons.org/licenses/by-nc-sa/2.0/"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "2",
              "name": "Attribution-NonCommercial License",
              "url": "https://creativecommons.org/licenses/by-nc/2.0/"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "3",
              "name": "Attribution-NonCommercial-NoDerivs License",
              "url": "https://creativecommons.org/licenses/by-nc-nd/2.0/"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "4",
              "name": "Attribution License",
              "url": "https://creativecommons.org/licenses/by/2.0/"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "5",
              "name": "Attribution-ShareAlike License",
              "url": "https://creativecommons.org/licenses/by-sa/2.0/"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "6",
              "name": "Attribution-NoDerivs License",
              "url": "https://creativecommons.org/licenses/by-nd/2.0/"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "7",
              "name": "No known copyright restrictions",
              "url": "https://www.flickr.com/commons/usage/"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "8",
              "name": "United States Government Work",
              "url": "http://www.usa.gov/copyright.shtml"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "9",
              "name": "Public Domain Dedication (CC0)",
              "url": "https://creativecommons.org/publicdomain/zero/1.0/"
            }
          },
          {
            "name": "license",
            "attrs": {
              "id": "10",
              "name": "Public Domain Mark",
              "url": "https://creativecommons.org/publicdomain/mark/1.0/"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.licenses.getLicenseHistory",
    "description": "Fetches the license history of a photo.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The photo to get the license history for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "\n<rsp stat=\"ok\">\n<license_history date_change=\"1295918034\" old_license=\"All Rights Reserved\" old_license_url=\"\" new_license=\"Attribution License\" new_license_url=\"https://creativecommons.org/licenses/by/2.0/\"/>\n<license_history date_change=\"1598990519\" old_license=\"Attribution License\" old_license_url=\"https://creativecommons.org/licenses/by/2.0/\" new_license=\"All Rights Reserved\" new_license_url=\"\"/>\n</rsp>",
    "example": [
      {
        "name": "license_history",
        "attrs": {
          "date_change": "1295918034",
          "old_license": "All Rights Reserved",
          "old_license_url": "",
          "new_license": "Attribution License",
          "new_license_url": "https://creativecommons.org/licenses/by/2.0/"
        }
      },
      {
        "name": "license_history",
        "attrs": {
          "date_change": "1598990519",
          "old_license": "Attribution License",
          "old_license_url": "https://creativecommons.org/licenses/by/2.0/",
          "new_license": "All Rights Reserved",
          "new_license_url": ""
        }
      }
    ]
  },
  {
    "name": "flickr.photos.licenses.setLicense",
    "description": "Sets the license for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The photo to update the license for."
      },
      {
        "name": "license_id",
        "optional": false,
        "description": "The license to apply, or 0 (zero) to remove the current license. Note : as of this writing the \"no known copyright restrictions\" license (7) is not a valid argument."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "License not found"
      },
      {
        "code": 3,
        "message": "Cannot change license"
      },
      {
        "code": 4,
        "message": "License not available"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.notes.add",
    "description": "Add a note to a photo. Coordinates and sizes are in pixels, based on the 500px image size shown on individual photo pages.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to add a note to"
      },
      {
        "name": "note_x",
        "optional": false,
        "description": "The left coordinate of the note"
      },
      {
        "name": "note_y",
        "optional": false,
        "description": "The top coordinate of the note"
      },
      {
        "name": "note_w",
        "optional": false,
        "description": "The width of the note"
      },
      {
        "name": "note_h",
        "optional": false,
        "description": "The height of the note"
      },
      {
        "name": "note_text",
        "optional": false,
        "description": "The description of the note"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "User cannot add notes"
      },
      {
        "code": 3,
        "message": "Missing required arguments"
      },
      {
        "code": 4,
        "message": "Maximum number of notes reached"
      },
      {
        "code": 5,
        "message": "Note would exceed photo dimensions"
      },
      {
        "code": 6,
        "message": "User is posting notes too fast."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<note id=\"1234\" />",
    "example": [
      {
        "name": "note",
        "attrs": {
          "id": "1234"
        }
      }
    ]
  },
  {
    "name": "flickr.photos.notes.delete",
    "description": "Delete a note from a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "note_id",
        "optional": false,
        "description": "The id of the note to delete"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Note not found"
      },
      {
        "code": 2,
        "message": "User cannot delete note"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.notes.edit",
    "description": "Edit a note on a photo. Coordinates and sizes are in pixels, based on the 500px image size shown on individual photo pages.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "note_id",
        "optional": false,
        "description": "The id of the note to edit"
      },
      {
        "name": "note_x",
        "optional": false,
        "description": "The left coordinate of the note"
      },
      {
        "name": "note_y",
        "optional": false,
        "description": "The top coordinate of the note"
      },
      {
        "name": "note_w",
        "optional": false,
        "description": "The width of the note"
      },
      {
        "name": "note_h",
        "optional": false,
        "description": "The height of the note"
      },
      {
        "name": "note_text",
        "optional": false,
        "description": "The description of the note"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Note not found"
      },
      {
        "code": 2,
        "message": "User cannot edit note"
      },
      {
        "code": 3,
        "message": "Missing required arguments"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.people.add",
    "description": "Add a person to a photo. Coordinates and sizes of boxes are optional; they are measured in pixels, based on the 500px image size shown on individual photo pages.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to add a person to."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user to add to the photo."
      },
      {
        "name": "person_x",
        "optional": true,
        "description": "The left-most pixel co-ordinate of the box around the person."
      },
      {
        "name": "person_y",
        "optional": true,
        "description": "The top-most pixel co-ordinate of the box around the person."
      },
      {
        "name": "person_w",
        "optional": true,
        "description": "The width (in pixels) of the box around the person."
      },
      {
        "name": "person_h",
        "optional": true,
        "description": "The height (in pixels) of the box around the person."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Person not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "User cannot add this person to photos"
      },
      {
        "code": 4,
        "message": "User cannot add people to that photo"
      },
      {
        "code": 5,
        "message": "Person can't be tagged in that photo"
      },
      {
        "code": 6,
        "message": "Some co-ordinate paramters were blank"
      },
      {
        "code": 7,
        "message": "Can't add that person to a non-public photo"
      },
      {
        "code": 8,
        "message": "Too many people in that photo"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.people.delete",
    "description": "Remove a person from a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to remove a person from."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the person to remove from the photo."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Person not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "User cannot remove that person"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.people.deleteCoords",
    "description": "Remove the bounding box from a person in a photo",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to edit a person in."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the person whose bounding box you want to remove."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Person not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "User cannot edit that person in that photo"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.people.editCoords",
    "description": "Edit the bounding box of an existing person on a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to edit a person in."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the person to edit in a photo."
      },
      {
        "name": "person_x",
        "optional": false,
        "description": "The left-most pixel co-ordinate of the box around the person."
      },
      {
        "name": "person_y",
        "optional": false,
        "description": "The top-most pixel co-ordinate of the box around the person."
      },
      {
        "name": "person_w",
        "optional": false,
        "description": "The width (in pixels) of the box around the person."
      },
      {
        "name": "person_h",
        "optional": false,
        "description": "The height (in pixels) of the box around the person."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Person not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "User cannot edit that person in that photo"
      },
      {
        "code": 4,
        "message": "Some co-ordinate paramters were blank"
      },
      {
        "code": 5,
        "message": "No co-ordinates given"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.people.getList",
    "description": "Get a list of people in a given photo.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to get a list of people for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<people total=\"1\">\n  <person nsid=\"87944415@N00\" username=\"hitherto\" iconserver=\"1\" iconfarm=\"1\"\n          realname=\"Simon Batistoni\" added_by=\"12037949754@N01\" x=\"50\" y=\"50\"\n          w=\"100\" h=\"100\"/>\n</people>",
    "example": [
      {
        "name": "people",
        "attrs": {
          "total": "1"
        },
        "children": [
          {
            "name": "person",
            "attrs": {
              "nsid": "87944415@N00",
              "username": "hitherto",
              "iconserver": "1",
              "iconfarm": "1",
              "realname": "Simon Batistoni",
              "added_by": "12037949754@N01",
              "x": "50",
              "y": "50",
              "w": "100",
              "h": "100"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.recentlyUpdated",
    "description": "Return a list of your photos that have been recently created or which have been recently modified.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "min_date",
        "optional": false,
        "description": "A Unix timestamp or any English textual datetime description indicating the date from which modifications should be compared."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required argument missing."
      },
      {
        "code": 2,
        "message": "Not a valid date"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photos page=\"1\" pages=\"1\" perpage=\"100\" total=\"2\">\n        <photo id=\"169885459\" owner=\"35034348999@N01\" \n               secret=\"c85114c195\" server=\"46\" title=\"Doubting Michael\"\n               ispublic=\"1\" isfriend=\"0\" isfamily=\"0\" lastupdate=\"1150755888\" />\n        <photo id=\"85022332\" owner=\"35034348999@N01\"\n               secret=\"23de6de0c0\" server=\"41\"\n               title=\"&quot;Do you think we're allowed to tape stuff to the walls?&quot;\"\n               ispublic=\"1\" isfriend=\"0\" isfamily=\"0\" lastupdate=\"1150564974\" />\n</photos>",
    "example": [
      {
        "name": "photos",
        "attrs": {
          "page": "1",
          "pages": "1",
          "perpage": "100",
          "total": "2"
        },
        "children": [
          {
            "name": "photo",
            "attrs": {
              "id": "169885459",
              "owner": "35034348999@N01",
              "secret": "c85114c195",
              "server": "46",
              "title": "Doubting Michael",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0",
              "lastupdate": "1150755888"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "85022332",
              "owner": "35034348999@N01",
              "secret": "23de6de0c0",
              "server": "41",
              "title": "\"Do you think we're allowed to tape stuff to the walls?\"",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0",
              "lastupdate": "1150564974"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photos.removeTag",
    "description": "Remove a tag from a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "tag_id",
        "optional": false,
        "description": "The tag to remove from the photo. This parameter should contain a tag id, as returned by flickr.photos.getInfo."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Tag not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.search",
    "description": "Return a list of photos matching some criteria.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The NSID of the user who's photo to search."
      },
      {
        "name": "tags",
        "optional": true,
        "description": "A comma-delimited list of tags. Photos with one or more of the tags listed will be returned. You can exclude results that match a term by prepending it with a - character."
      },
      {
        "name": "tag_mode",
        "optional": true,
        "description": "Either 'any' for an OR combination of tags, or 'all' for an AND combination. Defaults to 'any' if not specified."
      },
      {
        "name": "text",
        "optional": true,
        "description": "A free text search. Photos who's title, description or tags contain the text will be returned. You can exclude results that match a term by prepending it with a - character."
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date can be in the form of a unix timestamp or mysql datetime."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date can be in the form of a unix timestamp or mysql datetime."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date can be in the form of a mysql datetime or unix timestamp."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date can be in the form of a mysql datetime or unix timestamp."
      },
      {
        "name": "license",
        "optional": true,
        "description": "The license id for photos (for possible values see the flickr.photos.licenses.getInfo method). Multiple licenses may be comma-separated."
      },
      {
        "name": "sort",
        "optional": true,
        "description": "The order in which to sort returned photos."
      },
      {
        "name": "privacy_filter",
        "optional": true,
        "description": "Return photos only matching a certain privacy level."
      },
      {
        "name": "bbox",
        "optional": true,
        "description": "A comma-delimited list of 4 values defining the Bounding Box of the area that will be searched."
      },
      {
        "name": "accuracy",
        "optional": true,
        "description": "Recorded accuracy level of the location information. Current range is 1-16 : - World level is 1 - Country is ~3 - Region is ~6 - City is ~11 - Street is ~16 Defaults to maximum value if not specified."
      },
      {
        "name": "safe_search",
        "optional": true,
        "description": "Safe search setting: - 1 for safe. - 2 for moderate. - 3 for restricted. (Please note: Un-authed calls can only see Safe content.)"
      },
      {
        "name": "content_type",
        "optional": true,
        "description": "Content Type setting: - 1 for photos only."
      },
      {
        "name": "content_types",
        "optional": true,
        "description": "Comma-separated list of content types to return."
      },
      {
        "name": "video_content_types",
        "optional": true,
        "description": "Comma-separated list of video content types to return."
      },
      {
        "name": "machine_tags",
        "optional": true,
        "description": "Aside from passing in a fully formed machine tag, there is a special syntax for searching on specific properties : - Find photos using the 'dc' namespace : \"machine_tags\" => \"dc:\" - Find photos with…"
      },
      {
        "name": "machine_tag_mode",
        "optional": true,
        "description": "Either 'any' for an OR combination of tags, or 'all' for an AND combination. Defaults to 'any' if not specified."
      },
      {
        "name": "group_id",
        "optional": true,
        "description": "The id of a group who's pool to search. If specified, only matching photos posted to the group's pool will be returned."
      },
      {
        "name": "contacts",
        "optional": true,
        "description": "Search your contacts. Either 'all' or 'ff' for just friends and family. (Experimental)"
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A 32-bit identifier that uniquely represents spatial entities."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr place id. (not used if bbox argument is present)."
      },
      {
        "name": "media",
        "optional": true,
        "description": "Filter results by media type. Possible values are all (default), photos or videos"
      },
      {
        "name": "has_geo",
        "optional": true,
        "description": "Any photo that has been geotagged, or if the value is \"0\" any photo that has not been geotagged."
      },
      {
        "name": "geo_context",
        "optional": true,
        "description": "Geo context is a numeric value representing the photo's geotagginess beyond latitude and longitude."
      },
      {
        "name": "lat",
        "optional": true,
        "description": "A valid latitude, in decimal format, for doing radial geo queries."
      },
      {
        "name": "lon",
        "optional": true,
        "description": "A valid longitude, in decimal format, for doing radial geo queries."
      },
      {
        "name": "radius",
        "optional": true,
        "description": "A valid radius used for geo queries, greater than zero and less than 20 miles (or 32 kilometers), for use with point-based geo queries. The default value is 5 (km)."
      },
      {
        "name": "radius_units",
        "optional": true,
        "description": "The unit of measure when doing radial geo queries. Valid options are \"mi\" (miles) and \"km\" (kilometers). The default is \"km\"."
      },
      {
        "name": "is_commons",
        "optional": true,
        "description": "Limit the scope of the search to only photos that are part of the Flickr Commons project. Default is false."
      },
      {
        "name": "in_gallery",
        "optional": true,
        "description": "Limit the scope of the search to only photos that are in a gallery? Default is false, search all photos."
      },
      {
        "name": "is_getty",
        "optional": true,
        "description": "Limit the scope of the search to only photos that are for sale on Getty. Default is false."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 100. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Too many tags in ALL query"
      },
      {
        "code": 2,
        "message": "Unknown user"
      },
      {
        "code": 3,
        "message": "Parameterless searches have been disabled"
      },
      {
        "code": 4,
        "message": "You don't have permission to view this pool"
      },
      {
        "code": 5,
        "message": "User deleted"
      },
      {
        "code": 10,
        "message": "Sorry, the Flickr search API is not currently available."
      },
      {
        "code": 11,
        "message": "No valid machine tags"
      },
      {
        "code": 12,
        "message": "Exceeded maximum allowable machine tags"
      },
      {
        "code": 13,
        "message": "jump_to not avaiable for this query"
      },
      {
        "code": 14,
        "message": "Bad value for jump_to"
      },
      {
        "code": 15,
        "message": "Photo not found"
      },
      {
        "code": 16,
        "message": "You can only search within your own favorites"
      },
      {
        "code": 17,
        "message": "You can only search within your own contacts"
      },
      {
        "code": 18,
        "message": "Illogical arguments"
      },
      {
        "code": 19,
        "message": "Similarity search invalid."
      },
      {
        "code": 20,
        "message": "Excessive photo offset in search"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.setContentType",
    "description": "Set the content type of a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to set the content type of."
      },
      {
        "name": "content_type",
        "optional": false,
        "description": "The content type of the photo. Must be one of: 1 for Photo, 2 for Screenshot, 3 for Other, 4 for Virtual Photography"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Required arguments missing"
      },
      {
        "code": 3,
        "message": "Change not allowed"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<photo id=\"14814\" content_type=\"3\"/>\n</rsp>",
    "example": [
      {
        "name": "photo",
        "attrs": {
          "id": "14814",
          "content_type": "3"
        }
      }
    ]
  },
  {
    "name": "flickr.photos.setDates",
    "description": "Set one or both of the dates for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to edit dates for."
      },
      {
        "name": "date_posted",
        "optional": true,
        "description": "The date the photo was uploaded to flickr (see the dates documentation)"
      },
      {
        "name": "date_taken",
        "optional": true,
        "description": "The date the photo was taken (see the dates documentation)"
      },
      {
        "name": "date_taken_granularity",
        "optional": true,
        "description": "The granularity of the date the photo was taken (see the dates documentation)"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Not enough arguments"
      },
      {
        "code": 3,
        "message": "Invalid granularity"
      },
      {
        "code": 4,
        "message": "Invalid date_posted"
      },
      {
        "code": 5,
        "message": "Invalid Date Taken Format"
      },
      {
        "code": 6,
        "message": "Invalid Date Taken"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.setMeta",
    "description": "Set the meta information for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to set information for."
      },
      {
        "name": "title",
        "optional": true,
        "description": "The title for the photo. At least one of title or description must be set."
      },
      {
        "name": "description",
        "optional": true,
        "description": "The description for the photo. At least one of title or description must be set."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "At least one of title or description must be set"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.setPerms",
    "description": "Set permissions for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to set permissions for."
      },
      {
        "name": "is_public",
        "optional": false,
        "description": "1 to set the photo to public, 0 to set it to private."
      },
      {
        "name": "is_friend",
        "optional": false,
        "description": "1 to make the photo visible to friends when private, 0 to not."
      },
      {
        "name": "is_family",
        "optional": false,
        "description": "1 to make the photo visible to family when private, 0 to not."
      },
      {
        "name": "perm_comment",
        "optional": true,
        "description": "who can add comments to the photo and it's notes. one of: 0: nobody 1: friends & family 2: contacts 3: everybody"
      },
      {
        "name": "perm_addmeta",
        "optional": true,
        "description": "who can add notes and tags to the photo. one of: 0: nobody / just the owner 1: friends & family 2: contacts 3: everybody"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Required arguments missing"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photoid secret=\"abcdef\" originalsecret=\"abcdef\">1234</photoid>",
    "example": [
      {
        "name": "photoid",
        "attrs": {
          "secret": "abcdef",
          "originalsecret": "abcdef"
        },
        "text": "1234"
      }
    ]
  },
  {
    "name": "flickr.photos.setSafetyLevel",
    "description": "Set the safety level of a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to set the adultness of."
      },
      {
        "name": "safety_level",
        "optional": true,
        "description": "The safety level of the photo. Must be one of: 1 for Safe, 2 for Moderate, and 3 for Restricted."
      },
      {
        "name": "hidden",
        "optional": true,
        "description": "Whether or not to additionally hide the photo from public searches. Must be either 1 for Yes or 0 for No."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Invalid or missing arguments"
      },
      {
        "code": 3,
        "message": "Change not allowed"
      },
      {
        "code": 4,
        "message": "Safety level not allowed"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<photo id=\"14814\" safety_level=\"2\" hidden=\"0\"/>\n</rsp>",
    "example": [
      {
        "name": "photo",
        "attrs": {
          "id": "14814",
          "safety_level": "2",
          "hidden": "0"
        }
      }
    ]
  },
  {
    "name": "flickr.photos.setTags",
    "description": "Set the tags for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to set tags for."
      },
      {
        "name": "tags",
        "optional": false,
        "description": "All tags for the photo (as a single space-delimited string)."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Maximum number of tags reached"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.suggestions.approveSuggestion",
    "description": "Approve a suggestion for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "suggestion_id",
        "optional": false,
        "description": "The unique ID for the location suggestion to approve."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.suggestions.getList",
    "description": "Return a list of suggestions for a user that are pending approval.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": true,
        "description": "Only show suggestions for a single photo."
      },
      {
        "name": "status_id",
        "optional": true,
        "description": "Only show suggestions with a given status. - 0, pending - 1, approved - 2, rejected The default is pending (or \"0\")."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.suggestions.rejectSuggestion",
    "description": "Reject a suggestion for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "suggestion_id",
        "optional": false,
        "description": "The unique ID of the suggestion to reject."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.suggestions.removeSuggestion",
    "description": "Remove a suggestion, made by the calling user, from a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "suggestion_id",
        "optional": false,
        "description": "The unique ID for the location suggestion to approve."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.suggestions.suggestLocation",
    "description": "Suggest a geotagged location for a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The photo whose location you are suggesting."
      },
      {
        "name": "lat",
        "optional": false,
        "description": "The latitude whose valid range is -90 to 90. Anything more than 6 decimal places will be truncated."
      },
      {
        "name": "lon",
        "optional": false,
        "description": "The longitude whose valid range is -180 to 180. Anything more than 6 decimal places will be truncated."
      },
      {
        "name": "accuracy",
        "optional": true,
        "description": "Recorded accuracy level of the location information. World level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is 1-16. Defaults to 16 if not specified."
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "The WOE ID of the location used to build the location hierarchy for the photo."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "The Flickr Places ID of the location used to build the location hierarchy for the photo."
      },
      {
        "name": "note",
        "optional": true,
        "description": "A short note or history to include with the suggestion."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photos.transform.rotate",
    "description": "Rotate a photo.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to rotate."
      },
      {
        "name": "degrees",
        "optional": false,
        "description": "The amount of degrees by which to rotate the photo (clockwise) from it's current orientation. Valid values are 90, 180 and 270."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Invalid rotation"
      },
      {
        "code": 3,
        "message": "Temporary failure"
      },
      {
        "code": 4,
        "message": "Rotation disabled"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photoid secret=\"abcdef\" originalsecret=\"abcdef\">1234</photoid>",
    "example": [
      {
        "name": "photoid",
        "attrs": {
          "secret": "abcdef",
          "originalsecret": "abcdef"
        },
        "text": "1234"
      }
    ]
  },
  {
    "name": "flickr.photos.upload.checkTickets",
    "description": "Checks the status of one or more asynchronous photo upload tickets.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "tickets",
        "optional": false,
        "description": "A comma-delimited list of ticket ids"
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<uploader>\n\t<ticket id=\"128\" complete=\"1\" photoid=\"2995\" />\n\t<ticket id=\"129\" complete=\"0\" />\n\t<ticket id=\"130\" complete=\"2\" />\n\t<ticket id=\"131\" invalid=\"1\" />\n</uploader>\n",
    "example": [
      {
        "name": "uploader",
        "children": [
          {
            "name": "ticket",
            "attrs": {
              "id": "128",
              "complete": "1",
              "photoid": "2995"
            }
          },
          {
            "name": "ticket",
            "attrs": {
              "id": "129",
              "complete": "0"
            }
          },
          {
            "name": "ticket",
            "attrs": {
              "id": "130",
              "complete": "2"
            }
          },
          {
            "name": "ticket",
            "attrs": {
              "id": "131",
              "invalid": "1"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photosets.addPhoto",
    "description": "Add a photo to the end of an existing photoset.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to add a photo to."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to add to the set."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "Photo already in set"
      },
      {
        "code": 10,
        "message": "Maximum number of photos in set"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.comments.addComment",
    "description": "Add a comment to a photoset.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to add a comment to."
      },
      {
        "name": "comment_text",
        "optional": false,
        "description": "Text of the comment"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 8,
        "message": "Blank comment"
      },
      {
        "code": 9,
        "message": "User is posting comments too fast."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<comment id=\"97777-12492-72057594037942601\" />",
    "example": [
      {
        "name": "comment",
        "attrs": {
          "id": "97777-12492-72057594037942601"
        }
      }
    ]
  },
  {
    "name": "flickr.photosets.comments.deleteComment",
    "description": "Delete a photoset comment as the currently authenticated user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "comment_id",
        "optional": false,
        "description": "The id of the comment to delete from a photoset."
      }
    ],
    "errors": [
      {
        "code": 2,
        "message": "Comment not found."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.comments.editComment",
    "description": "Edit the text of a comment as the currently authenticated user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "comment_id",
        "optional": false,
        "description": "The id of the comment to edit."
      },
      {
        "name": "comment_text",
        "optional": false,
        "description": "Update the comment to this text."
      }
    ],
    "errors": [
      {
        "code": 2,
        "message": "Comment not found."
      },
      {
        "code": 8,
        "message": "Blank comment."
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.comments.getList",
    "description": "Returns the comments for a photoset.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to fetch comments for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<comments photoset_id=\"109722179\">\n    <comment id=\"6065-109722179-72057594077818641\"\n         author=\"35468159852@N01\" authorname=\"Rev Dan Catt\" date_create=\"1141841470\"\n         permalink=\"http://www.flickr.com/photos/straup/109722179/#comment72057594077818641\"\n         >Umm, I'm not sure, can I get back to you on that one?</comment>\n</comments>",
    "example": [
      {
        "name": "comments",
        "attrs": {
          "photoset_id": "109722179"
        },
        "children": [
          {
            "name": "comment",
            "attrs": {
              "id": "6065-109722179-72057594077818641",
              "author": "35468159852@N01",
              "authorname": "Rev Dan Catt",
              "date_create": "1141841470",
              "permalink": "http://www.flickr.com/photos/straup/109722179/#comment72057594077818641"
            },
            "text": "Umm, I'm not sure, can I get back to you on that one?"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photosets.create",
    "description": "Create a new photoset for the calling user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "title",
        "optional": false,
        "description": "A title for the photoset."
      },
      {
        "name": "description",
        "optional": true,
        "description": "A description of the photoset. May contain limited html."
      },
      {
        "name": "primary_photo_id",
        "optional": false,
        "description": "The id of the photo to represent this set. The photo must belong to the calling user."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "No title specified"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "Can't create any more sets"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photoset id=\"1234\" url=\"http://www.flickr.com/photos/bees/sets/1234/\" />",
    "example": [
      {
        "name": "photoset",
        "attrs": {
          "id": "1234",
          "url": "http://www.flickr.com/photos/bees/sets/1234/"
        }
      }
    ]
  },
  {
    "name": "flickr.photosets.delete",
    "description": "Delete a photoset.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to delete. It must be owned by the calling user."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.editMeta",
    "description": "Modify the meta-data for a photoset.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to modify."
      },
      {
        "name": "title",
        "optional": false,
        "description": "The new title for the photoset."
      },
      {
        "name": "description",
        "optional": true,
        "description": "A description of the photoset. May contain limited html."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "No title specified"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.editPhotos",
    "description": "Modify the photos in a photoset. Use this method to add, remove and re-order photos.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to modify. The photoset must belong to the calling user."
      },
      {
        "name": "primary_photo_id",
        "optional": false,
        "description": "The id of the photo to use as the 'primary' photo for the set. This id must also be passed along in photo_ids list argument."
      },
      {
        "name": "photo_ids",
        "optional": false,
        "description": "A comma-delimited list of photo ids to include in the set."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "Primary photo not found"
      },
      {
        "code": 4,
        "message": "Primary photo not in list"
      },
      {
        "code": 5,
        "message": "Empty photos list"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.getContext",
    "description": "Returns next and previous photos for a photo in a set.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to fetch the context for."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset for which to fetch the photo's context."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 2,
        "message": "Photo not in set"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<prevphoto id=\"2980\" secret=\"973da1e709\"\n\ttitle=\"boo!\" url=\"/photos/bees/2980/\" /> \n<nextphoto id=\"2985\" secret=\"059b664012\"\n\ttitle=\"Amsterdam Amstel\" url=\"/photos/bees/2985/\" /> ",
    "example": [
      {
        "name": "prevphoto",
        "attrs": {
          "id": "2980",
          "secret": "973da1e709",
          "title": "boo!",
          "url": "/photos/bees/2980/"
        }
      },
      {
        "name": "nextphoto",
        "attrs": {
          "id": "2985",
          "secret": "059b664012",
          "title": "Amsterdam Amstel",
          "url": "/photos/bees/2985/"
        }
      }
    ]
  },
  {
    "name": "flickr.photosets.getInfo",
    "description": "Gets information about a photoset.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The ID of the photoset to fetch information for."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The user_id here is the owner of the set passed in photoset_id."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photoset id=\"72157624618609504\" owner=\"34427469121@N01\" primary=\"4847770787\" secret=\"6abd09a292\" server=\"4153\" farm=\"5\" photos=\"55\" count_views=\"523\" count_comments=\"1\" count_photos=\"43\" count_videos=\"12\" can_comment=\"1\" date_create=\"1280530593\" date_update=\"1308091378\">\n    <title>Mah Kittehs</title>\n    <description>Sixty and Niner. Born on the 3rd of May, 2010, or thereabouts. Came to my place on Thursday, July 29, 2010.</description>\n</photoset>",
    "example": [
      {
        "name": "photoset",
        "attrs": {
          "id": "72157624618609504",
          "owner": "34427469121@N01",
          "primary": "4847770787",
          "secret": "6abd09a292",
          "server": "4153",
          "farm": "5",
          "photos": "55",
          "count_views": "523",
          "count_comments": "1",
          "count_photos": "43",
          "count_videos": "12",
          "can_comment": "1",
          "date_create": "1280530593",
          "date_update": "1308091378"
        },
        "children": [
          {
            "name": "title",
            "text": "Mah Kittehs"
          },
          {
            "name": "description",
            "text": "Sixty and Niner. Born on the 3rd of May, 2010, or thereabouts. Came to my place on Thursday, July 29, 2010."
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photosets.getList",
    "description": "Returns the photosets belonging to the specified user.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The NSID of the user to get a photoset list for. If none is specified, the calling user is assumed."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to get. Currently, if this is not provided, all sets are returned, but this behaviour may change in future."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "The number of sets to get per page. If paging is enabled, the maximum number of sets per page is 500."
      },
      {
        "name": "primary_photo_extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for the primary photo."
      },
      {
        "name": "photo_ids",
        "optional": true,
        "description": "A comma-separated list of photo ids. If specified, each returned set will include a list of these photo ids that are present in the set as \"has_requested_photos\""
      },
      {
        "name": "sort_groups",
        "optional": true,
        "description": "A comma-separated list of groups used to sort the output sets."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 2,
        "message": "Continuation key is invalid or expired"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photosets page=\"1\" pages=\"1\" perpage=\"30\" total=\"2\" cancreate=\"1\">\n    <photoset id=\"72157626216528324\" primary=\"5504567858\" secret=\"017804c585\" server=\"5174\" farm=\"6\" photos=\"22\" videos=\"0\" count_views=\"137\" count_comments=\"0\" can_comment=\"1\" date_create=\"1299514498\" date_update=\"1300335009\">\n      <title>Avis Blanche</title>\n      <description>My Grandma's Recipe File.</description>\n    </photoset>\n    <photoset id=\"72157624618609504\" primary=\"4847770787\" secret=\"6abd09a292\" server=\"4153\" farm=\"5\" photos=\"43\" videos=\"12\" count_views=\"523\" count_comments=\"1\" can_comment=\"1\" date_create=\"1280530593\" date_update=\"1308091378\">\n      <title>Mah Kittehs</title>\n      <description>Sixty and Niner. Born on the 3rd of May, 2010, or thereabouts. Came to my place on Thursday, July 29, 2010.</description>\n    </photoset>\n</photosets>",
    "example": [
      {
        "name": "photosets",
        "attrs": {
          "page": "1",
          "pages": "1",
          "perpage": "30",
          "total": "2",
          "cancreate": "1"
        },
        "children": [
          {
            "name": "photoset",
            "attrs": {
              "id": "72157626216528324",
              "primary": "5504567858",
              "secret": "017804c585",
              "server": "5174",
              "farm": "6",
              "photos": "22",
              "videos": "0",
              "count_views": "137",
              "count_comments": "0",
              "can_comment": "1",
              "date_create": "1299514498",
              "date_update": "1300335009"
            },
            "children": [
              {
                "name": "title",
                "text": "Avis Blanche"
              },
              {
                "name": "description",
                "text": "My Grandma's Recipe File."
              }
            ]
          },
          {
            "name": "photoset",
            "attrs": {
              "id": "72157624618609504",
              "primary": "4847770787",
              "secret": "6abd09a292",
              "server": "4153",
              "farm": "5",
              "photos": "43",
              "videos": "12",
              "count_views": "523",
              "count_comments": "1",
              "can_comment": "1",
              "date_create": "1280530593",
              "date_update": "1308091378"
            },
            "children": [
              {
                "name": "title",
                "text": "Mah Kittehs"
              },
              {
                "name": "description",
                "text": "Sixty and Niner. Born on the 3rd of May, 2010, or thereabouts. Came to my place on Thursday, July 29, 2010."
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photosets.getPhotos",
    "description": "Get the list of photos in a set.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to return the photos for."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The user_id here is the owner of the set passed in photoset_id."
      },
      {
        "name": "extras",
        "optional": true,
        "description": "A comma-delimited list of extra information to fetch for each returned record."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of photos to return per page. If this argument is omitted, it defaults to 500. The maximum allowed value is 500."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      },
      {
        "name": "privacy_filter",
        "optional": true,
        "description": "Return photos only matching a certain privacy level."
      },
      {
        "name": "media",
        "optional": true,
        "description": "Filter results by media type. Possible values are all (default), photos or videos"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "User not found"
      },
      {
        "code": 3,
        "message": "Conflicting photoset IDs received"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photoset id=\"4\" primary=\"2483\" page=\"1\" perpage=\"500\" pages=\"1\" total=\"2\">\n\t<photo id=\"2484\" secret=\"123456\" server=\"1\"\n\t\ttitle=\"my photo\" isprimary=\"0\" /> \n\t<photo id=\"2483\" secret=\"123456\" server=\"1\"\n\t\ttitle=\"flickr rocks\" isprimary=\"1\" /> \n</photoset>",
    "example": [
      {
        "name": "photoset",
        "attrs": {
          "id": "4",
          "primary": "2483",
          "page": "1",
          "perpage": "500",
          "pages": "1",
          "total": "2"
        },
        "children": [
          {
            "name": "photo",
            "attrs": {
              "id": "2484",
              "secret": "123456",
              "server": "1",
              "title": "my photo",
              "isprimary": "0"
            }
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2483",
              "secret": "123456",
              "server": "1",
              "title": "flickr rocks",
              "isprimary": "1"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.photosets.orderSets",
    "description": "Set the order of photosets for the calling user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_ids",
        "optional": false,
        "description": "A comma delimited list of photoset IDs, ordered with the set to show first, first in the list. Any set IDs not given in the list will be set to appear at the end of the list, ordered by their IDs."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Set not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.removePhoto",
    "description": "Remove a photo from a photoset.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to remove a photo from."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to remove from the set."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 3,
        "message": "Photo not in set"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.removePhotos",
    "description": "Remove multiple photos from a photoset.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to remove photos from."
      },
      {
        "name": "photo_ids",
        "optional": false,
        "description": "Comma-delimited list of photo ids to remove from the photoset."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.reorderPhotos",
    "description": "",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to reorder. The photoset must belong to the calling user."
      },
      {
        "name": "photo_ids",
        "optional": false,
        "description": "Ordered, comma-delimited list of photo ids. Photos that are not in the list will keep their original order"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.photosets.setPrimaryPhoto",
    "description": "Set photoset primary photo",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to set primary photo to."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to set as primary."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photoset not found"
      },
      {
        "code": 2,
        "message": "Photo not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.places.find",
    "description": "Return a list of place IDs for a query string.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "query",
        "optional": false,
        "description": "The query string to use for place ID lookups"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<places query=\"Alabama\" total=\"3\">\n   <place place_id=\"VrrjuESbApjeFS4.\" woeid=\"2347559\"\n               latitude=\"32.614\" longitude=\"-86.680\"\n               place_url=\"/United+States/Alabama\"\n               place_type=\"region\">Alabama, Alabama, United States</place>\n   <place place_id=\"cGHuc0mbApmzEHoP\" woeid=\"2352520\"\n               latitude=\"43.096\" longitude=\"-78.389\"\n               place_url=\"/United+States/New+York/Alabama\"\n               place_type=\"locality\">Alabama, New York, United States</place>\n   <place place_id=\"o4yVPEqYBJvFMP8Q\" woeid=\"1579389\"\n               latitude=\"-26.866\" longitude=\"26.583\"\n               place_url=\"/South+Africa/North+West/Alabama\"\n               place_type=\"locality\">Alabama, North West, South Africa</place>\n</places>",
    "example": [
      {
        "name": "places",
        "attrs": {
          "query": "Alabama",
          "total": "3"
        },
        "children": [
          {
            "name": "place",
            "attrs": {
              "place_id": "VrrjuESbApjeFS4.",
              "woeid": "2347559",
              "latitude": "32.614",
              "longitude": "-86.680",
              "place_url": "/United+States/Alabama",
              "place_type": "region"
            },
            "text": "Alabama, Alabama, United States"
          },
          {
            "name": "place",
            "attrs": {
              "place_id": "cGHuc0mbApmzEHoP",
              "woeid": "2352520",
              "latitude": "43.096",
              "longitude": "-78.389",
              "place_url": "/United+States/New+York/Alabama",
              "place_type": "locality"
            },
            "text": "Alabama, New York, United States"
          },
          {
            "name": "place",
            "attrs": {
              "place_id": "o4yVPEqYBJvFMP8Q",
              "woeid": "1579389",
              "latitude": "-26.866",
              "longitude": "26.583",
              "place_url": "/South+Africa/North+West/Alabama",
              "place_type": "locality"
            },
            "text": "Alabama, North West, South Africa"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.findByLatLon",
    "description": "Return a place ID for a latitude, longitude and accuracy triple.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "lat",
        "optional": false,
        "description": "The latitude whose valid range is -90 to 90. Anything more than 4 decimal places will be truncated."
      },
      {
        "name": "lon",
        "optional": false,
        "description": "The longitude whose valid range is -180 to 180. Anything more than 4 decimal places will be truncated."
      },
      {
        "name": "accuracy",
        "optional": true,
        "description": "Recorded accuracy level of the location information. World level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is 1-16. The default is 16."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required arguments missing"
      },
      {
        "code": 2,
        "message": "Not a valid latitude"
      },
      {
        "code": 3,
        "message": "Not a valid longitude"
      },
      {
        "code": 4,
        "message": "Not a valid accuracy"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<places latitude=\"37.76513627957266\" longitude=\"-122.42020770907402\" accuracy=\"16\" total=\"1\">\n   <place place_id=\"Y12JWsKbApmnSQpbQg\" woeid=\"23512048\"\n      latitude=\"37.765\" longitude=\"-122.424\" \n      place_url=\"/United+States/California/San+Francisco/Mission+Dolores\"\n      place_type=\"neighbourhood\" place_type_id=\"22\" \n      timezone=\"America/Los_Angeles\"\n      name=\"Mission Dolores, San Francisco, CA, US, United States\"/>\n</places>",
    "example": [
      {
        "name": "places",
        "attrs": {
          "latitude": "37.76513627957266",
          "longitude": "-122.42020770907402",
          "accuracy": "16",
          "total": "1"
        },
        "children": [
          {
            "name": "place",
            "attrs": {
              "place_id": "Y12JWsKbApmnSQpbQg",
              "woeid": "23512048",
              "latitude": "37.765",
              "longitude": "-122.424",
              "place_url": "/United+States/California/San+Francisco/Mission+Dolores",
              "place_type": "neighbourhood",
              "place_type_id": "22",
              "timezone": "America/Los_Angeles",
              "name": "Mission Dolores, San Francisco, CA, US, United States"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.getChildrenWithPhotosPublic",
    "description": "Return a list of locations with public photos that are parented by a Where on Earth (WOE) or Places ID.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Not a valid Places ID"
      },
      {
        "code": 3,
        "message": "Place not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<places total=\"79\">\n   <place place_id=\"HznQfdKbB58biy8sdA\" woeid=\"26332794\"\n      latitude=\"45.498\" longitude=\"-73.575\"\n      place_url=\"/Canada/Quebec/Montreal  /Montreal+Golden+Square+Mile\"\n      place_type=\"neighbourhood\" photo_count=\"2717\">\n      Montreal Golden Square Mile, Montreal, QC, CA, Canada\n   </place>\n   <place place_id=\"K1rYWmGbB59rwn7lOA\" woeid=\"26332799\"\n      latitude=\"45.502\" longitude=\"-73.578\"\n      place_url=\"/Canada/Quebec/Montreal/Downtown+Montr%C3%A9al\"\n      place_type=\"neighbourhood\" photo_count=\"2317\">\n      Downtown Montréal, Montreal, QC, CA, Canada\n  </place>\n\n   <!-- and so on... -->\n\n</places>",
    "example": [
      {
        "name": "places",
        "attrs": {
          "total": "79"
        },
        "children": [
          {
            "name": "place",
            "attrs": {
              "place_id": "HznQfdKbB58biy8sdA",
              "woeid": "26332794",
              "latitude": "45.498",
              "longitude": "-73.575",
              "place_url": "/Canada/Quebec/Montreal  /Montreal+Golden+Square+Mile",
              "place_type": "neighbourhood",
              "photo_count": "2717"
            },
            "text": "Montreal Golden Square Mile, Montreal, QC, CA, Canada"
          },
          {
            "name": "place",
            "attrs": {
              "place_id": "K1rYWmGbB59rwn7lOA",
              "woeid": "26332799",
              "latitude": "45.502",
              "longitude": "-73.578",
              "place_url": "/Canada/Quebec/Montreal/Downtown+Montr%C3%A9al",
              "place_type": "neighbourhood",
              "photo_count": "2317"
            },
            "text": "Downtown Montréal, Montreal, QC, CA, Canada"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.getInfo",
    "description": "Get informations about a place.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Not a valid Places ID"
      },
      {
        "code": 3,
        "message": "Place not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<place place_id=\"4hLQygSaBJ92\" woeid=\"3534\"\n   latitude=\"45.512\" longitude=\"-73.554\"\n   place_url=\"/Canada/Quebec/Montreal\" place_type=\"locality\"\n   has_shapedata=\"1\" timezone=\"America/Toronto\">\n   <locality place_id=\"4hLQygSaBJ92\" woeid=\"3534\"\n      latitude=\"45.512\" longitude=\"-73.554\"\n      place_url=\"/Canada/Quebec/Montreal\">Montreal</locality>\n   <county place_id=\"cFBi9x6bCJ8D5rba1g\" woeid=\"29375198\"\n      latitude=\"45.551\" longitude=\"-73.600\" \n      place_url=\"/cFBi9x6bCJ8D5rba1g\">Montréal</county>\n   <region place_id=\"CrZUvXebApjI0.72\" woeid=\"2344924\" \n      latitude=\"53.890\" longitude=\"-68.429\"\n      place_url=\"/Canada/Quebec\">Quebec</region>\n   <country place_id=\"EESRy8qbApgaeIkbsA\" woeid=\"23424775\"\n      latitude=\"62.358\" longitude=\"-96.582\" \n      place_url=\"/Canada\">Canada</country>\n   <shapedata created=\"1223513357\" alpha=\"0.012359619140625\"\n      count_points=\"34778\" count_edges=\"52\"\n      has_donuthole=\"1\" is_donuthole=\"1\">\n      <polylines>\n         <polyline>\n            45.427627563477,-73.589645385742 45.428966522217,-73.587898254395, etc...\n         </polyline>\n      </polylines>\n      <urls>\n         <shapefile>\n         http://farm4.static.flickr.com/3228/shapefiles/3534_20081111_0a8afe03c5.tar.gz\n         </shapefile>\n      </urls>\n   </shapedata>\n</place>",
    "example": [
      {
        "name": "place",
        "attrs": {
          "place_id": "4hLQygSaBJ92",
          "woeid": "3534",
          "latitude": "45.512",
          "longitude": "-73.554",
          "place_url": "/Canada/Quebec/Montreal",
          "place_type": "locality",
          "has_shapedata": "1",
          "timezone": "America/Toronto"
        },
        "children": [
          {
            "name": "locality",
            "attrs": {
              "place_id": "4hLQygSaBJ92",
              "woeid": "3534",
              "latitude": "45.512",
              "longitude": "-73.554",
              "place_url": "/Canada/Quebec/Montreal"
            },
            "text": "Montreal"
          },
          {
            "name": "county",
            "attrs": {
              "place_id": "cFBi9x6bCJ8D5rba1g",
              "woeid": "29375198",
              "latitude": "45.551",
              "longitude": "-73.600",
              "place_url": "/cFBi9x6bCJ8D5rba1g"
            },
            "text": "Montréal"
          },
          {
            "name": "region",
            "attrs": {
              "place_id": "CrZUvXebApjI0.72",
              "woeid": "2344924",
              "latitude": "53.890",
              "longitude": "-68.429",
              "place_url": "/Canada/Quebec"
            },
            "text": "Quebec"
          },
          {
            "name": "country",
            "attrs": {
              "place_id": "EESRy8qbApgaeIkbsA",
              "woeid": "23424775",
              "latitude": "62.358",
              "longitude": "-96.582",
              "place_url": "/Canada"
            },
            "text": "Canada"
          },
          {
            "name": "shapedata",
            "attrs": {
              "created": "1223513357",
              "alpha": "0.012359619140625",
              "count_points": "34778",
              "count_edges": "52",
              "has_donuthole": "1",
              "is_donuthole": "1"
            },
            "children": [
              {
                "name": "polylines",
                "children": [
                  {
                    "name": "polyline",
                    "text": "45.427627563477,-73.589645385742 45.428966522217,-73.587898254395, etc..."
                  }
                ]
              },
              {
                "name": "urls",
                "children": [
                  {
                    "name": "shapefile",
                    "text": "http://farm4.static.flickr.com/3228/shapefiles/3534_20081111_0a8afe03c5.tar.gz"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.getInfoByUrl",
    "description": "Lookup information about a place, by its flickr.com/places URL.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "url",
        "optional": false,
        "description": "A flickr.com/places URL in the form of /country/region/city. For example: /Canada/Quebec/Montreal"
      }
    ],
    "errors": [
      {
        "code": 2,
        "message": "Place URL required."
      },
      {
        "code": 3,
        "message": "Place not found."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<place place_id=\"4hLQygSaBJ92\" woeid=\"3534\"\n   latitude=\"45.512\" longitude=\"-73.554\"\n   place_url=\"/Canada/Quebec/Montreal\" place_type=\"locality\"\n   has_shapedata=\"1\">\n   <locality place_id=\"4hLQygSaBJ92\" woeid=\"3534\"\n      latitude=\"45.512\" longitude=\"-73.554\"\n      place_url=\"/Canada/Quebec/Montreal\">Montreal</locality>\n   <county place_id=\"cFBi9x6bCJ8D5rba1g\" woeid=\"29375198\"\n      latitude=\"45.551\" longitude=\"-73.600\" \n      place_url=\"/cFBi9x6bCJ8D5rba1g\">Montréal</county>\n   <region place_id=\"CrZUvXebApjI0.72\" woeid=\"2344924\" \n      latitude=\"53.890\" longitude=\"-68.429\"\n      place_url=\"/Canada/Quebec\">Quebec</region>\n   <country place_id=\"EESRy8qbApgaeIkbsA\" woeid=\"23424775\"\n      latitude=\"62.358\" longitude=\"-96.582\" \n      place_url=\"/Canada\">Canada</country>\n   <shapedata created=\"1223513357\" alpha=\"0.012359619140625\"\n      count_points=\"34778\" count_edges=\"52\">\n      <polylines>\n         <polyline>\n            45.427627563477,-73.589645385742 45.428966522217,-73.587898254395, etc...\n         </polyline>\n      </polylines>\n   </shapedata>\n</place>",
    "example": [
      {
        "name": "place",
        "attrs": {
          "place_id": "4hLQygSaBJ92",
          "woeid": "3534",
          "latitude": "45.512",
          "longitude": "-73.554",
          "place_url": "/Canada/Quebec/Montreal",
          "place_type": "locality",
          "has_shapedata": "1"
        },
        "children": [
          {
            "name": "locality",
            "attrs": {
              "place_id": "4hLQygSaBJ92",
              "woeid": "3534",
              "latitude": "45.512",
              "longitude": "-73.554",
              "place_url": "/Canada/Quebec/Montreal"
            },
            "text": "Montreal"
          },
          {
            "name": "county",
            "attrs": {
              "place_id": "cFBi9x6bCJ8D5rba1g",
              "woeid": "29375198",
              "latitude": "45.551",
              "longitude": "-73.600",
              "place_url": "/cFBi9x6bCJ8D5rba1g"
            },
            "text": "Montréal"
          },
          {
            "name": "region",
            "attrs": {
              "place_id": "CrZUvXebApjI0.72",
              "woeid": "2344924",
              "latitude": "53.890",
              "longitude": "-68.429",
              "place_url": "/Canada/Quebec"
            },
            "text": "Quebec"
          },
          {
            "name": "country",
            "attrs": {
              "place_id": "EESRy8qbApgaeIkbsA",
              "woeid": "23424775",
              "latitude": "62.358",
              "longitude": "-96.582",
              "place_url": "/Canada"
            },
            "text": "Canada"
          },
          {
            "name": "shapedata",
            "attrs": {
              "created": "1223513357",
              "alpha": "0.012359619140625",
              "count_points": "34778",
              "count_edges": "52"
            },
            "children": [
              {
                "name": "polylines",
                "children": [
                  {
                    "name": "polyline",
                    "text": "45.427627563477,-73.589645385742 45.428966522217,-73.587898254395, etc..."
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.getPlaceTypes",
    "description": "Fetches a list of available place types for Flickr.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<place_types>\n   <place_type place_type_id=\"22\">neighbourhood</place_type>\n   <place_type place_type_id=\"7\">locality</place_type>\n   <place_type place_type_id=\"9\">county</place_type>\n   <place_type place_type_id=\"8\">region</place_type>\n   <place_type place_type_id=\"12\">country</place_type>\n   <place_type place_type_id=\"29\">continent</place_type>\n</place_types>",
    "example": [
      {
        "name": "place_types",
        "children": [
          {
            "name": "place_type",
            "attrs": {
              "place_type_id": "22"
            },
            "text": "neighbourhood"
          },
          {
            "name": "place_type",
            "attrs": {
              "place_type_id": "7"
            },
            "text": "locality"
          },
          {
            "name": "place_type",
            "attrs": {
              "place_type_id": "9"
            },
            "text": "county"
          },
          {
            "name": "place_type",
            "attrs": {
              "place_type_id": "8"
            },
            "text": "region"
          },
          {
            "name": "place_type",
            "attrs": {
              "place_type_id": "12"
            },
            "text": "country"
          },
          {
            "name": "place_type",
            "attrs": {
              "place_type_id": "29"
            },
            "text": "continent"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.getShapeHistory",
    "description": "Return an historical list of all the shape data generated for a Places or Where on Earth (WOE) ID.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where On Earth (WOE) ID. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Not a valid Places ID"
      },
      {
        "code": 3,
        "message": "Place not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<shapes total=\"2\" woe_id=\"3534\" place_id=\"4hLQygSaBJ92\" place_type=\"locality\" place_type_id=\"7\">\n   <shapedata created=\"1223513357\" alpha=\"0.012359619140625\"\n      count_points=\"34778\" count_edges=\"52\" is_donuthole=\"0\">\n      <polylines>\n         <polyline>\n            45.427627563477,-73.589645385742 45.428966522217,-73.587898254395, etc...\n         </polyline>\n      </polylines>\n      <urls>\n         <shapefile>\n         http://farm4.static.flickr.com/3228/shapefiles/3534_20081111_0a8afe03c5.tar.gz\n         </shapefile>\n      </urls>\n   </shapedata>\n   <!-- and so on... -->\n</shapes>",
    "example": [
      {
        "name": "shapes",
        "attrs": {
          "total": "2",
          "woe_id": "3534",
          "place_id": "4hLQygSaBJ92",
          "place_type": "locality",
          "place_type_id": "7"
        },
        "children": [
          {
            "name": "shapedata",
            "attrs": {
              "created": "1223513357",
              "alpha": "0.012359619140625",
              "count_points": "34778",
              "count_edges": "52",
              "is_donuthole": "0"
            },
            "children": [
              {
                "name": "polylines",
                "children": [
                  {
                    "name": "polyline",
                    "text": "45.427627563477,-73.589645385742 45.428966522217,-73.587898254395, etc..."
                  }
                ]
              },
              {
                "name": "urls",
                "children": [
                  {
                    "name": "shapefile",
                    "text": "http://farm4.static.flickr.com/3228/shapefiles/3534_20081111_0a8afe03c5.tar.gz"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.getTopPlacesList",
    "description": "Return the top 100 most geotagged places for a day.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "place_type_id",
        "optional": false,
        "description": "The numeric ID for a specific place type to cluster photos by. Valid place type IDs are : - 22: neighbourhood - 7: locality - 8: region - 12: country - 29: continent"
      },
      {
        "name": "date",
        "optional": true,
        "description": "A valid date in YYYY-MM-DD format. The default is yesterday."
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "Limit your query to only those top places belonging to a specific Where on Earth (WOE) identifier."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "Limit your query to only those top places belonging to a specific Flickr Places identifier."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Not a valid place type."
      },
      {
        "code": 3,
        "message": "Not a valid date."
      },
      {
        "code": 4,
        "message": "Not a valid Place ID"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<places total=\"100\" date_start=\"1246320000\" date_stop=\"1246406399\">\n   <place place_id=\"4KO02SibApitvSBieQ\" woeid=\"23424977\"\n       latitude=\"48.890\" longitude=\"-116.982\" \n       place_url=\"/United+States\" place_type=\"country\" \n       place_type_id=\"12\" photo_count=\"23371\">United States</place>\n   <!-- and so on... -->\n</places>",
    "example": [
      {
        "name": "places",
        "attrs": {
          "total": "100",
          "date_start": "1246320000",
          "date_stop": "1246406399"
        },
        "children": [
          {
            "name": "place",
            "attrs": {
              "place_id": "4KO02SibApitvSBieQ",
              "woeid": "23424977",
              "latitude": "48.890",
              "longitude": "-116.982",
              "place_url": "/United+States",
              "place_type": "country",
              "place_type_id": "12",
              "photo_count": "23371"
            },
            "text": "United States"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.placesForBoundingBox",
    "description": "Return all the locations of a matching place type for a bounding box.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "bbox",
        "optional": false,
        "description": "A comma-delimited list of 4 values defining the Bounding Box of the area that will be searched."
      },
      {
        "name": "place_type",
        "optional": true,
        "description": "The name of place type to using as the starting point to search for places in a bounding box."
      },
      {
        "name": "place_type_id",
        "optional": true,
        "description": "The numeric ID for a specific place type to cluster photos by."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameters missing"
      },
      {
        "code": 2,
        "message": "Not a valid bbox"
      },
      {
        "code": 3,
        "message": "Not a valid place type"
      },
      {
        "code": 4,
        "message": "Bounding box exceeds maximum allowable size for place type"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<places place_type=\"neighbourhood\" total=\"21\"\n   pages=\"1\" page=\"1\" \n   bbox=\"-122.42307100000001,37.773779,-122.381071,37.815779\">\n   <place place_id=\".aaSwYSbApnq6seyGw\" woeid=\"23512025\"\n      latitude=\"37.788\" longitude=\"-122.412\" \n      place_url=\"/United+States/California/San+Francisco/Downtown\"\n      place_type=\"neighbourhood\">\n      Downtown, San Francisco, CA, US, United States\n   </place>\n   <place place_id=\"3KymK1GbCZ41eBVBxg\" woeid=\"28288707\"\n      latitude=\"37.776\" longitude=\"-122.417\" \n      place_url=\"/United+States/California/San+Francisco/Civic+Center\"\n      place_type=\"neighbourhood\">\n      Civic Center, San Francisco, CA, US, United States\n   </place>\n   <place place_id=\"9xdhxY.bAptvBjHo\" woeid=\"2379855\"   \n      latitude=\"37.796\" longitude=\"-122.407\" \n      place_url=\"/United+States/California/San+Francisco/Chinatown\"\n      place_type=\"neighbourhood\">\n      Chinatown, San Francisco, CA, US, United States\n   </place>\n   <!-- and so on -->\n</places>",
    "example": [
      {
        "name": "places",
        "attrs": {
          "place_type": "neighbourhood",
          "total": "21",
          "pages": "1",
          "page": "1",
          "bbox": "-122.42307100000001,37.773779,-122.381071,37.815779"
        },
        "children": [
          {
            "name": "place",
            "attrs": {
              "place_id": ".aaSwYSbApnq6seyGw",
              "woeid": "23512025",
              "latitude": "37.788",
              "longitude": "-122.412",
              "place_url": "/United+States/California/San+Francisco/Downtown",
              "place_type": "neighbourhood"
            },
            "text": "Downtown, San Francisco, CA, US, United States"
          },
          {
            "name": "place",
            "attrs": {
              "place_id": "3KymK1GbCZ41eBVBxg",
              "woeid": "28288707",
              "latitude": "37.776",
              "longitude": "-122.417",
              "place_url": "/United+States/California/San+Francisco/Civic+Center",
              "place_type": "neighbourhood"
            },
            "text": "Civic Center, San Francisco, CA, US, United States"
          },
          {
            "name": "place",
            "attrs": {
              "place_id": "9xdhxY.bAptvBjHo",
              "woeid": "2379855",
              "latitude": "37.796",
              "longitude": "-122.407",
              "place_url": "/United+States/California/San+Francisco/Chinatown",
              "place_type": "neighbourhood"
            },
            "text": "Chinatown, San Francisco, CA, US, United States"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.placesForContacts",
    "description": "Return a list of the top 100 unique places clustered by a given placetype for a user's contacts.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "place_type",
        "optional": true,
        "description": "A specific place type to cluster photos by."
      },
      {
        "name": "place_type_id",
        "optional": true,
        "description": "The numeric ID for a specific place type to cluster photos by."
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where on Earth identifier to use to filter photo clusters."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places identifier to use to filter photo clusters."
      },
      {
        "name": "threshold",
        "optional": true,
        "description": "The minimum number of photos that a place type must have to be included."
      },
      {
        "name": "contacts",
        "optional": true,
        "description": "Search your contacts. Either 'all' or 'ff' for just friends and family. (Default is all)"
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Places for contacts are not available at this time"
      },
      {
        "code": 2,
        "message": "Required parameter missing"
      },
      {
        "code": 3,
        "message": "Not a valid place type."
      },
      {
        "code": 4,
        "message": "Not a valid Place ID"
      },
      {
        "code": 5,
        "message": "Not a valid threshold"
      },
      {
        "code": 6,
        "message": "Not a valid contacts type"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<places total=\"1\">\n   <place place_id=\"kH8dLOubBZRvX_YZ\" woeid=\"2487956\"\n               latitude=\"37.779\" longitude=\"-122.420\"\n               place_url=\"/United+States/California/San+Francisco\"\n               place_type=\"locality\"\n               photo_count=\"156\">San Francisco, California</place>\n</places>",
    "example": [
      {
        "name": "places",
        "attrs": {
          "total": "1"
        },
        "children": [
          {
            "name": "place",
            "attrs": {
              "place_id": "kH8dLOubBZRvX_YZ",
              "woeid": "2487956",
              "latitude": "37.779",
              "longitude": "-122.420",
              "place_url": "/United+States/California/San+Francisco",
              "place_type": "locality",
              "photo_count": "156"
            },
            "text": "San Francisco, California"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.placesForTags",
    "description": "Return a list of the top 100 unique places clustered by a given placetype for set of tags or machine tags.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "place_type_id",
        "optional": false,
        "description": "The numeric ID for a specific place type to cluster photos by. Valid place type IDs are : - 22: neighbourhood - 7: locality - 8: region - 12: country - 29: continent"
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where on Earth identifier to use to filter photo clusters."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places identifier to use to filter photo clusters."
      },
      {
        "name": "threshold",
        "optional": true,
        "description": "The minimum number of photos that a place type must have to be included."
      },
      {
        "name": "tags",
        "optional": true,
        "description": "A comma-delimited list of tags. Photos with one or more of the tags listed will be returned. (While optional, you must pass either a valid tag or machine_tag"
      },
      {
        "name": "tag_mode",
        "optional": true,
        "description": "Either 'any' for an OR combination of tags, or 'all' for an AND combination. Defaults to 'any' if not specified."
      },
      {
        "name": "machine_tags",
        "optional": true,
        "description": "Aside from passing in a fully formed machine tag, there is a special syntax for searching on specific properties : - Find photos using the 'dc' namespace : \"machine_tags\" => \"dc:\" - Find photos with…"
      },
      {
        "name": "machine_tag_mode",
        "optional": true,
        "description": "Either 'any' for an OR combination of tags, or 'all' for an AND combination. Defaults to 'any' if not specified."
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<places total=\"1\">\n   <place place_id=\"kH8dLOubBZRvX_YZ\" woeid=\"2487956\"\n               latitude=\"37.779\" longitude=\"-122.420\"\n               place_url=\"/United+States/California/San+Francisco\"\n               place_type=\"locality\"\n               photo_count=\"156\">San Francisco, California</place>\n</places>",
    "example": [
      {
        "name": "places",
        "attrs": {
          "total": "1"
        },
        "children": [
          {
            "name": "place",
            "attrs": {
              "place_id": "kH8dLOubBZRvX_YZ",
              "woeid": "2487956",
              "latitude": "37.779",
              "longitude": "-122.420",
              "place_url": "/United+States/California/San+Francisco",
              "place_type": "locality",
              "photo_count": "156"
            },
            "text": "San Francisco, California"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.placesForUser",
    "description": "Return a list of the top 100 unique places clustered by a given placetype for a user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "place_type_id",
        "optional": true,
        "description": "The numeric ID for a specific place type to cluster photos by."
      },
      {
        "name": "place_type",
        "optional": true,
        "description": "A specific place type to cluster photos by."
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where on Earth identifier to use to filter photo clusters."
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places identifier to use to filter photo clusters."
      },
      {
        "name": "threshold",
        "optional": true,
        "description": "The minimum number of photos that a place type must have to be included."
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Places for user are not available at this time"
      },
      {
        "code": 2,
        "message": "Required parameter missing"
      },
      {
        "code": 3,
        "message": "Not a valid place type"
      },
      {
        "code": 4,
        "message": "Not a valid Place ID"
      },
      {
        "code": 5,
        "message": "Not a valid threshold"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<places total=\"1\">\n   <place place_id=\"kH8dLOubBZRvX_YZ\" woeid=\"2487956\"\n               latitude=\"37.779\" longitude=\"-122.420\"\n               place_url=\"/United+States/California/San+Francisco\"\n               place_type=\"locality\"\n               photo_count=\"156\">San Francisco, California</place>\n</places>",
    "example": [
      {
        "name": "places",
        "attrs": {
          "total": "1"
        },
        "children": [
          {
            "name": "place",
            "attrs": {
              "place_id": "kH8dLOubBZRvX_YZ",
              "woeid": "2487956",
              "latitude": "37.779",
              "longitude": "-122.420",
              "place_url": "/United+States/California/San+Francisco",
              "place_type": "locality",
              "photo_count": "156"
            },
            "text": "San Francisco, California"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.resolvePlaceId",
    "description": "Find Flickr Places information by Place ID. This method has been deprecated. It won't be removed but you should use flickr.places.getInfo instead.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "place_id",
        "optional": false,
        "description": "A Flickr Places ID"
      }
    ],
    "errors": [
      {
        "code": 2,
        "message": "Place ID required."
      },
      {
        "code": 3,
        "message": "Place not found."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<location place_id=\"kH8dLOubBZRvX_YZ\" woeid=\"2487956\" \n                latitude=\"37.779\" longitude=\"-122.420\"\n                place_url=\"/United+States/California/San+Francisco\"\n                place_type=\"locality\">\n   <locality place_id=\"kH8dLOubBZRvX_YZ\" woeid=\"2487956\"\n                 latitude=\"37.779\" longitude=\"-122.420\" \n                 place_url=\"/United+States/California/San+Francisco\">San Francisco</locality>\n   <county place_id=\"hCca8XSYA5nn0X1Sfw\" woeid=\"12587707\"\n                 latitude=\"37.759\" longitude=\"-122.435\" \n                 place_url=\"/hCca8XSYA5nn0X1Sfw\">San Francisco</county>\n   <region place_id=\"SVrAMtCbAphCLAtP\" woeid=\"2347563\" \n                latitude=\"37.271\" longitude=\"-119.270\" \n                place_url=\"/United+States/California\">California</region>\n   <country place_id=\"4KO02SibApitvSBieQ\" woeid=\"23424977\"\n                  latitude=\"48.890\" longitude=\"-116.982\" \n                  place_url=\"/United+States\">United States</country>\n</location>",
    "example": [
      {
        "name": "location",
        "attrs": {
          "place_id": "kH8dLOubBZRvX_YZ",
          "woeid": "2487956",
          "latitude": "37.779",
          "longitude": "-122.420",
          "place_url": "/United+States/California/San+Francisco",
          "place_type": "locality"
        },
        "children": [
          {
            "name": "locality",
            "attrs": {
              "place_id": "kH8dLOubBZRvX_YZ",
              "woeid": "2487956",
              "latitude": "37.779",
              "longitude": "-122.420",
              "place_url": "/United+States/California/San+Francisco"
            },
            "text": "San Francisco"
          },
          {
            "name": "county",
            "attrs": {
              "place_id": "hCca8XSYA5nn0X1Sfw",
              "woeid": "12587707",
              "latitude": "37.759",
              "longitude": "-122.435",
              "place_url": "/hCca8XSYA5nn0X1Sfw"
            },
            "text": "San Francisco"
          },
          {
            "name": "region",
            "attrs": {
              "place_id": "SVrAMtCbAphCLAtP",
              "woeid": "2347563",
              "latitude": "37.271",
              "longitude": "-119.270",
              "place_url": "/United+States/California"
            },
            "text": "California"
          },
          {
            "name": "country",
            "attrs": {
              "place_id": "4KO02SibApitvSBieQ",
              "woeid": "23424977",
              "latitude": "48.890",
              "longitude": "-116.982",
              "place_url": "/United+States"
            },
            "text": "United States"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.resolvePlaceURL",
    "description": "Find Flickr Places information by Place URL. This method has been deprecated. It won't be removed but you should use flickr.places.getInfoByUrl instead.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "url",
        "optional": false,
        "description": "A Flickr Places URL. Flickr Place URLs are of the form /country/region/city"
      }
    ],
    "errors": [
      {
        "code": 2,
        "message": "Place URL required."
      },
      {
        "code": 3,
        "message": "Place not found."
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<location place_id=\"kH8dLOubBZRvX_YZ\" woeid=\"2487956\" \n                latitude=\"37.779\" longitude=\"-122.420\"\n                place_url=\"/United+States/California/San+Francisco\"\n                place_type=\"locality\">\n   <locality place_id=\"kH8dLOubBZRvX_YZ\" woeid=\"2487956\"\n                 latitude=\"37.779\" longitude=\"-122.420\" \n                 place_url=\"/United+States/California/San+Francisco\">San Francisco</locality>\n   <county place_id=\"hCca8XSYA5nn0X1Sfw\" woeid=\"12587707\"\n                 latitude=\"37.759\" longitude=\"-122.435\" \n                 place_url=\"/hCca8XSYA5nn0X1Sfw\">San Francisco</county>\n   <region place_id=\"SVrAMtCbAphCLAtP\" woeid=\"2347563\" \n                latitude=\"37.271\" longitude=\"-119.270\" \n                place_url=\"/United+States/California\">California</region>\n   <country place_id=\"4KO02SibApitvSBieQ\" woeid=\"23424977\"\n                  latitude=\"48.890\" longitude=\"-116.982\" \n                  place_url=\"/United+States\">United States</country>\n</location>",
    "example": [
      {
        "name": "location",
        "attrs": {
          "place_id": "kH8dLOubBZRvX_YZ",
          "woeid": "2487956",
          "latitude": "37.779",
          "longitude": "-122.420",
          "place_url": "/United+States/California/San+Francisco",
          "place_type": "locality"
        },
        "children": [
          {
            "name": "locality",
            "attrs": {
              "place_id": "kH8dLOubBZRvX_YZ",
              "woeid": "2487956",
              "latitude": "37.779",
              "longitude": "-122.420",
              "place_url": "/United+States/California/San+Francisco"
            },
            "text": "San Francisco"
          },
          {
            "name": "county",
            "attrs": {
              "place_id": "hCca8XSYA5nn0X1Sfw",
              "woeid": "12587707",
              "latitude": "37.759",
              "longitude": "-122.435",
              "place_url": "/hCca8XSYA5nn0X1Sfw"
            },
            "text": "San Francisco"
          },
          {
            "name": "region",
            "attrs": {
              "place_id": "SVrAMtCbAphCLAtP",
              "woeid": "2347563",
              "latitude": "37.271",
              "longitude": "-119.270",
              "place_url": "/United+States/California"
            },
            "text": "California"
          },
          {
            "name": "country",
            "attrs": {
              "place_id": "4KO02SibApitvSBieQ",
              "woeid": "23424977",
              "latitude": "48.890",
              "longitude": "-116.982",
              "place_url": "/United+States"
            },
            "text": "United States"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.places.tagsForPlace",
    "description": "Return a list of the top 100 unique tags for a Flickr Places or Where on Earth (WOE) ID",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "woe_id",
        "optional": true,
        "description": "A Where on Earth identifier to use to filter photo clusters. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      },
      {
        "name": "place_id",
        "optional": true,
        "description": "A Flickr Places identifier to use to filter photo clusters. (While optional, you must pass either a valid Places ID or a WOE ID.)"
      },
      {
        "name": "min_upload_date",
        "optional": true,
        "description": "Minimum upload date. Photos with an upload date greater than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "max_upload_date",
        "optional": true,
        "description": "Maximum upload date. Photos with an upload date less than or equal to this value will be returned. The date should be in the form of a unix timestamp."
      },
      {
        "name": "min_taken_date",
        "optional": true,
        "description": "Minimum taken date. Photos with an taken date greater than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      },
      {
        "name": "max_taken_date",
        "optional": true,
        "description": "Maximum taken date. Photos with an taken date less than or equal to this value will be returned. The date should be in the form of a mysql datetime."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Not a valid Places ID"
      },
      {
        "code": 3,
        "message": "Place not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<tags total=\"100\">\n   <tag count=\"31775\">montreal</tag>\n   <tag count=\"20585\">canada</tag>\n   <tag count=\"12319\">montréal</tag>\n   <tag count=\"12154\">quebec</tag>\n   <tag count=\"6471\">québec</tag>\n   <tag count=\"2173\">sylvainmichaud</tag>\n   <tag count=\"2091\">nikon</tag>\n   <tag count=\"1541\">lucbus</tag>\n   <tag count=\"1539\">music</tag>\n   <tag count=\"1479\">urban</tag>\n   <tag count=\"1425\">lucbussieres</tag>\n   <tag count=\"1419\">festival</tag>\n   <!-- and so on -->\n</tags>",
    "example": [
      {
        "name": "tags",
        "attrs": {
          "total": "100"
        },
        "children": [
          {
            "name": "tag",
            "attrs": {
              "count": "31775"
            },
            "text": "montreal"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "20585"
            },
            "text": "canada"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "12319"
            },
            "text": "montréal"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "12154"
            },
            "text": "quebec"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "6471"
            },
            "text": "québec"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "2173"
            },
            "text": "sylvainmichaud"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "2091"
            },
            "text": "nikon"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "1541"
            },
            "text": "lucbus"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "1539"
            },
            "text": "music"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "1479"
            },
            "text": "urban"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "1425"
            },
            "text": "lucbussieres"
          },
          {
            "name": "tag",
            "attrs": {
              "count": "1419"
            },
            "text": "festival"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.prefs.getContentType",
    "description": "Returns the default content type preference for the user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<person nsid=\"12037949754@N01\" content_type=\"1\" />\n</rsp>",
    "example": [
      {
        "name": "person",
        "attrs": {
          "nsid": "12037949754@N01",
          "content_type": "1"
        }
      }
    ]
  },
  {
    "name": "flickr.prefs.getGeoPerms",
    "description": "Returns the default privacy level for geographic information attached to the user's photos and whether or not the user has chosen to use geo-related EXIF information to automatically geotag their photos.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<person nsid=\"12037949754@N01\" geoperms=\"1\" importgeoexif=\"0\" />\n</rsp>",
    "example": [
      {
        "name": "person",
        "attrs": {
          "nsid": "12037949754@N01",
          "geoperms": "1",
          "importgeoexif": "0"
        }
      }
    ]
  },
  {
    "name": "flickr.prefs.getHidden",
    "description": "Returns the default hidden preference for the user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<person nsid=\"12037949754@N01\" hidden=\"1\" />\n</rsp>",
    "example": [
      {
        "name": "person",
        "attrs": {
          "nsid": "12037949754@N01",
          "hidden": "1"
        }
      }
    ]
  },
  {
    "name": "flickr.prefs.getPrivacy",
    "description": "Returns the default privacy level preference for the user. Possible values are: - 1 : Public - 2 : Friends only - 3 : Family only - 4 : Friends and Family - 5 : Private",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<person nsid=\"12037949754@N01\" privacy=\"1\" />\n</rsp>",
    "example": [
      {
        "name": "person",
        "attrs": {
          "nsid": "12037949754@N01",
          "privacy": "1"
        }
      }
    ]
  },
  {
    "name": "flickr.prefs.getSafetyLevel",
    "description": "Returns the default safety level preference for the user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<person nsid=\"12037949754@N01\" safety_level=\"1\" />\n</rsp>",
    "example": [
      {
        "name": "person",
        "attrs": {
          "nsid": "12037949754@N01",
          "safety_level": "1"
        }
      }
    ]
  },
  {
    "name": "flickr.profile.getProfile",
    "description": "Returns specified user's profile info, respecting profile privacy settings",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user to fetch profile information for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<profile\n    id=\"85826296@N00\"\n    nsid=\"85826296@N00\"\n    showcase_set=\"12357488850955295\"\n    first_name=\"Hal\"\n    last_name=\"Cenderson\"\n    description=\"This is me, this is my story\"\n    website=\"http://example.org\"\n    occupation=\"Super Conductor\"\n    hometown=\"Melbourne, Australia\"\n    city=\"San Francisco\"\n    country=\"USA\"\n/>",
    "example": [
      {
        "name": "profile",
        "attrs": {
          "id": "85826296@N00",
          "nsid": "85826296@N00",
          "showcase_set": "12357488850955295",
          "first_name": "Hal",
          "last_name": "Cenderson",
          "description": "This is me, this is my story",
          "website": "http://example.org",
          "occupation": "Super Conductor",
          "hometown": "Melbourne, Australia",
          "city": "San Francisco",
          "country": "USA"
        }
      }
    ]
  },
  {
    "name": "flickr.push.getSubscriptions",
    "description": "Returns a list of the subscriptions for the logged-in user. (this method is experimental and may change)",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 5,
        "message": "Service currently available only to pro accounts"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n  <subscriptions>\n    <subscription topic=\"contacts_photos\" callback=\"http://example.com/contacts_photos_endpoint?user=12345\" pending=\"0\" date_create=\"1309293755\" lease_seconds=\"0\" expiry=\"1309380155\" verify_attempts=\"0\" />\n    <subscription topic=\"contacts_faves\" callback=\"http://example.com/contacts_faves_endpoint?user=12345\" pending=\"0\" date_create=\"1309293785\" lease_seconds=\"0\" expiry=\"1309380185\" verify_attempts=\"0\" />\n  </subscriptions>\n</rsp>",
    "example": [
      {
        "name": "subscriptions",
        "children": [
          {
            "name": "subscription",
            "attrs": {
              "topic": "contacts_photos",
              "callback": "http://example.com/contacts_photos_endpoint?user=12345",
              "pending": "0",
              "date_create": "1309293755",
              "lease_seconds": "0",
              "expiry": "1309380155",
              "verify_attempts": "0"
            }
          },
          {
            "name": "subscription",
            "attrs": {
              "topic": "contacts_faves",
              "callback": "http://example.com/contacts_faves_endpoint?user=12345",
              "pending": "0",
              "date_create": "1309293785",
              "lease_seconds": "0",
              "expiry": "1309380185",
              "verify_attempts": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.push.getTopics",
    "description": "All the different flavours of anteater. (this method is experimental and may change)",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n  <topics>\n    <topic name=\"contacts_photos\" />\n    <topic name=\"contacts_faves\" />\n  </topics>\n</rsp>",
    "example": [
      {
        "name": "topics",
        "children": [
          {
            "name": "topic",
            "attrs": {
              "name": "contacts_photos"
            }
          },
          {
            "name": "topic",
            "attrs": {
              "name": "contacts_faves"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.push.subscribe",
    "description": "In ur pandas, tickling ur unicorn (this method is experimental and may change)",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "topic",
        "optional": false,
        "description": "The type of subscription. See flickr.push.getTopics."
      },
      {
        "name": "callback",
        "optional": false,
        "description": "The url for the subscription endpoint. Limited to 255 bytes, and must be unique for this user, i.e. no two subscriptions for a given user may use the same callback url."
      },
      {
        "name": "verify",
        "optional": false,
        "description": "The verification mode, either sync or async. See the Google PubSubHubbub spec for details."
      },
      {
        "name": "verify_token",
        "optional": true,
        "description": "The verification token to be echoed back to the subscriber during the verification callback, as per the Google PubSubHubbub spec. Limited to 200 bytes."
      },
      {
        "name": "lease_seconds",
        "optional": true,
        "description": "Number of seconds for which the subscription will be valid. Legal values are 60 to 86400 (1 minute to 1 day). If not present, the subscription will be auto-renewing."
      },
      {
        "name": "woe_ids",
        "optional": true,
        "description": "A 32-bit integer for a Where on Earth ID."
      },
      {
        "name": "place_ids",
        "optional": true,
        "description": "A comma-separated list of Flickr place IDs."
      },
      {
        "name": "lat",
        "optional": true,
        "description": "A latitude value, in decimal format. Only valid if topic is geo."
      },
      {
        "name": "lon",
        "optional": true,
        "description": "A longitude value, in decimal format. Only valid if topic is geo."
      },
      {
        "name": "radius",
        "optional": true,
        "description": "A radius value, in the units defined by radius_units."
      },
      {
        "name": "radius_units",
        "optional": true,
        "description": "Defines the units for the radius parameter."
      },
      {
        "name": "accuracy",
        "optional": true,
        "description": "Defines the minimum accuracy required for photos to be included in a subscription."
      },
      {
        "name": "nsids",
        "optional": true,
        "description": "A comma-separated list of nsids representing Flickr Commons institutions (see flickr.commons.getInstitutions)."
      },
      {
        "name": "tags",
        "optional": true,
        "description": "A comma-separated list of strings to be used for tag subscriptions. Photos with one or more of the tags listed will be included in the subscription. Only valid if the topic is tags."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Invalid parameter value"
      },
      {
        "code": 3,
        "message": "Callback URL already in use for a different subscription"
      },
      {
        "code": 4,
        "message": "Callback failed or invalid response"
      },
      {
        "code": 5,
        "message": "Service currently available only to pro accounts"
      },
      {
        "code": 6,
        "message": "Subscription awaiting verification callback response - try again later"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.push.unsubscribe",
    "description": "Why would you want to do this? (this method is experimental and may change)",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "topic",
        "optional": false,
        "description": "The type of subscription. See flickr.push.getTopics."
      },
      {
        "name": "callback",
        "optional": false,
        "description": "The url for the subscription endpoint (must be the same url as was used when creating the subscription)."
      },
      {
        "name": "verify",
        "optional": false,
        "description": "The verification mode, either 'sync' or 'async'. See the Google PubSubHubbub spec for details."
      },
      {
        "name": "verify_token",
        "optional": true,
        "description": "The verification token to be echoed back to the subscriber during the verification callback, as per the Google PubSubHubbub spec. Limited to 200 bytes."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Required parameter missing"
      },
      {
        "code": 2,
        "message": "Invalid parameter value"
      },
      {
        "code": 4,
        "message": "Callback failed or invalid response"
      },
      {
        "code": 6,
        "message": "Subscription awaiting verification callback response - try again later"
      },
      {
        "code": 7,
        "message": "Subscription not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.reflection.getMethodInfo",
    "description": "Returns information for a given flickr API method.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "method_name",
        "optional": false,
        "description": "The name of the method to fetch information for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Method not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<method name=\"flickr.fakeMethod\" needslogin=\"1\">\n\t<description>A fake method</description> \n\t<response>xml-response-example</response> \n\t<explanation>explanation of example response</explanation> \n\t<arguments>\n\t\t<argument name=\"api_key\" optional=\"0\">\n\t\t\tYou API application key.</argument> \n\t\t<argument name=\"color\" optional=\"1\">\n\t\t\tYour favorite color.</argument> \n\t</arguments>\n\t<errors>\n\t\t<error code=\"1\" message=\"Photo not found\">\n\t\t\tFull explanation...</error> \n\t\t<error code=\"100\" message=\"Invalid API Key\">\n\t\t\tFull explanation...</error> \n\t</errors>\n</method>\n",
    "example": [
      {
        "name": "method",
        "attrs": {
          "name": "flickr.fakeMethod",
          "needslogin": "1"
        },
        "children": [
          {
            "name": "description",
            "text": "A fake method"
          },
          {
            "name": "response",
            "text": "xml-response-example"
          },
          {
            "name": "explanation",
            "text": "explanation of example response"
          },
          {
            "name": "arguments",
            "children": [
              {
                "name": "argument",
                "attrs": {
                  "name": "api_key",
                  "optional": "0"
                },
                "text": "You API application key."
              },
              {
                "name": "argument",
                "attrs": {
                  "name": "color",
                  "optional": "1"
                },
                "text": "Your favorite color."
              }
            ]
          },
          {
            "name": "errors",
            "children": [
              {
                "name": "error",
                "attrs": {
                  "code": "1",
                  "message": "Photo not found"
                },
                "text": "Full explanation..."
              },
              {
                "name": "error",
                "attrs": {
                  "code": "100",
                  "message": "Invalid API Key"
                },
                "text": "Full explanation..."
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.reflection.getMethods",
    "description": "Returns a list of available flickr API methods.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<methods>\n\t<method>flickr.blogs.getList</method>\n\t<method>flickr.blogs.postPhoto</method>\n\t<method>flickr.contacts.getList</method>\n\t<method>flickr.contacts.getPublicList</method>\n</methods>",
    "example": [
      {
        "name": "methods",
        "children": [
          {
            "name": "method",
            "text": "flickr.blogs.getList"
          },
          {
            "name": "method",
            "text": "flickr.blogs.postPhoto"
          },
          {
            "name": "method",
            "text": "flickr.contacts.getList"
          },
          {
            "name": "method",
            "text": "flickr.contacts.getPublicList"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getCSVFiles",
    "description": "Returns a list of URLs for text files containing all your stats data (from November 26th 2007 onwards) for the currently auth'd user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<stats> \n   <csvfiles> \n      <csv href=\"http://farm4.static.flickr.com/3496/stats/72157623902771865_faaa.csv\" type=\"daily\" date=\"2010-04-01\" /> \n      <csv href=\"http://farm4.static.flickr.com/3376/stats/72157624027152370_fbbb.csv\" type=\"monthly\" date=\"2010-04-01\" /> \n      <csv href=\"http://farm5.static.flickr.com/4006/stats/72157623627769689_fccc.csv\" type=\"daily\" date=\"2010-03-01\" /> \n      ....\n    </csvfiles> \n</stats>",
    "example": [
      {
        "name": "stats",
        "children": [
          {
            "name": "csvfiles",
            "children": [
              {
                "name": "csv",
                "attrs": {
                  "href": "http://farm4.static.flickr.com/3496/stats/72157623902771865_faaa.csv",
                  "type": "daily",
                  "date": "2010-04-01"
                }
              },
              {
                "name": "csv",
                "attrs": {
                  "href": "http://farm4.static.flickr.com/3376/stats/72157624027152370_fbbb.csv",
                  "type": "monthly",
                  "date": "2010-04-01"
                }
              },
              {
                "name": "csv",
                "attrs": {
                  "href": "http://farm5.static.flickr.com/4006/stats/72157623627769689_fccc.csv",
                  "type": "daily",
                  "date": "2010-03-01"
                }
              }
            ],
            "text": "...."
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getCollectionDomains",
    "description": "Get a list of referring domains for a collection",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "collection_id",
        "optional": true,
        "description": "The id of the collection to get stats for. If not provided, stats for all collections will be returned."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of domains to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Collection not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<domains page=\"1\" perpage=\"25\" pages=\"1\" total=\"3\">\n\t<domain name=\"images.search.yahoo.com\" views=\"127\" />\n\t<domain name=\"flickr.com\" views=\"122\" />\n\t<domain name=\"images.google.com\" views=\"70\" />\n</domains>\n",
    "example": [
      {
        "name": "domains",
        "attrs": {
          "page": "1",
          "perpage": "25",
          "pages": "1",
          "total": "3"
        },
        "children": [
          {
            "name": "domain",
            "attrs": {
              "name": "images.search.yahoo.com",
              "views": "127"
            }
          },
          {
            "name": "domain",
            "attrs": {
              "name": "flickr.com",
              "views": "122"
            }
          },
          {
            "name": "domain",
            "attrs": {
              "name": "images.google.com",
              "views": "70"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getCollectionReferrers",
    "description": "Get a list of referrers from a given domain to a collection",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "domain",
        "optional": false,
        "description": "The domain to return referrers for. This should be a hostname (eg: \"flickr.com\") with no protocol or pathname."
      },
      {
        "name": "collection_id",
        "optional": true,
        "description": "The id of the collection to get stats for. If not provided, stats for all collections will be returned."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of referrers to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Collection not found"
      },
      {
        "code": 5,
        "message": "Invalid domain"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<domain page=\"1\" perpage=\"25\" pages=\"1\" total=\"3\" name=\"flickr.com\">\n\t<referrer url=\"http://flickr.com/\" views=\"11\"/>\n\t<referrer url=\"http://flickr.com/photos/friends/\" views=\"8\"/>\n\t<referrer url=\"http://flickr.com/search/?q=stats+api\" views=\"2\" searchterm=\"stats api\"/>\n</domain>\n",
    "example": [
      {
        "name": "domain",
        "attrs": {
          "page": "1",
          "perpage": "25",
          "pages": "1",
          "total": "3",
          "name": "flickr.com"
        },
        "children": [
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/",
              "views": "11"
            }
          },
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/photos/friends/",
              "views": "8"
            }
          },
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/search/?q=stats+api",
              "views": "2",
              "searchterm": "stats api"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getCollectionStats",
    "description": "Get the number of views on a collection for a given date.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "collection_id",
        "optional": false,
        "description": "The id of the collection to get stats for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Collection not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<stats views=\"24\" />",
    "example": [
      {
        "name": "stats",
        "attrs": {
          "views": "24"
        }
      }
    ]
  },
  {
    "name": "flickr.stats.getMostPopularPhotoDateRange",
    "description": "Get the most popular photo for each day given a day range",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date_until",
        "optional": false,
        "description": "The date until which the data should be fetched from, in the YYYY-MM-DD format"
      },
      {
        "name": "num_days",
        "optional": false,
        "description": "The number of days to go back from the date_until param"
      },
      {
        "name": "sort",
        "optional": true,
        "description": "What type of stats to grab (views, favorites, or comments)"
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotoDomains",
    "description": "Get a list of referring domains for a photo",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "photo_id",
        "optional": true,
        "description": "The id of the photo to get stats for. If not provided, stats for all photos will be returned."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of domains to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Photo not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<domains page=\"1\" perpage=\"25\" pages=\"1\" total=\"3\">\n\t<domain name=\"images.search.yahoo.com\" views=\"127\" />\n\t<domain name=\"flickr.com\" views=\"122\" />\n\t<domain name=\"images.google.com\" views=\"70\" />\n</domains>\n",
    "example": [
      {
        "name": "domains",
        "attrs": {
          "page": "1",
          "perpage": "25",
          "pages": "1",
          "total": "3"
        },
        "children": [
          {
            "name": "domain",
            "attrs": {
              "name": "images.search.yahoo.com",
              "views": "127"
            }
          },
          {
            "name": "domain",
            "attrs": {
              "name": "flickr.com",
              "views": "122"
            }
          },
          {
            "name": "domain",
            "attrs": {
              "name": "images.google.com",
              "views": "70"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotoReferrers",
    "description": "Get a list of referrers from a given domain to a photo",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "domain",
        "optional": false,
        "description": "The domain to return referrers for. This should be a hostname (eg: \"flickr.com\") with no protocol or pathname."
      },
      {
        "name": "photo_id",
        "optional": true,
        "description": "The id of the photo to get stats for. If not provided, stats for all photos will be returned."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of referrers to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Photo not found"
      },
      {
        "code": 5,
        "message": "Invalid domain"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<domain page=\"1\" perpage=\"25\" pages=\"1\" total=\"3\" name=\"flickr.com\">\n\t<referrer url=\"http://flickr.com/\" views=\"11\"/>\n\t<referrer url=\"http://flickr.com/photos/friends/\" views=\"8\"/>\n\t<referrer url=\"http://flickr.com/search/?q=stats+api\" views=\"2\" searchterm=\"stats api\"/>\n</domain>",
    "example": [
      {
        "name": "domain",
        "attrs": {
          "page": "1",
          "perpage": "25",
          "pages": "1",
          "total": "3",
          "name": "flickr.com"
        },
        "children": [
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/",
              "views": "11"
            }
          },
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/photos/friends/",
              "views": "8"
            }
          },
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/search/?q=stats+api",
              "views": "2",
              "searchterm": "stats api"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotoStats",
    "description": "Get the number of views, comments and favorites on a photo for a given date.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to get stats for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Photo not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<stats views=\"24\" comments=\"4\" favorites=\"1\"/>",
    "example": [
      {
        "name": "stats",
        "attrs": {
          "views": "24",
          "comments": "4",
          "favorites": "1"
        }
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotosetDomains",
    "description": "Get a list of referring domains for a photoset",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "photoset_id",
        "optional": true,
        "description": "The id of the photoset to get stats for. If not provided, stats for all sets will be returned."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of domains to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Photoset not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<domains page=\"1\" perpage=\"25\" pages=\"1\" total=\"3\">\n\t<domain name=\"images.search.yahoo.com\" views=\"127\" />\n\t<domain name=\"flickr.com\" views=\"122\" />\n\t<domain name=\"images.google.com\" views=\"70\" />\n</domains>\n",
    "example": [
      {
        "name": "domains",
        "attrs": {
          "page": "1",
          "perpage": "25",
          "pages": "1",
          "total": "3"
        },
        "children": [
          {
            "name": "domain",
            "attrs": {
              "name": "images.search.yahoo.com",
              "views": "127"
            }
          },
          {
            "name": "domain",
            "attrs": {
              "name": "flickr.com",
              "views": "122"
            }
          },
          {
            "name": "domain",
            "attrs": {
              "name": "images.google.com",
              "views": "70"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotosetReferrers",
    "description": "Get a list of referrers from a given domain to a photoset",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "domain",
        "optional": false,
        "description": "The domain to return referrers for. This should be a hostname (eg: \"flickr.com\") with no protocol or pathname."
      },
      {
        "name": "photoset_id",
        "optional": true,
        "description": "The id of the photoset to get stats for. If not provided, stats for all sets will be returned."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of referrers to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Photoset not found"
      },
      {
        "code": 5,
        "message": "Invalid domain"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<domain page=\"1\" perpage=\"25\" pages=\"1\" total=\"3\" name=\"flickr.com\">\n\t<referrer url=\"http://flickr.com/\" views=\"11\"/>\n\t<referrer url=\"http://flickr.com/photos/friends/\" views=\"8\"/>\n\t<referrer url=\"http://flickr.com/search/?q=stats+api\" views=\"2\" searchterm=\"stats api\"/>\n</domain>",
    "example": [
      {
        "name": "domain",
        "attrs": {
          "page": "1",
          "perpage": "25",
          "pages": "1",
          "total": "3",
          "name": "flickr.com"
        },
        "children": [
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/",
              "views": "11"
            }
          },
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/photos/friends/",
              "views": "8"
            }
          },
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/search/?q=stats+api",
              "views": "2",
              "searchterm": "stats api"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotosetStats",
    "description": "Get the number of views on a photoset for a given date.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "photoset_id",
        "optional": false,
        "description": "The id of the photoset to get stats for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 4,
        "message": "Photoset not found"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<stats views=\"24\" comments=\"1\" />",
    "example": [
      {
        "name": "stats",
        "attrs": {
          "views": "24",
          "comments": "1"
        }
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotostreamDomains",
    "description": "Get a list of referring domains for a photostream",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of domains to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100"
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<domains page=\"1\" perpage=\"25\" pages=\"1\" total=\"3\">\n\t<domain name=\"images.search.yahoo.com\" views=\"127\" />\n\t<domain name=\"flickr.com\" views=\"122\" />\n\t<domain name=\"images.google.com\" views=\"70\" />\n</domains>\n",
    "example": [
      {
        "name": "domains",
        "attrs": {
          "page": "1",
          "perpage": "25",
          "pages": "1",
          "total": "3"
        },
        "children": [
          {
            "name": "domain",
            "attrs": {
              "name": "images.search.yahoo.com",
              "views": "127"
            }
          },
          {
            "name": "domain",
            "attrs": {
              "name": "flickr.com",
              "views": "122"
            }
          },
          {
            "name": "domain",
            "attrs": {
              "name": "images.google.com",
              "views": "70"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotostreamReferrers",
    "description": "Get a list of referrers from a given domain to a user's photostream",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "domain",
        "optional": false,
        "description": "The domain to return referrers for. This should be a hostname (eg: \"flickr.com\") with no protocol or pathname."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of referrers to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 5,
        "message": "Invalid domain"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<domain page=\"1\" perpage=\"25\" pages=\"1\" total=\"3\" name=\"flickr.com\">\n\t<referrer url=\"http://flickr.com/\" views=\"11\"/>\n\t<referrer url=\"http://flickr.com/photos/friends/\" views=\"8\"/>\n\t<referrer url=\"http://flickr.com/search/?q=stats+api\" views=\"2\" searchterm=\"stats api\"/>\n</domain>",
    "example": [
      {
        "name": "domain",
        "attrs": {
          "page": "1",
          "perpage": "25",
          "pages": "1",
          "total": "3",
          "name": "flickr.com"
        },
        "children": [
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/",
              "views": "11"
            }
          },
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/photos/friends/",
              "views": "8"
            }
          },
          {
            "name": "referrer",
            "attrs": {
              "url": "http://flickr.com/search/?q=stats+api",
              "views": "2",
              "searchterm": "stats api"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getPhotostreamStats",
    "description": "Get the number of views on a user's photostream for a given date.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": false,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<stats views=\"24\" />",
    "example": [
      {
        "name": "stats",
        "attrs": {
          "views": "24"
        }
      }
    ]
  },
  {
    "name": "flickr.stats.getPopularPhotos",
    "description": "List the photos with the most views, comments or favorites",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": true,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      },
      {
        "name": "sort",
        "optional": true,
        "description": "The order in which to sort returned photos. Defaults to views. The possible values are views, comments and favorites. Other sort options are available through flickr.photos.search."
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of referrers to return per page. If this argument is omitted, it defaults to 25. The maximum allowed value is 100."
      },
      {
        "name": "page",
        "optional": true,
        "description": "The page of results to return. If this argument is omitted, it defaults to 1."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 5,
        "message": "Invalid sort"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photos page=\"2\" pages=\"89\" perpage=\"10\" total=\"881\">\n\t<photo id=\"2636\" owner=\"47058503995@N01\" \n\t\tsecret=\"a123456\" server=\"2\" title=\"test_04\"\n\t\tispublic=\"1\" isfriend=\"0\" isfamily=\"0\">\n\t\t<stats views=\"941\" comments=\"18\" favorites=\"2\"/>\n\t</photo>\n\t<photo id=\"2635\" owner=\"47058503995@N01\"\n\t\tsecret=\"b123456\" server=\"2\" title=\"test_03\"\n\t\tispublic=\"0\" isfriend=\"1\" isfamily=\"1\">\n\t\t<stats views=\"141\" comments=\"1\" favorites=\"2\"/>\n\t</photo>\n</photos>",
    "example": [
      {
        "name": "photos",
        "attrs": {
          "page": "2",
          "pages": "89",
          "perpage": "10",
          "total": "881"
        },
        "children": [
          {
            "name": "photo",
            "attrs": {
              "id": "2636",
              "owner": "47058503995@N01",
              "secret": "a123456",
              "server": "2",
              "title": "test_04",
              "ispublic": "1",
              "isfriend": "0",
              "isfamily": "0"
            },
            "children": [
              {
                "name": "stats",
                "attrs": {
                  "views": "941",
                  "comments": "18",
                  "favorites": "2"
                }
              }
            ]
          },
          {
            "name": "photo",
            "attrs": {
              "id": "2635",
              "owner": "47058503995@N01",
              "secret": "b123456",
              "server": "2",
              "title": "test_03",
              "ispublic": "0",
              "isfriend": "1",
              "isfamily": "1"
            },
            "children": [
              {
                "name": "stats",
                "attrs": {
                  "views": "141",
                  "comments": "1",
                  "favorites": "2"
                }
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.stats.getTotalViews",
    "description": "Get the overall view counts for an account",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "date",
        "optional": true,
        "description": "Stats will be returned for this date. This should be in either be in YYYY-MM-DD or unix timestamp format."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User does not have stats"
      },
      {
        "code": 2,
        "message": "No stats for that date"
      },
      {
        "code": 3,
        "message": "Invalid date"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<stats>\n\t<total views=\"469\" />\n\t<photos views=\"386\" />\n\t<photostream views=\"72\" />\n\t<sets views=\"11\" />\n\t<collections views=\"0\" />\n</stats>",
    "example": [
      {
        "name": "stats",
        "children": [
          {
            "name": "total",
            "attrs": {
              "views": "469"
            }
          },
          {
            "name": "photos",
            "attrs": {
              "views": "386"
            }
          },
          {
            "name": "photostream",
            "attrs": {
              "views": "72"
            }
          },
          {
            "name": "sets",
            "attrs": {
              "views": "11"
            }
          },
          {
            "name": "collections",
            "attrs": {
              "views": "0"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.tags.getClusterPhotos",
    "description": "Returns the first 24 photos for a given tag cluster",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "tag",
        "optional": false,
        "description": "The tag that this cluster belongs to."
      },
      {
        "name": "cluster_id",
        "optional": false,
        "description": "The top three tags for the cluster, separated by dashes (just like the url)."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.tags.getClusters",
    "description": "Gives you a list of tag clusters for the given tag.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "tag",
        "optional": false,
        "description": "The tag to fetch clusters for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Tag cluster not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<clusters source=\"cows\" total=\"2\">\n\t<cluster total=\"3\">\n\t\t<tag>farm</tag>\n\t\t<tag>animals</tag>\n\t\t<tag>cattle</tag>\n\t</cluster>\n\t<cluster total=\"3\">\n\t\t<tag>green</tag>\n\t\t<tag>landscape</tag>\n\t\t<tag>countryside</tag>\n\t</cluster>\n</clusters>",
    "example": [
      {
        "name": "clusters",
        "attrs": {
          "source": "cows",
          "total": "2"
        },
        "children": [
          {
            "name": "cluster",
            "attrs": {
              "total": "3"
            },
            "children": [
              {
                "name": "tag",
                "text": "farm"
              },
              {
                "name": "tag",
                "text": "animals"
              },
              {
                "name": "tag",
                "text": "cattle"
              }
            ]
          },
          {
            "name": "cluster",
            "attrs": {
              "total": "3"
            },
            "children": [
              {
                "name": "tag",
                "text": "green"
              },
              {
                "name": "tag",
                "text": "landscape"
              },
              {
                "name": "tag",
                "text": "countryside"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.tags.getHotList",
    "description": "Returns a list of hot tags for the given period.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "period",
        "optional": true,
        "description": "The period for which to fetch hot tags. Valid values are day and week (defaults to day)."
      },
      {
        "name": "count",
        "optional": true,
        "description": "The number of tags to return. Defaults to 20. Maximum allowed value is 200."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid period"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<hottags period=\"day\" count=\"6\">\n\t<tag score=\"20\">northerncalifornia</tag>\n\t<tag score=\"18\">top20</tag>\n\t<tag score=\"15\">keychain</tag>\n\t<tag score=\"10\">zb</tag>\n\t<tag score=\"9\">selfportraittuesday</tag>\n\t<tag score=\"4\">jan06</tag>\n</hottags>",
    "example": [
      {
        "name": "hottags",
        "attrs": {
          "period": "day",
          "count": "6"
        },
        "children": [
          {
            "name": "tag",
            "attrs": {
              "score": "20"
            },
            "text": "northerncalifornia"
          },
          {
            "name": "tag",
            "attrs": {
              "score": "18"
            },
            "text": "top20"
          },
          {
            "name": "tag",
            "attrs": {
              "score": "15"
            },
            "text": "keychain"
          },
          {
            "name": "tag",
            "attrs": {
              "score": "10"
            },
            "text": "zb"
          },
          {
            "name": "tag",
            "attrs": {
              "score": "9"
            },
            "text": "selfportraittuesday"
          },
          {
            "name": "tag",
            "attrs": {
              "score": "4"
            },
            "text": "jan06"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.tags.getListPhoto",
    "description": "Get the tag list for a given photo.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "photo_id",
        "optional": false,
        "description": "The id of the photo to return tags for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Photo not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<photo id=\"2619\">\n\t<tags>\n\t\t<tag id=\"156\" author=\"12037949754@N01\"\n\t\t\tauthorname=\"Bees\" raw=\"tag 1\">tag1</tag> \n\t\t<tag id=\"157\" author=\"12037949754@N01\"\n\t\t\tauthorname=\"Bees\" raw=\"tag 2\">tag2</tag> \n\t</tags>\n</photo>",
    "example": [
      {
        "name": "photo",
        "attrs": {
          "id": "2619"
        },
        "children": [
          {
            "name": "tags",
            "children": [
              {
                "name": "tag",
                "attrs": {
                  "id": "156",
                  "author": "12037949754@N01",
                  "authorname": "Bees",
                  "raw": "tag 1"
                },
                "text": "tag1"
              },
              {
                "name": "tag",
                "attrs": {
                  "id": "157",
                  "author": "12037949754@N01",
                  "authorname": "Bees",
                  "raw": "tag 2"
                },
                "text": "tag2"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.tags.getListUser",
    "description": "Get the tag list for a given user (or the currently logged in user).",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The NSID of the user to fetch the tag list for. If this argument is not specified, the currently logged in user (if any) is assumed."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<who id=\"12037949754@N01\">\n\t<tags>\n\t\t<tag>gull</tag> \n\t\t<tag>tag1</tag> \n\t\t<tag>tag2</tag> \n\t\t<tag>tags</tag> \n\t\t<tag>test</tag> \n\t</tags>\n</who>",
    "example": [
      {
        "name": "who",
        "attrs": {
          "id": "12037949754@N01"
        },
        "children": [
          {
            "name": "tags",
            "children": [
              {
                "name": "tag",
                "text": "gull"
              },
              {
                "name": "tag",
                "text": "tag1"
              },
              {
                "name": "tag",
                "text": "tag2"
              },
              {
                "name": "tag",
                "text": "tags"
              },
              {
                "name": "tag",
                "text": "test"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.tags.getListUserPopular",
    "description": "Get the popular tags for a given user (or the currently logged in user).",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The NSID of the user to fetch the tag list for. If this argument is not specified, the currently logged in user (if any) is assumed."
      },
      {
        "name": "count",
        "optional": true,
        "description": "Number of popular tags to return. defaults to 10 when this argument is not present."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<who id=\"12037949754@N01\">\n\t<tags>\n\t\t<tag count=\"10\">bar</tag> \n\t\t<tag count=\"11\">foo</tag> \n\t\t<tag count=\"147\">gull</tag> \n\t\t<tag count=\"3\">tags</tag> \n\t\t<tag count=\"3\">test</tag> \n\t</tags>\n</who>",
    "example": [
      {
        "name": "who",
        "attrs": {
          "id": "12037949754@N01"
        },
        "children": [
          {
            "name": "tags",
            "children": [
              {
                "name": "tag",
                "attrs": {
                  "count": "10"
                },
                "text": "bar"
              },
              {
                "name": "tag",
                "attrs": {
                  "count": "11"
                },
                "text": "foo"
              },
              {
                "name": "tag",
                "attrs": {
                  "count": "147"
                },
                "text": "gull"
              },
              {
                "name": "tag",
                "attrs": {
                  "count": "3"
                },
                "text": "tags"
              },
              {
                "name": "tag",
                "attrs": {
                  "count": "3"
                },
                "text": "test"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.tags.getListUserRaw",
    "description": "Get the raw versions of a given tag (or all tags) for the currently logged-in user.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "tag",
        "optional": true,
        "description": "The tag you want to retrieve all raw versions for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<who id=\"12037949754@N01\">\n    <tags>\n        <tag clean=\"foo\">\n            <raw>foo</raw>\n            <raw>Foo</raw>\n            <raw>f:oo</raw>\n        </tag>\n    </tags>\n</who>",
    "example": [
      {
        "name": "who",
        "attrs": {
          "id": "12037949754@N01"
        },
        "children": [
          {
            "name": "tags",
            "children": [
              {
                "name": "tag",
                "attrs": {
                  "clean": "foo"
                },
                "children": [
                  {
                    "name": "raw",
                    "text": "foo"
                  },
                  {
                    "name": "raw",
                    "text": "Foo"
                  },
                  {
                    "name": "raw",
                    "text": "f:oo"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.tags.getMostFrequentlyUsed",
    "description": "Returns a list of most frequently used tags for a user.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n<who id=\"30135021@N05\">\n\t<tags>\n\t\t<tag count=\"1\">blah</tag>\n\t\t<tag count=\"5\">publicdomain</tag>\n\t</tags>\n</who>\n</rsp>",
    "example": [
      {
        "name": "who",
        "attrs": {
          "id": "30135021@N05"
        },
        "children": [
          {
            "name": "tags",
            "children": [
              {
                "name": "tag",
                "attrs": {
                  "count": "1"
                },
                "text": "blah"
              },
              {
                "name": "tag",
                "attrs": {
                  "count": "5"
                },
                "text": "publicdomain"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.tags.getRelated",
    "description": "Returns a list of tags 'related' to the given tag, based on clustered usage analysis.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "tag",
        "optional": false,
        "description": "The tag to fetch related tags for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Tag not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<tags source=\"london\">\n\t<tag>england</tag>\n\t<tag>thames</tag>\n\t<tag>tube</tag>\n\t<tag>bigben</tag>\n\t<tag>uk</tag>\n</tags>\n",
    "example": [
      {
        "name": "tags",
        "attrs": {
          "source": "london"
        },
        "children": [
          {
            "name": "tag",
            "text": "england"
          },
          {
            "name": "tag",
            "text": "thames"
          },
          {
            "name": "tag",
            "text": "tube"
          },
          {
            "name": "tag",
            "text": "bigben"
          },
          {
            "name": "tag",
            "text": "uk"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.test.echo",
    "description": "A testing method which echo's all parameters back in the response.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<method>echo</method>\n<foo>bar</foo>",
    "example": [
      {
        "name": "method",
        "text": "echo"
      },
      {
        "name": "foo",
        "text": "bar"
      }
    ]
  },
  {
    "name": "flickr.test.login",
    "description": "A testing method which checks if the caller is logged in then returns their username.",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<user id=\"12037949754@N01\">\n\t<username>Bees</username> \n</user>\n",
    "example": [
      {
        "name": "user",
        "attrs": {
          "id": "12037949754@N01"
        },
        "children": [
          {
            "name": "username",
            "text": "Bees"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.test.null",
    "description": "Null test",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      }
    ],
    "errors": [
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.addTestimonial",
    "description": "Write a new testimonial",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "ID of the user the testimonial is about"
      },
      {
        "name": "testimonial_text",
        "optional": false,
        "description": "The text of the testimonial. HTML/BBCode is not accepted"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Unable to save testimonial"
      },
      {
        "code": 3,
        "message": "Failed to read back testimonial ID"
      },
      {
        "code": 4,
        "message": "Testimonial already written for this user"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n    <testimonial id=\"72157659275062162\" date_create=\"1491516194\" date_approved=\"0\" approved=\"0\" body=\"great photographer!\">\n        <by_user nsid=\"45937598@N01\" path_alias=\"\" username=\"john\" ispro=\"1\" is_ad_free=\"0\" realname=\"john nelson\"/>\n        <about_user nsid=\"516314214@N05\" path_alias=\"stpaul\" username=\"paul\" ispro=\"0\" is_ad_free=\"0\" realname=\"paul peterson\"/>\n    </testimonial>\n</rsp>",
    "example": [
      {
        "name": "testimonial",
        "attrs": {
          "id": "72157659275062162",
          "date_create": "1491516194",
          "date_approved": "0",
          "approved": "0",
          "body": "great photographer!"
        },
        "children": [
          {
            "name": "by_user",
            "attrs": {
              "nsid": "45937598@N01",
              "path_alias": "",
              "username": "john",
              "ispro": "1",
              "is_ad_free": "0",
              "realname": "john nelson"
            }
          },
          {
            "name": "about_user",
            "attrs": {
              "nsid": "516314214@N05",
              "path_alias": "stpaul",
              "username": "paul",
              "ispro": "0",
              "is_ad_free": "0",
              "realname": "paul peterson"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.testimonials.approveTestimonial",
    "description": "Approve a testimonial that has been written about the currently loggedin user",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "testimonial_id",
        "optional": false,
        "description": "ID of the testimonial to approve"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Testimonial not found"
      },
      {
        "code": 3,
        "message": "Testimonial already approved"
      },
      {
        "code": 4,
        "message": "Failed to approve testimonial"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.deleteTestimonial",
    "description": "Permanently delete a testimonial. The loggedin user must be either the author or recipient of the testimonial",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "testimonial_id",
        "optional": false,
        "description": ""
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Testimonial not found"
      },
      {
        "code": 4,
        "message": "Failed to delete testimonial"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.editTestimonial",
    "description": "Change the text of a testimonial. The loggedin user must be the author of the existing testimonial. Editing a testimonial will mark it as pending and will require it to be re-approved by the recipient before appearing on their profile",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "write",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "The NSID of the user the testimonial is about"
      },
      {
        "name": "testimonial_id",
        "optional": false,
        "description": "The ID of the testimonial to edit"
      },
      {
        "name": "testimonial_text",
        "optional": false,
        "description": "The text of the testimonial. HTML/BBCode is not accepted"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Testimonial not found"
      },
      {
        "code": 3,
        "message": "Failed to read back testimonial"
      },
      {
        "code": 4,
        "message": "Unable to save testimonial"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<rsp stat=\"ok\">\n    <testimonial id=\"72157659275062162\" date_create=\"1491516194\" date_approved=\"0\" approved=\"0\" body=\"great photographer!\">\n        <by_user nsid=\"45937598@N01\" path_alias=\"\" username=\"john\" ispro=\"1\" is_ad_free=\"0\" realname=\"john nelson\"/>\n        <about_user nsid=\"516314214@N05\" path_alias=\"stpaul\" username=\"paul\" ispro=\"0\" is_ad_free=\"0\" realname=\"paul peterson\"/>\n    </testimonial>\n</rsp>",
    "example": [
      {
        "name": "testimonial",
        "attrs": {
          "id": "72157659275062162",
          "date_create": "1491516194",
          "date_approved": "0",
          "approved": "0",
          "body": "great photographer!"
        },
        "children": [
          {
            "name": "by_user",
            "attrs": {
              "nsid": "45937598@N01",
              "path_alias": "",
              "username": "john",
              "ispro": "1",
              "is_ad_free": "0",
              "realname": "john nelson"
            }
          },
          {
            "name": "about_user",
            "attrs": {
              "nsid": "516314214@N05",
              "path_alias": "stpaul",
              "username": "paul",
              "ispro": "0",
              "is_ad_free": "0",
              "realname": "paul peterson"
            }
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.testimonials.getAllTestimonialsAbout",
    "description": "Get all testimonials (pending and approved) written about the given user",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "page",
        "optional": true,
        "description": "Page number. Default is 0"
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of testimonials to return per page. Default is 10, maximum is 50"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.getAllTestimonialsAboutBy",
    "description": "Get the testimonial by the currently logged-in user about the given user, regardless of approval status. Note that at most 1 testimonial will be returned",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "ID of the user to get testimonials about"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "user_id"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.getAllTestimonialsBy",
    "description": "Get all testimonials (pending and approved) written by the given user",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "page",
        "optional": true,
        "description": "Page number. Default is 0"
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of testimonials to return per page. Default is 10, maximum is 50"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.getPendingTestimonialsAbout",
    "description": "Get all pending testimonials written about the given user",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "page",
        "optional": true,
        "description": "Page number. Default is 0"
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of testimonials to return per page. Default is 10, maximum is 50"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.getPendingTestimonialsAboutBy",
    "description": "Get the pending testimonial by the currently logged-in user about the given user. Note that at most 1 testimonial will be returned",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "ID of the user to get testimonials about"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.getPendingTestimonialsBy",
    "description": "Get all pending testimonials written by the given user",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "page",
        "optional": true,
        "description": "Page number. Default is 0"
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of testimonials to return per page. Default is 10, maximum is 50"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.getTestimonialsAbout",
    "description": "Get approved testimonials about the given user",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "ID of the user to get testimonials about"
      },
      {
        "name": "page",
        "optional": true,
        "description": "Page number. Default is 0"
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of testimonials to return per page. Default is 10, maximum is 50"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.getTestimonialsAboutBy",
    "description": "Get the approved testimonial by the currently logged-in user about the given user. Note that at most 1 testimonial will be returned",
    "needslogin": true,
    "needssigning": true,
    "requiredperms": "read",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "ID of the user to get testimonials about"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 95,
        "message": "SSL is required"
      },
      {
        "code": 96,
        "message": "Invalid signature"
      },
      {
        "code": 97,
        "message": "Missing signature"
      },
      {
        "code": 98,
        "message": "Login failed / Invalid auth token"
      },
      {
        "code": 99,
        "message": "User not logged in / Insufficient permissions"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.testimonials.getTestimonialsBy",
    "description": "Get approved testimonials written by the given user",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": false,
        "description": "ID of the user to get testimonials written by"
      },
      {
        "name": "page",
        "optional": true,
        "description": "Page number. Default is 0"
      },
      {
        "name": "per_page",
        "optional": true,
        "description": "Number of testimonials to return per page. Default is 10, maximum is 50"
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Invalid NSID provided"
      },
      {
        "code": 2,
        "message": "Invalid status value provided"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ]
  },
  {
    "name": "flickr.urls.getGroup",
    "description": "Returns the url to a group's page.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "group_id",
        "optional": false,
        "description": "The NSID of the group to fetch the url for."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Group not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<group nsid=\"48508120860@N01\" url=\"http://www.flickr.com/groups/test1/\" /> ",
    "example": [
      {
        "name": "group",
        "attrs": {
          "nsid": "48508120860@N01",
          "url": "http://www.flickr.com/groups/test1/"
        }
      }
    ]
  },
  {
    "name": "flickr.urls.getUserPhotos",
    "description": "Returns the url to a user's photos.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The NSID of the user to fetch the url for. If omitted, the calling user is assumed."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 2,
        "message": "No user specified"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<user nsid=\"12037949754@N01\" url=\"http://www.flickr.com/photos/bees/\" />",
    "example": [
      {
        "name": "user",
        "attrs": {
          "nsid": "12037949754@N01",
          "url": "http://www.flickr.com/photos/bees/"
        }
      }
    ]
  },
  {
    "name": "flickr.urls.getUserProfile",
    "description": "Returns the url to a user's profile.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "user_id",
        "optional": true,
        "description": "The NSID of the user to fetch the url for. If omitted, the calling user is assumed."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 2,
        "message": "No user specified"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<user nsid=\"12037949754@N01\" url=\"http://www.flickr.com/people/bees/\" />",
    "example": [
      {
        "name": "user",
        "attrs": {
          "nsid": "12037949754@N01",
          "url": "http://www.flickr.com/people/bees/"
        }
      }
    ]
  },
  {
    "name": "flickr.urls.lookupGallery",
    "description": "Returns gallery info, by url.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "url",
        "optional": false,
        "description": "The gallery's URL."
      }
    ],
    "errors": [
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<gallery id=\"6065-72157617483228192\" url=\"/photos/straup/galleries/72157617483228192\" owner=\"35034348999@N01\" \nprimary_photo_id=\"292882708\" \ndate_create=\"1241028772\" date_update=\"1270111667\" \ncount_photos=\"17\" count_videos=\"0\" server=\"112\" farm=\"1\" secret=\"7f29861bc4\">\n\t<title>Cat Pictures I've Sent To Kevin Collins</title>\n\t<description />\n</gallery>",
    "example": [
      {
        "name": "gallery",
        "attrs": {
          "id": "6065-72157617483228192",
          "url": "/photos/straup/galleries/72157617483228192",
          "owner": "35034348999@N01",
          "primary_photo_id": "292882708",
          "date_create": "1241028772",
          "date_update": "1270111667",
          "count_photos": "17",
          "count_videos": "0",
          "server": "112",
          "farm": "1",
          "secret": "7f29861bc4"
        },
        "children": [
          {
            "name": "title",
            "text": "Cat Pictures I've Sent To Kevin Collins"
          },
          {
            "name": "description"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.urls.lookupGroup",
    "description": "Returns a group NSID, given the url to a group's page or photo pool.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "url",
        "optional": false,
        "description": "The url to the group's page or photo pool."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "Group not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<group id=\"34427469792@N01\">\n\t<groupname>FlickrCentral</groupname> \n</group>",
    "example": [
      {
        "name": "group",
        "attrs": {
          "id": "34427469792@N01"
        },
        "children": [
          {
            "name": "groupname",
            "text": "FlickrCentral"
          }
        ]
      }
    ]
  },
  {
    "name": "flickr.urls.lookupUser",
    "description": "Returns a user NSID, given the url to a user's photos or profile.",
    "needslogin": false,
    "needssigning": false,
    "requiredperms": "none",
    "arguments": [
      {
        "name": "api_key",
        "optional": false,
        "description": "Your API application key."
      },
      {
        "name": "url",
        "optional": false,
        "description": "The url to the user's profile or photos page."
      }
    ],
    "errors": [
      {
        "code": 1,
        "message": "User not found"
      },
      {
        "code": 100,
        "message": "Invalid API Key"
      },
      {
        "code": 105,
        "message": "Service currently unavailable"
      },
      {
        "code": 106,
        "message": "Write operation failed"
      },
      {
        "code": 111,
        "message": "Format \"xxx\" not found"
      },
      {
        "code": 112,
        "message": "Method \"xxx\" not found"
      },
      {
        "code": 114,
        "message": "Invalid SOAP envelope"
      },
      {
        "code": 115,
        "message": "Invalid XML-RPC Method Call"
      },
      {
        "code": 116,
        "message": "Bad URL found"
      }
    ],
    "exampleXml": "<user id=\"12037949632@N01\">\n\t<username>Stewart</username> \n</user>",
    "example": [
      {
        "name": "user",
        "attrs": {
          "id": "12037949632@N01"
        },
        "children": [
          {
            "name": "username",
            "text": "Stewart"
          }
        ]
      }
    ]
  }
];
