import { formatShort } from '../../ui/format';
import type { BayesView } from './model';

const n = (x: number) => formatShort(x, 4);

/** Shorthand used in the formula: W = the email contains "winner". */
function P({ children }: { children: string }) {
  return (
    <>
      <var>P</var>({children})
    </>
  );
}

export function Formula({ view }: { view: BayesView }) {
  const { prior, pos, neg } = view.input;
  const { result } = view;
  return (
    <div className="formula-lines">
      <p>
        <P>“winner”</P> = <P>“winner” | spam</P> <P>spam</P> + <P>“winner” | ham</P> <P>ham</P> ={' '}
        {n(pos)} × {n(prior)} + {n(neg)} × {n(1 - prior)} = {n(pos * prior)} +{' '}
        {n(neg * (1 - prior))} = <strong>{n(result?.evidence ?? 0)}</strong>
      </p>
      {result ? (
        <p>
          <P>spam | “winner”</P> = <P>“winner” | spam</P> <P>spam</P> / <P>“winner”</P> ={' '}
          {n(result.joint.hAndD)} / {n(result.evidence)} = <strong>{n(result.posterior)}</strong>
        </p>
      ) : (
        <p>
          <P>spam | “winner”</P> = {n(pos * prior)} / 0 divides by zero: undefined.
        </p>
      )}
    </div>
  );
}
