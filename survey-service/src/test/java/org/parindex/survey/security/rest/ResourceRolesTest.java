package org.parindex.survey.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parindex.survey.invitation.rest.LinkApplication;
import org.parindex.survey.api.ApiApplication;
import org.parindex.survey.questionnaire.rest.QuestionnaireApplication;

/**
 * Every resource method of the service says who may call it, on the method itself ({@link RolesAllowedFeature}
 * denies the others to everyone); every resource class belongs to one listed JAX-RS application; {@code /api} is
 * served by one application only.
 */
class ResourceRolesTest {

    static final List<Application> APPLICATIONS = List.of(new ApiApplication(), new QuestionnaireApplication(),
            new LinkApplication());

    @Test
    void everyResourceMethodHasRolesAllowedOrPermitAll() throws Exception {
        List<String> bare = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method m : resource.getDeclaredMethods()) {
                if (isResourceMethod(m) && !m.isAnnotationPresent(RolesAllowed.class)
                        && !m.isAnnotationPresent(PermitAll.class)) {
                    bare.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(bare).as("resource methods without @RolesAllowed or @PermitAll").isEmpty();
    }

    @Test
    void onlyTheRespondentsEndpointsArePublic() throws Exception {
        Set<String> open = new HashSet<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method m : resource.getDeclaredMethods()) {
                if (isResourceMethod(m) && m.isAnnotationPresent(PermitAll.class)) {
                    open.add(resource.getSimpleName());
                }
            }
        }
        assertThat(open).containsExactlyInAnyOrder("QuestionnaireResource", "LinkResource");
        assertThat(new ApiApplication().getClasses()).doesNotContainAnyElementsOf(Set.of(
                org.parindex.survey.questionnaire.rest.QuestionnaireResource.class,
                org.parindex.survey.invitation.rest.LinkResource.class));
    }

    @Test
    void everyResourceClassIsListedByAnApplicationThatEnforcesTheAnnotations() throws Exception {
        Set<Class<?>> listed = new HashSet<>();
        for (Application app : APPLICATIONS) {
            assertThat(app.getClasses()).as(app.getClass().getSimpleName()).contains(RolesAllowedFeature.class);
            listed.addAll(app.getClasses());
        }
        assertThat(listed).containsAll(resourceClasses());
    }

    @Test
    void oneApplicationServesTheWholeApi() throws Exception {
        List<String> underApi = new ArrayList<>();
        for (Class<?> c : classes()) {
            ApplicationPath path = c.getAnnotation(ApplicationPath.class);
            if (path != null && (path.value().replaceAll("^/+", "") + "/").startsWith("api/")) {
                underApi.add(c.getSimpleName() + " at " + path.value());
            }
        }
        assertThat(underApi).containsExactly("ApiApplication at api");
    }

    /**
     * JAX-RS picks one root resource class per request, the one with the most literal characters in its path, and
     * does not come back: a class at {@code campaigns/{id}} would answer 404 for every path of {@code campaigns}.
     */
    @Test
    void noResourceClassShadowsTheMethodsOfAnother() {
        List<String> shadowed = new ArrayList<>();
        for (Application app : APPLICATIONS) {
            List<Class<?>> resources = app.getClasses().stream().filter(c -> c.isAnnotationPresent(Path.class))
                    .toList();
            for (Class<?> served : resources) {
                String root = served.getAnnotation(Path.class).value();
                for (Method m : served.getDeclaredMethods()) {
                    if (!isResourceMethod(m)) {
                        continue;
                    }
                    String sample = example(root + (m.isAnnotationPresent(Path.class)
                            ? "/" + m.getAnnotation(Path.class).value() : ""));
                    for (Class<?> other : resources) {
                        String template = other.getAnnotation(Path.class).value();
                        if (other != served && sortsBefore(template, root)
                                && sample.matches(regex(template) + "(/.*)?")) {
                            shadowed.add(served.getSimpleName() + "." + m.getName() + " by " + other.getSimpleName());
                        }
                    }
                }
            }
        }
        assertThat(shadowed).isEmpty();
    }

    private static boolean sortsBefore(String a, String b) {
        int literalA = a.replaceAll("\\{[^}]*}", "").length();
        int literalB = b.replaceAll("\\{[^}]*}", "").length();
        return literalA > literalB || literalA == literalB
                && a.chars().filter(c -> c == '{').count() > b.chars().filter(c -> c == '{').count();
    }

    private static String example(String template) {
        return template.replaceAll("\\{[^}]*}", "x1").replaceAll("/+", "/").replaceAll("^/|/$", "");
    }

    private static String regex(String template) {
        StringBuilder r = new StringBuilder();
        for (String part : template.replaceAll("^/|/$", "").split("(?=\\{)|(?<=})")) {
            r.append(part.startsWith("{") ? "[^/]+" : java.util.regex.Pattern.quote(part));
        }
        return r.toString();
    }

    @Test
    void aMethodWithoutAnnotationIsFoundAndDenied() throws Exception {
        Method bare = Unannotated.class.getDeclaredMethod("get");
        assertThat(isResourceMethod(bare)).isTrue();
        assertThat(bare.isAnnotationPresent(RolesAllowed.class) || bare.isAnnotationPresent(PermitAll.class))
                .isFalse();
    }

    @Path("x")
    static class Unannotated {
        @jakarta.ws.rs.GET
        public String get() {
            return "";
        }
    }

    static boolean isResourceMethod(Method m) {
        if (m.isAnnotationPresent(Path.class)) {
            return true;
        }
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        return classes().stream().filter(c -> c.isAnnotationPresent(Path.class)).toList();
    }

    /** The service's own classes, from the folder {@code ApiApplication} was loaded from. */
    static List<Class<?>> classes() throws IOException, URISyntaxException {
        java.nio.file.Path root = java.nio.file.Path.of(ApiApplication.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        assertThat(root).isDirectory();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/parindex/survey"))) {
            return files.map(f -> root.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - 6).replace('/', '.').replace('\\', '.'))
                    .<Class<?>>map(ResourceRolesTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceRolesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
