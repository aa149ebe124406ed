package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answer scale of SURVEY leaves (thang đánh giá): its options from best to worst, each with a coefficient in
 * [0, 1] or unscored. Four scored levels plus "don't know" (the default, {@link #abcde()}), five levels or yes/no
 * all work the same way.
 *
 * @param code    scale code, e.g. {@code "ABCD"}; never blank
 * @param options the options, best first; at least one scored; codes unique
 */
public record AnswerScale(String code, List<AnswerOption> options) {

    /**
     * Checks the components. Keeps a copy of the options.
     *
     * @throws IllegalArgumentException if the code is blank, no option is scored, or two options share a code
     */
    public AnswerScale {
        Require.text(code, "code");
        options = Require.list(options, "options (scale " + code + ")");
        if (options.stream().noneMatch(AnswerOption::isScored)) {
            throw new IllegalArgumentException("scale " + code + " has no scored option: " + options);
        }
        Set<String> seen = new HashSet<>();
        for (AnswerOption o : options) {
            if (!seen.add(o.code())) {
                throw new IllegalArgumentException("duplicate option code in scale " + code + ": " + o.code());
            }
        }
    }

    /** A scale with the given options. */
    public static AnswerScale of(String code, AnswerOption... options) {
        return new AnswerScale(code, List.of(options));
    }

    /**
     * The default scale of a deployed provincial survey system: A 1.00 (Rất tốt), B 0.60 (Tốt), C 0.20 (Trung
     * bình), D 0 (Kém), E unscored (Không đánh giá được / không biết), under code {@code "ABCD"}.
     */
    public static AnswerScale abcde() {
        return of("ABCD",
                AnswerOption.scored("A", "Rất tốt", new BigDecimal("1.00")),
                AnswerOption.scored("B", "Tốt", new BigDecimal("0.60")),
                AnswerOption.scored("C", "Trung bình", new BigDecimal("0.20")),
                AnswerOption.scored("D", "Kém", BigDecimal.ZERO),
                AnswerOption.unscored("E", "Không đánh giá được / không biết"));
    }

    /** The option with this code, if any. */
    public Optional<AnswerOption> option(String optionCode) {
        for (AnswerOption o : options) {
            if (o.code().equals(optionCode)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Position of the option with this code (0 = best), or -1. */
    public int indexOf(String optionCode) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).code().equals(optionCode)) {
                return i;
            }
        }
        return -1;
    }

    /** The option codes, best first. */
    public List<String> optionCodes() {
        return options.stream().map(AnswerOption::code).toList();
    }
}
