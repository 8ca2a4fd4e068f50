// Both programs ran (exec:exec), and the contract test ran with the test kit's generators.
def log = new File(basedir, 'build.log').text
assert log.contains('classpath consumer: 1 JSON Lines record and 1 CSV record read back equal')
assert log.contains('jackson consumer: modules [hasila]; {"type":"tweet","id":"tweet-2020-0771"')
assert log =~ /Tests run: [1-9][0-9]*, Failures: 0, Errors: 0/
return true
