/** The text of the error `fn` throws (`file:line:col: message` for a UserError); fails when it throws none. */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String(e);
  }
  throw new Error('expected an error');
}
