import { memo } from 'react';
import { formatFixed } from '../../ui/format';
import type { SoftmaxView } from './model';

/** Entropy, peak and perplexity at T, each beside its value at T = 1. */
function ReadoutList({ view }: { view: SoftmaxView }) {
  const { readout, readout1, filter } = view;
  const top = view.tokens[view.order[0] ?? 0];
  const at1 = (text: string) => <dd className="st-readout__t1">T = 1: {text}</dd>;
  return (
    <div className="st-readouts">
      <dl className="readouts">
        <div>
          <dt>Entropy (nats)</dt>
          <dd>{formatFixed(readout.entropyNats, 3)}</dd>
          {at1(formatFixed(readout1.entropyNats, 3))}
        </div>
        <div>
          <dt>Entropy (bits)</dt>
          <dd>{formatFixed(readout.entropyBits, 3)}</dd>
          {at1(formatFixed(readout1.entropyBits, 3))}
        </div>
        <div>
          <dt>Max probability</dt>
          <dd>
            {formatFixed(readout.maxP, 3)}
            {top ? <span className="st-readout__token"> ({top.label})</span> : null}
          </dd>
          {at1(formatFixed(readout1.maxP, 3))}
        </div>
        <div>
          <dt>
            Perplexity <var>e</var>
            <sup>
              <var>H</var>
            </sup>
          </dt>
          <dd>{formatFixed(readout.perplexity, 3)}</dd>
          {at1(formatFixed(readout1.perplexity, 3))}
        </div>
      </dl>
      {filter ? (
        <p className="readouts__note">
          After the filters, the distribution sampled from has entropy{' '}
          {formatFixed(filter.readout.entropyNats, 3)} nats and perplexity{' '}
          {formatFixed(filter.readout.perplexity, 3)}: about{' '}
          {formatFixed(filter.readout.perplexity, 1)} equally likely choices.
        </p>
      ) : (
        <p className="readouts__note">
          Perplexity {formatFixed(readout.perplexity, 3)} means the pick is as uncertain as a fair
          choice among about {formatFixed(readout.perplexity, 1)} tokens.
        </p>
      )}
    </div>
  );
}

/** Memoised: while a slider is dragged it keeps the settled view and skips rendering. */
export const Readouts = memo(ReadoutList);
