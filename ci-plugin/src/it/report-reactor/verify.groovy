def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('upgrade-risk: reactor report (3 modules) written to')
// each module has its own report, and the top has the reactor's
assert new File(basedir, 'api/target/upgrade-risk/report.json').text.contains('"path" : "api/pom.xml"')
assert new File(basedir, 'core/target/upgrade-risk/report.json').text.contains('URK-2026-9001')
def reactor = new File(basedir, 'target/upgrade-risk/reactor/report.json').text
['pom.xml', 'api/pom.xml', 'core/pom.xml'].each { assert reactor.contains('"path" : "' + it + '"') }
assert reactor.contains('"manifest" : "core/pom.xml"') && reactor.contains('"id" : "URK-2026-9001"')
assert new File(basedir, 'target/upgrade-risk/reactor/report.txt').text.contains('3 manifests')
