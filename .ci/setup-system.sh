#!/usr/bin/env bash
# Installs and starts the system services the test suite uses. Safe to run more than once.
set -euo pipefail

packages=(python3-flickrapi libflickr-api-perl flickcurl-utils chromium postgresql gcc)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
