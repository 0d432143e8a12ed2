import { applyUpdate, dismiss, usePwaState } from './pwa';

/** "Update available" after a new deployment; "ready offline" once everything is cached. */
export default function UpdatePrompt() {
  const { needRefresh, offlineReady } = usePwaState();
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>
        {needRefresh
          ? 'A new version of the guide is available. Reload to use it; your progress is kept.'
          : 'The whole guide is saved on this device: it now works offline.'}
      </p>
      {needRefresh ? (
        <button
          type="button"
          className="button button--small button--primary"
          onClick={applyUpdate}
        >
          Reload
        </button>
      ) : null}
      <button type="button" className="button button--small" onClick={dismiss}>
        {needRefresh ? 'Later' : 'OK'}
      </button>
    </div>
  );
}
