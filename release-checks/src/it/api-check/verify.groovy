// One build.log holds the two builds, in order.
def log = new File(basedir, 'build.log').text
def accepted = (log =~ /API changes accepted by CHANGELOG\.md: (.*)/).collect { it[1].trim() }
// Build 1 read nothing from CHANGELOG.md (its bullets are under other headings or a released
// version), and failed on the removed method; build 2 read exactly the one listed change.
assert accepted == ['', 'org.example.api.Greeting#goodbye();']
assert log.contains('There is at least one incompatibility: org.example.api.Greeting.goodbye():METHOD_REMOVED')
assert (log =~ /BUILD SUCCESS/).count == 1
assert (log =~ /BUILD FAILURE/).count == 1
return true
