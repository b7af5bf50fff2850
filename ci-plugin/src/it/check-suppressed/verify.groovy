def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('suppressed: org.fixture:lib-c 2.0 URK-2026-9001: we close connections one at a time')
