import { useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { pickProgress, useProgress } from '../../store/progress';
import { decodeImport, exportText } from '../../store/progressExport';
import type { ProgressData } from '../../store/progressSchema';
import { previewMerge } from '../../store/progressMerge';
import type { MergePreview } from '../../store/progressMerge';
import { downloadText, localDate } from './download';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; file: string; message: string }
  | { kind: 'ready'; file: string; data: ProgressData; preview: MergePreview }
  | { kind: 'merged'; file: string; preview: MergePreview };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function PreviewText({ preview }: { preview: MergePreview }) {
  return (
    <>
      The file holds {plural(preview.reviewsInFile, 'review')} of{' '}
      {plural(preview.cardsInFile, 'card')} and {plural(preview.lessonsInFile, 'lesson')} read.
      Merging adds {plural(preview.newReviews, 'review')} and {plural(preview.newLessons, 'lesson')}{' '}
      read that this browser does not have yet
      {preview.undoneHere > 0
        ? `; ${plural(preview.undoneHere, 'review')} you undid here will stay out`
        : ''}
      . Nothing is deleted, and your new-card setting stays as it is.
    </>
  );
}

/** Export everything as a JSON download; import a file back after a preview and confirmation. */
export function ExportImport() {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const importProgress = useProgress((s) => s.importProgress);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const onExport = () => {
    const now = Date.now();
    const data = pickProgress(useProgress.getState());
    downloadText(`math-for-ml-progress-${localDate(now)}.json`, exportText(data, now));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    const decoded = decodeImport(text, file.size);
    if (!decoded.ok) {
      setState({ kind: 'error', file: file.name, message: decoded.message });
      return;
    }
    const ours = pickProgress(useProgress.getState());
    setState({
      kind: 'ready',
      file: file.name,
      data: decoded.data,
      preview: previewMerge(ours, decoded.data),
    });
  };

  const reset = () => {
    if (inputRef.current) inputRef.current.value = '';
  };

  const confirm = () => {
    if (state.kind !== 'ready') return;
    importProgress(state.data);
    setState({ kind: 'merged', file: state.file, preview: state.preview });
    reset();
  };

  return (
    <div className="export-import">
      <div className="export-import__row">
        <button type="button" className="button" onClick={onExport}>
          Export progress (JSON)
        </button>
      </div>
      <div className="export-import__row field">
        <label htmlFor={inputId}>Import progress from a file</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {state.kind === 'error' ? (
        <div className="notice notice--error" role="alert">
          <p>
            “{state.file}” was not imported and nothing changed: {state.message}.
          </p>
        </div>
      ) : null}
      {state.kind === 'ready' ? (
        <div className="notice" role="status">
          <p>
            “{state.file}” is a valid progress file. <PreviewText preview={state.preview} />
          </p>
          <div className="export-import__actions">
            <button type="button" className="button button--primary" onClick={confirm}>
              Merge into my progress
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setState({ kind: 'idle' });
                reset();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {state.kind === 'merged' ? (
        <p className="export-import__done" role="status">
          Merged “{state.file}”: {plural(state.preview.newReviews, 'review')} and{' '}
          {plural(state.preview.newLessons, 'lesson')} read added.
        </p>
      ) : null}
    </div>
  );
}
