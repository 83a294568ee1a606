/**
 * The ```ts examples of the TSDoc comments (and of Markdown pages such as README.md), turned into
 * code that runs against the library and checks the results written in their comments.
 *
 * An example line `expression; // 'value' (explanation)` asserts that `expression` equals the
 * literal at the start of the comment; the literal may continue on following comment-only lines.
 * Conventions, so that examples stay readable:
 *
 * - the longest prefix of the comment that is a plain literal (string, number, boolean, null,
 *   object, array) is the expected value; words after it are explanation;
 * - `…` in an object or array means "more fields": the value is compared with `toMatchObject`;
 *   `…` inside a string matches any text;
 * - `a, b, c; // x, y, z` compares the three values in order;
 * - a comment that is just the name of an error class (`// DraftNotBindingError`) asserts the throw;
 * - any other comment is explanation only: the line still has to run without throwing;
 * - lines inside blocks (`try { … } catch (e) { if (…) { e.code; // 'REPEALED' } }`) are checked
 *   too, and every check of an example must run (a branch never entered fails the example).
 *
 * Pure: text in, descriptions of examples out. test/docs/examples.test.ts runs them.
 *
 * @module
 */
import ts from 'typescript';

/** One fenced example found in a comment or a Markdown page. */
export interface Example {
  /** File the example was found in, relative to the repository. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The documented symbol (`deadline`, `Calendar.deadline`, `(module)`, or `README` for a page). */
  readonly symbol: string;
  /** The example's source, without the fences. */
  readonly code: string;
}

/** How an asserted line is compared. */
export type CheckMode = 'equal' | 'match' | 'throws';

/** One asserted line of an example. */
export interface ExampleCheck {
  /** 1-based line within the example. */
  readonly line: number;
  /** The expression, as written. */
  readonly expression: string;
  /** The expected value as written (after removing `…`), or the error class name for `throws`. */
  readonly expected: string;
  /** `equal` (toEqual), `match` (toMatchObject; strings with `…` match any text there) or `throws`. */
  readonly mode: CheckMode;
}

/** An example compiled to the body of an async function `(lib, check) => …`. */
export interface CompiledExample {
  /** JavaScript: binds the library's exports, then runs the example's statements and checks. */
  readonly body: string;
  /** The asserted lines, in order; `check(i, () => value)` is called for the i-th. */
  readonly checks: readonly ExampleCheck[];
  /** Names imported by the example from `kz-social-standards` or `kz-social-standards/calendar`. */
  readonly imports: ReadonlyArray<{ readonly module: string; readonly name: string }>;
}

const FENCE = /^```(ts|typescript)\s*\n([\s\S]*?)^```/gm;

/** Fenced ```ts blocks of a text, with the line of each opening fence. */
function fencedBlocks(text: string): Array<{ line: number; code: string }> {
  const out: Array<{ line: number; code: string }> = [];
  for (const m of text.matchAll(FENCE)) {
    out.push({ line: text.slice(0, m.index).split('\n').length, code: m[2] ?? '' });
  }
  return out;
}

function declarationName(node: ts.Node): string | undefined {
  if (ts.isVariableStatement(node)) return node.declarationList.declarations[0]?.name.getText();
  const name = (node as { name?: ts.Node }).name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** The fenced ```ts blocks in the `@example` sections of a TypeScript file's TSDoc comments. */
export function examplesInSource(file: string, text: string): Example[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Example[] = [];
  const visit = (node: ts.Node, owner: string | undefined): void => {
    const name = declarationName(node);
    const symbol = name === undefined ? (owner ?? '(module)') : owner === undefined ? name : `${owner}.${name}`;
    for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) {
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== 'example') continue;
        // the raw comment text keeps the fences and indentation exactly
        const raw = text
          .slice(tag.getStart(sf), tag.end)
          .split('\n')
          .map((l) => l.replace(/^\s*\*( |$)/, ''))
          .join('\n');
        const startLine = sf.getLineAndCharacterOfPosition(tag.getStart(sf)).line + 1;
        for (const block of fencedBlocks(raw)) {
          out.push({ file, line: startLine + block.line - 1, symbol: ts.isImportDeclaration(node) ? '(module)' : symbol, code: block.code });
        }
      }
    }
    const isContainer = ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isModuleDeclaration(node);
    ts.forEachChild(node, (child) => visit(child, isContainer ? symbol : owner));
  };
  visit(sf, undefined);
  return out;
}

/** The fenced ```ts blocks of a Markdown page. */
export function examplesInMarkdown(file: string, text: string, symbol: string): Example[] {
  return fencedBlocks(text).map((b) => ({ file, line: b.line, symbol, code: b.code }));
}

/** Splits text into string-literal and other segments (quotes: ' " `). */
function segments(text: string): Array<{ string: boolean; text: string }> {
  const out: Array<{ string: boolean; text: string }> = [];
  let i = 0;
  let start = 0;
  while (i < text.length) {
    const q = text[i];
    if (q === "'" || q === '"' || q === '`') {
      if (i > start) out.push({ string: false, text: text.slice(start, i) });
      let j = i + 1;
      while (j < text.length && text[j] !== q) j += text[j] === '\\' ? 2 : 1;
      out.push({ string: true, text: text.slice(i, j + 1) });
      i = j + 1;
      start = i;
    } else i++;
  }
  if (start < text.length) out.push({ string: false, text: text.slice(start) });
  return out;
}

/** Removes `…` (meaning "more fields") outside strings; reports whether any was removed. */
function dropEllipses(candidate: string): { text: string; partial: boolean } {
  let partial = false;
  const text = segments(candidate)
    .map((s) => {
      if (s.string) {
        if (s.text.includes('…')) partial = true;
        return s.text;
      }
      if (!s.text.includes('…')) return s.text;
      partial = true;
      return s.text.replace(/,\s*…/g, '').replace(/…\s*,?/g, '');
    })
    .join('');
  return { text, partial };
}

/** Whether an expression is a plain literal: strings, numbers, booleans, null, undefined, objects and arrays of them. */
function isLiteral(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteral(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(node)) return node.text === 'undefined';
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteral);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) && isLiteral(p.initializer),
    );
  }
  return false;
}

