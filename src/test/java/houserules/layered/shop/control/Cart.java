package houserules.layered.shop.control;

/** Fixture: a control. */
public class Cart {

    public int size() {
        return 0;
    }
}
