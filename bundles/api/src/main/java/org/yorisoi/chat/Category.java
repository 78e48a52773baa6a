package org.yorisoi.chat;

/** The main category of a closed consultation, as the contracts' reports count them. */
public enum Category {
    /** いじめ */
    BULLYING,
    /** 不登校 */
    SCHOOL_REFUSAL,
    /** 友人関係 */
    FRIENDSHIPS,
    /** 家庭 */
    FAMILY,
    /** 心の健康 */
    MENTAL_HEALTH,
    /** その他 */
    OTHER
}
