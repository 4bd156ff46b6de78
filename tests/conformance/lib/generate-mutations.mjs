// Mutations of valid documents that each break one validation rule. Every mutation takes a parsed
// document, the schema and the PRNG, and returns a changed document or null when it does not apply.
// `rules` is what graphql-js must report (the generator keeps a result only if exactly these fire).
import {
  Kind,
  TypeInfo,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  parseValue,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** Every node `match` accepts, visited with type information: [{ node, info }] in document order. */
function candidates(schema, doc, match) {
  const typeInfo = new TypeInfo(schema);
  const found = [];
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        const info = match(node, typeInfo);
        if (info) found.push({ node, info });
      },
    }),
  );
  return found;
}

const replace = (doc, target, replacement) =>
  visit(doc, { enter: (node) => (node === target ? replacement : undefined) });

const withDefinitions = (doc, ...extra) => ({
  ...doc,
  definitions: [...doc.definitions, ...extra.flatMap((text) => parse(text).definitions)],
});

const operationOf = (doc) => doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
const fragmentsOf = (doc) => doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
const isRequired = (arg) => isNonNullType(arg.type) && arg.defaultValue === undefined;
const fieldNode = (text) => parse(`{ ${text} }`).definitions[0].selectionSet.selections[0];
const inlineFragmentNode = (text) => parse(`{ ${text} }`).definitions[0].selectionSet.selections[0];
const directiveNode = (text) => fieldNode(`x ${text}`).directives[0];
const argumentNode = (text) => fieldNode(`x(${text})`).arguments[0];

const pickCandidate = (random, list) => (list.length ? random.pick(list) : null);

/** A literal of the wrong type for `type`, or null when every literal would do (custom scalars). */
function wrongLiteral(type, random) {
  const named = getNamedType(type);
  if (isEnumType(named)) return '"NOT_AN_ENUM_LITERAL"';
  if (isInputObjectType(named)) {
    const hasRequired = Object.values(named.getFields()).some(isRequired);
    return named.isOneOf || hasRequired ? '{}' : '{bogusField: 1}';
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return random.pick(['"7"', '7.5', '2147483648']);
      case 'Float':
        return random.pick(['"7.5"', 'true']);
      case 'String':
        return random.pick(['true', '7', 'ENUMLIKE']);
      case 'Boolean':
        return random.pick(['"true"', '1']);
      case 'ID':
        return random.pick(['true', '1.5']);
      default:
        return null;
    }
  }
  return null;
}

