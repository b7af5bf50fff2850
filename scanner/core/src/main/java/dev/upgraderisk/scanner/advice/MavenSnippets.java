package dev.upgraderisk.scanner.advice;

/** The {@code <dependencyManagement>} text of a pin or a BOM import. */
final class MavenSnippets {
    private MavenSnippets() {}

    static String managed(String groupId, String artifactId, String version, boolean bom) {
        return """
                <dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <version>%s</version>%s
                    </dependency>
                  </dependencies>
                </dependencyManagement>""".formatted(
                groupId, artifactId, version, bom ? "\n      <type>pom</type>\n      <scope>import</scope>" : "");
    }
}
