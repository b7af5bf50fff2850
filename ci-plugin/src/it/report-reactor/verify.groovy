def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('upgrade-risk: reactor report (3 modules) written to')
def slurper = new groovy.json.JsonSlurper()
// each module has its own report, and the top has the reactor's
assert slurper.parse(new File(basedir, 'api/target/upgrade-risk/report.json')).manifests*.path == ['api/pom.xml']
assert slurper.parse(new File(basedir, 'core/target/upgrade-risk/report.json')).findings*.advisory*.id
        .contains('URK-2026-9001')
def reactor = slurper.parse(new File(basedir, 'target/upgrade-risk/reactor/report.json'))
assert reactor.manifests*.path.containsAll(['pom.xml', 'api/pom.xml', 'core/pom.xml'])
assert reactor.findings.any { it.manifest == 'core/pom.xml' && it.advisory?.id == 'URK-2026-9001' }
assert new File(basedir, 'target/upgrade-risk/reactor/report.txt').text.contains('3 manifests')
