import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "db/migrations/**", "e2e/.data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // UI never talks to the database directly: data reaches components through route handlers or props.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      // Result types may be imported (erased at build); db code may not.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/db", "@/db/*"], message: "UI never imports db: pass typed data in.", allowTypeImports: true }] },
      ],
    },
  },
];

export default config;
