import { formatShort } from '../../ui/format';
import { SeedField } from '../../ui/SeedField';
import { LinearSlider, LogSlider } from '../../ui/Slider';
import { BATCHES_MAX, BATCHES_MIN, N_MAX } from './params';
import type { Params } from './params';

interface ControlsProps {
  params: Params;
  onChange: (change: Partial<Params> | ((current: Params) => Partial<Params>)) => void;
}

export function Controls({ params, onChange }: ControlsProps) {
  return (
    <div className="sl-controls">
      <LinearSlider
        label="Flips per batch n"
        value={params.n}
        min={1}
        max={N_MAX}
        step={1}
        format={(v) => `n = ${v}`}
        // k above n could never happen: keep it reachable
        onChange={(n) => onChange((s) => ({ n, k: Math.min(s.k, n) }))}
      />
      <LinearSlider
        label="Chance of heads p"
        value={params.p}
        min={0}
        max={1}
        step={0.01}
        format={(v) => `p = ${formatShort(v, 4)}`}
        marks={[{ value: 0.5, label: 'fair' }]}
        onChange={(p) => onChange({ p })}
      />
      <LogSlider
        label="Batches"
        value={params.batches}
        min={BATCHES_MIN}
        max={BATCHES_MAX}
        stepsPerDecade={12}
        format={(v) => Math.round(v).toLocaleString('en-US')}
        onChange={(v) => onChange({ batches: Math.round(v) })}
      />
      <LinearSlider
        label="Threshold k"
        value={params.k}
        min={0}
        max={params.n}
        step={1}
        format={(v) => `heads ≥ ${v}`}
        onChange={(k) => onChange({ k })}
      />
      <SeedField seed={params.seed} onChange={(seed) => onChange({ seed })} />
    </div>
  );
}
