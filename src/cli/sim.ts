// Entry point of `npm run sim` (the headless simulator; see simulator.ts and README.md).
// Writes the whole output at once; bad input exits 2 and internal errors 1, each with one line on stderr.
import { errorLine, runCli } from './simulator';

// A closed pipe (`... | head`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(errorLine(`cannot write output: ${error.message}`));
  process.exit(1);
});

try {
  const { status, stdout, stderr } = runCli(process.argv.slice(2), (line) => process.stderr.write(line));
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = status;
} catch (error) {
  process.stderr.write(errorLine(`internal error: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = 1;
}
