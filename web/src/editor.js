// The CodeMirror 6 editor: positions count UTF-16 units exactly as the protocol does, because
// only "\n" separates lines (CodeMirror's default would also split on "\r\n" and "\r" and count
// each as one unit, so a CRLF text would change length and every edit would be refused).
import { EditorState, EditorSelection, Compartment, StateField, StateEffect, Annotation } from '@codemirror/state';
import {
  EditorView, Decoration, WidgetType, keymap, lineNumbers, highlightActiveLine,
  highlightActiveLineGutter, highlightSpecialChars, drawSelection, dropCursor,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab, insertNewlineAndIndent } from '@codemirror/commands';
import { syntaxHighlighting, defaultHighlightStyle, bracketMatching, indentOnInput } from '@codemirror/language';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { TextOperation } from './ot.js';
import { languageSupport } from './languages.js';

const remote = Annotation.define();
const setCarets = StateEffect.define();

// Special characters are drawn as placeholders, except "\r", which ends the lines of a CRLF text
// and is drawn as nothing (a widget, so the browser's editing never sees nor drops it).
function renderSpecial(code, description, placeholder) {
  const span = document.createElement('span');
  if (code === 13) return span;
  span.className = 'cm-specialChar';
  span.textContent = placeholder;
  if (description) span.title = description;
  return span;
}

// The caret never sits between the "\r" and the "\n" of a line break: typing there would split it.
const keepLineBreaksWhole = EditorState.transactionFilter.of((tr) => {
  if (!tr.selection && !tr.docChanged) return tr;
  const doc = tr.newDoc;
  let moved = false;
  const fix = (pos) => {
    if (pos > 0 && doc.sliceString(pos - 1, pos) === '\r' && doc.lineAt(pos).to === pos) {
      moved = true;
      return pos - 1;
    }
    return pos;
  };
  const selection = tr.newSelection;
  const ranges = selection.ranges.map((r) => EditorSelection.range(fix(r.anchor), fix(r.head)));
  if (!moved) return tr;
  return [tr, { selection: EditorSelection.create(ranges, selection.mainIndex), sequential: true }];
});

class CaretWidget extends WidgetType {
  constructor(name, color) { super(); this.name = name; this.color = color; }
  eq(other) { return other.name === this.name && other.color === this.color; }
  toDOM() {
    const caret = document.createElement('span');
    caret.className = 'ens-caret';
    caret.style.borderColor = this.color; // CSSOM, which the page's CSP allows
    const label = document.createElement('span');
    label.className = 'ens-caret-name';
    label.textContent = this.name;
    label.style.backgroundColor = this.color;
    caret.appendChild(label);
    return caret;
  }
  ignoreEvent() { return true; }
}

