import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintsPlugin } from '../../build/compile-hints';

interface Chunk {
  type: 'chunk';
  code: string;
}
interface Asset {
  type: 'asset';
  source: string;
}
const chunk = (code: string): Chunk => ({ type: 'chunk', code });
const asset = (source: string): Asset => ({ type: 'asset', source });

/** Runs the plugin's generateBundle hook on a bundle, as the bundler does at the end. */
async function generate(bundle: Record<string, Chunk | Asset>) {
  const hook = compileHintsPlugin().generateBundle;
  if (!hook || typeof hook === 'function') throw new Error('expected an ordered generateBundle');
  expect(hook.order).toBe('post');
  // the hook reads only the bundle's files
  await hook.handler.call({} as never, { format: 'es' } as never, bundle as never, false);
}

describe('compileHintsPlugin: V8’s compile hint on every chunk', () => {
  it('starts each chunk with the hint, once, and leaves other files alone', async () => {
    const mapped = `const __vite__mapDeps=(i)=>i;import("./a.js");`;
    const bundle = {
      'a.js': chunk('export const a=1;'),
      'b.js': chunk(mapped),
      'c.css': asset('a{}'),
    };
    await generate(bundle);
    await generate(bundle);
    expect(bundle['a.js'].code).toBe(`${COMPILE_HINT}export const a=1;`);
    // after what Vite puts at a chunk's start, not before it
    expect(bundle['b.js'].code).toBe(COMPILE_HINT + mapped);
    expect(bundle['c.css'].source).toBe('a{}');
  });

  it('is the comment V8 reads: a line of its own at the very start', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });
});
