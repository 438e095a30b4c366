package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.Urgency;
import dev.rapport.logic.FigureText;
import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseResult;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.Label;

/** Every promise, with kept %, on time %, exceeded %, reported % and the overdue count for the filter. */
public final class PromisesView extends LedgerView<Promise, PromiseResult> {
    public PromisesView(AppContext app) {
        super(app, "promises", I18n.t("ledger.promises.title"), I18n.t("ledger.promises.new"), List.of(PromiseResult.values()),
                PromiseResult::label, I18n.t("ledger.promises.anyOutcome"), I18n.t("ledger.promises.empty"),
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
        reload();
    }

    private String outcome(Promise p) {
        String label = p.result().label();
        if (p.isOverdue(app.session().today())) {
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
    protected List<Promise> load(Long clientId) {
        return app.session().ledger().promises(clientId);
    }

    @Override
    protected dev.rapport.logic.JournalChanges.Kind kind() {
        return dev.rapport.logic.JournalChanges.Kind.PROMISES;
    }

    @Override
    protected Urgency.Rank rank(Promise p) {
        return Urgency.of(p, app.session().today());
    }

    @Override
    protected boolean matches(Promise p, PromiseResult state, LocalDate from, LocalDate to) {
        return (state == null || p.result() == state) && within(p.isDecided() ? p.decidedOn() : p.due(), from, to);
    }

    @Override
    protected void showFigures(LedgerFigures.All all, Map<String, Label> figures) {
        LedgerFigures.Promises f = all.promises();
        figures.get("kept").setText(FigureText.percent(f.keptPercent()));
        figures.get("on-time").setText(FigureText.percent(f.onTimePercent()));
        figures.get("exceeded").setText(FigureText.percent(f.exceededPercent()));
        StringBuilder dims = new StringBuilder();
        f.exceededByDimension().forEach((d, v) -> dims.append(dims.length() == 0 ? "" : " · ")
                .append(d.label().toLowerCase(I18n.messages().locale())).append(' ').append(FigureText.percent(v)));
        figures.get("by-dimension").setText(dims.toString());
        figures.get("reported").setText(FigureText.percent(f.reportedPercent()));
        figures.get("overdue").setText(Integer.toString(f.overdue()));
        figures.get("open").setText(Integer.toString(f.open()));
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
