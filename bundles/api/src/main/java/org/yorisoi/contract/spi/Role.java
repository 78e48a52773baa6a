package org.yorisoi.contract.spi;

/** Roles a person can hold under a contract. */
public enum Role {
    /** Answers consultations (相談員). */
    COUNSELOR,
    /** Supervises counselors on duty (相談責任者). */
    LEAD,
    /** Manages the contract for the operator (受託管理責任者 / 業務責任者). */
    CONTRACT_MANAGER,
    /** Runs the system (システム管理者). */
    SYSTEM_MANAGER,
    /** A municipal officer with read-only access to the contract's own data. */
    MUNICIPAL_VIEWER,
    /** Platform administrator. */
    ADMIN
}
