#!/usr/bin/env node
// Prints a results file (default bench/results/latest.json) as the Markdown table the README
// shows: one line per client and case, medians with min-max, ratios, and target verdicts.
// Usage: node bench/readme-table.mjs [results.json]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2]
  ?? fileURLToPath(new URL('./results/latest.json', import.meta.url));
const results = JSON.parse(readFileSync(file, 'utf8'));

const DIGITS = { 'calls/s': 0, 'ms CPU/call': 3, 'signatures/s': 0, s: 2, 'MB peak RSS': 0,
  ms: 0, 'look-ups/s': 0, 'writes/s': 0 };
const SCALE = { ms: 1000 };

function fmt(value, label) {
  const scaled = value * (SCALE[label] ?? 1);
  const digits = DIGITS[label] ?? 2;

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
  const refLabel = group.rows.find((r) => r.id === group.reference)?.label ?? group.reference;
  for (const row of group.rows) {
    const figures = group.metrics.map(({ key, label }) => {
      const s = row.stats[key];
      return s ? `${fmt(s.median, label)} ${label} (${fmt(s.min, label)}-${fmt(s.max, label)})`
        : row.error ? 'failed' : '-';
    });
    const ratios = group.metrics.map(({ key }) => row.ratios[key])
      .map((r) => (r === undefined ? '' : `${r.toFixed(2)}x`));
    const name = row.id === group.reference ? `**${row.label}** (reference)` : row.label;
    const title = row === group.rows[0] ? group.title : '';
    lines.push(`| ${title} | ${name} | ${figures.join('; ')} | ${ratios.join('; ')} |`);
  }
  for (const target of group.targets) {
    const verdict = target.met === undefined ? 'not measured'
      : target.met ? '**met**' : '**missed**';
    const shown = target.value === undefined ? '-'
      : target.absolute ? target.value.toFixed(0) : `${target.value.toFixed(2)}x`;
    lines.push(`| | target: ${target.text} (vs ${refLabel}) | ${shown} | ${verdict} |`);
  }
}
console.log(lines.join('\n'));
