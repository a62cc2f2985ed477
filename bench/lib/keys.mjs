// The consumer key and access token every client signs with. The fixed-reply server checks
// nothing, so any values do; these have Flickr's shapes so that clients accept them.
export const BENCH_KEYS = {
  apiKey: '9f1b3c5d7e9a2b4c6d8e0f1a3b5c7d9e',
  apiSecret: '3c5d7e9f1a2b4c6d',
  token: '72157720950000001-0a1b2c3d4e5f6a7b',
  tokenSecret: '8e7d6c5b4a392817',
  userNsid: '12037949754@N01',
  username: 'bench',
  fullname: 'Bench Mark',
};