// Others' carets and selections: {user: {name, color, ranges}}, mapped through every change.
const caretField = StateField.define({
  create: () => ({ carets: new Map(), decorations: Decoration.none }),
  update(value, tr) {
    let carets = value.carets;
    if (tr.docChanged) {
      carets = new Map([...carets].map(([id, c]) => [id, { ...c, ranges: c.ranges.map((r) => ({
        anchor: tr.changes.mapPos(r.anchor), head: tr.changes.mapPos(r.head) })) }]));
    }
    for (const effect of tr.effects) {
      if (effect.is(setCarets)) carets = effect.value;
    }
    if (carets === value.carets) return value;
    return { carets, decorations: decorate(carets, tr.state.doc.length) };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

function decorate(carets, length) {
  const ranges = [];
  for (const [id, caret] of carets) {
    for (const r of caret.ranges) {
      const head = Math.min(r.head, length);
      const anchor = Math.min(r.anchor, length);
      if (anchor !== head) {
        ranges.push(Decoration.mark({ class: `ens-sel ens-user-${id}` })
          .range(Math.min(anchor, head), Math.max(anchor, head)));
      }
      ranges.push(Decoration.widget({ widget: new CaretWidget(caret.name, caret.color), side: 1 }).range(head));
    }
  }
  return Decoration.set(ranges, true);
}

// Enter in a CRLF text ends the line with "\r\n", as the text's other lines end.
function insertLineBreak(view) {
  if (view.state.doc.line(1).text.endsWith('\r')) {
    view.dispatch(view.state.replaceSelection('\r\n'), { scrollIntoView: true, userEvent: 'input' });
    return true;
  }
  return insertNewlineAndIndent(view);
}

export class Editor {
  /** @param onLocal(op, selectionOnly) called for each local change */
  constructor(parent, onLocal) {
    this.language = new Compartment();
    this.editable = new Compartment();
    this.undo = new Compartment();
    this.carets = new Map();
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: '',
        extensions: [
          EditorState.lineSeparator.of('\n'),
          lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars({ render: renderSpecial }), keepLineBreaksWhole,
          this.undo.of(history()), drawSelection(), dropCursor(), indentOnInput(), bracketMatching(),
          highlightActiveLine(), highlightSelectionMatches(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([{ key: 'Enter', run: insertLineBreak }, ...defaultKeymap, ...searchKeymap,
                     ...historyKeymap, indentWithTab]),
          this.language.of([]),
          this.editable.of(EditorView.editable.of(false)),
          caretField,
          EditorView.updateListener.of((update) => {
            if (update.transactions.some((tr) => tr.annotation(remote))) return;
            if (update.docChanged) onLocal(toOperation(update.changes, update.startState.doc.length), false);
            else if (update.selectionSet) onLocal(null, true);
          }),
        ],
      }),
    });
  }

  text() { return this.view.state.doc.toString(); }

  /** Applies a server operation (already transformed past local work). */
  applyRemote(op) {
    const changes = [];
    let at = 0;
    for (const c of op.ops) {
      if (TextOperation.isRetain(c)) at += c;
      else if (TextOperation.isInsert(c)) changes.push({ from: at, insert: c });
      else { changes.push({ from: at, to: at - c }); at -= c; }
    }
    if (at !== this.view.state.doc.length) throw new Error('operation does not fit the text');
    this.view.dispatch({ changes, annotations: [remote.of(true)] });
  }

  /** The local selection as protocol ranges. */
  selection() {
    return this.view.state.selection.ranges.map((r) => ({ anchor: r.anchor, head: r.head }));
  }

  /** Starts a new undo history (another document is shown: the old one's edits are not undone
   *  in it) and takes every caret away. */
  startDocument() {
    this.view.dispatch({ effects: [this.undo.reconfigure([]), setCarets.of(new Map())] });
    this.view.dispatch({ effects: this.undo.reconfigure(history()) });
  }

  setEditable(editable) {
    this.view.dispatch({ effects: this.editable.reconfigure(EditorView.editable.of(editable)) });
  }

  setLanguage(id) {
    this.view.dispatch({ effects: this.language.reconfigure(languageSupport(id)) });
  }

  /** Shows participant `id`'s selection (empty ranges: none). */
  setCaret(id, name, color, ranges) {
    const carets = new Map(this.view.state.field(caretField).carets);
    if (ranges.length) carets.set(id, { name, color, ranges });
    else carets.delete(id);
    this.view.dispatch({ effects: setCarets.of(carets) });
  }

  /** Takes away the carets of everyone not in `ids` (participants who left, or a list emptied
   *  while offline). */
  keepCarets(ids) {
    const carets = this.view.state.field(caretField).carets;
    const kept = new Map([...carets].filter(([id]) => ids.has(id)));
    if (kept.size !== carets.size) this.view.dispatch({ effects: setCarets.of(kept) });
  }

  focus() { this.view.focus(); }
}

/** A CodeMirror change set as an ot.js operation on a text of `length` units. */
function toOperation(changes, length) {
  const op = new TextOperation();
  let at = 0;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    op.retain(fromA - at);
    op.delete(toA - fromA);
    op.insert(inserted.toString());
    at = toA;
  });
  return op.retain(length - at);
}
