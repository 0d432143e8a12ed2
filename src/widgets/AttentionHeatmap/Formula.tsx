import { memo } from 'react';
import { formatFixed, formatShort } from '../../ui/format';
import { MASKED_TEXT, vectorText, weightText } from './describe';
import { isMasked, topKeys } from './model';
import type { AttentionSettings, AttentionView } from './model';

/** Keys spelled out term by term; beyond this the largest few stand for the rest. */
const ALL_TERMS_UP_TO = 4;
const TOP_TERMS = 3;

interface FormulaProps {
  view: AttentionView;
  settings: AttentionSettings;
  row: number;
}

/** "÷ √d_k", "÷ (√d_k × T)", "÷ T" or nothing, as symbols and then with the numbers. */
function Divisor({ view, settings }: { view: AttentionView; settings: AttentionSettings }) {
  const t = settings.temperature;
  if (!settings.scale && t === 1) return <> (no scaling)</>;
  const dk = (
    <>
      √<var>d</var>
      <sub>k</sub>
    </>
  );
  const numbers = `${settings.scale ? `√${view.dk}` : ''}${settings.scale && t !== 1 ? ' × ' : ''}${
    t === 1 ? '' : formatShort(t, 3)
  }`;
  return (
    <>
      {' '}
      ÷ {settings.scale && t !== 1 ? '(' : null}
      {settings.scale ? dk : null}
      {settings.scale && t !== 1 ? ' × ' : null}
      {t === 1 ? null : <var>T</var>}
      {settings.scale && t !== 1 ? ')' : null}, dividing by {numbers} ={' '}
      {formatFixed(view.divisor, 3)}
    </>
  );
}

/** The selected row's attention with its numbers: scores, softmax, weighted average. */
export const Formula = memo(function Formula({ view, settings, row: i }: FormulaProps) {
  const all = view.m <= ALL_TERMS_UP_TO;
  const shown = all
    ? Array.from({ length: view.m }, (_, j) => j)
    : topKeys(view, i, TOP_TERMS).sort((a, b) => a - b);
  const rest = all ? '' : ` + … (${view.m - shown.length} more keys)`;
  const weights = view.weights[i] ?? [];
  const vDigits = view.V.every((r) => r.every((x) => Number.isInteger(x))) ? 0 : 2;
  return (
    <div className="formula-lines attention-formula">
      <p>
        Scores of query {i + 1}: <var>s</var>
        <sub>j</sub> = <var>q</var>
        <sub>{i + 1}</sub>·<var>k</var>
        <sub>j</sub>
        <Divisor view={view} settings={settings} />
      </p>
      <ul className="attention-formula__terms">
        {shown.map((j) => (
          <li key={j}>
            <var>s</var>
            <sub>{j + 1}</sub> = {formatFixed(view.raw[i]?.[j] ?? 0, 3)}
            {view.divisor === 1 ? null : ` ÷ ${formatFixed(view.divisor, 3)}`}
            {isMasked(view, i, j)
              ? ` → ${MASKED_TEXT}`
              : view.divisor === 1
                ? null
                : ` = ${formatFixed(view.scores[i]?.[j] ?? 0, 3)}`}
          </li>
        ))}
        {all ? null : <li>… and {view.m - shown.length} more keys</li>}
      </ul>
      <p>
        <var>w</var> = softmax(<var>s</var>) ={' '}
        {all
          ? vectorText(weights)
          : shown.map((j) => `w${j + 1} = ${weightText(weights[j] ?? 0)}`).join(', ') + ', …'}{' '}
        (sum {weightText(view.rowSums[i] ?? 0)})
      </p>
      <p>
        output<sub>{i + 1}</sub> = Σ <var>w</var>
        <sub>j</sub> <var>v</var>
        <sub>j</sub> ={' '}
        {shown
          .map((j) => `${weightText(weights[j] ?? 0)} × ${vectorText(view.V[j] ?? [], vDigits)}`)
          .join(' + ')}
        {rest} = <strong>{vectorText(view.output[i] ?? [])}</strong>
      </p>
    </div>
  );
});
