import type { Plugin } from 'vite';

/*
 * Two changes to how Vite splits Breathing Room's pages into files, each for
 * the popup's start: extension pages load from disk, where every file and
 * every helper costs more than it saves.
 */

/** Vite's helper that preloads a lazy chunk's imports and styles before it runs. */
const HELPER = '\0vite/preload-helper.js';

/**
 * Extension pages load from disk, where preloading buys nothing: the helper
 * becomes a plain call, which keeps about 0.7 KB out of the popup's start.
 * Its one other job, loading a lazy chunk's stylesheet, is ruled out
 * instead: only entries may import CSS (lazy code brings its own, ?inline),
 * and the build fails otherwise. Empty chunks are left out as well.
 */
export function noPreload(): Plugin {
  return {
    name: 'breathing-room:no-preload',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER ? HELPER : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
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
 * The code both pages start with (Preact, the polyfill, storage, settings,
 * the words), in one chunk. Left to itself the bundler splits it by which
 * pages and lazily loaded sections share each module, and the popup would
 * fetch seven files where three do (about 0.7 KB gzipped of glue). Code only
 * one page starts with stays with that page: the options page loads none of
 * the popup's countdown, icons or messages.
 */
export function startChunk(): Plugin {
  const reach = (graph: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }, entry?: string) => {
    const seen = new Set<string>();
    const queue = entry ? [entry] : [];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
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
