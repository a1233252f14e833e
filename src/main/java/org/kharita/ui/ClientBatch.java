package org.kharita.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.vaadin.flow.component.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects a component's changes during one server round trip and sends them to its element's
 * {@code applyChanges(ops)} as ONE JavaScript call just before the response, the way Vaadin's own
 * Map batches its state. Ten setter calls in a listener cost one call in the browser, in order.
 *
 * <p>When the component is attached again (a page reload that keeps the UI, a view switch), the
 * browser has lost its state: {@code fullState} is queued first so the element is rebuilt.
 */
final class ClientBatch {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Component owner;
    private final List<Map<String, Object>> ops = new ArrayList<>();
    private boolean scheduled;

    ClientBatch(Component owner, Supplier<List<Map<String, Object>>> fullState) {
        this.owner = owner;
        owner.addAttachListener(e -> {
            if (e.isInitialAttach()) return;
            ops.addAll(0, fullState.get());
            schedule();
        });
    }

    void add(Map<String, Object> op) {
        ops.add(op);
        schedule();
    }

    /** What is waiting to be sent; for tests. */
    List<Map<String, Object>> pending() {
        return List.copyOf(ops);
    }

    private void schedule() {
        if (scheduled) return;
        scheduled = true;
        owner.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(owner, ctx -> flush()));
    }

    private void flush() {
        scheduled = false;
        if (ops.isEmpty()) return;
        String payload = toJson(ops);
        ops.clear();
        // whenDefined: the first batch can reach the browser before the custom element is upgraded.
        owner.getElement().executeJs(
                "customElements.whenDefined(this.localName).then(() => this.applyChanges(JSON.parse($0)))", payload);
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("map/timeline state is plain data and always serialisable", e);
        }
    }
}
