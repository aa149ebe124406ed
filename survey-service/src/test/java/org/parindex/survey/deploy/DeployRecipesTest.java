package org.parindex.survey.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.parindex.survey.platform.health.DatabaseReadiness;
import org.parindex.survey.platform.health.ServiceLiveness;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Lints the deploy recipes in {@code ../deploy} (no container engine or Kubernetes runs on the build machine): every
 * YAML file parses; the image is the official Payara Micro of the build's version and JDK with the WAR the build
 * makes; every environment variable a recipe sets is a setting the service reads (from the property names in the
 * code, mapped as MicroProfile Config maps environment variables) or one the image's entrypoint reads; probes and
 * ports match the service; the compose file's two instances share the database, the link key and the cluster name;
 * the Kubernetes cluster mode names a headless Service that selects the pods.
 */
class DeployRecipesTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = REPO.resolve("deploy");
    private static final Path CONTAINER = DEPLOY.resolve("container");
    private static final Path COMPOSE = DEPLOY.resolve("compose");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final String IMAGE_DOCKERFILE = "deploy/container/Dockerfile";

    // ---- YAML

    @Test
    void everyYamlFileUnderDeployParsesWithoutDuplicateKeys() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DEPLOY)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted().toList();
        }
        assertThat(files).as("YAML files under deploy/").hasSizeGreaterThanOrEqualTo(2);
        for (Path file : files) {
            List<Object> documents = yamlDocuments(file);
            assertThat(documents).as(file + " has documents").isNotEmpty().allSatisfy(d -> assertThat(d).isNotNull());
        }
    }

    // ---- the image

    @Test
    void imageIsTheOfficialPayaraMicroOfTheBuildsVersionAndJdk() throws IOException {
        String rootPom = read(REPO.resolve("pom.xml"));
        String payara = xmlValue(rootPom, "payara.version");
        String release = xmlValue(rootPom, "maven.compiler.release");
        List<String> from = instructions("FROM");
        assertThat(from).as("one stage, FROM the official image").hasSize(1);
        assertThat(from.get(0)).isEqualTo("payara/micro:" + payara + "-jdk" + release);
    }

    @Test
    void imageCopiesTheWarTheBuildMakesAndDeploysIt() throws IOException {
        String finalName = xmlValue(read(REPO.resolve("survey-service/pom.xml")), "finalName");
        String war = "survey-service/target/" + finalName + ".war";
        List<List<String>> copies = instructions("COPY").stream().map(DeployRecipesTest::copyOperands).toList();
        List<String> warCopy = copies.stream().filter(c -> c.contains(war)).findFirst().orElseThrow(
                () -> new AssertionError("the Dockerfile copies no " + war + ": " + copies));
        String deployed = warCopy.get(warCopy.size() - 1);
        assertThat(read(CONTAINER.resolve("entrypoint.sh"))).as("the entrypoint deploys the copied WAR")
                .contains("--deploy " + deployed);

        // Everything copied is sent in the build context (Dockerfile.dockerignore re-includes it) and exists.
        Set<String> included = read(CONTAINER.resolve("Dockerfile.dockerignore")).lines()
                .map(String::strip).filter(l -> l.startsWith("!")).map(l -> l.substring(1))
                .collect(Collectors.toSet());
        for (List<String> copy : copies) {
            for (String source : copy.subList(0, copy.size() - 1)) {
                assertThat(included).as("Dockerfile.dockerignore lets %s into the context", source).contains(source);
                if (!source.contains("/target/")) {
                    assertThat(REPO.resolve(source)).as("copied file").isRegularFile();
                }
            }
        }
    }

    @Test
    void imageRunsAsNonRootWithItsDataVolumeAndAHealthCheckOnReadiness() throws IOException {
        List<String> users = instructions("USER");
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1)).as("the last USER").isNotIn("root", "0", "0:0");

        Map<String, String> env = dockerfileEnv();
        assertThat(String.join(" ", instructions("VOLUME"))).as("the data folder is a volume")
                .contains(env.get("SURVEY_DATA_DIR"));

        int port = entrypointPort();
        assertThat(String.join(" ", instructions("EXPOSE")).split("\\s+")).contains(String.valueOf(port));
        assertThat(String.join(" ", instructions("HEALTHCHECK"))).contains("healthcheck.sh");
        assertThat(read(CONTAINER.resolve("healthcheck.sh")))
                .contains("127.0.0.1:" + port + "/health/ready");
    }

    @Test
    void entrypointUsesEveryJvmOptionOfRunSh() throws IOException {
        String runSh = read(REPO.resolve("run.sh"));
        String entrypoint = read(CONTAINER.resolve("entrypoint.sh"));
        Set<String> options = new TreeSet<>();
        matches(Pattern.compile("(-D[a-zA-Z][\\w.]*)="), runSh).forEach(options::add);
        matches(Pattern.compile("(-XX:[+-]?\\w+)"), runSh).forEach(options::add);
        assertThat(options).as("JVM options found in run.sh").contains("-Dderby.storage.pageCacheSize");
        assertThat(options).allSatisfy(option -> assertThat(entrypoint).as("entrypoint.sh").contains(option));
        assertThat(entrypoint).contains("umask 077");
    }

    // ---- environment variables

    @Test
    void everyEnvironmentVariableTheRecipesSetIsReadByTheServiceOrTheEntrypoint() throws IOException {
        Set<String> settings = serviceSettingVariables();
        Set<String> entrypoint = entrypointVariables();
        Map<String, Set<String>> setBy = new LinkedHashMap<>();
        setBy.put("Dockerfile ENV", dockerfileEnv().keySet());
        composeInstances().forEach((name, service) -> setBy.put("compose " + name, environment(service).keySet()));
        for (Map<String, Object> doc : kubernetesDocuments()) {
            String kind = str(doc.get("kind"));
            if (kind.equals("ConfigMap")) {
                setBy.put("ConfigMap " + name(doc), map(doc.get("data")).keySet());
            } else if (kind.equals("Secret")) {
                setBy.put("Secret " + name(doc), map(doc.get("stringData")).keySet());
            } else if (kind.equals("Deployment")) {
                for (Object container : list(at(doc, "spec", "template", "spec", "containers"))) {
                    setBy.put("Deployment " + name(doc), list(map(container).get("env")).stream()
                            .map(e -> str(map(e).get("name"))).collect(Collectors.toSet()));
                }
            }
        }
        Map<String, Set<String>> unread = new LinkedHashMap<>();
        setBy.forEach((where, names) -> {
            Set<String> bad = names.stream().filter(n -> !settings.contains(n) && !entrypoint.contains(n))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!bad.isEmpty()) {
                unread.put(where, bad);
            }
        });
        assertThat(unread).as("variables that neither a setting of the service (survey-service/README.md#settings)"
                + " nor deploy/container/entrypoint.sh reads").isEmpty();
    }

    @Test
    void settingsAreFoundInTheCode() throws IOException {
        // Guards the scan the test above relies on: it must see the settings of several capabilities.
        assertThat(serviceSettingVariables()).contains("SURVEY_DB_URL", "SURVEY_DB_PASSWORD", "SURVEY_PUBLIC_BASE_URL",
                "SURVEY_INVITATION_SECRET", "SURVEY_INVITATION_LOOKUP_TRUST_FORWARDED_FOR", "SURVEY_MAIL_SMTP_HOST",
                "PARINDEX_ADMIN_PASSWORD").doesNotContain("SURVEY_DATABASE_URL");
        assertThat(entrypointVariables()).contains("MEM_MAX_RAM_PERCENTAGE", "JVM_ARGS")
                .doesNotContain("RUNTIME", "DATA");
    }

    // ---- compose

    @Test
    void composeRunsTwoClusteredInstancesOnOneDatabaseWithOneLinkKey() throws IOException {
        Map<String, Map<String, Object>> instances = composeInstances();
        assertThat(instances).as("instances of the image in compose.yaml").hasSize(2);
        Map<String, Object> services = map(compose().get("services"));

        Set<String> databases = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> clusterNames = new LinkedHashSet<>();
        Set<String> clusterModes = new LinkedHashSet<>();
        for (var instance : instances.entrySet()) {
            Map<String, Object> service = instance.getValue();
            Map<String, String> env = environment(service);
            databases.add(env.get("SURVEY_DB_URL") + " " + env.get("SURVEY_DB_USER"));
            keys.add(env.get("SURVEY_INVITATION_SECRET"));
            List<String> command = list(service.get("command")).stream().map(DeployRecipesTest::str).toList();
            clusterNames.add(option(command, "--clustername"));
            clusterModes.add(option(command, "--clustermode"));
            assertThat(command).as(instance.getKey()).doesNotContain("--nocluster");
            assertThat(service).as(instance.getKey() + " is reached only through the proxy").doesNotContainKey("ports");
            assertThat(env).as(instance.getKey()).containsEntry("SURVEY_INVITATION_LOOKUP_TRUST_FORWARDED_FOR", "true");
            assertThat(services).as("its SMTP server is a service").containsKey(env.get("SURVEY_MAIL_SMTP_HOST"));
            assertThat(str(at(service, "depends_on", "postgres", "condition"))).isEqualTo("service_healthy");
            assertThat(volumeTargets(service)).as(instance.getKey() + "'s own data volume")
                    .contains(dockerfileEnv().get("SURVEY_DATA_DIR"));
        }
        assertThat(databases).as("one database").hasSize(1).allSatisfy(
                url -> assertThat(url).startsWith("jdbc:postgresql://postgres:5432/"));
        assertThat(keys).as("one link key").hasSize(1).doesNotContainNull();
        assertThat(clusterNames).as("one cluster name").hasSize(1).doesNotContainNull();
        assertThat(clusterModes).as("one member list").hasSize(1);
        String mode = clusterModes.iterator().next();
        assertThat(mode).startsWith("tcpip:");
        assertThat(Set.of(mode.substring("tcpip:".length()).split(","))).as("members: each instance's Hazelcast port")
                .isEqualTo(instances.keySet().stream().map(n -> n + ":6900").collect(Collectors.toSet()));
        assertThat(instances.values().stream().map(s -> volumeSources(s)).flatMap(List::stream).toList())
                .as("no data volume shared").doesNotHaveDuplicates();

        Map<String, Object> postgres = map(services.get("postgres"));
        assertThat(str(postgres.get("image"))).startsWith("postgres:");
        assertThat(map(postgres.get("healthcheck"))).containsKey("test");
        assertThat(volumeTargets(postgres)).contains("/var/lib/postgresql/data");
    }

    @Test
    void composeProxyTerminatesTlsAndForwardsToBothInstancesHealthChecked() throws IOException {
        Map<String, Object> proxy = map(map(compose().get("services")).get("proxy"));
        assertThat(str(proxy.get("image"))).startsWith("caddy:");
        assertThat(list(proxy.get("volumes"))).anySatisfy(v -> assertThat(str(v)).startsWith("./Caddyfile:"));
        String caddyfile = read(COMPOSE.resolve("Caddyfile"));
        String code = caddyfile.lines().map(l -> l.replaceAll("#.*", "")).collect(Collectors.joining("\n"));
        Matcher upstreams = Pattern.compile("reverse_proxy\\s+([^{\\n]+)").matcher(code);
        assertThat(upstreams.find()).as("a reverse_proxy line").isTrue();
        int port = entrypointPort();
        assertThat(Set.of(upstreams.group(1).strip().split("\\s+"))).isEqualTo(composeInstances().keySet().stream()
                .map(n -> n + ":" + port).collect(Collectors.toSet()));
        assertThat(code).contains("tls ").contains("health_uri /health/ready").contains("lb_policy cookie")
                // trusting a client's X-Forwarded-For would let it choose its throttle
                .doesNotContain("trusted_proxies");
    }

    @Test
    void composeVariablesAreAllInTheEnvExampleAndTheEnvFileIsIgnored() throws IOException {
        Set<String> used = new TreeSet<>(matches(Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)"),
                read(COMPOSE.resolve("compose.yaml"))));
        Set<String> listed = read(COMPOSE.resolve(".env.example")).lines().map(String::strip)
                .filter(l -> !l.startsWith("#") && l.contains("=")).map(l -> l.substring(0, l.indexOf('=')))
                .collect(Collectors.toSet());
        assertThat(used).isNotEmpty();
        assertThat(listed).containsAll(used);
        assertThat(read(COMPOSE.resolve(".gitignore")).lines()).contains(".env");
    }

    // ---- Kubernetes

    @Test
    void kubernetesDeploymentRunsTwoProbedNonRootInstances() throws IOException {
        Map<String, Object> deployment = kubernetes("Deployment").get(0);
        assertThat(at(deployment, "spec", "replicas")).isEqualTo(2);
        Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(at(pod, "securityContext", "runAsUser")).isNotEqualTo(0);
        Map<String, Object> container = map(list(pod.get("containers")).get(0));
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(str(at(container, "resources", "limits", "memory"))).isNotBlank();
        assertThat(str(at(container, "resources", "requests", "cpu"))).isNotBlank();

        Map<String, Integer> ports = containerPorts(container);
        assertThat(ports).containsEntry("http", entrypointPort()).containsEntry("hazelcast", 6900);
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/ready");
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/live");
        assertThat(str(at(container, "startupProbe", "httpGet", "path"))).startsWith("/health/");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(ports).as(probe + "'s port").containsKey(str(at(container, probe, "httpGet", "port")));
        }
        int startupSeconds = (Integer) at(container, "startupProbe", "periodSeconds")
                * (Integer) at(container, "startupProbe", "failureThreshold");
        assertThat(startupSeconds).as("time allowed for Payara Micro to boot").isGreaterThanOrEqualTo(180);

        // The probes ask the service's own checks: readiness = migrated database, liveness = the JVM.
        assertThat(DatabaseReadiness.class.isAnnotationPresent(Readiness.class)).isTrue();
        assertThat(ServiceLiveness.class.isAnnotationPresent(Liveness.class)).isTrue();

        // Its settings come from the ConfigMap and the Secret that exist.
        Set<String> sources = list(container.get("envFrom")).stream()
                .map(e -> map(e).containsKey("configMapRef") ? "ConfigMap/" + at(e, "configMapRef", "name")
                        : "Secret/" + at(e, "secretRef", "name"))
                .collect(Collectors.toSet());
        Set<String> defined = kubernetesDocuments().stream().map(d -> d.get("kind") + "/" + name(d))
                .collect(Collectors.toSet());
        assertThat(defined).containsAll(sources);
        Map<String, Object> config = kubernetes("ConfigMap").get(0);
        assertThat(str(at(config, "data", "SURVEY_DB_URL"))).startsWith("jdbc:postgresql://");
        assertThat(map(kubernetes("Secret").get(0).get("stringData"))).containsKey("SURVEY_INVITATION_SECRET");
    }

    @Test
    void kubernetesClusterModeNamesAHeadlessServiceOfThePodsThatTheirAccountMayRead() throws IOException {
        Map<String, Object> deployment = kubernetes("Deployment").get(0);
        Map<String, Object> container = map(list(at(deployment, "spec", "template", "spec", "containers")).get(0));
        List<String> args = list(container.get("args")).stream().map(DeployRecipesTest::str).toList();
        assertThat(option(args, "--clustername")).isNotBlank();
        String mode = option(args, "--clustermode");
        assertThat(mode).startsWith("kubernetes:");
        String[] target = mode.substring("kubernetes:".length()).split(",");
        assertThat(target).as("kubernetes:NAMESPACE,SERVICE").hasSize(2);
        String namespace = str(at(deployment, "metadata", "namespace"));
        assertThat(target[0]).isEqualTo(namespace);
        assertThat(kubernetes("Namespace")).extracting(DeployRecipesTest::name).contains(namespace);

        Map<String, Object> headless = kubernetes("Service").stream().filter(s -> name(s).equals(target[1]))
                .findFirst().orElseThrow(() -> new AssertionError("no Service " + target[1]));
        assertThat(at(headless, "spec", "clusterIP")).isEqualTo("None");
        Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
        assertThat(podLabels).containsAllEntriesOf(map(at(headless, "spec", "selector")));
        assertThat(list(at(headless, "spec", "ports"))).anySatisfy(p -> assertThat(map(p).get("port"))
                .isEqualTo(containerPorts(container).get("hazelcast")));

        String account = str(at(deployment, "spec", "template", "spec", "serviceAccountName"));
        Map<String, Object> binding = kubernetes("RoleBinding").get(0);
        assertThat(list(binding.get("subjects"))).anySatisfy(s -> assertThat(map(s).get("name")).isEqualTo(account));
        Map<String, Object> role = kubernetes("Role").stream()
                .filter(r -> name(r).equals(at(binding, "roleRef", "name"))).findFirst().orElseThrow();
        assertThat(list(role.get("rules"))).anySatisfy(rule -> {
            assertThat(list(map(rule).get("resources"))).contains("endpoints");
            assertThat(list(map(rule).get("verbs"))).contains("get", "list");
        });
    }

    @Test
    void kubernetesIngressServesTheServiceOverTlsAndOnlyItReachesTheHttpPort() throws IOException {
        Map<String, Object> ingress = kubernetes("Ingress").get(0);
        assertThat(list(at(ingress, "spec", "tls"))).isNotEmpty();
        Map<String, Object> backend = map(at(map(list(at(map(list(at(ingress, "spec", "rules")).get(0)),
                "http", "paths")).get(0)), "backend", "service"));
        Map<String, Object> service = kubernetes("Service").stream().filter(s -> name(s).equals(backend.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no Service " + backend.get("name")));
        List<Map<String, Object>> servicePorts = list(at(service, "spec", "ports")).stream()
                .map(DeployRecipesTest::map).toList();
        assertThat(servicePorts).anySatisfy(p -> assertThat(p.get("name")).isEqualTo(at(backend, "port", "name")));
        Map<String, Object> container = map(list(at(kubernetes("Deployment").get(0), "spec", "template", "spec",
                "containers")).get(0));
        assertThat(servicePorts)
                .allSatisfy(p -> assertThat(containerPorts(container)).containsKey(str(p.get("targetPort"))));

        // Only the ingress controller may reach HTTP: the service trusts X-Forwarded-For.
        Map<String, Object> policy = kubernetes("NetworkPolicy").get(0);
        List<Object> rules = list(at(policy, "spec", "ingress"));
        int http = entrypointPort();
        assertThat(rules).filteredOn(r -> list(map(r).get("ports")).stream()
                        .anyMatch(p -> Objects.equals(map(p).get("port"), http)))
                .singleElement().satisfies(r -> assertThat(str(list(map(r).get("from")).get(0)))
                        .contains("namespaceSelector"));
        assertThat(str(at(kubernetes("ConfigMap").get(0), "data", "SURVEY_INVITATION_LOOKUP_TRUST_FORWARDED_FOR")))
                .isEqualTo("true");
    }

    // ---- what the recipes are checked against

    /**
     * The environment variables of every setting the service reads: the property names in its code
     * ({@code @ConfigProperty(name = …)}, {@code ${MPCONFIG=…}}, {@code getOptionalValue("…")}), mapped as
     * MicroProfile Config maps them (every character that is not a letter or a digit to {@code _}, upper case).
     */
    static Set<String> serviceSettingVariables() throws IOException {
        Pattern reads = Pattern.compile(
                "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"|MPCONFIG=([\\w.-]+)|get(?:Optional)?Value\\(\\s*\"([^\"]+)\"");
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = reads.matcher(read(file));
                while (m.find()) {
                    String property = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    variables.add(property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
                }
            }
        }
        return variables;
    }

    /** The variables the image's entrypoint reads (and does not set itself). */
    static Set<String> entrypointVariables() throws IOException {
        String script = read(CONTAINER.resolve("entrypoint.sh"));
        String code = script.lines().filter(l -> !l.strip().startsWith("#")).collect(Collectors.joining("\n"));
        Set<String> variables = new TreeSet<>(matches(Pattern.compile("\\$\\{?([A-Z_][A-Z0-9_]*)"), code));
        variables.removeAll(matches(Pattern.compile("(?m)^\\s*([A-Z_][A-Z0-9_]*)="), code));
        return variables;
    }

    private static int entrypointPort() throws IOException {
        Matcher m = Pattern.compile("--port (\\d+)").matcher(read(CONTAINER.resolve("entrypoint.sh")));
        assertThat(m.find()).as("entrypoint.sh gives Payara Micro --port").isTrue();
        return Integer.parseInt(m.group(1));
    }

    // ---- Dockerfile

    /** The arguments of each {@code instruction} in the Dockerfile, continuation lines joined. */
    private static List<String> instructions(String instruction) throws IOException {
        String joined = read(CONTAINER.resolve("Dockerfile")).replace("\\\n", " ");
        return joined.lines().map(String::strip).filter(l -> l.startsWith(instruction + " "))
                .map(l -> l.substring(instruction.length()).strip()).toList();
    }

    private static List<String> copyOperands(String arguments) {
        return Arrays.stream(arguments.split("\\s+")).filter(a -> !a.startsWith("--")).toList();
    }

    private static Map<String, String> dockerfileEnv() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String arguments : instructions("ENV")) {
            for (String pair : arguments.split("\\s+")) {
                int eq = pair.indexOf('=');
                assertThat(eq).as("ENV NAME=value: " + pair).isPositive();
                env.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return env;
    }

    // ---- compose

    private static Map<String, Object> compose() throws IOException {
        return map(yamlDocuments(COMPOSE.resolve("compose.yaml")).get(0));
    }

    /** The services built from the image's Dockerfile, by name. */
    private static Map<String, Map<String, Object>> composeInstances() throws IOException {
        Map<String, Map<String, Object>> instances = new LinkedHashMap<>();
        map(compose().get("services")).forEach((name, service) -> {
            Object build = map(service).get("build");
            if (build != null && str(map(build).get("dockerfile")).equals(IMAGE_DOCKERFILE)) {
                instances.put(name, map(service));
            }
        });
        return instances;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        map(service.get("environment")).forEach((k, v) -> env.put(k, str(v)));
        return env;
    }

    private static List<String> volumeSources(Map<String, Object> service) {
        return list(service.get("volumes")).stream().map(v -> str(v).split(":")[0]).toList();
    }

    private static List<String> volumeTargets(Map<String, Object> service) {
        return list(service.get("volumes")).stream().map(v -> str(v).split(":")[1]).toList();
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    // ---- Kubernetes

    private static List<Map<String, Object>> kubernetesDocuments() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                yamlDocuments(file).stream().map(DeployRecipesTest::map).filter(d -> d.containsKey("kind"))
                        .filter(d -> !str(d.get("kind")).equals("Kustomization")).forEach(docs::add);
            }
        }
        return docs;
    }

    private static List<Map<String, Object>> kubernetes(String kind) throws IOException {
        List<Map<String, Object>> found = kubernetesDocuments().stream().filter(d -> kind.equals(d.get("kind")))
                .toList();
        assertThat(found).as("a %s in deploy/kubernetes", kind).isNotEmpty();
        return found;
    }

    private static Map<String, Integer> containerPorts(Map<String, Object> container) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        list(container.get("ports")).forEach(p -> ports.put(str(map(p).get("name")),
                (Integer) map(p).get("containerPort")));
        return ports;
    }

    private static String name(Map<String, Object> doc) {
        return str(at(doc, "metadata", "name"));
    }

    // ---- small helpers

    private static List<Object> yamlDocuments(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Object> documents = new ArrayList<>();
        new Yaml(new SafeConstructor(options)).loadAll(read(file)).forEach(documents::add);
        return documents;
    }

    private static Object at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }

    private static String str(Object node) {
        return node == null ? null : String.valueOf(node);
    }

    private static String xmlValue(String xml, String element) {
        Matcher m = Pattern.compile("<" + Pattern.quote(element) + ">([^<]+)</").matcher(xml);
        assertThat(m.find()).as("<%s> in the pom", element).isTrue();
        return m.group(1).strip();
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
