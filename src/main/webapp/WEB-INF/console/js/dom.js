// Small DOM helpers. Text from the API is only ever set as text (textContent), never parsed as HTML.

/** An element: el('td', {class: 'x', dataset: {label: 'Kind'}}, 'text', child, …). */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name === 'dataset') {
            Object.assign(element.dataset, value);
        } else if (name === 'class') {
            element.className = value;
        } else if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child === undefined || child === null || child === false) {
            continue;
        }
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

export function byId(id) {
    return document.getElementById(id);
}

/** Replaces an element's children. */
export function fill(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}

export function show(element, visible = true) {
    element.hidden = !visible;
}

/** A state line (loading, empty, error): text, and whether it is an error. */
export function state(element, text, error = false) {
    element.textContent = text || '';
    element.classList.toggle('error', Boolean(error));
}

const FORMAT = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** A <time> in the browser's time zone; the UTC ISO-8601 value is its datetime and its title (shown on hover). */
export function time(iso) {
    if (!iso) {
        return el('span', { class: 'empty' }, '—');
    }
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
        return el('span', {}, iso);
    }
    const utc = date.toISOString();
    return el('time', { datetime: utc, title: utc }, FORMAT.format(date));
}

/** A value, or a dash for null or empty. */
export function value(text) {
    return text === undefined || text === null || text === '' ? el('span', { class: 'empty' }, '—') : String(text);
}

/** A table cell labelled with its column (shown above the value on narrow screens). */
export function cell(label, ...children) {
    return el('td', { dataset: { label } }, ...children);
}
