package dev.bridgehead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class of every module runs: Surefire picks up {@code *Test}, Failsafe {@code *IT}, and
 * a class named otherwise would be skipped without a word (a property test once was).
 */
class TestNamesTest {

    private static final Pattern TEST_METHOD = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property)\\b");

    @Test
    void everyClassWithTestsIsNamedSoThatTheBuildRunsIt() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(module -> module.resolve("src/test/java")).filter(Files::isDirectory).flatMap(TestNamesTest::javaFiles).toList();
        }
        assertThat(sources).as("test sources under " + root).isNotEmpty();

        List<String> skipped = sources.stream().filter(TestNamesTest::hasTests)
                .map(path -> path.getFileName().toString().replace(".java", ""))
                .filter(name -> !name.endsWith("Test") && !name.endsWith("IT")).toList();

        assertThat(skipped).as("rename these to *Test (unit) or *IT (integration)").isEmpty();
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasTests(Path source) {
        try {
            return TEST_METHOD.matcher(Files.readString(source)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
