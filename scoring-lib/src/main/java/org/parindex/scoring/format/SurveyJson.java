package org.parindex.scoring.format;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ValidationException;

/**
 * Field access for the sample-plan and questionnaire readers: every accessor records a {@link Problem} (with the
 * line of the offending value) instead of throwing, so that a reader reports all problems of a file at once.
 */
final class SurveyJson {

    /** Keys allowed on every object: the assumption markers of the data format, and JSON Schema's {@code $schema}. */
    private static final Set<String> ANNOTATIONS = Set.of("assumed", "note", "$schema", "$comment");

    /** A JSON object and the JSON Pointer where it sits in its document. */
    record Element(String pointer, JsonObject object) {
    }

    private final JsonDocument doc;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> pointerOfItem = new HashMap<>();

    private SurveyJson(JsonDocument doc) {
        this.doc = doc;
    }

    /** Parses {@code json} (closing it); a syntax error is thrown at once as a {@link ValidationException}. */
    static SurveyJson parse(String sourceName, Reader json) {
        Objects.requireNonNull(sourceName, "sourceName == null");
        Objects.requireNonNull(json, "json == null (" + sourceName + ")");
        return new SurveyJson(JsonDocument.read(sourceName, json));
    }

    /** Opens {@code file} as UTF-8; a missing or unreadable file is thrown as a {@link ValidationException}. */
    static Reader open(Path file) {
        Objects.requireNonNull(file, "file == null");
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ValidationException(file.toString(), List.of(Problem.of("file", "does not exist").at(
                    file.toString(), 0)));
        } catch (IOException e) {
            throw new ValidationException(file.toString(), List.of(Problem.of("file", "cannot be read: "
                    + e.getMessage()).at(file.toString(), 0)));
        }
    }

    String source() {
        return doc.source();
    }

    List<Problem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void problem(String pointer, String item, String message) {
        problems.add(doc.problem(pointer, item, message));
    }

    /** Remembers where {@code item} is, so that problems found later by the model can be located. */
    void locate(String item, String pointer) {
        pointerOfItem.putIfAbsent(item, pointer);
    }

    /** {@code p} located at the line of the item it names (or its nearest enclosing item, or the document). */
    Problem located(Problem p) {
        String item = p.item();
        while (true) {
            String pointer = pointerOfItem.get(item);
            if (pointer != null) {
                return p.at(doc.source(), doc.lineOf(pointer));
            }
            int cut = item.lastIndexOf(' ', item.lastIndexOf(' ') - 1);
            if (cut <= 0) {
                return p.at(doc.source(), doc.lineOf(""));
            }
            item = item.substring(0, cut);
        }
    }

    /**
     * Whether {@code code} is new in {@code seen} (code → pointer of its first occurrence); otherwise records a
     * problem naming the line of the first occurrence.
     */
    boolean unique(Map<String, String> seen, String code, Element e, String item) {
        String first = seen.putIfAbsent(code, e.pointer());
        if (first == null) {
            return true;
        }
        problem(e.pointer(), item, "duplicate code " + code + " (first on line " + doc.lineOf(first) + ")");
        return false;
    }

    /** The array index of an element, from its pointer, e.g. {@code "#3"}. */
    static String indexOf(Element e) {
        return "#" + e.pointer().substring(e.pointer().lastIndexOf('/') + 1);
    }

    /** The document's root object, or null (with a problem) when the root is an array. */
    Element root(String item) {
        if (doc.root() instanceof JsonObject o) {
            return new Element("", o);
        }
        problem("", item, "must be a JSON object");
        return null;
    }

    /** Checks {@code "format": expected}. */
    void requireFormat(Element e, String item, String expected) {
        String format = text(e, "format", item, true);
        if (format != null && !format.equals(expected)) {
            problem(e.pointer() + "/format", item, "format must be \"" + expected + "\": \"" + format + "\"");
        }
    }

    /** Records a problem for every key of {@code e} that is neither in {@code known} nor an annotation. */
    void checkKeys(Element e, String item, Set<String> known) {
        for (Map.Entry<String, JsonValue> entry : e.object().entrySet()) {
            String key = entry.getKey();
            String pointer = e.pointer() + "/" + key.replace("~", "~0").replace("/", "~1");
            if (key.equals("assumed")) {
                if (entry.getValue().getValueType() != JsonValue.ValueType.TRUE
                        && entry.getValue().getValueType() != JsonValue.ValueType.FALSE) {
                    problem(pointer, item, "assumed must be true or false: " + entry.getValue());
                }
            } else if (key.equals("note") || key.equals("$schema") || key.equals("$comment")) {
                if (!(entry.getValue() instanceof JsonString)) {
                    problem(pointer, item, key + " must be a string: " + entry.getValue());
                }
            } else if (!known.contains(key)) {
                problem(pointer, item, "unknown field \"" + key + "\" (known: "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    /** A string field, NFC-normalised and trimmed; null (with a problem when required) if absent, null or blank. */
    String text(Element e, String key, String item, boolean required) {
        JsonValue v = e.object().get(key);
        String pointer = e.pointer() + "/" + key;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(e.pointer(), item, key + " is missing");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            problem(pointer, item, key + " must be a string: " + v);
            return null;
        }
        String text = Normalizer.normalize(s.getString().strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            if (required) {
                problem(pointer, item, key + " is blank");
            }
            return null;
        }
        return text;
    }

    /** An integer field ≥ {@code min}; null (with a problem) if absent, not an integer or too small. */
    Integer integer(Element e, String key, String item, int min) {
        JsonValue v = e.object().get(key);
        String pointer = e.pointer() + "/" + key;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            problem(e.pointer(), item, key + " is missing");
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            problem(pointer, item, key + " must be a whole number: " + v);
            return null;
        }
        int value;
        try {
            value = n.bigDecimalValue().intValueExact();
        } catch (ArithmeticException ex) {
            problem(pointer, item, key + " is out of range: " + v);
            return null;
        }
        if (value < min) {
            problem(pointer, item, key + " must be >= " + min + ": " + value);
            return null;
        }
        return value;
    }

    /**
     * The objects of an array field. Absent or null gives an empty list (with a problem when required, or when
     * {@code nonEmpty} and the array is empty); elements that are not objects are reported and skipped.
     */
    List<Element> objects(Element e, String key, String item, boolean required, boolean nonEmpty) {
        JsonValue v = e.object().get(key);
        String pointer = e.pointer() + "/" + key;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(e.pointer(), item, key + " is missing");
            }
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            problem(pointer, item, key + " must be an array: " + v);
            return List.of();
        }
        if (array.isEmpty() && nonEmpty) {
            problem(pointer, item, key + " is empty");
        }
        List<Element> elements = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject o) {
                elements.add(new Element(pointer + "/" + i, o));
            } else {
                problem(pointer + "/" + i, item, key + "[" + i + "] must be an object: " + array.get(i));
            }
        }
        return elements;
    }

    /**
     * The strings of an array field, NFC-normalised and trimmed. Absent or null gives an empty list (with a problem
     * when required); elements that are not non-blank strings are reported and skipped.
     */
    List<String> texts(Element e, String key, String item, boolean required) {
        JsonValue v = e.object().get(key);
        String pointer = e.pointer() + "/" + key;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(e.pointer(), item, key + " is missing");
            }
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            problem(pointer, item, key + " must be an array: " + v);
            return List.of();
        }
        if (array.isEmpty() && required) {
            problem(pointer, item, key + " is empty");
        }
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String text = array.get(i) instanceof JsonString s
                    ? Normalizer.normalize(s.getString().strip(), Normalizer.Form.NFC) : "";
            if (text.isEmpty()) {
                problem(pointer + "/" + i, item, key + "[" + i + "] must be a non-blank string: " + array.get(i));
            } else {
                texts.add(text);
            }
        }
        return texts;
    }
}
