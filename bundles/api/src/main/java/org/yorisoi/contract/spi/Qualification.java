package org.yorisoi.contract.spi;

/** Qualifications the contracts name, with their Japanese names. */
public enum Qualification {
    CERTIFIED_PSYCHOLOGIST("公認心理師"),
    CLINICAL_PSYCHOLOGIST("臨床心理士"),
    CERTIFIED_SOCIAL_WORKER("社会福祉士"),
    PSYCHIATRIC_SOCIAL_WORKER("精神保健福祉士"),
    PHYSICIAN("医師"),
    /** A physician with expertise in mental health (Sakai ウ). */
    PSYCHIATRIST("精神保健に関して学識経験を有する医師"),
    SCHOOL_PSYCHOLOGIST("学校心理士"),
    /** School psychologist-like certifications (Sakai エ: 学校心理士その他これに類する資格). */
    SCHOOL_PSYCHOLOGIST_EQUIVALENT("学校心理士に類する資格"),
    TEACHER_LICENSE("教員免許"),
    CHILD_CARE_WORKER("保育士"),
    CHILD_WELFARE_OFFICER("児童福祉司"),
    PUBLIC_HEALTH_NURSE("保健師"),
    /** Completed studies in clinical psychology (Kyoto 6(5)ウ(ウ)). */
    CLINICAL_PSYCHOLOGY_DEGREE("臨床心理学系の学位");

    private final String nameJa;

    Qualification(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }
}
