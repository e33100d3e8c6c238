// Turns the data validator's problems into what a person editing data/*.json needs: where, which value, what to do.

/** One validator problem, split into where it is in the file, the value found there and what to do about it. */
export interface DataProblemAdvice {
  /** The problem as the validator wrote it. */
  problem: string;
  /** Where in the file: the JSON path with each list item named by its id when it has one; '' when the text says. */
  where: string;
  /** The value found at that place, as JSON; undefined when the problem is not about one value. */
  found?: string;
  /** What to change. */
  fix: string;
}

const SHAPE_PROBLEM = /^([^\s:]+): (.*)$/s;

/** The value at a dotted path ("drugs.3.targets.0.value_nM") in parsed JSON, or undefined. */
function valueAt(raw: unknown, path: readonly string[]): unknown {
  let at: unknown = raw;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** The path for people: list items carry their id, so `drugs[3]` reads `drugs[3] "rapamycin"`. */
function readablePath(raw: unknown, path: readonly string[]): string {
  return path
    .map((key, i) => {
      if (!/^\d+$/.test(key)) return i === 0 ? key : `.${key}`;
      const item = valueAt(raw, path.slice(0, i + 1));
      const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).id : undefined;
      return typeof id === 'string' ? `[${key}] (id "${id}")` : `[${key}]`;
    })
    .join('');
}

/** A value as it stands in the file, shortened to one readable line. */
function shownValue(value: unknown): string {
  const text =
    typeof value === 'number' && !Number.isFinite(value)
      ? String(value)
      : (JSON.stringify(value) ?? 'nothing');
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** "an object", "a number". */
const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** What to do about a shape problem (wrong type, missing or unknown key, value out of range). */
function shapeFix(message: string, found: unknown): string {
  if (typeof found === 'number' && Number.isNaN(found)) return 'Write a number here; NaN is not a value.';
  const type = /expected (\w+), received (\w+)/.exec(message);
  if (type) return `Write ${withArticle(type[1] ?? '')} here, not ${withArticle(type[2] ?? '')}.`;
  const key = /Unrecognized keys?: (.*)/.exec(message);
  if (key) return `Remove ${key[1]} or correct its spelling; the format has no such key.`;
  return `Change this value: ${message.replace(/^Invalid input: /, '')}.`;
}

/** What to do about a consistency problem (an id that does not resolve, a duplicate, a missing part). */
function consistencyFix(problem: string): string {
  const duplicate = /^duplicate (\w+) id "(.*)"$/.exec(problem);
  if (duplicate) return `Two ${duplicate[1]}s have the id "${duplicate[2]}": rename one, or delete the copy.`;
  const unknown = /unknown ([\w ]+) "(.*)"$/.exec(problem);
  if (unknown)
    return `No ${unknown[1]} has the id "${unknown[2]}": correct the spelling, or add that ${unknown[1]} to its file.`;
  return 'Change the data so that this holds.';
}

/** Where, what and how to fix each problem of one data file, given that file's parsed JSON. */
export function adviseOnProblem(problem: string, raw: unknown): DataProblemAdvice {
  const shape = SHAPE_PROBLEM.exec(problem);
  if (!shape) return { problem, where: '', fix: consistencyFix(problem) };
  const pathText = shape[1] ?? '';
  const path = pathText === '(root)' ? [] : pathText.split('.');
  const found = valueAt(raw, path);
  return {
    problem,
    where: path.length ? readablePath(raw, path) : 'the whole file',
    found: found === undefined ? undefined : shownValue(found),
    fix: shapeFix(shape[2] ?? '', found),
  };
}
