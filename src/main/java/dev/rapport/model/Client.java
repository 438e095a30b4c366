package dev.rapport.model;

/** An organisation (or a person) the consultant works for. id is 0 until stored. */
public record Client(long id, String name, ClientStatus status, boolean archived, String industry,
                     String notes, Rhythm rhythm) {

    public Client {
        name = Check.required("name", "clientName", name, Limits.NAME);
        status = status == null ? ClientStatus.ACTIVE : status;
        industry = Check.limit("industry", "industry", industry, Limits.SHORT_TEXT);
        notes = Check.limit("notes", "notes", notes, Limits.LONG_TEXT);
        rhythm = rhythm == null ? Rhythm.DEFAULT : rhythm;
    }

    public static Client create(String name) {
        return new Client(0, name, ClientStatus.ACTIVE, false, "", "", Rhythm.DEFAULT);
    }

    public Client withId(long newId) {
        return new Client(newId, name, status, archived, industry, notes, rhythm);
    }

    public Client withArchived(boolean value) {
        return new Client(id, name, status, value, industry, notes, rhythm);
    }
}
