// Turns raw repetitions into summaries, ratios and target verdicts, and prints them as a
// plain-text table.
import { summarize } from './stats.mjs';

/** Median of `metric` for row `id` in a summarized group, or `undefined`. */
function median(group, id, metric) {
  return group.rows.find((row) => row.id === id)?.stats[metric]?.median;
}

/** Summaries, ratios to the group's reference row, and target verdicts for one group. */
export function summarizeGroup(group, samples) {
  const rows = group.rows.map((row) => {
    const runs = samples.get(row.id) ?? { results: [] };
    const stats = {};
    for (const metric of group.metrics) {
      stats[metric.key] = summarize(runs.results.map((r) => r[metric.key]));
    }
    const extra = {};
    const busy = summarize(runs.results.map((r) => r.serverBusy));
    if (busy) extra.serverBusy = busy;

    return { id: row.id, label: row.label, role: row.role, stats, ...extra,
      runs: runs.results, ...(runs.error ? { error: runs.error } : {}) };
  });
  const out = { id: group.id, title: group.title, reference: group.reference,
    metrics: group.metrics.map(({ key, label, better, digits, scale }) =>
      ({ key, label, better, digits, scale })), rows };

  // Ratios pair each repetition with the reference's repetition of the same round (run next
  // to each other), and take the median of those: on a machine whose load drifts, that is
  // steadier than a ratio of two medians. Without pairs, the ratio of medians is used.
  const refRuns = rows.find((r) => r.id === group.reference)?.runs ?? [];
  for (const row of rows) {
    row.ratios = {};
    row.ratioSpread = {};
    for (const metric of group.metrics) {
      const paired = summarize(
        row.runs.map((run, i) => run[metric.key] / refRuns[i]?.[metric.key]));
      const mine = median(out, row.id, metric.key);
      const ref = median(out, group.reference, metric.key);
      if (paired) {
        row.ratios[metric.key] = paired.median;
        row.ratioSpread[metric.key] = paired;
      } else if (mine !== undefined && ref) {
        row.ratios[metric.key] = mine / ref;
      }
    }
  }
  out.targets = (group.targets ?? []).map((target) => {
    const rowId = target.row ?? 'ours';
    const row = rows.find((r) => r.id === rowId);
    const value = target.absolute ? row?.stats[target.metric]?.median : row?.ratios[target.metric];
    const met = value === undefined ? undefined
      : target.op === '>=' ? value >= target.value
        : target.op === '<=' ? value <= target.value
          : value < target.value;

    return { row: rowId, metric: target.metric, text: target.text, value, met,
      absolute: Boolean(target.absolute) };
  });

  return out;
}

function fmt(value, metric) {
  if (value === undefined) return '-';
  const scaled = value * (metric.scale ?? 1);

  return scaled.toLocaleString('en-US', {
    minimumFractionDigits: metric.digits, maximumFractionDigits: metric.digits });
}

function pad(text, width, right = false) {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** The table for summarized groups, as lines of text. */
export function formatTable(groups, metricsById) {
  const lines = [];
  for (const group of groups) {
    const metrics = metricsById.get(group.id);
    const refLabel = group.rows.find((r) => r.id === group.reference)?.id ?? group.reference;
    lines.push('', `## ${group.title}`);
    const head = [pad('client', 44)];
    for (const metric of metrics) {
      head.push(pad(`${metric.label} median (min-max)`, 30, true), pad(`x ${refLabel}`, 9, true));
    }
    lines.push(head.join(' '));
    for (const row of group.rows) {
      const cells = [pad(row.label, 44)];
      for (const metric of metrics) {
        const s = row.stats[metric.key];
        const text = row.error && !s ? 'failed'
          : s ? `${fmt(s.median, metric)} (${fmt(s.min, metric)}-${fmt(s.max, metric)})` : '-';
        const ratio = row.ratios[metric.key];
        const shownRatio = ratio === undefined ? '' : `${ratio.toFixed(2)}x`;
        cells.push(pad(text, 30, true), pad(shownRatio, 9, true));
      }
      lines.push(cells.join(' '));
      if (row.error) lines.push(`    ${row.label}: ${row.error.slice(0, 200)}`);
    }
    const busy = group.rows.map((r) => r.serverBusy?.max).filter((v) => v !== undefined);
    if (busy.length > 0) {
      const most = (100 * Math.max(...busy)).toFixed(0);
      lines.push(`    fixed server: at most ${most}% of one core busy`);
    }
    const ours = group.rows.find((r) => r.id === 'ours');
    const first = metrics[0];
    for (const peer of group.rows.filter((r) => r.role === 'peer')) {
      const a = ours?.stats[first.key]?.median;
      const b = peer.stats[first.key]?.median;
      if (a === undefined || b === undefined) continue;
      const better = first.better === 'higher' ? a / b : b / a;
      lines.push(
        `    flickrapi-ts vs ${peer.label}: ${better.toFixed(2)}x better (${first.label})`);
    }
    for (const target of group.targets) {
      const verdict = target.met === undefined ? 'NOT MEASURED' : target.met ? 'MET' : 'MISSED';
      const metric = metrics.find((m) => m.key === target.metric);
      const shown = target.value === undefined ? '-'
        : target.absolute ? `${fmt(target.value, metric)} ${metric.label}`
          : `${target.value.toFixed(2)}x`;
      lines.push(`    target ${target.text}: ${shown} -> ${verdict}`);
    }
  }

  return lines;
}
