#!/usr/bin/env node
// kzss: the command line. The only place besides the demo that writes to the terminal.
import { processIo } from './io.js';
import { runCli } from './program.js';
import pkg from '../../package.json';

runCli(process.argv.slice(2), processIo(), pkg.version).then((code) => {
  process.exitCode = code;
});
