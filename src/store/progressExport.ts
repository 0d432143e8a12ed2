// The export file: the same envelope the store saves ({ version, state }) plus a label and a
// date, so an export can be imported by this or any later version through decodeProgress.
import { PROGRESS_VERSION, decodeProgress, normalizeProgress } from './progressSchema';
import type { DecodeResult, ProgressData } from './progressSchema';

export const EXPORT_FORMAT = 'math-for-ml-progress';
/** Far beyond any real history (a review is ~120 bytes), small enough to parse at once. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function exportText(data: ProgressData, now: number): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      exportedAt: new Date(now).toISOString(),
      version: PROGRESS_VERSION,
      state: normalizeProgress(data),
    },
    null,
    2,
  );
}

/** Reads an imported file's text; anything wrong is said in words, nothing is thrown. */
export function decodeImport(text: string, bytes: number): DecodeResult {
  if (bytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      failure: 'invalid',
      message: `the file is ${Math.round(bytes / 1048576)} MB; a progress export is far smaller`,
    };
  }
  return decodeProgress(text);
}