/** Parses `text` as one expression; undefined when it is not exactly one. */
function parseExpression(text: string): ts.Expression | undefined {
  const sf = ts.createSourceFile('e.ts', `(${text}\n);`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const diagnostics = (sf as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics;
  const stmt = sf.statements[0];
  if (diagnostics.length > 0 || sf.statements.length !== 1 || !stmt || !ts.isExpressionStatement(stmt)) return undefined;
  const paren = stmt.expression;
  return ts.isParenthesizedExpression(paren) ? paren.expression : paren;
}

/**
 * The expected value at the start of a comment: the longest prefix that is a plain literal (for a
 * tuple of `arity` values, a comma-separated list of them), or an error class name.
 */
export function expectedOf(comment: string, arity: number): { expected: string; mode: CheckMode } | undefined {
  const text = comment.trim();
  const error = /^([A-Z][A-Za-z]*Error)\b/.exec(text);
  if (error && arity === 1) return { expected: error[1] as string, mode: 'throws' };
  for (let end = text.length; end > 0; end--) {
    const next = text[end];
    if (next !== undefined && !/[\s:;,.(—–-]/.test(next)) continue;
    const { text: candidate, partial } = dropEllipses(text.slice(0, end));
    if (candidate.trim() === '') continue;
    const wrapped = arity > 1 ? `[${candidate}]` : candidate;
    const node = parseExpression(wrapped);
    if (!node || !isLiteral(node)) continue;
    if (arity > 1 && (!ts.isArrayLiteralExpression(node) || node.elements.length !== arity)) continue;
    return { expected: wrapped.trim(), mode: partial ? 'match' : 'equal' };
  }
  return undefined;
}

/** Number of values of a statement `a, b, c;` (a top-level comma list), 1 otherwise. */
function commaItems(expr: ts.Expression): ts.Expression[] {
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.CommaToken) return [...commaItems(expr.left), expr.right];
  return [expr];
}

/** The comment text of `//` comments in `text` lines [from, to) that hold nothing else. */
function commentOnlyLines(lines: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const m = /^\s*\/\/ ?(.*)$/.exec(lines[i] ?? '');
    if (!m) break;
    out.push(m[1] ?? '');
  }
  return out;
}

/**
 * Compiles an example: imports from the package are checked and removed (the runner binds every
 * export), lines with an expected value become checks, and the result is transpiled to JavaScript.
 *
 * @param exportNames - the names the package exports (bound as constants before the example runs)
 */
export function compileExample(code: string, exportNames: readonly string[]): CompiledExample {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = code.split('\n');
  const imports: Array<{ module: string; name: string }> = [];
  const checks: ExampleCheck[] = [];
  /** Text replacements [start, end, text], applied from the end. */
  const edits: Array<[number, number, string]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text.startsWith('kz-social-standards')) {
      const named = node.importClause?.namedBindings;
      if (named && ts.isNamedImports(named)) {
        for (const el of named.elements) imports.push({ module: node.moduleSpecifier.text, name: (el.propertyName ?? el.name).text });
      }
      edits.push([node.getStart(sf), node.end, '']);
      return;
    }
    // statements of the example and of its blocks (try, if, …), not of functions it defines
    if (ts.isFunctionLike(node)) return;
    if (ts.isExpressionStatement(node) && (ts.isSourceFile(node.parent) || ts.isBlock(node.parent))) {
      const endLine = sf.getLineAndCharacterOfPosition(node.end).line;
      const trailing = ts.getTrailingCommentRanges(code, node.end)?.find((r) => r.kind === ts.SyntaxKind.SingleLineCommentTrivia);
      const sameLine = trailing ? code.slice(trailing.pos + 2, trailing.end).replace(/^ /, '') : undefined;
      const comment = [...(sameLine === undefined ? [] : [sameLine]), ...commentOnlyLines(lines, endLine + 1)].join('\n');
      const items = commaItems(node.expression);
      const expected = comment.trim() === '' ? undefined : expectedOf(comment, items.length);
      if (expected) {
        const texts = items.map((e) => e.getText(sf));
        const expression = texts.length > 1 ? `[${texts.join(', ')}]` : (texts[0] as string);
        const index = checks.length;
        checks.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, expression, expected: expected.expected, mode: expected.mode });
        const call = expected.mode === 'throws' ? `await check(${index}, () => (${expression}));` : `await check(${index}, () => (${expression}), () => (${expected.expected}));`;
        edits.push([node.getStart(sf), node.end, call]);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let body = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) body = body.slice(0, start) + text + body.slice(end);
  const bind = `const { ${exportNames.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)).join(', ')} } = lib;`;
  // the example runs in a block of its own, so it may declare names the package also exports
  const js = ts.transpileModule(`${bind}\n{\n${body}\n}\n`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  }).outputText;
  return { body: js, checks, imports };
}
