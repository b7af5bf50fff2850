def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('upgrade-risk: skipped')
assert !new File(basedir, 'target/upgrade-risk').exists()
