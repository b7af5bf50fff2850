def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// the child module pulls lib-c 2.0 in through lib-b > lib-x
assert log.contains('org.fixture:lib-b@1.0 > org.fixture:lib-x@1.0 > org.fixture:lib-c@2.0')
assert log.contains('org.fixture:lib-c 2.0: URK-2026-9001')
// the last module writes the report of the whole reactor at the top, before the build fails
def reactor = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/upgrade-risk/reactor/report.json'))
assert reactor.manifests*.path.containsAll(['pom.xml', 'core/pom.xml'])
assert reactor.findings.any { it.manifest == 'core/pom.xml' && it.advisory?.id == 'URK-2026-9001' }
