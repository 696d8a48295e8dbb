import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Imports of the given top-level folders, by alias or by relative path, except type-only ones. */
const layer = (dirs, message, allowTypeImports = true) => ({
  group: dirs.flatMap((d) => [`@/${d}`, `@/${d}/**`, `**/../${d}`, `**/../${d}/**`]),
  message,
  allowTypeImports,
});

const csvParserEntry = (group) => ({ group, message: "Import the CSV parser from @/lib/import (its index)." });

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "db/migrations/**",
      "db/migrations-data/**",
      "e2e/.data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // Layers only import downwards; a cycle of runtime imports means two modules are one or a boundary is missing.
    files: ["**/*.{ts,tsx}"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // UI never talks to the database directly: data reaches components through route handlers or props.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      // Result types may be imported (erased at build); db code may not.
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [layer(["db"], "UI never imports db: pass typed data in.")] }],
    },
  },
  {
    // The CSV parser has one entry, lib/import/index.ts: its stages stay free to change inside.
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/import/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [csvParserEntry(["@/lib/import/*", "**/lib/import/*"])] }] },
  },
  {
    // The same from elsewhere in lib/, where it is reached by relative paths too (this block replaces the one above there).
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/import/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [csvParserEntry(["@/lib/import/*", "**/lib/import/*", "./import/*", "../import/*", "../../import/*", "../../../import/*"])] },
      ],
    },
  },
  {
    // lib/ is pure: no database, no request, no process state, not even their types (shared ones live in lib/).
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [layer(["db", "server"], "lib/ is pure: take what it needs as arguments; db and server code call lib, not the reverse.", false)] },
      ],
    },
  },
  {
    // db/ sits below server/: queries know the database, not requests, sessions or processes.
    files: ["db/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [layer(["server"], "db/ never imports server/: the server layer calls db.")] }],
    },
  },
];

export default config;
