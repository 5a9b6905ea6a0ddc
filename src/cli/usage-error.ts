/**
 * The error for a command line the CLI cannot run: exit code 2.
 *
 * @module
 */

/** A bad command line: an unknown command or option, a missing argument. `command` picks the usage shown. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose usage to show, or `null` for the global one. */
  readonly command: string | null;
  constructor(message: string, command: string | null = null) {
    super(message);
    this.command = command;
  }
}
