package houserules.looped.billing.control;

import houserules.looped.orders.entity.Order;

/** Fixture: ...and billing uses orders, a loop the house rules must refuse. */
public class Invoices {

    public int count() {
        return new Order(1).amount();
    }
}
