def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('No known regressions.')
def json = new File(basedir, 'target/upgrade-risk/report.json').text
assert json.contains('"findings" : [ ]')
assert json.contains('"name" : "org.fixture:lib-c"')
