// What both command lines share: one-line failures with exit code 2, and a quiet exit when the reader closes the pipe.

/** Prints the first line of `message` on standard error and exits with code 2 (bad input). */
export function fail(message: string): never {
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exit(2);
}

/** A reader that stops early (`… | head`) closes the pipe: that is not an error of ours, so leave quietly. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
