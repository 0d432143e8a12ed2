import { useState, useSyncExternalStore } from 'react';
import { deleteBackups, getBackupSets, subscribeBackups } from '../store/backups';
import type { BackupSet } from '../store/backups';
import { downloadText, localDate } from './progress/download';

const fileName = (key: string, savedAt: number, index: number) =>
  `${key.replace(/[^a-z0-9-]+/gi, '-')}-backup-${savedAt ? localDate(savedAt) : 'unknown-date'}${
    index ? `-${index + 1}` : ''
  }.json`;

function BackupSetNotice({ set }: { set: BackupSet }) {
  const [downloaded, setDownloaded] = useState(false);
  const download = () => {
    set.backups.forEach((b, i) => downloadText(fileName(set.key, b.savedAt, i), b.raw));
    setDownloaded(true);
  };
  const reasons = [...new Set(set.backups.map((b) => b.reason))];
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        {reasons.join(' ')} The guide started with fresh progress and kept the old data as a backup
        in this browser. Download it to keep it (you can import it on the Progress page once it is
        repaired).
      </p>
      <button type="button" className="button button--small" onClick={download}>
        Download backup{set.backups.length > 1 ? `s (${set.backups.length})` : ''}
      </button>
      {downloaded ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => deleteBackups(set.key)}
        >
          Delete the backup from this browser
        </button>
      ) : null}
    </div>
  );
}

/** Offers saved data the guide could not read as a download, until the reader deletes it. */
export function BackupNotice() {
  const sets = useSyncExternalStore(subscribeBackups, getBackupSets, getBackupSets);
  return (
    <>
      {sets.map((set) => (
        <BackupSetNotice key={set.key} set={set} />
      ))}
    </>
  );
}
