// A user's page: profile, organizations, lock, active sessions and agent tokens (never a token or a hash), and the
// operator's actions, each after a confirmation: revoke one session, revoke everything, lock, unlock. The page is
// loaded again after every action, and an API error is shown with its detail.

import { admin } from '../api.js';
import { confirmAction } from '../confirm.js';
import { byId, cell, el, fill, show, state, time, value } from '../dom.js';
import * as router from '../router.js';
import { LOCK_REASONS } from './users.js';

let shownId = null;
let shown = null;

const ACTION_BUTTONS = ['user-lock', 'user-unlock', 'user-sign-out-everywhere'];

export function init(ctx) {
    byId('user-refresh').addEventListener('click', () => load(ctx, { keepMessages: false }));
    byId('user-lock').addEventListener('click', (event) => act(ctx, 'lock', null, event.currentTarget));
    byId('user-unlock').addEventListener('click', (event) => act(ctx, 'unlock', null, event.currentTarget));
    byId('user-sign-out-everywhere').addEventListener('click', (event) => act(ctx, 'signOut', null, event.currentTarget));
}

function who(user) {
    return user.email || user.name || user.clerk_user_id || user.id;
}

function operatorLock(lock) {
    return Boolean(lock && (lock.locked_by || lock.reason === 'locked_by_operator'));
}

function renderProfile(user) {
    const facts = [
        ['Principal id', el('code', { dataset: { testid: 'user-id' } }, user.id)],
        ['Clerk user id', user.clerk_user_id ? el('code', {}, user.clerk_user_id) : value(null)],
        ['Email', el('span', { dataset: { testid: 'user-email' } }, value(user.email))],
        ['Name', value(user.name)],
        ['Created', time(user.created_at)],
        ['Super-admin', user.is_super_admin ? 'Yes' : 'No'],
    ];
    fill(byId('user-profile'), facts.map(([term, description]) => [el('dt', {}, term), el('dd', {}, description)]));
    byId('user-audit-link').setAttribute('href', router.href('/audit', { user: user.id }));
}

function renderLock(lock) {
    const element = byId('user-lock-state');
    element.dataset.locked = String(Boolean(lock.locked));
    element.classList.toggle('locked', Boolean(lock.locked));
    if (!lock.locked) {
        fill(element, 'Not locked');
    } else {
        fill(element, LOCK_REASONS[lock.reason] || `Locked (${lock.reason})`,
            lock.locked_at ? [' since ', time(lock.locked_at)] : [],
            lock.locked_by ? [' by ', el('code', {}, lock.locked_by)] : [], '.');
    }
    byId('user-lock').disabled = operatorLock(lock);
    byId('user-unlock').disabled = !operatorLock(lock);
}

function table(id, rows) {
    fill(byId(id).tBodies[0], rows);
    show(byId(id), rows.length > 0);
    show(byId(`${id}-empty`), rows.length === 0);
}

function renderSessions(ctx, user) {
    table('user-sessions', (user.sessions || []).map((session) => {
        const revoke = el('button', {
            type: 'button', class: 'small danger', dataset: { testid: 'session-revoke', sessionId: session.id },
            'aria-label': `Revoke the ${session.kind} session created ${session.created_at}`,
        }, 'Revoke');
        revoke.addEventListener('click', () => act(ctx, 'session', session, revoke));
        return el('tr', { dataset: { testid: 'session-row', sessionId: session.id } },
            cell('Kind', session.kind), cell('Created', time(session.created_at)), cell('Last seen', time(session.last_seen_at)),
            cell('Expires', time(session.expires_at)), cell('IP', value(session.ip)), cell('User agent', value(session.user_agent)),
            cell('Action', revoke));
    }));
}

function renderAgentTokens(user) {
    table('user-agent-tokens', (user.agent_tokens || []).map((agent) =>
        el('tr', { dataset: { testid: 'agent-token-row', agentTokenId: agent.id } },
            cell('Name', value(agent.name)), cell('Created', time(agent.created_at)), cell('Expires', time(agent.expires_at)),
            cell('Last used', time(agent.last_used_at)))));
}

function renderOrganizations(user) {
    table('user-organizations', (user.organizations || []).map((organization) =>
        el('tr', { dataset: { testid: 'organization-row' } },
            cell('Organization id', el('code', {}, organization.id)), cell('Slug', value(organization.slug)),
            cell('Role', value(organization.role)))));
}

