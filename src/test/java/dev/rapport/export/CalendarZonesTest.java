package dev.rapport.export;

import dev.rapport.logic.JournalSession;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import net.fortuna.ical4j.model.TimeZoneRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app leaves out ical4j's zone-rules service entry, so a date or a log line no longer
 * builds ical4j's time zones; calendars register them when they need them, once, and read the same
 * times. (On the tests' own class path the entry is there and {@link CalendarZones#ensure()} does
 * nothing, so the test runs a JVM without it.)
 */
class CalendarZonesTest {
    private static final String SERVICE = "META-INF/services/java.time.zone.ZoneRulesProvider";

    @TempDir
    Path dir;

    @Test
    void withoutTheServiceEntryTimeZonesSkipIcal4jAndACalendarReadsTheSameTimes() throws Exception {
        String expected = Probe.meetings(dir.resolve("here.rapport"));
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).getFileName().toString().startsWith("ical4j-") ? withoutService(Path.of(entry)).toString() : entry);
        }
        assertThat(classPath).anyMatch(e -> e.startsWith(dir.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("child.txt");
        Process child = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classPath), Probe.class.getName(),
                dir.resolve("child.rapport").toString(), dir.resolve("child-again.rapport").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(output.toFile()).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        assertThat(child.exitValue()).isZero();
        List<String> out = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(out).hasSize(5);
        assertThat(out.subList(0, 3)).containsExactly("ical4j zones after the first date: 0", expected, expected);
        assertThat(out.get(3)).startsWith("ical4j zones after the first calendar: ");
        assertThat(Long.parseLong(out.get(3).substring(out.get(3).lastIndexOf(' ') + 1))).as("registered by the first calendar").isPositive();
        assertThat(out.get(4)).as("a second calendar registers nothing again")
                .isEqualTo(out.get(3).replace("after the first calendar", "after the second calendar"));
    }

    private Path withoutService(Path jar) throws IOException {
        Path copy = dir.resolve(jar.getFileName());
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry e : in.stream().toList()) {
                if (!e.getName().equals(SERVICE)) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    /** The zones ical4j's own provider registers (a calendar's VTIMEZONEs are registered apart). */
    private static long ical4jZones() {
        ZoneRulesProvider.getAvailableZoneIds();
        return TimeZoneRegistry.ZONE_IDS.size();
    }

    /** The child JVM: a date first, then the sample calendar read into a journal. */
    public static final class Probe {
        public static void main(String[] args) {
            ZoneId.systemDefault().getRules();
            System.out.println("ical4j zones after the first date: " + ical4jZones());
            String first = meetings(Path.of(args[0]));
            long afterFirst = ical4jZones();
            String second = meetings(Path.of(args[1]));
            System.out.println(first);
            System.out.println(second);
            System.out.println("ical4j zones after the first calendar: " + afterFirst);
            System.out.println("ical4j zones after the second calendar: " + ical4jZones());
        }

        static String meetings(Path journal) {
            try (JournalSession s = CalendarImportTest.withPeople(journal)) {
                CalendarImport.Plan plan = new DataExchange(s.data()).readIcs(new ByteArrayInputStream(CalendarImportTest.sample()));
                return plan.meetings().stream().map(m -> m.title() + " " + m.startsAt() + "–" + m.endsAt())
                        .collect(Collectors.joining(" | "));
            }
        }
    }
}
