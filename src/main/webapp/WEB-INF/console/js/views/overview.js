// Overview: readiness and its checks, this instance and the members, active sessions, open streams, and the
// authentications per minute by outcome over the last 15 minutes (chart.js).

import { admin } from '../api.js';
import { drawChart, seriesClass } from '../chart.js';
import { byId, cell, el, fill, show, state, time, value } from '../dom.js';

export function init(ctx) {
    byId('overview-refresh').addEventListener('click', () => render(ctx));
}

function dataText(data) {
    if (!data || typeof data !== 'object') {
        return value(data);
    }
    const entries = Object.entries(data);
    if (!entries.length) {
        return value(null);
    }
    return el('ul', { class: 'plain' }, entries.map(([name, item]) =>
        el('li', {}, el('span', { class: 'mono' }, name), ': ',
            item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item))));
}

function statusBadge(element, status) {
    element.textContent = status;
    element.classList.toggle('status-up', status === 'UP');
    element.classList.toggle('status-down', status !== 'UP');
}

function renderChecks(checks) {
    fill(byId('overview-checks').tBodies[0], (checks || []).map((check) => {
        const badge = el('span', { class: 'badge' });
        statusBadge(badge, check.status);
        return el('tr', { dataset: { testid: 'overview-check', check: check.name } },
            cell('Check', el('code', {}, check.name)), cell('Status', badge), cell('Data', dataText(check.data)));
    }));
}

function renderInstance(instance) {
    byId('overview-instance').textContent = instance.id;
    byId('overview-clustered').textContent = instance.clustered ? 'Yes' : 'No';
    fill(byId('overview-members'), (instance.members || []).map((member) =>
        el('li', { class: 'mono' }, member, member === instance.id ? ' (this one)' : '')));
}

function renderAuthentications(authentications) {
    const names = drawChart(byId('overview-chart'), authentications);
    const outcomes = authentications.outcomes || {};
    const minutes = authentications.minutes || [];
    fill(byId('overview-legend'), names.map((name) => {
        const total = (outcomes[name] || []).reduce((sum, count) => sum + (typeof count === 'number' ? count : 0), 0);
        return el('li', { dataset: { outcome: name } }, el('span', { class: `swatch ${seriesClass(name, names)}` }), `${name}: ${total}`);
    }));
    const table = byId('overview-table');
    fill(table.tHead, el('tr', {}, el('th', { scope: 'col' }, 'Minute'), names.map((name) => el('th', { scope: 'col' }, name))));
    fill(table.tBodies[0], minutes.map((minute, i) => el('tr', {}, el('th', { scope: 'row' }, time(minute)),
        names.map((name) => el('td', {}, value((outcomes[name] || [])[i]))))));
}

/** Loads and shows the overview; `prefetched` is an overview the sign-in already fetched. */
export async function render(ctx, prefetched) {
    const stillCurrent = ctx.ticket('overview');
    const status = byId('overview-state');
    let overview = prefetched;
    if (!overview) {
        state(status, 'Loading the overview…');
        byId('overview-refresh').disabled = true;
        try {
            overview = await admin.overview();
        } catch (error) {
            if (stillCurrent() && !ctx.fail(error)) {
                state(status, error.message, true);
            }
            return;
        } finally {
            byId('overview-refresh').disabled = false;
        }
        if (!stillCurrent()) {
            return;
        }
    }
    statusBadge(byId('overview-status'), overview.status);
    renderChecks(overview.checks);
    renderInstance(overview.instance || {});
    byId('overview-active-sessions').textContent = String(overview.active_sessions);
    byId('overview-open-streams').textContent = String(overview.open_streams);
    renderAuthentications(overview.authentications || {});
    state(status, '');
    fill(status, 'Updated ', time(new Date().toISOString()));
    show(byId('overview-body'));
}
