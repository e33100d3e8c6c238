// JSON files read with the line and column of a syntax error, as the other formats name theirs.
import { FormatError } from './errors';

/** Parses JSON (a UTF-8 byte-order mark is fine); a syntax error throws a FormatError naming its line and column. */
export function parseJsonFile(text: string, format: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    let where = 'the file';
    if (at) {
      const before = body.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      where = `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    throw new FormatError(
      format,
      where,
      `not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')})`,
    );
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
