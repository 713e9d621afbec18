package houserules.layered.shop.entity;

import houserules.layered.shop.control.Cart;

/** Fixture: an entity that reaches up to a control, which the house rules must refuse. */
public record Item(String name) {

    public int inCart() {
        return new Cart().size();
    }
}
