/**
 * A value shared by every copy of a module in one build process. Astro loads
 * integrations with the config and pages from their own bundle, so a module
 * that both import exists twice, each with its own variables; a slot lives on
 * the global object under a registered symbol instead.
 */
export function processSlot<T>(name: string): { get(): T | undefined; set(value: T | undefined): void } {
  const key = Symbol.for(`paddock.${name}`);
  const slots = globalThis as Record<symbol, T | undefined>;
  return {
    get: () => slots[key],
    set: (value) => {
      slots[key] = value;
    },
  };
}
