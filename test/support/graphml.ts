import { SaxesParser } from 'saxes';

export interface ParsedGraphml {
  keys: Map<string, { for: string; name: string; type: string }>;
  nodes: Map<string, Record<string, unknown>>;
  edges: { id: string; source: string; target: string; data: Record<string, unknown> }[];
  graph: Record<string, unknown>;
  /** In document order, to check that every edge follows its ends. */
  order: { element: 'node' | 'edge'; id: string; source?: string; target?: string }[];
}

/**
 * Reads GraphML with a strict XML 1.0 parser (saxes fails on any character XML cannot hold and
 * on every well-formedness error), typing each <data> by its key as networkx and Gephi do.
 */
export function parseGraphml(xml: string): ParsedGraphml {
  const parsed: ParsedGraphml = {
    keys: new Map(),
    nodes: new Map(),
    edges: [],
    graph: {},
    order: [],
  };
  const parser = new SaxesParser({ xmlns: true });
  let owner: Record<string, unknown> | undefined;
  let key: string | undefined;
  let text = '';
  parser.on('opentag', (tag) => {
    const attribute = (name: string) => tag.attributes[name]?.value ?? '';
    switch (tag.local) {
      case 'key':
        parsed.keys.set(attribute('id'), {
          for: attribute('for'),
          name: attribute('attr.name'),
          type: attribute('attr.type'),
        });
        break;
      case 'graph':
        owner = parsed.graph;
        break;
      case 'node': {
        owner = {};
        parsed.nodes.set(attribute('id'), owner);
        parsed.order.push({ element: 'node', id: attribute('id') });
        break;
      }
      case 'edge': {
        owner = {};
        const edge = {
          id: attribute('id'),
          source: attribute('source'),
          target: attribute('target'),
        };
        parsed.edges.push({ ...edge, data: owner });
        parsed.order.push({ element: 'edge', ...edge });
        break;
      }
      case 'data':
        key = attribute('key');
        text = '';
    }
  });
  parser.on('text', (chunk) => {
    if (key) text += chunk;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'data' && key && owner) {
      const spec = parsed.keys.get(key);
      if (!spec) throw new Error(`data for an undeclared key ${key}`);
      owner[spec.name] = typed(text, spec.type);
      key = undefined;
    } else if (tag.local === 'node' || tag.local === 'edge') {
      owner = parsed.graph;
    }
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return parsed;
}

function typed(text: string, type: string): unknown {
  if (type === 'int' || type === 'long' || type === 'double' || type === 'float')
    return Number(text);
  if (type === 'boolean') return text === 'true';
  return text;
}
