package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.Urgency;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseResult;
import dev.rapport.ui.common.Background;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every promise, with kept %, on time %, exceeded % (and by dimension), reported % and the overdue and open counts. */
public final class PromisesViewModel extends LedgerViewModel<Promise, PromiseResult> {
    public PromisesViewModel(JournalSession session, Background background) {
        super(session, background, List.of(PromiseResult.values()), Kind.PROMISES, new Rows<>((s, clientId) -> s.ledger().promises(clientId),
                Urgency::of, Promise::result, (p, zone) -> p.isDecided() ? p.decidedOn() : p.due()));
    }

    @Override
    protected Map<String, String> figureTexts(LedgerFigures.All all) {
        LedgerFigures.Promises f = all.promises();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kept", FigureText.percent(f.keptPercent()));
        out.put("on-time", FigureText.percent(f.onTimePercent()));
        out.put("exceeded", FigureText.percent(f.exceededPercent()));
        StringBuilder dims = new StringBuilder();
        f.exceededByDimension().forEach((d, v) -> dims.append(dims.length() == 0 ? "" : " · ")
                .append(d.label().toLowerCase(I18n.messages().locale())).append(' ').append(FigureText.percent(v)));
        out.put("by-dimension", dims.toString());
        out.put("reported", FigureText.percent(f.reportedPercent()));
        out.put("overdue", Integer.toString(f.overdue()));
        out.put("open", Integer.toString(f.open()));
        return out;
    }
}
