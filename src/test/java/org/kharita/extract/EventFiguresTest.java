package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which event a figure belongs to: texts written for the test. */
class EventFiguresTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    @Test
    void figures_told_after_an_event_stay_with_it_not_with_a_later_one() {
        String text = "Дрон атаковал автомобиль в селе Ивановка. В больнице остаются 2 раненых. Вечером обстреливалось село Петровка.";
        TestMentions t = new TestMentions(text)
                .literal("Ивановка", 0, TestMentions.settlement("ivanovka", "RU", "X"))
                .literal("Петровка", 0, TestMentions.settlement("petrovka", "RU", "X"));
        List<Event> events = new RuleEventExtractor().extract(text, Language.RU, PUBLISHED, t.sentences(), t.mentions());
        assertThat(events).hasSize(2);
        assertThat(events.get(0).counts().get("wounded").value()).isEqualTo(2);
        assertThat(events.get(1).counts()).isEmpty();
    }
}
