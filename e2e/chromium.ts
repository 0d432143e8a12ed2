// Playwright never downloads a browser here: it drives the system's Chromium. The lookup order is
// the same as scripts/check-chromium.mjs (which prints how to install it when it is missing).
import { accessSync, constants, statSync } from 'node:fs';

export const chromiumCandidates = (): string[] =>
  [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium binary found, or undefined (then `npm run test:e2e` stops earlier). */
export function findChromium(): string | undefined {
  return chromiumCandidates().find(isExecutableFile);
}

/** Flags for headless runs as root on a shared CI machine: no sandbox, no GPU, no phoning home. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
