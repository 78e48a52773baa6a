/**
 * The staff directory and the staffing checks (issue 3): persons, the roles granted to them per contract,
 * their qualifications, experience and recorded exception approvals, every change kept as history; whether a
 * person may work a role or activity under a contract, shifts, and the windows that fall short of a contract's
 * staffing rules.
 *
 * <p>The services are {@code @ProviderType}: only the core implements them. Every mutating method takes the name
 * of the acting user and records a {@link org.yorisoi.staff.StaffChange} in the same transaction. Invalid input
 * is refused with an {@link java.lang.IllegalArgumentException} whose message says what is wrong.
 *
 * <p>Dates are Asia/Tokyo calendar days; date ranges include both ends. Times are returned at +09:00; shift
 * intervals are start-inclusive and end-exclusive.
 */
@Export
@Version("1.2.0")
package org.yorisoi.staff;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
