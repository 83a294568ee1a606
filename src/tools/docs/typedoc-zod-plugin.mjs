// @ts-check
/**
 * TypeDoc plugin for a library whose types are inferred from zod schemas
 * (`export type Act = z.infer<typeof ActSchema>`). Without it TypeDoc
 *
 * - shows the alias as `z.infer<typeof ActSchema>`, with no fields;
 * - expands `ActSchema` into zod's internal generic types (`ZodObject<{ id: ZodString; kind:
 *   ZodEnum<{ order: 'order'; … }> … }, $strict>`): hundreds of anonymous members that cannot carry
 *   documentation, so the `notDocumented` validation drowns in warnings about zod's internals;
 * - repeats the whole object type inline wherever the alias is used (`StandardVersion.act`,
 *   `StandardVersion.rules`, a return type…), because TypeScript does not keep the alias name of
 *   an inferred type.
 *
 * So, before references are resolved, this plugin
 *
 * 1. converts every `z.infer` / `z.input` / `z.output` alias from its resolved type, like TypeDoc's
 *    own `@useDeclaredType` tag (an object type becomes the alias's list of fields, each documented
 *    by the TSDoc comment on its key in the schema);
 * 2. shows every exported zod schema constant as `ZodType<T>`, `T` being its documented alias, or the
 *    validated type itself when the schema has no alias;
 * 3. replaces each inline copy of a schema's object type by a link to its alias (`act: Act`), choosing
 *    between the input and the output alias by their fields and optional flags;
 * 4. drops the `= ...` TypeDoc shows for fields declared in an object literal (they have no default).
 *
 * A constant declared `{ … } as const satisfies T` (a data catalogue such as `MESSAGES`) is shown as
 * `T`, with local helper aliases of `T` written out.
 *
 * Nothing is hidden: every field is still documented (once, on the alias) and validated.
 * See docs/decisions/0006-generated-docs.md.
 */
import ts from 'typescript';
import { Converter, ReferenceType, ReflectionKind, ReflectionSymbolId, ReflectionType } from 'typedoc';

/** @typedef {import('typedoc').Context} Context */
/** @typedef {import('typedoc').SomeType} SomeType */
/** @typedef {import('typedoc').DeclarationReflection} DeclarationReflection */
/** @typedef {{ alias: DeclarationReflection, kind: 'input' | 'output' }} ZodAlias */

const INFER = /^(?:z\.)?(infer|input|output|TypeOf)$/;

/**
 * @param {ts.TypeChecker} checker
 * @param {ts.Node} node
 */
function symbolAt(checker, node) {
  const s = checker.getSymbolAtLocation(node);
  return s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
}

/**
 * The schema variable declaration and the kind of a `z.infer<typeof X>` alias, if it is one.
 *
 * @param {ts.TypeChecker} checker
 * @param {ts.Symbol} symbol
 * @returns {{ schema: ts.Declaration, kind: 'input' | 'output' } | undefined}
 */
function zodAliasTarget(checker, symbol) {
  const declaration = symbol.declarations?.find(ts.isTypeAliasDeclaration);
  const type = declaration?.type;
  if (!type || !ts.isTypeReferenceNode(type)) return undefined;
  const m = INFER.exec(type.typeName.getText());
  const arg = type.typeArguments?.[0];
  if (!m || !arg || !ts.isTypeQueryNode(arg)) return undefined;
  const schema = symbolAt(checker, arg.exprName)?.valueDeclaration;
  return schema ? { schema, kind: m[1] === 'input' ? 'input' : 'output' } : undefined;
}

/**
 * The variable declaration whose initializer builds the object literal holding `property`
 * (`export const XSchema = z.object({ property… }).strict()…`), or undefined for a nested literal.
 *
 * @param {ts.Declaration | undefined} property
 */
function schemaOfProperty(property) {
  if (!property || !(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property))) return undefined;
  /** @type {ts.Node} */
  let node = property.parent;
  for (;;) {
    const p = node.parent;
    if (!p) return undefined;
    if (ts.isCallExpression(p) || (ts.isPropertyAccessExpression(p) && p.expression === node) || ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) {
      node = p;
      continue;
    }
    return ts.isVariableDeclaration(p) && p.initializer === node ? p : undefined;
  }
}

/** @param {DeclarationReflection} r */
const fieldKey = (r) =>
  (r.children ?? [])
    .map((c) => `${c.name}${c.flags.isOptional ? '?' : ''}`)
    .sort()
    .join(',');

