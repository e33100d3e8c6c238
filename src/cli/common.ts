// What both command lines share: one-line failures with exit code 2, a quiet exit when the reader closes the pipe,
// and the bundled model loaded with its data-file errors reported in one line.
import type { Model } from '../model/types';

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

/** The bundled model, or exit 2 naming what is wrong with the data files (a JSON syntax error included). */
export async function bundledModelOrFail(): Promise<Model> {
  try {
    const { bundledModel } = await import('../model/bundled');
    return bundledModel();
  } catch (e) {
    const { DataError } = await import('../model/validate');
    if (e instanceof DataError) fail(`the bundled data are invalid: ${e.message}`);
    // A JSON syntax error names the file and position on its second line: keep every line, joined into one.
    fail(
      `the bundled data cannot be read: ${String((e as Error).message)
        .split('\n')
        .join(' ')}`,
    );
  }
}