function message(id, text) {
    const element = byId(id);
    element.textContent = text || '';
    show(element, Boolean(text));
}

async function load(ctx, { keepMessages }) {
    const stillCurrent = ctx.ticket('user');
    const status = byId('user-state');
    if (!keepMessages) {
        message('user-error', null);
        message('user-action-result', null);
    }
    state(status, shown ? 'Refreshing…' : 'Loading the user…');
    let user;
    try {
        user = await admin.user(shownId);
    } catch (error) {
        if (stillCurrent() && !ctx.fail(error)) {
            state(status, error.status === 404 ? `No user with the id “${shownId}”.` : error.message, true);
            if (error.status === 404) {
                shown = null;
                show(byId('user-body'), false);
                byId('user-heading').textContent = 'User not found';
            }
        }
        return;
    }
    if (!stillCurrent()) {
        return;
    }
    shown = user;
    byId('user-heading').textContent = user.name || user.email || user.clerk_user_id || user.id;
    renderProfile(user);
    renderLock(user.lock || { locked: false });
    renderOrganizations(user);
    renderSessions(ctx, user);
    renderAgentTokens(user);
    state(status, '');
    show(byId('user-body'));
}

const ACTIONS = {
    lock: {
        ask: (user) => `Lock ${who(user)}? Every session and agent token of theirs is revoked at once, and Gatehouse refuses `
            + 'their Clerk sign-ins until an operator unlocks them.',
        label: 'Lock',
        run: (user) => admin.lock(user.id),
        done: (lock) => (lock.locked ? 'Locked.' : 'The user is not locked.'),
    },
    unlock: {
        ask: (user) => `Unlock ${who(user)}? They can sign in again; what the lock revoked stays revoked.`,
        label: 'Unlock',
        run: (user) => admin.unlock(user.id),
        done: (lock) => (lock.locked ? `Unlocked in Gatehouse, but still locked: ${LOCK_REASONS[lock.reason] || lock.reason}.` : 'Unlocked.'),
    },
    signOut: {
        ask: (user) => `Revoke every session and agent token of ${who(user)}? They are refused at once; their Clerk sign-in `
            + 'still works (lock them for that).',
        label: 'Revoke all',
        run: (user) => admin.signOutEverywhere(user.id),
        done: (result) => `Revoked ${result.revoked_sessions} session${result.revoked_sessions === 1 ? '' : 's'} and `
            + `${result.revoked_agent_tokens} agent token${result.revoked_agent_tokens === 1 ? '' : 's'}.`,
    },
    session: {
        ask: (user, session) => `Revoke this ${session.kind} session of ${who(user)} (created ${new Date(session.created_at).toLocaleString()}`
            + `${session.ip ? `, from ${session.ip}` : ''})? Its token is refused at once.`,
        label: 'Revoke session',
        run: (user, session) => admin.revokeSession(session.id),
        done: () => 'Session revoked.',
    },
};

async function act(ctx, kind, session, button) {
    const user = shown;
    if (!user) {
        return;
    }
    const action = ACTIONS[kind];
    const confirmed = await confirmAction(action.ask(user, session), action.label);
    if (!confirmed) {
        if (button && button.isConnected) {
            button.focus();
        }
        return;
    }
    message('user-error', null);
    message('user-action-result', null);
    ACTION_BUTTONS.forEach((id) => { byId(id).disabled = true; });
    try {
        message('user-action-result', action.done(await action.run(user, session)));
    } catch (error) {
        if (ctx.fail(error)) {
            return;
        }
        message('user-error', error.message);
    } finally {
        byId('user-sign-out-everywhere').disabled = false;
    }
    if (!ctx.isShowing('user') || shown !== user) {
        return;
    }
    await load(ctx, { keepMessages: true });
    const said = ['user-error', 'user-action-result'].map(byId).find((element) => !element.hidden);
    if (said && ctx.isShowing('user')) {
        said.focus();
    }
}

/** Shows the user the route names (principal id or Clerk user id). */
export function render(ctx, route) {
    if (route.id !== shownId) {
        shown = null;
        show(byId('user-body'), false);
        byId('user-heading').textContent = 'User';
    }
    shownId = route.id;
    byId('user-back').setAttribute('href', ctx.lastUsersHash());
    return load(ctx, { keepMessages: false });
}
