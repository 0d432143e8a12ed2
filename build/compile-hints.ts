// V8's explicit compile hint (Chrome 136+, https://v8.dev/blog/explicit-compile-hints): a script
// or module whose source starts with this comment has every function compiled as it streams in,
// on a background thread, instead of lazily on the main thread the first time it is called.
//
// Lazily, the first press on a widget's slider compiled React's event path, the kit's slider
// and the widget's live step there and then: 16–25 ms of a 32–46 ms pointerdown at 4× CPU,
// and 1–10 ms more in the drag's first step (traced, attention lesson). The chunks are split
// by route and widget, so a page loads little it does not run.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Starts every JavaScript chunk of a build with the compile hint. Added once the chunks are
 * final (generateBundle): the minifier, which runs after renderChunk, drops comments.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // after Vite's own, which puts the dynamic imports' dependency map at a chunk's start
      order: 'post',
      handler(_, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT)) {
            file.code = COMPILE_HINT + file.code;
          }
        }
      },
    },
  };
}
