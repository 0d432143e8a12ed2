// Checks that a Chromium binary exists for the end-to-end tests (Playwright never downloads one
// here). Lookup order, shared with e2e/chromium.ts: $CHROMIUM_PATH, /usr/lib/chromium/chromium,
// /usr/bin/chromium. Silent on success; one line and exit code 1 when none is found.
import { accessSync, constants, statSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
].filter((p) => typeof p === 'string' && p !== '');

function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!candidates.some(isExecutableFile)) {
  console.log(
    'Chromium is missing: run "sudo apt-get update && sudo apt-get install -y chromium" (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
