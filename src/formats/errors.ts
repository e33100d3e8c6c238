// The one error the importers throw for a bad file: its message names the line or the element at fault.

/** A file that cannot be read as a network; `where` is the line ("line 12") or element ('qual:input "tr_A_in_B"'). */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    readonly format: string,
    readonly where: string,
    problem: string,
  ) {
    super(`${format}: ${where}: ${problem}`);
  }
}
