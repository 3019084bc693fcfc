// Text operations in ot.js's form (protocol section 2) and the few helpers the client needs
// around them. TextOperation is ot.js itself (npm package "ot"), the algorithm the protocol names.
import TextOperation from 'ot/lib/text-operation.js';

export { TextOperation };

/** The operation turning `before` into `after`: one replacement between their common ends. */
export function diff(before, after) {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start
         && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) {
    end++;
  }
  return new TextOperation()
    .retain(start)
    .delete(before.length - start - end)
    .insert(after.slice(start, after.length - end))
    .retain(end);
}

/** Where position `index` of an operation's base text is in its result. An insert at the
 *  position itself pushes it on only when `insertsBefore` (the operation is the earlier one). */
export function transformIndex(op, index, insertsBefore = false) {
  let newIndex = index;
  let at = 0;
  for (const c of op.ops) {
    if (at > index) break;
    if (TextOperation.isRetain(c)) {
      at += c;
    } else if (TextOperation.isInsert(c)) {
      if (at < index || insertsBefore) newIndex += c.length;
    } else {
      newIndex -= Math.min(index - at, -c);
      at -= c;
    }
  }
  return newIndex;
}

/** Ranges `[{anchor, head}]` moved through `op`. */
export function transformRanges(op, ranges) {
  if (!op) return ranges;
  return ranges.map((r) => ({ anchor: transformIndex(op, r.anchor), head: transformIndex(op, r.head) }));
}
