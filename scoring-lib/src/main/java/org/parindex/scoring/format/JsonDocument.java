package org.parindex.scoring.format;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.scoring.DecimalText;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.ValidationException;

/**
 * A parsed JSON file that remembers the line of every value, keyed by JSON Pointer ({@code /areas/0/criteria/2}),
 * so that validation messages can say where the offending item is. Numbers keep their exact decimal text.
 */
final class JsonDocument {

    /** Looked up once: {@code BUILDERS.createObjectBuilder()} and friends look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = JSON.createBuilderFactory(Map.of());

    /** Deepest nesting of objects and arrays read; a framework needs about 10. */
    static final int MAX_DEPTH = 64;

    private final String source;
    private final JsonStructure root;
    private final Map<String, Integer> lines;

    private JsonDocument(String source, JsonStructure root, Map<String, Integer> lines) {
        this.source = source;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Parses {@code json}; a syntax error becomes a {@link ValidationException} naming {@code source} and the line.
     */
    static JsonDocument parse(String source, Reader json) {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        JsonStructure root = null;
        String key = null;
        int line = 1;
        try (JsonParser parser = JSON.createParser(json)) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                line = (int) Math.max(0, Math.min(Integer.MAX_VALUE, parser.getLocation().getLineNumber()));
                switch (event) {
                    case KEY_NAME -> key = parser.getString();
                    case START_OBJECT, START_ARRAY -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw new ValidationException(source, List.of(Problem.of(ProblemCode.TOO_DEEP, "JSON",
                                    "nests objects and arrays more than " + MAX_DEPTH + " deep").at(source, line)
                                    .with("limit", MAX_DEPTH)));
                        }
                        String pointer = stack.isEmpty() ? "" : stack.peek().childPointer(key);
                        lines.put(pointer, line);
                        stack.push(new Frame(pointer, key, event == JsonParser.Event.START_OBJECT));
                        key = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        Frame done = stack.pop();
                        JsonValue value = done.build();
                        if (stack.isEmpty()) {
                            root = (JsonStructure) value;
                        } else {
                            stack.peek().add(done.keyInParent, value);
                        }
                    }
                    default -> {
                        if (stack.isEmpty()) {
                            throw new ValidationException(source,
                                    List.of(Problem.of("document", "must be a JSON object or array").at(source, line)));
                        }
                        Frame parent = stack.peek();
                        lines.put(parent.childPointer(key), line);
                        parent.add(key, scalar(event, parser, source, line));
                        key = null;
                    }
                }
            }
        } catch (JsonParsingException e) {
            Problem p = CsvInput.unreadable("JSON syntax", e, source, line);
            if (p.code() == ProblemCode.NOT_UTF8) {
                throw new ValidationException(source, List.of(p));
            }
            int at = e.getLocation() == null ? line : (int) e.getLocation().getLineNumber();
            throw new ValidationException(source, List.of(Problem.of(ProblemCode.SYNTAX, "JSON syntax",
                    e.getMessage()).at(source, Math.max(at, 0)).with("reason", e.getMessage())));
        } catch (jakarta.json.JsonException e) {
            throw new ValidationException(source, List.of(CsvInput.unreadable("JSON", e, source, line)));
        }
        if (root == null) {
            throw new ValidationException(source, List.of(Problem.of("document", "is empty").at(source, 1)));
        }
        return new JsonDocument(source, root, lines);
    }

    /** Parses a string, for tests and embedders that hold JSON in memory. */
    static JsonDocument parse(String source, String json) {
        return parse(source, new StringReader(json));
    }

    /** Reads {@code reader} fully; an I/O failure becomes a {@link ValidationException} naming {@code source}. */
    static JsonDocument read(String source, Reader reader) {
        try (reader) {
            return parse(source, reader);
        } catch (IOException e) {
            throw new ValidationException(source, List.of(Problem.of("file", "cannot be read: " + e.getMessage())));
        }
    }

    String source() {
        return source;
    }

    JsonStructure root() {
        return root;
    }

    /** The 1-based line where the value at {@code pointer} starts, or the nearest enclosing value's line, or 0. */
    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** A problem located at the line of {@code pointer} in this document. */
    Problem problem(String pointer, String item, String message) {
        return Problem.of(item, message).at(source, lineOf(pointer));
    }

    private static JsonValue scalar(JsonParser.Event event, JsonParser parser, String source, int line) {
        return switch (event) {
            case VALUE_STRING -> JSON.createValue(parser.getString());
            // Keep the literal decimal text: 0.1 stays exactly 0.1. Bounded: no 1E+999999999.
            case VALUE_NUMBER -> JSON.createValue(number(parser.getString(), source, line));
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new IllegalStateException("not a scalar event: " + event);
        };
    }

    private static BigDecimal number(String text, String source, int line) {
        try {
            return DecimalText.parse(text);
        } catch (DecimalText.Invalid e) {
            throw new ValidationException(source, List.of(DecimalText.problem(e, "JSON", "number").at(source, line)));
        }
    }

    /** An object or array under construction. */
    private static final class Frame {
        final String pointer;
        final String keyInParent;
        final JsonObjectBuilder object;
        final JsonArrayBuilder array;
        int size;

        Frame(String pointer, String keyInParent, boolean isObject) {
            this.pointer = pointer;
            this.keyInParent = keyInParent;
            this.object = isObject ? BUILDERS.createObjectBuilder() : null;
            this.array = isObject ? null : BUILDERS.createArrayBuilder();
        }

        String childPointer(String key) {
            String token = object != null ? escape(key) : Integer.toString(size);
            return pointer + "/" + token;
        }

        void add(String key, JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
            size++;
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }
    }
}
