import {
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * Whether the client selected a field directly under the current one (through fragments too),
 * so that costly parts such as totalCount are computed only when asked for.
 */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => inSet(node.selectionSet, field, info.fragments));
}

function inSet(
  set: SelectionSetNode | undefined,
  field: string,
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  return (set?.selections ?? []).some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === field;
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return inSet(selection.selectionSet, field, fragments);
    return inSet(fragments[selection.name.value]?.selectionSet, field, fragments);
  });
}
