// The program ran on the module path and wrote the tally.
def log = new File(basedir, 'build.log').text
assert log.contains('module-path consumer: 9654 records read, 4202 communication activities, tally written to tally-2020.json')
assert new File(basedir, 'target/tally-2020.json').isFile()
return true
