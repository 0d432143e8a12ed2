// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickProgress, useProgress } from '../../store/progress';
import { ExportImport } from './ExportImport';

const v1 = readFileSync(
  join(import.meta.dirname, '../../../tests/fixtures/progress-v1.json'),
  'utf8',
);
const mine = { id: 'm@1', cardId: 'm', rating: 3 as const, reviewedAt: 1, seed: 0 };

beforeEach(() => {
  useProgress.setState({ reviews: [mine], removed: [], lessonsRead: [], newCardsPerDay: 7 });
});

describe('ExportImport', () => {
  it('an invalid file changes nothing and says where it is wrong', async () => {
    const user = userEvent.setup();
    render(<ExportImport />);
    const before = pickProgress(useProgress.getState());
    const bad = JSON.stringify({ version: 2, state: { reviews: 'none' } });
    await user.upload(
      screen.getByLabelText('Import progress from a file'),
      new File([bad], 'bad.json', { type: 'application/json' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“bad.json” was not imported and nothing changed: reviews must be a list of reviews; removed must be a list of review ids; lessonsRead must be a list of lesson slugs (and 1 more).',
    );
    expect(pickProgress(useProgress.getState())).toEqual(before);
  });

  it('a valid file is previewed, then merged by id only after confirmation', async () => {
    const user = userEvent.setup();
    render(<ExportImport />);
    await user.upload(
      screen.getByLabelText('Import progress from a file'),
      new File([v1], 'old.json', { type: 'application/json' }),
    );
    const preview = await screen.findByRole('status');
    expect(preview.textContent).toContain(
      'The file holds 5 reviews of 2 cards and 1 lesson read. Merging adds 5 reviews and 1 lesson read',
    );
    expect(useProgress.getState().reviews).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Merge into my progress' }));
    expect(useProgress.getState().reviews).toHaveLength(6);
    expect(useProgress.getState().lessonsRead).toEqual(['vectors']);
    expect(useProgress.getState().newCardsPerDay).toBe(7);
    expect(screen.getByRole('status').textContent).toBe(
      'Merged “old.json”: 5 reviews and 1 lesson read added.',
    );
  });
});
