// Saved data the guide could not read (corrupt JSON, failed validation, a migration that threw,
// a newer format) is never dropped: its raw text goes under `<key>:backup` before the store
// starts clean, and a notice offers it as a download until the reader deletes it.
import { safeStorage } from './storage';

export interface Backup {
  /** When the text was set aside, ms since the epoch (0 when unknown). */
  savedAt: number;
  /** Why it could not be read, in words for the reader. */
  reason: string;
  /** The stored text exactly as it was found. */
  raw: string;
}

export interface BackupSet {
  /** The storage key the backups came from, e.g. `math-for-ml:progress`. */
  key: string;
  backups: readonly Backup[];
}

type Listener = () => void;

const listeners = new Set<Listener>();
let snapshot: readonly BackupSet[] = [];

export const backupKeyFor = (key: string) => `${key}:backup`;

function isBackup(value: unknown): value is Backup {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return typeof b.savedAt === 'number' && typeof b.reason === 'string' && typeof b.raw === 'string';
}

function readBackups(key: string): Backup[] {
  const text = safeStorage.getItem(backupKeyFor(key));
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every(isBackup)) return parsed;
  } catch {
    // falls through: keep whatever is there as one backup rather than lose it
  }
  return [{ savedAt: 0, reason: 'an earlier backup in an unknown format', raw: text }];
}

function publish(key: string, backups: readonly Backup[]): void {
  const others = snapshot.filter((set) => set.key !== key);
  snapshot = backups.length > 0 ? [...others, { key, backups }] : others;
  for (const listener of listeners) listener();
}

/** Loads the backups already kept for `key` (from an earlier visit) so the notice shows them. */
export function loadBackups(key: string): void {
  const backups = readBackups(key);
  if (backups.length > 0 || snapshot.some((set) => set.key === key)) publish(key, backups);
}

/**
 * Keeps `raw` under the backup key. Returns true when the backup reached localStorage (or was
 * already there); false means it lives in memory only, and the caller must not overwrite the
 * original.
 */
export function keepBackup(key: string, raw: string, reason: string, savedAt: number): boolean {
  const backups = readBackups(key);
  if (backups.some((b) => b.raw === raw)) {
    publish(key, backups);
    return true;
  }
  const next = [...backups, { savedAt, reason, raw }];
  const saved = safeStorage.trySetItem(backupKeyFor(key), JSON.stringify(next));
  publish(key, next);
  return saved;
}

/** The reader has downloaded the backups and asked for them to be deleted. */
export function deleteBackups(key: string): void {
  safeStorage.removeItem(backupKeyFor(key));
  publish(key, []);
}

export function getBackupSets(): readonly BackupSet[] {
  return snapshot;
}

export function subscribeBackups(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
