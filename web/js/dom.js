// Small DOM helpers. Every value reaches the page as text (text nodes,
// textContent, attributes): nothing here parses HTML.

/**
 * Creates an element. attrs: attributes (false/null/undefined are left
 * out, true sets an empty attribute), plus `on` for event listeners.
 * Children: nodes, strings (as text), or nested arrays; null is skipped.
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...any} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const $el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'on') {
      for (const [type, fn] of Object.entries(value)) $el.addEventListener(type, fn);
    } else if (value === true) {
      $el.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      $el.setAttribute(name, String(value));
    }
  }
  append($el, children);
  return $el;
}

/** Appends children (nodes, strings as text, arrays) to $parent. */
export function append($parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    $parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return $parent;
}

/** Replaces the children of $parent. */
export function replace($parent, ...children) {
  $parent.replaceChildren();
  return append($parent, children);
}

// The node the form lives in: the page's document, or the shadow root of
// <license-form> (web/embed/license-form.js). Both have getElementById.
let root = document;

/** Sets where byId looks (once, before the form is built). */
export function setRoot(node) {
  root = node;
}

/** The document or shadow root the form lives in. */
export function formRoot() {
  return root;
}

/** getElementById within the form's root. */
export function byId(id) {
  return root.getElementById(id);
}

/** Shows or hides an element with the hidden attribute. */
export function show($el, visible) {
  $el.hidden = !visible;
}

/**
 * Sets the ids in aria-describedby, keeping the order given.
 * @param {HTMLElement} $el
 * @param {Array<string|null|false>} ids
 */
export function describedBy($el, ids) {
  const list = ids.filter(Boolean);
  if (list.length) $el.setAttribute('aria-describedby', list.join(' '));
  else $el.removeAttribute('aria-describedby');
}

/** Text for screen readers only. */
export function hiddenText(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

// A field's check runs when it loses focus, which a press on a button
// causes. Redrawing between the press and the release would move the button
// away from under the pointer and swallow the click, so redraws asked for
// while a pointer is down wait until the click has happened.
let pointerHeld = false;
const waitingForRelease = [];
document.addEventListener('pointerdown', () => { pointerHeld = true; }, true);
for (const type of ['pointerup', 'pointercancel']) {
  document.addEventListener(type, () => {
    pointerHeld = false;
    setTimeout(() => waitingForRelease.splice(0).forEach((fn) => fn()), 0);
  }, true);
}

/** Runs fn now, or after the pointer that is down is released (and its click handled). */
export function afterPointer(fn) {
  if (pointerHeld) waitingForRelease.push(fn);
  else fn();
}
