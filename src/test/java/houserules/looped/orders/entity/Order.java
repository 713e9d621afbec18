package houserules.looped.orders.entity;

/** Fixture: an order. */
public record Order(int amount) {
}
