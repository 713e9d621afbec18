// The Gatehouse operations console: signs in (the __session cookie, or a pasted token), then routes between the
// overview, the users, a user's page and the audit trail. Only the public admin and audit APIs are called (api.js).

import { admin, ApiError } from './api.js';
import * as credentials from './credentials.js';
import { byId, show } from './dom.js';
import * as router from './router.js';
import * as auditView from './views/audit.js';
import * as overview from './views/overview.js';
import * as signin from './views/signin.js';
import * as userPage from './views/user-page.js';
import * as users from './views/users.js';

const VIEWS = { signin: 'view-signin', refused: 'view-refused', overview: 'view-overview', users: 'view-users',
    user: 'view-user', audit: 'view-audit' };
const NAV = { overview: 'nav-overview', users: 'nav-users', user: 'nav-users', audit: 'nav-audit' };

let signedIn = false;
let showing = null;
let epoch = 0;
const loads = {};
let lastUsersHash = '#/users';

function showOnly(name) {
    showing = name;
    show(byId('app-loading'), false);
    for (const [view, id] of Object.entries(VIEWS)) {
        show(byId(id), view === name);
    }
}

function chrome(on) {
    show(byId('nav'), on);
    show(byId('account'), on);
    byId('signed-in-with').textContent = credentials.mode() === 'token'
        ? 'Signed in with a pasted token' : 'Signed in with the session cookie';
}

function focusHeading(name) {
    const heading = byId(VIEWS[name]).querySelector('h1');
    if (heading) {
        heading.focus({ preventScroll: true });
    }
}

/** What views share: whether a load is still wanted, a way out on 401/403, the last users search. */
const ctx = {
    /**
     * Starts a load for a view; the function returned tells whether its answer is still wanted: the view is still shown,
     * no newer load of it started, and the operator has not signed out or in since.
     */
    ticket(view) {
        const mine = (loads[view] || 0) + 1;
        loads[view] = mine;
        const signedInAs = epoch;
        return () => signedIn && signedInAs === epoch && showing === view && loads[view] === mine;
    },
    isShowing(name) {
        return signedIn && showing === name;
    },
    /** Handles the errors that end the signed-in state; true when it did (the caller then shows nothing). */
    fail(error) {
        if (!(error instanceof ApiError)) {
            return false;
        }
        if (error.status === 401) {
            toSignIn(`You were signed out: ${error.reason || error.detail}. Sign in again.`);
            return true;
        }
        if (error.status === 403 && error.code === 'forbidden') {
            refused(error);
            return true;
        }
        return false;
    },
    lastUsersHash() {
        return lastUsersHash;
    },
};

function toSignIn(message) {
    signedIn = false;
    epoch++;
    credentials.dropPastedToken();
    chrome(false);
    showOnly('signin');
    signin.render(message);
    focusHeading('signin');
}

function refused(error) {
    signedIn = false;
    epoch++;
    chrome(false);
    showOnly('refused');
    byId('refused-detail').textContent = error.detail;
    focusHeading('refused');
}

function markNav(name) {
    for (const id of new Set(Object.values(NAV))) {
        byId(id).removeAttribute('aria-current');
    }
    if (NAV[name]) {
        byId(NAV[name]).setAttribute('aria-current', 'page');
    }
}

function route(prefetchedOverview) {
    if (!signedIn) {
        return;
    }
    const current = router.current();
    if (current.name === 'unknown') {
        window.location.replace('#/overview');
        return;
    }
    const moved = showing !== current.name;
    showOnly(current.name);
    markNav(current.name);
    if (current.name === 'users') {
        lastUsersHash = window.location.hash || '#/users';
    }
    switch (current.name) {
        case 'overview':
            overview.render(ctx, prefetchedOverview);
            break;
        case 'users':
            users.render(ctx, current);
            break;
        case 'user':
            userPage.render(ctx, current);
            break;
        default:
            auditView.render(ctx, current);
    }
    if (moved) {
        focusHeading(current.name);
    }
}

/** Tries the current credential on the overview; on success shows the route, else says why. */
async function signIn({ automatic }) {
    signedIn = false;
    epoch++;
    chrome(false);
    showOnly(null);
    const loading = byId('app-loading');
    loading.textContent = 'Signing in…';
    show(loading, true);
    const usedToken = credentials.mode() === 'token';
    try {
        const first = await admin.overview();
        signedIn = true;
        chrome(true);
        if (!window.location.hash || window.location.hash === '#' || window.location.hash === '#/') {
            window.history.replaceState(null, '', '#/overview');
        }
        route(router.current().name === 'overview' ? first : undefined);
    } catch (error) {
        if (error instanceof ApiError && error.status === 403) {
            refused(error);
        } else if (error instanceof ApiError && error.status === 401) {
            const why = error.reason || error.detail;
            if (usedToken) {
                toSignIn(`The token was refused: ${why}.`);
            } else if (error.credentialRefused) {
                toSignIn(`The session cookie was refused: ${why}.`);
            } else {
                toSignIn(automatic ? null : 'This browser sent no __session cookie for this site. Paste a token instead.');
            }
        } else {
            toSignIn(error.message);
        }
    }
}

function start() {
    signin.init({
        onToken: (token) => {
            credentials.usePastedToken(token);
            signIn({ automatic: false });
        },
        onCookie: () => {
            credentials.useCookie();
            signIn({ automatic: false });
        },
    });
    const signOut = () => {
        credentials.signOut();
        toSignIn(null);
    };
    byId('sign-out').addEventListener('click', signOut);
    byId('refused-sign-out').addEventListener('click', signOut);
    overview.init(ctx);
    users.init(ctx);
    userPage.init(ctx);
    auditView.init(ctx);
    window.addEventListener('hashchange', () => route());
    if (credentials.pastedToken() || !credentials.signedOut()) {
        signIn({ automatic: true });
    } else {
        toSignIn(null);
    }
}

start();
