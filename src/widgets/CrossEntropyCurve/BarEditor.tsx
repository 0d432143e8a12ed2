import { formatFixed, formatShort } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { LinearSlider } from '../../ui/Slider';
import type { BarMode, BarView } from './model';
import { LOGIT_LIMIT } from './params';

/** The lesson's three predictions for the target [1, 0, 0] (true class 0). */
export const PRESETS: readonly (readonly number[])[] = [
  [0.9, 0.05, 0.05],
  [0.1, 0.6, 0.3],
  [0.4, 0.3, 0.3],
];
/** The logit sliders span this much; the number fields accept up to ±LOGIT_LIMIT. */
const SLIDER_LOGIT = 10;

interface BarEditorProps {
  view: BarView;
  onMode: (mode: BarMode) => void;
  onTarget: (target: number) => void;
  onProbability: (index: number, value: number) => void;
  onLogit: (index: number, value: number) => void;
  onPreset: (probs: readonly number[]) => void;
}

function Choice<V extends string | number>(props: {
  legend: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="ce-choice">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={String(option.value)}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function BarEditor({ view, ...on }: BarEditorProps) {
  const logits = view.logits;
  return (
    <div className="ce-bars">
      <div className="ce-bars__choices">
        <Choice
          legend="Prediction given as"
          name="ce-mode"
          value={view.mode}
          options={[
            { value: 'logits', label: 'Logits (through softmax)' },
            { value: 'probs', label: 'Probabilities' },
          ]}
          onChange={on.onMode}
        />
        <Choice
          legend="True class"
          name="ce-target"
          value={view.target}
          options={[0, 1, 2].map((i) => ({ value: i, label: `class ${i}` }))}
          onChange={on.onTarget}
        />
      </div>
      <ul className="ce-bars__rows">
        {view.probs.map((p, i) => (
          <li key={i} className={`ce-bar${i === view.target ? ' ce-bar--true' : ''}`}>
            <div className="ce-bar__controls">
              {logits ? (
                <>
                  <LinearSlider
                    label={`Logit of class ${i}`}
                    value={Math.min(SLIDER_LOGIT, Math.max(-SLIDER_LOGIT, logits[i] ?? 0))}
                    min={-SLIDER_LOGIT}
                    max={SLIDER_LOGIT}
                    step={0.1}
                    format={() => formatShort(logits[i] ?? 0, 3)}
                    onChange={(v) => on.onLogit(i, Number(v.toFixed(1)))}
                  />
                  <NumberField
                    label={`z${i}`}
                    value={logits[i] ?? 0}
                    min={-LOGIT_LIMIT}
                    max={LOGIT_LIMIT}
                    digits={3}
                    onChange={(v) => on.onLogit(i, v)}
                  />
                </>
              ) : (
                <>
                  <LinearSlider
                    label={`Probability of class ${i}`}
                    value={p}
                    min={0}
                    max={1}
                    step={0.01}
                    format={(v) => formatFixed(v, 3)}
                    onChange={(v) => on.onProbability(i, Number(v.toFixed(2)))}
                  />
                  <NumberField
                    label={`p${i}`}
                    value={p}
                    min={0}
                    max={1}
                    step={0.01}
                    digits={4}
                    onChange={(v) => on.onProbability(i, v)}
                  />
                </>
              )}
            </div>
            <div className="ce-bar__track" aria-hidden="true">
              <span className="ce-bar__fill" style={{ width: `${(p * 100).toFixed(2)}%` }} />
            </div>
            <p className="ce-bar__value">
              class {i}: {formatFixed(p, 4)}
              {i === view.target ? ' (true class)' : ''}
            </p>
          </li>
        ))}
      </ul>
      {logits ? null : (
        <>
          <p className="ce-bars__note">
            Changing one probability rescales the other two, keeping their ratio, so the three
            always sum to 1.
          </p>
          <div
            className="ce-bars__presets"
            role="group"
            aria-label="The lesson's predictions for true class 0"
          >
            {PRESETS.map((preset) => (
              <button
                key={preset.join(',')}
                type="button"
                className="button button--small"
                onClick={() => on.onPreset(preset)}
              >
                [{preset.join(', ')}]
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
