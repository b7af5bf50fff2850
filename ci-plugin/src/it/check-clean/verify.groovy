def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('No known regressions.')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/upgrade-risk/report.json'))
assert json.findings == []
assert json.manifests*.packages.flatten()*.name.contains('org.fixture:lib-c')
