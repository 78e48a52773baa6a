package org.yorisoi.core.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** One row per contract deployment or withdrawal. Rows are only ever inserted. */
@Entity
@Table(name = "YS_DEPLOYMENT_EVENT", indexes = @Index(name = "YS_DEPLOYMENT_EVENT_CONTRACT", columnList = "CONTRACT_ID,AT_MILLIS"))
@NamedQuery(name = DeploymentEventEntity.ALL, query = "SELECT e FROM DeploymentEventEntity e ORDER BY e.atMillis DESC, e.id DESC")
@NamedQuery(name = DeploymentEventEntity.BY_CONTRACT, query = "SELECT e FROM DeploymentEventEntity e WHERE e.contractId = :contractId ORDER BY e.atMillis DESC, e.id DESC")
public class DeploymentEventEntity {

    static final String ALL = "DeploymentEvent.all";
    static final String BY_CONTRACT = "DeploymentEvent.byContract";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CONTRACT_ID", nullable = false, length = 32)
    private String contractId;

    @Column(name = "BUNDLE", nullable = false, length = 200)
    private String bundle;

    @Column(name = "VERSION", nullable = false, length = 100)
    private String version;

    @Column(name = "SOURCE", length = 500)
    private String source;

    @Column(name = "ACTION", nullable = false, length = 16)
    private String action;

    @Column(name = "AT_MILLIS", nullable = false)
    private long atMillis;

    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;

    protected DeploymentEventEntity() {
    }

    DeploymentEventEntity(String contractId, String bundle, String version, String source, String action, Instant at,
                          String actor) {
        this.contractId = contractId;
        this.bundle = bundle;
        this.version = version;
        this.source = source;
        this.action = action;
        this.atMillis = at.toEpochMilli();
        this.actor = actor;
    }

    String contractId() {
        return contractId;
    }

    String bundle() {
        return bundle;
    }

    String version() {
        return version;
    }

    String action() {
        return action;
    }

    Instant at() {
        return Instant.ofEpochMilli(atMillis);
    }

    String actor() {
        return actor;
    }
}
