package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Dimension;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseResult;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;

import java.util.List;
import java.util.stream.Collectors;


/** Every promise, with kept %, on time %, exceeded %, reported % and the overdue count for the filter. */
public final class PromisesView extends LedgerView<Promise, PromiseResult> {
    public PromisesView(AppContext app) {
        super(app, new PromisesViewModel(app.session(), app.background()), "promises", I18n.t("ledger.promises.title"), I18n.t("ledger.promises.new"), PromiseResult::label, I18n.t("ledger.promises.anyOutcome"), I18n.t("ledger.promises.empty"),
                List.of(new String[] {"kept", I18n.t("ledger.promises.fig.kept")}, new String[] {"on-time", I18n.t("ledger.promises.fig.onTime")},
                        new String[] {"exceeded", I18n.t("ledger.promises.fig.exceeded")},
                        new String[] {"by-dimension", I18n.t("ledger.promises.fig.byDimension")},
                        new String[] {"reported", I18n.t("ledger.promises.fig.reported")},
                        new String[] {"overdue", I18n.t("ledger.promises.fig.overdue")}, new String[] {"open", I18n.t("ledger.promises.fig.open")}));
        column(I18n.t("ledger.col.client"), 160, p -> clientName(p.clientId()));
        column(I18n.t("ledger.promises.col.what"), 300, Promise::what);
        column(I18n.t("ledger.promises.col.made"), 112, p -> Formats.date(p.madeOn()));
        column(I18n.t("ledger.promises.col.due"), 112, p -> Formats.date(p.due()));
        column(I18n.t("ledger.promises.col.outcome"), 160, p -> outcome(p));
        column(I18n.t("ledger.promises.col.confirmed"), 112, p -> p.understoodOn() == null ? I18n.t("ledger.notYet")
                : Formats.date(p.understoodOn()));
        column(I18n.t("ledger.col.reported"), 112, p -> p.isKept() ? (p.reportedOn() == null ? I18n.t("ledger.notYet")
                : Formats.date(p.reportedOn())) : "");
        model.reload();
    }

    private String outcome(Promise p) {
        String label = p.result().label();
        if (p.isOverdue(model.today())) {
            return I18n.t("ledger.promises.overdue");
        }
        if (!p.exceeded().isEmpty()) {
            label += ": " + p.exceeded().stream().sorted()
                    .map(d -> d == Dimension.OTHER ? p.otherDimension() : d.label().toLowerCase(I18n.messages().locale()))
                    .collect(Collectors.joining(", "));
        }
        return label;
    }

    @Override
    protected void open(Promise p) {
        PromiseForm.edit(app, p, s -> { });
    }

    @Override
    protected void create(Long clientId) {
        PromiseForm.create(app, clientId, null, "", s -> { });
    }
}
