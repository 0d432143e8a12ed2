import { memo, useMemo } from 'react';
import { useLive } from '../liveSource';
import type { LiveSource } from '../liveSource';
import { PictureOverlay } from './PictureOverlay';
import type { Scene } from './scene';

interface LivePictureProps<T> {
  source: LiveSource<T>;
  /** The scene of one live value; stable (a module function or a memoised callback). */
  build: (value: T) => Scene;
}

/**
 * The painter's overlay for a live drag (src/ui/liveSource.ts): the only part of the widget a
 * step renders. Shows nothing outside a live drag. Its parent must be positioned.
 */
function LivePictureInner<T>({ source, build }: LivePictureProps<T>) {
  const value = useLive(source);
  const scene = useMemo(() => (value === null ? null : build(value)), [value, build]);
  return <PictureOverlay scene={scene} />;
}

export const LivePicture = memo(LivePictureInner) as typeof LivePictureInner;
