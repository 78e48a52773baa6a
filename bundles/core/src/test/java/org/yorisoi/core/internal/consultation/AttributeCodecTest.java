package org.yorisoi.core.internal.consultation;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Test;

public class AttributeCodecTest {

    @Test
    public void roundTripKeepsEveryCharacterIncludingTheSeparatorsAndEscapes() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("schoolType", "PRIVATE");
        attributes.put("a=b", "c;d");
        attributes.put("back\\slash", "ends with \\");
        attributes.put("lines", "one\ntwo\r\nthree");
        attributes.put("empty", "");
        attributes.put("学年", "中学2年");
        attributes.put("k", "=;\\=;");
        assertEquals(attributes, AttributeCodec.decode(AttributeCodec.encode(attributes)));
    }

    @Test
    public void equalMapsGiveEqualTextsWhateverTheirOrder() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("schoolType", "PRIVATE");
        one.put("grade", "J2");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("grade", "J2");
        other.put("schoolType", "PRIVATE");
        assertEquals("grade=J2;schoolType=PRIVATE", AttributeCodec.encode(one));
        assertEquals(AttributeCodec.encode(one), AttributeCodec.encode(other));
    }

    @Test
    public void emptyMapIsTheEmptyText() {
        assertEquals("", AttributeCodec.encode(Map.of()));
        assertEquals(Map.of(), AttributeCodec.decode(""));
        assertEquals(Map.of(), AttributeCodec.decode(null));
    }

    @Test(expected = IllegalArgumentException.class)
    public void textWithoutEqualsSignIsRefused() {
        AttributeCodec.decode("schoolType");
    }

    @Test(expected = IllegalArgumentException.class)
    public void danglingEscapeIsRefused() {
        AttributeCodec.decode("a=b\\");
    }

    @Test(expected = IllegalArgumentException.class)
    public void unknownEscapeIsRefused() {
        AttributeCodec.decode("a=\\x");
    }

    @Test(expected = IllegalArgumentException.class)
    public void repeatedKeyIsRefused() {
        AttributeCodec.decode("a=1;a=2");
    }
}
