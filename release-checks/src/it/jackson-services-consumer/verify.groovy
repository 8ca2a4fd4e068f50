// The plain mapper found Hasila's module and round-tripped the tweet.
def log = new File(basedir, 'build.log').text
assert log.contains('jackson consumer: modules [')
assert log.contains('"id":"tweet-2020-0771"')
return true
