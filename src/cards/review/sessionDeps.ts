// What a review session needs beyond the overview: the card content, the generators and the
// card renderer. Loaded when a session starts, so /review's first load stays small.
export { instantiate, loadCards } from '../catalog';
export type { CardData } from '../catalog';
export { CardView } from '../CardView';
