// Component tests opt into a DOM with `// @vitest-environment happy-dom`; this file adds the
// Testing Library cleanup so each test starts with an empty document.
import fc from 'fast-check';
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});

// Property tests run the same cases on every machine, so CI is reproducible; set FC_SEED to
// explore other cases locally.

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });
