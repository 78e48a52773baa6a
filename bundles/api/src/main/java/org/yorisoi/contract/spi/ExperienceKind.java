package org.yorisoi.contract.spi;

/** Kinds of professional experience the contracts count. */
public enum ExperienceKind {
    COUNSELING_FACE_TO_FACE("対面相談"),
    COUNSELING_PHONE("電話相談"),
    COUNSELING_MAIL("メール相談"),
    COUNSELING_CHAT_SNS("チャット・SNS相談"),
    /** Counseling in education or child welfare (Sakai エ). */
    COUNSELING_EDUCATION_CHILD_WELFARE("教育・児童福祉分野での相談業務"),
    TEACHING("教職"),
    CHILD_WELFARE("児童福祉"),
    EDUCATION_COUNSELING("教育相談");

    private final String nameJa;

    ExperienceKind(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }
}
