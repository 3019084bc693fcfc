// Highlighting for the room's language id (the ids of editor/LanguageTable.cpp).
import { cpp } from '@codemirror/lang-cpp';
import { css } from '@codemirror/lang-css';
import { html } from '@codemirror/lang-html';
import { java } from '@codemirror/lang-java';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { markdown } from '@codemirror/lang-markdown';
import { python } from '@codemirror/lang-python';
import { rust } from '@codemirror/lang-rust';
import { xml } from '@codemirror/lang-xml';

const table = {
  c: cpp, cpp, csharp: java, css, html, php: html, java, javascript, node: javascript,
  typescript: () => javascript({ typescript: true }), json, markdown, python, rust, xml,
};

/** The CodeMirror extension highlighting `id`, or none. */
export function languageSupport(id) {
  const make = table[id];
  return make ? make() : [];
}
