package org.parindex.scoring;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an input (a framework, a sample plan, a questionnaire, scores or answers) is invalid. It carries
 * <em>every</em> problem found, not only the first, each naming the item and, when read from a file, the file and
 * line.
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param what     what was being checked, e.g. {@code "framework HD-3396-SO"}
     * @param problems at least one problem
     */
    public ValidationException(String what, List<Problem> problems) {
        super(describe(what, problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems found, in the order of the input; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String what, List<Problem> problems) {
        Objects.requireNonNull(what, "what == null");
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem in " : " problems in ") + what + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
