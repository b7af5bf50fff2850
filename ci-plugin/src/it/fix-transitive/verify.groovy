def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('--- a/pom.xml')
assert log.contains('+        <artifactId>lib-c</artifactId>')
// the whole file: the source POM (as the invoker filtered it) plus the pin, nothing else
def pom = new File(basedir, 'pom.xml').text
def pluginDir = new File(basedir, '../../..').canonicalPath
def before = new File(pluginDir, 'src/it/fix-transitive/pom.xml').text.replace('@project.basedir@', pluginDir)
def pin = '''<dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.fixture</groupId>
        <artifactId>lib-c</artifactId>
        <version>3.0</version>
      </dependency>
    </dependencies>
  </dependencyManagement>

  '''
assert pom.contains(pin)
assert pom.replace(pin, '') == before