/**
 * Rewrites the types inside `type` (in place where possible) with `replace`, returning the result.
 *
 * @param {SomeType | undefined} type
 * @param {(t: ReflectionType) => SomeType | undefined} replace
 * @returns {SomeType | undefined}
 */
function rewrite(type, replace) {
  if (!type) return type;
  /** @param {SomeType} t */
  const r = (t) => /** @type {SomeType} */ (rewrite(t, replace));
  switch (type.type) {
    case 'reflection':
      return replace(type) ?? type;
    case 'reference':
      if (type.typeArguments) type.typeArguments = type.typeArguments.map(r);
      return type;
    case 'union':
    case 'intersection':
      type.types = type.types.map(r);
      return type;
    case 'array':
    case 'optional':
    case 'rest':
      type.elementType = r(type.elementType);
      return type;
    case 'tuple':
      type.elements = type.elements.map(r);
      return type;
    case 'namedTupleMember':
      type.element = r(type.element);
      return type;
    case 'typeOperator':
      type.target = r(type.target);
      return type;
    case 'indexedAccess':
      type.objectType = r(type.objectType);
      type.indexType = r(type.indexType);
      return type;
    case 'conditional':
      type.checkType = r(type.checkType);
      type.extendsType = r(type.extendsType);
      type.trueType = r(type.trueType);
      type.falseType = r(type.falseType);
      return type;
    case 'mapped':
      type.parameterType = r(type.parameterType);
      type.templateType = r(type.templateType);
      return type;
    case 'predicate':
      if (type.targetType) type.targetType = r(type.targetType);
      return type;
    default:
      return type;
  }
}

/**
 * Every type literal declaration inside `type`.
 *
 * @param {SomeType | undefined} type
 * @returns {DeclarationReflection[]}
 */
function literalsIn(type) {
  /** @type {DeclarationReflection[]} */
  const out = [];
  rewrite(type, (t) => {
    out.push(t.declaration);
    return undefined;
  });
  return out;
}

/**
 * A context whose scope is `reflection` (TypeDoc wants scopes entered one level at a time).
 *
 * @param {Context} context a context scoped to the project
 * @param {import('typedoc').Reflection} reflection
 * @returns {Context}
 */
function scoped(context, reflection) {
  /** @type {import('typedoc').Reflection[]} */
  const chain = [];
  for (let r = /** @type {import('typedoc').Reflection | undefined} */ (reflection); r && r !== context.scope; r = r.parent) chain.unshift(r);
  return chain.reduce((c, r) => c.withScope(r), context);
}

/**
 * Converts a type node, replacing references to local (unexported) type aliases by their
 * definitions, so that `Record<string, Entry>` shows as `Record<string, Readonly<Record<Locale,
 * string>>>` without expanding `Locale` or pointing to an undocumented `Entry`.
 *
 * @param {Context} context
 * @param {ts.TypeNode} node
 * @returns {SomeType}
 */
