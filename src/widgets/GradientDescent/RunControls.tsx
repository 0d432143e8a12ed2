import { memo } from 'react';

interface RunControlsProps {
  steps: number;
  maxSteps: number;
  canStep: boolean;
  playing: boolean;
  reducedMotion: boolean;
  onStep: (by: number) => void;
  onPlay: () => void;
  onRestart: () => void;
}

/** How far the "+50 steps" button jumps: the lesson's runs are 50 steps long. */
export const JUMP = 50;

/**
 * Step, +50 steps, Play/Pause, restart and the counter. Under reduced motion Play becomes
 * "Run to step 1000", which jumps there at once instead of animating.
 */
export const RunControls = memo(function RunControls(props: RunControlsProps) {
  const { canStep, maxSteps } = props;
  return (
    <div className="gd-run">
      <div className="gd-run__buttons">
        <button
          type="button"
          className="button"
          onClick={() => props.onStep(1)}
          disabled={!canStep}
        >
          Step
        </button>
        <button
          type="button"
          className="button"
          onClick={() => props.onStep(JUMP)}
          disabled={!canStep}
        >
          +{JUMP} steps
        </button>
        {props.reducedMotion ? (
          <button
            type="button"
            className="button"
            onClick={() => props.onStep(maxSteps)}
            disabled={!canStep}
          >
            Run to step {maxSteps}
          </button>
        ) : (
          <button type="button" className="button" onClick={props.onPlay}>
            {props.playing ? 'Pause' : 'Play'}
          </button>
        )}
        <button type="button" className="button" onClick={props.onRestart}>
          Reset run
        </button>
        <span className="gd-run__counter">
          Step {props.steps}
          {props.steps >= maxSteps ? ' (the maximum)' : ''}
        </span>
      </div>
      {props.reducedMotion ? (
        <p className="gd-run__note">
          Your system asks for reduced motion, so nothing animates: instead of Play, “Run to step{' '}
          {maxSteps}” jumps straight to the end of the run.
        </p>
      ) : null}
    </div>
  );
});
