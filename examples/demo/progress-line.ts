/**
 * Upload progress for the demo: a bar redrawn in place on a terminal, or a line at every
 * quarter when the output is a file or a pipe (no control characters there).
 */
import type { StepIo } from './story.js';

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(0)} kB`;
}

/** Returns the `onProgress` listener for one upload, printing through `io`. */
export function progressLine(
  io: StepIo,
  label: string,
): (progress: { sent: number; total?: number | undefined }) => void {
  let nextQuarter = 0;

  return ({ sent, total }) => {
    const size = total ?? 0;
    const fraction = size === 0 ? 1 : sent / size;
    if (io.terminal) {
      const width = 30;
      const done = Math.round(fraction * width);
      const bar = `${'#'.repeat(done)}${'-'.repeat(width - done)}`;
      const percent = String(Math.floor(fraction * 100)).padStart(3);
      io.stream.write(`\r   ${label} [${bar}] ${percent}% ${kilobytes(sent)}/${kilobytes(size)}`);
      if (sent >= size) io.stream.write('\n');

      return;
    }

    if (fraction >= nextQuarter / 4) {
      io.say(`${label}: ${String(Math.floor(fraction * 100)).padStart(3)}% ` +
        `(${kilobytes(sent)} of ${kilobytes(size)})`);
      nextQuarter = Math.floor(fraction * 4) + 1;
    }
  };
}
