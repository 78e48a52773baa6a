package org.yorisoi.testkit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.yorisoi.calendar.internal.JapaneseHolidays;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.HolidayCalendar;
import org.yorisoi.contract.spi.WindowKind;

/** Helpers for testing a contract's rules as plain Java, the way the core will read them. */
public final class ContractTestKit {

    private static final HolidayCalendar HOLIDAYS = JapaneseHolidays.fromShippedTable();

    private ContractTestKit() {
    }

    /** The national holidays the platform ships. */
    public static HolidayCalendar holidays() {
        return HOLIDAYS;
    }

    /**
     * A configuration instance of a component's {@code @ObjectClassDefinition} annotation: each method returns
     * the value in {@code overrides} (keyed by method name) when given, else the annotation's default, as
     * Declarative Services would with an empty configuration.
     */
    public static <A extends Annotation> A config(Class<A> type, Map<String, Object> overrides) {
        for (String key : overrides.keySet()) {
            try {
                type.getMethod(key);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no attribute " + key);
            }
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + overrides;
                    case "hashCode" -> overrides.hashCode();
                    case "equals" -> self == args[0];
                    default -> overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
        return type.cast(proxy);
    }

    /** The configuration with every attribute at its default. */
    public static <A extends Annotation> A defaults(Class<A> type) {
        return config(type, Map.of());
    }

    /** True when a window of this kind opens on the date and the date lies in the term. */
    public static boolean opensOn(Contract contract, WindowKind kind, LocalDate date) {
        return contract.info().term().contains(date) && contract.windows().stream()
                .anyMatch(w -> w.kind() == kind && w.days().appliesOn(date, HOLIDAYS));
    }

    /** True when a window of this kind opens on the date, e.g. {@code opensOn(c, HUMAN, "2026-12-29")}. */
    public static boolean opensOn(Contract contract, WindowKind kind, String date) {
        return opensOn(contract, kind, LocalDate.parse(date));
    }

    /** The days of a range on which a window of this kind opens. */
    public static List<LocalDate> daysOpen(Contract contract, WindowKind kind, DateRange range) {
        return range.days().filter(d -> opensOn(contract, kind, d)).toList();
    }
}
