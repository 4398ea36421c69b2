// The contract between the router (main.ts) and a view module.

export interface ViewContext {
  /** Path segments after the view name: #/entity/ID → ["ID"]. */
  rest: string[];
  /** The query of the hash route: #/doc?id=…&start=… */
  params: URLSearchParams;
  /** False once the user has navigated elsewhere: late results are dropped. */
  isCurrent: () => boolean;
}

/**
 * Renders into `container` (already attached, holding a loading indicator
 * the view replaces). May return a function that releases what the view
 * holds (graph, map, listeners) when the user navigates away.
 */
export type View = (container: HTMLElement, ctx: ViewContext) => Promise<(() => void) | void>;
