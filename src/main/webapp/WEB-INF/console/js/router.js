// Hash routes: #/overview, #/users (?query=…), #/users/{id}, #/audit (?type=…&user=…&since=…&until=…&limit=…).
// The hash carries ids and filters only, never a credential.

/** The current route: {name, id, params}. */
export function current() {
    const hash = window.location.hash.replace(/^#/, '') || '/overview';
    const question = hash.indexOf('?');
    const path = question < 0 ? hash : hash.slice(0, question);
    const params = new URLSearchParams(question < 0 ? '' : hash.slice(question + 1));
    if (path === '/overview' || path === '/' || path === '') {
        return { name: 'overview', params };
    }
    if (path === '/users') {
        return { name: 'users', params };
    }
    const user = /^\/users\/([^/]+)$/.exec(path);
    if (user) {
        let id;
        try {
            id = decodeURIComponent(user[1]);
        } catch (e) {
            id = user[1];
        }
        return { name: 'user', id, params };
    }
    if (path === '/audit') {
        return { name: 'audit', params };
    }
    return { name: 'unknown', params };
}

/** The hash of a route with its parameters (empty ones left out). */
export function href(path, params = {}) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
        if (value !== undefined && value !== null && String(value) !== '') {
            query.set(name, String(value));
        }
    }
    const text = query.toString();
    return `#${path}${text ? `?${text}` : ''}`;
}

export function userHref(id) {
    return `#/users/${encodeURIComponent(id)}`;
}

/** Goes to a route; when the hash is already that, the hashchange does not fire, so the caller's render runs again. */
export function go(hash, render) {
    if (window.location.hash === hash) {
        render();
    } else {
        window.location.hash = hash;
    }
}
