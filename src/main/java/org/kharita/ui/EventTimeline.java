package org.kharita.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events on a time axis (vis-timeline), batched and typed like {@link LeafletMap}. */
@Tag("kharita-event-timeline")
@NpmPackage(value = "vis-timeline", version = "8.5.4")
@JsModule("./event-timeline.js")
public class EventTimeline extends Component implements HasSize {
    private final ClientBatch batch = new ClientBatch(this, this::fullState);
    private List<TimelineItem> items = List.of();
    private Map<String, Object> language;

    public void setItems(List<TimelineItem> items) {
        this.items = List.copyOf(items);
        batch.add(itemsOp());
    }

    /** Axis labels in this UI language ("ar": Arabic month names); time still runs left to right. */
    public void setLanguage(String lang) {
        language = new LinkedHashMap<>();
        language.put("op", "language");
        language.put("lang", lang);
        batch.add(language);
    }

    public List<TimelineItem> getItems() {
        return items;
    }

    public void select(String id) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("op", "select");
        o.put("id", id);
        batch.add(o);
    }

    public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
        return addListener(ItemClickEvent.class, listener);
    }

    private Map<String, Object> itemsOp() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("op", "items");
        o.put("items", items);
        return o;
    }

    private List<Map<String, Object>> fullState() {
        List<Map<String, Object>> state = new ArrayList<>();
        if (language != null) state.add(language);
        state.add(itemsOp());
        return state;
    }

    @DomEvent("kharita-timeline-click")
    public static class ItemClickEvent extends ComponentEvent<EventTimeline> {
        private final String itemId;

        public ItemClickEvent(EventTimeline source, boolean fromClient, @EventData("event.detail.id") String itemId) {
            super(source, fromClient);
            this.itemId = itemId;
        }

        public String getItemId() {
            return itemId;
        }
    }
}
