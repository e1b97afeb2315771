/// <reference types="vite/client" />

// Vite's own types (import.meta.env, ?inline CSS), declared here as well as in the generated
// .wxt/wxt.d.ts, so an editor or tool that has not run `wxt prepare` still resolves every import.
