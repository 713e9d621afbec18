// The one way the console talks to Gatehouse: same-origin fetch of the public admin and audit APIs. A pasted token goes
// only in the Authorization header (and the cookie is then left out); otherwise the browser sends the __session cookie.
// Nothing secret is ever put in a URL: paths and query parameters carry ids, filters and cursors only.

import { pastedToken } from './credentials.js';

/** An answer other than 2xx, with what Gatehouse said about it. */
export class ApiError extends Error {
    constructor(status, code, detail, reason) {
        super(reason ? `${detail} (${reason})` : detail);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.reason = reason;
    }

    /** A 401 for a credential that was sent and refused (not one for a missing credential). */
    get credentialRefused() {
        return this.status === 401 && Boolean(this.reason);
    }
}

/** The detail of an error body: a string, or Mission Control's {"code", "message"} under /api/v1. */
function detailOf(body, status) {
    if (body && typeof body.detail === 'string') {
        return body.detail;
    }
    if (body && body.detail && typeof body.detail.message === 'string') {
        return body.detail.message;
    }
    return `HTTP ${status}`;
}

/** error_description of a WWW-Authenticate challenge: why a sent credential was refused. */
function reasonOf(challenge) {
    if (!challenge) {
        return null;
    }
    const match = /error_description="((?:[^"\\]|\\.)*)"/.exec(challenge);
    return match ? match[1].replace(/\\(.)/g, '$1') : null;
}

async function bodyOf(response) {
    const text = await response.text();
    if (!text) {
        return null;
    }
    try {
        return JSON.parse(text);
    } catch (e) {
        return null;
    }
}

/**
 * Calls the API: method, a path such as /api/v1/admin/overview, and query parameters (empty ones are left out).
 * Resolves with the JSON body; rejects with an ApiError.
 */
export async function call(method, path, query = {}) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
        if (value !== undefined && value !== null && String(value) !== '') {
            params.set(name, String(value));
        }
    }
    const url = params.toString() ? `${path}?${params}` : path;
    const token = pastedToken();
    const headers = { Accept: 'application/json' };
    if (token) {
        headers.Authorization = `Bearer ${token}`;
    }
    let response;
    try {
        response = await fetch(url, {
            method,
            headers,
            credentials: token ? 'omit' : 'same-origin',
            cache: 'no-store',
            redirect: 'error',
        });
    } catch (e) {
        throw new ApiError(0, 'network_error', 'Gatehouse could not be reached; check the connection and try again');
    }
    const body = await bodyOf(response);
    if (response.ok) {
        return body;
    }
    let reason = reasonOf(response.headers.get('WWW-Authenticate'));
    if (!reason && response.status === 429) {
        const retry = response.headers.get('Retry-After');
        reason = retry ? `retry in ${retry} seconds` : null;
    }
    throw new ApiError(response.status, body && body.code, detailOf(body, response.status), reason);
}

const ADMIN = '/api/v1/admin';

export const admin = {
    overview: () => call('GET', `${ADMIN}/overview`),
    users: (query, cursor) => call('GET', `${ADMIN}/users`, { query, cursor }),
    user: (id) => call('GET', `${ADMIN}/users/${encodeURIComponent(id)}`),
    signOutEverywhere: (id) => call('DELETE', `${ADMIN}/users/${encodeURIComponent(id)}/sessions`),
    revokeSession: (sessionId) => call('DELETE', `${ADMIN}/sessions/${encodeURIComponent(sessionId)}`),
    lock: (id) => call('POST', `${ADMIN}/users/${encodeURIComponent(id)}/lock`),
    unlock: (id) => call('DELETE', `${ADMIN}/users/${encodeURIComponent(id)}/lock`),
};

export const audit = {
    page: (filters, cursor) => call('GET', '/api/v1/audit', { ...filters, cursor }),
};
