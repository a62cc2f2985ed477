// Summary statistics over repetitions: median and spread (min, max, interquartile range).

/** The q-quantile of sorted numbers, interpolating between neighbours. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);

  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** `{ n, median, min, max, p25, p75 }` of the finite values, or `undefined` when there are none. */
export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;

  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted.at(-1),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
  };
}
