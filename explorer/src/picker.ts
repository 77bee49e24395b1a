/**
 * A search box with suggestions (an ARIA combobox): typing asks the API's full-text search,
 * which tolerates a typo; arrows and Enter or a click pick an entity.
 */
import { ask } from './api';
import { el } from './dom';
import type { EntityType } from './gql/graphql';
import { Suggestions } from './queries';

export interface Picked {
  id: string;
  name: string;
}

export interface PickerOptions {
  id: string;
  label: string;
  placeholder: string;
  types?: EntityType[];
  onPick: (entity: Picked) => void;
}

export interface Picker {
  element: HTMLElement;
  /** Shows an entity as the current choice without asking anything. */
  set(entity: Picked | undefined): void;
}

const TYPE_NAMES: Record<string, string> = {
  Organization: 'organization',
  Person: 'person',
  Region: 'region',
  Product: 'product',
  Policy: 'policy',
};

export function createPicker(options: PickerOptions): Picker {
  const listId = `${options.id}-suggestions`;
  const input = el('input', {
    id: options.id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = el('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: '' });
  const element = el(
    'div',
    { class: 'picker' },
    el('label', { for: options.id, class: 'visually-hidden' }, options.label),
    input,
    list,
  );

  let found: Picked[] = [];
  /** The text `found` answers; the input may have changed since. */
  let foundFor = '';
  let active = -1;
  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Hides the list and drops what it offered, and any question still on its way. */
  const close = () => {
    clearTimeout(timer);
    pending?.abort();
    found = [];
    foundFor = '';
    active = -1;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const pick = (entity: Picked) => {
    input.value = entity.name;
    close();
    options.onPick(entity);
  };
  const highlight = (index: number) => {
    active = index;
    for (const [i, item] of [...list.children].entries()) {
      item.setAttribute('aria-selected', String(i === index));
      if (i === index) input.setAttribute('aria-activedescendant', item.id);
    }
  };
  const suggest = async (text: string) => {
    clearTimeout(timer);
    pending?.abort();
    if (text.trim().length < 2) return close();
    const asking = new AbortController();
    pending = asking;
    try {
      const { search } = await ask(
        Suggestions,
        { query: text, ...(options.types ? { types: options.types } : {}) },
        asking.signal,
      );
      found = search.edges.map(({ node }) => ({ id: node.id, name: node.name }));
      foundFor = text;
      list.replaceChildren(
        ...search.edges.map(({ node }, i) => {
          const item = el(
            'li',
            { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': node.id },
            el('span', { class: 'name' }, node.name),
            el(
              'span',
              { class: 'kind' },
              [TYPE_NAMES[node.__typename] ?? node.__typename, node.country]
                .filter(Boolean)
                .join(' · '),
            ),
          );
          // mousedown, not click: it comes before the input's blur closes the list.
          item.addEventListener('mousedown', (event) => {
            event.preventDefault();
            pick({ id: node.id, name: node.name });
          });
          return item;
        }),
      );
      if (found.length === 0) list.append(el('li', { class: 'none' }, 'No match'));
      active = -1;
      open();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      found = [];
      foundFor = text;
      list.replaceChildren(el('li', { class: 'none', role: 'alert' }, (error as Error).message));
      open();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(input.value), 150);
  });
  input.addEventListener('keydown', (event) => {
    const shown = !list.hidden && found.length > 0;
    if (event.key === 'ArrowDown' && shown) {
      event.preventDefault();
      highlight((active + 1) % found.length);
    } else if (event.key === 'ArrowUp' && shown) {
      event.preventDefault();
      highlight((active - 1 + found.length) % found.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void enter();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  /** Enter picks the highlighted or first suggestion for what is typed now, asking if needed. */
  const enter = async () => {
    const text = input.value;
    if (foundFor !== text) await suggest(text);
    if (input.value !== text) return;
    const choice = found[Math.max(active, 0)];
    if (choice) pick(choice);
  };
  input.addEventListener('blur', close);

  return {
    element,
    set: (entity) => {
      input.value = entity?.name ?? '';
    },
  };
}
