// The mode switch and the two checkboxes: memoised, so a temperature step re-renders neither
// (React re-writes every input's name, type and value attributes when its component renders:
// about 19 attribute writes per slider step that changed nothing).
import { memo } from 'react';
import { Segmented } from '../../ui/Segmented';
import type { Mode } from './model';

const modeLabel = (m: Mode) =>
  m === 'sentence' ? 'A sentence (toy embeddings)' : 'Your own Q, K, V';
const MODES = ['sentence', 'matrices'] as const;

export const ModeSwitch = memo(function ModeSwitch({
  mode,
  onMode,
}: {
  mode: Mode;
  onMode: (mode: Mode) => void;
}) {
  return (
    <Segmented legend="Input" options={MODES} value={mode} onChange={onMode} labelOf={modeLabel} />
  );
});

export const ScaleAndMask = memo(function ScaleAndMask({
  scale,
  causal,
  onScale,
  onCausal,
}: {
  scale: boolean;
  causal: boolean;
  onScale: (scale: boolean) => void;
  onCausal: (causal: boolean) => void;
}) {
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={scale}
          onChange={(event) => onScale(event.target.checked)}
        />
        Scale by √d<sub>k</sub>
      </label>
      <label>
        <input
          type="checkbox"
          checked={causal}
          onChange={(event) => onCausal(event.target.checked)}
        />
        Causal mask
      </label>
    </>
  );
});
