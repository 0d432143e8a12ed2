import { Link } from '../ui/router';
import { lessons, findLesson } from '../lessons/catalog';
import { pillarNames, pillars } from '../lessons/frontmatter';
import type { LessonMeta, Pillar } from '../lessons/frontmatter';
import { useDocumentTitle } from '../ui/useDocumentTitle';

const pillarBlurbs: Record<Pillar, string> = {
  'linear-algebra': 'How data and models are represented: vectors, matrices, shapes.',
  calculus: 'How models learn: derivatives, gradients, the chain rule.',
  probability: 'How models express uncertainty: distributions, softmax, likelihood.',
  statistics: 'How you know a model really improved: baselines, intervals, tests.',
};

/** One training step, in order; each stage names its pillar and the lesson that teaches it. */
const trainingStep: { stage: string; detail: string; pillar: Pillar; lesson: string }[] = [
  {
    stage: 'Matrix multiply',
    detail: 'logits = W x + b',
    pillar: 'linear-algebra',
    lesson: 'matrices',
  },
  { stage: 'Softmax', detail: 'logits → probabilities', pillar: 'probability', lesson: 'softmax' },
  {
    stage: 'Cross-entropy',
    detail: 'loss = −log p(correct)',
    pillar: 'probability',
    lesson: 'cross-entropy',
  },
  { stage: 'Gradient', detail: 'chain rule, backwards', pillar: 'calculus', lesson: 'backprop' },
  { stage: 'Update', detail: 'w ← w − η ∇L', pillar: 'calculus', lesson: 'gradient-descent' },
  {
    stage: 'Evaluate',
    detail: 'did it really improve?',
    pillar: 'statistics',
    lesson: 'statistics',
  },
];

function StageName({ stage, lesson }: { stage: string; lesson: string }) {
  const target = findLesson(lesson);
  return target ? <Link to={`/lessons/${target.slug}`}>{stage}</Link> : <span>{stage}</span>;
}

function LessonCard({ lesson }: { lesson: LessonMeta }) {
  return (
    <li className={`lesson-card pillar--${lesson.pillar}`}>
      <p className="lesson-card__meta">
        <span>Lesson {lesson.order}</span> · <span>{lesson.minutes} min</span>
      </p>
      <h4 className="lesson-card__title">
        <Link to={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
      </h4>
      <p>{lesson.summary}</p>
      <p className="lesson-card__meta">
        {lesson.prerequisites.length > 0
          ? `Read first: ${lesson.prerequisites.map((s) => findLesson(s)?.title ?? s).join('; ')}`
          : 'No prerequisites'}
      </p>
    </li>
  );
}

export function HomePage() {
  useDocumentTitle(null);
  return (
    <div className="home">
      <section className="home__intro" aria-labelledby="home-title">
        <p className="eyebrow">An interactive study guide</p>
        <h1 id="home-title">The math behind machine learning, for people who ship software</h1>
        <p className="home__lede">
          Stop treating ML as magic. Each lesson explains one idea in plain words, gives the
          formula, works a real example, and then hands you a live widget: drag a slider and watch
          the math respond. Every number you see is computed, not typed.
        </p>
        <ol className="how-to">
          <li>
            <strong>Read</strong> a short lesson.
          </li>
          <li>
            <strong>Drag</strong> the widget until the idea clicks.
          </li>
          <li>
            <strong>Check yourself</strong> with the questions at the end.
          </li>
          <li>
            <strong>Review</strong> the cards when they come back.
          </li>
        </ol>
        {lessons[0] ? (
          <Link className="button button--primary" to={`/lessons/${lessons[0].slug}`}>
            Start with “{lessons[0].title}”
          </Link>
        ) : null}
      </section>

      <section aria-labelledby="step-title">
        <h2 id="step-title">One training step, four pillars</h2>
        <p>
          Everything a neural network does while it learns is one of these six moves, repeated
          millions of times. Each rests on one pillar of mathematics.
        </p>
        <ol className="training-step">
          {trainingStep.map((s) => (
            <li key={s.stage} className={`training-step__stage pillar--${s.pillar}`}>
              <span className="training-step__name">
                <StageName stage={s.stage} lesson={s.lesson} />
              </span>
              <span className="training-step__detail">{s.detail}</span>
              <span className="training-step__pillar">{pillarNames[s.pillar]}</span>
            </li>
          ))}
        </ol>
        <ul className="pillars">
          {pillars.map((p) => (
            <li key={p} className={`pillar pillar--${p}`}>
              <strong>{pillarNames[p]}</strong> — {pillarBlurbs[p]}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">Lessons</h2>
        <p>
          Grouped by pillar. Each card says what to read first; the numbers give the suggested order
          through the whole guide.
        </p>
        {pillars.map((pillar) => {
          const inPillar = lessons.filter((lesson) => lesson.pillar === pillar);
          if (inPillar.length === 0) return null;
          return (
            <section key={pillar} aria-labelledby={`pillar-${pillar}`} className="pillar-group">
              <h3 id={`pillar-${pillar}`} className={`pillar-group__title pillar--${pillar}`}>
                {pillarNames[pillar]}
              </h3>
              <ol className="lesson-grid">
                {inPillar.map((lesson) => (
                  <LessonCard key={lesson.slug} lesson={lesson} />
                ))}
              </ol>
            </section>
          );
        })}
      </section>
    </div>
  );
}
