package org.parindex.scoring.format;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.ValidationException;

/**
 * Typed field access on a {@link JsonDocument}, the one used by every JSON reader of this package (frameworks,
 * sample plans, questionnaires): every accessor records a located {@link Problem} and returns {@code null} instead
 * of throwing, so that a whole file is checked in one pass.
 */
final class JsonFields {

    /** Keys allowed on every object: assumption markers and JSON Schema annotations. */
    static final Set<String> ANNOTATIONS = Set.of("assumed", "note", "$schema", "$comment");

    /** A JSON object and its JSON Pointer. */
    record Element(String pointer, JsonObject object) {

        String child(String key) {
            return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        }

        boolean has(String key) {
            JsonValue v = object.get(key);
            return v != null && v.getValueType() != JsonValue.ValueType.NULL;
        }
    }

    private final JsonDocument doc;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> pointerOfItem = new HashMap<>();
    private final Map<String, String> lastPointerOfItem = new HashMap<>();

    JsonFields(JsonDocument doc) {
        this.doc = doc;
    }

    /** Parses {@code json} (closing it); a syntax error is thrown at once as a {@link ValidationException}. */
    static JsonFields parse(String sourceName, Reader json) {
        Objects.requireNonNull(sourceName, "sourceName == null");
        Objects.requireNonNull(json, "json == null (" + sourceName + ")");
        return new JsonFields(JsonDocument.read(sourceName, json));
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

    /**
     * Records a problem with its {@code code}, the field it is about and the offending value (as JSON text, or null),
     * located at {@code pointer}'s line; {@code parameters} are name, value pairs.
     */
    void problem(ProblemCode code, String pointer, String item, String field, Object value, String message,
                 Object... parameters) {
        Problem p = Problem.of(code, item, message).on(field, value == null ? null : value instanceof JsonString s
                ? s.getString() : value.toString());
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            p = p.with((String) parameters[i], parameters[i + 1]);
        }
        problems.add(p.at(doc.source(), doc.lineOf(pointer)));
    }

    private void missing(Element e, String key, String item) {
        problem(ProblemCode.MISSING_FIELD, e.pointer(), item, key, null, key + " is missing");
    }

    private void wrongType(Element e, String key, String item, JsonValue v, String expected) {
        problem(ProblemCode.WRONG_TYPE, e.child(key), item, key, v, key + " must be " + expected + ": " + v,
                "expected", expected);
    }

    /** Remembers where {@code item} sits, so that problems found later by the model can be located. */
    void locate(String item, String pointer) {
        pointerOfItem.putIfAbsent(item, pointer);
        lastPointerOfItem.put(item, pointer);
    }

    /**
     * {@code p} located at the line of the item it names (or of its nearest enclosing item, or of the document); a
     * code used twice is located at its second use.
     */
    Problem located(Problem p) {
        boolean duplicate = p.message().contains(" is already used by ");
        Map<String, String> pointers = duplicate ? lastPointerOfItem : pointerOfItem;
        String item = p.item();
        while (true) {
            String pointer = pointers.get(item);
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
        problem(ProblemCode.DUPLICATE_CODE, e.pointer(), item, "code", code, "duplicate code " + code
                + " (first on line " + doc.lineOf(first) + ")", "firstLine", doc.lineOf(first));
        return false;
    }

    /** The array index of an element, from its pointer, e.g. {@code "#3"}. */
    static String indexOf(Element e) {
        return "#" + e.pointer().substring(e.pointer().lastIndexOf('/') + 1);
    }

    /** The root object, or null (with a problem). */
    Element root(String item) {
        if (doc.root() instanceof JsonObject o) {
            return new Element("", o);
        }
        problem(ProblemCode.WRONG_TYPE, "", item, null, null, "must be a JSON object", "expected", "an object");
        return null;
    }

    /** Checks {@code "format": expected}. */
    void requireFormat(Element e, String item, String expected) {
        String format = text(e, "format", item, true);
        if (format != null && !format.equals(expected)) {
            problem(ProblemCode.NOT_ONE_OF, e.child("format"), item, "format", format, "format must be \"" + expected
                    + "\": \"" + format + "\"", "allowed", expected);
        }
    }

    /** Records a problem for every key of {@code e} that is neither in {@code known} nor an annotation. */
    void checkKeys(Element e, String item, Set<String> known) {
        for (Map.Entry<String, JsonValue> entry : e.object().entrySet()) {
            String key = entry.getKey();
            String pointer = e.child(key);
            if (key.equals("assumed")) {
                if (entry.getValue().getValueType() != JsonValue.ValueType.TRUE
                        && entry.getValue().getValueType() != JsonValue.ValueType.FALSE) {
                    wrongType(e, key, item, entry.getValue(), "true or false");
                }
            } else if (ANNOTATIONS.contains(key)) {
                if (!(entry.getValue() instanceof JsonString)) {
                    wrongType(e, key, item, entry.getValue(), "a string");
                }
            } else if (!known.contains(key)) {
                problem(ProblemCode.UNKNOWN_FIELD, pointer, item, key, null, "unknown field \"" + key + "\" (known: "
                        + known.stream().sorted().toList() + ")", "known", String.join(",", known.stream().sorted().toList()));
            }
        }
    }

    /** A string, NFC-normalised and stripped; null (with a problem when required) if absent or blank. */
    String text(Element e, String key, String item, boolean required) {
        JsonValue v = e.object().get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                missing(e, key, item);
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            wrongType(e, key, item, v, "a string");
            return null;
        }
        String text = Normalizer.normalize(s.getString().strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            if (required) {
                problem(ProblemCode.BLANK, e.child(key), item, key, null, key + " is blank");
            }
            return null;
        }
        return text;
    }

