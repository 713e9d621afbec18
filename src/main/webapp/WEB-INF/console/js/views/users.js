// Users: search by email, name or Clerk user id (GET /api/v1/admin/users?query=…), newest first, paged with cursors.

import { admin } from '../api.js';
import { byId, cell, el, fill, show, state, time, value } from '../dom.js';
import { Pager } from '../pager.js';
import * as router from '../router.js';

const pager = new Pager();
let query = '';

export function init(ctx) {
    byId('user-search-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const text = byId('user-search-input').value.trim();
        router.go(router.href('/users', { query: text }), () => render(ctx, { params: new URLSearchParams(text ? { query: text } : {}) }));
    });
    byId('users-next').addEventListener('click', () => {
        pager.forward();
        load(ctx);
    });
    byId('users-previous').addEventListener('click', () => {
        pager.back();
        load(ctx);
    });
}

export const LOCK_REASONS = {
    locked_by_operator: 'Locked by an operator',
    banned_in_clerk: 'Banned in Clerk',
    locked_in_clerk: 'Locked in Clerk',
};

function lockText(user) {
    if (!user.locked) {
        return 'Not locked';
    }
    return LOCK_REASONS[user.lock_reason] || `Locked (${user.lock_reason || 'unknown reason'})`;
}

function row(user) {
    const label = user.email || user.name || user.clerk_user_id || user.id;
    return el('tr', { dataset: { testid: 'user-row', userId: user.id } },
        cell('Email', el('a', { href: router.userHref(user.id), dataset: { testid: 'user-link' } }, label)),
        cell('Name', value(user.name)),
        cell('Clerk user id', user.clerk_user_id ? el('code', {}, user.clerk_user_id) : value(null)),
        cell('Created', time(user.created_at)),
        cell('Lock', el('span', { class: user.locked ? 'locked' : '' }, lockText(user))));
}

async function load(ctx) {
    const stillCurrent = ctx.ticket('users');
    const status = byId('users-state');
    const table = byId('user-results');
    state(status, query ? `Searching for “${query}”…` : 'Loading users…');
    table.setAttribute('aria-busy', 'true');
    let page;
    try {
        page = await admin.users(query, pager.cursor);
    } catch (error) {
        if (stillCurrent() && !ctx.fail(error)) {
            state(status, error.message, true);
            show(table, false);
        }
        return;
    } finally {
        table.removeAttribute('aria-busy');
    }
    if (!stillCurrent()) {
        return;
    }
    const users = page.users || [];
    pager.loaded(page.next_cursor);
    fill(table.tBodies[0], users.map(row));
    show(table, users.length > 0);
    show(byId('users-previous'), pager.hasPrevious);
    show(byId('users-next'), pager.hasNext);
    if (!users.length) {
        state(status, query ? `No user matches “${query}”.` : 'No users yet.');
    } else {
        const page1 = pager.page === 1 && !pager.hasNext;
        state(status, page1 ? `${users.length} user${users.length === 1 ? '' : 's'}, newest first.`
            : `Page ${pager.page}: ${users.length} user${users.length === 1 ? '' : 's'}, newest first.`);
    }
}

/** Shows the search for the route's query, from its first page. */
export function render(ctx, route) {
    query = (route.params.get('query') || '').trim();
    const input = byId('user-search-input');
    if (input.value.trim() !== query) {
        input.value = query;
    }
    pager.reset();
    show(byId('users-previous'), false);
    show(byId('users-next'), false);
    return load(ctx);
}
