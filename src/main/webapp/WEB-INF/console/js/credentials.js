// What the console signs in with: the __session cookie (sent by the browser, never read here) or a pasted token,
// kept in this tab's sessionStorage only and sent only as "Authorization: Bearer" (api.js), never in a URL.

const TOKEN_KEY = 'gatehouse.console.token';
const SIGNED_OUT_KEY = 'gatehouse.console.signed-out';

const memory = new Map();

function storage() {
    try {
        return window.sessionStorage;
    } catch (e) {
        return null;
    }
}

function read(key) {
    const store = storage();
    try {
        return store ? store.getItem(key) : memory.get(key) ?? null;
    } catch (e) {
        return memory.get(key) ?? null;
    }
}

function write(key, value) {
    const store = storage();
    try {
        if (store) {
            if (value === null) {
                store.removeItem(key);
            } else {
                store.setItem(key, value);
            }
            return;
        }
    } catch (e) {
        // storage refused (private mode, quota): keep it in this page only
    }
    if (value === null) {
        memory.delete(key);
    } else {
        memory.set(key, value);
    }
}

/** The pasted token, or null when the console relies on the cookie. */
export function pastedToken() {
    return read(TOKEN_KEY);
}

/** 'token' when a pasted token is in use, else 'cookie'. */
export function mode() {
    return pastedToken() ? 'token' : 'cookie';
}

export function usePastedToken(token) {
    write(TOKEN_KEY, token);
    write(SIGNED_OUT_KEY, null);
}

export function useCookie() {
    write(TOKEN_KEY, null);
    write(SIGNED_OUT_KEY, null);
}

/** Drops a pasted token that was refused; the cookie may still be tried. */
export function dropPastedToken() {
    write(TOKEN_KEY, null);
}

/** "Sign out": forgets the pasted token, and stops using the cookie on its own until asked to again. */
export function signOut() {
    write(TOKEN_KEY, null);
    write(SIGNED_OUT_KEY, '1');
}

/** Whether the operator signed out in this tab, so the cookie is not tried by itself. */
export function signedOut() {
    return read(SIGNED_OUT_KEY) === '1';
}
