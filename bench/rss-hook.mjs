// Loaded with `node --import`: reports the process's peak resident set size (kB) on exit.
process.on('exit', () => {
  process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
});
