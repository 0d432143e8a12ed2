// Built by build/cards-plugin.ts. An ambient module cannot import our types by a relative
// path, so the data is `unknown` here and typed where it enters (cardIndex.ts, catalog.ts); the
// plugin validated it with zod at build time.
declare module 'virtual:cards' {
  /** Every shipped card's CardMeta (lessons that exist), in course file order. */
  export const cardIndex: unknown;
  /** One lazy chunk per lesson; its default export is that lesson's CardData[]. */
  export const loaders: Record<string, () => Promise<{ default: unknown }>>;
}
