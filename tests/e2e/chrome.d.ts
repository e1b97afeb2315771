// The e2e tests evaluate code inside extension pages and the service worker, where `chrome` exists.
/// <reference types="chrome" />
