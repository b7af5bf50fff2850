package dev.upgraderisk.scanner.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.api.InputException;
import org.junit.jupiter.api.Test;

/** The format-preserving POM edits: only the intended characters change, in the file's own layout. */
class PomEditorTest {
    private final PomEditor editor = new PomEditor("pom.xml");

    @Test
    void addsAPropertyInTheFilesTabsAndCrlfKeepingComments() throws Exception {
        String pom = "<project>\r\n\t<!-- keep me -->\r\n\t<properties>\r\n\t\t<a>1</a>  <!-- and me -->\r\n"
                + "\t</properties>\r\n</project>\r\n";
        String out = editor.apply(pom, new BuildChange.SetProperty("netty.version", "4.1.118.Final", "pom.xml", 0));
        assertEquals(
                pom.replace(
                        "<!-- and me -->\r\n",
                        "<!-- and me -->\r\n\t\t<netty.version>4.1.118.Final</netty.version>\r\n"),
                out);
    }

    @Test
    void changesAnExistingPropertyOnly() throws Exception {
        String pom = "<project>\n  <properties>\n    <log4j2.version>2.24.3</log4j2.version><!-- x -->\n"
                + "  </properties>\n</project>\n";
        assertEquals(
                pom.replace("2.24.3", "2.25.0"),
                editor.apply(pom, new BuildChange.SetProperty("log4j2.version", "2.25.0", "pom.xml", 3)));
    }

    @Test
    void addsPropertiesBeforeDependenciesWhenThereAreNone() throws Exception {
        String pom = "<project>\n  <modelVersion>4.0.0</modelVersion>\n\n  <dependencies/>\n</project>\n";
        assertEquals(
                "<project>\n  <modelVersion>4.0.0</modelVersion>\n\n  <properties>\n    <p>2</p>\n  </properties>\n\n"
                        + "  <dependencies/>\n</project>\n",
                editor.apply(pom, new BuildChange.SetProperty("p", "2", "pom.xml", 0)));
    }

    @Test
    void fillsASelfClosingProperties() throws Exception {
        String pom = "<project>\n  <properties/>\n</project>\n";
        assertEquals(
                "<project>\n  <properties>\n    <p>2</p>\n  </properties>\n</project>\n",
                editor.apply(pom, new BuildChange.SetProperty("p", "2", "pom.xml", 0)));
    }

    @Test
    void setsTheVersionAtTheNamedLineAmongSeveral() throws Exception {
        String pom = """
                <project>
                  <dependencies>
                    <dependency><groupId>g</groupId><artifactId>a</artifactId><version>1.0</version></dependency>
                  </dependencies>
                  <profiles><profile><dependencies>
                    <dependency><groupId>g</groupId><artifactId>a</artifactId><version>1.0</version></dependency>
                  </dependencies></profile></profiles>
                </project>
                """;
        String out = editor.apply(pom, new BuildChange.SetDependencyVersion("g", "a", "1.1", "pom.xml", 6));
        String[] lines = out.split("\n");
        assertEquals(pom.split("\n")[2], lines[2]);
        assertEquals(pom.split("\n")[5].replace("1.0", "1.1"), lines[5]);
        assertThrows(
                InputException.class,
                () -> editor.apply(pom, new BuildChange.SetDependencyVersion("g", "a", "1.1", "pom.xml", 4)));
    }

    @Test
    void importsABomFirstInAnExistingDependencyManagement() throws Exception {
        String pom = """
                <project>
                  <dependencyManagement>
                    <dependencies>
                      <dependency><groupId>x</groupId><artifactId>y-bom</artifactId><version>1</version></dependency>
                    </dependencies>
                  </dependencyManagement>
                </project>
                """;
        String out = editor.apply(
                pom, new BuildChange.ImportBom("org.apache.logging.log4j", "log4j-bom", "2.25.0", "pom.xml"));
        String bom = String.join(
                "\n",
                "      <dependency>",
                "        <groupId>org.apache.logging.log4j</groupId>",
                "        <artifactId>log4j-bom</artifactId>",
                "        <version>2.25.0</version>",
                "        <type>pom</type>",
                "        <scope>import</scope>",
                "      </dependency>",
                "      <dependency><groupId>x");
        assertEquals(pom.replace("      <dependency><groupId>x", bom), out);
    }

    @Test
    void refusesWhatIsNotAPom() {
        assertThrows(
                InputException.class,
                () -> editor.apply("<settings/>", new BuildChange.SetProperty("p", "1", "pom.xml", 0)));
        assertThrows(
                InputException.class,
                () -> editor.apply("<project><a></project>", new BuildChange.SetProperty("p", "1", "pom.xml", 0)));
    }
}
