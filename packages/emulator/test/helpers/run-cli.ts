// Runs the CLI entry from source, as bin/flickr-emulator.js runs it from dist.
import { main } from '../../src/cli.js';

process.exitCode = await main(process.argv.slice(2));