function convertNode(context, node) {
  if (ts.isTypeReferenceNode(node)) {
    const symbol = symbolAt(context.checker, node.typeName);
    const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
    if (symbol && alias && !context.getReflectionFromSymbol(symbol) && alias.getSourceFile() === node.getSourceFile() && !alias.typeParameters) {
      return convertNode(context, alias.type);
    }
    const converted = context.converter.convertType(context, node);
    if (converted instanceof ReferenceType && node.typeArguments) {
      converted.typeArguments = node.typeArguments.map((a) => convertNode(context, a));
    }
    return converted;
  }
  return context.converter.convertType(context, node);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {ts.Program | undefined} the program being converted (one tsconfig, one program) */
  let program;
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context) => {
    program ??= context.program;
  });

  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    /** @param {Context} context */ (context) => {
      if (!program) return;
      const project = context.project;
      // references are resolved after conversion, when no program is active: reactivate it
      context.setActiveProgram(program);
      const checker = context.checker;

      // 1. z.infer aliases: convert from the resolved type, and index them by schema
      /** @type {Map<ts.Declaration, ZodAlias[]>} */
      const aliases = new Map();
      for (const alias of /** @type {DeclarationReflection[]} */ (project.getReflectionsByKind(ReflectionKind.TypeAlias))) {
        const symbol = context.getSymbolFromReflection(alias);
        const target = symbol && zodAliasTarget(checker, symbol);
        if (!symbol || !target) continue;
        const converted = context.converter.convertType(scoped(context, alias), checker.getDeclaredTypeOfSymbol(symbol));
        if (converted instanceof ReflectionType && converted.declaration.children) {
          project.mergeReflections(converted.declaration, alias);
          delete alias.type;
        } else {
          alias.type = converted;
        }
        aliases.set(target.schema, [...(aliases.get(target.schema) ?? []), { alias, kind: target.kind }]);
      }

      /** @type {Array<[import('typedoc').Reflection & { type?: SomeType }, SomeType | undefined, DeclarationReflection[]]>} */
      const retyped = [];

      // 2. schema constants: ZodType<alias> or ZodType<validated type>
      for (const schema of /** @type {DeclarationReflection[]} */ (project.getReflectionsByKind(ReflectionKind.Variable))) {
        const type = schema.type;
        const symbol = context.getSymbolFromReflection(schema);
        const declaration = symbol?.valueDeclaration;
        if (!symbol || !declaration) continue;
        // a constant declared `{ … } as const satisfies T` is shown as T (data catalogues such as MESSAGES)
        const init = ts.isVariableDeclaration(declaration) && !declaration.type ? declaration.initializer : undefined;
        if (init && ts.isSatisfiesExpression(init)) {
          retyped.push([schema, convertNode(scoped(context, schema), init.type), literalsIn(type)]);
          continue;
        }
        if (!(type instanceof ReferenceType) || type.package !== 'zod') continue;
        const zodType = ReferenceType.createUnresolvedReference(
          'ZodType',
          new ReflectionSymbolId({
            packageName: 'zod',
            packagePath: type.symbolId?.packagePath ?? /** @type {import('typedoc').NormalizedPath} */ ('v4/classic/schemas.d.cts'),
            qualifiedName: 'ZodType',
          }),
          project,
          'ZodType',
        );
        zodType.package = 'zod';
        const own = aliases.get(declaration)?.find((a) => a.kind === 'output');
        if (own) {
          zodType.typeArguments = [ReferenceType.createResolvedReference(own.alias.name, own.alias, project)];
        } else {
          const internals = checker.getTypeOfSymbolAtLocation(symbol, declaration).getProperty('_zod');
          const output = internals && checker.getTypeOfSymbolAtLocation(internals, declaration).getProperty('output');
          if (output) zodType.typeArguments = [context.converter.convertType(scoped(context, schema), checker.getTypeOfSymbolAtLocation(output, declaration))];
        }
        retyped.push([schema, zodType, literalsIn(type)]);
      }

      // 3. inline copies of a schema's object type → a link to its alias
      /** @param {ReflectionType} t */
      const replace = (t) => {
        const literal = t.declaration;
        if (!literal.children?.length || literal.signatures) return undefined;
        // fields may come from several schemas (`OutcomeSchema.extend({ … })`): try each one's aliases
        const schemas = new Set(literal.children.map((c) => schemaOfProperty(context.getSymbolFromReflection(c)?.declarations?.[0])));
        const key = fieldKey(literal);
        for (const schema of schemas) {
          const match = schema && aliases.get(schema)?.find((a) => fieldKey(a.alias) === key);
          if (match) return ReferenceType.createResolvedReference(match.alias.name, match.alias, project);
        }
        return undefined;
      };
      for (const reflection of Object.values(project.reflections)) {
        const owner = /** @type {import('typedoc').Reflection & { type?: SomeType }} */ (reflection);
        if (!owner.type || retyped.some(([r]) => r === owner)) continue;
        const before = literalsIn(owner.type);
        if (before.length === 0) continue;
        const after = rewrite(owner.type, replace);
        const kept = new Set(literalsIn(after));
        const dropped = before.filter((d) => !kept.has(d));
        if (dropped.length > 0) retyped.push([owner, after, dropped]);
      }

      // removing a type literal resets its owner's type, so remove first and assign after
      for (const [, , dropped] of retyped) {
        for (const d of dropped) if (project.getReflectionById(d.id)) project.removeReflection(d);
      }
      for (const [owner, type] of retyped) owner.type = type;

      // 4. a field of a schema's object literal is not a default value: drop TypeDoc's `= ...`
      for (const reflection of Object.values(project.reflections)) {
        const r = /** @type {DeclarationReflection} */ (reflection);
        const declaration = r.defaultValue === undefined ? undefined : context.getSymbolFromReflection(r)?.declarations?.[0];
        if (declaration && (ts.isPropertyAssignment(declaration) || ts.isShorthandPropertyAssignment(declaration))) delete r.defaultValue;
      }
      context.setActiveProgram(undefined);
      program = undefined;
    },
    100,
  );
}
