package dev.rapport.export;

import dev.rapport.logic.DataService;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * People brought in from elsewhere — vCards, a CSV file, Google, Outlook, LinkedIn, Monica — read
 * and checked whole into a plan against the journal's clients and people, then stored all or nothing.
 */
final class ContactImports {
    private static final Logger LOG = Logger.getLogger(ContactImports.class.getName());

    private final DataService data;
    private final VCards vCards;

    ContactImports(DataService data) {
        this.data = data;
        this.vCards = new VCards(data);
    }

    /** A card without an organisation goes to {@code defaultClient}. */
    ContactImport.Plan readVcf(InputStream in, String defaultClient) {
        return plan(vCards.read(in), defaultClient, List.of());
    }

    ContactImport.Plan readCsv(InputStream in, String defaultClient) {
        List<String> warnings = new ArrayList<>();
        List<ContactImport.Row> rows = ContactCsv.read(in, warnings);
        return plan(rows, defaultClient, warnings);
    }

    ContactImport.Plan readTool(ToolImports.Tool tool, InputStream in, String defaultClient) {
        List<String> warnings = new ArrayList<>();
        List<ContactImport.Row> rows = ToolImports.read(tool, in, warnings);
        return plan(rows, defaultClient, warnings);
    }

    private ContactImport.Plan plan(List<ContactImport.Row> rows, String defaultClient, List<String> warnings) {
        return ContactImport.plan(rows, data.clients(), data.existingEmails(), defaultClient, warnings);
    }

    /** Stores a contact import: all of it in one transaction, or nothing. */
    void apply(ContactImport.Plan plan) {
        data.storeContacts(plan.newClients(), plan.contacts(), plan.otherEmails());
        LOG.info(() -> "Imported " + plan.contacts().size() + " contacts and " + plan.newClients().size() + " clients");
    }

    MonicaImport.Plan readMonica(InputStream in, String defaultClient) {
        return MonicaImport.read(in, data.clients(), data.existingEmails(), defaultClient, data.today());
    }

    /** Stores a Monica import: clients, people, their entries, dates and tags, in one transaction or not at all. */
    void apply(MonicaImport.Plan plan) {
        data.storePeople(plan.newClients(), plan.people().stream().map(MonicaImport.Person::toStore).toList());
        LOG.info(() -> "Imported " + plan.people().size() + " people from Monica, " + plan.entries() + " entries, " + plan.dates() + " dates");
    }
}
