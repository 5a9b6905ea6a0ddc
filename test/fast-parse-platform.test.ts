/**
 * Where the fast walk of an object is generated code, and where it is a loop over the fields: zod configured
 * `jitless`, or a platform that refuses `new Function` (a content security policy). Whether code can be generated
 * is probed once per copy of the module, so each test loads a fresh copy, with `Function` replaced by a spy that
 * records each construction and, for a refusing platform, throws as a browser does.
 */
import { afterEach, expect, it, vi } from 'vitest';
import * as z from 'zod';

const jitless = z.config().jitless;

afterEach(() => {
  z.config({ jitless });
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fresh copy of src/schema/fast-parse.ts, and the `new Function` calls it makes. */
async function freshModule(refuse: boolean) {
  const calls: unknown[][] = [];
  vi.stubGlobal(
    'Function',
    new Proxy(Function, {
      construct(target, args: unknown[]) {
        calls.push(args);
        if (refuse) throw new EvalError('Code generation from strings disallowed for this context');
        return Reflect.construct(target, args) as object;
      },
    }),
  );
  vi.resetModules();
  const module = await import('../src/schema/fast-parse.js');
  return { ...module, calls };
}

const point = z.object({ x: z.number(), y: z.number().optional() }).strict();
const label = z.object({ text: z.string() });

it('generates each object walk as code where the platform allows it, after one probe', async () => {
  const { compileFastParse, NOT_SURE, calls } = await freshModule(false);
  const walk = compileFastParse(point);
  expect(walk.name).toBe('walk');
  expect(walk({ x: 1 })).toEqual({ x: 1 });
  expect(walk({ x: 1, z: 2 })).toBe(NOT_SURE);
  expect(calls).toHaveLength(2);
  expect(compileFastParse(label).name).toBe('walk');
  expect(calls).toHaveLength(3);
});

it('walks objects with a loop under zod jitless, never calling new Function', async () => {
  z.config({ jitless: true });
  const { compileFastParse, NOT_SURE, calls } = await freshModule(false);
  const walk = compileFastParse(point);
  expect(walk.name).toBe('');
  expect(walk({ x: 1, y: 2 })).toEqual({ x: 1, y: 2 });
  expect(walk({ x: '1' })).toBe(NOT_SURE);
  expect(compileFastParse(label).name).toBe('');
  expect(calls).toEqual([]);
});

it('walks objects with a loop where new Function is refused, trying it once', async () => {
  const { compileFastParse, NOT_SURE, calls } = await freshModule(true);
  const walk = compileFastParse(point);
  expect(walk.name).toBe('');
  expect(walk({ x: 1 })).toEqual({ x: 1 });
  expect(walk({ y: 1 })).toBe(NOT_SURE);
  expect(compileFastParse(label)({ text: 'a', more: 1 })).toEqual({ text: 'a' });
  expect(calls).toHaveLength(1);
});
