import { Command, CommanderError } from 'commander';

import { VERSION } from '../version.js';
import { callCommand } from './call-command.js';
import { CliContext } from './context.js';
import { errorMessage } from './error-message.js';
import { EXIT, exitCodeFor, exitCodeHelp } from './exit-codes.js';
import { loginCommand } from './login-command.js';
import { isTokenProblem, reloginHint } from './login-hint.js';
import { logoutCommand } from './logout-command.js';
import { addGlobalOptions } from './options.js';
import { ERROR_PREFIX, Output, processIo, type CliIo } from './output.js';
import { replaceCommand } from './replace-command.js';
import { shorturlCommand } from './shorturl-command.js';
import { tokensCommand } from './tokens-command.js';
import { uploadCommand } from './upload-command.js';
import { walkCommand } from './walk-command.js';
import { whoamiCommand } from './whoami-command.js';

const GLOBAL_HELP = `
Keys come from --api-key/--api-secret or FLICKR_API_KEY/FLICKR_API_SECRET. With --endpoint or
FLICKR_ENDPOINT every request goes to that base URL instead of Flickr (e.g. flickr-emulator).

Examples:
  $ flickr login --perms write
  $ flickr call photos.search user_id=me per_page=5
  $ flickr upload --tags "holiday 2026" --private *.jpg
  $ flickr walk people.getPhotos user_id=me | wc -l

Exit codes:
${exitCodeHelp()}
`;

function buildProgram(context: CliContext): Command {
  const { output } = context;
  const program = new Command('flickr')
    .description('Call Flickr from the shell: log in, call any method, upload, walk lists.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.io.stdout.write(output.redact(text)),
      writeErr: (text) => output.io.stderr.write(output.redact(text)),
      outputError: (text) => output.error(text.replace(/^error: /, '').trimEnd()),
    })
    .addHelpText('after', GLOBAL_HELP);
  addGlobalOptions(program);

  for (const command of [
    loginCommand(context),
    logoutCommand(context),
    whoamiCommand(context),
    tokensCommand(context),
    callCommand(context),
    uploadCommand(context),
    replaceCommand(context),
    walkCommand(context),
    shorturlCommand(context),
  ]) {
    program.addCommand(command.exitOverride().configureOutput(program.configureOutput()));
  }

  return program;
}

function commanderExitCode(error: CommanderError): number {
  if (error.exitCode === 0) return EXIT.ok;

  return EXIT.usage;
}

/**
 * Runs the `flickr` command line and resolves with the exit code; it never calls
 * `process.exit`, so it can run in-process (tests, other tools).
 *
 * @param argv - the words after the program name, e.g. `['call', 'test.echo', 'a=1']`
 * @param io - the streams and environment to use; default this process's
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2));
 * ```
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const output = new Output(io);
  const context = new CliContext(output);
  const program = buildProgram(context);
  context.bind(program);

  try {
    await program.parseAsync(argv, { from: 'user' });

    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);

    output.error(errorMessage(error));
    if (isTokenProblem(error)) {
      output.note(`${ERROR_PREFIX}${reloginHint(context.settingsOrUndefined())}`);
    }
    if (context.settingsOrUndefined()?.verbose === true && error instanceof Error) {
      output.note(`${ERROR_PREFIX}${error.stack ?? ''}`);
    }

    return exitCodeFor(error);
  } finally {
    await context.close();
  }
}
