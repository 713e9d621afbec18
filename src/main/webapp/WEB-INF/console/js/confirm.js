// The confirmation step before an action: a modal <dialog> (focus stays inside it, Escape cancels, Cancel has focus).

import { byId } from './dom.js';

/** Asks; resolves true when the operator confirmed. */
export function confirmAction(message, confirmLabel) {
    const dialog = byId('confirm-dialog');
    if (dialog.open) {
        return Promise.resolve(false);
    }
    byId('confirm-message').textContent = message;
    byId('confirm-ok').textContent = confirmLabel;
    dialog.returnValue = '';
    return new Promise((resolve) => {
        dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
        dialog.showModal();
        byId('confirm-cancel').focus();
    });
}
