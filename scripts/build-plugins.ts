import type { Plugin } from 'vite';

/*
 * Three changes to how Vite builds Breathing Room's pages, each for the
 * popup's start: extension pages load from disk, where every file, every
 * level of imports and every helper costs more than it saves.
 */

/** Vite's helper that preloads a lazy chunk's imports and styles before it runs. */
const HELPER = '\0vite/preload-helper.js';

/**
 * Breathing Room's version of it: asks for all of a lazy chunk's imports at
 * once (each level of imports fetched one after another costs 20 to 30 ms,
 * even from disk), and nothing else.
 */
const PRELOAD = `export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = '/' + dep;
    document.head.append(link);
  }
  return load();
};`;

/**
 * Vite's helper becomes the small one above, which keeps about 0.7 KB out of
 * the popup's start. Its other job, loading a lazy chunk's stylesheet, is
 * ruled out instead: only entries may import CSS (lazy code brings its own, ?inline),
 * and the build fails otherwise. Empty chunks are left out as well.
 */
export function noPreload(): Plugin {
  return {
    name: 'breathing-room:no-preload',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER ? HELPER : undefined),
    load: (id) => (id === HELPER ? PRELOAD : undefined),
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const chunk of chunks) {
        if (!chunk.isEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0) {
          this.error(`${chunk.fileName} imports CSS, which only entries may: use ?inline in lazily loaded code.`);
        }
      }
      // WXT's loader for its own plugins, with none to load, is an empty chunk every page would fetch.
      for (const empty of chunks.filter((chunk) => !chunk.isEntry && chunk.code.trim() === '')) {
        delete bundle[empty.fileName];
        const name = empty.fileName.replace(/^.*\//, '');
        for (const chunk of chunks) {
          chunk.imports = chunk.imports.filter((file) => file !== empty.fileName);
          chunk.code = chunk.code.replace(`import"./${name}";`, '');
        }
      }
    },
  };
}

/**
 * The code the popup starts with that the options page uses too, at its
 * start or in a section (Preact, the polyfill, storage, settings, the words,
 * icons), in one chunk. Left to itself the bundler splits it by which pages
 * and lazily loaded sections share each module, and the popup would fetch
 * seven files where three do (about 0.7 KB gzipped of glue). Code only the
 * popup uses stays with it: the options page loads none of the popup's
 * countdown or messages.
 */
export function startChunk(): Plugin {
  type Graph = {
    getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
  };
  const reach = (graph: Graph, entry?: string, lazy = false) => {
    const seen = new Set<string>();
    const queue = entry ? [entry] : [];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      const info = graph.getModuleInfo(id);
      queue.push(...(info?.importedIds ?? []), ...((lazy && info?.dynamicallyImportedIds) || []));
    }
    return seen;
  };
  let popup = new Set<string>();
  let options = new Set<string>();
  return {
    name: 'breathing-room:start-chunk',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      popup = reach(
        this,
        ids.find((id) => /entrypoints[\\/]popup[\\/]main\.tsx$/.test(id)),
      );
      options = reach(
        this,
        ids.find((id) => /entrypoints[\\/]options[\\/]main\.tsx$/.test(id)),
        true,
      );
    },
    outputOptions(output) {
      if (output.format !== 'es') return;
      const own = /(components|entrypoints)[\\/](popup|options)[\\/]|\.css($|\?)/;
      const group = { name: 'start', test: (id: string) => popup.has(id) && options.has(id) && !own.test(id) };
      return { ...output, codeSplitting: { groups: [group] } };
    },
  };
}

/** The polyfill's one file, a UMD script: CommonJS to a bundler. */
const POLYFILL = /webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;
/** Its UMD wrapper, from its start to where its factory function begins. */
const UMD_HEAD = /^\(function \(global, factory\) \{[\s\S]*?\}\)\(typeof globalThis[^,]*, function \(module\) \{/;
/** And its end, where the factory closes. */
const UMD_TAIL = /\}\);\s*(\/\/# sourceMappingURL=\S+\s*)?$/;

/**
 * Reads webextension-polyfill as the ES module it could be: its factory
 * called with a module object, its result the default export. As CommonJS
 * the bundler adds its interop runtime (about 0.5 KB gzipped) to the
 * background and to every page. The build fails should a new version of the
 * polyfill be wrapped differently.
 */
export function polyfillAsModule(): Plugin {
  return {
    name: 'breathing-room:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id)) return undefined;
      if (!UMD_HEAD.test(code) || !UMD_TAIL.test(code))
        this.error(`${id} is no longer the UMD script this build expects.`);
      const body = code.replace(UMD_HEAD, '').replace(UMD_TAIL, '');
      return {
        code: `const module = { exports: {} };\n(function (module) {${body}})(module);\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
