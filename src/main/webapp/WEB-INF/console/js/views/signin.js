// The sign-in view: the __session cookie, or a pasted token (a Clerk session JWT; the local token in local mode).

import { byId, show } from '../dom.js';

/** Wires the view: onToken(token) for a pasted token, onCookie() for the cookie. */
export function init({ onToken, onCookie }) {
    byId('signin-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const field = byId('signin-token');
        const token = field.value.trim();
        field.value = '';
        if (!token) {
            render('Paste a token first.');
            return;
        }
        onToken(token);
    });
    byId('signin-cookie').addEventListener('click', () => onCookie());
}

/** Shows why the operator is here (a refused credential, a failure), or nothing. */
export function render(message) {
    const error = byId('signin-error');
    error.textContent = message || '';
    show(error, Boolean(message));
    byId('signin-token').value = '';
}
