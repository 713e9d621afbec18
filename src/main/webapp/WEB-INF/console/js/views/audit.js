// Audit: the trail, newest first (GET /api/v1/audit), filtered by type, user and time range, paged with the API's
// cursors. The filters live in the hash (#/audit?type=…&user=…&since=…&until=…), times there in UTC; the form shows
// them in the browser's time zone.

import { audit } from '../api.js';
import { byId, cell, el, fill, show, state, time, value } from '../dom.js';
import { Pager } from '../pager.js';
import * as router from '../router.js';

/** The event types of the trail (kernel.SecurityEventType), in its order. */
export const TYPES = ['session.exchange', 'session.anonymous', 'session.rebind', 'session.logout', 'session.revoke',
    'agent_token.revoke', 'token.revoke', 'token.refused', 'webhook.delivery', 'user.delete', 'admin.sign_out',
    'admin.session_revoke', 'admin.lock', 'admin.unlock'];

const pager = new Pager();
let filters = {};

/** A UTC ISO time as the value of a datetime-local field, in the browser's time zone. */
export function toLocalInput(iso) {
    const date = new Date(iso);
    if (!iso || Number.isNaN(date.getTime())) {
        return '';
    }
    return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
}

/** A datetime-local value (the browser's time zone) as a UTC ISO time, '' when empty, null when not a time. */
export function fromLocalInput(text) {
    if (!text) {
        return '';
    }
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function init(ctx) {
    const select = byId('audit-type');
    TYPES.forEach((type) => select.append(el('option', { value: type }, type)));
    byId('audit-filters').addEventListener('submit', (event) => {
        event.preventDefault();
        const since = fromLocalInput(byId('audit-since').value);
        const until = fromLocalInput(byId('audit-until').value);
        if (since === null || until === null) {
            state(byId('audit-state'), 'Enter the times as a date and a time.', true);
            return;
        }
        const wanted = { type: select.value, user: byId('audit-user').value.trim(), since, until, limit: filters.limit };
        const hash = router.href('/audit', wanted);
        router.go(hash, () => render(ctx, { params: new URLSearchParams(hash.slice(hash.indexOf('?') + 1)) }));
    });
    byId('audit-reset').addEventListener('click', () => router.go('#/audit', () => render(ctx, { params: new URLSearchParams() })));
    byId('audit-refresh').addEventListener('click', () => load(ctx));
    byId('audit-older').addEventListener('click', () => {
        pager.forward();
        load(ctx);
    });
    byId('audit-newer').addEventListener('click', () => {
        pager.back();
        load(ctx);
    });
}

function idCell(label, id, href) {
    if (!id) {
        return cell(label, value(null));
    }
    const code = el('code', {}, id);
    return cell(label, href ? el('a', { href }, code) : code);
}

function row(event) {
    return el('tr', { dataset: { testid: 'audit-row', type: event.type, eventId: event.id } },
        cell('Time', time(event.occurred_at)),
        cell('Type', el('code', { dataset: { testid: 'audit-type-cell' } }, event.type)),
        idCell('User', event.principal_id, event.principal_id ? router.userHref(event.principal_id) : null),
        idCell('Session', event.session_id),
        cell('Reason', value(event.reason)),
        cell('IP', value(event.ip)),
        cell('Detail', value(event.detail)),
        cell('Operator', event.actor_id ? el('code', { dataset: { testid: 'audit-actor' } }, event.actor_id) : value(null)));
}

async function load(ctx) {
    const stillCurrent = ctx.ticket('audit');
    const status = byId('audit-state');
    const table = byId('audit-events');
    state(status, 'Loading events…');
    table.setAttribute('aria-busy', 'true');
    let page;
    try {
        page = await audit.page(filters, pager.cursor);
    } catch (error) {
        if (stillCurrent() && !ctx.fail(error)) {
            state(status, error.message, true);
            show(table, false);
            show(byId('audit-newer'), pager.hasPrevious);
            show(byId('audit-older'), false);
        }
        return;
    } finally {
        table.removeAttribute('aria-busy');
    }
    if (!stillCurrent()) {
        return;
    }
    const events = page.events || [];
    pager.loaded(page.next_cursor);
    fill(table.tBodies[0], events.map(row));
    show(table, events.length > 0);
    show(byId('audit-newer'), pager.hasPrevious);
    show(byId('audit-older'), pager.hasNext);
    byId('audit-page').textContent = pager.hasPrevious || pager.hasNext ? `Page ${pager.page}` : '';
    const filtered = Object.entries(filters).some(([name, text]) => name !== 'limit' && text);
    state(status, events.length ? `${events.length} event${events.length === 1 ? '' : 's'}, newest first.`
        : filtered ? 'No event matches these filters.' : 'No events yet.');
}

/** Shows the trail for the route's filters, from its newest page. */
export function render(ctx, route) {
    const params = route.params;
    filters = {
        type: params.get('type') || '',
        user: params.get('user') || '',
        since: params.get('since') || '',
        until: params.get('until') || '',
        limit: params.get('limit') || '',
    };
    byId('audit-type').value = TYPES.includes(filters.type) ? filters.type : '';
    byId('audit-user').value = filters.user;
    byId('audit-since').value = toLocalInput(filters.since);
    byId('audit-until').value = toLocalInput(filters.until);
    pager.reset();
    return load(ctx);
}
