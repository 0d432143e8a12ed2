import MiniSearch from 'minisearch';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useNavigate } from '../../ui/router';
import { documents } from 'virtual:search-index';
import type { SearchDoc } from './types';

const kindLabels: Record<SearchDoc['kind'], string> = {
  lesson: 'Lesson',
  section: 'Section',
  term: 'Glossary',
  identity: 'Identity',
  card: 'Card',
};

function buildIndex(): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'text', 'context'],
    storeFields: ['kind', 'title', 'text', 'href', 'context'],
    searchOptions: {
      boost: { title: 3 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
      // cards are short and many (a hundred, each carrying its lesson's title): at half weight a
      // page about the query still comes first, while a phrase only a card has still finds it
      boostDocument: (_id, _term, stored) => (stored?.['kind'] === 'card' ? 0.5 : 1),
    },
  });
  index.addAll(documents);
  return index;
}

const MAX_RESULTS = 12;

export interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The search dialog (Ctrl+K or /): lessons, sections, glossary terms, identities and study cards
 * (a card opens /review filtered to its lesson), ranked by MiniSearch over an index built at
 * build time. Arrow keys move through results, Enter opens.
 */
export default function SearchDialog({ open, onClose }: SearchDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const index = useMemo(() => buildIndex(), []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const results = useMemo(() => {
    const q = query.trim();
    if (q === '') return [];
    return index
      .search(q)
      .slice(0, MAX_RESULTS)
      .map((r) => r as unknown as SearchDoc & { id: string });
  }, [index, query]);

  const go = (doc: SearchDoc) => {
    onClose();
    navigate(doc.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // a search field would otherwise spend the first Escape on clearing itself
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const doc = results[active];
      if (doc) {
        event.preventDefault();
        go(doc);
      }
    }
  };

  const activeId = results[active] ? `${listId}-${active}` : undefined;

  return (
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-label="Search the guide"
      onClose={onClose}
      onClick={(event) => {
        // a click on the backdrop (the dialog element itself) closes it
        if (event.target === dialogRef.current) onClose();
      }}
    >
      <div className="search-dialog__box">
        <div className="search-dialog__field">
          <label htmlFor={`${listId}-input`}>
            Search lessons, sections, terms, identities and cards
          </label>
          <input
            ref={inputRef}
            id={`${listId}-input`}
            type="search"
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-autocomplete="list"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <ul id={listId} role="listbox" aria-label="Results" className="search-dialog__results">
          {results.map((doc, i) => (
            <li
              key={doc.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search-result"
              onMouseEnter={() => setActive(i)}
              onClick={() => go(doc)}
            >
              <span className="search-result__kind">{kindLabels[doc.kind]}</span>
              <span className="search-result__title">{doc.title}</span>
              {doc.context ? <span className="search-result__context">{doc.context}</span> : null}
            </li>
          ))}
        </ul>
        <p className="search-dialog__hint" role="status">
          {query.trim() === ''
            ? 'Type to search. ↑ ↓ to move, Enter to open, Esc to close.'
            : results.length === 0
              ? `Nothing matches “${query.trim().slice(0, 60)}”.`
              : `${results.length} result${results.length === 1 ? '' : 's'}.`}
        </p>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
