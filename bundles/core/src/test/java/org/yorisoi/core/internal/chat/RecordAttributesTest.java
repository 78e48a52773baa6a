package org.yorisoi.core.internal.chat;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import org.junit.Test;

public class RecordAttributesTest {

    @Test
    public void attributesSurviveTheColumnWithSeparatorsAndJapanese() {
        Map<String, String> attributes = Map.of("grade", "中2", "note", "a=b&c", "schoolType", "PRIVATE");
        assertEquals(attributes, RecordAttributes.decode(RecordAttributes.encode(attributes)));
    }

    @Test
    public void equalMapsStoreEqualStrings() {
        assertEquals(RecordAttributes.encode(Map.of("a", "1", "b", "2")),
                RecordAttributes.encode(Map.of("b", "2", "a", "1")));
    }

    @Test
    public void theRecordsAttributesOverrideTheIntakes() {
        assertEquals(Map.of("grade", "3", "schoolType", "CITY"),
                RecordAttributes.merged(Map.of("grade", "2", "schoolType", "CITY"), Map.of("grade", "3")));
    }
}
