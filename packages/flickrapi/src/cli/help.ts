/**
 * The "Examples:" block at the end of a command's `--help`: each example is a command line
 * and, optionally, what it prints.
 */
export function examples(lines: readonly (readonly [string, string?])[]): string {
  const body = lines
    .map(([command, result]) =>
      result === undefined ? `  $ ${command}` : `  $ ${command}\n    ${result}`,
    )
    .join('\n');

  return `\nExamples:\n${body}\n`;
}
