// Types for test-only packages that ship none.

declare module 'spdx-expression-parse' {
  /** A parsed SPDX expression: one licence, or two joined by `and` / `or`. */
  export type SpdxNode =
    | { license: string; plus?: true; exception?: string }
    | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };
  /** Parses an SPDX licence expression; throws on one that is not valid. */
  export default function parse(expression: string): SpdxNode;
}

declare module 'jsonld' {
  /** One RDF quad as jsonld.js returns it (RDF/JS terms) when no `format` is asked for. */
  export interface Quad {
    readonly subject: { readonly termType: string; readonly value: string };
    readonly predicate: { readonly termType: string; readonly value: string };
    readonly object: { readonly termType: string; readonly value: string; readonly datatype?: { readonly value: string } };
    readonly graph: { readonly termType: string; readonly value: string };
  }
  /** The options of `toRDF` the tests use. */
  export interface ToRdfOptions {
    /** Answers every remote document (contexts) the processor needs. */
    readonly documentLoader?: (url: string) => Promise<unknown>;
    /** Fail instead of silently dropping a term the context does not define. */
    readonly safe?: boolean;
  }
  const jsonld: { toRDF(input: object, options?: ToRdfOptions): Promise<Quad[]> };
  export default jsonld;
}
