// Generates random, valid executable documents over a schema: nested selections with aliases,
// arguments (literals and variables), inline and named fragments, and directives at every location.
// Response keys are unique within a document, so merging conflicts cannot arise by accident; every
// document is still checked against graphql-js by the caller.
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

const MAX_DEPTH = 3;

export function generateValidDocument(schema, random) {
  const ctx = { schema, random, keys: new Set(), variables: [], fragments: [], counter: 0, showVar: null };
  const fresh = (prefix) => `${prefix}${++ctx.counter}`;
  ctx.fresh = fresh;

  const roll = random.next();
  const kind = roll < 0.75 ? 'query' : roll < 0.9 ? 'mutation' : 'subscription';
  const root = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const body =
    kind === 'subscription'
      ? `{ ${field(ctx, root, random.pick(Object.values(root.getFields())), 0, { rootOfSubscription: true })} }`
      : selectionSet(ctx, root, 0, kind === 'mutation' ? 2 : 3);

  const name = random.chance(0.6) ? ` ${fresh(kind === 'query' ? 'Q' : kind === 'mutation' ? 'M' : 'S')}` : '';
  const vars = ctx.variables.length
    ? `(${ctx.variables.map((v) => `$${v.name}: ${v.type}${v.directive ? ' @onVariableDefinition' : ''}`).join(', ')})`
    : '';
  const opDirective = random.chance(0.1) ? ` @on${kind[0].toUpperCase()}${kind.slice(1)}` : '';
  // A document with variables or directives needs the `query` keyword; the shorthand is used otherwise.
  const header = kind === 'query' && !name && !vars && !opDirective && random.chance(0.5) ? '' : `${kind}${name}${vars ? (name ? vars : ` ${vars}`) : ''}${opDirective} `;
  const fragments = ctx.fragments.map((f) => `fragment ${f.name} on ${f.on}${f.directive ? ' @onFragmentDefinition' : ''} ${f.body}`);
  return [`${header}${body}`, ...fragments].join('\n');
}

function selectionSet(ctx, type, depth, maxItems = 3) {
  const items = [];
  const count = ctx.random.int(1, maxItems);
  for (let i = 0; i < count; i++) items.push(selection(ctx, type, depth));
  return `{ ${items.join(' ')} }`;
}

function selection(ctx, type, depth) {
  const { random } = ctx;
  if (isUnionType(type)) {
    return random.chance(0.3) ? typename(ctx) : inlineFragment(ctx, type, random.pick(type.getTypes()), depth);
  }
  const roll = random.next();
  if (roll < 0.68 || depth >= MAX_DEPTH) return field(ctx, type, pickField(ctx, type, depth), depth);
  if (roll < 0.8) return inlineFragment(ctx, type, fragmentTypeFor(ctx, type), depth);
  if (roll < 0.94) return namedFragment(ctx, fragmentTypeFor(ctx, type), depth);
  return typename(ctx);
}

function typename(ctx) {
  return responseKey(ctx, '__typename');
}

/** The name itself the first time, an alias after that: no two selections share a response key. */
function responseKey(ctx, fieldName) {
  if (!ctx.keys.has(fieldName) && !ctx.random.chance(0.15)) {
    ctx.keys.add(fieldName);
    return fieldName;
  }
  return `${ctx.fresh(fieldName.replace(/^__/, ''))}: ${fieldName}`;
}

function pickField(ctx, type, depth) {
  const fields = Object.values(type.getFields());
  // At the depth limit only leaves, so that documents stay small.
  const candidates = depth >= MAX_DEPTH ? fields.filter((f) => isLeafType(getNamedType(f.type))) : fields;
  return ctx.random.pick(candidates.length ? candidates : fields);
}

