/*
 * Test-only LD_PRELOAD shim: sends an unmodified libcurl client (flickcurl) to the emulator.
 *
 * flickcurl has no setting for its OAuth and upload URLs, so this wraps curl_easy_setopt and
 * rewrites CURLOPT_URL values that start with https://api.flickr.com, https://up.flickr.com or
 * https://www.flickr.com to the base URL in FLICKR_EMULATOR_URL (e.g. http://127.0.0.1:8080).
 * The client still signs the canonical Flickr URL, which the emulator accepts.
 *
 * Build: cc -shared -fPIC -o flickr-url-redirect.so flickr-url-redirect.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* libcurl's ABI values, declared here so no curl headers are needed to build the shim. */
typedef void CURL;
typedef int CURLcode;
typedef int CURLoption;
typedef long long curl_off_t;

#define OPTTYPE_OBJECTPOINT 10000
#define OPTTYPE_FUNCTIONPOINT 20000
#define OPTTYPE_OFF_T 30000
#define OPT_URL 10002
#define CURLE_BAD_FUNCTION_ARGUMENT 43

typedef CURLcode (*setopt_fn)(CURL *, CURLoption, ...);

static const char *const flickr_hosts[] = {
  "https://api.flickr.com",
  "https://up.flickr.com",
  "https://www.flickr.com",
};

static setopt_fn real_setopt(void) {
  static setopt_fn real;
  if (!real) real = (setopt_fn)dlsym(RTLD_NEXT, "curl_easy_setopt");
  return real;
}

/* Returns a malloc'd rewritten URL, or NULL when the URL is not a Flickr one. */
static char *rewrite(const char *url) {
  const char *base = getenv("FLICKR_EMULATOR_URL");
  if (!url || !base || !*base) return NULL;

  for (size_t i = 0; i < sizeof flickr_hosts / sizeof flickr_hosts[0]; i++) {
    size_t prefix = strlen(flickr_hosts[i]);
    if (strncmp(url, flickr_hosts[i], prefix) != 0) continue;
    /* Only whole host names: the next character must end the authority. */
    if (url[prefix] != '/' && url[prefix] != '?' && url[prefix] != '\0') continue;

    size_t size = strlen(base) + strlen(url + prefix) + 1;
    char *out = malloc(size);
    if (out) {
      strcpy(out, base);
      strcat(out, url + prefix);
    }
    return out;
  }
  return NULL;
}

CURLcode curl_easy_setopt(CURL *handle, CURLoption option, ...) {
  setopt_fn real = real_setopt();
  if (!real) return CURLE_BAD_FUNCTION_ARGUMENT;

  va_list ap;
  va_start(ap, option);

  CURLcode result;
  if (option < OPTTYPE_OBJECTPOINT) {
    result = real(handle, option, va_arg(ap, long));
  } else if (option >= OPTTYPE_OFF_T) {
    result = real(handle, option, va_arg(ap, curl_off_t));
  } else if (option >= OPTTYPE_FUNCTIONPOINT) {
    result = real(handle, option, va_arg(ap, void (*)(void)));
  } else {
    void *value = va_arg(ap, void *);
    char *rewritten = option == OPT_URL ? rewrite((const char *)value) : NULL;
    /* libcurl copies string options (since 7.17), so the rewritten copy can be freed. */
    result = real(handle, option, rewritten ? (void *)rewritten : value);
    free(rewritten);
  }

  va_end(ap);
  return result;
}
