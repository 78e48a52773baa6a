package org.yorisoi.core.internal.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.contract.spi.HolidayCalendar;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.Opening;
import org.yorisoi.platform.ReportDue;

/** The contract calendar service over the registry and the national holidays. */
@Component(service = ContractCalendar.class)
public class ContractCalendarComponent implements ContractCalendar {

    private final ContractRegistry registry;
    private final CalendarComputer computer;

    @Activate
    public ContractCalendarComponent(@Reference ContractRegistry registry, @Reference HolidayCalendar holidays) {
        this.registry = registry;
        this.computer = new CalendarComputer(holidays);
    }

    @Override
    public List<Opening> openings(String contractId, LocalDate from, LocalDate to) {
        return computer.openings(registry.get(contractId), from, to);
    }

    @Override
    public Availability availability(String contractId, OffsetDateTime at) {
        return computer.availability(registry.get(contractId), at);
    }

    @Override
    public List<ReportDue> reportSchedule(String contractId, LocalDate from, LocalDate to) {
        return computer.reportSchedule(registry.get(contractId), from, to);
    }
}
