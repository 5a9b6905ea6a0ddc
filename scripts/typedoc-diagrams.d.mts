/** Types of the TypeDoc diagram plugin (plain JavaScript, because TypeDoc loads plugins with `import`). */
export interface Flowchart {
  readonly nodes: Map<string, { readonly id: string; readonly label: string; readonly store: boolean }>;
  readonly edges: readonly { readonly from: string; readonly label: string; readonly to: readonly string[] }[];
}
export function parseFlowchart(source: string): Flowchart;
export function renderFlowchart(chart: Flowchart, title: string): string;
export function replaceDiagrams(markdown: string): string;
export function load(app: import('typedoc').Application): void;
