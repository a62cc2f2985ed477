import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const runner = fileURLToPath(new URL('./helpers/run-cli.ts', import.meta.url));

function startCli(args: string[]) {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', runner, ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    const check = () => {
      if (stdout.includes('\n')) resolve(stdout.slice(0, stdout.indexOf('\n')));
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => reject(new Error(`exited ${code} before announcing: ${stderr}`)));
  });

  return { child, firstLine, output: () => ({ stdout, stderr }) };
}

describe('flickr-emulator CLI', () => {
  it('--json prints exactly one JSON line, serves, and exits 0 on SIGTERM', async () => {
    const cli = startCli([
      '--port',
      '0',
      '--json',
      '--key',
      'abcdef0123456789:s3cr3t',
      '--auto-approve',
      '--seed',
      '5',
    ]);
    const line = JSON.parse(await cli.firstLine) as Record<string, any>;
    assert.deepEqual(Object.keys(line), ['url', 'apiKey', 'apiSecret', 'users']);
    assert.match(line.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(line.apiKey, 'abcdef0123456789');
    assert.equal(line.apiSecret, 's3cr3t');
    assert.ok(line.users.length > 0);
    assert.deepEqual(Object.keys(line.users[0]), ['nsid', 'username', 'fullname']);

    const reply = await fetch(
      `${line.url}/services/rest/?method=flickr.test.echo&api_key=abcdef0123456789`,
    );
    assert.match(await reply.text(), /<rsp stat="ok">/);
    cli.child.kill('SIGTERM');
    const [code] = await once(cli.child, 'exit');
    assert.equal(code, 0);
    const { stdout, stderr } = cli.output();
    assert.equal(stdout.split('\n').filter((l) => l !== '').length, 1);
    assert.match(stderr, /GET \/services\/rest\/ 200/);
    assert.ok(!stderr.includes('s3cr3t'));
  });

  it('uses the demo key when none is given and stops on SIGINT', async () => {
    const cli = startCli(['--port', '0', '--json', '--quiet']);
    const line = JSON.parse(await cli.firstLine) as Record<string, any>;
    assert.equal(line.apiKey, '0123456789abcdef0123456789abcdef');
    cli.child.kill('SIGINT');
    const [code] = await once(cli.child, 'exit');
    assert.equal(code, 0);
    assert.equal(cli.output().stderr, '');
  });

  it('without --json, tells on stderr the URL, the demo key and its secret', async () => {
    const cli = startCli(['--port', '0', '--quiet']);
    const deadline = Date.now() + 20_000;
    while (!/users /.test(cli.output().stderr) && cli.child.exitCode === null) {
      assert.ok(Date.now() < deadline, `no start-up lines: ${cli.output().stderr}`);
      await once(cli.child.stderr, 'data');
    }
    const { stdout, stderr } = cli.output();
    assert.equal(stdout, '');
    assert.match(stderr, /^flickr-emulator: listening on http:\/\/127\.0\.0\.1:\d+\n/);
    assert.match(stderr, new RegExp('^flickr-emulator: API key 0123456789abcdef0123456789abcdef ' +
      'secret fedcba9876543210 \\(the demo key\\)$', 'm'));
    cli.child.kill('SIGTERM');
    assert.deepEqual(await once(cli.child, 'exit'), [0, null]);
    cli.firstLine.catch(() => undefined);

    const own = startCli(['--port', '0', '--quiet', '--key', 'abcdef0123456789:s3cr3t']);
    while (!/users /.test(own.output().stderr) && own.child.exitCode === null) {
      assert.ok(Date.now() < deadline, `no start-up lines: ${own.output().stderr}`);
      await once(own.child.stderr, 'data');
    }
    assert.match(own.output().stderr,
      /^flickr-emulator: API key abcdef0123456789 secret as given/m);
    assert.ok(!own.output().stderr.includes('s3cr3t'), 'a key given with --key keeps its secret');
    own.child.kill('SIGTERM');
    await once(own.child, 'exit');
    own.firstLine.catch(() => undefined);
  });

  it('--help shows each default once', async () => {
    const cli = startCli(['--help']);
    const [code] = await once(cli.child, 'exit');
    assert.equal(code, 0);
    // Lines are wrapped to the terminal's width: compare the words.
    const help = cli.output().stderr.replace(/\s+/g, ' ');
    assert.ok(help.includes(' --key <key:secret> accepted API key, repeatable ' +
      '(default demo key 0123456789abcdef0123456789abcdef) --auto-approve'), help);
    assert.doesNotMatch(help, /\(default: \[\]\)/);
    cli.firstLine.catch(() => undefined);
  });

  it('applies --rate-limit and --latency to the server it starts', async () => {
    const cli = startCli([
      '--port',
      '0',
      '--json',
      '--quiet',
      '--rate-limit',
      '2',
      '--latency',
      '1',
    ]);
    const line = JSON.parse(await cli.firstLine) as { url: string; apiKey: string };
    const echo = `${line.url}/services/rest/?method=flickr.test.echo&api_key=${line.apiKey}`;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(echo);
      statuses.push(response.status);
      await response.text();
    }
    assert.deepEqual(statuses, [200, 200, 429]);
    cli.child.kill('SIGTERM');
    const [code] = await once(cli.child, 'exit');
    assert.equal(code, 0);
  });

  it('rejects bad options with a message and a non-zero exit', async () => {
    const cli = startCli(['--port', 'seventy', '--json']);
    const [code] = await once(cli.child, 'exit');
    assert.notEqual(code, 0);
    assert.equal(cli.output().stdout, '');
    assert.match(cli.output().stderr, /--port must be a whole number from 0 to 65535/);
    cli.firstLine.catch(() => undefined);
  });
});
