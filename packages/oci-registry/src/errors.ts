import { UserError } from '@coco-release/core';

/**
 * A registry said no, or could not be reached. It is a UserError: the fix is on the user's side (a token,
 * a name, a retry later), so it is reported as one line without a stack trace. Messages never hold
 * credentials: they are built from the request's method, path and the registry's own error code.
 */
export class RegistryError extends UserError {
  constructor(
    message: string,
    /** HTTP status, when the registry answered. */
    readonly status?: number,
    /** The registry's error code (`MANIFEST_UNKNOWN`, `NAME_UNKNOWN`, `DENIED`, `TOOMANYREQUESTS`…). */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

/** Registry-provided text, cut short and on one line, before it goes into a message. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
