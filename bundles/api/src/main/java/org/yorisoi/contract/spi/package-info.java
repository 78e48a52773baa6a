/**
 * The contract SPI: what a municipal contract bundle declares, and nothing it has to compute itself.
 *
 * <p>A contract bundle registers one {@link org.yorisoi.contract.spi.Contract} service (a Declarative
 * Services component). Everything else in this package is an immutable value type with which the
 * contract states its rules, one rule per line, each carrying the clause of the specification it
 * encodes. The core reads them; a fifth municipality is a fifth bundle and touches no core code.
 *
 * <p>Which issue each part serves:
 * <ul>
 *   <li>The platform (issue 2): {@link org.yorisoi.contract.spi.ContractInfo}, {@link org.yorisoi.contract.spi.Term},
 *       {@link org.yorisoi.contract.spi.Eligibility}, {@link org.yorisoi.contract.spi.Channel},
 *       {@link org.yorisoi.contract.spi.WindowRule} with {@link org.yorisoi.contract.spi.DayRule} (calendars),
 *       {@link org.yorisoi.contract.spi.ReportObligation} with {@link org.yorisoi.contract.spi.Due} (report schedule),
 *       {@link org.yorisoi.contract.spi.Parameter} (configuration shown to operators).</li>
 *   <li>Staff and security (issue 3): {@link org.yorisoi.contract.spi.Role}, {@link org.yorisoi.contract.spi.StaffingRule},
 *       {@link org.yorisoi.contract.spi.QualificationRule} with {@link org.yorisoi.contract.spi.Requirement} and
 *       {@link org.yorisoi.contract.spi.StaffProfile}; {@link org.yorisoi.contract.spi.RoutingRule} for viewer scope.</li>
 *   <li>Chat (issue 4): {@link org.yorisoi.contract.spi.AutoReply} texts, the HUMAN windows, the intake attributes of
 *       {@link org.yorisoi.contract.spi.Eligibility}.</li>
 *   <li>Emergencies (issue 5): {@link org.yorisoi.contract.spi.EscalationRule} and its
 *       {@link org.yorisoi.contract.spi.EscalationStep}s, routed by {@link org.yorisoi.contract.spi.RoutingRule}.</li>
 *   <li>Reports: {@link org.yorisoi.contract.spi.ReportObligation}; the AI lane: the AI windows and
 *       {@link org.yorisoi.contract.spi.AutoReply#AI_PERSONAL_INFORMATION_WARNING}; Sakai's case work:
 *       {@link org.yorisoi.contract.spi.Activity} with its {@link org.yorisoi.contract.spi.Billing}.</li>
 * </ul>
 *
 * <p>Most contracts implement {@link org.yorisoi.contract.spi.RuleBasedContract}: one
 * {@link org.yorisoi.contract.spi.RuleSet} rebuilt from configuration, every other method follows from it.
 *
 * <p>All times are Asia/Tokyo local times. Clock intervals are start-inclusive and end-exclusive; date ranges
 * include both ends. The SPI evolves by default methods, so a contract bundle built against an older minor
 * version keeps working.
 */
@Export
@Version("1.1.0")
package org.yorisoi.contract.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
