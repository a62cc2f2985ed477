// Byte sizes given on the command line.

/** Parses `2GiB`, `256MiB`, `512M`, `1G`, `64k` or a byte count; throws on anything else. */
export function parseSize(text, flag = '--size') {
  const match = /^(\d+(?:\.\d+)?)\s*(k|m|g)?(i?b)?$/i.exec(String(text).trim());
  if (!match) {
    throw new Error(`${flag}: expected a size like 2GiB or 256MiB, got ${JSON.stringify(text)}`);
  }
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]?.toLowerCase() ?? ''] ?? 1;

  return Math.round(Number(match[1]) * unit);
}

/** `bytes` as `2 GiB` or `256 MiB`. */
export function formatSize(bytes) {
  return bytes >= 1024 ** 3 ? `${+(bytes / 1024 ** 3).toFixed(2)} GiB`
    : `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
