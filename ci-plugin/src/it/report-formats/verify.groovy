def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') // report never fails on findings
def json = new File(basedir, 'target/upgrade-risk/report.json').text
assert json.contains('"schemaVersion" : "1.2"')
assert json.contains('"id" : "URK-2026-9001"')
assert new File(basedir, 'target/upgrade-risk/report.txt').text.contains('URK-2026-9001')
def sarif = new File(basedir, 'target/upgrade-risk/report.sarif').text
assert sarif.contains('"version" : "2.1.0"') && sarif.contains('URK-2026-9001')
assert new File(basedir, 'target/upgrade-risk/report.md').text.startsWith('### upgrade-risk: ')
def html = new File(basedir, 'target/upgrade-risk/report.html').text
assert html.startsWith('<!DOCTYPE html>') && html.contains('URK-2026-9001')
