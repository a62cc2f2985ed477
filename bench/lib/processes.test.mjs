// The runner's child-process helpers. A case that fails is reported with its command line,
// which holds the keys the runner passed: the secrets among them must not be in the message
// (it is printed, and stored in the results file).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCase, runProcess } from './processes.mjs';

// After `--`, node leaves the arguments to the script, as a case script gets them.
const KEYS = ['--', '--key', 'api-key-1', '--secret', 'api-secret-2', '--token', 'token-3',
  '--token-secret', 'token-secret-4', '--api-secret', 'api-secret-5'];

function withoutSecrets(error) {
  assert.ok(error instanceof Error);
  assert.doesNotMatch(error.message, /api-secret-2|token-secret-4|api-secret-5/);
  assert.match(error.message, /--key api-key-1 --secret \S+ --token token-3 --token-secret \S+/);

  return true;
}

describe('bench processes: failures', () => {
  it('a case that exits non-zero is named without the secrets it was given', async () => {
    await assert.rejects(runProcess(process.execPath, ['-e', 'process.exit(3)', ...KEYS]),
      (error) => withoutSecrets(error) && /exit code 3/.test(error.message));
  });

  it('a case that prints no JSON line is named without the secrets it was given', async () => {
    await assert.rejects(runCase(process.execPath, ['-e', 'console.log("done")', ...KEYS]),
      (error) => withoutSecrets(error) && /expected a JSON line, got "done"/.test(error.message));
  });
});
