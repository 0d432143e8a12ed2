import { memo, useState } from 'react';

/**
 * Python the reader could type next, with a copy button that says whether it worked. Memoised:
 * widgets re-render on every slider step, and the code only changes when its text does.
 */
export const CodeBlock = memo(function CodeBlock({
  code,
  language = 'Python',
}: {
  code: string;
  language?: string;
}) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <div className="code-block">
      <div className="code-block__bar">
        <span>{language}</span>
        <button type="button" className="button button--small" onClick={() => void copy()}>
          Copy code
        </button>
        <span role="status" className="code-block__copied">
          {copyState === 'copied' ? 'Copied.' : null}
          {copyState === 'failed' ? 'Copying is blocked here; select the text instead.' : null}
        </span>
      </div>
      {/* long lines scroll sideways on a phone: the box must be reachable by keyboard */}
      <pre tabIndex={0}>
        <code>{code}</code>
      </pre>
    </div>
  );
});
