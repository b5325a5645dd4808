import { isBuiltin } from 'node:module';

/**
 * What a shipped bundle imports (static and dynamic) that is not a Node built-in: anything listed would need an
 * `npm install` next to the installed plugin, which must run offline as it is. Also tells whether it has any
 * static import at all (a bundle with none was not built as an ES module).
 */
export function foreignImports(bundle: string): { staticImports: number; foreign: string[] } {
  const specifiers = [...bundle.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  // Dynamic imports too: the CLI's entry imports the CLI that way, which must be inlined.
  const dynamic = [...bundle.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  const required = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return {
    staticImports: specifiers.length,
    foreign: [...specifiers, ...dynamic, ...required].filter((s) => !isBuiltin(s)),
  };
}
