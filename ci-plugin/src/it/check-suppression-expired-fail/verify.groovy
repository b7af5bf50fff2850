def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('expired suppression: URK-2026-9001 at upgrade-risk.yaml:2 (until 2020-01-01) no longer applies')
assert log.contains('org.fixture:lib-c 2.0: URK-2026-9001')