export const MUTATIONS = [
  {
    name: 'unknown-field',
    rules: ['FieldsOnCorrectTypeRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.FIELD && !n.name.value.startsWith('__')));
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, name: { ...c.node.name, value: `${c.node.name.value}Typo` } });
    },
  },
  {
    name: 'drop-required-argument',
    rules: ['ProvidedRequiredArgumentsRule'],
    apply(doc, schema, random) {
      const list = candidates(schema, doc, (n, t) => {
        if (n.kind !== Kind.FIELD && n.kind !== Kind.DIRECTIVE) return null;
        const def = n.kind === Kind.FIELD ? t.getFieldDef() : t.getDirective();
        const required = (def?.args ?? []).filter(isRequired).map((a) => a.name);
        // Only literal values: dropping a variable would also leave it unused.
        const droppable = (n.arguments ?? []).filter((a) => required.includes(a.name.value) && a.value.kind !== Kind.VARIABLE);
        return droppable.length ? droppable : null;
      });
      const c = pickCandidate(random, list);
      if (!c) return null;
      const drop = random.pick(c.info);
      return replace(doc, c.node, { ...c.node, arguments: c.node.arguments.filter((a) => a !== drop) });
    },
  },
  {
    name: 'unknown-argument',
    rules: ['KnownArgumentNamesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n, t) => n.kind === Kind.FIELD && t.getFieldDef()));
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, arguments: [...(c.node.arguments ?? []), argumentNode('bogusArgument: 1')] });
    },
  },
  {
    name: 'duplicate-argument',
    rules: ['UniqueArgumentNamesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => (n.kind === Kind.FIELD || n.kind === Kind.DIRECTIVE) && n.arguments?.length > 0));
      if (!c) return null;
      const copy = random.pick(c.node.arguments);
      return replace(doc, c.node, { ...c.node, arguments: [...c.node.arguments, copy] });
    },
  },
  {
    name: 'wrong-literal-type',
    rules: ['ValuesOfCorrectTypeRule'],
    apply(doc, schema, random) {
      const list = candidates(schema, doc, (n, t) => {
        if (n.kind !== Kind.ARGUMENT || n.value.kind === Kind.VARIABLE) return null;
        const type = t.getArgument()?.type;
        const wrong = type && wrongLiteral(type, random);
        return wrong ? { wrong } : null;
      });
      const c = pickCandidate(random, list);
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, value: parseValue(c.info.wrong) });
    },
  },
  {
    name: 'undefined-variable',
    rules: ['NoUndefinedVariablesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.ARGUMENT && n.value.kind !== Kind.VARIABLE));
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, value: parseValue('$undefinedVariable') });
    },
  },
  {
    name: 'unused-variable',
    rules: ['NoUnusedVariablesRule'],
    apply(doc) {
      const op = operationOf(doc);
      const extra = parse('query ($unusedVariable: Int) { x }').definitions[0].variableDefinitions[0];
      return replace(doc, op, { ...op, variableDefinitions: [...(op.variableDefinitions ?? []), extra] });
    },
  },
  {
    name: 'duplicate-variable',
    rules: ['UniqueVariableNamesRule'],
    apply(doc, schema, random) {
      const op = operationOf(doc);
      if (!op.variableDefinitions?.length) return null;
      const copy = random.pick(op.variableDefinitions);
      return replace(doc, op, { ...op, variableDefinitions: [...op.variableDefinitions, copy] });
    },
  },
  {
    name: 'output-type-variable',
    rules: ['VariablesAreInputTypesRule', 'NoUnusedVariablesRule'],
    apply(doc, schema, random) {
      const op = operationOf(doc);
      const type = random.pick(['Dog', '[Pet!]', 'CatOrDog!', 'Node']);
      const extra = parse(`query ($outputVariable: ${type}) { x }`).definitions[0].variableDefinitions[0];
      return replace(doc, op, { ...op, variableDefinitions: [...(op.variableDefinitions ?? []), extra] });
    },
  },
  {
    name: 'variable-wrong-type',
    rules: ['VariablesInAllowedPositionRule'],
    apply(doc, schema, random) {
      const op = operationOf(doc);
      if (!op.variableDefinitions?.length) return null;
      const target = random.pick(op.variableDefinitions);
      // Keep the wrappers, change the named type: no named type is a subtype of another one.
      const rename = (typeNode) =>
        typeNode.kind === Kind.NAMED_TYPE
          ? { ...typeNode, name: { ...typeNode.name, value: typeNode.name.value === 'Int' ? 'Float' : 'Int' } }
          : { ...typeNode, type: rename(typeNode.type) };
      const changed = { ...target, type: rename(target.type), defaultValue: undefined };
      return replace(doc, op, { ...op, variableDefinitions: op.variableDefinitions.map((v) => (v === target ? changed : v)) });
    },
  },
  {
    name: 'unused-fragment',
    rules: ['NoUnusedFragmentsRule'],
    apply(doc, schema, random) {
      const on = random.pick(['Dog', 'Pet', 'CatOrDog', 'Query']);
      return withDefinitions(doc, `fragment UnusedFragment on ${on} { __typename }`);
    },
  },
  {
    name: 'unknown-fragment',
    rules: ['KnownFragmentNamesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.SELECTION_SET));
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, selections: [...c.node.selections, fieldNode('...MissingFragment')] });
    },
  },
  {
    name: 'duplicate-fragment',
    rules: ['UniqueFragmentNamesRule'],
    apply(doc, schema, random) {
      const fragments = fragmentsOf(doc);
      if (!fragments.length) return null;
      return { ...doc, definitions: [...doc.definitions, random.pick(fragments)] };
    },
  },
  {
    name: 'fragment-cycle',
    rules: ['NoFragmentCyclesRule'],
    apply(doc, schema, random) {
      const fragments = fragmentsOf(doc);
      if (!fragments.length) return null;
      const f = random.pick(fragments);
      const spread = fieldNode(`...${f.name.value}`);
      return replace(doc, f, { ...f, selectionSet: { ...f.selectionSet, selections: [...f.selectionSet.selections, spread] } });
    },
  },
  {
    name: 'impossible-spread',
    rules: ['PossibleFragmentSpreadsRule'],
    apply(doc, schema, random) {
      const objects = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));
      const list = candidates(schema, doc, (n, t) => {
        if (n.kind !== Kind.SELECTION_SET) return null;
        const parent = t.getParentType();
        if (!parent) return null;
        const possible = isObjectType(parent) ? [parent] : schema.getPossibleTypes(parent);
        const impossible = objects.filter((o) => !possible.includes(o));
        return impossible.length ? impossible : null;
      });
      const c = pickCandidate(random, list);
      if (!c) return null;
      const fragment = inlineFragmentNode(`... on ${random.pick(c.info).name} { __typename }`);
      return replace(doc, c.node, { ...c.node, selections: [...c.node.selections, fragment] });
    },
  },
  {
    name: 'fragment-on-scalar',
    rules: ['FragmentsOnCompositeTypesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.SELECTION_SET));
      if (!c) return null;
      const on = random.pick(['Int', 'String', 'Species', 'PetFilter', 'DateTime']);
      const fragment = inlineFragmentNode(`... on ${on} { __typename }`);
      return replace(doc, c.node, { ...c.node, selections: [...c.node.selections, fragment] });
    },
  },
  {
    name: 'unknown-type',
    rules: ['KnownTypeNamesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.SELECTION_SET));
      if (!c) return null;
      const fragment = inlineFragmentNode('... on UnknownType { __typename }');
      return replace(doc, c.node, { ...c.node, selections: [...c.node.selections, fragment] });
    },
  },
  {
    name: 'selection-on-leaf',
    rules: ['ScalarLeafsRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n, t) => n.kind === Kind.FIELD && t.getType() && isLeafType(getNamedType(t.getType()))));
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, selectionSet: parse('{ __typename }').definitions[0].selectionSet });
    },
  },
  {
    name: 'conflicting-response-key',
    rules: ['OverlappingFieldsCanBeMergedRule'],
    apply(doc, schema, random) {
      const list = candidates(schema, doc, (n, t) => {
        if (n.kind !== Kind.SELECTION_SET) return null;
        const parent = t.getParentType();
        const fields = n.selections.filter((s) => s.kind === Kind.FIELD);
        if (!parent || isUnionType(parent) || !fields.length) return null;
        return { parent, fields };
      });
      const c = pickCandidate(random, list);
      if (!c) return null;
      const existing = random.pick(c.info.fields);
      const key = existing.alias?.value ?? existing.name.value;
      const others = Object.values(c.info.parent.getFields()).filter(
        (f) => f.name !== existing.name.value && isLeafType(getNamedType(f.type)) && !f.args.some(isRequired),
      );
      if (!others.length) return null;
      const added = fieldNode(`${key}: ${random.pick(others).name}`);
      return replace(doc, c.node, { ...c.node, selections: [...c.node.selections, added] });
    },
  },
  {
    name: 'unknown-directive',
    rules: ['KnownDirectivesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.FIELD));
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, directives: [...(c.node.directives ?? []), directiveNode('@unknownDirective')] });
    },
  },
  {
    name: 'misplaced-directive',
    rules: ['KnownDirectivesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.FIELD || n.kind === Kind.INLINE_FRAGMENT));
      if (!c) return null;
      const directive = directiveNode(random.pick(['@onQuery', '@onFragmentDefinition', '@onVariableDefinition', '@onMutation']));
      return replace(doc, c.node, { ...c.node, directives: [...(c.node.directives ?? []), directive] });
    },
  },
  {
    name: 'duplicate-directive',
    rules: ['UniqueDirectivesPerLocationRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.FIELD && !(n.directives ?? []).some((d) => d.name.value === 'onField')));
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, directives: [...(c.node.directives ?? []), directiveNode('@onField'), directiveNode('@onField')] });
    },
  },
  {
    name: 'second-anonymous-operation',
    rules: ['LoneAnonymousOperationRule'],
    apply(doc) {
      return withDefinitions(doc, '{ __typename }');
    },
  },
  {
    name: 'duplicate-operation-name',
    rules: ['UniqueOperationNamesRule'],
    apply(doc) {
      const op = operationOf(doc);
      if (!op.name) return null;
      return withDefinitions(doc, `query ${op.name.value} { __typename }`);
    },
  },
  {
    name: 'type-definition',
    rules: ['ExecutableDefinitionsRule'],
    apply(doc, schema, random) {
      return withDefinitions(doc, random.pick(['type Extra { a: Int }', 'scalar Extra', 'extend type Dog { extra: Int }', 'enum Extra { A B }']));
    },
  },
  {
    name: 'second-subscription-field',
    rules: ['SingleFieldSubscriptionsRule'],
    apply(doc, schema, random) {
      const op = operationOf(doc);
      if (op.operation !== 'subscription') return null;
      const extra = fieldNode(random.pick(['secondField: tick', 'another: messageSent(channel: "c") { body }', '__typename']));
      return replace(doc, op, { ...op, selectionSet: { ...op.selectionSet, selections: [...op.selectionSet.selections, extra] } });
    },
  },
  {
    name: 'duplicate-input-field',
    rules: ['UniqueInputFieldNamesRule'],
    apply(doc, schema, random) {
      const c = pickCandidate(random, candidates(schema, doc, (n) => n.kind === Kind.OBJECT && n.fields.length > 0));
      if (!c) return null;
      return replace(doc, c.node, { ...c.node, fields: [...c.node.fields, random.pick(c.node.fields)] });
    },
  },
];

