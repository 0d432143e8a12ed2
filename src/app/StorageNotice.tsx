import { useState, useSyncExternalStore } from 'react';
import { getStorageProblem, subscribeStorageProblem } from '../store/storage';
import { BackupNotice } from './BackupNotice';

const messages = {
  unavailable:
    'This browser is not letting the guide save anything (storage is disabled or private). ' +
    'Everything works, but your settings and progress will be gone when you close the tab.',
  quota:
    'Browser storage is full, so the latest changes could not be saved. ' +
    'Free some space for this site to keep your progress.',
} as const;

/**
 * Says once, politely, that progress cannot be saved (the guide keeps working in memory), and
 * offers any saved data that could not be read as a download.
 */
export function StorageNotice() {
  const problem = useSyncExternalStore(subscribeStorageProblem, getStorageProblem, () => null);
  const [dismissed, setDismissed] = useState(false);
  return (
    <>
      {problem && !dismissed ? (
        <div className="notice notice--warning" role="status">
          <p>{messages[problem]}</p>
          <button type="button" className="button button--small" onClick={() => setDismissed(true)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <BackupNotice />
    </>
  );
}
