// Types for test-only packages that ship none.

declare module 'spdx-expression-parse' {
  /** A parsed SPDX expression: one licence, or two joined by `and` / `or`. */
  export type SpdxNode =
    | { license: string; plus?: true; exception?: string }
    | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };
  /** Parses an SPDX licence expression; throws on one that is not valid. */
  export default function parse(expression: string): SpdxNode;
}
