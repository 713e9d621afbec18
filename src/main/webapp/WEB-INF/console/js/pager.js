// Keyset paging with the API's cursors: the cursor of every page seen so far, so "previous" goes back exactly.

export class Pager {
    constructor() {
        this.reset();
    }

    reset() {
        this.cursors = [null];
        this.next = null;
    }

    /** The cursor of the page to load now (null for the first). */
    get cursor() {
        return this.cursors[this.cursors.length - 1];
    }

    get page() {
        return this.cursors.length;
    }

    get hasPrevious() {
        return this.cursors.length > 1;
    }

    get hasNext() {
        return Boolean(this.next);
    }

    /** Remembers the next_cursor of the page just loaded. */
    loaded(nextCursor) {
        this.next = nextCursor || null;
    }

    forward() {
        if (this.next) {
            this.cursors.push(this.next);
            this.next = null;
        }
    }

    back() {
        if (this.cursors.length > 1) {
            this.cursors.pop();
            this.next = null;
        }
    }
}
