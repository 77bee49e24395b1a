/**
 * Statements built from a request's shape (which filters are given, the order, a cursor or
 * not), never from its values: each shape's text is built once and reused, so Neo4j's plan
 * cache sees a handful of texts.
 */
export function statementsByShape<Shape>(
  build: (shape: Shape) => string,
): (shape: Shape) => string {
  const built = new Map<string, string>();
  return (shape) => {
    const key = JSON.stringify(shape);
    let statement = built.get(key);
    if (statement === undefined) {
      statement = build(shape);
      built.set(key, statement);
    }
    return statement;
  };
}
