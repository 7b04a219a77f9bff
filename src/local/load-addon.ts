import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vm from 'node:vm';
import { AppsScriptGlobals, createAppsScriptGlobals } from './emulator';

/** What the emulator hands to tests alongside the services; Apps Script has no such globals. */
const TEST_HANDLES = new Set(['spreadsheet', 'calls', 'ui']);

export interface LoadedAddon<G> {
  /** The global object Code.js ran in: its global functions are properties of it. */
  context: vm.Context;
  globals: G;
  /** Calls a global function of Code.js, as Apps Script does for a trigger, menu item or sidebar call. */
  call(name: string, ...args: unknown[]): unknown;
}

/**
 * Runs the built add-on as Apps Script does: dist/Code.js as one classic script in a fresh global
 * scope that holds only the Apps Script services in `globals` (by default an in-memory
 * spreadsheet whose HtmlService serves the files next to Code.js).
 *
 * @example
 *   const addon = loadAddon();
 *   addon.call('onOpen', { authMode: addon.globals.ScriptApp.AuthMode.NONE });
 */
export function loadAddon<G extends object = AppsScriptGlobals>(
  codeJsPath = 'dist/Code.js',
  globals: G = createAppsScriptGlobals({ htmlDir: dirname(codeJsPath) }) as G,
): LoadedAddon<G> {
  if (!existsSync(codeJsPath)) throw new Error(`${codeJsPath} is missing: run \`npm run build\` first.`);
  const context = vm.createContext({});
  const bridge = realmBridge(context);
  for (const [name, service] of Object.entries(globals)) {
    if (!TEST_HANDLES.has(name)) context[name] = bridge.toScript(service);
  }
  vm.runInContext(readFileSync(codeJsPath, 'utf8'), context, { filename: codeJsPath });
  return {
    context,
    globals,
    call(name, ...args) {
      const fn: unknown = context[name];
      if (typeof fn !== 'function') throw new Error(`${codeJsPath} has no global function ${name}`);
      return bridge.callFromNode(fn, args);
    },
  };
}

// biome-ignore lint/complexity/noBannedTypes: `typeof v === 'function'` narrows to Function, and any function may cross.
type AnyFunction = Function;

interface RealmBridge {
  /** A Node value as the script sees it. */
  toScript(value: unknown): unknown;
  /** A script value as Node code sees it. */
  toNode(value: unknown): unknown;
  /** Calls a script function from Node: arguments, result and any error cross the bridge. */
  callFromNode(fn: AnyFunction, args: unknown[]): unknown;
}

/**
 * Apps Script never shares objects between a script and its services: arguments and results are
 * copied across. The bridge does the same between the script's realm and Node's, so each side only
 * ever sees its own arrays, dates and errors (`instanceof Array` holds on both sides): arrays, plain
 * objects and dates are copied, service objects are wrapped so that calls on them cross too, and an
 * error a service throws reaches the script as the script's own Error with the same message.
 */
function realmBridge(context: vm.Context): RealmBridge {
  const script = vm.runInContext(
    '({ objectPrototype: Object.prototype, arrayFrom: Array.from, newDate: (t) => new Date(t), newObject: () => ({}),' +
      ' newError: (name, message) => { const e = new Error(message); e.name = name; return e; } })',
    context,
  ) as {
    objectPrototype: object;
    arrayFrom: typeof Array.from;
    newDate(time: number): Date;
    newObject(): Record<string, unknown>;
    newError(name: string, message: string): Error;
  };
  /** Service object → what the script holds for it, and back. */
  const scriptViews = new WeakMap<object, object>();
  const servicesBehind = new WeakMap<object, object>();

  const isDate = (v: object) => Object.prototype.toString.call(v) === '[object Date]';

  /** Calls `fn`, carrying arguments in and the result back, and a thrown error over as the caller's own. */
  function crossingCall(
    fn: AnyFunction,
    self: unknown,
    args: unknown[],
    carryIn: (v: unknown) => unknown,
    carryBack: (v: unknown) => unknown,
    raise: (err: unknown) => never,
  ): unknown {
    let result: unknown;
    try {
      result = Reflect.apply(
        fn,
        self,
        args.map((a) => carryIn(a)),
      );
    } catch (err) {
      raise(err);
    }
    return carryBack(result);
  }

  const raiseInScript = (err: unknown): never => {
    const { name, message } = err instanceof Error ? err : { name: 'Error', message: String(err) };
    throw script.newError(name, message);
  };
  const raiseInNode = (err: unknown): never => {
    if (err instanceof Error || typeof err !== 'object' || err === null) throw err;
    const { name, message, stack } = err as { name?: unknown; message?: unknown; stack?: unknown };
    const error = new Error(String(message));
    error.name = String(name ?? 'Error');
    if (typeof stack === 'string') error.stack = stack;
    throw error;
  };

  /** A Node function as the script calls it (`self` is its `this`). */
  const scriptFunction =
    (fn: AnyFunction, self: unknown) =>
    (...args: unknown[]) =>
      crossingCall(fn, self, args, toNode, toScript, raiseInScript);

  function toScript(value: unknown): unknown {
    if (typeof value === 'function') return scriptFunction(value, undefined);
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return script.arrayFrom(value, (v) => toScript(v));
    if (isDate(value)) return script.newDate((value as Date).getTime());
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const copy = script.newObject();
      for (const [key, v] of Object.entries(value))
        copy[key] = typeof v === 'function' ? scriptFunction(v, value) : toScript(v);
      return copy;
    }
    return serviceView(value);
  }

  /** A service object (a sheet, a range, the UI...) as the script sees it: every call on it crosses. */
  function serviceView(service: object): object {
    const known = scriptViews.get(service);
    if (known) return known;
    const view = new Proxy(Object.create(null), {
      get(_, key) {
        const v = Reflect.get(service, key, service);
        return typeof v === 'function' ? scriptFunction(v, service) : toScript(v);
      },
      has: (_, key) => key in service,
    });
    scriptViews.set(service, view);
    servicesBehind.set(view, service);
    return view;
  }

  function toNode(value: unknown): unknown {
    if (typeof value === 'function') {
      return (...args: unknown[]) => crossingCall(value, undefined, args, toScript, toNode, raiseInNode);
    }
    if (typeof value !== 'object' || value === null) return value;
    const service = servicesBehind.get(value);
    if (service) return service;
    if (Array.isArray(value)) return Array.from(value, (v) => toNode(v));
    if (isDate(value)) return new Date((value as Date).getTime());
    const proto = Object.getPrototypeOf(value);
    if (proto === script.objectPrototype || proto === null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNode(v)]));
    }
    return value;
  }

  return {
    toScript,
    toNode,
    callFromNode: (fn, args) => crossingCall(fn, undefined, args, toScript, toNode, raiseInNode),
  };
}
