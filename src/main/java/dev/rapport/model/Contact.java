package dev.rapport.model;

/**
 * A person at a client. The context carrier is the person who has carried the relationship's
 * context from the sale onward and must stay involved (DOMAIN §4).
 */
public record Contact(long id, long clientId, String name, String role, String email, String phone,
                      Channel preferredChannel, String timeZone, String notes, boolean contextCarrier) {

    public Contact {
        name = Check.required("name", "contactName", name, Limits.NAME);
        role = Check.limit("role", "role", role, Limits.SHORT_TEXT);
        email = Check.email("email", email);
        phone = Check.phone("phone", phone);
        timeZone = Check.zone("timeZone", timeZone);
        notes = Check.limit("notes", "notes", notes, Limits.LONG_TEXT);
    }

    public static Contact create(long clientId, String name) {
        return new Contact(0, clientId, name, "", "", "", null, "", "", false);
    }

    public Contact withId(long newId) {
        return new Contact(newId, clientId, name, role, email, phone, preferredChannel, timeZone, notes, contextCarrier);
    }
}
