// Component tests opt into a DOM with `// @vitest-environment happy-dom`; this file adds the
// Testing Library cleanup so each test starts with an empty document.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
