package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parindex.survey.platform.ClassPathFolders;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.QuestionnaireReader;

/**
 * The questionnaire forms and frameworks shipped in the {@code questionnaires} module ({@code parindex/forms/*.json},
 * {@code parindex/frameworks/*.json} on the class path), by code ({@code HD-2023-P01}, {@code HD-3396-SO}). Read
 * once, on first use.
 */
@ApplicationScoped
public class QuestionnaireCatalog {

    static final String FORMS = "parindex/forms/";
    static final String FRAMEWORKS = "parindex/frameworks/";

    private volatile Map<String, Questionnaire> questionnaires;
    private volatile Map<String, Framework> frameworks;

    /** The questionnaire with this code, if shipped. */
    public Optional<Questionnaire> questionnaire(String code) {
        if (questionnaires == null) {
            questionnaires = load(FORMS, QuestionnaireReader::read, Questionnaire::code);
        }
        return Optional.ofNullable(questionnaires.get(code));
    }

    /** The framework with this code, if shipped. */
    public Optional<Framework> framework(String code) {
        if (frameworks == null) {
            frameworks = load(FRAMEWORKS, FrameworkReader::read, Framework::code);
        }
        return Optional.ofNullable(frameworks.get(code));
    }

    private static <T> Map<String, T> load(String folder, BiFunction<String, InputStreamReader, T> reader,
                                           Function<T, String> code) {
        Map<String, T> byCode = new HashMap<>();
        for (String name : jsonFiles(folder)) {
            String resource = folder + name;
            URL url = loader().getResource(resource);
            if (url == null) {
                throw new IllegalStateException("cannot read " + resource);
            }
            try (InputStream in = url.openStream()) {
                T item = reader.apply(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
                if (byCode.put(code.apply(item), item) != null) {
                    throw new IllegalStateException("two files under " + folder + " have code " + code.apply(item));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return Map.copyOf(byCode);
    }

    /** The names of the JSON files directly in {@code folder} on the class path (in jars and folders). */
    static List<String> jsonFiles(String folder) {
        return ClassPathFolders.jsonFiles(folder);
    }

    private static ClassLoader loader() {
        return QuestionnaireCatalog.class.getClassLoader();
    }
}