    /**
     * An exact decimal given as a JSON number or a decimal string ({@code 1}, {@code 0.5}, {@code "14.50"});
     * null (with a problem when required, or when not a number) otherwise.
     */
    BigDecimal decimal(Element e, String key, String item, boolean required) {
        JsonValue v = e.object().get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                missing(e, key, item);
            }
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return org.parindex.scoring.DecimalText.parse(s.getString());
            } catch (org.parindex.scoring.DecimalText.Invalid ex) {
                problem(ProblemCode.NOT_A_NUMBER, e.child(key), item, key, s, key + " is " + ex.getMessage());
                return null;
            }
        }
        wrongType(e, key, item, v, "a number");
        return null;
    }

    /** A non-negative decimal, or null (with a problem). */
    BigDecimal nonNegative(Element e, String key, String item, boolean required) {
        BigDecimal d = decimal(e, key, item, required);
        if (d != null && d.signum() < 0) {
            problem(ProblemCode.NUMBER_OUT_OF_BOUNDS, e.child(key), item, key, d.toPlainString(), key + " must be >= 0: "
                    + d.toPlainString(), "min", 0);
            return null;
        }
        return d;
    }

    /**
     * A whole JSON number in [min, max]; null (with a problem when required, or when present and wrong) otherwise.
     */
    Integer integer(Element e, String key, String item, int min, int max, boolean required) {
        JsonValue v = e.object().get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                missing(e, key, item);
            }
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            wrongType(e, key, item, v, "a whole number");
            return null;
        }
        BigDecimal d = n.bigDecimalValue();
        if (d.compareTo(BigDecimal.valueOf(min)) < 0) {
            problem(ProblemCode.NUMBER_OUT_OF_BOUNDS, e.child(key), item, key, d.toPlainString(), key + " must be >= "
                    + min + ": " + d.toPlainString(), "min", min);
            return null;
        }
        if (d.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(ProblemCode.NUMBER_OUT_OF_BOUNDS, e.child(key), item, key, d.toPlainString(), key + " must be <= "
                    + max + ": " + d.toPlainString(), "max", max);
            return null;
        }
        return d.intValueExact();
    }

    /** One of an enum's constants, or null (with a problem listing the allowed values when present and wrong). */
    <E extends Enum<E>> E enumValue(Element e, String key, String item, Class<E> type) {
        String text = text(e, key, item, false);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problem(ProblemCode.NOT_ONE_OF, e.child(key), item, key, text, key + " must be one of "
                + Arrays.toString(type.getEnumConstants()) + ": \"" + text + "\"", "allowed",
                String.join(",", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
    }

    /** A nested object, or null (with a problem when required, or when not an object). */
    Element object(Element e, String key, String item, boolean required) {
        JsonValue v = e.object().get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                missing(e, key, item);
            }
            return null;
        }
        if (!(v instanceof JsonObject o)) {
            wrongType(e, key, item, v, "an object");
            return null;
        }
        return new Element(e.child(key), o);
    }

    /**
     * The objects of an array field: absent gives an empty list (with a problem when required); an empty array is
     * reported when {@code nonEmpty}; non-object elements are reported and skipped.
     */
    List<Element> objects(Element e, String key, String item, boolean required, boolean nonEmpty) {
        JsonValue v = e.object().get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                missing(e, key, item);
            }
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            wrongType(e, key, item, v, "an array");
            return List.of();
        }
        if (array.isEmpty() && nonEmpty) {
            problem(ProblemCode.EMPTY, e.child(key), item, key, null, key + " is empty");
        }
        List<Element> elements = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String pointer = e.child(key) + "/" + i;
            if (array.get(i) instanceof JsonObject o) {
                elements.add(new Element(pointer, o));
            } else {
                problem(ProblemCode.WRONG_TYPE, pointer, item, key, array.get(i), key + "[" + i + "] must be an object: "
                        + array.get(i), "expected", "an object");
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
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                missing(e, key, item);
            }
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            wrongType(e, key, item, v, "an array");
            return List.of();
        }
        if (array.isEmpty() && required) {
            problem(ProblemCode.EMPTY, e.child(key), item, key, null, key + " is empty");
        }
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String text = array.get(i) instanceof JsonString s
                    ? Normalizer.normalize(s.getString().strip(), Normalizer.Form.NFC) : "";
            if (text.isEmpty()) {
                problem(ProblemCode.WRONG_TYPE, e.child(key) + "/" + i, item, key, array.get(i), key + "[" + i
                        + "] must be a non-blank string: " + array.get(i), "expected", "a non-blank string");
            } else {
                texts.add(text);
            }
        }
        return texts;
    }
}
