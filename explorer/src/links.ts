/**
 * Links inside the explorer are real links to a state (shareable, open in a new tab); a plain
 * click is taken over by navigate() so the page changes without reloading.
 */
import { el } from './dom';
import { type ExplorerState, formatState, type StateChanges, withChanges } from './state';

type Navigate = (changes: StateChanges) => void;

let current: () => ExplorerState = () => ({ view: 'entity' });
let go: Navigate = () => {};

export function setNavigation(state: () => ExplorerState, navigate: Navigate): void {
  current = state;
  go = navigate;
}

export function stateLink(
  changes: StateChanges,
  text: string,
  attributes: Record<string, string> = {},
): HTMLAnchorElement {
  const link = el(
    'a',
    { href: formatState(withChanges(current(), changes)) || '?', ...attributes },
    text,
  );
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    go(changes);
  });
  return link;
}

export function entityLink(entity: { id: string; name: string }): HTMLAnchorElement {
  return stateLink({ view: 'entity', entity: entity.id }, entity.name, {
    class: 'entity',
    'data-entity': entity.id,
  });
}

/**
 * A link out of the explorer, in a new tab. The seed only admits http(s) addresses; checking
 * again here means no other scheme (javascript:) can ever become a link on the page.
 */
export function externalLink(url: string, text: string, className?: string): HTMLAnchorElement {
  const web = /^https?:\/\//i.test(url);
  return el(
    'a',
    {
      ...(web ? { href: url } : {}),
      target: '_blank',
      rel: 'noopener noreferrer',
      ...(className ? { class: className } : {}),
    },
    text,
  );
}
