package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Notice;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.WorkingHours;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Desktop notices while the app runs (issue 8): promises due today, requests whose
 * acknowledgement target falls within the next hour, and dates that matter today. Each is handed
 * out once per session; a setting switches them off.
 */
public final class NoticeService {
    /** How far ahead of its acknowledgement target a request is "nearing" it. */
    public static final Duration NEARING = Duration.ofHours(1);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final ClientService clients;
    private final LedgerService ledger;
    private final DatesService dates;
    private final SettingsService settings;
    private final Clock clock;
    private final WriteUpService writeUps;
    private final Set<String> shown = new HashSet<>();

    NoticeService(ClientService clients, LedgerService ledger, DatesService dates, SettingsService settings, Clock clock,
                  WriteUpService writeUps) {
        this.writeUps = writeUps;
        this.clients = clients;
        this.ledger = ledger;
        this.dates = dates;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean enabled() {
        return settings.current().noticesEnabled();
    }

    public void setEnabled(boolean on) {
        settings.update(s -> s.withNoticesEnabled(on));
    }

    /**
     * The notices not handed out yet this session (none when switched off); marks them as shown. A meeting's
     * write-up notice (ten minutes after its end) is remembered in the journal, so it is given once, not again
     * after a restart.
     */
    public synchronized List<Notice> take() {
        if (!enabled()) {
            return List.of();
        }
        List<Notice> out = new ArrayList<>();
        for (Notice n : current()) {
            if (shown.add(n.key())) {
                out.add(n);
            }
        }
        if (writeUps != null) {
            Map<Long, String> names = new HashMap<>();
            for (dev.rapport.model.WriteUp w : writeUps.takeNotices()) {
                if (names.isEmpty()) {
                    clients.all().forEach(c -> names.put(c.id(), c.name()));
                }
                Notice n = new Notice(Notice.WRITE_UP + w.key(), w.clientId(), I18n.t("writeup.notice.title", w.title()),
                        I18n.t("writeup.notice.text", names.getOrDefault(w.clientId(), ""), HM.format(w.ends())));
                if (shown.add(n.key())) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Everything that deserves a notice now. */
    List<Notice> current() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = new HashMap<>();
        for (Client c : clients.all()) {
            names.put(c.id(), c.name());
        }
        List<Notice> out = new ArrayList<>();
        for (Promise p : ledger.promises(null)) {
            if (p.outcome() == PromiseOutcome.OPEN && p.due().equals(today)) {
                out.add(new Notice("promise:" + p.id() + ":" + today, p.clientId(), I18n.t("notify.promiseDue"),
                        names.getOrDefault(p.clientId(), "") + ": " + p.what()));
            }
        }
        WorkingHours hours = ledger.workingHours();
        Map<Long, ResponseTargets> targets = ledger.allTargets();
        for (Request r : ledger.requests(null)) {
            if (r.effectiveAcknowledgedAt() != null) {
                continue;
            }
            ResponseTargets t = targets.getOrDefault(r.clientId(), ResponseTargets.DEFAULT);
            Instant due = WorkingTime.plus(r.receivedAt(), Duration.ofHours(t.acknowledgeHours()), hours, t.roundTheClock());
            if (!due.isBefore(now) && !due.isAfter(now.plus(NEARING))) {
                out.add(new Notice("request:" + r.id(), r.clientId(), I18n.t("notify.acknowledgeBy", HM.format(due.atZone(hours.zone()))),
                        names.getOrDefault(r.clientId(), "") + ": " + r.title()));
            }
        }
        for (DatesService.Upcoming u : dates.upcoming(today, 1)) {
            out.add(new Notice("date:" + u.event().id() + ":" + today, u.event().clientId(), I18n.t("notify.today"), u.clientName() + ": " + u.title()));
        }
        return out;
    }
}
