#!/usr/bin/env node
// Prints a results file (default bench/results/latest.json) as the Markdown table the README
// shows: one line per client and case, medians with min-max, ratios, and target verdicts.
// Usage: node bench/readme-table.mjs [results.json]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2]
  ?? fileURLToPath(new URL('./results/latest.json', import.meta.url));
const results = JSON.parse(readFileSync(file, 'utf8'));

// For results written before metrics carried their own digits and scale.
const DIGITS = { 'calls/s': 0, 'ms CPU/call': 3, 'signatures/s': 0, 'signatures/CPU s': 0, s: 2,
  'MB peak RSS': 0, ms: 0, 'ms CPU': 0, 'look-ups/s': 0, 'writes/s': 0, 'requests/s': 0,
  'p99 ms': 1, 'emulator ms CPU/req': 3, 'MiB/s': 0 };
const SCALE = { ms: 1000, 'ms CPU': 1000 };

function fmt(value, metric) {
  const { label } = metric;
  const scaled = value * (metric.scale ?? SCALE[label] ?? 1);
  const digits = metric.digits ?? DIGITS[label] ?? 2;

  return scaled.toLocaleString('en-US', { minimumFractionDigits: digits,
    maximumFractionDigits: digits });
}

const lines = [
  `Run of ${results.date.slice(0, 16).replace('T', ' ')} UTC (${results.mode}), ` +
    `${results.machine.cores} cores (${results.machine.cpu}), Node ${results.machine.node}, ` +
    `${results.machine.python}; load average ${results.machine.loadAverageBefore[0].toFixed(1)} ` +
    'at the start. Medians of the repetitions (min-max); a ratio is the median, over the ' +
    "rounds, of the row's figure divided by the reference row's figure of the same round.",
  '',
  '| Case | Client | Figure (median, min-max) | Ratio |',
  '|---|---|---|---|',
];
for (const group of results.groups) {
  for (const row of group.rows) {
    const figures = group.metrics.map((metric) => {
      const s = row.stats[metric.key];
      const { label } = metric;
      return s ? `${fmt(s.median, metric)} ${label} (${fmt(s.min, metric)}-${fmt(s.max, metric)})`
        : row.error ? 'failed' : '-';
    });
    const ratios = group.metrics.map(({ key }) => row.ratios[key])
      .map((r) => (r === undefined ? '-' : `${r.toFixed(2)}x`));
    const name = row.id === group.reference ? `**${row.label}** (reference)` : row.label;
    const title = row === group.rows[0] ? group.title : '';
    lines.push(`| ${title} | ${name} | ${figures.join('; ')} | ${ratios.join('; ')} |`);
  }
  for (const target of group.targets) {
    const verdict = target.met === undefined ? 'not measured'
      : target.met ? '**met**' : '**missed**';
    const shown = target.value === undefined ? '-'
      : target.absolute ? target.value.toFixed(0) : `${target.value.toFixed(2)}x`;
    lines.push(`| | target: ${target.text} | ${shown} | ${verdict} |`);
  }
}
console.log(lines.join('\n'));
