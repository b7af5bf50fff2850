def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') // report never fails on findings
def slurper = new groovy.json.JsonSlurper()
def json = slurper.parse(new File(basedir, 'target/upgrade-risk/report.json'))
assert json.schemaVersion == '1.3'
assert json.plan.upgrades*.package.contains('org.fixture:lib-c')
assert json.findings*.advisory*.id.contains('URK-2026-9001')
assert new File(basedir, 'target/upgrade-risk/report.txt').text.contains('URK-2026-9001')
def sarif = slurper.parse(new File(basedir, 'target/upgrade-risk/report.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId.contains('URK-2026-9001')
assert new File(basedir, 'target/upgrade-risk/report.md').text.startsWith('### upgrade-risk: ')
def html = new File(basedir, 'target/upgrade-risk/report.html').text
assert html.startsWith('<!DOCTYPE html>') && html.contains('URK-2026-9001')
