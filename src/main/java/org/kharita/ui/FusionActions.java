package org.kharita.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.kharita.corpus.Corpus;

/**
 * An analyst's say over fusion, from the popup: "Not the same event" on a claim splits that report off its
 * fused event; "Same event as…" then a click on another event (its marker, or its row in the list) merges
 * the two. Both are stored with who and when and survive re-fusion (corpus.FusionStore). The buttons are
 * drawn for analysts only, and every request is checked again here: it comes from the browser.
 */
final class FusionActions {
    private final Corpus corpus;
    private final ViewerActions actions;
    /** The report whose "Same event as…" was pressed, waiting for the other event's click; null when none. */
    private Long mergeFrom;

    FusionActions(Corpus corpus, ViewerActions actions) {
        this.corpus = corpus;
        this.actions = actions;
    }

    /** Offers the buttons in the popup just opened, if an analyst is looking. */
    void offer(LeafletMap map, Texts texts) {
        if (actions.mayEdit()) map.setPopupActions(texts.get("fusion.split"), texts.get("fusion.merge"));
    }

    void requested(MainView view, LeafletMap.FusionActionEvent e) {
        if (!actions.mayEdit()) return;
        long id;
        try {
            id = Long.parseLong(e.getId());
        } catch (NumberFormatException bad) {
            return;
        }
        if (corpus.event(id).isEmpty()) return;
        Texts texts = view.texts();
        if (e.isSplit()) {
            mergeFrom = null;
            corpus.splitReport(id, actions.analyst());
            view.refresh();
            view.selectRow(id, false);
            done(texts.get("fusion.splitDone"));
        } else if (e.isMerge()) {
            mergeFrom = id;
            view.addClassName("kharita-merge-pending");
            Notification.show(texts.get("fusion.mergePick"), 6000, Notification.Position.BOTTOM_START);
        }
    }

    /**
     * An event was picked (marker or list row): the other half of a pending merge, if there is one. The
     * event picked is then shown as usual, now with the merged event's claims.
     */
    void picked(MainView view, long rowId) {
        if (mergeFrom == null) return;
        long from = mergeFrom;
        mergeFrom = null;
        view.removeClassName("kharita-merge-pending");
        if (!actions.mayEdit() || corpus.event(rowId).isEmpty()) return;
        if (corpus.fusedId(from) == corpus.fusedId(rowId)) {
            Notification.show(view.texts().get("fusion.mergeSame"), 4000, Notification.Position.BOTTOM_START);
            return;
        }
        corpus.mergeReports(from, rowId, actions.analyst());
        view.refresh();
        done(view.texts().get("fusion.mergeDone"));
    }

    private static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
