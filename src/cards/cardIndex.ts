// The shipped cards' id, lesson, type and title, without any card content: small enough for
// the header's due badge, search and the progress page. Import from here (not catalog.ts) when
// this is all you need, so the card renderer and the generators stay out of your chunk.
import { cardIndex as index } from 'virtual:cards';
import type { CardMeta } from './types';

// validated by the cards plugin at build time
export const cardIndex = index as readonly CardMeta[];
