package dev.upgraderisk.scanner.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trees and text must be exactly what ObjectMapper reads and writes, without building one in the tool. */
class JsonTreesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "[]",
                "\"text with \\u00e9 and \\n\"",
                "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
                "{\"int\":2147483647,\"long\":2147483648,\"big\":123456789012345678901234567890}",
                "{\"neg\":-1,\"double\":1.5,\"exp\":1e300,\"small\":-2.5E-7}",
                "[[[[[]]]],{\"x\":[{\"y\":{}}]}]",
                "{\"dup\":1,\"dup\":2}",
                "  42  ",
            })
    void readsAndWritesAsObjectMapperDoes(String json) throws Exception {
        JsonNode expected = MAPPER.readTree(json);
        JsonNode read = JsonTrees.read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, read);
        assertEquals(expected.getNodeType(), read.getNodeType());
        assertEquals(MAPPER.writeValueAsString(expected), JsonTrees.write(read, null));
        assertEquals(
                MAPPER.writer(new DefaultPrettyPrinter()).writeValueAsString(expected),
                JsonTrees.write(read, new DefaultPrettyPrinter()));
    }

    @Test
    void emptyInputIsAMissingValue() throws Exception {
        assertTrue(JsonTrees.read(new byte[0]).isMissingNode());
        assertTrue(JsonTrees.read(" \n ".getBytes(StandardCharsets.UTF_8)).isMissingNode());
    }

    @Test
    void anythingAfterTheValueIsRefusedWithItsPlace() {
        JsonProcessingException e = assertThrows(
                JsonProcessingException.class, () -> JsonTrees.read("{}\n{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.getLocation().getLineNr());
        assertTrue(e.getOriginalMessage().contains("Trailing token"), e.getOriginalMessage());
    }

    @Test
    void truncatedJsonIsRefused() {
        assertThrows(
                JsonProcessingException.class, () -> JsonTrees.read("{\"a\":[1,2".getBytes(StandardCharsets.UTF_8)));
    }
}
