// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";
import { defineConfig } from "eslint/config";

export default defineConfig(
  {
    ignores: ["dist/", "dist.old-*/", ".astro/", "node_modules/", "tests/.tmp/", ".paddock-bench/", ".paddock-import/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Site code must not log: a stray console.log ends up in every reader's console or build log.
    files: ["src/**/*.{ts,astro}"],
    rules: { "no-console": "error" },
  },
  {
    files: ["src/**/*.astro"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
