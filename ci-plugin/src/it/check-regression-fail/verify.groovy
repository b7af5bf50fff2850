def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('1 dependency risk(s) fail the policy')
assert log.contains('org.fixture:lib-c 2.0: URK-2026-9001')
assert log.contains('fixed in 2.1 (https://example.org/lib-c/pull/2)')
assert log.contains('upgrade to 3.0')
assert new File(basedir, 'target/upgrade-risk/report.json').isFile()
