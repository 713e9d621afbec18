package houserules.looped.orders.control;

import houserules.looped.billing.control.Invoices;

/** Fixture: orders use billing... */
public class OrderDesk {

    public int total() {
        return new Invoices().count();
    }
}
