package dev.rapport.ui.ledger;

import dev.rapport.logic.Figures;
import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseResult;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.Label;

/** Every promise, with kept %, on time %, exceeded %, reported % and the overdue count for the filter. */
public final class PromisesView extends LedgerView<Promise, PromiseResult> {
    public PromisesView(AppContext app) {
        super(app, "promises", "Promises", "New promise", List.of(PromiseResult.values()), PromiseResult::label, "Any outcome",
                "No promises match. A promise made in a conversation can be added from its journal entry.",
                List.of(new String[] {"kept", "kept"}, new String[] {"on-time", "on time"}, new String[] {"exceeded", "exceeded"},
                        new String[] {"by-dimension", "exceeded by dimension"},
                        new String[] {"reported", "reported"}, new String[] {"overdue", "overdue"}, new String[] {"open", "open"}));
        column("Client", 160, p -> clientName(p.clientId()));
        column("What", 300, Promise::what);
        column("Made", 112, p -> Formats.date(p.madeOn()));
        column("Due", 112, p -> Formats.date(p.due()));
        column("Outcome", 160, p -> outcome(p));
        column("Confirmed", 112, p -> p.understoodOn() == null ? "not yet" : Formats.date(p.understoodOn()));
        column("Reported", 112, p -> p.isKept() ? (p.reportedOn() == null ? "not yet" : Formats.date(p.reportedOn())) : "");
        reload();
    }

    private String outcome(Promise p) {
        String label = p.result().label();
        if (p.isOverdue(app.session().today())) {
            return "Overdue";
        }
        if (!p.exceeded().isEmpty()) {
            label += ": " + p.exceeded().stream().sorted()
                    .map(d -> d == Dimension.OTHER ? p.otherDimension() : d.label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return label;
    }

    @Override
    protected List<Promise> load(Long clientId) {
        return app.session().ledger().promises(clientId);
    }

    @Override
    protected boolean matches(Promise p, PromiseResult state, LocalDate from, LocalDate to) {
        return (state == null || p.result() == state) && within(p.isDecided() ? p.decidedOn() : p.due(), from, to);
    }

    @Override
    protected void showFigures(LedgerFigures.All all, Map<String, Label> figures) {
        LedgerFigures.Promises f = all.promises();
        figures.get("kept").setText(Figures.percentText(f.keptPercent()));
        figures.get("on-time").setText(Figures.percentText(f.onTimePercent()));
        figures.get("exceeded").setText(Figures.percentText(f.exceededPercent()));
        StringBuilder dims = new StringBuilder();
        f.exceededByDimension().forEach((d, v) -> dims.append(dims.length() == 0 ? "" : " · ")
                .append(d.label().toLowerCase(Locale.ROOT)).append(' ').append(Figures.percentText(v)));
        figures.get("by-dimension").setText(dims.toString());
        figures.get("reported").setText(Figures.percentText(f.reportedPercent()));
        figures.get("overdue").setText(Integer.toString(f.overdue()));
        figures.get("open").setText(Integer.toString(f.open()));
    }

    @Override
    protected void open(Promise p) {
        PromiseForm.edit(app, p, s -> app.navigator().refresh());
    }

    @Override
    protected void create(Long clientId) {
        PromiseForm.create(app, clientId, null, "", s -> app.navigator().refresh());
    }
}
