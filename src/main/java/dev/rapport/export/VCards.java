package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.DataService;
import dev.rapport.model.DataList;
import dev.rapport.model.RapportException;
import dev.rapport.store.Unreadable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Uid;

/** People as vCards: every contact out as vCard 4.0, and cards (3.0 or 4.0) read in as contact rows. */
final class VCards {
    private final DataService data;

    VCards(DataService data) {
        this.data = data;
    }

    /** Every contact as a vCard 4.0 (RFC 6350); returns how many. Notes stay in the journal. */
    int export(OutputStream out) {
        List<VCard> cards = new ArrayList<>();
        Map<Long, List<String>> otherEmails = data.otherEmails();
        data.eachListRow(DataList.CONTACTS, false, row -> {
            if (row.get(0).equals("id")) {
                return;
            }
            VCard v = new VCard();
            v.setFormattedName(row.get(2));
            StructuredName n = new StructuredName();
            int space = row.get(2).lastIndexOf(' ');
            n.setFamily(space < 0 ? row.get(2) : row.get(2).substring(space + 1));
            n.setGiven(space < 0 ? null : row.get(2).substring(0, space));
            v.setStructuredName(n);
            v.setOrganization(row.get(1));
            if (!row.get(3).isEmpty()) {
                v.addTitle(new Title(row.get(3)));
            }
            if (!row.get(4).isEmpty()) {
                v.addEmail(new Email(row.get(4)));
            }
            for (String other : otherEmails.getOrDefault(Long.parseLong(row.get(0)), List.of())) {
                v.addEmail(new Email(other));
            }
            if (!row.get(5).isEmpty()) {
                v.addTelephoneNumber(new Telephone(row.get(5)));
            }
            v.setUid(new Uid("urn:uuid:" + UUID.nameUUIDFromBytes(("contact-" + row.get(0) + "@" + data.journalId())
                    .getBytes(StandardCharsets.UTF_8))));
            cards.add(v);
        });
        try {
            ContentLines.write(Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(true).foldLines(false).go(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cards.size();
    }

    /** Reads vCards (3.0 or 4.0) as contact rows, each named by its card. */
    List<ContactImport.Row> read(InputStream in) {
        List<VCard> cards;
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            refuseCardsWithoutBegin(text);
            cards = Ezvcard.parse(text).all();
        } catch (IOException e) {
            throw new RapportException(I18n.t("data.vcf.unreadable", Unreadable.reason(e)), e);
        }
        if (cards.isEmpty()) {
            throw new RapportException(I18n.t("data.vcf.none"));
        }
        List<ContactImport.Row> rows = new ArrayList<>();
        int n = 0;
        for (VCard v : cards) {
            n++;
            String name = v.getFormattedName() != null ? v.getFormattedName().getValue() : null;
            if ((name == null || name.isBlank()) && v.getStructuredName() != null) {
                StructuredName sn = v.getStructuredName();
                name = ((sn.getGiven() == null ? "" : sn.getGiven()) + " " + (sn.getFamily() == null ? "" : sn.getFamily())).trim();
            }
            Organization org = v.getOrganization();
            String client = org == null || org.getValues().isEmpty() ? null : org.getValues().get(0);
            String role = v.getTitles().isEmpty() ? "" : v.getTitles().get(0).getValue();
            List<String> emails = v.getEmails().stream().map(Email::getValue).filter(e -> e != null && !e.isBlank()).toList();
            String email = emails.isEmpty() ? "" : emails.get(0);
            String phone = v.getTelephoneNumbers().isEmpty() ? "" : phoneText(v.getTelephoneNumbers().get(0));
            String notes = v.getNotes().isEmpty() ? "" : v.getNotes().get(0).getValue();
            rows.add(new ContactImport.Row(name == null || name.isBlank() ? I18n.t("data.where.card", String.valueOf(n))
                    : I18n.t("data.where.cardNamed", String.valueOf(n), name),
                    client, name, role, email, phone, notes, emails.isEmpty() ? List.of() : emails.subList(1, emails.size())));
        }
        return rows;
    }

    /**
     * A card whose BEGIN:VCARD line is damaged is skipped by the vCard reader without a word;
     * an END:VCARD with no card open finds it, so the import is refused instead of losing a person.
     */
    private static void refuseCardsWithoutBegin(String text) {
        int open = 0;
        int line = 0;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            line++;
            String l = raw.strip().toUpperCase(Locale.ROOT);
            if (l.equals("BEGIN:VCARD")) {
                open++;
            } else if (l.equals("END:VCARD")) {
                if (open == 0) {
                    throw new RapportException(I18n.t("data.vcf.damagedCard", String.valueOf(line)));
                }
                open--;
            }
        }
    }

    private static String phoneText(Telephone t) {
        if (t.getText() != null) {
            return t.getText();
        }
        return t.getUri() == null ? "" : t.getUri().getNumber();
    }
}