function field(ctx, parent, def, depth, { rootOfSubscription = false } = {}) {
  const { random } = ctx;
  const args = def.args
    .filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || random.chance(0.25))
    .map((a) => `${a.name}: ${argumentValue(ctx, a.type)}`);
  const directives = [];
  if (!rootOfSubscription && random.chance(0.1)) directives.push(`@include(if: $${showVariable(ctx)})`);
  if (!rootOfSubscription && random.chance(0.05)) directives.push('@skip(if: false)');
  if (random.chance(0.06)) directives.push('@onField');
  if (random.chance(0.04)) directives.push('@tag(name: "a") @tag(name: "b")');
  if (random.chance(0.03)) directives.push('@cached(ttl: 5)');
  const named = getNamedType(def.type);
  const key = rootOfSubscription ? def.name : responseKey(ctx, def.name);
  const sub = isCompositeType(named) ? ` ${selectionSet(ctx, named, depth + 1)}` : '';
  return `${key}${args.length ? `(${args.join(', ')})` : ''}${directives.length ? ` ${directives.join(' ')}` : ''}${sub}`;
}

function showVariable(ctx) {
  if (!ctx.showVar) {
    ctx.showVar = ctx.fresh('show');
    ctx.variables.push({ name: ctx.showVar, type: 'Boolean!' });
  }
  return ctx.showVar;
}

/** A type condition that applies to `type`: itself, an interface it implements, or a possible type. */
function fragmentTypeFor(ctx, type) {
  const { random, schema } = ctx;
  const options = [type];
  if (isObjectType(type)) options.push(...type.getInterfaces());
  if (isAbstractType(type)) options.push(...schema.getPossibleTypes(type));
  if (isInterfaceType(type)) options.push(...type.getInterfaces());
  return random.pick(options);
}

function inlineFragment(ctx, parent, on, depth) {
  // Without a type condition the fragment keeps the parent type, so only then may it be left out.
  const untyped = on === parent && ctx.random.chance(0.3);
  const directive = ctx.random.chance(0.1) ? ' @onInlineFragment' : ctx.random.chance(0.05) ? ' @include(if: true)' : '';
  return `...${untyped ? '' : ` on ${on.name}`}${directive} ${selectionSet(ctx, on, depth + 1, 2)}`;
}

function namedFragment(ctx, on, depth) {
  const name = ctx.fresh('F');
  const fragment = { name, on: on.name, directive: ctx.random.chance(0.1), body: '' };
  ctx.fragments.push(fragment);
  fragment.body = selectionSet(ctx, on, depth + 1, 2);
  return `...${name}${ctx.random.chance(0.1) ? ' @onFragmentSpread' : ''}`;
}

/** An argument value: a literal, or (sometimes) a variable declared with exactly the argument's type. */
function argumentValue(ctx, type) {
  if (ctx.random.chance(0.2)) {
    const name = ctx.fresh('v');
    ctx.variables.push({ name, type: String(type), directive: ctx.random.chance(0.1) });
    return `$${name}`;
  }
  return literal(ctx, type, 0);
}

function literal(ctx, type, depth, nonNull = false) {
  const { random } = ctx;
  if (isNonNullType(type)) return literal(ctx, type.ofType, depth, true);
  if (!nonNull && random.chance(0.08)) return 'null';
  if (isListType(type)) {
    if (random.chance(0.2)) return literal(ctx, type.ofType, depth + 1); // a single value coerces to a list
    const n = random.int(0, 2);
    return `[${Array.from({ length: n }, () => literal(ctx, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) {
      const f = random.pick(fields);
      return `{${f.name}: ${literal(ctx, f.type, depth + 1, true)}}`;
    }
    const chosen = fields.filter(
      (f) => (isNonNullType(f.type) && f.defaultValue === undefined) || (depth < 2 && random.chance(0.3)),
    );
    return `{${chosen.map((f) => `${f.name}: ${literal(ctx, f.type, depth + 1)}`).join(', ')}}`;
  }
  switch (type.name) {
    case 'Int':
      return String(random.int(-100, 1000));
    case 'Float':
      return random.pick(['1.5', '-0.25', '3', '2e3', '0.0']);
    case 'Boolean':
      return random.chance(0.5) ? 'true' : 'false';
    case 'ID':
      return random.chance(0.5) ? `"id${random.int(1, 99)}"` : String(random.int(1, 99));
    case 'String':
      return random.pick(['"a"', '"hello world"', '""', '"caf\\u00e9"', '"""block"""']);
    case 'DateTime':
      return `"2024-0${random.int(1, 9)}-1${random.int(0, 9)}T00:00:00Z"`;
    default: // custom scalars accept any literal
      return random.pick(['{a: 1, b: [true, null]}', '"text"', '42', '[1, "two"]']);
  }
}
