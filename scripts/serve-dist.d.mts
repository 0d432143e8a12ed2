// Types for scripts/serve-dist.mjs, imported by the e2e specs.
export interface ServedDist {
  url: string;
  close: () => Promise<void>;
}

export function readHeaders(root: string): Record<string, string>;

export function serveDist(
  dist: string,
  port: number,
  options?: { siteHeaders?: boolean },
): Promise<ServedDist>;
