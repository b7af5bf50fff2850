def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') // advice never fails the build
assert log.contains('pom.xml: org.fixture:lib-c 2.0 (transitive via org.fixture:lib-b)')
assert log.contains('affected by:  URK-2026-9001')
assert log.contains('recommended:  3.0')
assert log.contains('skip:         2.1 (URK-2026-9002)')
assert log.contains('<artifactId>lib-c</artifactId>') // the pin snippet
