import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** A word break between elements, on the stack beside the nodes. */
const BREAK = Symbol('break');

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'iframe', 'object']);

/**
 * Elements inside a line of text: a word may run across their edges ("<b>Open</b>AI"). Every
 * other element (a paragraph, a cell, a line break, an unknown one) separates words.
 */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/**
 * The text of an HTML page as a reader sees it: parsed as a browser would (parse5, the WHATWG
 * algorithm: entities decoded, broken markup repaired), scripts and styles left out, words
 * separated where elements separate them. Noscript content counts: it is parsed as markup, since
 * pages often put their article there for readers without scripts.
 */
export function htmlToText(html: string): string {
  const document = parse(html, { scriptingEnabled: false });
  const pieces: string[] = [];
  // Depth-first with a stack: hostile pages nest deeper than the call stack goes.
  const stack: (Node | typeof BREAK)[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as Node | typeof BREAK;
    if (node === BREAK) {
      pieces.push(' ');
      continue;
    }
    if (node.nodeName === '#text') {
      pieces.push((node as DefaultTreeAdapterMap['textNode']).value);
      continue;
    }
    if (!('childNodes' in node) || HIDDEN.has(node.nodeName)) continue;
    const separates = 'tagName' in node && !INLINE.has(node.tagName);
    if (separates) stack.push(BREAK);
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
    if (separates) pieces.push(' ');
  }
  return pieces.join('');
}
